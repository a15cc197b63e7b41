using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using Microsoft.Extensions.Options;
using Psqm.Core.Tenancy;

namespace Psqm.Core.Email;

/// <summary>
/// Sends through SMTP when a server is configured; otherwise writes .eml files to the tenant's pickup folder,
/// so a fresh install and the tests see real messages without a mail server.
/// </summary>
public sealed class SmtpEmailSender(IOptions<PsqmOptions> options, AppDataPaths paths) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var mail = options.Value.Mail;
        using var mailMessage = new MailMessage(mail.From, message.To)
        {
            Subject = message.Subject,
            Body = message.TextBody,
            BodyEncoding = System.Text.Encoding.UTF8,
            SubjectEncoding = System.Text.Encoding.UTF8,
            // Readable in the pickup folder and safe for every mail server.
            BodyTransferEncoding = TransferEncoding.QuotedPrintable,
        };
        if (message.HtmlBody is not null)
        {
            mailMessage.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(message.HtmlBody, System.Text.Encoding.UTF8, MediaTypeNames.Text.Html));
        }

        foreach (var attachment in message.Attachments)
        {
            mailMessage.Attachments.Add(new Attachment(new MemoryStream(attachment.Content), attachment.FileName, attachment.ContentType));
        }

        using var client = new SmtpClient();
        if (string.IsNullOrEmpty(mail.SmtpHost))
        {
            var folder = paths.TenantMail(TenantScope.Current?.Name ?? "_host");
            Directory.CreateDirectory(folder);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = folder;
        }
        else
        {
            client.Host = mail.SmtpHost;
            client.Port = mail.SmtpPort;
            client.EnableSsl = mail.SmtpSsl;
            if (!string.IsNullOrEmpty(mail.SmtpUser))
            {
                client.Credentials = new NetworkCredential(mail.SmtpUser, mail.SmtpPassword);
            }
        }

        await client.SendMailAsync(mailMessage, cancellationToken);
    }
}
