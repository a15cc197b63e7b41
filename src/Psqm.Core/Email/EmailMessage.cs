namespace Psqm.Core.Email;

public sealed record EmailMessage(string To, string Subject, string TextBody, string? HtmlBody = null)
{
    public IReadOnlyList<EmailAttachment> Attachments { get; init; } = [];
}

public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);
