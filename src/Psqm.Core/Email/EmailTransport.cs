using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Psqm.Core.Tenancy;

namespace Psqm.Core.Email;

/// <summary>
/// Hands composed messages to the SMTP server over one connection per batch (implicit TLS on port 465, STARTTLS
/// elsewhere unless switched off), or, with no server configured, writes .eml files to the tenant's pickup folder.
/// </summary>
public sealed class EmailTransport(IOptions<PsqmOptions> options, AppDataPaths paths)
{
    // Files in the pickup folder are what a mail server would be handed: CRLF line ends, whatever the machine's.
    private static readonly FormatOptions PickupFormat = CreatePickupFormat();

    /// <summary>One entry per message: null when it was sent, otherwise why not.</summary>
    public async Task<IReadOnlyList<string?>> SendAsync(IReadOnlyList<MimeMessage> messages, CancellationToken cancellationToken)
    {
        var mail = options.Value.Mail;
        var errors = new string?[messages.Count];
        if (string.IsNullOrEmpty(mail.SmtpHost))
        {
            var folder = paths.TenantMail(TenantScope.Current?.Name ?? "_host");
            Directory.CreateDirectory(folder);
            for (var i = 0; i < messages.Count; i++)
            {
                // Written under another name and then renamed, so a reader of the folder never sees half a message.
                var file = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}");
                await messages[i].WriteToAsync(PickupFormat, file + ".tmp", cancellationToken);
                File.Move(file + ".tmp", file + ".eml");
            }

            return errors;
        }

        using var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(30).TotalMilliseconds };
        var next = 0;
        try
        {
            var security = !mail.SmtpSsl ? SecureSocketOptions.None
                : mail.SmtpPort == 465 ? SecureSocketOptions.SslOnConnect
                : SecureSocketOptions.StartTls;
            await client.ConnectAsync(mail.SmtpHost, mail.SmtpPort, security, cancellationToken);
            if (!string.IsNullOrEmpty(mail.SmtpUser))
            {
                await client.AuthenticateAsync(mail.SmtpUser, mail.SmtpPassword ?? "", cancellationToken);
            }

            for (; next < messages.Count; next++)
            {
                try
                {
                    await client.SendAsync(messages[next], cancellationToken);
                }
                catch (SmtpCommandException e)
                {
                    // The server refused this message (a bad recipient, say); the connection is still good for the rest.
                    errors[next] = $"{e.StatusCode}: {e.Message}";
                }
            }

            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        catch (Exception e) when (e is SocketException or IOException or SmtpProtocolException or SmtpCommandException
            or AuthenticationException or SslHandshakeException or ServiceNotConnectedException or TimeoutException or OperationCanceledException)
        {
            for (; next < messages.Count; next++)
            {
                errors[next] = $"{e.GetType().Name}: {e.Message}";
            }
        }

        return errors;
    }

    private static FormatOptions CreatePickupFormat()
    {
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        return format;
    }
}
