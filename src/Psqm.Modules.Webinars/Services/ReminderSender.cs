using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Tenancy;
using Psqm.Modules.Webinars.Data;

namespace Psqm.Modules.Webinars.Services;

/// <summary>Sends the day-before reminders of the tenant in scope, each at most once.</summary>
public sealed class ReminderSender(WebinarsDbContext db, PublishedContent published, WebinarEmails emails, ILogger<ReminderSender> logger)
{
    public static readonly TimeSpan Before = TimeSpan.FromHours(24);

    /// <returns>How many reminders were sent.</returns>
    public async Task<int> SendDueAsync(DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        var due = new Dictionary<string, Webinar>(StringComparer.Ordinal);
        foreach (var culture in TenantScope.Required.Cultures.Select(c => c.TwoLetterISOLanguageName))
        {
            foreach (var item in await published.ListAsync(WebinarType.Name, culture, cancellationToken))
            {
                if (Webinar.From(item) is { } w && w.StartUtc > nowUtc && w.StartUtc - nowUtc <= Before)
                {
                    due.TryAdd(w.Key, w);
                }
            }
        }

        if (due.Count == 0)
        {
            return 0;
        }

        var keys = due.Keys.ToArray();
        var waiting = await db.Registrations.AsNoTracking()
            .Where(r => keys.Contains(r.WebinarKey) && r.Status == RegistrationStatus.Registered && r.ReminderSentUtc == null)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var registration in waiting)
        {
            // Claiming the row first means a second runner, on this node or another, finds nothing to send.
            var claimed = await db.Registrations
                .Where(r => r.Id == registration.Id && r.ReminderSentUtc == null && r.Status == RegistrationStatus.Registered)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.ReminderSentUtc, nowUtc), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            try
            {
                await emails.SendAsync(WebinarEmail.Reminder, registration, due[registration.WebinarKey], cancellationToken: cancellationToken);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Give the claim back so the next run tries again.
                logger.LogWarning(e, "Reminder to registration {Id} failed; it will be retried.", registration.Id);
                await db.Registrations.Where(r => r.Id == registration.Id)
                    .ExecuteUpdateAsync(set => set.SetProperty(r => r.ReminderSentUtc, (DateTime?)null), CancellationToken.None);
            }
        }

        return sent;
    }
}

/// <summary>Runs <see cref="ReminderSender"/> for every running tenant with webinars, every five minutes.</summary>
public sealed class ReminderService(TenantRegistry tenants, IServiceScopeFactory scopes, TimeProvider clock, ILogger<ReminderService> logger)
    : TenantBackgroundService(tenants, scopes, clock, logger)
{
    protected override string ModuleName => Manifest.Value.Name;

    protected override TimeSpan Interval => TimeSpan.FromMinutes(5);

    protected override Task RunAsync(IServiceProvider services, DateTime nowUtc, CancellationToken cancellationToken) =>
        services.GetRequiredService<ReminderSender>().SendDueAsync(nowUtc, cancellationToken);
}
