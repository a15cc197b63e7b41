namespace Psqm.Browser.Tests;

[Collection(SharedBrowser.Name)]
public sealed class CaseStudyBrowserTests(BrowserSite site)
{
    [Theory]
    [InlineData("cymru/astudiaethau-achos", "Lefel y wobr", "PSQM Allgymorth", "2 astudiaeth achos")]
    [InlineData("cymru/en/case-studies", "Award level", "PSQM Outreach", "2 case studies")]
    public async Task Filtering_ByAwardLevel_NarrowsTheList(string url, string label, string level, string count)
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);

        await page.GetByLabel(label).SelectOptionAsync(new Microsoft.Playwright.SelectOptionValue { Label = level });
        await page.ClickAsync(".psqm-filters button[type=submit]");

        await page.WaitForURLAsync("**level=outreach**");
        Assert.Equal(count, (await page.TextContentAsync("main [role=status]"))!.Trim());
        await Axe.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task LanguageSwitch_OnACaseStudy_LandsOnItsTranslation()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("cymru/astudiaethau-achos/siarad-fel-gwyddonwyr");

        await page.ClickAsync("a[hreflang=en]");

        await page.WaitForURLAsync("**/cymru/en/case-studies/talking-like-scientists");
        Assert.Equal("Talking like scientists", await page.TextContentAsync("h1"));
    }
}
