using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Psqm.Core.Security;
using Psqm.Core.Tenancy;
using Psqm.Modules.Programme.Data;
using Psqm.Modules.Workflows.Data;
using Psqm.Modules.Workflows.Engine;

namespace Psqm.Modules.Programme.Services;

/// <summary>
/// A school year's way to its award as an instance of a workflow (its subject is the enrolment): the <c>submission</c>
/// (signed off, reviewed by another hub, moderated), or, for a mark whose schools an assessor visits, the
/// <c>assessment</c>. Started at its first step, moved only by the engine.
/// </summary>
public sealed class Submissions(WorkflowEngine engine, WorkflowsDbContext db, ProgrammeDbContext programme, Psqm.Modules.Criteria.FrameworkReader frameworks)
{
    public const string Definition = "submission";
    public const string Assessment = "assessment";
    public const string Subject = "enrolment";

    /// <summary>The processes a school year can follow.</summary>
    public static readonly IReadOnlyList<string> Definitions = [Definition, Assessment];

    /// <summary>States in which the school's reflections and evidence are with someone else, or decided, and cannot change.</summary>
    public static readonly IReadOnlySet<string> Locked = new HashSet<string>(StringComparer.Ordinal) { "submitted", "signed-off", "in-review", "reviewed", "awarded", "not-yet", "met" };

    /// <summary>Whether the school's reflections and evidence are out of its hands (submitted, reviewed, decided).</summary>
    public async Task<bool> LockedAsync(int enrolment, CancellationToken cancellationToken) =>
        (await StatesAsync(db, [enrolment], cancellationToken)).TryGetValue(enrolment, out var state) && Locked.Contains(state);

    /// <summary>The year's instance, started if nothing has happened to it yet (for code about to take a step).</summary>
    public async Task<WorkflowInstance> ForAsync(Enrolment enrolment, CancellationToken cancellationToken) =>
        await engine.StartAsync(await DefinitionOfAsync(enrolment, cancellationToken), Subject, enrolment.Id.ToString(CultureInfo.InvariantCulture), cancellationToken);

    /// <summary>The year's instance as a page shows it, without starting one (id 0 and no version until the first step).</summary>
    public async Task<WorkflowInstance> PeekAsync(Enrolment enrolment, CancellationToken cancellationToken) =>
        await engine.PeekAsync(await DefinitionOfAsync(enrolment, cancellationToken), Subject, enrolment.Id.ToString(CultureInfo.InvariantCulture), cancellationToken);

    /// <summary>The process a school year follows: an assessed mark's is the assessment, every other the submission.</summary>
    public async Task<string> DefinitionOfAsync(Enrolment enrolment, CancellationToken cancellationToken)
    {
        var mark = enrolment.Round?.FrameworkKey
            ?? await programme.Rounds.Where(r => r.Id == enrolment.RoundId).Select(r => r.FrameworkKey).FirstAsync(cancellationToken);
        return (await frameworks.AllAsync(cancellationToken)).FirstOrDefault(f => f.Framework.Key == mark)?.Framework.Assessed == true ? Assessment : Definition;
    }

    /// <summary>Takes a step on the year's process (<see cref="WorkflowEngine.TakeOnAsync"/>: the first step starts it).</summary>
    public async Task<TransitionOutcome> TakeAsync(
        Enrolment enrolment, string step, Guid seen, ClaimsPrincipal user, string? comment, IReadOnlyDictionary<string, string>? values, CancellationToken cancellationToken) =>
        await engine.TakeOnAsync(
            await DefinitionOfAsync(enrolment, cancellationToken), Subject, enrolment.Id.ToString(CultureInfo.InvariantCulture), step, seen, user, comment, values, cancellationToken);

    /// <summary>The instance's state for many school years at once (one query); years not started yet are absent.</summary>
    public static async Task<IReadOnlyDictionary<int, string>> StatesAsync(WorkflowsDbContext db, IReadOnlyCollection<int> enrolments, CancellationToken cancellationToken)
    {
        var ids = enrolments.Select(e => e.ToString(CultureInfo.InvariantCulture)).ToList();
        return (await db.Instances.AsNoTracking().Where(i => Definitions.Contains(i.Definition) && i.SubjectType == Subject && ids.Contains(i.SubjectId))
            .Select(i => new { i.SubjectId, i.State }).ToListAsync(cancellationToken))
            .ToDictionary(i => int.Parse(i.SubjectId, CultureInfo.InvariantCulture), i => i.State);
    }
}

/// <summary>Rules and guards of the submission process that belong to the programme: whose school, whose hub, what is ready.</summary>
public abstract class SubmissionPart(ProgrammeDbContext db, ProgrammeScope scope)
{
    /// <summary>The school year a submission instance is about, or null for an instance of anything else.</summary>
    public static int? EnrolmentId(WorkflowContext context) =>
        context.Instance.SubjectType == Submissions.Subject && int.TryParse(context.Instance.SubjectId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    protected async Task<Enrolment?> EnrolmentAsync(WorkflowContext context, CancellationToken cancellationToken) =>
        EnrolmentId(context) is { } id ? await db.Enrolments.Include(e => e.Round).FirstOrDefaultAsync(e => e.Id == id, cancellationToken) : null;

    protected async Task<bool> SeesAsync(ClaimsPrincipal user, int enrolment) =>
        await (await scope.VisibleAsync(user, db.Enrolments, db)).AnyAsync(e => e.Id == enrolment);
}

/// <summary><c>rule:school</c>: a subject leader of the school whose year it is.</summary>
public sealed class SchoolRule(ProgrammeDbContext db, ProgrammeScope scope, IAuthorizationService authorization) : SubmissionPart(db, scope), IWorkflowRule
{
    public string Name => "school";

    public string Description => "The school's own subject leader";

    public async Task<bool> AllowsAsync(WorkflowContext context, CancellationToken cancellationToken) =>
        await EnrolmentAsync(context, cancellationToken) is { } enrolment
        && (await authorization.AuthorizeAsync(context.User, PermissionPolicy.For(Permissions.WorkOnOwnSchool.Name))).Succeeded
        && await SeesAsync(context.User, enrolment.Id);
}

/// <summary><c>rule:school-mentor</c>: the hub leader of the school's hub, or the assessor HQ assigned to it.</summary>
public sealed class SchoolMentorRule(ProgrammeDbContext db, ProgrammeScope scope, IAuthorizationService authorization) : SubmissionPart(db, scope), IWorkflowRule
{
    public string Name => "school-mentor";

    public string Description => "The school's hub leader or assessor";

    public async Task<bool> AllowsAsync(WorkflowContext context, CancellationToken cancellationToken) =>
        await EnrolmentAsync(context, cancellationToken) is { } enrolment
        && (await authorization.AuthorizeAsync(context.User, PermissionPolicy.For(Permissions.MentorSchools.Name, Permissions.AssessSchools.Name))).Succeeded
        && await SeesAsync(context.User, enrolment.Id);
}

/// <summary><c>complete</c>: every criterion of the level has a reflection and evidence.</summary>
public sealed class CompleteGuard(ProgrammeDbContext db, ProgrammeScope scope, YearProgress progress, IStringLocalizer<CompleteGuard> s) : SubmissionPart(db, scope), IWorkflowGuard
{
    public string Name => "complete";

    public async Task<string?> CheckAsync(WorkflowContext context, CancellationToken cancellationToken)
    {
        if (await EnrolmentAsync(context, cancellationToken) is not { } enrolment)
        {
            return s["This submission has no school year."].Value;
        }

        var p = (await progress.ForAsync([enrolment], null, readerIsSchool: true, cancellationToken))[enrolment.Id];
        return p.ReflectionsComplete && p.EvidenceComplete ? null
            : s["Every criterion needs a reflection and evidence before the submission goes: {0} of {1} have a reflection, {2} have evidence.", p.Reflected, p.Criteria, p.WithEvidence].Value;
    }
}

/// <summary><c>before-deadline</c>: the round's submission date has not passed, in the tenant's time zone.</summary>
public sealed class DeadlineGuard(ProgrammeDbContext db, ProgrammeScope scope, TimeProvider clock, IStringLocalizer<DeadlineGuard> s) : SubmissionPart(db, scope), IWorkflowGuard
{
    public string Name => "before-deadline";

    public async Task<string?> CheckAsync(WorkflowContext context, CancellationToken cancellationToken)
    {
        if (await EnrolmentAsync(context, cancellationToken) is not { } enrolment || enrolment.Round.DateOf("submission") is not { } deadline)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.InZone(TenantScope.Required.TimeZone));
        return today <= deadline ? null : s["The submission deadline, {0}, has passed. Ask your hub leader what to do.", ProgrammeNames.Date(deadline)].Value;
    }
}

/// <summary>A school year's submission as a page shows it: where it is, what may be done next by this user, and its history.</summary>
public sealed record SubmissionView(
    WorkflowInstance Instance, Psqm.Modules.Workflows.Definitions.WorkflowDefinition Definition,
    IReadOnlyList<Psqm.Modules.Workflows.Definitions.WorkflowTransition> Available, IReadOnlyList<WorkflowStep> Steps, bool AsSchool)
{
    /// <summary>Steps between HQ and the reviewers: the school's history leaves them out (a reviewer's conflict is not the school's to read).</summary>
    public static readonly IReadOnlySet<string> NotForSchool = new HashSet<string>(StringComparer.Ordinal) { "assign-reviewer", "decline-review" };

    public static async Task<SubmissionView> LoadAsync(Submissions submissions, WorkflowEngine engine, Enrolment enrolment, ClaimsPrincipal user, bool asSchool, CancellationToken cancellationToken)
    {
        var instance = await submissions.PeekAsync(enrolment, cancellationToken);
        var steps = instance.Id == 0 ? [] : await engine.HistoryAsync(instance.Id, cancellationToken);
        return new SubmissionView(
            instance, await engine.DefinitionOfAsync(instance, cancellationToken), await engine.AvailableAsync(instance, user, cancellationToken),
            asSchool ? steps.Where(s => !NotForSchool.Contains(s.Transition)).ToList() : steps, asSchool);
    }

    public string StateName(string key, string language) => Definition.State(key)?.Name.In(language) ?? key;

    public string TransitionName(string key, string language) => Definition.Transition(key)?.Name.In(language) ?? key;
}
