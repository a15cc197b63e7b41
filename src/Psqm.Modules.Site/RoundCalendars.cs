namespace Psqm.Modules.Site;

/// <summary>One stage of a round: the month it happens in, counted from the round's first September or April.</summary>
public sealed record RoundStage(string Stage, int? Month, bool FollowingYear = false);

public sealed record RoundCalendar(string Name, string Starts, IReadOnlyList<RoundStage> Stages);

/// <summary>The two rounds a school can join, as the programme runs them.</summary>
public static class RoundCalendars
{
    public static readonly IReadOnlyList<RoundCalendar> All =
    [
        new("Autumn round", "Starts in September", [
            new("Day 1 training (session 1)", 9),
            new("Audit and choice of level", 10),
            new("Action plan (session 2)", 11),
            new("Put the plan into practice and collect evidence (session 3)", null),
            new("Day 2 training (session 4)", 4, true),
            new("Submission", 6, true),
            new("Award notification", 9, true),
            new("Award ceremony", 11, true),
        ]),
        new("Spring round", "Starts in April", [
            new("Day 1 training (session 1)", 4),
            new("Audit and choice of level", 5),
            new("Action plan (session 2)", 6),
            new("Put the plan into practice and collect evidence (session 3)", null),
            new("Day 2 training (session 4)", 12),
            new("Submission", 3, true),
            new("Award notification", 5, true),
            new("Award ceremony", 11, true),
        ]),
    ];
}
