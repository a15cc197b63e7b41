using Microsoft.Playwright;

namespace Psqm.Browser.Tests;

[Collection(SharedBrowser.Name)]
public sealed class NavigationTests(BrowserSite site)
{
    [Fact]
    public async Task SignIn_InWelsh_ByKeyboardAlone()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("cymru");

        // The first Tab reaches the skip link; then on to the header's sign-in link.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Neidio i'r prif gynnwys", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await TabUntilAsync(page, "document.activeElement.tagName === 'A' && document.activeElement.textContent.trim() === 'Mewngofnodi'");

        // Waiting for the navigation starts before the key is pressed, so a quick one is not missed.
        await Task.WhenAll(page.WaitForURLAsync("**/cymru/cyfrif/mewngofnodi"), page.Keyboard.PressAsync("Enter"));

        await TabUntilAsync(page, "document.activeElement.id === 'Input_Email'");
        await page.Keyboard.TypeAsync("subjectleader@example.org");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(PsqmFactory.Password);
        await Task.WhenAll(page.WaitForURLAsync("**/cymru/dangosfwrdd"), page.Keyboard.PressAsync("Enter"));
        Assert.Equal("Eich dangosfwrdd", await page.TextContentAsync("h1"));
    }

    [Fact]
    public async Task LanguageSwitch_LeadsToTheSamePageInTheOtherLanguage()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("cymru/preifatrwydd");
        Assert.Equal("cy", await page.GetAttributeAsync("html", "lang"));

        await page.ClickAsync("a[hreflang=en]");
        await page.WaitForURLAsync("**/cymru/en/privacy");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Privacy notice", await page.TextContentAsync("h1"));

        await page.ClickAsync("a[hreflang=cy]");
        await page.WaitForURLAsync("**/cymru/preifatrwydd");
        Assert.Equal("Hysbysiad preifatrwydd", await page.TextContentAsync("h1"));
    }

    [Fact]
    public async Task SignInAndOut_WithoutJavaScript()
    {
        await using var context = await site.NewContextAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await AccessibilityTests.SignInAsync(page, "/international", "editor@example.org");
        Assert.Contains("/international/dashboard", page.Url, StringComparison.Ordinal);

        await page.ClickAsync(".psqm-header__signout button");
        await page.WaitForSelectorAsync(".govuk-notification-banner");
        Assert.Contains("You have signed out.", await page.TextContentAsync(".govuk-notification-banner"), StringComparison.Ordinal);
    }

    internal static async Task TabUntilAsync(IPage page, string condition)
    {
        for (var i = 0; i < 30; i++)
        {
            if (await page.EvaluateAsync<bool>(condition))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tabbing never reached an element where {condition}.");
    }
}
