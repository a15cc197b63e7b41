using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Tenancy;
using Psqm.Modules.Criteria.Data;
using Psqm.Modules.Programme.Data;
using Psqm.Modules.Workflows.Data;

namespace Psqm.Testing;

/// <summary>The demo subject leader's school year, made ready to submit, and where its submission stands.</summary>
public static class SubmissionSteps
{
    public static Task<int> OwnEnrolmentAsync(this PsqmFactory factory, Tenant tenant) => factory.InTenantAsync(tenant, s =>
    {
        var db = s.GetRequiredService<ProgrammeDbContext>();
        return db.Enrolments.Where(e => db.Contacts.Any(c => c.SchoolId == e.SchoolId && c.NormalizedEmail == "SUBJECTLEADER@EXAMPLE.ORG")).Select(e => e.Id).SingleAsync();
    });

    public static Task<string> SubmissionStateAsync(this PsqmFactory factory, Tenant tenant, int enrolment) => factory.InTenantAsync(tenant, s =>
        s.GetRequiredService<WorkflowsDbContext>().Instances.Where(i => Psqm.Modules.Programme.Services.Submissions.Definitions.Contains(i.Definition) && i.SubjectId == enrolment.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(i => i.State).SingleAsync());

    /// <summary>A reflection and a piece of evidence for every criterion of the level the school works to.</summary>
    public static Task<int> CompleteYearAsync(this PsqmFactory factory, Tenant tenant, int enrolment) => factory.InTenantAsync(tenant, async s =>
    {
        var db = s.GetRequiredService<ProgrammeDbContext>();
        var year = await db.Enrolments.Include(e => e.Round).SingleAsync(e => e.Id == enrolment);
        var level = year.WorkingLevel ?? "psqm";
        var criteria = await s.GetRequiredService<CriteriaDbContext>().Criteria.Where(c => c.FrameworkKey == year.Round.FrameworkKey && c.LevelKey == level).Select(c => c.Id).ToListAsync();
        db.Reflections.RemoveRange(db.Reflections.Where(r => r.EnrolmentId == enrolment));
        db.Reflections.AddRange(criteria.Select(c => new Reflection { EnrolmentId = enrolment, CriterionId = c, Text = "What we did and the difference it made.", UpdatedBy = "test" }));
        db.Evidence.Add(new EvidenceItem { EnrolmentId = enrolment, Caption = "Our science week", Link = "https://example.org/science-week", CriterionIds = criteria, AddedBy = "test" });
        return await db.SaveChangesAsync();
    });

    /// <summary>Moves the round's submission date of the school year to the given day.</summary>
    public static Task<int> SubmissionDueAsync(this PsqmFactory factory, Tenant tenant, int enrolment, DateOnly day) => factory.InTenantAsync(tenant, async s =>
    {
        var db = s.GetRequiredService<ProgrammeDbContext>();
        var round = await db.Enrolments.Where(e => e.Id == enrolment).Select(e => e.Round).SingleAsync();
        round.Milestones = round.Milestones.Select(m => m.Key == "submission" ? new Milestone { Key = m.Key, Audience = m.Audience, Date = day } : m).ToList();
        return await db.SaveChangesAsync();
    });

    /// <summary>The demo school's year, completed, submitted and signed off through the pages; returns the enrolment.</summary>
    public static async Task<int> SignedOffAsync(this PsqmFactory factory, Tenant tenant, string hubSchoolsPath, string submissionPath)
    {
        var enrolment = await factory.OwnEnrolmentAsync(tenant);
        await factory.CompleteYearAsync(tenant, enrolment);
        var school = await factory.SignedInAsync(tenant, Accounts.Demo("SubjectLeader"));
        await school.SubmitAsync(await school.GetPageAsync($"{tenant.BasePath}{submissionPath}"), new Dictionary<string, string>(), "form[action='?handler=Submit']");
        var hub = await factory.SignedInAsync(tenant, Accounts.Demo("HubLeader"));
        await hub.SubmitAsync(await hub.GetPageAsync($"{tenant.BasePath}{hubSchoolsPath}/{enrolment}"), new Dictionary<string, string> { ["Step"] = "sign-off" }, "form[action='?handler=Submission']");
        return enrolment;
    }
}
