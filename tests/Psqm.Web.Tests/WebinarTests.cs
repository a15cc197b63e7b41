using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Tenancy;
using Psqm.Modules.Webinars;
using Psqm.Modules.Webinars.Data;
using Psqm.Modules.Webinars.Services;

namespace Psqm.Web.Tests;

[Collection(SharedSite.Name)]
public sealed class WebinarTests(PsqmFactory factory) : IAsyncLifetime
{
    private const string EarlyYears = "gweithio-n-wyddonol-yn-y-blynyddoedd-cynnar";
    private const string Assessment = "asesu-gwyddoniaeth-gynradd-heb-y-gwaith-papur";
    private const string Past = "cyfalaf-gwyddoniaeth-yn-yr-ystafell-ddosbarth";

    private Tenant _tenant = null!;

    private string Base => _tenant.BasePath.Value!;

    public async Task InitializeAsync() => _tenant = await factory.CreateTenantAsync("cymru");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Registering_SendsAWelshEmail_WithAValidCalendarFileAndACancelLink()
    {
        var page = await RegisterAsync(EarlyYears, "Nia Jones", "nia@ysgol.example", "Ysgol y Llan");

        Assert.Equal("Mae gennych le", page.Document.QuerySelector(".govuk-panel__title")!.TextContent.Trim());
        var mail = MailTo("nia@ysgol.example");
        Assert.StartsWith("Mae gennych le: Gweithio'n wyddonol", MailText.Subject(mail), StringComparison.Ordinal);
        var body = MailText.Decode(mail);
        Assert.Contains("https://meet.example.org/psqm/enquiry-early-years", body, StringComparison.Ordinal);
        Assert.Matches($@"http://localhost{Base}/gweminarau/canslo/[A-Za-z0-9_-]+", body);
        Assert.Contains("(amser y DU)", body, StringComparison.Ordinal);
        var calendar = ICalendarCheck.Validate(MailText.Attachment(mail, "text/calendar")!);
        Assert.Contains(calendar, l => l.StartsWith("DTSTART;TZID=Europe/London:", StringComparison.Ordinal));
        Assert.Contains(calendar, l => l.StartsWith("SUMMARY;LANGUAGE=cy:Gweithio'n wyddonol", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheSameAddress_CannotTakeTwoPlaces_AndIsAnsweredAsANewRegistrationWouldBe()
    {
        var first = await RegisterAsync(EarlyYears, "Siôn", "sion@ysgol.example", "Ysgol Bryn");
        var again = await RegisterAsync(EarlyYears, "Siôn eto", "SION@ysgol.example ", "Ysgol Bryn");

        // The page tells nothing of who has registered; the address's owner gets their registration again.
        Assert.Equal(first.Document.QuerySelector(".govuk-notification-banner, .govuk-panel")?.TextContent, again.Document.QuerySelector(".govuk-notification-banner, .govuk-panel")?.TextContent);
        Assert.Null(again.Document.QuerySelector(".govuk-error-summary"));
        Assert.Equal(1, await CountAsync(r => r.NormalizedEmail == "SION@YSGOL.EXAMPLE"));
        Assert.Equal(2, factory.Mail(_tenant).Count(m => m.Contains("To: sion@ysgol.example", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task AFullWebinar_OffersTheWaitingList_AndACancellationGivesThePlaceToTheFirstWaiting()
    {
        for (var i = 1; i <= 3; i++)
        {
            await RegisterAsync(Assessment, $"Athro {i}", $"athro{i}@ysgol.example", "Ysgol Gynradd");
        }

        var full = await factory.CreateClient().GetPageAsync($"{Base}/gweminarau/{Assessment}");
        Assert.Contains("Llawn", full.Text, StringComparison.Ordinal);
        Assert.Equal("Ymuno â'r rhestr aros", full.Document.QuerySelector("main form button")!.TextContent.Trim());

        var waiting = await RegisterAsync(Assessment, "Athro 4", "athro4@ysgol.example", "Ysgol Gynradd");
        Assert.Equal("Rydych ar y rhestr aros", waiting.Document.QuerySelector(".govuk-panel__title")!.TextContent.Trim());
        Assert.Null(MailText.Attachment(MailTo("athro4@ysgol.example"), "text/calendar"));

        var client = factory.CreateClient();
        var cancelLink = System.Text.RegularExpressions.Regex.Match(MailText.Decode(MailTo("athro1@ysgol.example")), @"http://localhost(\S+/canslo/\S+)").Groups[1].Value;
        var ask = await client.GetPageAsync(cancelLink);
        Assert.Equal("Canslo eich lle?", ask.Document.QuerySelector("h1")!.TextContent.Trim());
        var done = await client.SubmitAsync(ask, new Dictionary<string, string>());

        Assert.Equal("Mae eich cofrestriad wedi'i ganslo", done.Document.QuerySelector("h1")!.TextContent.Trim());
        var offered = factory.Mail(_tenant).Single(m => m.Contains("athro4@ysgol.example", StringComparison.Ordinal) && MailText.Subject(m).StartsWith("Mae lle ar gael", StringComparison.Ordinal));
        ICalendarCheck.Validate(MailText.Attachment(offered, "text/calendar")!);
        Assert.Equal(3, await CountAsync(r => r.Status == RegistrationStatus.Registered && r.Email.StartsWith("athro")));
        Assert.Equal(0, await CountAsync(r => r.Status == RegistrationStatus.Waiting && r.Email.StartsWith("athro")));

        var twice = await client.GetPageAsync(cancelLink);
        Assert.Equal("Mae'r cofrestriad hwn eisoes wedi'i ganslo", twice.Document.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task RegistrationsAtOnce_NeverTakeMoreThanTheCapacity()
    {
        var webinar = await WebinarAsync(Assessment);
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => factory.InTenantAsync(_tenant, s =>
            s.GetRequiredService<Registrations>().RegisterAsync(webinar, new RegistrationRequest($"Person {i}", $"race{i}@example.net", "Ysgol", "cy", "http://localhost/", t => t)))));

        Assert.Equal(3, outcomes.Count(o => o.Outcome == RegistrationOutcome.Registered));
        Assert.Equal(9, outcomes.Count(o => o.Outcome == RegistrationOutcome.Waiting));
    }

    [Fact]
    public async Task TheReminder_IsSentOnce_TheDayBefore()
    {
        await RegisterAsync(EarlyYears, "Gwen", "gwen@ysgol.example", "Ysgol y Dref");
        var webinar = await WebinarAsync(EarlyYears);

        var early = await SendRemindersAsync(webinar.StartUtc.AddDays(-3));
        var sent = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => SendRemindersAsync(webinar.StartUtc.AddHours(-20))));
        var later = await SendRemindersAsync(webinar.StartUtc.AddHours(-2));

        Assert.Equal(0, early);
        Assert.Equal(1, sent.Sum() + later);
        var reminder = Assert.Single(factory.Mail(_tenant), m => m.Contains("gwen@ysgol.example", StringComparison.Ordinal) && MailText.Subject(m).StartsWith("Nodyn atgoffa:", StringComparison.Ordinal));
        ICalendarCheck.Validate(MailText.Attachment(reminder, "text/calendar")!);
    }

    [Fact]
    public async Task APastEvent_TakesNoRegistrations_AndSaysSo()
    {
        var open = await factory.CreateClient().GetPageAsync($"{Base}/gweminarau/{EarlyYears}");
        var client = factory.CreateClient();
        var form = await client.GetPageAsync($"{Base}/gweminarau/{EarlyYears}");

        var page = await client.SubmitAsync(form, Fields("Huw", "huw@ysgol.example", "Ysgol"), action: $"{Base}/gweminarau/{Past}");

        Assert.Equal(HttpStatusCode.OK, open.Response.StatusCode);
        Assert.Contains("Mae'r cofrestru wedi cau", page.Document.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(r => r.Email == "huw@ysgol.example"));
    }

    [Fact]
    public async Task MissingAndOverlongFields_GetWelshMessages_AndKeepWhatWasTyped()
    {
        var page = await RegisterAsync(EarlyYears, "", "nid-cyfeiriad", new string('x', 201));

        Assert.Contains("Rhowch eich enw", page.Text, StringComparison.Ordinal);
        Assert.Contains("Rhaid i enw'r ysgol fod yn 200 nod neu lai", page.Text, StringComparison.Ordinal);
        Assert.Equal("nid-cyfeiriad", page.Document.QuerySelector("#Input_Email")!.GetAttribute("value"));
    }

    [Fact]
    public async Task TheCalendarFeed_IsValid_AndNeverHoldsJoiningLinks()
    {
        var response = await factory.CreateClient().GetAsync(new Uri($"{Base}/calendar.ics", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var lines = ICalendarCheck.Validate(text);
        Assert.Equal(3, lines.Count(l => l == "BEGIN:VEVENT"));
        Assert.Contains(lines, l => l.StartsWith("LOCATION:Canolfan Dysgu Gwyddoniaeth", StringComparison.Ordinal));
        Assert.DoesNotContain("meet.example.org", text, StringComparison.Ordinal);
        Assert.Contains("SUMMARY;LANGUAGE=en:Working scientifically", await factory.CreateClient().GetStringAsync(new Uri($"{Base}/en/calendar.ics", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpcomingAndPastLists_AreSeparate_AndThePastOneOffersTheRecording()
    {
        var client = factory.CreateClient();
        var upcoming = await client.GetPageAsync($"{Base}/gweminarau");
        var past = await client.GetPageAsync($"{Base}/gweminarau?when=past");
        var recorded = await client.GetPageAsync($"{Base}/gweminarau/{Past}");

        Assert.Equal("3 digwyddiad", upcoming.Document.QuerySelector("[role=status]")!.TextContent.Trim());
        Assert.Equal("1 digwyddiad", past.Document.QuerySelector("[role=status]")!.TextContent.Trim());
        Assert.Equal("Wedi'i recordio", recorded.Document.QuerySelector(".govuk-tag")!.TextContent.Trim());
        Assert.NotNull(recorded.Document.QuerySelector("a[href='https://video.example.org/psqm/science-capital']"));
        Assert.Null(recorded.Document.QuerySelector("main form[method=post]"));
    }

    private async Task<HtmlPage> RegisterAsync(string slug, string name, string email, string school)
    {
        var client = factory.CreateClient();
        var form = await client.GetPageAsync($"{Base}/gweminarau/{slug}");
        return await client.SubmitAsync(form, Fields(name, email, school));
    }

    private static Dictionary<string, string> Fields(string name, string email, string school) =>
        new() { ["Input.Name"] = name, ["Input.Email"] = email, ["Input.School"] = school };

    private string MailTo(string email) => factory.Mail(_tenant).Single(m => m.Contains("To: " + email, StringComparison.OrdinalIgnoreCase) && !MailText.Subject(m).StartsWith("Mae lle ar gael", StringComparison.Ordinal));

    private Task<Webinar> WebinarAsync(string slug) => factory.InTenantAsync(_tenant, async s =>
        Webinar.From((await s.GetRequiredService<PublishedContent>().FindAsync(WebinarType.Name, "cy", slug))!)!.Value);

    private Task<int> SendRemindersAsync(DateTime now) => factory.InTenantAsync(_tenant, s => s.GetRequiredService<ReminderSender>().SendDueAsync(now));

    private Task<int> CountAsync(System.Linq.Expressions.Expression<Func<Registration, bool>> where) =>
        factory.InTenantAsync(_tenant, s => s.GetRequiredService<WebinarsDbContext>().Registrations.CountAsync(where));
}
