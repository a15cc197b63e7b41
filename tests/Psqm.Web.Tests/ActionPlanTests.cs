using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Tenancy;
using Psqm.Modules.Programme.Data;

namespace Psqm.Web.Tests;

/// <summary>The action plan: started from the audit, saved as versions, compared, commented on by the hub leader.</summary>
[Collection(SharedSite.Name)]
public sealed class ActionPlanTests(PsqmFactory factory)
{
    [Fact]
    public async Task APlan_StartsFromTheAuditsWeakestCriteria_AndEachSaveKeepsAVersionToCompare()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var school = await factory.SignedInAsync(tenant, Accounts.Demo("SubjectLeader"));

        var start = await school.GetPageAsync($"{tenant.BasePath}/my-school/action-plan");
        var suggested = start.Document.QuerySelectorAll("textarea[name$='.Action']").Select(t => t.TextContent).ToList();
        Assert.NotEmpty(suggested);
        Assert.Contains("It is not saved yet", start.Text, StringComparison.Ordinal);

        var owners = Enumerable.Range(0, suggested.Count).ToDictionary(i => $"Actions[{i}].Owner", _ => "Science lead");
        owners["Actions[0].Action"] = "Run a whole-school investigation week in March.";
        var first = await school.SubmitAsync(start, owners, "form#plan");
        Assert.Contains("Your action plan is saved as version 1.", first.Text, StringComparison.Ordinal);

        var second = await school.SubmitAsync(first, new Dictionary<string, string> { ["Actions[0].Status"] = "Done", ["Actions[1].Remove"] = "true" }, "form#plan");
        Assert.Contains("Your action plan is saved as version 2.", second.Text, StringComparison.Ordinal);
        Assert.Equal(suggested.Count - 1, second.Document.QuerySelectorAll("textarea[name$='.Action']").Length);

        var compared = await school.GetPageAsync($"{tenant.BasePath}/my-school/action-plan?From=2&To=1");
        var changes = compared.Document.QuerySelectorAll("#comparison + table tbody tr").Select(r => r.QuerySelector("th")!.TextContent.Trim()).ToList();
        Assert.Equal(["Changed", "Removed"], changes);
        Assert.Contains("Status (changed)", compared.Document.QuerySelector("#comparison + table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASaveFromAnOlderVersion_IsRefused_KeepingWhatWasTyped_AndTheNextSaveGoesThrough()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var tab1 = await factory.SignedInAsync(tenant, Accounts.Demo("SubjectLeader"));
        var tab2 = await factory.SignedInAsync(tenant, Accounts.Demo("SubjectLeader"));
        var page = await tab1.GetPageAsync($"{tenant.BasePath}/my-school/action-plan");
        var saved = await tab1.SubmitAsync(page, Owners(page, "Head teacher"), "form#plan");
        var stale = await tab2.GetPageAsync($"{tenant.BasePath}/my-school/action-plan");
        await tab1.SubmitAsync(saved, new Dictionary<string, string> { ["Actions[0].Status"] = "InProgress" }, "form#plan");

        var refused = await tab2.SubmitAsync(stale, new Dictionary<string, string> { ["Actions[0].Owner"] = "Deputy head" }, "form#plan");

        Assert.Contains("Someone else saved this plan while you were editing it.", refused.Document.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Deputy head", refused.Document.QuerySelector("#Actions_0__Owner")!.GetAttribute("value"));
        Assert.Equal(2, await VersionsAsync(tenant));

        var again = await tab2.SubmitAsync(refused, new Dictionary<string, string>(), "form#plan");
        Assert.Contains("Your action plan is saved as version 3.", again.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadActions_AreRefusedInWelsh_WithWhatWasTypedKept_AndNothingSaved()
    {
        var tenant = await factory.CreateTenantAsync("cymru");
        var school = await factory.SignedInAsync(tenant, Accounts.Demo("SubjectLeader"));
        var page = await school.GetPageAsync($"{tenant.BasePath}/fy-ysgol/cynllun-gweithredu");

        var refused = await school.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Actions[0].Action"] = "<script>alert(1)</script>",
            ["Actions[0].Owner"] = "",
            ["Actions[0].Due"] = "2027-02-30",
            ["Actions[0].Status"] = "Finished",
            ["Actions[0].CriterionId"] = "999999",
            ["Actions[1].Owner"] = new string('x', 101),
        }, "form#plan");

        Assert.Equal(HttpStatusCode.OK, refused.Response.StatusCode);
        var summary = refused.Document.QuerySelector(".govuk-error-summary")!.TextContent;
        foreach (var message in new[] { "Rhowch pwy sy'n arwain y cam gweithredu", "Rhowch y dyddiad erbyn fel dyddiad go iawn", "Dewiswch statws y cam gweithredu", "Dewiswch faen prawf o'ch lefel", "Rhaid i bwy sy'n ei arwain fod yn 100 nod neu lai" })
        {
            Assert.Contains(message, summary, StringComparison.Ordinal);
        }

        Assert.Equal("<script>alert(1)</script>", refused.Document.QuerySelector("#Actions_0__Action")!.TextContent);
        Assert.Equal(0, await VersionsAsync(tenant));
    }

    [Fact]
    public async Task AddingAnAction_KeepsWhatWasTyped_AndSavesNothing()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var school = await factory.SignedInAsync(tenant, Accounts.Demo("SubjectLeader"));
        var page = await school.GetPageAsync($"{tenant.BasePath}/my-school/action-plan");
        var count = page.Document.QuerySelectorAll("textarea[name$='.Action']").Length;

        var added = await school.SubmitAsync(page, new Dictionary<string, string> { ["Actions[0].Owner"] = "Year 6 teacher" }, "form#plan", "?handler=Add");

        Assert.Equal(count + 1, added.Document.QuerySelectorAll("textarea[name$='.Action']").Length);
        Assert.Equal("Year 6 teacher", added.Document.QuerySelector("#Actions_0__Owner")!.GetAttribute("value"));
        Assert.Equal(0, await VersionsAsync(tenant));

        // The empty action added and left empty is dropped, not refused.
        var saved = await school.SubmitAsync(added, Owners(page, "Science lead"), "form#plan");
        Assert.Contains("Your action plan is saved as version 1.", saved.Text, StringComparison.Ordinal);
        Assert.Equal(count, saved.Document.QuerySelectorAll("textarea[name$='.Action']").Length);
    }

    [Fact]
    public async Task TheHubLeader_CommentsOnAnAction_TheSchoolSeesIt_AndAnotherHubCannotOpenThePlan()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var school = await factory.SignedInAsync(tenant, Accounts.Demo("SubjectLeader"));
        var page = await school.GetPageAsync($"{tenant.BasePath}/my-school/action-plan");
        await school.SubmitAsync(page, Owners(page, "Science lead"), "form#plan");
        var id = await factory.InTenantAsync(tenant, s => s.GetRequiredService<ProgrammeDbContext>().Plans.Where(p => p.SavedBy != "recipe").Select(p => p.EnrolmentId).SingleAsync());

        var hub = factory.CreateClient();
        await hub.SignInAsync(tenant.BasePath.Value!, Accounts.Demo("HubLeader"));
        var plan = await hub.GetPageAsync($"{tenant.BasePath}/my-hub/schools/{id}/action-plan");
        var form = plan.Document.QuerySelector("form[action^='?handler=Comment']")!;
        var field = form.QuerySelector("textarea")!.GetAttribute("name")!;
        var empty = await hub.SubmitAsync(plan, new Dictionary<string, string> { [field] = "  " }, "form[action^='?handler=Comment']");
        Assert.Contains("Write your comment", empty.Document.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        await hub.SubmitAsync(plan, new Dictionary<string, string> { [field] = "Good start: add how pupils will show it." }, "form[action^='?handler=Comment']");

        var seen = await school.GetPageAsync($"{tenant.BasePath}/my-school/action-plan");
        Assert.Contains("Good start: add how pupils will show it.", seen.Document.QuerySelector(".psqm-plan-action")!.TextContent, StringComparison.Ordinal);

        var other = factory.CreateClient();
        await other.SignInAsync(tenant.BasePath.Value!, "hubleader2@example.org");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(new Uri($"{tenant.BasePath}/my-hub/schools/{id}/action-plan", UriKind.Relative))).StatusCode);
    }


    private static Dictionary<string, string> Owners(HtmlPage page, string owner) =>
        page.Document.QuerySelectorAll("input[name$='.Owner']").Select(i => i.GetAttribute("name")!).ToDictionary(n => n, _ => owner);

    // The recipes give another demo school a plan of its own.
    private Task<int> VersionsAsync(Tenant tenant) => factory.InTenantAsync(tenant, s => s.GetRequiredService<ProgrammeDbContext>().Plans.CountAsync(p => p.SavedBy != "recipe"));
}
