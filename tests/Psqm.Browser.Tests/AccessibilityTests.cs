namespace Psqm.Browser.Tests;

[Collection(SharedBrowser.Name)]
public sealed class AccessibilityTests(BrowserSite site)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/cymru")]
    [InlineData("/cymru/en")]
    [InlineData("/international")]
    [InlineData("/cymru/hygyrchedd")]
    [InlineData("/cymru/en/accessibility")]
    [InlineData("/cymru/preifatrwydd")]
    [InlineData("/privacy")]
    [InlineData("/cymru/cysylltu")]
    [InlineData("/international/contact")]
    [InlineData("/cymru/cyfrif/mewngofnodi")]
    [InlineData("/account/sign-in")]
    [InlineData("/cymru/cyfrif/wedi-anghofio-cyfrinair")]
    [InlineData("/cymru/en/account/reset-password")]
    [InlineData("/no-such-page")]
    [InlineData("/cymru/dim-tudalen")]
    [InlineData("/case-studies")]
    [InlineData("/criteria")]
    [InlineData("/resources")]
    [InlineData("/cymru/adnoddau?format=link")]
    [InlineData("/cymru/adnoddau/cynllunio-ymholi-drwy-r-flwyddyn")]
    [InlineData("/cymru/en/resources/writing-your-action-plan")]
    [InlineData("/cymru/meini-prawf")]
    [InlineData("/criteria?framework=bsqm")]
    [InlineData("/quality-marks")]
    [InlineData("/cymru/marciau-ansawdd")]
    [InlineData("/the-process")]
    [InlineData("/cymru/y-broses")]
    [InlineData("/hubs")]
    [InlineData("/cymru/hybiau")]
    [InlineData("/award-holders")]
    [InlineData("/cymru/deiliaid-gwobrau?q=ysgol")]
    [InlineData("/cymru/en/award-holders?q=nothing-matches")]
    [InlineData("/case-studies?level=outreach&topic=careers")]
    [InlineData("/cymru/astudiaethau-achos")]
    [InlineData("/cymru/en/case-studies")]
    [InlineData("/case-studies/six-schools-one-science-plan")]
    [InlineData("/cymru/astudiaethau-achos/chwe-ysgol-un-cynllun-gwyddoniaeth")]
    [InlineData("/cymru/en/case-studies/talking-like-scientists")]
    [InlineData("/webinars")]
    [InlineData("/cymru/gweminarau")]
    [InlineData("/cymru/gweminarau?when=past")]
    [InlineData("/cymru/gweminarau/asesu-gwyddoniaeth-gynradd-heb-y-gwaith-papur")]
    [InlineData("/cymru/en/webinars/day-1-training-starting-the-quality-mark")]
    [InlineData("/cymru/gweminarau/cyfalaf-gwyddoniaeth-yn-yr-ystafell-ddosbarth")]
    [InlineData("/cymru/gweminarau/canslo/no-such-token")]
    [InlineData("/international/webinars?tz=Asia/Singapore")]
    [InlineData("/international/webinars/working-scientifically-in-the-early-years?tz=Europe/London")]
    [InlineData("/register-interest")]
    [InlineData("/cymru/en/register-interest")]
    [InlineData("/international/register-interest")]
    [InlineData("/cymru/hybiau/cysylltu/abertawe")]
    [InlineData("/hubs/apply")]
    [InlineData("/cymru/en/hubs/apply")]
    [InlineData("/cymru/hybiau/ymgeisio/diolch")]
    [InlineData("/international/hubs")]
    [InlineData("/search")]
    [InlineData("/cymru/gwobrau/gwirio")]
    [InlineData("/awards/verify/ZZZZ-ZZZZ-ZZZZ")]
    [InlineData("/search?q=science&type=CaseStudy&keystage=ks2")]
    [InlineData("/search?q=sceince")]
    [InlineData("/cymru/chwilio?q=gwyddoniaeth")]
    [InlineData("/cymru/chwilio?q=-gwyddoniaeth")]
    [InlineData("/cymru/en/search?q=nothing-matches-this")]
    public async Task PublicPage_HasNoSeriousOrCriticalViolations(string url)
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(url.TrimStart('/'));

        await Axe.AssertAccessibleAsync(page);
    }

    [Theory]
    [InlineData("/cymru", "Rhowch eich cyfeiriad e-bost")]
    [InlineData("", "Enter your email address")]
    public async Task SignInWithErrors_HasNoSeriousOrCriticalViolations(string basePath, string message)
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{basePath}/account/sign-in".TrimStart('/'));
        await page.ClickAsync("main button[type=submit]");

        await page.WaitForSelectorAsync(".govuk-error-summary");
        Assert.Contains(message, await page.TextContentAsync(".govuk-error-summary"), StringComparison.Ordinal);
        await Axe.AssertAccessibleAsync(page);
    }

    [Theory]
    [InlineData("/cymru", "dangosfwrdd")]
    [InlineData("", "admin/tenants")]
    [InlineData("", "admin/tenants/create")]
    [InlineData("", "admin/tenants/International/address")]
    [InlineData("/cymru", "admin/content")]
    [InlineData("/cymru", "admin/content/edit?type=CaseStudy")]
    [InlineData("/cymru", "admin/content/edit?type=Resource")]
    [InlineData("/cymru", "adnoddau/cymedroli-gweithio-n-wyddonol")]
    [InlineData("/cymru", "admin/media")]
    [InlineData("/cymru", "admin/taxonomies")]
    [InlineData("/cymru", "admin/webinars")]
    [InlineData("/cymru", "admin/content/edit?type=Webinar")]
    [InlineData("/cymru", "admin/enquiries", "hq@example.org")]
    [InlineData("/cymru", "admin/enquiries/routing", "hq@example.org")]
    [InlineData("/cymru", "admin/enquiries/person?Email=nobody@example.org", "hq@example.org")]
    [InlineData("/cymru", "admin/search?Text=Mae%27r+gath+yn+yr+ardd&Culture=cy")]
    [InlineData("", "admin/search")]
    [InlineData("/cymru", "admin/users")]
    [InlineData("/cymru", "admin/users?role=HubLeader&status=Active")]
    [InlineData("/cymru", "admin/users/invite")]
    [InlineData("/cymru", "admin/users/audit")]
    [InlineData("/cymru", "admin/outbox")]
    [InlineData("/cymru", "cyfrif")]
    [InlineData("/cymru", "en/account")]
    [InlineData("/cymru", "cyfrif/hysbysiadau", "hubleader@example.org")]
    [InlineData("/cymru", "en/account/notifications")]
    [InlineData("", "account")]
    [InlineData("/cymru", "fy-ysgol", "subjectleader@example.org")]
    [InlineData("/cymru", "en/my-school", "subjectleader@example.org")]
    [InlineData("/cymru", "fy-ysgol/archwiliad", "subjectleader@example.org")]
    [InlineData("/cymru", "en/my-school/audit", "subjectleader@example.org")]
    [InlineData("/cymru", "fy-ysgol/cynllun-gweithredu", "subjectleader@example.org")]
    [InlineData("/cymru", "en/my-school/action-plan", "subjectleader@example.org")]
    [InlineData("/cymru", "fy-ysgol/tystiolaeth", "subjectleader@example.org")]
    [InlineData("/cymru", "en/my-school/evidence", "subjectleader@example.org")]
    [InlineData("/cymru", "fy-ysgol/myfyrdodau", "subjectleader@example.org")]
    [InlineData("/cymru", "en/my-school/reflections", "subjectleader@example.org")]
    [InlineData("/cymru", "fy-ysgol/negeseuon", "subjectleader@example.org")]
    [InlineData("/cymru", "en/my-school/messages", "subjectleader@example.org")]
    [InlineData("/cymru", "fy-hyb", "hubleader@example.org")]
    [InlineData("/cymru", "en/my-hub", "hubleader@example.org")]
    [InlineData("/cymru", "fy-hyb/ysgolion/2", "hubleader@example.org")]
    [InlineData("/cymru", "en/my-hub/schools/2", "hubleader@example.org")]
    [InlineData("/cymru", "fy-hyb/ysgolion/3/cynllun-gweithredu", "hubleader@example.org")]
    [InlineData("/cymru", "en/my-hub/schools/3/action-plan", "hubleader@example.org")]
    [InlineData("/cymru", "fy-hyb/ysgolion/1/tystiolaeth", "hubleader@example.org")]
    [InlineData("/cymru", "en/my-hub/schools/3/reflections", "hubleader@example.org")]
    [InlineData("/cymru", "fy-hyb/ysgolion/1/negeseuon", "hubleader@example.org")]
    [InlineData("", "admin/programme", "hq@example.org")]
    [InlineData("/cymru", "admin/programme", "hq@example.org")]
    [InlineData("/cymru", "admin/programme/schools?Hub=gwynedd-mon", "hq@example.org")]
    [InlineData("/cymru", "admin/programme/rounds/2", "hq@example.org")]
    [InlineData("/cymru", "admin/programme/enrol", "hq@example.org")]
    [InlineData("/cymru", "admin/programme/rounds/2/progress", "hq@example.org")]
    [InlineData("/cymru", "en/admin/programme/rounds/2/progress", "hq@example.org")]
    [InlineData("/cymru", "admin/programme/payments", "hq@example.org")]
    [InlineData("/cymru", "admin/programme/rounds/2/outcomes", "hq@example.org")]
    [InlineData("/cymru", "en/admin/programme/rounds/2/outcomes", "hq@example.org")]
    [InlineData("/cymru", "admin/programme/rounds/2/hub-payments", "hq@example.org")]
    [InlineData("/cymru", "en/admin/programme/settings", "hq@example.org")]
    [InlineData("/cymru", "admin/programme/settings", "hq@example.org")]
    [InlineData("/cymru", "en/admin/programme/applications", "hq@example.org")]
    [InlineData("/cymru", "admin/programme/applications?State=all", "hq@example.org")]
    [InlineData("/cymru", "admin/programme/applications/1", "hq@example.org")]
    [InlineData("/cymru", "en/admin/programme/applications/1", "hq@example.org")]
    [InlineData("", "admin/programme/applications/1", "hq@example.org")]
    [InlineData("/cymru", "en/admin/programme/rounds/2/reviews", "hq@example.org")]
    [InlineData("/cymru", "admin/programme/import", "hq@example.org")]
    [InlineData("", "admin/programme/enrol", "hq@example.org")]
    [InlineData("/cymru", "fy-ysgol/cyflwyniad", "subjectleader@example.org")]
    [InlineData("/cymru", "en/my-school/submission", "subjectleader@example.org")]
    [InlineData("/cymru", "admin/workflows")]
    [InlineData("/cymru", "en/admin/workflows")]
    [InlineData("/cymru", "admin/workflows/instances")]
    [InlineData("/cymru", "fy-hyb/adolygiadau", "hubleader2@example.org")]
    [InlineData("/cymru", "en/my-hub/reviews", "hubleader2@example.org")]
    [InlineData("", "my-hub", "assessor@example.org")]
    [InlineData("", "my-hub/schools/8", "assessor@example.org")]
    [InlineData("", "my-hub/schools/8", "hq@example.org")]
    public async Task SignedInPage_HasNoSeriousOrCriticalViolations(string basePath, string path, string email = "administrator@example.org")
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, basePath, email);
        await page.GotoAsync($"{basePath}/{path}".TrimStart('/'));

        await Axe.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task ASubmissionsTimeline_WithItsDiagram_HasNoSeriousOrCriticalViolations_InEitherLanguage()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, "/cymru", "subjectleader@example.org");
        await page.GotoAsync("cymru/fy-ysgol/cyflwyniad");
        await using var admin = await site.NewContextAsync();
        var hq = await admin.NewPageAsync();
        await SignInAsync(hq, "/cymru", "hq@example.org");
        await hq.GotoAsync("cymru/admin/workflows/instances?Definition=submission");
        var href = await hq.Locator("tbody th a").First.GetAttributeAsync("href");

        foreach (var path in new[] { href!, href!.Replace("/cymru/admin/", "/cymru/en/admin/", StringComparison.Ordinal) })
        {
            await hq.GotoAsync(path.TrimStart('/'));
            await Axe.AssertAccessibleAsync(hq);
        }
    }

    [Fact]
    public async Task Checker_OnAPageWithAnUnlabelledField_ReportsIt()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync("<!DOCTYPE html><html lang=en><head><title>t</title></head><body><main><input type=text></main></body></html>");

        Assert.Contains(await Axe.ViolationsAsync(page), v => v.Contains("label", StringComparison.Ordinal));
    }

    internal static async Task SignInAsync(Microsoft.Playwright.IPage page, string basePath, string email)
    {
        await page.GotoAsync($"{basePath}/account/sign-in".TrimStart('/'));
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", PsqmFactory.Password);
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForSelectorAsync(".psqm-header__signout");
    }
}
