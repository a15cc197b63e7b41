using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Tenancy;
using Psqm.Modules.Programme.Data;

namespace Psqm.Web.Tests;

/// <summary>The Basic Skills Quality Mark on the same site: its own rounds, schools without a hub, and an assessor HQ assigns.</summary>
[Collection(SharedSite.Name)]
public sealed class AssessorTests(PsqmFactory factory)
{
    [Fact]
    public async Task AnAssessor_SeesOnlyTheSchoolsHQAssignsThem_AndNoHubLeaderSeesASchoolWithoutAHub()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var fenton = await EnrolmentAsync(tenant, "123462");
        var oakfield = await EnrolmentAsync(tenant, "123456");
        var assessor = await factory.SignedInAsync(tenant, Accounts.Demo("Assessor"));

        var list = await assessor.GetPageAsync($"{tenant.BasePath}/my-hub");
        Assert.Contains("Schools you assess", list.Document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Round 31 - Autumn 2026-2027 (BSQM)", list.Text, StringComparison.Ordinal);
        Assert.Equal(["Fenton Park Primary School"], list.Document.QuerySelectorAll("tbody th a").Select(a => a.TextContent.Trim()));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(assessor, $"{tenant.BasePath}/my-hub/schools/{oakfield}"));

        var hubLeader = await factory.SignedInAsync(tenant, Accounts.Demo("HubLeader"));
        Assert.DoesNotContain("Fenton Park", (await hubLeader.GetPageAsync($"{tenant.BasePath}/my-hub")).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(hubLeader, $"{tenant.BasePath}/my-hub/schools/{fenton}"));

        var hq = await factory.SignedInAsync(tenant, Accounts.Demo("HQ"));
        var school = await hq.GetPageAsync($"{tenant.BasePath}/my-hub/schools/{fenton}");
        var off = await hq.SubmitAsync(school, new Dictionary<string, string> { ["AssessorEmail"] = "" }, "form[action*='handler=Assessor']");
        Assert.Contains("Fenton Park Primary School has no assessor now.", off.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(assessor, $"{tenant.BasePath}/my-hub/schools/{fenton}"));

        var refused = await hq.SubmitAsync(off, new Dictionary<string, string> { ["AssessorEmail"] = Accounts.Demo("HubLeader") }, "form[action*='handler=Assessor']");
        Assert.Contains("Choose an assessor from the list", refused.Document.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);

        var on = await hq.SubmitAsync(refused, new Dictionary<string, string> { ["AssessorEmail"] = Accounts.Demo("Assessor") }, "form[action*='handler=Assessor']");
        Assert.Contains("Demo Assessor will assess Fenton Park Primary School.", on.Text, StringComparison.Ordinal);
        Assert.Contains(factory.Mail(tenant), m => m.Contains("To: assessor@example.org", StringComparison.Ordinal) && MailText.Subject(m) == "A school to assess: Fenton Park Primary School");
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(assessor, $"{tenant.BasePath}/my-hub/schools/{fenton}"));
    }

    [Fact]
    public async Task HQ_EnrolsABasicSkillsSchoolWithoutAHub_InItsOwnRound_WhileAPrimaryScienceSchoolStillNeedsOne()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var hq = await factory.SignedInAsync(tenant, Accounts.Demo("HQ"));
        var form = await hq.GetPageAsync($"{tenant.BasePath}/admin/programme/enrol");
        var fields = new Dictionary<string, string>
        {
            ["Input.SchoolName"] = "Longton Primary School", ["Input.Identifier"] = "123499", ["Input.Hub"] = "", ["Input.ContactName"] = "Pat Lee",
            ["Input.ContactEmail"] = "p.lee@longton.example.org", ["Input.Round"] = "spring-2027", ["Input.Kind"] = "Full", ["Input.Fee"] = "750", ["Input.Framework"] = "psqm",
        };

        var refused = await hq.SubmitAsync(form, fields);
        Assert.Contains("Choose the school's hub", refused.Document.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);

        fields["Input.Framework"] = "bsqm";
        var enrolled = await hq.SubmitAsync(refused, fields);
        Assert.Contains("Longton Primary School is enrolled.", enrolled.Text, StringComparison.Ordinal);

        var (framework, number, hub, rounds) = await factory.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<ProgrammeDbContext>();
            var e = await db.Enrolments.Include(x => x.Round).SingleAsync(x => x.School.Identifier == "123499");
            return (e.Round.FrameworkKey, e.Round.Number, e.Hub, await db.Rounds.CountAsync(r => r.Number == 32));
        });
        Assert.Equal(("bsqm", 32, "", 2), (framework, number, hub, rounds));
    }

    [Fact]
    public async Task ABasicSkillsSchoolsMessage_GoesToItsAssessor_AndTheAssessorsReplySaysWhoWrote()
    {
        var tenant = await factory.CreateTenantAsync("england");
        await factory.InTenantAsync(tenant, async s =>
        {
            // The demo subject leader leads Fenton Park's year instead of Oakfield's.
            var db = s.GetRequiredService<ProgrammeDbContext>();
            var contact = await db.Contacts.SingleAsync(c => c.NormalizedEmail == "SUBJECTLEADER@EXAMPLE.ORG");
            contact.SchoolId = await db.Schools.Where(x => x.Identifier == "123462").Select(x => x.Id).SingleAsync();
            return await db.SaveChangesAsync();
        });
        var school = await factory.SignedInAsync(tenant, Accounts.Demo("SubjectLeader"));
        var thread = await school.GetPageAsync($"{tenant.BasePath}/my-school/messages");

        await MessageTests.SendAsync(school, thread, "Is the visit still on for Tuesday?", null);

        Assert.Contains(factory.Mail(tenant), m => m.Contains("To: assessor@example.org", StringComparison.Ordinal) && MailText.Subject(m) == "New message: Fenton Park Primary School");
        Assert.DoesNotContain(factory.Mail(tenant), m => m.Contains("To: hubleader", StringComparison.Ordinal) || m.Contains("To: hq@", StringComparison.Ordinal));

        var assessor = await factory.SignedInAsync(tenant, Accounts.Demo("Assessor"));
        var fenton = await EnrolmentAsync(tenant, "123462");
        var theirs = await assessor.GetPageAsync($"{tenant.BasePath}/my-hub/schools/{fenton}/messages");
        Assert.Contains("Is the visit still on for Tuesday?", theirs.Text, StringComparison.Ordinal);
        await MessageTests.SendAsync(assessor, theirs, "Yes, at 9 o'clock.", null);
        Assert.Contains(factory.Mail(tenant), m => m.Contains("To: subjectleader@example.org", StringComparison.Ordinal) && MailText.Decode(m).Contains("your assessor", StringComparison.Ordinal));
    }

    private Task<int> EnrolmentAsync(Tenant tenant, string identifier) =>
        factory.InTenantAsync(tenant, s => s.GetRequiredService<ProgrammeDbContext>().Enrolments.Where(e => e.School.Identifier == identifier).OrderByDescending(e => e.Id).Select(e => e.Id).FirstAsync());

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string url) => (await client.GetAsync(new Uri(url, UriKind.Relative))).StatusCode;
}
