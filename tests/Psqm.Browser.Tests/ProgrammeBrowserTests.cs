using Microsoft.Playwright;

namespace Psqm.Browser.Tests;

/// <summary>A Welsh subject leader works on the audit, plan, evidence and reflections; the hub leader confirms the level they propose.</summary>
[Collection(SharedBrowser.Name)]
public sealed class ProgrammeBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task ASubjectLeader_RatesTheAuditAndProposesALevel_InWelsh_AndTheHubLeaderConfirmsIt()
    {
        var tenant = await site.CreateTenantAsync("cymru");
        var root = tenant.BasePath.Value!.TrimStart('/');
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await AccessibilityTests.SignInAsync(page, tenant.BasePath.Value!, "subjectleader@example.org");

        await page.GotoAsync($"{root}/fy-ysgol");
        Assert.Equal("Ysgol Gynradd Llanfair", (await page.TextContentAsync("h1"))!.Trim());
        await Task.WhenAll(page.WaitForURLAsync($"**/{root}/fy-ysgol/archwiliad"), page.ClickAsync("a.govuk-task-list__link"));

        // The last criterion, not rated by the demo data: chosen and noted by keyboard alone.
        var last = page.Locator("form#audit .govuk-radios").Last;
        await last.Locator("input[value=Developing]").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Mae'r disgyblion yn cyflwyno i'r llywodraethwyr bob tymor.");
        await Task.WhenAll(page.WaitForSelectorAsync(".govuk-notification-banner"), page.ClickAsync("form#audit button[type=submit]"));
        Assert.Contains("graddiad wedi'i gadw", await page.TextContentAsync(".govuk-notification-banner"), StringComparison.Ordinal);
        Assert.Equal("Mae'r disgyblion yn cyflwyno i'r llywodraethwyr bob tymor.", await page.Locator("form#audit textarea").Last.InputValueAsync());
        await Axe.AssertAccessibleAsync(page);

        await page.CheckAsync("input[name=Proposed][value=gilt]");
        await Task.WhenAll(page.WaitForURLAsync($"**/{root}/fy-ysgol"), page.ClickAsync("form[action='?handler=Propose'] button"));
        Assert.Contains("Cynigioch chi PSQM Gilt", await page.TextContentAsync("main"), StringComparison.Ordinal);

        await using var hubContext = await site.NewContextAsync();
        var hub = await hubContext.NewPageAsync();
        await AccessibilityTests.SignInAsync(hub, tenant.BasePath.Value!, "hubleader@example.org");
        await hub.GotoAsync($"{root}/fy-hyb");
        await hub.ClickAsync("a:text('Ysgol Gynradd Llanfair')");
        await hub.CheckAsync("input[name=Level][value=gilt]");
        await Task.WhenAll(hub.WaitForURLAsync($"**/{root}/fy-hyb"), hub.ClickAsync("form[action='?handler=Confirm'] button"));
        Assert.Contains("Bydd Ysgol Gynradd Llanfair yn gweithio tuag at PSQM Gilt.", await hub.TextContentAsync(".govuk-notification-banner"), StringComparison.Ordinal);
        await Axe.AssertAccessibleAsync(hub);
    }

    [Fact]
    public async Task ASubjectLeader_WritesThePlan_UploadsEvidence_AndAReflectionThatSavesItself_InWelsh()
    {
        var tenant = await site.CreateTenantAsync("cymru");
        var root = tenant.BasePath.Value!.TrimStart('/');
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await AccessibilityTests.SignInAsync(page, tenant.BasePath.Value!, "subjectleader@example.org");

        // The plan the audit suggests, with who leads each action, saved as its first version.
        await page.GotoAsync($"{root}/fy-ysgol/cynllun-gweithredu");
        var owners = page.Locator("input[name$='.Owner']");
        for (var i = 0; i < await owners.CountAsync(); i++)
        {
            await owners.Nth(i).FillAsync("Arweinydd gwyddoniaeth");
        }

        await Task.WhenAll(page.WaitForSelectorAsync(".govuk-notification-banner"), page.ClickAsync("form#plan button:not([formaction])"));
        Assert.Contains("fersiwn 1", await page.TextContentAsync(".govuk-notification-banner"), StringComparison.Ordinal);
        await Axe.AssertAccessibleAsync(page);

        // One photo, tagged to the first criterion.
        await page.GotoAsync($"{root}/fy-ysgol/tystiolaeth");
        await page.FillAsync("#Caption", "Llun o ymchwiliad Blwyddyn 4");
        await page.Locator("input[name=Criteria]").First.CheckAsync();
        await page.SetInputFilesAsync("#Upload", new FilePayload { Name = "ymchwiliad.png", MimeType = "image/png", Buffer = Photos.Png(40, 30) });
        await Task.WhenAll(page.WaitForSelectorAsync(".govuk-notification-banner"), page.ClickAsync("main form button[type=submit]"));
        Assert.Contains("Llun o ymchwiliad Blwyddyn 4", await page.TextContentAsync(".govuk-notification-banner"), StringComparison.Ordinal);
        await Axe.AssertAccessibleAsync(page);

        // A reflection: the count follows the typing, and the draft saves itself without a click.
        await page.GotoAsync($"{root}/fy-ysgol/myfyrdodau");
        await Task.WhenAll(page.WaitForURLAsync($"**/{root}/fy-ysgol/myfyrdodau/*"), page.ClickAsync("a.govuk-task-list__link"));
        await page.FocusAsync("#Text");
        await page.Keyboard.TypeAsync("Mae pob dosbarth bellach yn cynllunio ymchwiliad bob hanner tymor.");
        await page.Locator("input[name=Evidence]").First.CheckAsync();
        await page.WaitForSelectorAsync("[data-autosave-status]:has-text('Cadwyd y drafft')");
        Assert.Contains("gair ar ôl", await page.TextContentAsync(".govuk-character-count__status"), StringComparison.Ordinal);
        await Axe.AssertAccessibleAsync(page);

        await page.ReloadAsync();
        Assert.Equal("Mae pob dosbarth bellach yn cynllunio ymchwiliad bob hanner tymor.", await page.InputValueAsync("#Text"));
        Assert.True(await page.Locator("input[name=Evidence]").First.IsCheckedAsync());
    }
}
