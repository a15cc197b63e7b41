namespace Psqm.Browser.Tests;

/// <summary>HQ invites a hub leader who reads Welsh; the hub leader sets a password from the emailed link, by keyboard.</summary>
[Collection(SharedBrowser.Name)]
public sealed class UsersBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task Hq_InvitesAHubLeader_WhoSetsAPasswordInWelsh_AndSignsIn()
    {
        var tenant = await site.CreateTenantAsync("cymru");
        var root = tenant.BasePath.Value!.TrimStart('/');
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await AccessibilityTests.SignInAsync(page, tenant.BasePath.Value!, "hq@example.org");

        await page.GotoAsync($"{root}/admin/users/invite");
        await page.FillAsync("#Input_Name", "Dafydd Evans");
        await page.FillAsync("#Input_Email", "dafydd@hyb.example");
        await page.CheckAsync("input[name='Input.Roles'][value=HubLeader]");
        await page.SelectOptionAsync("#Input_Hub", "gwynedd-mon");
        await page.CheckAsync("input[name='Input.Culture'][value=cy-GB]");
        await Axe.AssertAccessibleAsync(page);
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForSelectorAsync(".govuk-notification-banner");
        await Axe.AssertAccessibleAsync(page);

        var mail = Assert.Single(site.Mail(tenant), m => m.Contains("To: dafydd@hyb.example", StringComparison.Ordinal));
        var link = System.Text.RegularExpressions.Regex.Match(MailText.Decode(mail), @"http://\S+invitation=\S+").Value;
        await using var inviteeContext = await site.NewContextAsync();
        var invitee = await inviteeContext.NewPageAsync();
        await invitee.GotoAsync(new Uri(link).PathAndQuery.TrimStart('/'));
        Assert.Equal("cy", await invitee.GetAttributeAsync("html", "lang"));
        Assert.Equal("Dewiswch eich cyfrinair", (await invitee.TextContentAsync("h1"))!.Trim());
        await Axe.AssertAccessibleAsync(invitee);
        await invitee.FocusAsync("#Input_Password");
        await invitee.Keyboard.TypeAsync("cyfrinair hir newydd sbon");
        await invitee.Keyboard.PressAsync("Tab");
        await invitee.Keyboard.TypeAsync("cyfrinair hir newydd sbon");
        await Task.WhenAll(invitee.WaitForURLAsync($"**/{root}/cyfrif/mewngofnodi"), invitee.Keyboard.PressAsync("Enter"));
        Assert.Contains("Mae eich cyfrinair wedi'i osod.", await invitee.TextContentAsync("main"), StringComparison.Ordinal);

        await invitee.FillAsync("#Input_Email", "dafydd@hyb.example");
        await invitee.FillAsync("#Input_Password", "cyfrinair hir newydd sbon");
        await invitee.ClickAsync("main button[type=submit]");
        await invitee.WaitForSelectorAsync(".psqm-header__signout");
        Assert.Contains("Arweinydd hyb", await invitee.TextContentAsync("main"), StringComparison.Ordinal);
    }
}
