using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Tenancy;
using Psqm.Modules.Programme.Data;

namespace Psqm.Web.Tests;

/// <summary>A school's year: the subject leader's audit and proposal, the hub leader's confirmation, and who sees what.</summary>
[Collection(SharedSite.Name)]
public sealed class ProgrammeTests(PsqmFactory factory) : IAsyncLifetime
{
    private Tenant? _wales;
    private Tenant? _england;

    // Each test has tenants of its own; only those it names are set up.
    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<Tenant> England() => _england ??= await factory.CreateTenantAsync("england");

    private async Task<Tenant> Wales() => _wales ??= await factory.CreateTenantAsync("cymru");

    [Fact]
    public async Task TheSubjectLeader_SeesTheirSchoolsYear_InWelsh()
    {
        await Wales();
        var client = factory.CreateClient();
        await client.SignInAsync(_wales!.BasePath.Value!, Accounts.Demo("SubjectLeader"));

        var page = await client.GetPageAsync($"{_wales!.BasePath}/fy-ysgol");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal("Ysgol Gynradd Llanfair", page.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("Rownd 31 - Hydref 2026-2027", page.Text, StringComparison.Ordinal);
        Assert.Matches(@"\d+ o 13 maen prawf wedi'u graddio", page.Text);
        Assert.Equal($"{_wales!.BasePath}/en/my-school", page.Document.QuerySelector("a[hreflang=en]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task AnAuditRatedInFull_SuggestsALevel_TheSchoolProposesIt_AndTheHubLeaderConfirmsAnotherWithAReason()
    {
        await England();
        var school = factory.CreateClient();
        await school.SignInAsync(_england!.BasePath.Value!, Accounts.Demo("SubjectLeader"));
        var audit = await school.GetPageAsync($"{_england!.BasePath}/my-school/audit");
        var criteria = audit.Document.QuerySelectorAll("input[name$='.CriterionId']").Select(i => i.GetAttribute("name")!).ToList();
        Assert.Equal(13, criteria.Count);

        var values = criteria.ToDictionary(n => n.Replace("CriterionId", "Rating", StringComparison.Ordinal), _ => "Embedded");
        values[criteria[0].Replace("CriterionId", "Note", StringComparison.Ordinal)] = "Science week every March, led by pupils.";
        var saved = await school.SubmitAsync(audit, values, "form#audit");
        Assert.Contains("ratings saved.", saved.Text, StringComparison.Ordinal);
        Assert.Contains("Your audit suggests PSQM Gilt as your target level.", saved.Text, StringComparison.Ordinal);
        Assert.Equal("Science week every March, led by pupils.", saved.Document.QuerySelector("#Input_0_Note")!.TextContent);

        var again = await school.SubmitAsync(saved, new Dictionary<string, string>(), "form#audit");
        Assert.Contains("Nothing had changed since you last saved.", again.Text, StringComparison.Ordinal);

        var proposed = await school.SubmitAsync(again, new Dictionary<string, string> { ["Proposed"] = "gilt" }, "form[action='?handler=Propose']");
        Assert.Contains("You proposed PSQM Gilt", proposed.Text, StringComparison.Ordinal);

        var hub = factory.CreateClient();
        await hub.SignInAsync(_england!.BasePath.Value!, Accounts.Demo("HubLeader"));
        var list = await hub.GetPageAsync($"{_england!.BasePath}/my-hub");
        var row = list.Document.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains("Oakfield Primary School", StringComparison.Ordinal));
        Assert.Contains("To confirm", row.TextContent, StringComparison.Ordinal);
        var detail = await hub.GetPageAsync(row.QuerySelector("a")!.GetAttribute("href")!);

        var refused = await hub.SubmitAsync(detail, new Dictionary<string, string> { ["Level"] = "psqm", ["Reason"] = "" }, "form[action='?handler=Confirm']");
        Assert.Contains("Say why the school should work to a level other than the one it proposed", refused.Document.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);

        var confirmed = await hub.SubmitAsync(refused, new Dictionary<string, string> { ["Level"] = "psqm", ["Reason"] = "Gilt next year: first embed the new assessment." }, "form[action='?handler=Confirm']");
        Assert.Contains("Oakfield Primary School will work towards PSQM.", confirmed.Text, StringComparison.Ordinal);

        var year = await school.GetPageAsync($"{_england!.BasePath}/my-school");
        Assert.Contains("PSQM, confirmed by your hub leader", year.Text, StringComparison.Ordinal);
        var locked = await school.GetPageAsync($"{_england!.BasePath}/my-school/audit");
        Assert.Contains("Gilt next year: first embed the new assessment.", locked.Text, StringComparison.Ordinal);
        Assert.Null(locked.Document.QuerySelector("form[action='?handler=Propose']"));
    }

    [Fact]
    public async Task ConfirmingALevel_ThatSomeoneChangedMeanwhile_IsRefusedAndSaysSo()
    {
        await England();
        var hub = factory.CreateClient();
        await hub.SignInAsync(_england!.BasePath.Value!, Accounts.Demo("HubLeader"));
        var id = await EnrolmentIdAsync(_england!, "Meadowbank Primary School");
        var stale = await hub.GetPageAsync($"{_england!.BasePath}/my-hub/schools/{id}");
        await factory.InTenantAsync(_england!, async s =>
        {
            var db = s.GetRequiredService<ProgrammeDbContext>();
            var enrolment = await db.Enrolments.SingleAsync(e => e.Id == id);
            (enrolment.ProposedLevel, enrolment.Version) = ("outreach", Guid.NewGuid());
            return await db.SaveChangesAsync();
        });

        var page = await hub.SubmitAsync(stale, new Dictionary<string, string> { ["Level"] = "gilt" }, "form[action='?handler=Confirm']");

        Assert.True(page.Text.Contains("The school's level was changed while you were looking at it.", StringComparison.Ordinal), $"{(int)page.Response.StatusCode} {page.Url}: {System.Text.RegularExpressions.Regex.Replace(page.Document.QuerySelector("main")?.TextContent ?? "", @"\s+", " ")}");
        Assert.Null(await factory.InTenantAsync(_england!, s => s.GetRequiredService<ProgrammeDbContext>().Enrolments.Where(e => e.Id == id).Select(e => e.ConfirmedLevel).SingleAsync()));
    }

    [Fact]
    public async Task ARatingForACriterionOfAnotherLevel_IsRefused_AndNothingIsSaved()
    {
        await England();
        var school = factory.CreateClient();
        await school.SignInAsync(_england!.BasePath.Value!, Accounts.Demo("SubjectLeader"));
        var audit = await school.GetPageAsync($"{_england!.BasePath}/my-school/audit");
        var before = await RatingsAsync(_england!, "Oakfield Primary School");

        var page = await school.SubmitAsync(audit, new Dictionary<string, string> { ["Input[0].CriterionId"] = "999999", ["Input[0].Rating"] = "Embedded", ["Input[1].Rating"] = "7" }, "form#audit");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains("This criterion is not part of the level you are auditing.", page.Document.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await RatingsAsync(_england!, "Oakfield Primary School"));
    }

    [Theory]
    [InlineData("SubjectLeader", "/my-hub", HttpStatusCode.Forbidden)]
    [InlineData("SubjectLeader", "/admin/programme", HttpStatusCode.Forbidden)]
    [InlineData("HubLeader", "/admin/programme", HttpStatusCode.Forbidden)]
    [InlineData("HubLeader", "/my-school", HttpStatusCode.Forbidden)]
    [InlineData("Editor", "/my-hub", HttpStatusCode.Forbidden)]
    [InlineData("HQ", "/admin/programme", HttpStatusCode.OK)]
    public async Task ProgrammePages_OpenOnlyToTheirRoles(string role, string path, HttpStatusCode expected)
    {
        await England();
        var client = factory.CreateClient();
        await client.SignInAsync(_england!.BasePath.Value!, Accounts.Demo(role));

        var page = await client.GetPageAsync(_england!.BasePath + path);

        Assert.Equal(expected, page.Response.StatusCode);
    }

    [Fact]
    public async Task AHubLeader_SeesOnlyTheirHubsSchools_AndAnotherHubsSchoolIsNotFound()
    {
        await England();
        var hub = factory.CreateClient();
        await hub.SignInAsync(_england!.BasePath.Value!, Accounts.Demo("HubLeader"));
        var bristol = await EnrolmentIdAsync(_england!, "Hillside Primary School");

        var list = await hub.GetPageAsync($"{_england!.BasePath}/my-hub");
        var other = await hub.GetAsync(new Uri($"{_england!.BasePath}/my-hub/schools/{bristol}", UriKind.Relative));

        Assert.Contains("Oakfield Primary School", list.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hillside Primary School", list.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);

        var secondHub = factory.CreateClient();
        await secondHub.SignInAsync(_england!.BasePath.Value!, "hubleader2@example.org");
        var theirs = await secondHub.GetPageAsync($"{_england!.BasePath}/my-hub");
        Assert.Contains("Hillside Primary School", theirs.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Oakfield Primary School", theirs.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherTenantsSchool_IsNotFound_EvenForHQ()
    {
        await Wales();
        await England();
        var hq = factory.CreateClient();
        await hq.SignInAsync(_wales!.BasePath.Value!, Accounts.Demo("HQ"));
        var englishId = await EnrolmentIdAsync(_england!, "Hillside Primary School");
        var welshIds = await factory.InTenantAsync(_wales!, s => s.GetRequiredService<ProgrammeDbContext>().Enrolments.Select(e => e.Id).ToListAsync());

        var response = await hq.GetAsync(new Uri($"{_wales!.BasePath}/fy-hyb/ysgolion/{welshIds.Max() + englishId + 100}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task HQ_SeesEveryRound_WithItsSchoolsCountedAtEachStage()
    {
        await England();
        var hq = factory.CreateClient();
        await hq.SignInAsync(_england!.BasePath.Value!, Accounts.Demo("HQ"));

        var page = await hq.GetPageAsync($"{_england!.BasePath}/admin/programme");

        var row = page.Document.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains("Round 31 - Autumn 2026-2027", StringComparison.Ordinal));
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray();
        Assert.Equal(["6", "2", "5", "3", "1"], cells[..5]);
        Assert.EndsWith("/admin/programme/rounds/3/progress", row.QuerySelector("a[href$='/progress']")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("Round 30 - Spring 2025-2026", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRoundsCalendar_IsOneAllDayEventPerMilestone_ForItsAudience_InThePagesLanguage()
    {
        await Wales();
        var client = factory.CreateClient();
        await client.SignInAsync(_wales!.BasePath.Value!, Accounts.Demo("SubjectLeader"));
        var year = await client.GetPageAsync($"{_wales!.BasePath}/fy-ysgol");
        var href = year.Document.QuerySelectorAll("a[href$='.ics?for=schools']").Single().GetAttribute("href")!;

        var welsh = await factory.CreateClient().GetAsync(new Uri(href, UriKind.Relative));
        var english = await factory.CreateClient().GetStringAsync(new Uri($"{_wales!.BasePath}/en/rounds/2/calendar.ics?for=hub-leaders", UriKind.Relative));
        var text = await welsh.Content.ReadAsStringAsync();

        Assert.Equal("text/calendar", welsh.Content.Headers.ContentType!.MediaType);
        ICalendarCheck.Validate(text);
        var calendar = Ical.Net.Calendar.Load(text)!;
        Assert.Equal(7, calendar.Events.Count);
        var dayOne = calendar.Events.Single(e => e.Summary == "Diwrnod hyfforddi 1 (sesiwn 1)");
        Assert.Equal((2026, 9, 15, false), (dayOne.DtStart!.Year, dayOne.DtStart.Month, dayOne.DtStart.Day, dayOne.DtStart.HasTime));
        Assert.Equal(5, Ical.Net.Calendar.Load(english)!.Events.Count);
        Assert.Contains("Confirm target levels", english, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(new Uri($"{_wales!.BasePath}/rounds/9999/calendar.ics", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("?Q=oak", new[] { "Oakfield Primary School" })]
    [InlineData("?Q=123459", new[] { "Hillside Primary School" })]
    [InlineData("?Hub=north-staffordshire&Q=Leek", new[] { "St Chad's CE Primary School" })]
    [InlineData("?Q=100%25_", new string[0])]
    public async Task HQ_FindsSchools_ByNameIdentifierTownAndHub(string query, string[] expected)
    {
        await England();
        var hq = factory.CreateClient();
        await hq.SignInAsync(_england!.BasePath.Value!, Accounts.Demo("HQ"));

        var page = await hq.GetPageAsync($"{_england!.BasePath}/admin/programme/schools{query}");

        Assert.Equal(expected, page.Document.QuerySelectorAll("tbody th a").Select(a => a.TextContent.Trim()));
        if (expected.Length == 0)
        {
            Assert.Contains("No school matches.", page.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task HQ_MovesARoundsDates_AndTheCalendarsFollow_WhileABadDateIsRefusedAndNothingSaved()
    {
        await England();
        var hq = factory.CreateClient();
        await hq.SignInAsync(_england!.BasePath.Value!, Accounts.Demo("HQ"));
        var form = await hq.GetPageAsync($"{_england!.BasePath}/admin/programme/rounds/3");

        var refused = await hq.SubmitAsync(form, new Dictionary<string, string> { ["Dates[day-1]"] = "2026-02-30", ["Dates[audit]"] = "2026-10-20" });
        Assert.Contains("Enter a date within the round for Day 1 training (session 1)", refused.Document.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2026-02-30", refused.Document.QuerySelector("#Dates_day-1")!.GetAttribute("value"));

        var saved = await hq.SubmitAsync(refused, new Dictionary<string, string> { ["Dates[day-1]"] = "2026-09-22" });
        Assert.Contains("The dates are saved.", saved.Text, StringComparison.Ordinal);
        var calendar = Ical.Net.Calendar.Load(await factory.CreateClient().GetStringAsync(new Uri($"{_england!.BasePath}/rounds/3/calendar.ics", UriKind.Relative)))!;
        Assert.Equal(22, calendar.Events.Single(e => e.Summary == "Day 1 training (session 1)").DtStart!.Day);
        Assert.Equal(20, calendar.Events.Single(e => e.Summary == "Audit and choice of level").DtStart!.Day);

        var stale = await hq.SubmitAsync(form, new Dictionary<string, string> { ["Dates[day-1]"] = "2026-09-01" });
        Assert.Contains("Someone else changed this round's dates", stale.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheHubLeader_LogsMentoring_AgainstTheYearsAllowance_AndBadEntriesAreRefused()
    {
        await England();
        var hub = factory.CreateClient();
        await hub.SignInAsync(_england!.BasePath.Value!, Accounts.Demo("HubLeader"));
        var id = await EnrolmentIdAsync(_england!, "Oakfield Primary School");
        var page = await hub.GetPageAsync($"{_england!.BasePath}/my-hub/schools/{id}");
        Assert.Contains("0 of 4 hours used this year.", page.Text, StringComparison.Ordinal);

        var refused = await hub.SubmitAsync(page, new Dictionary<string, string> { ["Session.Minutes"] = "lots", ["Session.Date"] = "2999-01-01", ["Session.Notes"] = "Kept" }, "form[action='?handler=Log']");
        var summary = refused.Document.QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("Enter how long it took in minutes, from 5 to 600", summary, StringComparison.Ordinal);
        Assert.Contains("Enter the date of the session, today or earlier", summary, StringComparison.Ordinal);
        Assert.Contains("Choose how you met", summary, StringComparison.Ordinal);
        Assert.Equal("Kept", refused.Document.QuerySelector("#Session_Notes")!.TextContent);

        page = await hub.SubmitAsync(page, new Dictionary<string, string> { ["Session.Minutes"] = "90", ["Session.Mode"] = "Online", ["Session.Notes"] = "Audit walk-through." }, "form[action='?handler=Log']");
        page = await hub.SubmitAsync(page, new Dictionary<string, string> { ["Session.Minutes"] = "200", ["Session.Mode"] = "InPerson" }, "form[action='?handler=Log']");

        Assert.Contains("4.8 of 4 hours used this year.", page.Text, StringComparison.Ordinal);
        Assert.Contains("more mentoring than the year's allowance", page.Text, StringComparison.Ordinal);
        Assert.Contains("Audit walk-through.", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HQ_EnrolsASchoolDirectly_InvitingItsSubjectLeader_AndAKnownSchoolIsNotAddedTwice()
    {
        await Wales();
        var hq = factory.CreateClient();
        await hq.SignInAsync(_wales!.BasePath.Value!, Accounts.Demo("HQ"));
        var form = await hq.GetPageAsync($"{_wales!.BasePath}/admin/programme/enrol");

        var refused = await hq.SubmitAsync(form, new Dictionary<string, string> { ["Input.SchoolName"] = "Ysgol Bro Idris", ["Input.Fee"] = "lots", ["Input.Pupils"] = "99999999999999999999" });
        var errors = refused.Document.QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("Rhowch y ffi fel rhif", errors, StringComparison.Ordinal);
        Assert.Contains("Dewiswch hyb yr ysgol", errors, StringComparison.Ordinal);
        Assert.Equal("Ysgol Bro Idris", refused.Document.QuerySelector("#Input_SchoolName")!.GetAttribute("value"));

        var fields = new Dictionary<string, string>
        {
            ["Input.SchoolName"] = "Ysgol Bro Idris", ["Input.Identifier"] = "6614999", ["Input.Town"] = "Dolgellau", ["Input.Pupils"] = "180", ["Input.Hub"] = "gwynedd-mon",
            ["Input.ContactName"] = "Osian Prys", ["Input.ContactEmail"] = "osian@broidris.example", ["Input.Culture"] = "cy-GB",
            ["Input.Round"] = "autumn-2026", ["Input.Kind"] = "Full", ["Input.Fee"] = "750",
        };
        var done = await hq.SubmitAsync(refused, fields);
        Assert.Contains("Mae Ysgol Bro Idris wedi'i chofrestru.", done.Text, StringComparison.Ordinal);
        var again = await hq.SubmitAsync(await hq.GetPageAsync($"{_wales!.BasePath}/admin/programme/enrol"), fields);
        Assert.Contains("eisoes wedi'i chofrestru", again.Text, StringComparison.Ordinal);

        var count = await factory.InTenantAsync(_wales!, s => s.GetRequiredService<ProgrammeDbContext>().Enrolments.CountAsync(e => e.School.Identifier == "6614999" && e.Round.Number == 31 && e.Fee == 750m));
        Assert.Equal(1, count);
        Assert.Single(factory.Mail(_wales!), m => m.Contains("To: osian@broidris.example", StringComparison.Ordinal) && MailText.Subject(m).StartsWith("Eich cyfrif", StringComparison.Ordinal));
    }

    private Task<int> EnrolmentIdAsync(Tenant tenant, string school) =>
        factory.InTenantAsync(tenant, s => s.GetRequiredService<ProgrammeDbContext>().Enrolments.Where(e => e.School.Name == school).Select(e => e.Id).SingleAsync());

    private Task<int> RatingsAsync(Tenant tenant, string school) =>
        factory.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<ProgrammeDbContext>();
            var id = await db.Enrolments.Where(e => e.School.Name == school).Select(e => e.Id).SingleAsync();
            return await db.Ratings.CountAsync(r => r.EnrolmentId == id);
        });
}
