using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Recipes;
using Psqm.Modules.Criteria.Data;

namespace Psqm.Web.Tests;

[Collection(SharedSite.Name)]
public sealed class CriteriaTests(PsqmFactory factory)
{
    [Theory]
    [InlineData("/criteria", "Primary Science Quality Mark", "en")]
    [InlineData("/cymru/meini-prawf", "Marc Ansawdd Gwyddoniaeth Cynradd", "cy")]
    public async Task Framework_ShowsThirteenCriteriaForEachLevelSideBySide(string url, string name, string lang)
    {
        var page = await factory.CreateClient().GetPageAsync(url);

        Assert.Equal(lang, page.Lang);
        Assert.Equal(name, page.Document.QuerySelector("h2.govuk-heading-l")!.TextContent);
        var levels = page.Document.QuerySelectorAll(".psqm-level");
        Assert.Equal(3, levels.Length);
        Assert.All(levels, level => Assert.Equal(13, level.QuerySelectorAll(".psqm-criteria li").Length));
        Assert.Equal(5, levels[2].QuerySelectorAll("h4").Length);
        Assert.Equal(4, levels[0].QuerySelectorAll("h4").Length);
    }

    [Fact]
    public async Task BasicSkills_OnTheTenantThatRunsIt_HasOneLevelOfTenElements()
    {
        var page = await factory.CreateClient().GetPageAsync("/criteria?framework=bsqm");

        Assert.Equal("Basic Skills Quality Mark", page.Document.QuerySelector("h2.govuk-heading-l")!.TextContent);
        Assert.Equal(10, page.Document.QuerySelectorAll(".psqm-criteria li").Length);
        Assert.Null((await factory.CreateClient().GetPageAsync("/international/criteria?framework=bsqm")).Document.QuerySelector("a[href*=bsqm]"));
    }

    [Fact]
    public async Task CriteriaRecipe_RunAgain_LeavesTheSameCriteria()
    {
        var tenant = await factory.CreateTenantAsync("cymru");
        var before = await factory.InTenantAsync(tenant, s => Task.FromResult(s.GetRequiredService<CriteriaDbContext>().Criteria.Count()));

        await factory.Services.GetRequiredService<RecipeExecutor>().ExecuteAsync(tenant, factory.Services.GetRequiredService<RecipeStore>().Find("cymru")!);

        Assert.Equal(39, before);
        Assert.Equal(39, await factory.InTenantAsync(tenant, s => Task.FromResult(s.GetRequiredService<CriteriaDbContext>().Criteria.Count())));
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync(new Uri($"{tenant.BasePath}/meini-prawf", UriKind.Relative))).StatusCode);
    }
}
