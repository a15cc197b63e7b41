using Microsoft.Playwright;

namespace Psqm.Browser.Tests;

/// <summary>
/// One submission on the bilingual site, in Welsh, by four people in four browsers: the subject leader submits, the hub
/// leader returns it once with feedback and then signs it off, a hub leader of another hub reviews it, HQ awards PSQM
/// Gilt; the school downloads its certificate, whose code opens the public check, and appears among the award holders.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class SubmissionBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task OnCymru_FourPeopleTakeASubmission_FromTheSchoolToItsCertificate()
    {
        var tenant = await site.CreateTenantAsync("cymru");
        var root = tenant.BasePath.Value!.TrimStart('/');
        var enrolment = await site.OwnEnrolmentAsync(tenant);
        await site.CompleteYearAsync(tenant, enrolment);
        var school = await SignedInAsync(tenant.BasePath.Value!, "subjectleader@example.org");
        var hub = await SignedInAsync(tenant.BasePath.Value!, "hubleader@example.org");
        var hq = await SignedInAsync(tenant.BasePath.Value!, "hq@example.org");
        var reviewer = await SignedInAsync(tenant.BasePath.Value!, "hubleader2@example.org");

        await school.GotoAsync($"{root}/fy-ysgol/cyflwyniad");
        await Notice(school, "form[action='?handler=Submit'] button");

        await hub.GotoAsync($"{root}/fy-hyb/ysgolion/{enrolment}");
        await hub.FillAsync("#Feedback", "Ychwanegwch enghreifftiau o waith y disgyblion.");
        await Notice(hub, "button[name=Step][value=return]");

        await school.GotoAsync($"{root}/fy-ysgol/cyflwyniad");
        Assert.Contains("Ychwanegwch enghreifftiau o waith y disgyblion.", await school.TextContentAsync("main"), StringComparison.Ordinal);
        await Notice(school, "form[action='?handler=Submit'] button");

        await hub.GotoAsync($"{root}/fy-hyb/ysgolion/{enrolment}");
        await Notice(hub, "button[name=Step][value=sign-off]");

        await hq.GotoAsync($"{root}/fy-hyb/ysgolion/{enrolment}");
        Assert.True(await hq.IsCheckedAsync("input[name=Reviewer][value='hubleader2@example.org']"), "The least loaded hub leader of another hub is proposed.");
        await Notice(hq, "button[name=Step][value=assign-reviewer]");

        await reviewer.GotoAsync($"{root}/fy-hyb/adolygiadau");
        await Task.WhenAll(reviewer.WaitForURLAsync($"**/{root}/fy-hyb/adolygiadau/*"), reviewer.ClickAsync("main table a"));
        await Axe.AssertAccessibleAsync(reviewer);
        var met = reviewer.Locator("input[type=radio][value=met]");
        for (var i = 0; i < await met.CountAsync(); i++)
        {
            await met.Nth(i).CheckAsync();
        }

        await reviewer.CheckAsync("input[name=Recommended][value=gilt]");
        await reviewer.FillAsync("#Summary", "Gwaith gwych gan y disgyblion ar draws yr ysgol.");
        await Task.WhenAll(reviewer.WaitForURLAsync($"**/{root}/fy-hyb/adolygiadau"), reviewer.ClickAsync("button[name=send]"));
        Assert.Contains("Wedi'i anfon", await reviewer.TextContentAsync("main table"), StringComparison.Ordinal);

        await hq.GotoAsync($"{root}/fy-hyb/ysgolion/{enrolment}");
        Assert.True(await hq.IsCheckedAsync("input[name=AwardLevel][value=gilt]"), "The reviewer's recommendation is chosen.");
        await Axe.AssertAccessibleAsync(hq);
        await Notice(hq, "button[name=Step][value=award]");

        await school.GotoAsync($"{root}/fy-ysgol/cyflwyniad");
        Assert.Contains("Gwaith gwych gan y disgyblion", await school.TextContentAsync("main"), StringComparison.Ordinal);
        await Axe.AssertAccessibleAsync(school);
        var certificate = await school.GetAttributeAsync("a[href*='/gwobrau/tystysgrifau/']", "href");
        var pdf = await school.Context.APIRequest.GetAsync(new Uri(site.BaseUrl, certificate!).ToString());
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.BodyAsync())[..4]), StringComparison.Ordinal);

        await using var publicContext = await site.NewContextAsync();
        var anyone = await publicContext.NewPageAsync();
        await anyone.GotoAsync(new Uri(site.BaseUrl, certificate!.Replace("/tystysgrifau/", "/gwirio/", StringComparison.Ordinal)).ToString());
        Assert.Contains("Mae'r dystysgrif hon yn ddilys", await anyone.TextContentAsync("h1"), StringComparison.Ordinal);
        await Axe.AssertAccessibleAsync(anyone);
        await anyone.GotoAsync($"{root}/deiliaid-gwobrau?q=Llanfair");
        Assert.Contains("Ysgol Gynradd Llanfair", await anyone.TextContentAsync("main table"), StringComparison.Ordinal);

        await hq.GotoAsync($"{root}/admin/workflows/instances?Definition=submission");
        await hq.ClickAsync("tbody th a");
        Assert.Equal(7, await hq.Locator("main ol.govuk-list > li").CountAsync() - 1);
        Assert.Equal(1, await hq.Locator("svg[role=img]").CountAsync());
    }

    private async Task<IPage> SignedInAsync(string basePath, string email)
    {
        var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await AccessibilityTests.SignInAsync(page, basePath, email);
        return page;
    }

    // Takes a step and waits for the page that says it was taken.
    private static async Task Notice(IPage page, string button)
    {
        await Task.WhenAll(page.WaitForSelectorAsync(".govuk-notification-banner"), page.ClickAsync(button));
        Assert.Null(await page.QuerySelectorAsync(".govuk-error-summary"));
    }
}
