using System.Net;
using System.Text.RegularExpressions;
using Psqm.Core.Tenancy;

namespace Psqm.Web.Tests;

/// <summary>Every page a visitor or a member can reach by following links, on each kind of tenant and language.</summary>
[Collection(SharedSite.Name)]
public sealed partial class CrawlTests(PsqmFactory factory)
{
    [Theory]
    [InlineData("england", "", null)]
    [InlineData("cymru", "", null)]
    [InlineData("cymru", "/en", null)]
    [InlineData("international", "", null)]
    [InlineData("cymru", "", "HQ")]
    [InlineData("cymru", "/en", "HubLeader")]
    [InlineData("england", "", "Administrator")]
    public async Task EveryPageReached_AnswersWithoutErrorOrUnfilledPlaceholder(string recipe, string language, string? role)
    {
        var tenant = await factory.CreateTenantAsync(recipe);
        var client = factory.CreateClient();
        if (role is not null)
        {
            await client.SignInAsync(tenant.BasePath.Value!, Accounts.Demo(role));
        }

        var pages = await SiteCrawler.CrawlAsync(client, tenant.BasePath.Value + language);

        Assert.True(pages.Count > 20, $"Only {pages.Count} pages were reached.");
        Assert.All(pages, page => Assert.True((int)page.Response.StatusCode < 500, $"{page.Url} answered {(int)page.Response.StatusCode}."));
        var unfilled = pages
            .SelectMany(p => Placeholder().Matches(p.Document.Title + " " + p.Text + " " + string.Join(' ', p.Document.QuerySelectorAll("meta[content]").Select(m => m.GetAttribute("content"))))
                .Select(m => $"{p.Url.PathAndQuery}: {m.Value}"))
            .ToList();
        // A Razor <text> left in the markup; an SVG's own <text> (a process diagram) is meant to be there.
        Assert.All(pages, page => Assert.DoesNotContain(page.Document.QuerySelectorAll("text"), t => t.Closest("svg") is null));
        Assert.True(unfilled.Count == 0, "Unfilled placeholders:\n" + string.Join('\n', unfilled.Distinct().Take(20)));
        var undescribed = pages
            .Where(p => p.Response.StatusCode == HttpStatusCode.OK && p.Document.QuerySelector("meta[name=robots][content~=noindex]") is null)
            .Where(p => string.IsNullOrWhiteSpace(p.Document.QuerySelector("meta[name=description]")?.GetAttribute("content")))
            .Select(p => p.Url.PathAndQuery).ToList();
        Assert.True(role is not null || undescribed.Count == 0, "Pages for search engines without a description:\n" + string.Join('\n', undescribed.Take(20)));
    }

    [GeneratedRegex(@"\{\d+(?::[^}]*)?\}")]
    private static partial Regex Placeholder();
}
