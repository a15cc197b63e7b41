using System.Globalization;
using Microsoft.AspNetCore.Http;
using Psqm.Core.Modules;
using Psqm.Core.Search;
using Psqm.Core.Tenancy;
using Psqm.Modules.Search.Engine;

namespace Psqm.Modules.Search;

/// <summary>Searches as the page and the API do: the query string read one way, the sources of the enabled modules.</summary>
public sealed class SearchService(ISearchIndex index, IEnumerable<ISearchSource> sources, EnabledModules modules)
{
    public const int PageSize = 10;

    /// <summary>The request a query string describes: q, p, and each facet's chosen values.</summary>
    public static SearchRequest Read(HttpContext context)
    {
        var query = context.Request.Query;
        var filters = SearchFacets.All.ToDictionary(
            f => f,
            f => (IReadOnlyList<string>)query[f].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct().Take(20).ToList());
        var tenant = TenantScope.Required;
        return new SearchRequest(query["q"].FirstOrDefault() ?? "")
        {
            Page = int.TryParse(query["p"].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1,
            PageSize = PageSize,
            Filters = filters,
            Member = context.User.Identity?.IsAuthenticated == true,
            Cultures = tenant.Cultures.Select(c => c.TwoLetterISOLanguageName).ToList(),
        };
    }

    public Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken) => index.SearchAsync(request, cancellationToken);

    /// <summary>Rebuilds the tenant's index from the sources of its enabled modules; searches carry on meanwhile.</summary>
    public Task<int> RebuildAsync(CancellationToken cancellationToken)
    {
        var tenant = TenantScope.Required;
        return index.RebuildAsync(sources.Where(s => modules.IsEnabled(tenant, s.ModuleName)), cancellationToken);
    }
}
