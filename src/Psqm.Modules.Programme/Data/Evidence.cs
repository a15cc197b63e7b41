namespace Psqm.Modules.Programme.Data;

/// <summary>
/// A piece of the school's evidence: a file it uploaded (stored under a name of the product's choosing, in the
/// school year's own folder) or a link, with a caption and the criteria it shows.
/// </summary>
public sealed class EvidenceItem : IOfSchoolYear
{
    public int Id { get; set; }

    public int EnrolmentId { get; set; }

    public string Caption { get; set; } = "";

    /// <summary>An address on the web, for evidence that is not a file.</summary>
    public string? Link { get; set; }

    /// <summary>The stored file's name, never the uploaded one.</summary>
    public string? FileName { get; set; }

    /// <summary>The name it was uploaded with, offered when it is downloaded.</summary>
    public string? OriginalName { get; set; }

    /// <summary>The type its bytes show it to be.</summary>
    public string? MediaType { get; set; }

    public long Length { get; set; }

    public List<int> CriterionIds { get; set; } = [];

    public string AddedBy { get; set; } = "";

    public DateTime AddedUtc { get; set; }

    public bool IsFile => FileName is not null;
}
