using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Psqm.Modules.Content.Engine;
using Psqm.Modules.Content;

namespace Psqm.Modules.CaseStudies.Pages.CaseStudies;

[Psqm.Core.Caching.CachedPage("sort", "p", "level", "region", "topic", "stage")]
public sealed class IndexModel(CaseStudyQuery query, PublishedContent published) : PageModel
{
    public ListResult Results { get; private set; } = null!;

    public IReadOnlyDictionary<string, IReadOnlyList<TaxonomyTerm>> Terms { get; private set; } = new Dictionary<string, IReadOnlyList<TaxonomyTerm>>();

    public string Language { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public async Task OnGetAsync(string? sort, [FromQuery(Name = "p")] int page = 1)
    {
        Terms = await published.TermsAsync(HttpContext.RequestAborted);
        var filters = CaseStudyQuery.Facets.ToDictionary(f => f.Query, f => (string?)Request.Query[f.Query].FirstOrDefault());
        Results = await query.FindAsync(filters, sort, page, Language, HttpContext.RequestAborted);
    }

    public string TermName(string taxonomy, string key) =>
        Terms.NameOf(taxonomy, key, Language);
}
