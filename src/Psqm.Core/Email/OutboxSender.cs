using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Psqm.Core.Email;

/// <summary>
/// Sends the tenant's due messages. Each is claimed with a conditional update before it is sent, so two nodes never
/// send one message; a failure is retried later, further apart each time, and after the last try the message
/// waits, failed, for an administrator to send it again.
/// </summary>
public sealed class OutboxSender(OutboxDbContext db, EmailComposer composer, EmailTransport transport, TimeProvider clock, ILogger<OutboxSender> logger)
{
    public const int BatchSize = 50;
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan[] RetryAfter =
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromHours(1), TimeSpan.FromHours(3), TimeSpan.FromHours(8), TimeSpan.FromHours(24)];

    /// <summary>Sends what is due; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Messages.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptUtc <= now && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now))
            .OrderBy(m => m.NextAttemptUtc).Select(m => m.Id).Take(BatchSize).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var token = Guid.NewGuid();
        await db.Messages
            .Where(m => due.Contains(m.Id) && m.Status == OutboxStatus.Pending && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now))
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.ClaimToken, token).SetProperty(m => m.ClaimedUntilUtc, now + ClaimFor), cancellationToken);
        var mine = await db.Messages.Where(m => m.ClaimToken == token).ToListAsync(cancellationToken);
        if (mine.Count == 0)
        {
            return 0;
        }

        var composed = mine.Select(composer.Compose).ToList();
        var errors = await transport.SendAsync(composed, cancellationToken);
        var sentAt = clock.GetUtcNow().UtcDateTime;
        var sent = 0;
        for (var i = 0; i < mine.Count; i++)
        {
            var message = mine[i];
            message.ClaimToken = null;
            message.ClaimedUntilUtc = null;
            message.Attempts++;
            if (errors[i] is null)
            {
                message.Status = OutboxStatus.Sent;
                message.SentUtc = sentAt;
                message.MessageId = composed[i].MessageId;
                message.LastError = null;
                sent++;
                continue;
            }

            message.LastError = errors[i]![..Math.Min(errors[i]!.Length, 2000)];
            if (message.Attempts > RetryAfter.Length)
            {
                message.Status = OutboxStatus.Failed;
                logger.LogError("Email {Id} to {To} failed for good after {Attempts} attempts: {Error}", message.Id, message.To, message.Attempts, message.LastError);
            }
            else
            {
                message.NextAttemptUtc = sentAt + RetryAfter[message.Attempts - 1];
                logger.LogWarning("Email {Id} not sent (attempt {Attempts}), trying again at {Next}: {Error}", message.Id, message.Attempts, message.NextAttemptUtc, message.LastError);
            }
        }

        // Whatever happens to the request that woke us, the outcome of what was sent is recorded.
        await db.SaveChangesAsync(CancellationToken.None);
        return sent;
    }

    /// <summary>An administrator sends a failed (or still waiting) message again now.</summary>
    public async Task<bool> RetryAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Messages.Where(m => m.Id == id && m.Status != OutboxStatus.Sent)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.Status, OutboxStatus.Pending).SetProperty(m => m.NextAttemptUtc, now).SetProperty(m => m.Attempts, 0), cancellationToken) > 0;
    }
}
