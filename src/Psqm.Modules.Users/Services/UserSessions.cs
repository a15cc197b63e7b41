using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Psqm.Core.Tenancy;
using Psqm.Modules.Users.Data;

namespace Psqm.Modules.Users.Services;

/// <summary>
/// Server-side sessions. Every signed-in request asks whether its session still exists; the answer is remembered
/// for at most a minute, so a session ended on another node stops working within a minute and one ended here at once.
/// </summary>
public sealed class UserSessions(UsersDbContext db, IMemoryCache cache, TimeProvider clock)
{
    public const string Claim = "psqm:sid";
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
        var key = Key(sessionId);
        if (cache.TryGetValue(key, out bool active))
        {
            return active;
        }

        active = await db.Sessions.AsNoTracking().AnyAsync(s => s.Id == sessionId, cancellationToken);
        cache.Set(key, active, Remembered);
        return active;
    }

    public async Task EndAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        await db.Sessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync(cancellationToken);
        cache.Set(Key(sessionId), false, Remembered);
    }

    /// <summary>Ends every session of a user: sign out everywhere, a password reset, a change of roles or hub, disabling.</summary>
    public async Task EndAllAsync(string userId, CancellationToken cancellationToken = default)
    {
        var ids = await db.Sessions.Where(s => s.UserId == userId).Select(s => s.Id).ToListAsync(cancellationToken);
        await db.Sessions.Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        foreach (var id in ids)
        {
            cache.Set(Key(id), false, Remembered);
        }
    }

    private static string Key(string sessionId) => $"session|{TenantScope.Current?.Name}|{sessionId}";
}
