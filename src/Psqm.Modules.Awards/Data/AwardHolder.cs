using Psqm.Programme;

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

    /// <summary>The round's season, "autumn" or "spring"; with <see cref="StartYear"/> it is the programme's <see cref="RoundKey"/>.</summary>
    public string Season { get; set; } = "";

    /// <summary>The calendar year the round started in.</summary>
    public int StartYear { get; set; }

    /// <summary>The round as the programme names and numbers it.</summary>
    public RoundKey Round => new(Season, StartYear);

    public DateOnly AwardedOn { get; set; }

    public DateOnly ExpiresOn { get; set; }
}
