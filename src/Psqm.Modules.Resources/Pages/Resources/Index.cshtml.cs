using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Psqm.Modules.Content.Engine;
using Psqm.Modules.Content;

namespace Psqm.Modules.Resources.Pages.Resources;

/// <summary>Resources with filters; members-only ones are listed for signed-in members only.</summary>
[Psqm.Core.Caching.CachedPage("sort", "p", "topic", "stage", "format", "audience")]
public sealed class IndexModel(ContentLists lists, PublishedContent published) : PageModel
{
    public const int PageSize = 10;

    public static readonly IReadOnlyList<ListFacet> Facets =
    [
        new("topic", "topics", "Topic", Taxonomies.Topics),
        new("stage", "keyStages", "Key stage", Taxonomies.KeyStages),
        new("format", "format", "Format") { Values = ResourceType.Definition.Fields.Single(f => f.Name == "format").Choices },
        new("audience", "audience", "Audience", ResourceType.Audiences),
    ];

    public ListResult Results { get; private set; } = null!;

    public IReadOnlyDictionary<string, IReadOnlyList<TaxonomyTerm>> Terms { get; private set; } = new Dictionary<string, IReadOnlyList<TaxonomyTerm>>();

    public string Language { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public async Task OnGetAsync(string? sort, [FromQuery(Name = "p")] int page = 1)
    {
        Terms = await published.TermsAsync(HttpContext.RequestAborted);
        var member = User.Identity?.IsAuthenticated == true;
        var filters = Facets.ToDictionary(f => f.Query, f => (string?)Request.Query[f.Query].FirstOrDefault());
        Results = await lists.FindAsync(
            ResourceType.Name, Language, Facets, filters, sort, page, PageSize, item => member || !ResourceType.IsMembersOnly(item), HttpContext.RequestAborted);
    }

    /// <summary>The options of a facet, named in the page's language.</summary>
    public IEnumerable<(string Value, string Name)> Options(ListFacet facet) =>
        facet.Taxonomy is null
            ? facet.Values.Select(v => (v.Key, v.Value))
            : (Terms.GetValueOrDefault(facet.Taxonomy) ?? []).Select(t => (t.Key, t.Name.In(Language)));

    public static string FormatName(string value) =>
        ResourceType.Definition.Fields.Single(f => f.Name == "format").Choices.FirstOrDefault(c => c.Key == value).Value ?? value;
}
