using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Psqm.Modules.Content.Engine;
using Psqm.Modules.Awards.Data;
using Psqm.Modules.Awards.Services;

namespace Psqm.Modules.Awards.Pages.AwardHolders;

/// <summary>Schools with a current award, searchable by name and filtered by level and region, in the page's alphabetical order.</summary>
[Psqm.Core.Caching.CachedPage("q", "level", "region", "p")]
public sealed class IndexModel(AwardDirectory directory, PublishedContent published) : PageModel
{
    public const int PageSize = 20;

    public IReadOnlyList<AwardHolder> Holders { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages { get; private set; } = 1;

    public int PageNumber { get; private set; } = 1;

    public string? Q { get; private set; }

    public string? Level { get; private set; }

    public string? Region { get; private set; }

    public IReadOnlyDictionary<string, IReadOnlyList<TaxonomyTerm>> Terms { get; private set; } = new Dictionary<string, IReadOnlyList<TaxonomyTerm>>();

    public string Language { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public async Task OnGetAsync(string? q, string? level, string? region, [FromQuery(Name = "p")] int page = 1)
    {
        Terms = await published.TermsAsync(HttpContext.RequestAborted);
        Q = string.IsNullOrWhiteSpace(q) ? null : q.Trim()[..Math.Min(q.Trim().Length, 100)];
        Level = (Terms.GetValueOrDefault(Taxonomies.AwardLevels) ?? []).Any(t => t.Key == level) ? level : null;
        Region = (Terms.GetValueOrDefault(Taxonomies.Regions) ?? []).Any(t => t.Key == region) ? region : null;

        IEnumerable<AwardHolder> matches = await directory.CurrentAsync(CultureInfo.CurrentCulture, HttpContext.RequestAborted);
        if (Level is not null)
        {
            matches = matches.Where(h => h.Level == Level);
        }

        if (Region is not null)
        {
            matches = matches.Where(h => h.Region == Region);
        }

        if (Q is { } words)
        {
            matches = matches.Where(h => h.SchoolName.Contains(words, StringComparison.OrdinalIgnoreCase) || h.Town.Contains(words, StringComparison.OrdinalIgnoreCase));
        }

        var found = matches.ToList();
        Total = found.Count;
        Pages = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(page, 1, Pages);
        Holders = found.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
    }

    public string TermName(string taxonomy, string key) =>
        Terms.NameOf(taxonomy, key, Language);

    public Dictionary<string, string?> Query(int page) => new()
    {
        ["q"] = Q,
        ["level"] = Level,
        ["region"] = Region,
        ["p"] = page == 1 ? null : page.ToString(CultureInfo.InvariantCulture),
    };
}
