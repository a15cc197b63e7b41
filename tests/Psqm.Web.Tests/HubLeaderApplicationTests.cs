using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Tenancy;
using Psqm.Modules.Programme.Data;
using Psqm.Modules.Users.Data;

namespace Psqm.Web.Tests;

/// <summary>Someone applies to lead a hub against the seven-point specification; HQ accepts them for a hub or declines with a reason.</summary>
[Collection(SharedSite.Name)]
public sealed class HubLeaderApplicationTests(PsqmFactory factory) : IAsyncLifetime
{
    private Tenant _tenant = null!;

    private string Base => _tenant.BasePath.Value!;

    public async Task InitializeAsync() => _tenant = await factory.CreateTenantAsync("cymru");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AnApplicantAppliesInWelsh_HqAcceptsThemForAHub_AndTheyBecomeItsHubLeaderWithAnAccount()
    {
        var thanks = await ApplyAsync("nia.pritchard@ysgol.example", teacher: "yes", hub: "abertawe");

        Assert.Contains("/hybiau/ymgeisio/diolch", thanks.Url.AbsolutePath, StringComparison.Ordinal);
        var application = await ApplicationAsync("nia.pritchard@ysgol.example");
        Assert.Contains(application.Reference, thanks.Text, StringComparison.Ordinal);
        Assert.Equal("cy", application.Culture);
        Assert.Equal(7, application.Answers.Count);
        Assert.Contains(factory.Mail(_tenant), m => m.Contains("To: nia.pritchard@ysgol.example", StringComparison.Ordinal) && MailText.Subject(m).Contains(application.Reference, StringComparison.Ordinal)
            && (MailText.Parse(m).TextBody ?? "").Contains("Diolch", StringComparison.Ordinal));
        Assert.Contains(factory.Mail(_tenant), m => m.Contains("To: hq@example.org", StringComparison.Ordinal) && (MailText.Parse(m).TextBody ?? "").Contains($"Gwelwch ef yma: http://localhost{Base}/admin/programme/applications/{application.Id}", StringComparison.Ordinal));

        var hq = await factory.SignedInAsync(_tenant, "hq@example.org");
        Assert.Contains("Mae 2 gais i fod yn arweinydd hyb yn aros am benderfyniad", (await hq.GetPageAsync($"{Base}/dangosfwrdd")).Text, StringComparison.Ordinal);
        Assert.Contains("Nia Pritchard", (await hq.GetPageAsync($"{Base}/admin/programme/applications")).Text, StringComparison.Ordinal);
        var page = await hq.GetPageAsync($"{Base}/admin/programme/applications/{application.Id}");
        Assert.Contains("Rwy'n arwain HMS", page.Text, StringComparison.Ordinal);
        Assert.Equal("abertawe", page.Document.QuerySelector("select[name=Hub] option[selected]")?.GetAttribute("value"));

        var accepted = await hq.SubmitAsync(page, new Dictionary<string, string>(), "form[action='?handler=Accept']");

        Assert.True(accepted.Response.IsSuccessStatusCode, accepted.Text);
        var user = await AccountAsync("nia.pritchard@ysgol.example");
        Assert.NotNull(user);
        Assert.Equal("abertawe", user.Value.Hub);
        Assert.Contains("HubLeader", user.Value.Roles);
        var mail = factory.Mail(_tenant).Where(m => m.Contains("To: nia.pritchard@ysgol.example", StringComparison.Ordinal)).ToList();
        Assert.Contains(mail, m => MailText.Subject(m).Contains("Abertawe", StringComparison.Ordinal));
        Assert.True(mail.Count >= 3, "a receipt, the decision and the invitation to set a password");
        Assert.DoesNotContain("Nia Pritchard", (await hq.GetPageAsync($"{Base}/admin/programme/applications")).Text, StringComparison.Ordinal);
        Assert.Contains("Nia Pritchard", (await hq.GetPageAsync($"{Base}/admin/programme/applications?State=accepted")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATeacherWhoLeavesAPointUnanswered_IsToldInWelsh_AndLosesNothingTheyTyped()
    {
        var visitor = factory.CreateClient();
        var form = await visitor.GetPageAsync($"{Base}/hybiau/ymgeisio");
        var values = Answers("rhys@ysgol.example", "yes", "");
        values["Input.Answers[7]"] = "";

        var refused = await visitor.SubmitAsync(form, values);

        var summary = refused.Document.QuerySelector(".govuk-error-summary")!;
        Assert.Contains("Atebwch bwynt 7", summary.TextContent, StringComparison.Ordinal);
        Assert.Equal("#Input_Answers_7_", summary.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Rwy'n arwain HMS yn fy ysgol ac mewn clwstwr lleol.", refused.Document.QuerySelector("#Input_Answers_1_")!.TextContent);
        Assert.False(await factory.InTenantAsync(_tenant, s => s.GetRequiredService<ProgrammeDbContext>().Applications.AnyAsync(a => a.Email == "rhys@ysgol.example")));

        values.Remove("Input.Answers[7]");
        values["Input.Teacher"] = "no";
        await visitor.SubmitAsync(form, values);
        var stored = await ApplicationAsync("rhys@ysgol.example");
        Assert.Equal("", stored.Answers[6]);
    }

    [Fact]
    public async Task HqDeclinesWithAReason_AndTheApplicantReadsItInTheirLanguage()
    {
        await ApplyAsync("owen@prifysgol.example", teacher: "no", hub: "");
        var application = await ApplicationAsync("owen@prifysgol.example");
        var hq = await factory.SignedInAsync(_tenant, "hq@example.org");
        var page = await hq.GetPageAsync($"{Base}/admin/programme/applications/{application.Id}");

        var empty = await hq.SubmitAsync(page, new Dictionary<string, string> { ["Reason"] = " " }, "form[action='?handler=Decline']");
        Assert.NotNull(empty.Document.QuerySelector(".govuk-error-summary"));

        await hq.SubmitAsync(page, new Dictionary<string, string> { ["Reason"] = "Mae pob hyb yn ardal Abertawe yn llawn eleni." }, "form[action='?handler=Decline']");

        Assert.Contains(factory.Mail(_tenant), m => m.Contains("To: owen@prifysgol.example", StringComparison.Ordinal)
            && (MailText.Parse(m).TextBody ?? "").Contains("Mae pob hyb yn ardal Abertawe yn llawn eleni.", StringComparison.Ordinal));
        Assert.False(await factory.InTenantAsync(_tenant, s => s.GetRequiredService<UserManager<PsqmUser>>().Users.AnyAsync(u => u.Email == "owen@prifysgol.example")));
        Assert.Contains("Mae pob hyb yn ardal Abertawe", (await hq.GetPageAsync($"{Base}/admin/programme/applications/{application.Id}")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASubjectLeaderWhoIsAccepted_KeepsTheirRole_AndGainsTheHubLeaders()
    {
        await ApplyAsync("subjectleader@example.org", teacher: "yes", hub: "gwynedd-mon");
        var application = await ApplicationAsync("subjectleader@example.org");
        var hq = await factory.SignedInAsync(_tenant, "hq@example.org");
        var page = await hq.GetPageAsync($"{Base}/admin/programme/applications/{application.Id}");

        await hq.SubmitAsync(page, new Dictionary<string, string> { ["Hub"] = "abertawe" }, "form[action='?handler=Accept']");

        var roles = (await AccountAsync("subjectleader@example.org"))!.Value;
        Assert.Equal("abertawe", roles.Hub);
        Assert.Contains("HubLeader", roles.Roles);
        Assert.Contains("SubjectLeader", roles.Roles);
    }

    [Fact]
    public async Task AnAcceptanceWhoseRoleWasNeverGiven_IsShownToHq_WhoGivesItFromThePage()
    {
        await ApplyAsync("hanner@ysgol.example", teacher: "no", hub: "abertawe");
        var application = await ApplicationAsync("hanner@ysgol.example");

        // As if the process stopped after the acceptance committed: the step is taken, the role never given.
        var hq = await factory.SignedInAsync(_tenant, "hq@example.org");
        await factory.InTenantAsync(_tenant, async s =>
        {
            var user = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
                [new(System.Security.Claims.ClaimTypes.Name, "hq@example.org"), new(System.Security.Claims.ClaimTypes.Role, "HQ")], "test"));
            var engine = s.GetRequiredService<Psqm.Modules.Workflows.Engine.WorkflowEngine>();
            var key = application.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var instance = (await engine.FindAsync("hub-leader-application", "hub-leader-application", key, CancellationToken.None))!;
            var taken = await engine.TakeOnAsync(
                "hub-leader-application", "hub-leader-application", key, "accept", instance.Version, user, null, new Dictionary<string, string> { ["hub"] = "abertawe" }, CancellationToken.None);
            Assert.True(taken.Taken, taken.Message);
            return taken;
        });

        var page = await hq.GetPageAsync($"{Base}/admin/programme/applications/{application.Id}");
        Assert.NotNull(page.Document.QuerySelector(".govuk-warning-text"));
        await hq.SubmitAsync(page, new Dictionary<string, string>(), "form[action='?handler=Appoint']");

        var roles = (await AccountAsync("hanner@ysgol.example"))!.Value;
        Assert.Equal("abertawe", roles.Hub);
        Assert.Contains("HubLeader", roles.Roles);
        Assert.Null((await hq.GetPageAsync($"{Base}/admin/programme/applications/{application.Id}")).Document.QuerySelector(".govuk-warning-text"));
    }

    [Fact]
    public async Task TwoOfHqDecidingAtOnce_OneSucceeds_AndTheOtherIsToldWithTheirReasonKept()
    {
        await ApplyAsync("dwy@ysgol.example", teacher: "no", hub: "abertawe");
        var application = await ApplicationAsync("dwy@ysgol.example");
        var first = await factory.SignedInAsync(_tenant, "hq@example.org");
        var second = await factory.SignedInAsync(_tenant, "hq@example.org");
        var one = await first.GetPageAsync($"{Base}/admin/programme/applications/{application.Id}");
        var other = await second.GetPageAsync($"{Base}/admin/programme/applications/{application.Id}");

        await first.SubmitAsync(one, new Dictionary<string, string>(), "form[action='?handler=Accept']");
        var late = await second.SubmitAsync(other, new Dictionary<string, string> { ["Reason"] = "Rheswm hwyr" }, "form[action='?handler=Decline']");

        Assert.NotNull(late.Document.QuerySelector(".govuk-error-summary"));
        Assert.Contains("Rheswm hwyr", late.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyHqSeesApplications_AndABotOrADoubleClickStoresNothingTwice()
    {
        var leader = await factory.SignedInAsync(_tenant, "hubleader@example.org");
        Assert.NotEqual(HttpStatusCode.OK, (await leader.GetAsync(new Uri($"{Base}/admin/programme/applications", UriKind.Relative))).StatusCode);

        var bot = factory.CreateClient();
        var form = await bot.GetPageAsync($"{Base}/hybiau/ymgeisio");
        var values = Answers("bot@spam.example", "no", "");
        values["Website"] = "http://spam.example";
        await bot.SubmitAsync(form, values);

        await ApplyAsync("ddwywaith@ysgol.example", teacher: "no", hub: "");
        var again = await ApplyAsync("ddwywaith@ysgol.example", teacher: "no", hub: "");

        var stored = await factory.InTenantAsync(_tenant, s => s.GetRequiredService<ProgrammeDbContext>().Applications
            .Where(a => a.Email == "bot@spam.example" || a.Email == "ddwywaith@ysgol.example").CountAsync());
        Assert.Equal(1, stored);
        Assert.Contains((await ApplicationAsync("ddwywaith@ysgol.example")).Reference, again.Text, StringComparison.Ordinal);
    }

    private async Task<HtmlPage> ApplyAsync(string email, string teacher, string hub)
    {
        var visitor = factory.CreateClient();
        var form = await visitor.GetPageAsync($"{Base}/hybiau/ymgeisio");
        return await visitor.SubmitAsync(form, Answers(email, teacher, hub));
    }

    private static Dictionary<string, string> Answers(string email, string teacher, string hub)
    {
        var values = new Dictionary<string, string>
        {
            ["Input.Name"] = email.StartsWith("nia", StringComparison.Ordinal) ? "Nia Pritchard" : "Ymgeisydd Prawf",
            ["Input.Email"] = email,
            ["Input.Organisation"] = "Ysgol Gynradd y Bryn",
            ["Input.Teacher"] = teacher,
            ["Input.Hub"] = hub,
            ["Input.Answers[1]"] = "Rwy'n arwain HMS yn fy ysgol ac mewn clwstwr lleol.",
        };
        for (var point = 2; point <= 7; point++)
        {
            values[$"Input.Answers[{point}]"] = $"Ateb i bwynt {point}, gyda thystiolaeth.";
        }

        return values;
    }

    /// <summary>The account with this address, its hub and roles; null without one.</summary>
    private Task<(string? Hub, IList<string> Roles)?> AccountAsync(string email) =>
        factory.InTenantAsync(_tenant, async s =>
        {
            var users = s.GetRequiredService<UserManager<PsqmUser>>();
            return await users.FindByEmailAsync(email) is { } user ? (user.Hub, await users.GetRolesAsync(user)) : ((string?, IList<string>)?)null;
        });

    private Task<HubLeaderApplication> ApplicationAsync(string email) =>
        factory.InTenantAsync(_tenant, s => s.GetRequiredService<ProgrammeDbContext>().Applications.AsNoTracking().SingleAsync(a => a.Email == email));
}
