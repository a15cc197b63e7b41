namespace Psqm.Core.Email;

/// <summary>What a module asks to send: plain text, which the outbox also frames as HTML in the tenant's style.</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody)
{
    /// <summary>Where replies go, when not to the no-reply sender: the tenant's contact address, or the person who wrote.</summary>
    public string? ReplyTo { get; init; }

    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];
}

public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);
