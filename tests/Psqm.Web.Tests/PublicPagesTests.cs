using System.Net;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Psqm.Web.Tests;

[Collection(SharedSite.Name)]
public sealed class PublicPagesTests(PsqmFactory factory)
{
    [Theory]
    [InlineData("/quality-marks", "The quality marks")]
    [InlineData("/cymru/marciau-ansawdd", "Y marciau ansawdd")]
    [InlineData("/the-process", "The process and round calendars")]
    [InlineData("/cymru/y-broses", "Y broses a chalendrau'r rowndiau")]
    [InlineData("/hubs", "Hubs")]
    [InlineData("/cymru/hybiau", "Hybiau")]
    [InlineData("/award-holders", "Award holders")]
    [InlineData("/cymru/deiliaid-gwobrau", "Deiliaid gwobrau")]
    public async Task Page_IsServedInItsLanguage(string url, string heading)
    {
        var page = await factory.CreateClient().GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal(heading, page.Document.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task RoundCalendars_AreTablesWithMonthsInThePagesLanguage()
    {
        var welsh = await factory.CreateClient().GetPageAsync("/cymru/y-broses");
        var english = await factory.CreateClient().GetPageAsync("/the-process");

        Assert.Equal(2, english.Document.QuerySelectorAll("table").Length);
        var autumn = english.Document.QuerySelectorAll("table")[0];
        Assert.Contains("Autumn round", autumn.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("September", autumn.QuerySelectorAll("tbody td")[0].TextContent.Trim());
        Assert.Equal("Medi", welsh.Document.QuerySelectorAll("table")[0].QuerySelectorAll("tbody td")[0].TextContent.Trim());
    }

    [Theory]
    [InlineData("/award-holders?q=ysgol", "england", "ysgol")]
    [InlineData("/cymru/deiliaid-gwobrau?q=YSGOL", "cymru", "ysgol")]
    [InlineData("/cymru/deiliaid-gwobrau?q=%25", "cymru", "%")]
    [InlineData("/cymru/deiliaid-gwobrau?region=no-such-region&level=%3Cb%3E", "cymru", "")]
    public async Task AwardHolders_SearchByNameAndIgnoreUnknownFilters(string url, string file, string words)
    {
        var page = await factory.CreateClient().GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var expected = Current(file).Select(h => h.Name).Concat(await MadeAsync(file)).Count(n => n.Contains(words, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(expected, page.Document.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task AwardHolders_ListsOnlyCurrentAwards_InAlphabeticalOrder()
    {
        var page = await factory.CreateClient().GetPageAsync("/cymru/deiliaid-gwobrau");
        var names = page.Document.QuerySelectorAll("tbody th").Select(th => th.ChildNodes[0].TextContent.Trim()).ToList();
        var expiries = page.Document.QuerySelectorAll("tbody td:last-child").Select(td => td.TextContent).ToList();

        // The file's awards, and those the demo programme made (a year from its records).
        var made = await MadeAsync("cymru");
        var current = Current("cymru").Select(h => h.Name).Concat(made).ToList();
        Assert.Equal(current.Order(StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("cy-GB"), true)), names);
        Assert.NotEmpty(made);
        Assert.True(Current("cymru").Count < 16, "The demo data should include an expired award to show it is left out.");
        Assert.All(expiries, e => Assert.Matches(@"\d{4}$", e));
    }

    // Current awards the demo programme made, from the site tenant that the recipe set up.
    private async Task<List<string>> MadeAsync(string recipe)
    {
        var tenant = factory.Services.GetRequiredService<Psqm.Core.Tenancy.TenantRegistry>().All.First(t => t.Record.Recipe == recipe && !t.Name.StartsWith('T'));
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Europe/London"));
        return await factory.InTenantAsync(tenant, s => s.GetRequiredService<Psqm.Modules.Awards.Data.AwardsDbContext>().AwardHolders
            .Where(h => h.EnrolmentId != null && h.RevokedOn == null && h.ExpiresOn >= today).Select(h => h.SchoolName).ToListAsync());
    }

    // The demo awards have fixed dates; which are current depends on today, as on the page.
    private static List<(string Name, DateOnly Expires)> Current(string tenant)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Psqm.sln")))
        {
            root = Path.GetDirectoryName(root)!;
        }

        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "recipes", "content", $"award-holders.{tenant}.json")));
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Europe/London"));
        return json.RootElement.EnumerateArray()
            .Select(h => (h.GetProperty("schoolName").GetString()!, DateOnly.Parse(h.GetProperty("expiresOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture)))
            .Where(h => h.Item2 >= today)
            .ToList();
    }

    [Fact]
    public async Task Sitemap_ListsEveryPublicPageWithItsAlternates()
    {
        var xml = XDocument.Parse(await factory.CreateClient().GetStringAsync(new Uri("/cymru/sitemap.xml", UriKind.Relative)));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var urls = xml.Root!.Elements(ns + "url").ToList();
        var locations = urls.Select(u => new Uri(u.Element(ns + "loc")!.Value).AbsolutePath).ToList();

        Assert.Contains("/cymru/meini-prawf", locations);
        Assert.Contains("/cymru/en/criteria", locations);
        Assert.Contains("/cymru/astudiaethau-achos/chwe-ysgol-un-cynllun-gwyddoniaeth", locations);
        Assert.Contains("/cymru/deiliaid-gwobrau", locations);
        var story = urls.Single(u => u.Element(ns + "loc")!.Value.EndsWith("/chwe-ysgol-un-cynllun-gwyddoniaeth", StringComparison.Ordinal));
        var alternates = story.Elements(xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => new Uri(l.Attribute("href")!.Value).AbsolutePath);
        Assert.Equal("/cymru/en/case-studies/six-schools-one-science-plan", alternates["en"]);
        Assert.Equal("/cymru/astudiaethau-achos/chwe-ysgol-un-cynllun-gwyddoniaeth", alternates["x-default"]);
        Assert.DoesNotContain(locations, l => l.Contains("admin", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/feeds/case-studies.atom", "en", "Six schools, one science plan")]
    [InlineData("/cymru/feeds/case-studies.atom", "cy", "Chwe ysgol, un cynllun gwyddoniaeth")]
    public async Task AtomFeed_HasTheNewestCaseStudiesInThePagesLanguage(string url, string lang, string title)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace atom = "http://www.w3.org/2005/Atom";

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(lang, feed.Root!.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.Equal(12, feed.Root.Elements(atom + "entry").Count());
        Assert.Contains(feed.Root.Elements(atom + "entry"), e => e.Element(atom + "title")!.Value == title);
    }
}
