namespace Psqm.Modules.Programme.Data;

public enum EnrolmentKind
{
    Full,
    Reaccreditation,
    OnlineReaccreditation,
}

public enum InvoiceStatus
{
    ToInvoice,
    Invoiced,
    Paid,
}

/// <summary>A row that belongs to one school year, so <c>ProgrammeScope</c> can tell who may see it.</summary>
public interface IOfSchoolYear
{
    int EnrolmentId { get; }
}

/// <summary>A school in a round: its hub, fee, target level and the year's work that hangs from it.</summary>
public sealed class Enrolment
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    public School School { get; set; } = null!;

    public int RoundId { get; set; }

    public Round Round { get; set; } = null!;

    /// <summary>The hub at enrolment; a school that changes hub later keeps its year's hub.</summary>
    public string Hub { get; set; } = "";

    public EnrolmentKind Kind { get; set; }

    public decimal Fee { get; set; }

    public InvoiceStatus Invoice { get; set; }

    /// <summary>The level the school proposes after its audit; null until it does.</summary>
    public string? ProposedLevel { get; set; }

    /// <summary>The level the hub leader confirmed; null until they do.</summary>
    public string? ConfirmedLevel { get; set; }

    public string? LevelReason { get; set; }

    public DateTime? LevelConfirmedUtc { get; set; }

    public string? LevelConfirmedBy { get; set; }

    /// <summary>
    /// The assessor who follows the school's year instead of a hub leader (Basic Skills), by normalised address; null
    /// until HQ assigns one.
    /// </summary>
    public string? Assessor { get; set; }

    /// <summary>The registration of interest it came from, if any.</summary>
    public int? EnquiryId { get; set; }

    public DateTime CreatedUtc { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>The level whose criteria the school audits and works to: confirmed, else proposed.</summary>
    public string? WorkingLevel => ConfirmedLevel ?? ProposedLevel;
}

public enum Rating
{
    NotYet = 1,
    Developing = 2,
    Embedded = 3,
}

/// <summary>The school's own rating of one criterion, with a note of why.</summary>
public sealed class AuditRating
{
    public int Id { get; set; }

    public int EnrolmentId { get; set; }

    public int CriterionId { get; set; }

    public Rating Rating { get; set; }

    public string Note { get; set; } = "";

    public DateTime UpdatedUtc { get; set; }

    public string UpdatedBy { get; set; } = "";
}
