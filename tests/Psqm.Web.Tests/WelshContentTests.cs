namespace Psqm.Web.Tests;

/// <summary>The Welsh site in Welsh: people's roles, places and the Curriculum for Wales, not English or English terms.</summary>
[Collection(SharedSite.Name)]
public sealed class WelshContentTests(PsqmFactory factory)
{
    [Fact]
    public async Task Webinars_NameTheirPresentersInWelsh_OnWelshPages()
    {
        var client = factory.CreateClient();

        var welsh = (await client.GetPageAsync("/cymru/gweminarau")).Text;
        var english = (await client.GetPageAsync("/cymru/en/webinars")).Text;

        Assert.Contains("Dr Siân Hughes, arweinydd hyb", welsh, StringComparison.Ordinal);
        Assert.DoesNotContain("hub leader", welsh, StringComparison.Ordinal);
        Assert.DoesNotContain("programme team", welsh, StringComparison.Ordinal);
        Assert.Contains("Dr Sian Hughes, hub leader", english, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("north-wales", "Bangor", "Y Barri")]
    [InlineData("north-wales", "Caernarfon", "Llandeilo")]
    [InlineData("south-east-wales", "Y Barri", "Bangor")]
    [InlineData("south-west-wales", "Llandeilo", "Caernarfon")]
    public async Task AwardHolders_AreInTheirRealRegion_UnderTheirWelshNames(string region, string present, string absent)
    {
        var page = await factory.CreateClient().GetPageAsync($"/cymru/deiliaid-gwobrau?region={region}");

        var table = page.Document.QuerySelector("main table")!.TextContent;
        Assert.Contains(present, table, StringComparison.Ordinal);
        Assert.DoesNotContain(absent, table, StringComparison.Ordinal);
        Assert.DoesNotContain("Barry", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CaseStudyFilters_OnTheWelshSite_UseProgressionSteps()
    {
        var page = await factory.CreateClient().GetPageAsync("/cymru/astudiaethau-achos");

        Assert.Contains("Cam cynnydd 2 (tua 8 oed)", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Cyfnod allweddol", page.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/cymru/en/case-studies")]
    [InlineData("/cymru/en/resources")]
    [InlineData("/cymru/en/search?q=science")]
    public async Task EnglishPages_OfTheWelshSite_SayProgressionStep_WhereEnglandSaysKeyStage(string path)
    {
        var wales = await factory.CreateClient().GetPageAsync(path);
        var england = await factory.CreateClient().GetPageAsync(path["/cymru/en".Length..]);

        Assert.Contains("Progression step", wales.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Key stage", wales.Text, StringComparison.Ordinal);
        Assert.Contains("Key stage", england.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
