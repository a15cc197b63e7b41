using Microsoft.Playwright;

namespace Psqm.Browser.Tests;

/// <summary>A hub leader on the bilingual site publishes a webinar in Welsh and English; teachers register in each language.</summary>
[Collection(SharedBrowser.Name)]
public sealed class WebinarBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task HubLeader_PublishesAWebinarInBothLanguages_AndTeachersRegisterForIt()
    {
        var tenant = await site.CreateTenantAsync("cymru");
        var root = tenant.BasePath.Value!.TrimStart('/');
        var start = DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd'T'16:00", System.Globalization.CultureInfo.InvariantCulture);

        await using (var leaderContext = await site.NewContextAsync())
        {
            var leader = await leaderContext.NewPageAsync();
            await AccessibilityTests.SignInAsync(leader, "/" + root, "hubleader@example.org");
            await leader.GotoAsync($"{root}/admin/webinars");
            await leader.ClickAsync("a:has-text('Gweminar neu ddiwrnod hyfforddi newydd')");
            await leader.FillAsync("#Title", "Planhigion yn yr ardd");
            await leader.FillAsync("#Fields_summary", "Syniadau ar gyfer ymholi gyda phlanhigion.");
            await leader.CheckAsync("#Fields_kind");
            await leader.FillAsync("#Fields_presenter", "Arweinydd hyb Gwynedd");
            await leader.FillAsync("#Fields_start", start);
            await leader.FillAsync("#Fields_duration", "45");
            await leader.FillAsync("#Fields_capacity", "30");
            await leader.FillAsync("#Fields_joinLink", "https://meet.example.org/planhigion");
            await leader.ClickAsync("button:has-text('Cadw a chyhoeddi')");
            await leader.WaitForSelectorAsync("text=wedi'i gyhoeddi");

            await leader.ClickAsync("button:has-text('Ysgrifennu\\'r fersiwn Saesneg')");
            await leader.WaitForSelectorAsync("#Title");
            await leader.FillAsync("#Title", "Plants in the garden");
            await leader.FillAsync("#Slug", "plants-in-the-garden");
            await leader.FillAsync("#Fields_summary", "Ideas for enquiry with plants.");
            await leader.ClickAsync("button:has-text('Cadw a chyhoeddi')");
            await leader.WaitForSelectorAsync("text=wedi'i gyhoeddi");

            await leader.GotoAsync($"{root}/admin/webinars");
            Assert.Contains("0 / 30", await leader.TextContentAsync("table tbody"), StringComparison.Ordinal);
        }

        await using var teacherContext = await site.NewContextAsync();
        var teacher = await teacherContext.NewPageAsync();
        await teacher.GotoAsync($"{root}/gweminarau");
        await teacher.ClickAsync("a:has-text('Planhigion yn yr ardd')");
        await teacher.ClickAsync("main form button[type=submit]");
        await teacher.WaitForSelectorAsync(".govuk-error-summary");
        Assert.Contains("Rhowch eich enw", await teacher.TextContentAsync(".govuk-error-summary"), StringComparison.Ordinal);
        await Axe.AssertAccessibleAsync(teacher);

        await teacher.FillAsync("#Input_Name", "Elin Owen");
        await teacher.FillAsync("#Input_Email", "elin@ysgol.example");
        await teacher.FillAsync("#Input_School", "Ysgol Llanrug");
        await teacher.ClickAsync("main form button[type=submit]");
        await teacher.WaitForSelectorAsync(".govuk-panel--confirmation");
        Assert.Equal("Mae gennych le", (await teacher.TextContentAsync(".govuk-panel__title"))!.Trim());
        await Axe.AssertAccessibleAsync(teacher);

        await teacher.ClickAsync("a[hreflang=en]");
        await teacher.WaitForURLAsync($"**/{root}/en/webinars/plants-in-the-garden");
        await teacher.FillAsync("#Input_Name", "Tom Price");
        await teacher.FillAsync("#Input_Email", "tom@school.example");
        await teacher.FillAsync("#Input_School", "Llanrug School");
        await teacher.ClickAsync("main form button[type=submit]");
        await teacher.WaitForSelectorAsync(".govuk-panel--confirmation");
        Assert.Equal("You have a place", (await teacher.TextContentAsync(".govuk-panel__title"))!.Trim());

        var mail = site.Mail(tenant);
        Assert.Contains(mail, m => m.Contains("elin@ysgol.example", StringComparison.Ordinal) && MailText.Subject(m) == "Mae gennych le: Planhigion yn yr ardd");
        var english = Assert.Single(mail, m => m.Contains("tom@school.example", StringComparison.Ordinal));
        Assert.Equal("You have a place: Plants in the garden", MailText.Subject(english));
        ICalendarCheck.Validate(MailText.Attachment(english, "text/calendar")!);

        // The calendar file a teacher downloads from the feed opens the same event.
        var feed = await teacherContext.APIRequest.GetAsync($"{root}/en/calendar.ics");
        Assert.Contains("SUMMARY;LANGUAGE=en:Plants in the garden", ICalendarCheck.Validate(await feed.TextAsync()));
    }
}
