using System.Net;

namespace Psqm.Testing;

/// <summary>
/// Follows a tenant's own links from its home page, as a visitor clicking every link would, and returns every page
/// it reached. Files, feeds, downloads and sign-out are not followed; each query-string variant counts once per path
/// and parameter names, so filters and paging do not multiply without end.
/// </summary>
public static class SiteCrawler
{
    private static readonly string[] Skipped = ["/media/", "/_content/", "/awards/certificates/", "/gwobrau/tystysgrifau/", "/sign-out", "/allgofnodi", ".atom", ".ics", ".xml", ".css", "handler=Csv", "/health/"];

    public static async Task<IReadOnlyList<HtmlPage>> CrawlAsync(HttpClient client, string basePath, int maxPages = 400)
    {
        var root = basePath.Length == 0 ? "/" : basePath;
        var queue = new Queue<string>([root]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { Shape(root) };
        var pages = new List<HtmlPage>();
        while (queue.Count > 0 && pages.Count < maxPages)
        {
            var url = queue.Dequeue();
            var page = await client.GetPageAsync(url);
            pages.Add(page);
            if (page.Response.StatusCode != HttpStatusCode.OK || page.Response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            foreach (var href in page.Document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (!href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal) || Skipped.Any(s => href.Contains(s, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                var path = href.Split('#')[0];
                if (basePath.Length > 0 && !path.StartsWith(basePath, StringComparison.Ordinal))
                {
                    continue;
                }

                // Another tenant's pages start with its own prefix; the Default tenant's crawl keeps to unprefixed ones.
                if (seen.Add(Shape(path)))
                {
                    queue.Enqueue(path);
                }
            }
        }

        return pages;
    }

    // A path with its parameter names but not their values: one page of each kind of list is enough.
    private static string Shape(string url)
    {
        var parts = url.Split('?', 2);
        if (parts.Length == 1)
        {
            return url;
        }

        var names = parts[1].Split('&').Select(p => p.Split('=')[0]).Order(StringComparer.Ordinal);
        return parts[0] + "?" + string.Join('&', names);
    }
}
