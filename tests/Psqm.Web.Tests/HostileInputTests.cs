using System.Net;
using AngleSharp.Html.Dom;
using Psqm.Core.Tenancy;

namespace Psqm.Web.Tests;

/// <summary>A site whose rate limits stay out of the way, so every hostile request reaches the code it is aimed at.</summary>
public sealed class UnlimitedFactory : PsqmFactory
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Psqm:RateLimits:PublicFormPerMinute", "1000000");
        builder.UseSetting("Psqm:RateLimits:AnonymousPostsPerTenantPerMinute", "1000000");
    }
}

/// <summary>
/// Every form and every query-string parameter that the pages of a tenant offer, found by following its links as a
/// visitor and as HQ, is sent every hostile value. Nothing may answer 5xx or show a stack trace.
/// </summary>
public sealed class HostileInputTests(UnlimitedFactory factory) : IClassFixture<UnlimitedFactory>
{
    // Forms that would end the session the walk runs in, or rebuild the whole index 500 times.
    private static readonly string[] Spared = ["sign-out", "allgofnodi", "SignOutEverywhere", "handler=Rebuild"];

    [Fact]
    public void TheValues_AreAtLeastFiveHundred() => Assert.True(HostileValues.All.Count >= 500, $"{HostileValues.All.Count} values.");

    [Theory]
    [InlineData(null)]
    [InlineData("HQ")]
    [InlineData("SubjectLeader")]
    [InlineData("HubLeader")]
    public async Task EveryFormAndParameter_WithHostileValues_NeverAnswers5xxOrAStackTrace(string? role)
    {
        var tenant = await factory.CreateTenantAsync("cymru");
        var client = factory.CreateClient();
        if (role is not null)
        {
            await client.SignInAsync(tenant.BasePath.Value!, Accounts.Demo(role));
        }

        var failures = await WalkAsync(client, tenant.BasePath.Value!);

        Assert.True(failures.Count == 0, string.Join('\n', failures.Distinct().Take(30)));
    }

    /// <summary>Finds the forms and parameters of the tenant in both its languages and sends them every value.</summary>
    public static async Task<IReadOnlyList<string>> WalkAsync(HttpClient client, string basePath)
    {
        var failures = new List<string>();
        foreach (var language in new[] { "", "/en" })
        {
            var pages = await SiteCrawler.CrawlAsync(client, basePath + language, maxPages: 100);
            await SendToParametersAsync(client, pages, failures);
            await SendToFormsAsync(client, pages, failures);
        }

        return failures;
    }

    private static async Task SendToParametersAsync(HttpClient client, IReadOnlyList<HtmlPage> pages, List<string> failures)
    {
        // Each path with every parameter name any link or GET form gives it.
        var parameters = new Dictionary<string, (string Path, HashSet<string> Names)>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var href in page.Document.QuerySelectorAll("a[href*='?']").Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith('/')))
            {
                var (path, query) = (href.Split('?')[0], href.Split('?', 2)[1].Split('#')[0]);
                Names(parameters, path).UnionWith(query.Split('&').Select(p => Uri.UnescapeDataString(p.Split('=')[0])).Where(n => n.Length > 0));
            }

            foreach (var form in page.Document.QuerySelectorAll("form").OfType<IHtmlFormElement>().Where(f => !string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase)))
            {
                var path = form.GetAttribute("action") is { Length: > 0 } action ? action.Split('?')[0] : page.Url.AbsolutePath;
                Names(parameters, path).UnionWith(Fields(form));
            }
        }

        foreach (var (path, names) in parameters.Values)
        {
            foreach (var value in HostileValues.ForThisRun.Where(v => v.Length <= 2001))
            {
                var query = string.Join('&', names.Select(n => Uri.EscapeDataString(n) + "=" + Uri.EscapeDataString(value)));
                await CheckAsync(await client.GetAsync(new Uri(path + "?" + query, UriKind.Relative)), $"GET {path} [{string.Join(',', names)}]", failures);
            }
        }
    }

    private static async Task SendToFormsAsync(HttpClient client, IReadOnlyList<HtmlPage> pages, List<string> failures)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var form in page.Document.QuerySelectorAll("main form, header form").OfType<IHtmlFormElement>())
            {
                var action = form.GetAttribute("action") is { Length: > 0 } a ? a : page.Url.PathAndQuery;
                if (!string.Equals(form.Method, "post", StringComparison.OrdinalIgnoreCase) || Spared.Any(s => action.Contains(s, StringComparison.OrdinalIgnoreCase))
                    || !seen.Add(Shape(action) + "|" + string.Join(',', Fields(form))))
                {
                    continue;
                }

                var token = form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
                var names = Fields(form).Where(n => n != "__RequestVerificationToken").ToList();
                foreach (var value in HostileValues.ForThisRun)
                {
                    var fields = names.Select(n => new KeyValuePair<string, string>(n, value)).Append(new("__RequestVerificationToken", token));
                    using var content = new FormUrlEncodedContent(fields);
                    await CheckAsync(await client.PostAsync(new Uri(action, UriKind.Relative), content), $"POST {action}", failures);
                }

                // Bodies that are not what the form sends: broken multipart, and a multipart body far over every limit.
                using var broken = new StringContent("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb", System.Text.Encoding.UTF8);
                broken.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");
                await CheckAsync(await client.PostAsync(new Uri(action, UriKind.Relative), broken), $"POST {action} (broken multipart)", failures);
                using var huge = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(new byte[32 * 1024 * 1024]), "Upload", "big.png" } };
                await CheckAsync(await client.PostAsync(new Uri(action, UriKind.Relative), huge), $"POST {action} (32 MB multipart)", failures);
            }
        }
    }

    // One form of each kind: the editor of every item is the same form.
    private static string Shape(string action) =>
        string.Join('/', action.Split('?')[0].Split('/').Select(segment => segment.Length >= 16 || segment.All(char.IsAsciiDigit) && segment.Length > 0 ? "{id}" : segment))
        + (action.Contains("handler=", StringComparison.Ordinal) ? "?" + action.Split("handler=")[1].Split('&')[0] : "");

    // Each kind of page once (the first of its shape), with every parameter name seen on any of them.
    private static HashSet<string> Names(Dictionary<string, (string Path, HashSet<string> Names)> parameters, string path)
    {
        var shape = Shape(path);
        if (!parameters.TryGetValue(shape, out var entry))
        {
            parameters[shape] = entry = (path, new HashSet<string>(StringComparer.Ordinal));
        }

        return entry.Names;
    }

    private static IEnumerable<string> Fields(IHtmlFormElement form) =>
        form.Elements.Select(e => e.GetAttribute("name")).OfType<string>().Where(n => n.Length > 0).Distinct().Order(StringComparer.Ordinal);

    private static async Task CheckAsync(HttpResponseMessage response, string what, List<string> failures)
    {
        var body = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode >= 500 || body.Contains("   at Psqm.", StringComparison.Ordinal) || body.Contains("Exception:", StringComparison.Ordinal))
        {
            failures.Add($"{what}: {(int)response.StatusCode}");
        }
    }
}

/// <summary>The same walk in Production behind the proxy, where error pages and cookies behave as deployed.</summary>
public sealed class UnlimitedProductionFactory : ProductionFactory
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Psqm:RateLimits:SignInPerMinute", "1000000");
        builder.UseSetting("Psqm:RateLimits:PublicFormPerMinute", "1000000");
        builder.UseSetting("Psqm:RateLimits:AnonymousPostsPerTenantPerMinute", "1000000");
    }
}

public sealed class HostileInputProductionTests(UnlimitedProductionFactory factory) : IClassFixture<UnlimitedProductionFactory>
{
    [Theory]
    [InlineData(null)]
    [InlineData("HQ")]
    public async Task EveryFormAndParameter_WithHostileValues_NeverAnswers5xxOrAStackTrace_InProduction(string? role)
    {
        var tenant = await factory.CreateTenantAsync("cymru");
        var client = factory.ProxiedClient();
        if (role is not null)
        {
            await client.SignInAsync(tenant.BasePath.Value!, await factory.CreateUserAsync(tenant, role));
        }

        var failures = await HostileInputTests.WalkAsync(client, tenant.BasePath.Value!);

        Assert.True(failures.Count == 0, string.Join('\n', failures.Distinct().Take(30)));
    }
}
