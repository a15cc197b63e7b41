using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Tenancy;
using Psqm.Modules.Workflows.Data;
using Psqm.Modules.Workflows.Engine;

namespace Psqm.Web.Tests;

/// <summary>Reminders before a deadline and escalation after it: each sent once, however many sweeps run at once or again.</summary>
[Collection(SharedSite.Name)]
public sealed class WorkflowTimerTests(PsqmFactory factory)
{
    [Fact]
    public async Task TheReminderBeforeTheDeadline_AndTheEscalationAfterIt_AreEachSentOnce_BySweepsRunningTogetherAndAgain()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var enrolment = await factory.OwnEnrolmentAsync(tenant);
        await factory.SubmissionDueAsync(tenant, enrolment, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3)));
        await factory.InTenantAsync(tenant, s => s.GetRequiredService<WorkflowEngine>().StartAsync("submission", "enrolment", $"{enrolment}", default));

        // Two sweeps at once (as two nodes on one database would), then one more (as after a restart).
        await Task.WhenAll(SweepAsync(tenant), SweepAsync(tenant));
        await SweepAsync(tenant);

        Assert.Single(Mail(tenant, "subjectleader@example.org", "Reminder: your submission is due on"));
        Assert.Empty(Mail(tenant, "hq@example.org", "Past the submission deadline"));

        await factory.SubmissionDueAsync(tenant, enrolment, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-3)));
        await Task.WhenAll(SweepAsync(tenant), SweepAsync(tenant));
        await SweepAsync(tenant);

        Assert.Single(Mail(tenant, "hq@example.org", "Past the submission deadline"));
        Assert.Single(Mail(tenant, "subjectleader@example.org", "Reminder: your submission is due on"));
        Assert.Equal(2, await factory.InTenantAsync(tenant, s => s.GetRequiredService<WorkflowsDbContext>().TimerFirings.CountAsync()));

        var hq = await factory.SignedInAsync(tenant, Accounts.Demo("HQ"));
        var stuck = await hq.GetPageAsync($"{tenant.BasePath}/admin/workflows/instances?Stuck=true");
        Assert.Contains($"enrolment {enrolment}", stuck.Text, StringComparison.Ordinal);
        Assert.Contains("Past its deadline", stuck.Text, StringComparison.Ordinal);
    }

    private Task<int> SweepAsync(Tenant tenant) => factory.InTenantAsync(tenant, s => s.GetRequiredService<WorkflowTimers>().FireDueAsync(DateTime.UtcNow, default));

    private IEnumerable<string> Mail(Tenant tenant, string to, string subject) =>
        factory.Mail(tenant).Where(m => m.Contains($"To: {to}", StringComparison.Ordinal) && MailText.Subject(m).StartsWith(subject, StringComparison.Ordinal));

    [Fact]
    public async Task AnAwardedSchool_IsRemindedOnce_InWelsh_ToRenewBeforeItsAwardEnds()
    {
        var tenant = await factory.CreateTenantAsync("cymru");
        await factory.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<Psqm.Modules.Awards.Data.AwardsDbContext>();
            var award = await db.AwardHolders.SingleAsync(h => h.EnrolmentId != null);
            award.ExpiresOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);
            return await db.SaveChangesAsync();
        });

        await Task.WhenAll(SweepAsync(tenant), SweepAsync(tenant));
        await SweepAsync(tenant);

        var reminder = Assert.Single(Mail(tenant, "d.rhys@maesydwr.example.org", "Mae eich gwobr yn dod i ben"));
        Assert.Contains("/cofrestru-diddordeb", MailText.Parse(reminder).TextBody ?? "", StringComparison.Ordinal);
    }
}
