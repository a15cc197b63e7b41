using Microsoft.EntityFrameworkCore;
using Psqm.Modules.Criteria;
using Psqm.Modules.Programme.Data;
using Psqm.Programme;

namespace Psqm.Modules.Programme.Services;

/// <summary>How far one school year has got, stage by stage, against the criteria of the level it works to.</summary>
public sealed record Progress(int Criteria, int Rated, int? PlanVersion, bool PlanAwaitsComment, int WithEvidence, int Reflected, int Unread)
{
    public bool AuditComplete => Criteria > 0 && Rated >= Criteria;

    public bool EvidenceComplete => Criteria > 0 && WithEvidence >= Criteria;

    public bool ReflectionsComplete => Criteria > 0 && Reflected >= Criteria;
}

/// <summary>
/// The progress of many school years in a few queries (one per stage, whatever the number of schools), for the hub
/// leader's list, the school's own page and HQ's view of the programme.
/// </summary>
public sealed class YearProgress(ProgrammeDbContext db, FrameworkReader frameworks, Messages messages)
{
    /// <param name="enrolments">With their rounds loaded.</param>
    /// <param name="reader">Whose unread messages to count (their normalized address), or null for none.</param>
    public async Task<IReadOnlyDictionary<int, Progress>> ForAsync(IReadOnlyCollection<Enrolment> enrolments, string? reader, bool readerIsSchool, CancellationToken cancellationToken)
    {
        var ids = enrolments.Select(e => e.Id).ToArray();
        var ratings = (await db.Ratings.AsNoTracking().Where(r => ids.Contains(r.EnrolmentId)).Select(r => new { r.EnrolmentId, r.CriterionId }).ToListAsync(cancellationToken))
            .ToLookup(r => r.EnrolmentId, r => r.CriterionId);
        var plans = await db.Plans.AsNoTracking().Where(p => ids.Contains(p.EnrolmentId)).GroupBy(p => p.EnrolmentId)
            .Select(g => new { g.Key, Number = g.Max(p => p.Number), Saved = g.Max(p => p.SavedUtc) }).ToDictionaryAsync(p => p.Key, cancellationToken);
        var comments = await db.ActionComments.AsNoTracking().Where(c => ids.Contains(c.EnrolmentId)).GroupBy(c => c.EnrolmentId)
            .Select(g => new { g.Key, Last = g.Max(c => c.CreatedUtc) }).ToDictionaryAsync(c => c.Key, c => c.Last, cancellationToken);
        var evidence = (await db.Evidence.AsNoTracking().Where(e => ids.Contains(e.EnrolmentId)).Select(e => new { e.EnrolmentId, e.CriterionIds }).ToListAsync(cancellationToken))
            .ToLookup(e => e.EnrolmentId, e => e.CriterionIds);
        var reflections = (await db.Reflections.AsNoTracking().Where(r => ids.Contains(r.EnrolmentId) && r.Text != "").Select(r => new { r.EnrolmentId, r.CriterionId }).ToListAsync(cancellationToken))
            .ToLookup(r => r.EnrolmentId, r => r.CriterionId);
        var unread = reader is null ? new Dictionary<int, int>() : await messages.UnreadAsync(ids, reader, readerIsSchool, cancellationToken);
        var all = await frameworks.AllAsync(cancellationToken);

        // Each school's rows are looked up once: a round of a thousand schools costs no more than its rows.
        return enrolments.ToDictionary(e => e.Id, e =>
        {
            var framework = all.FirstOrDefault(f => f.Framework.Key == e.Round.FrameworkKey);
            var level = e.WorkingLevel ?? framework?.Framework.Levels.FirstOrDefault()?.Key;
            var criteria = framework?.Criteria.Where(c => c.LevelKey == level).Select(c => c.Id).ToHashSet() ?? [];
            var plan = plans.GetValueOrDefault(e.Id);
            var tagged = evidence[e.Id].SelectMany(c => c).ToHashSet();
            return new Progress(
                criteria.Count,
                ratings[e.Id].Count(criteria.Contains),
                plan?.Number,
                plan is not null && (!comments.TryGetValue(e.Id, out var last) || last < plan.Saved),
                criteria.Count(tagged.Contains),
                reflections[e.Id].Count(criteria.Contains),
                unread.GetValueOrDefault(e.Id));
        });
    }

    /// <summary>The milestones of the school's calendar that have passed with their stage not done, earliest first.</summary>
    public static IReadOnlyList<Milestone> Overdue(Enrolment enrolment, Progress progress, DateOnly today) =>
        enrolment.Round.Milestones.Where(m => m.Audience == Audience.School && m.Date < today).Where(m => m.Key switch
        {
            "audit" => !progress.AuditComplete || enrolment.ProposedLevel is null && enrolment.ConfirmedLevel is null,
            "action-plan" => progress.PlanVersion is null,
            "submission" => !progress.ReflectionsComplete || !progress.EvidenceComplete,
            _ => false,
        }).OrderBy(m => m.Date).ToList();
}
