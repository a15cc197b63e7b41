namespace Psqm.Modules.Programme.Data;

/// <summary>
/// A hub leader of another hub reviewing a signed-off submission: per criterion met or not yet, and the level they
/// recommend. The school reads the findings without the reviewer's name.
/// </summary>
public sealed class Review : IOfSchoolYear
{
    public int Id { get; set; }

    public int EnrolmentId { get; set; }

    /// <summary>The reviewer's normalised address.</summary>
    public string Reviewer { get; set; } = "";

    public string ReviewerName { get; set; } = "";

    /// <summary>The reviewer's own hub, never the school's.</summary>
    public string ReviewerHub { get; set; } = "";

    public DateTime AssignedUtc { get; set; }

    public string AssignedBy { get; set; } = "";

    public string? RecommendedLevel { get; set; }

    /// <summary>The reviewer's overall feedback for the school.</summary>
    public string Summary { get; set; } = "";

    /// <summary>When the reviewer sent it to HQ; null while it is being written.</summary>
    public DateTime? CompletedUtc { get; set; }

    /// <summary>When the reviewer stepped down (a conflict of interest); a withdrawn review is history only.</summary>
    public DateTime? WithdrawnUtc { get; set; }

    public List<ReviewFinding> Findings { get; set; } = [];

    /// <summary>Changes with every save, so two tabs cannot overwrite each other unseen.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>The reviewer's finding on one criterion.</summary>
public sealed class ReviewFinding
{
    public int Id { get; set; }

    public int ReviewId { get; set; }

    public int CriterionId { get; set; }

    public bool Met { get; set; }

    public string Comment { get; set; } = "";
}

/// <summary>A hub leader declared they cannot fairly review a school (they know it, have worked there...).</summary>
public sealed class ReviewConflict
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    /// <summary>The hub leader's normalised address.</summary>
    public string Reviewer { get; set; } = "";

    public string Reason { get; set; } = "";

    public DateTime DeclaredUtc { get; set; }
}
