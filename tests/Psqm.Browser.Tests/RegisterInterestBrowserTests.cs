using Microsoft.Playwright;

namespace Psqm.Browser.Tests;

/// <summary>A school registers interest in Welsh with the keyboard alone, through the error state to the confirmation.</summary>
[Collection(SharedBrowser.Name)]
public sealed class RegisterInterestBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task ASchool_RegistersInterestInWelsh_ByKeyboardAlone()
    {
        var tenant = await site.CreateTenantAsync("cymru");
        var root = tenant.BasePath.Value!.TrimStart('/');
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{root}/cofrestru-diddordeb");
        await Axe.AssertAccessibleAsync(page);

        // Sent empty first: the errors, in Welsh, at the top and beside the fields.
        await TabToAsync(page, "button.govuk-button[type=submit]");
        await Task.WhenAll(page.WaitForLoadStateAsync(), page.Keyboard.PressAsync("Enter"));
        await page.WaitForSelectorAsync(".govuk-error-summary");
        Assert.Contains("Rhowch enw'r ysgol", await page.TextContentAsync(".govuk-error-summary"), StringComparison.Ordinal);
        await Axe.AssertAccessibleAsync(page);

        await TabToAsync(page, "#Input_SchoolName");
        await page.Keyboard.TypeAsync("Ysgol Gynradd Llanrug");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("6612345");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Llanrug, Caernarfon LL55 4AL");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("180");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Elin Owen");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Arweinydd gwyddoniaeth");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("elin@llanrug.example");
        await TabToAsync(page, "#Input_Mark");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "#Input_Round");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("ArrowDown");
        await TabToAsync(page, "#Input_Consent");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "button.govuk-button[type=submit]");
        await Task.WhenAll(page.WaitForURLAsync($"**/{root}/cofrestru-diddordeb/diolch"), page.Keyboard.PressAsync("Enter"));

        Assert.Equal("Cofrestriad wedi dod i law", (await page.TextContentAsync(".govuk-panel__title"))!.Trim());
        Assert.Equal("cy", await page.GetAttributeAsync("html", "lang"));
        await Axe.AssertAccessibleAsync(page);
        var mail = Assert.Single(site.Mail(tenant), m => MailText.Subject(m).StartsWith("Mae eich cofrestriad gennym:", StringComparison.Ordinal));
        Assert.StartsWith("Mae eich cofrestriad gennym:", MailText.Subject(mail), StringComparison.Ordinal);
        Assert.Contains("Y ffi yw £750 yr ysgol.", MailText.Decode(mail), StringComparison.Ordinal);
    }

    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < 60; i++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement && document.activeElement.matches(s)", selector))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"Tabbing never reached {selector}.");
    }
}
