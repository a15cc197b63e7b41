namespace Psqm.Modules.Programme.Data;

/// <summary>
/// A message between a school and its hub leader. Nothing is ever deleted: its author may hide it, and the thread
/// then says that a message was hidden, by whom and when.
/// </summary>
public sealed class Message : IOfSchoolYear
{
    public int Id { get; set; }

    public int EnrolmentId { get; set; }

    /// <summary>Written by the school (else by the hub leader or HQ).</summary>
    public bool FromSchool { get; set; }

    /// <summary>The author's sign-in address, which decides who may hide it.</summary>
    public string Author { get; set; } = "";

    public string AuthorName { get; set; } = "";

    public string Body { get; set; } = "";

    public DateTime SentUtc { get; set; }

    /// <summary>The attachment's stored name, never the uploaded one.</summary>
    public string? FileName { get; set; }

    public string? OriginalName { get; set; }

    public string? MediaType { get; set; }

    public long Length { get; set; }

    public DateTime? HiddenUtc { get; set; }

    public string? HiddenBy { get; set; }

    public bool HasAttachment => FileName is not null;
}

/// <summary>How far one person has read a school year's messages: the last message they saw.</summary>
public sealed class MessageRead
{
    public int Id { get; set; }

    public int EnrolmentId { get; set; }

    public string Reader { get; set; } = "";

    public int LastReadId { get; set; }
}
