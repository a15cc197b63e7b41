using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Psqm.Core.Search;

namespace Psqm.Modules.Search;

/// <summary><c>/api/search</c>: the search page's results as JSON, for scripts. Same query string, same rules.</summary>
internal static class SearchApi
{
    public static async Task<IResult> HandleAsync(HttpContext context, SearchService search, SearchLinks links, IStringLocalizer<SearchService> s)
    {
        var request = SearchService.Read(context);
        var results = await search.SearchAsync(request, context.RequestAborted);
        return Results.Json(new
        {
            query = request.Query,
            total = results.Total,
            page = results.Page,
            pages = results.Pages,
            notices = results.Notices.Select(n => s[n].Value),
            didYouMean = results.DidYouMean,
            results = results.Hits.Select(h => new
            {
                type = h.Type,
                language = h.Culture,
                title = string.Concat(h.Title.Select(t => t.Text)),
                url = links.Url(context, h),
                snippet = string.Concat(h.Snippet.Select(t => t.Text)),
                date = h.Date,
                membersOnly = h.MembersOnly,
                topics = h.Topics,
                keyStages = h.KeyStages,
                translated = h.Translated,
            }),
            facets = results.Facets.ToDictionary(f => f.Key, f => f.Value.Select(v => new { value = v.Value, count = v.Count, selected = v.Selected })),
        });
    }
}
