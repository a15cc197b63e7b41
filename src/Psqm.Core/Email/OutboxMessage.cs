namespace Psqm.Core.Email;

/// <summary>An email waiting to be sent, or sent: written in the same transaction as the change that causes it.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    public DateTime CreatedUtc { get; set; }

    public OutboxStatus Status { get; set; }

    public string To { get; set; } = "";

    public string? ReplyTo { get; set; }

    public string Subject { get; set; } = "";

    public string TextBody { get; set; } = "";

    /// <summary>The language the message is written in, for its HTML frame.</summary>
    public string Culture { get; set; } = "en-GB";

    public List<EmailAttachment> Attachments { get; set; } = [];

    public int Attempts { get; set; }

    public DateTime NextAttemptUtc { get; set; }

    /// <summary>Set by the node sending it, so no other node sends it too; a claim lapses if that node dies.</summary>
    public Guid? ClaimToken { get; set; }

    public DateTime? ClaimedUntilUtc { get; set; }

    public DateTime? SentUtc { get; set; }

    public string? LastError { get; set; }

    public string? MessageId { get; set; }
}

public enum OutboxStatus
{
    Pending,
    Sent,
    Failed,
}
