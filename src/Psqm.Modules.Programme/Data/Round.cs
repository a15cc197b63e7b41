using Psqm.Programme;

namespace Psqm.Modules.Programme.Data;

/// <summary>
/// A round of the programme, such as "Round 16 - Spring 2018-2019": the season it starts in, the framework its
/// schools work to, and its milestones for schools and hub leaders.
/// </summary>
public sealed class Round
{
    public int Id { get; set; }

    public int Number { get; set; }

    /// <summary><see cref="Seasons.Autumn"/> or <see cref="Seasons.Spring"/>.</summary>
    public string Season { get; set; } = Seasons.Autumn;

    /// <summary>The calendar year the round starts in; it runs into the next.</summary>
    public int StartYear { get; set; }

    /// <summary>The criteria framework (quality mark) its schools work to.</summary>
    public string FrameworkKey { get; set; } = "psqm";

    public List<Milestone> Milestones { get; set; } = [];

    public Guid Version { get; set; } = Guid.NewGuid();

    public DateOnly Starts => Milestones.Where(m => m.Key == "day-1").Select(m => (DateOnly?)m.Date).FirstOrDefault()
        ?? new DateOnly(StartYear, Seasons.StartMonth(Season), 1);

    public DateOnly? DateOf(string milestone) => Milestones.FirstOrDefault(m => m.Key == milestone)?.Date;

    public RoundKey Key => new(Season, StartYear);

    /// <summary>A new round with the milestones of its season's pattern, for HQ to adjust.</summary>
    public static Round From(RoundKey key, string framework) => new()
    {
        Number = key.Number, Season = key.Season, StartYear = key.StartYear, FrameworkKey = framework,
        Milestones = Seasons.Dates(key.Season, key.StartYear).Select(d => new Milestone { Key = d.Step.Key, Audience = d.Step.Audience, Date = d.Date }).ToList(),
    };
}

public sealed class Milestone
{
    public string Key { get; set; } = "";

    public Audience Audience { get; set; }

    public DateOnly Date { get; set; }
}
