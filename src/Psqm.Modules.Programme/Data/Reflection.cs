namespace Psqm.Modules.Programme.Data;

/// <summary>The school's reflection on one criterion: what it did and the difference it made, with evidence from its library.</summary>
public sealed class Reflection
{
    public int Id { get; set; }

    public int EnrolmentId { get; set; }

    public int CriterionId { get; set; }

    public string Text { get; set; } = "";

    public List<int> EvidenceIds { get; set; } = [];

    public DateTime UpdatedUtc { get; set; }

    public string UpdatedBy { get; set; } = "";

    /// <summary>Changes with every save, so a save from a page opened on an older text is told, not silently applied.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();
}
