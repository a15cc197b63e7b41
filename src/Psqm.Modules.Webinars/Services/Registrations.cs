using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Psqm.Core.Data;
using Psqm.Modules.Webinars.Data;

namespace Psqm.Modules.Webinars.Services;

public enum RegistrationOutcome
{
    Registered,
    Waiting,
    AlreadyRegistered,
    Closed,
}

public sealed record RegistrationRequest(string Name, string Email, string School, string Culture, string PageUrl, Func<string, string> CancelUrl);

/// <summary>Places at webinars: taken in order up to the capacity, then a waiting list that moves up as people cancel.</summary>
/// <remarks>Each email a change causes is queued in the change's own transaction.</remarks>
public sealed class Registrations(WebinarsDbContext db, WebinarEmails emails, TimeProvider clock)
{
    public async Task<(RegistrationOutcome Outcome, Registration? Registration)> RegisterAsync(Webinar webinar, RegistrationRequest request, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (webinar.StateAt(now) != WebinarState.Upcoming)
        {
            return (RegistrationOutcome.Closed, null);
        }

        var email = request.Email.Trim();
        var normalized = email.ToUpperInvariant();

        // Counting the places and taking one happen as one step, whichever node takes it.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await DatabaseProviders.LockAsync(db, "webinar-places:" + webinar.Key, cancellationToken);
        if (await db.Registrations.AsNoTracking().FirstOrDefaultAsync(r => r.WebinarKey == webinar.Key && r.NormalizedEmail == normalized && r.Status != RegistrationStatus.Cancelled, cancellationToken) is { } existing)
        {
            // Answered as a new registration would be, so the form tells nobody who has registered; the owner of
            // the address is sent their registration again.
            await emails.SendAsync(KindOf(existing), existing, webinar, db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (RegistrationOutcome.AlreadyRegistered, existing);
        }

        var taken = await db.Registrations.CountAsync(r => r.WebinarKey == webinar.Key && r.Status == RegistrationStatus.Registered, cancellationToken);
        var token = NewToken();
        var registration = new Registration
        {
            WebinarKey = webinar.Key,
            Name = request.Name.Trim(),
            Email = email,
            NormalizedEmail = normalized,
            School = request.School.Trim(),
            Culture = request.Culture,
            Status = taken < webinar.Capacity ? RegistrationStatus.Registered : RegistrationStatus.Waiting,
            Token = token,
            PageUrl = request.PageUrl,
            CancelUrl = request.CancelUrl(token),
            CreatedUtc = now,

            // Within a day of the start the confirmation is the reminder.
            ReminderSentUtc = webinar.StartUtc - now <= ReminderSender.Before ? now : null,
        };
        db.Registrations.Add(registration);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await emails.SendAsync(KindOf(registration), registration, webinar, db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request with the same address got there first.
            return (RegistrationOutcome.AlreadyRegistered, null);
        }

        return (registration.Status == RegistrationStatus.Registered ? RegistrationOutcome.Registered : RegistrationOutcome.Waiting, registration);
    }

    public Task<Registration?> FindAsync(string token, CancellationToken cancellationToken = default) =>
        token.Length is > 0 and <= 64
            ? db.Registrations.AsNoTracking().FirstOrDefaultAsync(r => r.Token == token, cancellationToken)
            : Task.FromResult<Registration?>(null);

    /// <summary>Cancels a registration; the first on the waiting list, if any, takes the place freed and is returned.</summary>
    public async Task<(bool Cancelled, Registration? Promoted)> CancelAsync(string token, Webinar? webinar, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var registration = await db.Registrations.FirstOrDefaultAsync(r => r.Token == token, cancellationToken);
        if (registration is null || registration.Status == RegistrationStatus.Cancelled)
        {
            return (false, null);
        }

        var freesPlace = registration.Status == RegistrationStatus.Registered;
        registration.Status = RegistrationStatus.Cancelled;
        registration.CancelledUtc = now;
        Registration? promoted = null;
        if (freesPlace && webinar is { } w && w.StateAt(now) == WebinarState.Upcoming)
        {
            promoted = await db.Registrations
                .Where(r => r.WebinarKey == registration.WebinarKey && r.Status == RegistrationStatus.Waiting)
                .OrderBy(r => r.CreatedUtc).ThenBy(r => r.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (promoted is not null)
            {
                promoted.Status = RegistrationStatus.Registered;
                promoted.ReminderSentUtc = w.StartUtc - now <= ReminderSender.Before ? now : null;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        if (promoted is not null)
        {
            await emails.SendAsync(WebinarEmail.PlaceOffered, promoted, webinar!.Value, db, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return (true, promoted);
    }

    /// <summary>Places taken and people waiting, by webinar.</summary>
    public async Task<IReadOnlyDictionary<string, (int Registered, int Waiting)>> CountsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        var rows = await db.Registrations.AsNoTracking()
            .Where(r => keys.Contains(r.WebinarKey) && r.Status != RegistrationStatus.Cancelled)
            .GroupBy(r => new { r.WebinarKey, r.Status })
            .Select(g => new { g.Key.WebinarKey, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return keys.ToDictionary(
            k => k,
            k => (rows.Where(r => r.WebinarKey == k && r.Status == RegistrationStatus.Registered).Sum(r => r.Count),
                  rows.Where(r => r.WebinarKey == k && r.Status == RegistrationStatus.Waiting).Sum(r => r.Count)));
    }

    public async Task<IReadOnlyList<Registration>> ListAsync(string key, CancellationToken cancellationToken = default) =>
        await db.Registrations.AsNoTracking().Where(r => r.WebinarKey == key).OrderBy(r => r.Status).ThenBy(r => r.CreatedUtc).ToListAsync(cancellationToken);

    /// <summary>Whether this address holds a place, so the page may show the joining link.</summary>
    public Task<bool> IsRegisteredAsync(string key, string email, CancellationToken cancellationToken = default)
    {
        var normalized = email.Trim().ToUpperInvariant();
        return db.Registrations.AnyAsync(r => r.WebinarKey == key && r.NormalizedEmail == normalized && r.Status == RegistrationStatus.Registered, cancellationToken);
    }

    private static WebinarEmail KindOf(Registration registration) =>
        registration.Status == RegistrationStatus.Registered ? WebinarEmail.Confirmation : WebinarEmail.WaitingList;

    private static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
}
