using Microsoft.Playwright;

namespace Psqm.Browser.Tests;

[Collection(SharedBrowser.Name)]
public sealed class SearchBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task OnCymru_AMutatedWordInTheHeaderBox_FindsTheItem_ByKeyboardAlone()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("cymru");

        await page.Keyboard.PressAsync("Tab");
        await NavigationTests.TabUntilAsync(page, "document.activeElement.id === 'header-search'");
        await page.Keyboard.TypeAsync("wyddoniaeth awyr agored");
        await Task.WhenAll(page.WaitForURLAsync("**/cymru/chwilio?q=*"), page.Keyboard.PressAsync("Enter"));

        var first = page.Locator(".psqm-search-results h2 a").First;
        Assert.Equal("Gwyddoniaeth awyr agored drwy'r tymhorau", (await first.TextContentAsync())!.Trim());
        Assert.Equal("Gwyddoniaeth", await page.Locator(".psqm-search-results h2 mark").First.TextContentAsync());

        await Task.WhenAll(page.WaitForURLAsync("**/cymru/adnoddau/**"), first.ClickAsync());
        Assert.Equal("Gwyddoniaeth awyr agored drwy'r tymhorau", (await page.TextContentAsync("h1"))!.Trim());
    }

    [Fact]
    public async Task OnCymru_TypingAMutatedWord_OffersWelshTitlesToScreenReadersAndKeyboards_AndOpensTheOneChosen()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("cymru");

        await page.FocusAsync("#header-search");
        await page.Keyboard.TypeAsync("wyddoniae");
        await page.WaitForSelectorAsync(".autocomplete__option");
        var offered = await page.Locator(".autocomplete__option").AllTextContentsAsync();
        Assert.Contains("Asesu gwyddoniaeth gynradd heb y gwaith papur", offered);
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('[role=status]')].some(s => s.textContent.includes('awgrym ar gael'))");
        await Axe.AssertAccessibleAsync(page);

        // Down the list by keyboard to the webinar, then Enter opens it.
        for (var i = 0; i < offered.Count; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
            if ((await page.Locator(".autocomplete__option--focused").TextContentAsync())!.Trim() == "Asesu gwyddoniaeth gynradd heb y gwaith papur")
            {
                break;
            }
        }

        await Task.WhenAll(page.WaitForURLAsync("**/cymru/gweminarau/asesu-gwyddoniaeth-gynradd-heb-y-gwaith-papur"), page.Keyboard.PressAsync("Enter"));
        Assert.Equal("Asesu gwyddoniaeth gynradd heb y gwaith papur", (await page.TextContentAsync("h1"))!.Trim());

        // Enter without choosing searches, as the plain box does.
        await page.FocusAsync("#header-search");
        await page.Keyboard.TypeAsync("wyddoniaeth");
        await page.WaitForSelectorAsync(".autocomplete__option");
        await Task.WhenAll(page.WaitForURLAsync("**/cymru/chwilio?q=wyddoniaeth"), page.Keyboard.PressAsync("Enter"));
        Assert.Contains(await page.Locator(".psqm-search-results mark").AllTextContentsAsync(), m => m.Equals("gwyddoniaeth", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Filters_WorkWithoutJavaScript_AndCountTheNarrowedResults()
    {
        await using var context = await site.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync("search?q=science");

        await page.CheckAsync(".psqm-filters input[name=type][value=CaseStudy]");
        await page.CheckAsync(".psqm-filters input[name=keystage][value=ks2]");
        await Task.WhenAll(page.WaitForURLAsync("**/search?q=science&type=CaseStudy&keystage=ks2"), page.ClickAsync(".psqm-filters button[type=submit]"));

        var count = (await page.TextContentAsync("main [role=status]"))!.Trim().Split(' ')[0];
        var total = int.Parse(count, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(total, 1, 11);
        Assert.Equal(Math.Min(10, total), await page.Locator(".psqm-search-results > li").CountAsync());
        Assert.True(await page.IsCheckedAsync(".psqm-filters input[name=type][value=CaseStudy]"));
        Assert.Contains($"({count})", await page.TextContentAsync("label[for=" + await page.GetAttributeAsync(".psqm-filters input[name=keystage][value=ks2]", "id") + "]"), StringComparison.Ordinal);
    }
}
