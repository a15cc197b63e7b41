using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Psqm.Core.Data;
using Psqm.Core.Tenancy;

namespace Psqm.Core.Email;

/// <summary>
/// The one way modules send email: the message is written to the tenant's outbox and sent by
/// <see cref="OutboxService"/>, with retries, so a mail server that is down fails no request and loses no email.
/// </summary>
public sealed class EmailOutbox(OutboxDbContext db, DbContextOptions<OutboxDbContext> options, OutboxSignal signal, TimeProvider clock)
{
    /// <summary>
    /// Queues a message. With <paramref name="within"/>, it joins the transaction that context has open, so the
    /// message exists exactly when the change that caused it does; without, it is saved at once.
    /// </summary>
    public async Task QueueAsync(EmailMessage message, DbContext? within = null, CancellationToken cancellationToken = default)
    {
        var row = ToRow(message);
        if (within?.Database.CurrentTransaction is not null)
        {
            await using var joined = await SharedTransaction.JoinAsync(within, options, cancellationToken);
            joined.Messages.Add(row);
            await joined.SaveChangesAsync(cancellationToken);
        }
        else
        {
            db.Messages.Add(row);
            await db.SaveChangesAsync(cancellationToken);
        }

        signal.Notify();
    }

    private OutboxMessage ToRow(EmailMessage message)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new OutboxMessage
        {
            Id = Guid.NewGuid(),
            CreatedUtc = now,
            NextAttemptUtc = now,
            Status = OutboxStatus.Pending,
            To = message.To,
            ReplyTo = message.ReplyTo,
            Subject = message.Subject,
            TextBody = message.TextBody,
            Culture = CultureInfo.CurrentUICulture.Name is { Length: > 0 } culture ? culture : TenantScope.Current?.DefaultCulture.Name ?? "en-GB",
            Attachments = [.. message.Attachments],
        };
    }
}
