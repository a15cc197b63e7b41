using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Psqm.Core.Hubs;
using Psqm.Modules.Programme.Data;

namespace Psqm.Modules.Programme.Services;

/// <summary>A hub leader who may review a school's submission, with how many reviews they already hold in its round.</summary>
public sealed record ReviewCandidate(string Email, string Name, string Hub, int Load);

/// <summary>Why a hub leader may not review a school: not a hub leader, the school's own hub, or a declared conflict.</summary>
public enum ReviewerRefusal
{
    None,
    NotHubLeader,
    OwnHub,
    Conflict,
}

/// <summary>
/// Reviews of signed-off submissions: who may review a school (a hub leader of another hub who has not declared a
/// conflict of interest with it), the proposal that spreads the load, and the reviewer's findings.
/// </summary>
public sealed class Reviews(ProgrammeDbContext db, ProgrammeScope scope, IHubMembers members, TimeProvider clock)
{
    /// <summary>The review under way or done for a school year (not one its reviewer stepped down from).</summary>
    public Task<Review?> CurrentAsync(int enrolmentId, CancellationToken cancellationToken) =>
        db.Reviews.AsNoTracking().Include(r => r.Findings).Where(r => r.EnrolmentId == enrolmentId && r.WithdrawnUtc == null)
            .OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Hub leaders who may review the school, fewest reviews in its round first (then by name): the first is the
    /// product's proposal, so reviews spread across every hub leader before anyone has a second.
    /// </summary>
    public async Task<IReadOnlyList<ReviewCandidate>> CandidatesAsync(Enrolment enrolment, CancellationToken cancellationToken)
    {
        var leaders = await members.HubLeadersAsync(cancellationToken);
        var conflicts = await ConflictsAsync(enrolment.SchoolId, cancellationToken);
        var loads = await LoadsAsync(enrolment.RoundId, cancellationToken);
        var comparer = StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true);
        return leaders
            .Where(l => Refusal(enrolment, l, conflicts) == ReviewerRefusal.None)
            .Select(l => new ReviewCandidate(l.Leader.Email, l.Leader.Name is { Length: > 0 } name ? name : l.Leader.Email, l.Hub, loads.GetValueOrDefault(Normalize(l.Leader.Email))))
            .OrderBy(c => c.Load).ThenBy(c => c.Name, comparer).ToList();
    }

    /// <summary>
    /// A reviewer for each of these school years at once, as HQ would choose one by one: each time the eligible hub
    /// leader with the fewest reviews so far in the round, counting those proposed before it. Years nobody may review
    /// are left out.
    /// </summary>
    public async Task<IReadOnlyList<(Enrolment Enrolment, ReviewCandidate Reviewer)>> ProposeAsync(IReadOnlyList<Enrolment> enrolments, CancellationToken cancellationToken)
    {
        var leaders = await members.HubLeadersAsync(cancellationToken);
        var comparer = StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true);
        var plan = new List<(Enrolment, ReviewCandidate)>();
        var loads = new Dictionary<int, Dictionary<string, int>>();
        foreach (var enrolment in enrolments)
        {
            if (!loads.TryGetValue(enrolment.RoundId, out var load))
            {
                loads[enrolment.RoundId] = load = await LoadsAsync(enrolment.RoundId, cancellationToken);
            }

            var conflicts = await ConflictsAsync(enrolment.SchoolId, cancellationToken);
            var chosen = leaders.Where(l => Refusal(enrolment, l, conflicts) == ReviewerRefusal.None)
                .Select(l => new ReviewCandidate(l.Leader.Email, l.Leader.Name is { Length: > 0 } name ? name : l.Leader.Email, l.Hub, load.GetValueOrDefault(Normalize(l.Leader.Email))))
                .OrderBy(c => c.Load).ThenBy(c => c.Name, comparer).FirstOrDefault();
            if (chosen is not null)
            {
                plan.Add((enrolment, chosen));
                load[Normalize(chosen.Email)] = chosen.Load + 1;
            }
        }

        return plan;
    }

    /// <summary>Whether this address may review the school, and if not, why.</summary>
    public async Task<(ReviewerRefusal Refusal, HubLeader? Leader)> CheckAsync(Enrolment enrolment, string? email, CancellationToken cancellationToken)
    {
        var leader = (await members.HubLeadersAsync(cancellationToken)).FirstOrDefault(l => Normalize(l.Leader.Email) == Normalize(email ?? ""));
        return leader is null
            ? (ReviewerRefusal.NotHubLeader, null)
            : (Refusal(enrolment, leader, await ConflictsAsync(enrolment.SchoolId, cancellationToken)), leader);
    }

    /// <summary>One review assigned to the user and not stepped down from, with its findings; null for anyone else's.</summary>
    public Task<Review?> MineAsync(ClaimsPrincipal user, int reviewId, CancellationToken cancellationToken)
    {
        var email = ProgrammeScope.NormalizedEmail(user);
        return db.Reviews.AsNoTracking().Include(r => r.Findings)
            .FirstOrDefaultAsync(r => r.Id == reviewId && r.Reviewer == email && r.WithdrawnUtc == null, cancellationToken);
    }

    /// <summary>The reviews assigned to the user, those still to do first, newest first within each.</summary>
    public async Task<IReadOnlyList<(Review Review, Enrolment Enrolment)>> AssignedToAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var email = ProgrammeScope.NormalizedEmail(user);
        var reviewing = await scope.ReviewingAsync(user, db);
        var rows = await db.Reviews.AsNoTracking().Where(r => r.Reviewer == email && r.WithdrawnUtc == null && reviewing.Any(e => e.Id == r.EnrolmentId))
            .Join(db.Enrolments.Include(e => e.School).Include(e => e.Round), r => r.EnrolmentId, e => e.Id, (r, e) => new { r, e })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(x => x.r.CompletedUtc is null ? 0 : 1).ThenByDescending(x => x.r.AssignedUtc).Select(x => (x.r, x.e)).ToList();
    }

    /// <summary>
    /// Saves the reviewer's work so far; false when the review changed since the page was opened (another tab), in
    /// which case nothing is saved and the page shows what is stored.
    /// </summary>
    public async Task<bool> SaveAsync(int reviewId, Guid seen, IReadOnlyDictionary<int, (bool Met, string Comment)> findings, string? level, string summary, CancellationToken cancellationToken)
    {
        var review = await db.Reviews.Include(r => r.Findings).FirstOrDefaultAsync(r => r.Id == reviewId && r.WithdrawnUtc == null && r.CompletedUtc == null, cancellationToken);
        if (review is null || review.Version != seen)
        {
            return false;
        }

        foreach (var (criterion, (met, comment)) in findings)
        {
            var finding = review.Findings.FirstOrDefault(f => f.CriterionId == criterion);
            if (finding is null)
            {
                review.Findings.Add(finding = new ReviewFinding { CriterionId = criterion });
            }

            (finding.Met, finding.Comment) = (met, comment);
        }

        (review.RecommendedLevel, review.Summary, review.Version) = (level, summary, Guid.NewGuid());
        db.Entry(review).Property(r => r.Version).OriginalValue = seen;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public static string Normalize(string email) => email.Trim().ToUpperInvariant();

    private static ReviewerRefusal Refusal(Enrolment enrolment, HubLeader leader, IReadOnlySet<string> conflicts) =>
        leader.Hub == enrolment.Hub ? ReviewerRefusal.OwnHub
        : conflicts.Contains(Normalize(leader.Leader.Email)) || Normalize(leader.Leader.Email) == enrolment.Assessor ? ReviewerRefusal.Conflict
        : ReviewerRefusal.None;

    private async Task<IReadOnlySet<string>> ConflictsAsync(int schoolId, CancellationToken cancellationToken) =>
        (await db.Conflicts.Where(c => c.SchoolId == schoolId).Select(c => c.Reviewer).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

    private async Task<Dictionary<string, int>> LoadsAsync(int roundId, CancellationToken cancellationToken) =>
        await db.Reviews.Where(r => r.WithdrawnUtc == null && db.Enrolments.Any(e => e.Id == r.EnrolmentId && e.RoundId == roundId))
            .GroupBy(r => r.Reviewer).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
}
