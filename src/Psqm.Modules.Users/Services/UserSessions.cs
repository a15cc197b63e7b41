using Microsoft.EntityFrameworkCore;
using Psqm.Core.Caching;
using Psqm.Core.Tenancy;
using Psqm.Modules.Users.Data;

namespace Psqm.Modules.Users.Services;

/// <summary>
/// Server-side sessions. Every signed-in request asks whether its session still exists; the answer is remembered
/// for at most a minute. A session ended here stops at once, and on the other nodes at once too when the backplane
/// reaches them (<see cref="TenantCache"/>), else within the minute.
/// </summary>
public sealed class UserSessions(UsersDbContext db, TenantCache cache, TimeProvider clock)
{
    public const string Claim = "psqm:sid";
    private const string Area = "sessions";
    private static readonly TimeSpan Remembered = TimeSpan.FromMinutes(1);

    public async Task<string> StartAsync(string userId, CancellationToken cancellationToken = default)
    {
        var id = Guid.NewGuid().ToString("N");
        db.Sessions.Add(new UserSession { Id = id, UserId = userId, CreatedUtc = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
        return id;
    }

    public async Task<bool> IsActiveAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        return await cache.GetOrSetAsync(Area, sessionId, token => db.Sessions.AsNoTracking().AnyAsync(s => s.Id == sessionId, token), Remembered, cancellationToken);
    }

    public async Task EndAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        await db.Sessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync(cancellationToken);
        await cache.SetAsync(Area, sessionId, false, Remembered, cancellationToken);
    }

    /// <summary>Ends every session of a user: sign out everywhere, a password reset, a change of roles or hub, disabling.</summary>
    public async Task EndAllAsync(string userId, CancellationToken cancellationToken = default)
    {
        var ids = await db.Sessions.Where(s => s.UserId == userId).Select(s => s.Id).ToListAsync(cancellationToken);
        await db.Sessions.Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        foreach (var id in ids)
        {
            await cache.SetAsync(Area, id, false, Remembered, cancellationToken);
        }
    }
}
