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

    /// <summary>The most characters of a typed beginning that are read, and the fewest worth answering.</summary>
    public const int MaxSuggest = 100;
    public const int MinSuggest = 2;

    /// <summary>
    /// <c>/api/search/suggest?q=</c>: up to eight titles, in the page's language, for the header box's suggestions as
    /// someone types. Members-only items are offered to signed-in users only, as in the results.
    /// </summary>
    public static async Task<IResult> SuggestAsync(HttpContext context, ISearchIndex index, SearchLinks links)
    {
        var text = (context.Request.Query["q"].ToString() ?? "").Trim();
        text = text[..Math.Min(text.Length, MaxSuggest)];
        var culture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var suggestions = text.Length < MinSuggest
            ? []
            : await index.SuggestAsync(text, culture, context.User.Identity?.IsAuthenticated == true, 8, context.RequestAborted);
        context.Response.Headers.CacheControl = "no-store";
        return Results.Json(new
        {
            query = text,
            suggestions = suggestions.Select(x => new { title = x.Title, url = links.Url(context, x) }),
        });
    }
}
