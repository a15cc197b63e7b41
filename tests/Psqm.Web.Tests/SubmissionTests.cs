using System.Net;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Tenancy;
using Psqm.Modules.Criteria.Data;
using Psqm.Modules.Programme.Data;
using Psqm.Modules.Workflows.Data;
using Psqm.Modules.Workflows.Engine;

namespace Psqm.Web.Tests;

/// <summary>The submission process on the workflow engine: the school submits, its hub leader returns it with feedback or signs it off.</summary>
[Collection(SharedSite.Name)]
public sealed class SubmissionTests(PsqmFactory factory)
{
    [Fact]
    public async Task AnIncompleteSubmission_IsRefusedInWelsh_SayingWhatIsMissing()
    {
        var tenant = await factory.CreateTenantAsync("cymru");
        var school = await factory.SignedInAsync(tenant, Accounts.Demo("SubjectLeader"));
        var page = await school.GetPageAsync($"{tenant.BasePath}/fy-ysgol/cyflwyniad");
        Assert.Contains("Wrthi'n cael ei ysgrifennu", page.Text, StringComparison.Ordinal);

        var refused = await school.SubmitAsync(page, new Dictionary<string, string>(), "form[action='?handler=Submit']");

        Assert.Contains("Mae angen myfyrdod a thystiolaeth ar bob maen prawf", refused.Document.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("draft", await factory.SubmissionStateAsync(tenant, await factory.OwnEnrolmentAsync(tenant)));
    }

    [Fact]
    public async Task TheHubLeader_ReturnsItWithFeedback_TheSchoolReadsItAndSubmitsAgain_ThenItIsSignedOff()
    {
        var tenant = await factory.CreateTenantAsync("cymru");
        var enrolment = await factory.OwnEnrolmentAsync(tenant);
        await factory.CompleteYearAsync(tenant, enrolment);
        var school = await factory.SignedInAsync(tenant, Accounts.Demo("SubjectLeader"));

        var sent = await school.SubmitAsync(await school.GetPageAsync($"{tenant.BasePath}/fy-ysgol/cyflwyniad"), new Dictionary<string, string>(), "form[action='?handler=Submit']");
        Assert.Contains("Gydag arweinydd yr hyb", sent.Text, StringComparison.Ordinal);
        Assert.Contains(factory.Mail(tenant), m => m.Contains("To: hubleader@example.org", StringComparison.Ordinal) && MailText.Subject(m).StartsWith("Cyflwyniad i'w gymeradwyo", StringComparison.Ordinal));

        var otherHub = await factory.SignedInAsync(tenant, "hubleader2@example.org");
        Assert.Equal(HttpStatusCode.NotFound, (await otherHub.GetAsync(new Uri($"{tenant.BasePath}/fy-hyb/ysgolion/{enrolment}", UriKind.Relative))).StatusCode);

        var hub = await factory.SignedInAsync(tenant, Accounts.Demo("HubLeader"));
        var mine = await hub.GetPageAsync($"{tenant.BasePath}/fy-hyb/ysgolion/{enrolment}");
        var silent = await hub.SubmitAsync(mine, new Dictionary<string, string> { ["Step"] = "return", ["Feedback"] = "" }, "form[action='?handler=Submission']");
        Assert.Contains("Ysgrifennwch pam", silent.Document.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("submitted", await factory.SubmissionStateAsync(tenant, enrolment));

        await hub.SubmitAsync(silent, new Dictionary<string, string> { ["Step"] = "return", ["Feedback"] = "Ychwanegwch enghreifftiau o waith y disgyblion." }, "form[action='?handler=Submission']");
        Assert.Equal("draft", await factory.SubmissionStateAsync(tenant, enrolment));
        Assert.Contains(factory.Mail(tenant), m => m.Contains("To: subjectleader@example.org", StringComparison.Ordinal) && MailText.Decode(m).Contains("Ychwanegwch enghreifftiau", StringComparison.Ordinal));
        var back = await school.GetPageAsync($"{tenant.BasePath}/fy-ysgol/cyflwyniad");
        Assert.Contains("Ychwanegwch enghreifftiau o waith y disgyblion.", back.Text, StringComparison.Ordinal);

        await school.SubmitAsync(back, new Dictionary<string, string>(), "form[action='?handler=Submit']");
        var again = await hub.GetPageAsync($"{tenant.BasePath}/fy-hyb/ysgolion/{enrolment}");
        var signed = await hub.SubmitAsync(again, new Dictionary<string, string> { ["Step"] = "sign-off" }, "form[action='?handler=Submission']");
        Assert.Contains("Rydych wedi cymeradwyo cyflwyniad", signed.Text, StringComparison.Ordinal);
        Assert.Equal("signed-off", await factory.SubmissionStateAsync(tenant, enrolment));

        var hq = await factory.SignedInAsync(tenant, Accounts.Demo("HQ"));
        var instance = await factory.InTenantAsync(tenant, s => s.GetRequiredService<WorkflowsDbContext>().Instances.Where(i => i.SubjectType == "enrolment" && i.SubjectId == enrolment.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(i => i.Id).SingleAsync());
        var timeline = await hq.GetPageAsync($"{tenant.BasePath}/en/admin/workflows/instances/{instance}");
        Assert.Equal(4, timeline.Document.QuerySelectorAll("ol.govuk-list > li").Length - 1);
        Assert.Contains("Return with feedback", timeline.Text, StringComparison.Ordinal);
        Assert.NotNull(timeline.Document.QuerySelector("svg[role=img] rect[stroke-width='4']"));
    }

    [Fact]
    public async Task WhileTheHubLeaderHasIt_ReflectionsAndEvidenceCannotChange_AndWhatWasTypedIsKept()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var enrolment = await factory.OwnEnrolmentAsync(tenant);
        await factory.CompleteYearAsync(tenant, enrolment);
        var school = await factory.SignedInAsync(tenant, Accounts.Demo("SubjectLeader"));
        var reflections = await school.GetPageAsync($"{tenant.BasePath}/my-school/reflections");
        var open = await school.GetPageAsync(reflections.Document.QuerySelector("a.govuk-task-list__link")!.GetAttribute("href")!);
        await school.SubmitAsync(await school.GetPageAsync($"{tenant.BasePath}/my-school/submission"), new Dictionary<string, string>(), "form[action='?handler=Submit']");

        var refused = await school.SubmitAsync(open, new Dictionary<string, string> { ["Text"] = "A late change." }, "form[action='?handler=Save']");

        Assert.Contains("Your submission is with your hub leader", refused.Document.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Null(refused.Document.QuerySelector("form[action='?handler=Save']"));
        Assert.Contains(refused.Document.QuerySelectorAll(".govuk-inset-text"), i => i.TextContent.Contains("What you typed, which is not saved", StringComparison.Ordinal) && i.TextContent.Contains("A late change.", StringComparison.Ordinal));
        Assert.Equal(0, await factory.InTenantAsync(tenant, s => s.GetRequiredService<ProgrammeDbContext>().Reflections.CountAsync(r => r.Text == "A late change.")));
        var library = await school.GetPageAsync($"{tenant.BasePath}/my-school/evidence");
        Assert.Contains("Your submission is with your hub leader", library.Text, StringComparison.Ordinal);
        Assert.Null(library.Document.QuerySelector("form[enctype='multipart/form-data']"));
    }

    [Fact]
    public async Task TwoHubLeadersActingAtOnce_OneSucceeds_TheOtherIsToldWhatHappened()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var enrolment = await factory.OwnEnrolmentAsync(tenant);
        await factory.CompleteYearAsync(tenant, enrolment);
        var school = await factory.SignedInAsync(tenant, Accounts.Demo("SubjectLeader"));
        await school.SubmitAsync(await school.GetPageAsync($"{tenant.BasePath}/my-school/submission"), new Dictionary<string, string>(), "form[action='?handler=Submit']");

        var hub = await factory.SignedInAsync(tenant, Accounts.Demo("HubLeader"));
        var first = await hub.GetPageAsync($"{tenant.BasePath}/my-hub/schools/{enrolment}");
        var second = await hub.GetPageAsync($"{tenant.BasePath}/my-hub/schools/{enrolment}");
        await hub.SubmitAsync(first, new Dictionary<string, string> { ["Step"] = "sign-off" }, "form[action='?handler=Submission']");

        var late = await hub.SubmitAsync(second, new Dictionary<string, string> { ["Step"] = "return", ["Feedback"] = "More on pupil voice, please." }, "form[action='?handler=Submission']");

        Assert.Contains("Someone else took a step on this while you were looking at it.", late.Document.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("More on pupil voice, please.", late.Text, StringComparison.Ordinal);
        Assert.Equal("signed-off", await factory.SubmissionStateAsync(tenant, enrolment));
    }

    [Fact]
    public async Task ASubmissionAfterTheDeadline_IsRefused()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var enrolment = await factory.OwnEnrolmentAsync(tenant);
        await factory.CompleteYearAsync(tenant, enrolment);
        await factory.SubmissionDueAsync(tenant, enrolment, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1));
        var school = await factory.SignedInAsync(tenant, Accounts.Demo("SubjectLeader"));

        var refused = await school.SubmitAsync(await school.GetPageAsync($"{tenant.BasePath}/my-school/submission"), new Dictionary<string, string>(), "form[action='?handler=Submit']");

        Assert.Contains("has passed", refused.Document.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("draft", await factory.SubmissionStateAsync(tenant, enrolment));
    }

    [Fact]
    public async Task TheEngine_LetsOnlyOneOfTwoSimultaneousTransitionsThrough()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var enrolment = await factory.OwnEnrolmentAsync(tenant);
        await factory.CompleteYearAsync(tenant, enrolment);
        var (instance, version) = await factory.InTenantAsync(tenant, async s =>
        {
            var started = await s.GetRequiredService<WorkflowEngine>().StartAsync("submission", "enrolment", enrolment.ToString(System.Globalization.CultureInfo.InvariantCulture), default);
            return (started.Id, started.Version);
        });
        var leader = new ClaimsPrincipal(new ClaimsIdentity([new(ClaimTypes.Name, "subjectleader@example.org"), new(ClaimTypes.Email, "subjectleader@example.org"), new(ClaimTypes.Role, "SubjectLeader")], "test"));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => factory.InTenantAsync(tenant, s =>
            s.GetRequiredService<WorkflowEngine>().TakeAsync(instance, "submit", version, leader, null, default))));

        Assert.Single(outcomes, o => o.Taken);
        Assert.Single(outcomes, o => o.Status == TransitionStatus.Conflict);
        Assert.Equal(1, await factory.InTenantAsync(tenant, s => s.GetRequiredService<WorkflowsDbContext>().Steps.CountAsync(x => x.InstanceId == instance)));
    }
}
