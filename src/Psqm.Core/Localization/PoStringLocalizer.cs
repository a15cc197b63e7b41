using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Psqm.Core.Localization;

/// <summary>Passed as the first argument to ask for the plural form of a string for a count.</summary>
public sealed record PluralArgument(long Count, string Plural);

public sealed class PoStringLocalizer(PoCatalog catalog, string? context) : IStringLocalizer
{
    public LocalizedString this[string name] => Translate(name, []);

    public LocalizedString this[string name, params object[] arguments] => Translate(name, arguments);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        catalog.All(CultureInfo.CurrentUICulture).Select(e => new LocalizedString(e.Id, e.Forms[0], false));

    private LocalizedString Translate(string name, object[] arguments)
    {
        var culture = CultureInfo.CurrentUICulture;
        var entry = catalog.Find(culture, context, name);
        string text;
        if (arguments.Length > 0 && arguments[0] is PluralArgument plural)
        {
            arguments = [plural.Count, .. arguments.AsSpan(1)];
            if (entry is null)
            {
                text = plural.Count == 1 ? name : plural.Plural;
            }
            else
            {
                var form = PluralRules.Form(culture.TwoLetterISOLanguageName, plural.Count);
                text = entry.Forms[Math.Min(form, entry.Forms.Count - 1)];
            }
        }
        else
        {
            text = entry?.Forms[0] ?? name;
        }

        var value = arguments.Length == 0 ? text : string.Format(culture, text, arguments);
        return new LocalizedString(name, value, resourceNotFound: entry is null);
    }
}

public sealed class PoStringLocalizerFactory(PoCatalog catalog) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => new PoStringLocalizer(catalog, resourceSource.FullName);

    public IStringLocalizer Create(string baseName, string location) => new PoStringLocalizer(catalog, baseName);
}
