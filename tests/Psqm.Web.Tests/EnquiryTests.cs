using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Tenancy;
using Psqm.Modules.Enquiries.Data;
using Psqm.Modules.Enquiries.Services;

namespace Psqm.Web.Tests;

[Collection(SharedSite.Name)]
public sealed class EnquiryTests(PsqmFactory factory) : IAsyncLifetime
{
    private Tenant _tenant = null!;

    private string Base => _tenant.BasePath.Value!;

    public async Task InitializeAsync() => _tenant = await factory.CreateTenantAsync("cymru");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ARegistrationInWelsh_IsConfirmedInWelsh_AndGoesToTheHubOfItsPostcode()
    {
        var page = await RegisterAsync(Fields());

        Assert.EndsWith("/cofrestru-diddordeb/diolch", page.Url.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal("Cofrestriad wedi dod i law", page.Document.QuerySelector(".govuk-panel__title")!.TextContent.Trim());
        var reference = page.Document.QuerySelector(".govuk-panel__body strong")!.TextContent;
        Assert.Matches("^PSQM-[A-Z2-9]{6}$", reference);
        Assert.Contains("Bydd arweinydd hyb Gwynedd a Môn yn cysylltu", page.Text, StringComparison.Ordinal);
        var mail = Assert.Single(MailTo("elin@ysgol.example"));
        Assert.Equal($"Mae eich cofrestriad gennym: {reference}", MailText.Subject(mail));
        Assert.Contains($"Reply-To: {_tenant.Site.ContactEmail}", mail, StringComparison.Ordinal);
        Assert.Contains("Y ffi i ysgol o 80 disgybl yw £550 (cyfradd ysgolion bach).", MailText.Decode(mail), StringComparison.Ordinal);
        var stored = await SingleAsync();
        Assert.Equal(("gwynedd-mon", "cy", EnquiryStatus.New), (stored.Hub, stored.Culture, stored.Status));
    }

    [Theory]
    [InlineData("", "Rhowch enw'r ysgol", "Dewiswch farc ansawdd", "Cytunwch i ni gysylltu â chi")]
    [InlineData("/en", "Enter the name of the school", "Choose a quality mark", "Agree to be contacted")]
    public async Task AnEmptyForm_GetsMessagesInThePagesLanguage_BesideTheFieldsAndAtTheTop(string language, params string[] messages)
    {
        var client = factory.CreateClient();
        var form = await client.GetPageAsync($"{Base}{language}/{(language == "" ? "cofrestru-diddordeb" : "register-interest")}");
        var page = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Address"] = "LL55 4AL", ["Input.Pupils"] = "lots" });

        var summary = page.Document.QuerySelector(".govuk-error-summary")!.TextContent;
        foreach (var message in messages)
        {
            Assert.Contains(message, summary, StringComparison.Ordinal);
        }

        Assert.NotNull(page.Document.QuerySelector("#Input_SchoolName-error"));
        Assert.DoesNotContain("Pupils", page.Document.QuerySelector("#Input_Pupils-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("LL55 4AL", page.Document.QuerySelector("#Input_Address")!.TextContent);
        Assert.Equal("textarea", page.Document.QuerySelector("#Input_Address")!.LocalName);
        var listed = page.Document.QuerySelectorAll(".govuk-error-summary a").Select(a => a.GetAttribute("href")!).ToList();
        var fields = page.Document.QuerySelectorAll("main form [id^=Input_]").Select(e => "#" + e.Id).Where(listed.Contains).Distinct().ToList();
        Assert.Equal(fields, listed);
        Assert.Equal(0, await CountAsync());
    }

    [Theory]
    [InlineData("99999999999999999999")]
    [InlineData("5001")]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("1e3")]
    public async Task AnImpossibleNumberOfPupils_GetsTheFieldsMessage_NotAnError(string pupils)
    {
        var fields = Fields();
        fields["Input.Pupils"] = pupils;

        var page = await RegisterAsync(fields);

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains("fel rhif cyfan o 1 i 5,000", page.Document.QuerySelector("#Input_Pupils-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task OverlongAndHostileText_IsRefusedWithAMessage_NotAnError()
    {
        var page = await RegisterAsync(Fields(school: new string('x', 201), phone: "<script>alert(1)</script>"));

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains("Rhaid i enw'r ysgol fod yn 200 nod neu lai", page.Text, StringComparison.Ordinal);
        Assert.Contains("Rhowch rif ffôn gan ddefnyddio digidau", page.Text, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("main script"));
    }

    [Fact]
    public async Task TheHoneypot_LooksLikeSuccess_ButNothingIsStoredOrSent()
    {
        var fields = Fields();
        fields["Website"] = "http://spam.example";

        var page = await RegisterAsync(fields);

        Assert.Equal("Cofrestriad wedi dod i law", page.Document.QuerySelector(".govuk-panel__title")!.TextContent.Trim());
        Assert.Equal(0, await CountAsync());
        Assert.Empty(factory.Mail(_tenant));
    }

    [Fact]
    public async Task TheSameRegistrationTwiceInADay_IsStoredOnce()
    {
        await RegisterAsync(Fields());
        var again = await RegisterAsync(Fields(email: "ELIN@ysgol.example"));

        Assert.Contains("Roedd y cofrestriad hwn gennym eisoes", again.Text, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync());
        Assert.Single(MailTo("elin@ysgol.example"));
    }

    [Theory]
    [InlineData("1 Heol y Castell, Abertawe SA1 1AA", "abertawe")]
    [InlineData("Llanrug, Caernarfon ll55 4al", "gwynedd-mon")]
    [InlineData("Somewhere with no postcode", null)]
    [InlineData("ST4 2DE", null)]
    public async Task Routing_UsesThePostcodeArea_OrLeavesItForHQ(string address, string? hub)
    {
        await RegisterAsync(Fields(address: address));

        Assert.Equal(hub, (await SingleAsync()).Hub);
    }

    [Fact]
    public void Routing_Abroad_FindsAPlaceNamedInTheAddress()
    {
        var areas = new Dictionary<string, string> { ["DUBAI"] = "dubai", ["SINGAPORE"] = "singapore", ["M"] = "manchester" };

        Assert.Equal("dubai", EnquiryRouting.HubFor("Jumeirah 1, Dubai, UAE", areas));
        Assert.Equal("singapore", EnquiryRouting.HubFor("10 Orchard Road, Singapore 238826", areas));
        Assert.Equal("manchester", EnquiryRouting.HubFor("M1 1AE", areas));
        Assert.Null(EnquiryRouting.HubFor("Madrid", areas));
    }

    [Fact]
    public async Task TheInbox_ShowsAHubLeaderTheirHubsRegistrations_AndNoOneElses()
    {
        await RegisterAsync(Fields());
        var id = (await SingleAsync()).Id;
        var own = await SignedInAsync("hubleader@example.org");
        var other = await SignedInAsync("hubleader2@example.org");
        var hq = await SignedInAsync("hq@example.org");
        var teacher = await SignedInAsync("subjectleader@example.org");

        Assert.Contains("Ysgol Llanrug", (await own.GetPageAsync($"{Base}/admin/enquiries")).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ysgol Llanrug", (await other.GetPageAsync($"{Base}/admin/enquiries")).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(new Uri($"{Base}/admin/enquiries/{id}", UriKind.Relative))).StatusCode);
        Assert.DoesNotContain("Ysgol Llanrug", await (await other.GetAsync(new Uri($"{Base}/admin/enquiries?handler=Csv", UriKind.Relative))).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Ysgol Llanrug", (await hq.GetPageAsync($"{Base}/admin/enquiries")).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetPageAsync($"{Base}/admin/enquiries")).Response.StatusCode);
    }

    [Fact]
    public async Task AHubLeader_EnrolsAddsANoteAndPassesItOn_AndAStaleFormIsToldNotToOverwrite()
    {
        await RegisterAsync(Fields());
        var id = (await SingleAsync()).Id;
        var leader = await SignedInAsync("hubleader@example.org");
        var page = await leader.GetPageAsync($"{Base}/admin/enquiries/{id}");
        var stale = page;

        page = await leader.SubmitAsync(page, new Dictionary<string, string> { ["NewStatus"] = "Enrolled", ["EnrolledRound"] = "spring-2027" }, "form[action='?handler=Status']");
        Assert.Contains("Mae'r statws wedi'i gadw.", page.Text, StringComparison.Ordinal);
        page = await leader.SubmitAsync(page, new Dictionary<string, string> { ["Note"] = "Wedi ffonio'r pennaeth." }, "form[action='?handler=Note']");
        Assert.Contains("Wedi ffonio'r pennaeth.", page.Text, StringComparison.Ordinal);
        var refused = await leader.SubmitAsync(stale, new Dictionary<string, string> { ["NewStatus"] = "Declined" }, "form[action='?handler=Status']");
        Assert.Contains("Newidiodd rhywun arall y cofrestriad hwn", refused.Text, StringComparison.Ordinal);
        page = await leader.SubmitAsync(page, new Dictionary<string, string> { ["NewHub"] = "abertawe" }, "form[action='?handler=Assign']");

        var stored = await SingleAsync();
        Assert.Equal((EnquiryStatus.Enrolled, "spring-2027", "abertawe"), (stored.Status, stored.EnrolledRound, stored.Hub));
        Assert.EndsWith("/admin/enquiries", page.Url.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("Mae'r cofrestriad wedi'i drosglwyddo i Abertawe.", page.Text, StringComparison.Ordinal);
        var now = await (await SignedInAsync("hubleader2@example.org")).GetPageAsync($"{Base}/admin/enquiries/{id}");
        Assert.Equal(HttpStatusCode.OK, now.Response.StatusCode);
    }

    [Fact]
    public async Task HQ_GivesAPersonACopyOfTheirData_ThenErasesIt()
    {
        await RegisterAsync(Fields());
        var hq = await SignedInAsync("hq@example.org");
        var found = await hq.GetPageAsync($"{Base}/admin/enquiries/person?Email=ELIN@ysgol.example");
        var copy = await hq.GetStringAsync(new Uri($"{Base}/admin/enquiries/person?handler=Export&Email=elin@ysgol.example", UriKind.Relative));

        var erased = await hq.SubmitAsync(found, new Dictionary<string, string>(), "form[action='?handler=Erase']");

        Assert.Contains("\"schoolName\": \"Ysgol Llanrug\"", copy, StringComparison.Ordinal);
        Assert.Contains("Mae manylion personol 1 cofrestriad wedi'u dileu.", erased.Text, StringComparison.Ordinal);
        var stored = await SingleAsync();
        Assert.Equal(("—", "", "", "psqm"), (stored.SchoolName, stored.Email, stored.Address, stored.Mark));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await SignedInAsync("hubleader@example.org")).GetPageAsync($"{Base}/admin/enquiries/person")).Response.StatusCode);
    }

    [Fact]
    public async Task TheRetentionRule_ErasesOldRegistrationsThatNeverEnrolled_Only()
    {
        var now = DateTime.UtcNow;
        await factory.InTenantAsync(_tenant, async s =>
        {
            var db = s.GetRequiredService<EnquiriesDbContext>();
            db.Enquiries.AddRange(
                Stored("PSQM-OLD001", "old@ysgol.example", now.AddMonths(-25), EnquiryStatus.Contacted),
                Stored("PSQM-OLD002", "enrolled@ysgol.example", now.AddMonths(-25), EnquiryStatus.Enrolled),
                Stored("PSQM-NEW001", "new@ysgol.example", now.AddMonths(-23), EnquiryStatus.New));
            return await db.SaveChangesAsync();
        });

        var erased = await factory.InTenantAsync(_tenant, s => s.GetRequiredService<PersonalData>().EraseExpiredAsync(now));
        var again = await factory.InTenantAsync(_tenant, s => s.GetRequiredService<PersonalData>().EraseExpiredAsync(now));

        Assert.Equal((1, 0), (erased, again));
        var left = await factory.InTenantAsync(_tenant, s => s.GetRequiredService<EnquiriesDbContext>().Enquiries.AsNoTracking().OrderBy(e => e.Reference).Select(e => e.Email).ToListAsync());
        Assert.Equal(["new@ysgol.example", "", "enrolled@ysgol.example"], left);
    }

    [Fact]
    public async Task HQ_ChangesTheRouting_AndTheNextRegistrationFollowsIt()
    {
        var hq = await SignedInAsync("hq@example.org");
        var page = await hq.GetPageAsync($"{Base}/admin/enquiries/routing");
        page = await hq.SubmitAsync(page, new Dictionary<string, string> { ["Area"] = "st", ["Hub"] = "abertawe" }, "form[action='?handler=Add']");
        var twice = await hq.SubmitAsync(page, new Dictionary<string, string> { ["Area"] = "ST", ["Hub"] = "caerdydd" }, "form[action='?handler=Add']");

        await RegisterAsync(Fields(address: "ST4 2DE"));

        Assert.Contains("Mae ST yn mynd i Abertawe nawr.", page.Text, StringComparison.Ordinal);
        Assert.Contains("Mae ST eisoes yn mynd i hyb.", twice.Text, StringComparison.Ordinal);
        Assert.Equal("abertawe", (await SingleAsync()).Hub);
    }

    [Fact]
    public async Task TheHubsPage_ListsEachHubsAreas_AndAMessageReachesTheHubLeaderWithoutShowingTheirAddress()
    {
        var client = factory.CreateClient();
        var hubs = await client.GetPageAsync($"{Base}/hybiau");
        var row = hubs.Document.QuerySelectorAll(".govuk-summary-list__row").Single(r => r.TextContent.Contains("Gwynedd a Môn", StringComparison.Ordinal));
        var form = await client.GetPageAsync(row.QuerySelector("a")!.GetAttribute("href")!);

        var sent = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Name"] = "Huw Jones", ["Input.Email"] = "huw@ysgol.example", ["Input.Message"] = "Oes lle yn y rownd nesaf?",
        });

        Assert.Contains("LL", row.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Gogledd Cymru", "De-orllewin Cymru", "Canolbarth Cymru", "De-ddwyrain Cymru"], hubs.Document.QuerySelectorAll("main h3").Select(h => h.TextContent.Trim()));
        Assert.EndsWith("/hybiau/cysylltu/gwynedd-mon", form.Url.AbsolutePath, StringComparison.Ordinal);
        Assert.DoesNotContain("hubleader", hubs.Text + form.Text + sent.Text, StringComparison.Ordinal);
        Assert.Equal("Neges wedi'i hanfon", sent.Document.QuerySelector(".govuk-panel__title")!.TextContent.Trim());
        var mail = Assert.Single(factory.Mail(_tenant));
        Assert.Contains("To: hubleader@example.org", mail, StringComparison.Ordinal);
        Assert.Contains("Reply-To: huw@ysgol.example", mail, StringComparison.Ordinal);
        Assert.Contains("huw@ysgol.example", MailText.Decode(mail), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"{Base}/hybiau/cysylltu/no-such-hub", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task ANewRegistration_IsAnnouncedToHqAndTheHubsLeaders_InTheirLanguage_WithALinkToIt()
    {
        await factory.InTenantAsync(_tenant, async services =>
        {
            var users = services.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Psqm.Modules.Users.Data.PsqmUser>>();
            var hq = await users.FindByEmailAsync(Accounts.Demo("HQ"));
            hq!.PreferredCulture = "en-GB";
            return await users.UpdateAsync(hq);
        });

        await RegisterAsync(Fields());

        var stored = await SingleAsync();
        var toHq = MailText.Decode(Assert.Single(MailTo(Accounts.Demo("HQ"))));
        var toLeader = MailText.Decode(Assert.Single(MailTo(Accounts.Demo("HubLeader"))));
        Assert.Contains($"New registration of interest: {stored.Reference}", toHq, StringComparison.Ordinal);
        Assert.Contains($"http://localhost{Base}/en/admin/enquiries/{stored.Id}", toHq, StringComparison.Ordinal);
        Assert.Contains("Ysgol Llanrug", toLeader, StringComparison.Ordinal);
        Assert.Contains($"http://localhost{Base}/admin/enquiries/{stored.Id}", toLeader, StringComparison.Ordinal);
        Assert.Contains("Cofrestriad diddordeb newydd", toLeader, StringComparison.Ordinal);
    }

    private IEnumerable<string> MailTo(string email) =>
        factory.Mail(_tenant).Where(m => m.Contains("To: " + email, StringComparison.OrdinalIgnoreCase));

    private static Enquiry Stored(string reference, string email, DateTime created, EnquiryStatus status) => new()
    {
        Reference = reference, SchoolName = "Ysgol", Email = email, NormalizedEmail = email.ToUpperInvariant(), Mark = "psqm", Round = "spring-2027",
        HeardFrom = "other", ContactName = "Enw", Role = "Athro", Address = "LL55", SchoolIdentifier = "1", Pupils = 10, Status = status,
        CreatedUtc = created, UpdatedUtc = created,
    };

    [Fact]
    public async Task EnrollingARegistration_StartsTheSchoolsYear_AndInvitesItsContactInTheirLanguage()
    {
        await RegisterAsync(Fields(school: "Ysgol Llanrug", email: "elin@ysgol.example"));
        var id = (await SingleAsync()).Id;
        var hq = await SignedInAsync("hq@example.org");
        var page = await hq.GetPageAsync($"{Base}/admin/enquiries/{id}");

        page = await hq.SubmitAsync(page, new Dictionary<string, string> { ["NewStatus"] = "Enrolled", ["EnrolledRound"] = "autumn-2026" }, "form[action='?handler=Status']");
        Assert.Contains("Mae'r ysgol wedi'i chofrestru yn", page.Text, StringComparison.Ordinal);
        page = await hq.SubmitAsync(page, new Dictionary<string, string> { ["NewStatus"] = "Contacted" }, "form[action='?handler=Status']");
        await hq.SubmitAsync(page, new Dictionary<string, string> { ["NewStatus"] = "Enrolled", ["EnrolledRound"] = "autumn-2026" }, "form[action='?handler=Status']");

        var enrolments = await factory.InTenantAsync(_tenant, s => s.GetRequiredService<Psqm.Modules.Programme.Data.ProgrammeDbContext>().Enrolments
            .Where(e => e.School.Name == "Ysgol Llanrug").Select(e => new { e.Round.Number, e.Hub, e.Fee, e.School.SmallSchool, e.EnquiryId }).ToListAsync());
        var enrolment = Assert.Single(enrolments);
        Assert.Equal((31, "gwynedd-mon", 550m, true, (int?)id), (enrolment.Number, enrolment.Hub, enrolment.Fee, enrolment.SmallSchool, enrolment.EnquiryId));

        var invitation = Assert.Single(factory.Mail(_tenant), m => m.Contains("To: elin@ysgol.example", StringComparison.Ordinal) && MailText.Subject(m).StartsWith("Eich cyfrif", StringComparison.Ordinal));
        var link = System.Text.RegularExpressions.Regex.Match(MailText.Decode(invitation), @"http://localhost/\S+invitation=\S+").Value;
        var teacher = factory.CreateClient();
        var choose = await teacher.GetPageAsync(link);
        await teacher.SubmitAsync(choose, new Dictionary<string, string> { ["Input.Password"] = "gwyddoniaeth bob dydd", ["Input.ConfirmPassword"] = "gwyddoniaeth bob dydd" });
        await teacher.SignInAsync(Base, "elin@ysgol.example", "gwyddoniaeth bob dydd");
        var year = await teacher.GetPageAsync($"{Base}/fy-ysgol");
        Assert.Equal("Ysgol Llanrug", year.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("Rownd 31 - Hydref 2026-2027", year.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASchoolRenewingOnlineOnly_IsEnrolledForAnOnlineOnlyReaccreditation()
    {
        var fields = Fields(school: "Ysgol Adnewyddu", email: "adnewyddu@ysgol.example");
        fields["Input.Mark"] = "reaccreditation-online";
        await RegisterAsync(fields);
        var id = (await SingleAsync()).Id;
        var hq = await SignedInAsync("hq@example.org");
        var page = await hq.GetPageAsync($"{Base}/admin/enquiries/{id}");

        await hq.SubmitAsync(page, new Dictionary<string, string> { ["NewStatus"] = "Enrolled", ["EnrolledRound"] = "autumn-2026" }, "form[action='?handler=Status']");

        var kind = await factory.InTenantAsync(_tenant, s => s.GetRequiredService<Psqm.Modules.Programme.Data.ProgrammeDbContext>().Enrolments
            .Where(e => e.School.Name == "Ysgol Adnewyddu").Select(e => e.Kind).SingleAsync());
        Assert.Equal(Psqm.Modules.Programme.Data.EnrolmentKind.OnlineReaccreditation, kind);
    }

    private static Dictionary<string, string> Fields(string school = "Ysgol Llanrug", string email = "elin@ysgol.example", string address = "Llanrug, Caernarfon LL55 4AL", string phone = "") => new()
    {
        ["Input.SchoolName"] = school,
        ["Input.SchoolIdentifier"] = "6612345",
        ["Input.Address"] = address,
        ["Input.Pupils"] = "80",
        ["Input.ContactName"] = "Elin Owen",
        ["Input.Role"] = "Arweinydd gwyddoniaeth",
        ["Input.Email"] = email,
        ["Input.Phone"] = phone,
        ["Input.Mark"] = "psqm",
        ["Input.HeardFrom"] = "colleague",
        ["Input.Consent"] = "true",
    };

    private async Task<HtmlPage> RegisterAsync(Dictionary<string, string> fields)
    {
        var client = factory.CreateClient();
        var form = await client.GetPageAsync($"{Base}/cofrestru-diddordeb");
        fields.TryAdd("Input.Round", form.Document.QuerySelectorAll("#Input_Round option").Skip(1).First().GetAttribute("value")!);
        return await client.SubmitAsync(form, fields);
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.CreateClient();
        await client.SignInAsync(Base, email);
        return client;
    }

    private Task<int> CountAsync() => factory.InTenantAsync(_tenant, s => s.GetRequiredService<EnquiriesDbContext>().Enquiries.CountAsync());

    private Task<Enquiry> SingleAsync() => factory.InTenantAsync(_tenant, s => s.GetRequiredService<EnquiriesDbContext>().Enquiries.AsNoTracking().SingleAsync());
}
