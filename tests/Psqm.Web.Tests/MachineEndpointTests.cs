using System.Net;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Caching;
using Psqm.Modules.Content.Engine;

namespace Psqm.Web.Tests;

/// <summary>What crawlers, feed readers and calendar programs ask for, and caches that other processes change.</summary>
[Collection(SharedSite.Name)]
public sealed class MachineEndpointTests(PsqmFactory factory)
{
    [Theory]
    [InlineData("/calendar.ics")]
    [InlineData("/cymru/calendar.ics")]
    [InlineData("/sitemap.xml")]
    [InlineData("/feeds/case-studies.atom")]
    [InlineData("/robots.txt")]
    public async Task Head_OnReadEndpoints_AnswersLikeGet(string url)
    {
        using var head = new HttpRequestMessage(HttpMethod.Head, url);

        var response = await factory.CreateClient().SendAsync(head);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task RobotsTxt_AtTheRoot_PointsAtEachTenantsSitemap_AndKeepsCrawlersOutOfAdmin()
    {
        var robots = await factory.CreateClient().GetStringAsync(new Uri("/robots.txt", UriKind.Relative));

        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots, StringComparison.Ordinal);
        Assert.Contains("Sitemap: http://localhost/cymru/sitemap.xml", robots, StringComparison.Ordinal);
        Assert.Contains("Sitemap: http://localhost/international/sitemap.xml", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /admin/", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /cymru/admin/", robots, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AtomFeeds_OfOneLanguage_HaveTitlesThatTellThemApart()
    {
        var client = factory.CreateClient();
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var caseStudies = XDocument.Parse(await client.GetStringAsync(new Uri("/feeds/case-studies.atom", UriKind.Relative))).Root!.Element(atom + "title")!.Value;
        var resources = XDocument.Parse(await client.GetStringAsync(new Uri("/feeds/resources.atom", UriKind.Relative))).Root!.Element(atom + "title")!.Value;
        var welsh = XDocument.Parse(await client.GetStringAsync(new Uri("/cymru/feeds/case-studies.atom", UriKind.Relative))).Root!.Element(atom + "title")!.Value;

        Assert.NotEqual(caseStudies, resources);
        Assert.EndsWith("Case studies", caseStudies, StringComparison.Ordinal);
        Assert.EndsWith("Astudiaethau achos", welsh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/cymru/astudiaethau-achos")]
    [InlineData("/cymru/en/register-interest")]
    [InlineData("/international/webinars")]
    public async Task HomeListAndFormPages_HaveAMetaDescription(string url)
    {
        var page = await factory.CreateClient().GetPageAsync(url);

        Assert.False(string.IsNullOrWhiteSpace(page.Document.QuerySelector("meta[name=description]")?.GetAttribute("content")));
    }

    [Fact]
    public async Task AChangeMadeByAnotherProcess_IsOnThePagesWithinSeconds()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var client = factory.CreateClient();
        var list = $"{tenant.BasePath}/case-studies";
        Assert.DoesNotContain("Renamed elsewhere", (await client.GetPageAsync(list)).Text, StringComparison.Ordinal);

        // As a recipe run from the command line would: straight to the database, stamping the content's caches there.
        await factory.InTenantAsync(tenant, async services =>
        {
            var db = services.GetRequiredService<ContentDbContext>();
            var item = await db.ContentItems.FirstAsync(c => c.ContentType == "CaseStudy" && c.Published && c.Culture == "en");
            item.Title = "Renamed elsewhere";
            await db.SaveChangesAsync();
            var stamps = services.GetRequiredService<CacheStampsDbContext>();
            var row = await stamps.Stamps.FirstOrDefaultAsync(s => s.Area == CacheStamps.Content);
            if (row is null)
            {
                stamps.Stamps.Add(new CacheStamp { Area = CacheStamps.Content, Stamp = "elsewhere" });
            }
            else
            {
                row.Stamp = "elsewhere";
            }

            return await stamps.SaveChangesAsync();
        });

        var seen = false;
        for (var i = 0; i < 40 && !seen; i++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            seen = (await client.GetPageAsync(list)).Text.Contains("Renamed elsewhere", StringComparison.Ordinal);
        }

        Assert.True(seen, "The change was not seen within 20 seconds.");
    }
}
