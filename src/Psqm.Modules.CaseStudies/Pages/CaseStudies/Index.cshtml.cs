using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Psqm.Core.Content;

namespace Psqm.Modules.CaseStudies.Pages.CaseStudies;

public sealed class IndexModel(CaseStudyQuery query, PublishedContent published) : PageModel
{
    public CaseStudyResults Results { get; private set; } = null!;

    public IReadOnlyDictionary<string, IReadOnlyList<TaxonomyTerm>> Terms { get; private set; } = new Dictionary<string, IReadOnlyList<TaxonomyTerm>>();

    public string Language { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public async Task OnGetAsync(string? level, string? region, string? topic, string? stage, string? sort, [FromQuery(Name = "p")] int page = 1)
    {
        Terms = await published.TermsAsync(HttpContext.RequestAborted);
        Results = await query.FindAsync(new CaseStudyFilter(level, region, topic, stage, sort ?? "newest", page), Language, HttpContext.RequestAborted);
    }

    public string TermName(string taxonomy, string key) =>
        (Terms.GetValueOrDefault(taxonomy) ?? []).FirstOrDefault(t => t.Key == key)?.Name(Language) ?? key;

    /// <summary>Route values for a page of the same list, with the same filters ("page" is Razor Pages' own route value, so paging is "p").</summary>
    public Dictionary<string, string?> Query(int page) => new()
    {
        ["level"] = Results.Filter.Level,
        ["region"] = Results.Filter.Region,
        ["topic"] = Results.Filter.Topic,
        ["stage"] = Results.Filter.Stage,
        ["sort"] = Results.Filter.Sort == "newest" ? null : Results.Filter.Sort,
        ["p"] = page == 1 ? null : page.ToString(CultureInfo.InvariantCulture),
    };
}
