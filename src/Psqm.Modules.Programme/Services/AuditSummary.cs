using Psqm.Modules.Criteria;
using Psqm.Modules.Criteria.Data;
using Psqm.Modules.Programme.Data;

namespace Psqm.Modules.Programme.Services;

/// <summary>How far one aim of the audit has got: criteria rated at each point of the scale.</summary>
public sealed record AimSummary(FrameworkAim Aim, int Criteria, int NotYet, int Developing, int Embedded)
{
    public int Rated => NotYet + Developing + Embedded;

    /// <summary>Embedded counts two, developing one: an aim is strong at three quarters of the most it could score.</summary>
    public bool Strong => Criteria > 0 && Rated == Criteria && (Embedded * 2) + Developing >= Criteria * 2 * 3 / 4.0;
}

/// <summary>
/// The audit of one level's criteria, aim by aim, and the level it suggests: when every aim is strong the school
/// could aim one level higher; otherwise the level it audited is the right target. The hub leader decides.
/// </summary>
public sealed record AuditSummary(FrameworkLevel Level, IReadOnlyList<AimSummary> Aims, string? SuggestedLevel)
{
    public int Criteria => Aims.Sum(a => a.Criteria);

    public int Rated => Aims.Sum(a => a.Rated);

    public bool Complete => Criteria > 0 && Rated == Criteria;

    public static AuditSummary For(FrameworkView framework, string levelKey, IReadOnlyCollection<AuditRating> ratings)
    {
        var level = framework.Framework.Levels.FirstOrDefault(l => l.Key == levelKey) ?? framework.Framework.Levels[0];
        var byCriterion = ratings.ToDictionary(r => r.CriterionId, r => r.Rating);
        var aims = framework.Framework.Aims.Where(a => a.AppliesTo(level.Key)).Select(aim =>
        {
            var criteria = framework.For(level.Key, aim.Key).ToList();
            int Count(Rating rating) => criteria.Count(c => byCriterion.TryGetValue(c.Id, out var r) && r == rating);
            return new AimSummary(aim, criteria.Count, Count(Rating.NotYet), Count(Rating.Developing), Count(Rating.Embedded));
        }).Where(a => a.Criteria > 0).ToList();

        string? suggested = null;
        if (aims.Count > 0 && aims.All(a => a.Rated == a.Criteria))
        {
            var levels = framework.Framework.Levels;
            var index = levels.IndexOf(level);
            suggested = aims.All(a => a.Strong) && index + 1 < levels.Count ? levels[index + 1].Key : level.Key;
        }

        return new AuditSummary(level, aims, suggested);
    }
}
