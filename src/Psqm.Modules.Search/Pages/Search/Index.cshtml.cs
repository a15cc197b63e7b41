using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Search;

namespace Psqm.Modules.Search.Pages.Search;

/// <summary>The search page: a query, results with their facets, and the way to narrow them.</summary>
public sealed class IndexModel(SearchService search, PublishedContent published) : PageModel
{
    public SearchRequest Query { get; private set; } = new("");

    public SearchResults Results { get; private set; } = SearchResults.Empty;

    public string Language { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public IReadOnlyDictionary<string, IReadOnlyList<TaxonomyTerm>> Terms { get; private set; } = new Dictionary<string, IReadOnlyList<TaxonomyTerm>>();

    /// <summary>A search was asked for, even an empty one, which is answered with what to type.</summary>
    public bool Searched => Request.Query.ContainsKey("q");

    public async Task OnGetAsync()
    {
        Query = SearchService.Read(HttpContext);
        Terms = await published.TermsAsync(HttpContext.RequestAborted);
        if (Searched)
        {
            Results = await search.SearchAsync(Query, HttpContext.RequestAborted);
        }
    }

    /// <summary>The query as the page title shows it: a pasted page of text would make a title nobody can read.</summary>
    public string ShortQuery => Query.Query.Length > 60 ? Query.Query[..60].TrimEnd() + "…" : Query.Query;

    public bool Filtered => Query.Filters.Values.Any(v => v.Count > 0);

    /// <summary>The current search with another page, or another query, keeping the chosen facets.</summary>
    public RouteValueDictionary Route(int? page = null, string? query = null, bool filters = true)
    {
        var values = new RouteValueDictionary { ["q"] = query ?? Query.Query };
        if (filters)
        {
            foreach (var (facet, chosen) in Query.Filters.Where(f => f.Value.Count > 0))
            {
                values[facet] = chosen.ToArray();
            }
        }

        if (page is > 1)
        {
            values["p"] = page.Value;
        }

        return values;
    }

    /// <summary>A facet value's name in the page's language.</summary>
    public string FacetName(string facet, string value) => facet switch
    {
        SearchFacets.Type => TypeName(value),
        SearchFacets.Language => LanguageName(value),
        SearchFacets.Topic => TermName(Taxonomies.Topics, value),
        SearchFacets.KeyStage => TermName(Taxonomies.KeyStages, value),
        _ => value,
    };

    /// <summary>English names of entry types, translated when shown.</summary>
    public static string TypeName(string type) => type switch
    {
        "CaseStudy" => "Case study",
        "Criterion" => "Criterion",
        "Page" => "Page",
        "Resource" => "Resource",
        "Webinar" => "Webinar or training day",
        _ => type,
    };

    public static string LanguageName(string culture) => culture == "cy" ? "Cymraeg" : "English";

    private string TermName(string taxonomy, string key) =>
        Terms.GetValueOrDefault(taxonomy)?.FirstOrDefault(t => t.Key == key)?.Name.In(Language) ?? key;
}
