namespace Psqm.Web.Tests;

/// <summary>The busiest public pages read from memory once warm: no database query per visit.</summary>
public sealed class QueryBudgetTests(QueryBudgetTests.Site factory) : IClassFixture<QueryBudgetTests.Site>
{
    [Theory]
    [InlineData("/cymru/astudiaethau-achos?level=gilt")]
    [InlineData("/cymru/astudiaethau-achos/chwe-ysgol-un-cynllun-gwyddoniaeth")]
    [InlineData("/cymru/meini-prawf")]
    [InlineData("/cymru")]
    [InlineData("/cymru/feeds/case-studies.atom")]
    public async Task PublicPage_OnceWarm_RunsNoQuery(string url)
    {
        var client = factory.CreateClient();
        await client.GetAsync(new Uri(url, UriKind.Relative));
        factory.Queries.Reset();

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        response.EnsureSuccessStatusCode();
        Assert.Equal(0, factory.Queries.Count);
    }

    [Fact]
    public async Task Counter_SeesTheQueriesOfAColdPage()
    {
        var tenant = await factory.CreateTenantAsync("england");
        factory.Queries.Reset();

        (await factory.CreateClient().GetAsync(new Uri($"{tenant.BasePath}/case-studies", UriKind.Relative))).EnsureSuccessStatusCode();

        Assert.InRange(factory.Queries.Count, 1, 3);
    }

    /// <summary>A site of its own, so no other test's queries are counted.</summary>
    public sealed class Site : PsqmFactory;
}
