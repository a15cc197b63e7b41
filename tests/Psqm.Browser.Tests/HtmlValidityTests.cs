using System.Diagnostics;
using System.Net;

namespace Psqm.Browser.Tests;

/// <summary>The Nu Html Checker (the W3C's validator, from npm) finds no error on any page a visitor reaches on the demo tenants.</summary>
[Collection(SharedBrowser.Name)]
public sealed class HtmlValidityTests(BrowserSite site)
{
    [Fact]
    public async Task EveryPageReached_PassesTheNuHtmlChecker()
    {
        var folder = Directory.CreateTempSubdirectory("psqm-vnu-").FullName;
        try
        {
            var client = new HttpClient { BaseAddress = site.BaseUrl };
            var written = 0;
            var names = new List<string>();
            foreach (var root in new[] { "/", "/cymru", "/cymru/en", "/international" })
            {
                foreach (var page in await SiteCrawler.CrawlAsync(client, root == "/" ? "" : root, maxPages: 80))
                {
                    if (page.Response.StatusCode == HttpStatusCode.OK && page.Response.Content.Headers.ContentType?.MediaType == "text/html"
                        && (root != "/" || !page.Url.AbsolutePath.StartsWith("/cymru", StringComparison.Ordinal)))
                    {
                        // The bytes as served, not as a parser would write them back.
                        await File.WriteAllTextAsync(Path.Combine(folder, $"{written++:D4}.html"), await page.Response.Content.ReadAsStringAsync());
                        names.Add($"{written - 1:D4}.html = {page.Url.PathAndQuery}");
                    }
                }
            }

            Assert.True(written > 100, $"Only {written} pages were reached.");
            var (exitCode, output) = await CheckAsync(folder);
            Assert.True(exitCode == 0, output + "\n" + string.Join('\n', names));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Checker_OnAPageWithALiteralTextElement_ReportsIt()
    {
        var folder = Directory.CreateTempSubdirectory("psqm-vnu-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "bad.html"), "<!DOCTYPE html><html lang=en><head><title>t</title></head><body><p><text> · </text></p></body></html>");

        var (exitCode, output) = await CheckAsync(folder);

        Directory.Delete(folder, recursive: true);
        Assert.NotEqual(0, exitCode);
        Assert.Contains("text", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> CheckAsync(string folder)
    {
        var start = new ProcessStartInfo("java", ["-Xss8m", "-jar", Path.Combine(AppContext.BaseDirectory, "vnu.jar"), "--errors-only", "--skip-non-html", folder])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
