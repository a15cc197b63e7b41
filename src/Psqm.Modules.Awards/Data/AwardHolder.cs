using Psqm.Programme;

namespace Psqm.Modules.Awards.Data;

/// <summary>A school's award: which mark, in which round, and until when it holds it.</summary>
[Psqm.Core.Caching.ShownOnPublicPages]
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

    /// <summary>The code printed on the certificate, by which anyone can check it (<c>K7QD-9XMA-3PRT</c>).</summary>
    public string? Code { get; set; }

    /// <summary>The school year the programme awarded it for; null for awards imported from before.</summary>
    public int? EnrolmentId { get; set; }

    /// <summary>When HQ withdrew the award; the verification page says so, and the directory no longer lists it.</summary>
    public DateOnly? RevokedOn { get; set; }

    public string RevokedReason { get; set; } = "";
}
