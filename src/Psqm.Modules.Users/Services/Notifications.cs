using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Psqm.Core.Data;
using Psqm.Core.Notifications;
using Psqm.Modules.Users.Data;

namespace Psqm.Modules.Users.Services;

/// <summary>Notifications kept in the tenant's users database, found by the reader's normalised address.</summary>
public sealed class Notifications(UsersDbContext db, DbContextOptions<UsersDbContext> options, TimeProvider clock) : INotifications
{
    public async Task AddAsync(string email, string text, string link, DbContext? within, CancellationToken cancellationToken)
    {
        await using var joined = within?.Database.CurrentTransaction is null ? null : await SharedTransaction.JoinAsync(within, options, cancellationToken);
        var store = joined ?? db;
        store.Notifications.Add(new Notification
        {
            Recipient = email.Trim().ToUpperInvariant(), Text = text.Length > 500 ? text[..500] : text, Link = link.Length > 500 ? "" : link, CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });
        await store.SaveChangesAsync(cancellationToken);
    }

    public async Task<int> UnreadAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        Recipient(user) is { } me ? await db.Notifications.CountAsync(n => n.Recipient == me && n.ReadUtc == null, cancellationToken) : 0;

    public async Task<IReadOnlyList<Notice>> ListAsync(ClaimsPrincipal user, int take, CancellationToken cancellationToken) =>
        Recipient(user) is { } me
            ? await db.Notifications.AsNoTracking().Where(n => n.Recipient == me).OrderByDescending(n => n.Id).Take(take)
                .Select(n => new Notice(n.Id, n.Text, n.Link, n.CreatedUtc, n.ReadUtc != null)).ToListAsync(cancellationToken)
            : [];

    public async Task MarkAllReadAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (Recipient(user) is { } me)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.Notifications.Where(n => n.Recipient == me && n.ReadUtc == null).ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadUtc, now), cancellationToken);
        }
    }

    private static string? Recipient(ClaimsPrincipal user) =>
        (user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name) is { Length: > 0 } email ? email.Trim().ToUpperInvariant() : null;
}
