using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Utils;
using Psqm.Core.Tenancy;

namespace Psqm.Core.Email;

/// <summary>
/// Turns an outbox row into a real message: the tenant's name as the sender's, a Message-ID, the plain text and the
/// same text framed as HTML in the tenant's colours, and attachments.
/// </summary>
public sealed partial class EmailComposer(IOptions<PsqmOptions> options)
{
    public MimeMessage Compose(OutboxMessage row)
    {
        var tenant = TenantScope.Current;
        var culture = CultureInfo.GetCultureInfo(row.Culture);
        var siteName = tenant?.SiteName(culture) ?? "Primary Science Quality Mark";
        var from = options.Value.Mail.From;
        var message = new MimeMessage { Subject = row.Subject };
        message.From.Add(new MailboxAddress(siteName, from));
        message.To.Add(MailboxAddress.Parse(row.To));
        if (!string.IsNullOrEmpty(row.ReplyTo))
        {
            message.ReplyTo.Add(MailboxAddress.Parse(row.ReplyTo));
        }

        // Stable across retries, so a receiving server can tell a resend from a new message.
        message.MessageId = row.MessageId ?? $"{row.Id:N}@{DomainOf(from)}";
        message.Headers.Add(HeaderId.ContentLanguage, culture.TwoLetterISOLanguageName);

        var body = new BodyBuilder { TextBody = Normalize(row.TextBody), HtmlBody = Html(row, tenant, culture, siteName) };
        foreach (var attachment in row.Attachments)
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        message.Body = body.ToMessageBody();
        foreach (var part in message.BodyParts.OfType<MimePart>())
        {
            // Text stays readable in the pickup folder and survives every mail server; attachments travel as base64.
            part.ContentTransferEncoding = part.IsAttachment ? ContentEncoding.Base64 : ContentEncoding.QuotedPrintable;
        }

        return message;
    }

    private static string DomainOf(string address) =>
        MailboxAddress.TryParse(address, out var mailbox) && mailbox.Domain.Length > 0 ? mailbox.Domain : MimeUtils.GenerateMessageId().Split('@')[^1];

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string Html(OutboxMessage row, Tenant? tenant, CultureInfo culture, string siteName)
    {
        var brand = tenant?.Site.BrandColour is { } colour && HexColour().IsMatch(colour) ? colour : "#1d4f91";
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="{culture.TwoLetterISOLanguageName}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{WebUtility.HtmlEncode(row.Subject)}</title></head>
            <body style="margin:0;padding:0;background:#f3f2f1;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#0b0c0c">
            <div style="max-width:640px;margin:0 auto;background:#ffffff">
            <div style="background:{brand};color:#ffffff;padding:16px 24px;font-size:19px;font-weight:bold">{WebUtility.HtmlEncode(siteName)}</div>
            <div style="padding:8px 24px 24px">
            """);
        foreach (var paragraph in Normalize(row.TextBody).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = paragraph.Split('\n').Select(Linked);
            html.Append("<p style=\"margin:16px 0\">").AppendJoin("<br>", lines).Append("</p>\n");
        }

        html.Append("</div></div></body></html>");
        return html.ToString();
    }

    // Encodes a line and makes its web addresses links.
    private static string Linked(string line)
    {
        var result = new StringBuilder();
        var last = 0;
        foreach (Match url in WebAddress().Matches(line))
        {
            result.Append(WebUtility.HtmlEncode(line[last..url.Index]));
            var encoded = WebUtility.HtmlEncode(url.Value);
            result.Append(CultureInfo.InvariantCulture, $"<a href=\"{encoded}\" style=\"color:#1d70b8\">{encoded}</a>");
            last = url.Index + url.Length;
        }

        return result.Append(WebUtility.HtmlEncode(line[last..])).ToString();
    }

    [GeneratedRegex(@"https?://[^\s<>""]+[^\s<>"".,;:!?)]")]
    private static partial Regex WebAddress();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColour();
}
