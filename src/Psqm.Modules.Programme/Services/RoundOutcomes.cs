using Microsoft.EntityFrameworkCore;
using Psqm.Core.Hubs;
using Psqm.Modules.Awards.Services;
using Psqm.Modules.Programme.Data;
using Psqm.Modules.Workflows.Data;

namespace Psqm.Modules.Programme.Services;

/// <summary>Where one school's year ended: awarded at a level, not yet, or still under way.</summary>
public sealed record OutcomeRow(Enrolment Enrolment, string State, string? AwardedLevel, string Region)
{
    public bool Awarded => AwardedLevel is not null;

    public bool NotYet => State == "not-yet";
}

/// <summary>Counts for one group (a hub, a region): awarded, not yet, and still under way.</summary>
public sealed record OutcomeCounts(string Key, int Awarded, int NotYet, int UnderWay);

/// <summary>
/// A round's outcomes: by level, hub and region, and the impact report's figures (schools awarded, and the average
/// share of pupils on free school meals in them), all from the data as it stands.
/// </summary>
public sealed record OutcomeReport(Round Round, IReadOnlyList<OutcomeRow> Rows)
{
    public int Awarded => Rows.Count(r => r.Awarded);

    public int NotYet => Rows.Count(r => r.NotYet);

    public int UnderWay => Rows.Count - Awarded - NotYet;

    /// <summary>Mean free-school-meals share of the awarded schools that gave one, or null when none did.</summary>
    public decimal? AverageFreeSchoolMeals =>
        Rows.Where(r => r.Awarded && r.Enrolment.School.FreeSchoolMealsPercent is not null).Select(r => r.Enrolment.School.FreeSchoolMealsPercent!.Value) is var shares && shares.Any()
            ? Math.Round(shares.Average(), 1)
            : null;

    public int AwardedAt(string level) => Rows.Count(r => r.AwardedLevel == level);

    public IReadOnlyList<OutcomeCounts> By(Func<OutcomeRow, string> key) =>
        Rows.GroupBy(key).Select(g => new OutcomeCounts(g.Key, g.Count(r => r.Awarded), g.Count(r => r.NotYet), g.Count(r => !r.Awarded && !r.NotYet))).ToList();

    public static async Task<OutcomeReport> LoadAsync(Round round, ProgrammeDbContext db, WorkflowsDbContext workflows, AwardRegister awards, IHubDirectory hubs, CancellationToken cancellationToken)
    {
        var enrolments = await db.Enrolments.AsNoTracking().Include(e => e.School).Where(e => e.RoundId == round.Id).OrderBy(e => e.School.Name).ToListAsync(cancellationToken);
        var ids = enrolments.Select(e => e.Id).ToList();
        var states = await Submissions.StatesAsync(workflows, ids, cancellationToken);
        var awarded = await awards.ForEnrolmentsAsync(ids, cancellationToken);
        var regions = (await hubs.ListAsync(cancellationToken)).ToDictionary(h => h.Key, h => h.Region ?? "");
        return new OutcomeReport(round, enrolments.Select(e => new OutcomeRow(
            e, states.GetValueOrDefault(e.Id, "draft"), awarded.TryGetValue(e.Id, out var a) && a.RevokedOn is null ? a.Level : null, regions.GetValueOrDefault(e.Hub, ""))).ToList());
    }
}
