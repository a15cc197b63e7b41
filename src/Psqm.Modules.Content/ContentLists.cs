using System.Globalization;
using Microsoft.AspNetCore.Routing;
using Psqm.Modules.Content.Engine;

namespace Psqm.Modules.Content;

/// <summary>A filter of a public list: its query-string name, the field it tests, and where its valid values come from.</summary>
public sealed record ListFacet(string Query, string Field, string Label, string? Taxonomy = null)
{
    /// <summary>Fixed values (value to English label) when the values do not come from a taxonomy.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Values { get; init; } = [];
}

/// <summary>One page of a filtered list, with the filters as they were applied (unknown values dropped).</summary>
public sealed record ListResult(IReadOnlyList<ContentItem> Items, int Total, int Pages, int Page, string Sort, IReadOnlyDictionary<string, string?> Filters)
{
    public bool IsFiltered => Filters.Values.Any(v => v is not null);

    public string? Filter(string query) => Filters.GetValueOrDefault(query);

    /// <summary>Route values for another page of the same list ("page" is Razor Pages' own route value, so paging is "p").</summary>
    public RouteValueDictionary RouteValues(int page)
    {
        var values = new RouteValueDictionary();
        foreach (var (query, value) in Filters.Where(f => f.Value is not null))
        {
            values[query] = value;
        }

        if (Sort != ContentLists.Sorts[0])
        {
            values["sort"] = Sort;
        }

        if (page > 1)
        {
            values["p"] = page.ToString(CultureInfo.InvariantCulture);
        }

        return values;
    }
}

/// <summary>Filters, sorts and pages the published items of a type and language, in memory.</summary>
public sealed class ContentLists(PublishedContent published)
{
    public static readonly string[] Sorts = ["newest", "oldest", "title"];

    public async Task<ListResult> FindAsync(
        string type, string culture, IReadOnlyList<ListFacet> facets, IReadOnlyDictionary<string, string?> requested,
        string? sort, int page, int pageSize, Func<ContentItem, bool>? include = null, CancellationToken cancellationToken = default)
    {
        var terms = await published.TermsAsync(cancellationToken);
        var filters = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var facet in facets)
        {
            var value = requested.GetValueOrDefault(facet.Query);
            var known = facet.Taxonomy is null
                ? facet.Values.Any(v => v.Key == value)
                : (terms.GetValueOrDefault(facet.Taxonomy) ?? []).Any(t => t.Key == value);
            filters[facet.Query] = known ? value : null;
        }

        IEnumerable<ContentItem> items = (await published.ListAsync(type, culture, cancellationToken)).Where(include ?? (_ => true));
        foreach (var facet in facets.Where(f => filters[f.Query] is not null))
        {
            var value = filters[facet.Query]!;
            items = items.Where(c => c.FieldValues(facet.Field).Contains(value));
        }

        sort = Sorts.Contains(sort) ? sort! : Sorts[0];
        var comparer = StringComparer.Create(CultureInfo.GetCultureInfo(culture), ignoreCase: true);
        var sorted = sort switch
        {
            "oldest" => items.OrderBy(c => c.Field("date"), StringComparer.Ordinal).ThenBy(c => c.Title, comparer),
            "title" => items.OrderBy(c => c.Title, comparer),
            _ => items.OrderByDescending(c => c.Field("date"), StringComparer.Ordinal).ThenBy(c => c.Title, comparer),
        };
        var all = sorted.ToList();
        var pages = Math.Max(1, (all.Count + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 1, pages);
        return new ListResult(all.Skip((page - 1) * pageSize).Take(pageSize).ToList(), all.Count, pages, page, sort, filters);
    }
}
