using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Psqm.Core.Data;
using Psqm.Core.Hubs;
using Psqm.Core.Security;
using Psqm.Core.Tenancy;
using Psqm.Modules.Awards.Services;
using Psqm.Modules.Programme.Data;
using Psqm.Modules.Workflows.Engine;

namespace Psqm.Modules.Programme.Services;

/// <summary><c>rule:reviewer</c>: the hub leader HQ assigned to review this submission, while the review is theirs to do.</summary>
public sealed class ReviewerRule(ProgrammeDbContext db) : IWorkflowRule
{
    public string Name => "reviewer";

    public string Description => "The reviewer from another hub";

    public async Task<bool> AllowsAsync(WorkflowContext context, CancellationToken cancellationToken)
    {
        var email = ProgrammeScope.NormalizedEmail(context.User);
        var id = SubmissionPart.EnrolmentId(context);
        return email is not null && id is not null
            && await db.Reviews.AnyAsync(r => r.EnrolmentId == id && r.Reviewer == email && r.WithdrawnUtc == null && r.CompletedUtc == null, cancellationToken);
    }
}

/// <summary><c>reviewer-eligible</c>: the reviewer chosen is a hub leader of another hub with no declared conflict of interest.</summary>
public sealed class ReviewerEligibleGuard(ProgrammeDbContext db, ProgrammeScope scope, Reviews reviews, IStringLocalizer<ReviewerEligibleGuard> s)
    : SubmissionPart(db, scope), IWorkflowGuard
{
    public string Name => "reviewer-eligible";

    public async Task<string?> CheckAsync(WorkflowContext context, CancellationToken cancellationToken)
    {
        if (await EnrolmentAsync(context, cancellationToken) is not { } enrolment)
        {
            return s["This submission has no school year."].Value;
        }

        return (await reviews.CheckAsync(enrolment, context.Value("reviewer"), cancellationToken)).Refusal switch
        {
            ReviewerRefusal.NotHubLeader => s["Choose a hub leader to review the submission."].Value,
            ReviewerRefusal.OwnHub => s["That hub leader leads the school's own hub. Choose a hub leader of another hub."].Value,
            ReviewerRefusal.Conflict => s["That hub leader has a conflict of interest with this school. Choose another."].Value,
            _ => null,
        };
    }
}

/// <summary><c>review-complete</c>: the reviewer has a finding on every criterion of the level and recommends a level.</summary>
public sealed class ReviewCompleteGuard(ProgrammeDbContext db, ProgrammeScope scope, SchoolYears years, Reviews reviews, IStringLocalizer<ReviewCompleteGuard> s)
    : SubmissionPart(db, scope), IWorkflowGuard
{
    public string Name => "review-complete";

    public async Task<string?> CheckAsync(WorkflowContext context, CancellationToken cancellationToken)
    {
        if (SubmissionPart.EnrolmentId(context) is not { } id || await years.LoadAsync(id, cancellationToken) is not { } year
            || await reviews.CurrentAsync(id, cancellationToken) is not { } review)
        {
            return s["There is no review to send."].Value;
        }

        var criteria = year.CriteriaOf(year.AuditLevel);
        var found = criteria.Count(c => review.Findings.Any(f => f.CriterionId == c.Id));
        if (found < criteria.Count)
        {
            return s["Record met or not yet for every criterion before sending the review: {0} of {1} done.", found, criteria.Count].Value;
        }

        return review.RecommendedLevel is null ? s["Recommend a level before sending the review."].Value : null;
    }
}

/// <summary><c>level-chosen</c>: HQ named a level of the school's quality mark to award.</summary>
public sealed class LevelChosenGuard(ProgrammeDbContext db, ProgrammeScope scope, SchoolYears years, IStringLocalizer<LevelChosenGuard> s) : SubmissionPart(db, scope), IWorkflowGuard
{
    public string Name => "level-chosen";

    public async Task<string?> CheckAsync(WorkflowContext context, CancellationToken cancellationToken) =>
        SubmissionPart.EnrolmentId(context) is { } id && await years.LoadAsync(id, cancellationToken) is { } year
        && year.Framework.Framework.Levels.Any(l => l.Key == context.Value("level"))
            ? null
            : s["Choose the level to award."].Value;
}

/// <summary>The actions of the review and award steps, each writing inside the step's transaction.</summary>
public abstract class ReviewAction(Microsoft.EntityFrameworkCore.DbContextOptions<ProgrammeDbContext> options, TimeProvider clock)
{
    protected DateTime Now => clock.GetUtcNow().UtcDateTime;

    protected async Task WithinAsync(WorkflowContext context, Func<ProgrammeDbContext, int, Task> change, CancellationToken cancellationToken)
    {
        await using var db = await SharedTransaction.JoinAsync(context.Store!, options, cancellationToken);
        await change(db, SubmissionPart.EnrolmentId(context)!.Value);
        await db.SaveChangesAsync(cancellationToken);
    }

    protected static Task<Review?> CurrentAsync(ProgrammeDbContext db, int enrolment, CancellationToken cancellationToken) =>
        db.Reviews.Where(r => r.EnrolmentId == enrolment && r.WithdrawnUtc == null).OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
}

/// <summary><c>assign-reviewer</c>: the review is recorded for the hub leader HQ chose.</summary>
public sealed class AssignReviewerAction(Microsoft.EntityFrameworkCore.DbContextOptions<ProgrammeDbContext> options, TimeProvider clock, IHubMembers members)
    : ReviewAction(options, clock), IWorkflowAction
{
    public string Name => "assign-reviewer";

    public async Task RunAsync(WorkflowContext context, string? argument, CancellationToken cancellationToken)
    {
        var email = Reviews.Normalize(context.Value("reviewer")!);
        var leader = (await members.HubLeadersAsync(cancellationToken)).First(l => Reviews.Normalize(l.Leader.Email) == email);
        await WithinAsync(context, (db, enrolment) =>
        {
            db.Reviews.Add(new Review
            {
                EnrolmentId = enrolment, Reviewer = email, ReviewerName = leader.Leader.Name ?? "", ReviewerHub = leader.Hub,
                AssignedUtc = Now, AssignedBy = context.User.Identity?.Name ?? "",
            });
            return Task.CompletedTask;
        }, cancellationToken);
    }
}

/// <summary><c>declare-conflict</c>: the reviewer steps down; their reason is kept as a conflict of interest with the school.</summary>
public sealed class DeclareConflictAction(Microsoft.EntityFrameworkCore.DbContextOptions<ProgrammeDbContext> options, TimeProvider clock)
    : ReviewAction(options, clock), IWorkflowAction
{
    public string Name => "declare-conflict";

    public Task RunAsync(WorkflowContext context, string? argument, CancellationToken cancellationToken) =>
        WithinAsync(context, async (db, enrolment) =>
        {
            if (await CurrentAsync(db, enrolment, cancellationToken) is not { } review)
            {
                return;
            }

            review.WithdrawnUtc = Now;
            var school = await db.Enrolments.Where(e => e.Id == enrolment).Select(e => e.SchoolId).FirstAsync(cancellationToken);
            if (!await db.Conflicts.AnyAsync(c => c.SchoolId == school && c.Reviewer == review.Reviewer, cancellationToken))
            {
                db.Conflicts.Add(new ReviewConflict { SchoolId = school, Reviewer = review.Reviewer, Reason = context.Comment ?? "", DeclaredUtc = Now });
            }
        }, cancellationToken);
}

/// <summary><c>complete-review</c>: the review is sent; its findings no longer change.</summary>
public sealed class CompleteReviewAction(Microsoft.EntityFrameworkCore.DbContextOptions<ProgrammeDbContext> options, TimeProvider clock)
    : ReviewAction(options, clock), IWorkflowAction
{
    public string Name => "complete-review";

    public Task RunAsync(WorkflowContext context, string? argument, CancellationToken cancellationToken) =>
        WithinAsync(context, async (db, enrolment) =>
        {
            if (await CurrentAsync(db, enrolment, cancellationToken) is { } review)
            {
                review.CompletedUtc = Now;
            }
        }, cancellationToken);
}

/// <summary>
/// <c>award</c>: the school holds the level HQ chose (or, assessed, the one it worked to), from today for the years the
/// programme's settings say; the award joins the directory with its certificate code, in the step's transaction.
/// </summary>
public sealed class AwardAction(ProgrammeDbContext db, SchoolYears years, AwardRegister register, IHubDirectory hubs, TimeProvider clock) : IWorkflowAction
{
    public string Name => "award";

    public async Task RunAsync(WorkflowContext context, string? argument, CancellationToken cancellationToken)
    {
        var id = SubmissionPart.EnrolmentId(context)!.Value;
        var enrolment = await db.Enrolments.AsNoTracking().Include(e => e.School).Include(e => e.Round).FirstAsync(e => e.Id == id, cancellationToken);
        var lasts = await db.Settings.AsNoTracking().Select(x => (int?)x.AwardYears).FirstOrDefaultAsync(cancellationToken) ?? 3;

        // The level HQ chose; an assessed mark's award is the level the school worked to.
        var level = context.Value("level") ?? (await years.LoadAsync(id, cancellationToken))!.AuditLevel;
        var region = (await hubs.ListAsync(cancellationToken)).FirstOrDefault(h => h.Key == enrolment.Hub)?.Region ?? "";
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.InZone(TenantScope.Required.TimeZone));
        await register.GrantAsync(
            new AwardGrant(id, enrolment.School.Name, enrolment.School.Town, region, level, enrolment.Round.Key, today, today.AddYears(lasts).AddDays(-1)),
            context.Store, cancellationToken);
    }
}
