using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Psqm.Core.Routing;

/// <summary>
/// Where this page lives in each language, when that is not the same route with the same values: set by pages
/// that show translated content, read by the language switch and the hreflang links.
/// </summary>
public sealed class AlternateLinks
{
    private readonly Dictionary<string, string> _links = new(StringComparer.Ordinal);

    public string? For(CultureInfo culture) => _links.GetValueOrDefault(culture.TwoLetterISOLanguageName);

    public AlternateLinks Set(string language, string url)
    {
        _links[language] = url;
        return this;
    }

    public static AlternateLinks On(HttpContext context)
    {
        var links = context.Features.Get<AlternateLinks>();
        if (links is null)
        {
            links = new AlternateLinks();
            context.Features.Set(links);
        }

        return links;
    }
}
