namespace Psqm.Modules.Programme.Data;

public enum MentoringMode
{
    InPerson,
    Online,
    Phone,
    Email,
}

/// <summary>Time a hub leader spent mentoring a school, counted against the year's allowance.</summary>
public sealed class MentoringSession
{
    public int Id { get; set; }

    public int EnrolmentId { get; set; }

    public DateOnly Date { get; set; }

    public int Minutes { get; set; }

    public MentoringMode Mode { get; set; }

    public string Notes { get; set; } = "";

    public string LoggedBy { get; set; } = "";

    public DateTime LoggedUtc { get; set; }
}
