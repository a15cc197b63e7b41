using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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

    [Theory]
    [InlineData("/my-hub", "HubLeader")]
    [InlineData("/admin/programme/rounds/3/progress", "HQ")]
    public async Task AProgrammeList_RunsAsManyQueriesForThirtySchoolsAsForFive(string path, string role)
    {
        var tenant = await factory.CreateTenantAsync("england");
        var client = factory.CreateClient();
        await client.SignInAsync(tenant.BasePath.Value!, Accounts.Demo(role));
        var url = new Uri(tenant.BasePath + path, UriKind.Relative);
        (await client.GetAsync(url)).EnsureSuccessStatusCode();
        factory.Queries.Reset();
        (await client.GetAsync(url)).EnsureSuccessStatusCode();
        var few = factory.Queries.Count;

        await factory.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<Psqm.Modules.Programme.Data.ProgrammeDbContext>();
            var round = await db.Rounds.SingleAsync(r => r.FrameworkKey == "psqm" && r.Number == 31);
            for (var i = 0; i < 25; i++)
            {
                var school = new Psqm.Modules.Programme.Data.School { Name = $"School {i}", Identifier = $"Q{i}", Hub = "north-staffordshire" };
                db.Enrolments.Add(new Psqm.Modules.Programme.Data.Enrolment { School = school, Round = round, Hub = school.Hub });
            }

            return await db.SaveChangesAsync();
        });
        (await client.GetAsync(url)).EnsureSuccessStatusCode();
        factory.Queries.Reset();
        var response = await client.GetAsync(url);

        response.EnsureSuccessStatusCode();
        Assert.Contains("School 24", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(few, factory.Queries.Count);
    }

    /// <summary>A site of its own, so no other test's queries are counted.</summary>
    /// <summary>Without the page cache: these hold the caches beneath it to their budget, for the visits it cannot serve.</summary>
    public sealed class Site : PsqmFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Psqm:PageCache:Enabled", "false");
        }
    }
}
