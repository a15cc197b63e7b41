namespace Psqm.Browser.Tests;

/// <summary>
/// The two smaller processes in a real browser, in Welsh: a hub leader's resource for the whole site reviewed by an
/// editor, and an application to lead a hub accepted by HQ; each page checked with axe on the way.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ReviewProcessesBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task AHubLeadersResourceForTheWholeSite_IsReturnedByAnEditor_SentAgain_AndPublished()
    {
        var tenant = await site.CreateTenantAsync("cymru");
        var root = tenant.BasePath.Value!.TrimStart('/');

        await using (var leaderContext = await site.NewContextAsync())
        {
            var leader = await leaderContext.NewPageAsync();
            await AccessibilityTests.SignInAsync(leader, "/" + root, "hubleader@example.org");
            await leader.GotoAsync($"{root}/admin/content/edit?type=Resource");
            await leader.FillAsync("#Title", "Ymholi gyda chysgodion");
            await leader.FillAsync("#Fields_summary", "Gweithgareddau i Flwyddyn 3.");
            await leader.CheckAsync("input[name='Fields.format'][value=link]");
            await leader.FillAsync("#Fields_link", "https://example.org/cysgodion");
            await leader.CheckAsync("#Fields_access");
            await leader.FillAsync("#Fields_date", "2026-11-20");
            await leader.SelectOptionAsync("#Fields_hub", "");
            await leader.FillAsync("#ReviewNote", "I bob ysgol yng Nghymru.");
            await leader.ClickAsync("button:has-text('Cadw ac anfon i\\'w adolygu')");
            await leader.WaitForSelectorAsync("text=Yn aros am olygydd");
            await Axe.AssertAccessibleAsync(leader);
        }

        await using var editorContext = await site.NewContextAsync();
        var editor = await editorContext.NewPageAsync();
        await AccessibilityTests.SignInAsync(editor, "/" + root, "editor@example.org");
        await editor.GotoAsync($"{root}/admin/content?waiting=true");
        await editor.ClickAsync("a:has-text('Ymholi gyda chysgodion')");
        await editor.WaitForSelectorAsync("#review-heading");
        await Axe.AssertAccessibleAsync(editor);

        await editor.ClickAsync("button:has-text('Dychwelyd gydag adborth')");
        await editor.WaitForSelectorAsync(".govuk-error-summary");
        await Axe.AssertAccessibleAsync(editor);
        await editor.FillAsync("#ReviewNote", "Ychwanegwch nodyn diogelwch am y lamp.");
        await editor.ClickAsync("button:has-text('Dychwelyd gydag adborth')");
        await editor.WaitForSelectorAsync("text=Dychwelwyd gydag adborth");

        await using (var leaderContext = await site.NewContextAsync())
        {
            var leader = await leaderContext.NewPageAsync();
            await AccessibilityTests.SignInAsync(leader, "/" + root, "hubleader@example.org");
            await leader.GotoAsync($"{root}/cyfrif/hysbysiadau");
            await leader.ClickAsync("a:has-text('Ymholi gyda chysgodion')");
            await leader.WaitForSelectorAsync("text=Ychwanegwch nodyn diogelwch am y lamp.");
            await leader.FillAsync("#Fields_summary", "Gweithgareddau i Flwyddyn 3. Peidiwch â chyffwrdd â'r lamp boeth.");
            await leader.ClickAsync("button:has-text('Cadw ac anfon i\\'w adolygu')");
            await leader.WaitForSelectorAsync("text=Yn aros am olygydd");
        }

        await editor.GotoAsync($"{root}/admin/content?waiting=true");
        await editor.ClickAsync("a:has-text('Ymholi gyda chysgodion')");
        await editor.ClickAsync("button:has-text('Cyhoeddi\\'r fersiwn hon')");
        await editor.WaitForSelectorAsync("text=Cyhoeddwyd gan olygydd");

        await using var teacherContext = await site.NewContextAsync();
        var teacher = await teacherContext.NewPageAsync();
        var response = await teacher.GotoAsync($"{root}/adnoddau/ymholi-gyda-chysgodion");
        Assert.Equal(200, response!.Status);
        Assert.Contains("lamp boeth", await teacher.TextContentAsync("main"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnApplicantAppliesInWelshByKeyboard_AndHqAcceptsThemForAHub()
    {
        var tenant = await site.CreateTenantAsync("cymru");
        var root = tenant.BasePath.Value!.TrimStart('/');

        await using (var applicantContext = await site.NewContextAsync())
        {
            var applicant = await applicantContext.NewPageAsync();
            await applicant.GotoAsync($"{root}/hybiau");
            await applicant.ClickAsync("a:has-text('Gwneud cais i arwain hyb')");
            await applicant.WaitForURLAsync($"**/{root}/hybiau/ymgeisio");
            await Axe.AssertAccessibleAsync(applicant);

            await applicant.ClickAsync("main form button[type=submit]");
            await applicant.WaitForSelectorAsync(".govuk-error-summary");
            await Axe.AssertAccessibleAsync(applicant);

            await applicant.FillAsync("#Input_Name", "Gwenllian Jones");
            await applicant.FillAsync("#Input_Email", "gwenllian@ysgol.example");
            await applicant.FillAsync("#Input_Organisation", "Ysgol Gynradd Pen-y-Bryn");
            await applicant.CheckAsync("#Input_Teacher");
            await applicant.SelectOptionAsync("#Input_Hub", "gwynedd-mon");
            for (var point = 1; point <= 7; point++)
            {
                await applicant.FillAsync($"#Input_Answers_{point}_", $"Tystiolaeth ar gyfer pwynt {point}.");
            }

            // The last field and the button by keyboard alone.
            await applicant.FocusAsync("#Input_Answers_7_");
            await applicant.Keyboard.PressAsync("Tab");
            await applicant.Keyboard.PressAsync("Enter");
            await applicant.WaitForSelectorAsync(".govuk-panel--confirmation");
            Assert.Equal("Cais wedi dod i law", (await applicant.TextContentAsync(".govuk-panel__title"))!.Trim());
            await Axe.AssertAccessibleAsync(applicant);

            await applicant.ClickAsync("a[hreflang=en]");
            await applicant.WaitForURLAsync($"**/{root}/en/hubs/apply/thanks");
        }

        await using var hqContext = await site.NewContextAsync();
        var hq = await hqContext.NewPageAsync();
        await AccessibilityTests.SignInAsync(hq, "/" + root, "hq@example.org");
        await hq.GotoAsync($"{root}/admin/programme/applications");
        await Axe.AssertAccessibleAsync(hq);
        await hq.ClickAsync("a:has-text('Gwenllian Jones')");
        await hq.WaitForSelectorAsync("text=Tystiolaeth ar gyfer pwynt 7.");
        await Axe.AssertAccessibleAsync(hq);
        await hq.ClickAsync("button:has-text('Derbyn ar gyfer yr hyb hwn')");
        await hq.WaitForSelectorAsync("text=Wedi'i dderbyn");

        Assert.Contains(site.Mail(tenant), m => m.Contains("To: gwenllian@ysgol.example", StringComparison.Ordinal) && MailText.Subject(m).Contains("Gwynedd a Môn", StringComparison.Ordinal));
    }
}
