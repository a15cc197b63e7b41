namespace Psqm.Programme;

/// <summary>Who a milestone is for.</summary>
public enum Audience
{
    School,
    HubLeader,
}

/// <summary>A step of a round's pattern: its month counted from January of the round's first year (12 is the next January).</summary>
public sealed record MilestonePattern(string Key, Audience Audience, int Month, bool EndOfMonth = false);

/// <summary>
/// The one definition of how a round runs: autumn rounds start in September, spring rounds in April, each with the
/// same steps at the months the programme gives, for schools and for hub leaders. Rounds are generated from it and
/// then edited by HQ.
/// </summary>
public static class Seasons
{
    public const string Autumn = "autumn";
    public const string Spring = "spring";

    public static readonly IReadOnlyList<string> All = [Autumn, Spring];

    private static readonly Dictionary<string, IReadOnlyList<MilestonePattern>> Patterns = new Dictionary<string, IReadOnlyList<MilestonePattern>>
    {
        [Autumn] =
        [
            new("contact-schools", Audience.HubLeader, 6),
            new("day-1", Audience.School, 9),
            new("audit", Audience.School, 10, EndOfMonth: true),
            new("confirm-levels", Audience.HubLeader, 10, EndOfMonth: true),
            new("action-plan", Audience.School, 11),
            new("review-action-plans", Audience.HubLeader, 11, EndOfMonth: true),
            new("session-3", Audience.HubLeader, 15, EndOfMonth: true),
            new("day-2", Audience.School, 16),
            new("submission", Audience.School, 18, EndOfMonth: true),
            new("review-window", Audience.HubLeader, 20),
            new("award-notification", Audience.School, 21),
            new("ceremony", Audience.School, 23),
        ],
        [Spring] =
        [
            new("contact-schools", Audience.HubLeader, 1),
            new("day-1", Audience.School, 4),
            new("audit", Audience.School, 5, EndOfMonth: true),
            new("confirm-levels", Audience.HubLeader, 5, EndOfMonth: true),
            new("action-plan", Audience.School, 6),
            new("review-action-plans", Audience.HubLeader, 6, EndOfMonth: true),
            new("session-3", Audience.HubLeader, 9),
            new("day-2", Audience.School, 12),
            new("submission", Audience.School, 15, EndOfMonth: true),
            new("review-window", Audience.HubLeader, 16),
            new("award-notification", Audience.School, 17),
            new("ceremony", Audience.School, 23),
        ],
    };

    /// <summary>The English name of each milestone, translated where shown.</summary>
    public static readonly IReadOnlyDictionary<string, string> MilestoneNames = new Dictionary<string, string>
    {
        ["contact-schools"] = "Contact subject leaders",
        ["day-1"] = "Day 1 training (session 1)",
        ["audit"] = "Audit and choice of level",
        ["confirm-levels"] = "Confirm target levels",
        ["action-plan"] = "Action plan (session 2)",
        ["review-action-plans"] = "Feedback on action plans",
        ["session-3"] = "Session 3",
        ["day-2"] = "Day 2 training (session 4)",
        ["submission"] = "Submission deadline",
        ["review-window"] = "Review of submissions",
        ["award-notification"] = "Award notification",
        ["ceremony"] = "Award ceremony",
    };

    public static bool IsSeason(string? season) => season is Autumn or Spring;

    public static IReadOnlyList<MilestonePattern> Pattern(string season) =>
        Patterns.TryGetValue(season, out var pattern) ? pattern : throw new ArgumentOutOfRangeException(nameof(season), season, "A season is autumn or spring.");

    /// <summary>A new round's milestone dates: events in the middle of their month, deadlines at its end.</summary>
    public static IEnumerable<(MilestonePattern Step, DateOnly Date)> Dates(string season, int startYear) =>
        Pattern(season).Select(p =>
        {
            var month = new DateOnly(startYear, 1, 1).AddMonths(p.Month - 1);
            return (p, p.EndOfMonth ? month.AddMonths(1).AddDays(-1) : month.AddDays(14));
        });

    /// <summary>The first month of a season's rounds.</summary>
    public static int StartMonth(string season) => season == Autumn ? 9 : 4;
}
