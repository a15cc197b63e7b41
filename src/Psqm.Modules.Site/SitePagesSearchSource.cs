using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Psqm.Core.Localization;
using Psqm.Core.Search;
using Psqm.Core.Tenancy;

namespace Psqm.Modules.Site;

/// <summary>
/// The site's own pages (the process, the quality marks, contact...) as search entries, in each of the tenant's
/// languages. Their text is the text the pages show: the strings each page's view translates, read from the
/// view itself, so the index and the page cannot drift apart.
/// </summary>
public sealed partial class SitePagesSearchSource(PoCatalog catalog) : ISearchSource
{
    private const string ResourcePrefix = "Psqm.Site.Pages.";

    private static readonly Lazy<List<(string Page, IReadOnlyList<string> Strings)>> Pages = new(Read);

    public string ModuleName => Manifest.Value.Name;

    public async IAsyncEnumerable<SearchDocument> DocumentsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        var tenant = TenantScope.Required;
        foreach (var (page, strings) in Pages.Value)
        {
            if (strings.Count < 2)
            {
                continue;
            }

            // The home page's title is the site's name; every other page's is its first string.
            var home = page == "/Index";
            foreach (var culture in tenant.Cultures)
            {
                var text = new StringBuilder();
                foreach (var id in strings.Skip(home ? 0 : 1))
                {
                    text.Append(Translate(culture, id)).Append('\n');
                }

                var title = home ? tenant.SiteName(culture) : Translate(culture, strings[0]);
                yield return new SearchDocument("site", page + ":" + culture.TwoLetterISOLanguageName, "Page", culture.TwoLetterISOLanguageName, title, text.ToString().Trim())
                {
                    Page = page,
                };
            }
        }
    }

    private string Translate(CultureInfo culture, string id) =>
        catalog.Find(culture, null, id) is { Forms: [var form, ..] } && form.Length > 0 ? form : id;

    // Each page's strings in order, the first being its title; strings with placeholders are left out.
    private static List<(string Page, IReadOnlyList<string> Strings)> Read()
    {
        var assembly = typeof(SitePagesSearchSource).Assembly;
        var pages = new List<(string, IReadOnlyList<string>)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            var view = reader.ReadToEnd();
            var strings = Localized().Matches(view).Select(m => Regex.Unescape(m.Groups[1].Value))
                .Where(s => !s.Contains('{', StringComparison.Ordinal)).Distinct().ToList();
            pages.Add(("/" + name[ResourcePrefix.Length..], strings));
        }

        return pages;
    }

    [GeneratedRegex("""T\["((?:[^"\\]|\\.)*)"\]""")]
    private static partial Regex Localized();
}
