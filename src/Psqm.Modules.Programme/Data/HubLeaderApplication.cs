namespace Psqm.Modules.Programme.Data;

/// <summary>
/// Someone's application to lead a hub: who they are, the hub they would like, and their answer to each point of the
/// hub leader specification. Where it stands (waiting, accepted, declined) is its workflow's state.
/// </summary>
public sealed class HubLeaderApplication
{
    public int Id { get; set; }

    /// <summary>A short reference the applicant is given and can quote.</summary>
    public string Reference { get; set; } = "";

    public string Name { get; set; } = "";

    public string Email { get; set; } = "";

    /// <summary>The upper-case address, for finding an applicant's earlier applications.</summary>
    public string NormalizedEmail { get; set; } = "";

    /// <summary>Their school or organisation.</summary>
    public string Organisation { get; set; } = "";

    /// <summary>A teacher answers the specification's last point (PSQM in their own school); others do not.</summary>
    public bool Teacher { get; set; }

    /// <summary>The hub they would like to lead, if they said.</summary>
    public string? PreferredHub { get; set; }

    /// <summary>Their answers, one per point of the specification, in its order.</summary>
    public List<string> Answers { get; set; } = [];

    /// <summary>The language they applied in, which their emails use.</summary>
    public string Culture { get; set; } = "en";

    public DateTime CreatedUtc { get; set; }
}
