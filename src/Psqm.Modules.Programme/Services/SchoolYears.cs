using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Psqm.Modules.Criteria;
using Psqm.Modules.Criteria.Data;
using Psqm.Modules.Programme.Data;

namespace Psqm.Modules.Programme.Services;

/// <summary>A school's year: its enrolment in a round, the framework it works to and its audit so far.</summary>
public sealed record SchoolYear(Enrolment Enrolment, FrameworkView Framework, IReadOnlyList<AuditRating> Ratings)
{
    public School School => Enrolment.School;

    public Round Round => Enrolment.Round;

    /// <summary>The level being audited: the one the hub leader confirmed, else the school's proposal, else the first.</summary>
    public string AuditLevel => Enrolment.WorkingLevel ?? Framework.Framework.Levels[0].Key;

    public AuditSummary Summary(string? level = null) => AuditSummary.For(Framework, level ?? AuditLevel, Ratings);

    /// <summary>A level's criteria in the framework's order: by aim, then number.</summary>
    public IReadOnlyList<Criterion> CriteriaOf(string level) =>
        Framework.Criteria.Where(c => c.LevelKey == level)
            .OrderBy(c => Framework.Framework.Aims.FindIndex(a => a.Key == c.AimKey)).ThenBy(c => c.Number).ToList();

    /// <summary>How schools refer to a criterion: "PSQM Gilt 4".</summary>
    public string CriterionLabel(Criterion criterion, string language) =>
        $"{Framework.Framework.Levels.FirstOrDefault(l => l.Key == criterion.LevelKey)?.Name.In(language)} {criterion.Number}";
}

/// <summary>Finds the school years a user may see, through <see cref="ProgrammeScope"/> alone.</summary>
public sealed class SchoolYears(ProgrammeDbContext db, ProgrammeScope scope, FrameworkReader frameworks)
{
    /// <summary>The signed-in subject leader's latest enrolment, or null when they have none.</summary>
    public async Task<SchoolYear?> OwnAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var visible = await scope.VisibleAsync(user, db.Enrolments, db);
        var id = await visible.OrderByDescending(e => e.Round.StartYear).ThenByDescending(e => e.Round.Number).Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken);
        return id is null ? null : await LoadAsync(id.Value, cancellationToken);
    }

    /// <summary>The signed-in subject leader's latest year and, newest first, the earlier ones a renewing school looks back on.</summary>
    public async Task<(SchoolYear? Current, IReadOnlyList<Enrolment> Earlier)> OwnWithEarlierAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var visible = await scope.VisibleAsync(user, db.Enrolments, db);
        var all = await visible.AsNoTracking().Include(e => e.Round).Include(e => e.School)
            .OrderByDescending(e => e.Round.StartYear).ThenByDescending(e => e.Round.Number).ToListAsync(cancellationToken);
        return all.Count == 0 ? (null, []) : (await LoadAsync(all[0].Id, cancellationToken), all.Skip(1).ToList());
    }

    /// <summary>An enrolment the user may see, or null: another hub's or school's is as absent as a missing one.</summary>
    public async Task<SchoolYear?> FindAsync(ClaimsPrincipal user, int enrolmentId, CancellationToken cancellationToken)
    {
        var visible = await scope.VisibleAsync(user, db.Enrolments, db);
        return await visible.AnyAsync(e => e.Id == enrolmentId, cancellationToken) ? await LoadAsync(enrolmentId, cancellationToken) : null;
    }

    /// <summary>A school year the user reviews for another hub, or null.</summary>
    public async Task<SchoolYear?> ReviewingAsync(ClaimsPrincipal user, int enrolmentId, CancellationToken cancellationToken)
    {
        var reviewing = await scope.ReviewingAsync(user, db);
        return await reviewing.AnyAsync(e => e.Id == enrolmentId, cancellationToken) ? await LoadAsync(enrolmentId, cancellationToken) : null;
    }

    /// <summary>A school year by id, for code that has already decided who may act on it (a workflow's rules and guards).</summary>
    public async Task<SchoolYear?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var enrolment = await db.Enrolments.Include(e => e.School).ThenInclude(s => s.Contacts).Include(e => e.Round)
            .AsSplitQuery().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (enrolment is null)
        {
            return null;
        }

        var framework = (await frameworks.AllAsync(cancellationToken)).FirstOrDefault(f => f.Framework.Key == enrolment.Round.FrameworkKey);
        if (framework is null || framework.Framework.Levels.Count == 0)
        {
            return null;
        }

        var ratings = await db.Ratings.Where(r => r.EnrolmentId == id).ToListAsync(cancellationToken);
        return new SchoolYear(enrolment, framework, ratings);
    }
}
