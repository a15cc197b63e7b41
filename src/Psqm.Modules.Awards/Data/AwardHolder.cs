namespace Psqm.Modules.Awards.Data;

/// <summary>A school's award: which mark, in which round, and until when it holds it.</summary>
public sealed class AwardHolder
{
    public int Id { get; set; }

    public string SchoolName { get; set; } = "";

    public string Town { get; set; } = "";

    /// <summary>Key of the award level term (psqm, gilt, outreach).</summary>
    public string Level { get; set; } = "";

    /// <summary>Key of the region term.</summary>
    public string Region { get; set; } = "";

    public int RoundNumber { get; set; }

    /// <summary>"autumn" or "spring".</summary>
    public string Season { get; set; } = "";

    /// <summary>The first calendar year of the round's school year, e.g. 2024 for 2024-2025.</summary>
    public int StartYear { get; set; }

    public DateOnly AwardedOn { get; set; }

    public DateOnly ExpiresOn { get; set; }
}
