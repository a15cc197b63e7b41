using System.Net;

namespace Psqm.Web.Tests;

/// <summary>The public list on the demo content: twelve case studies per tenant.</summary>
[Collection(SharedSite.Name)]
public sealed class CaseStudyListTests(PsqmFactory factory)
{
    [Theory]
    [InlineData("/case-studies", "12 case studies")]
    [InlineData("/case-studies?level=gilt", "4 case studies")]
    [InlineData("/case-studies?level=gilt&stage=ks1", "3 case studies")]
    [InlineData("/case-studies?level=outreach&topic=sustainability", "1 case study")]
    [InlineData("/case-studies?level=bogus&topic=%3Cscript%3E&p=-4&sort=drop", "12 case studies")]
    [InlineData("/cymru/astudiaethau-achos?level=gilt", "4 astudiaeth achos")]
    public async Task Filters_Combine_AndUnknownValuesAreIgnored(string url, string count)
    {
        var page = await factory.CreateClient().GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal(count, page.Document.QuerySelector("[role=status]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Paging_ShowsNineAPage_AndKeepsTheFilters()
    {
        var client = factory.CreateClient();
        var first = await client.GetPageAsync("/case-studies?sort=title");
        var next = first.Document.QuerySelector("a[rel=next]")!.GetAttribute("href");

        Assert.Equal(9, first.Document.QuerySelectorAll(".psqm-card").Length);
        Assert.Equal("/case-studies?sort=title&p=2", next);
        Assert.Equal(3, (await client.GetPageAsync(next!)).Document.QuerySelectorAll(".psqm-card").Length);
    }

    [Fact]
    public async Task NoMatches_ShowsAnEmptyStateWithAWayBack()
    {
        var page = await factory.CreateClient().GetPageAsync("/international/case-studies?level=psqm&topic=sustainability");

        Assert.Contains("No case studies match these filters.", page.Text, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("a[href='/international/case-studies']"));
    }

    [Fact]
    public async Task Filters_OnTheWelshList_AreLabelledInWelsh()
    {
        var page = await factory.CreateClient().GetPageAsync("/cymru/astudiaethau-achos");

        Assert.Equal(["Lefel y wobr", "Rhanbarth", "Pwnc", "Cam cynnydd", "Trefnu yn ôl"],
            page.Document.QuerySelectorAll(".psqm-filters label").Select(l => l.TextContent.Trim()));
    }

    [Fact]
    public async Task LanguageSwitch_OnAFilteredList_KeepsTheFilters()
    {
        var page = await factory.CreateClient().GetPageAsync("/cymru/astudiaethau-achos?level=gilt");

        Assert.Equal("/cymru/en/case-studies?level=gilt", page.Document.QuerySelector("a[hreflang=en]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Detail_ShowsTheStoryAndRelatedCaseStudies()
    {
        var page = await factory.CreateClient().GetPageAsync("/case-studies/six-schools-one-science-plan");

        Assert.Equal("Six schools, one science plan", page.Document.QuerySelector("h1")!.TextContent);
        Assert.NotEmpty(page.Document.QuerySelectorAll("[aria-labelledby=related-heading] li"));
        Assert.Equal("Six schools, one science plan", page.Document.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
    }
}
