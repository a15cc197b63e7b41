using System.Collections.Concurrent;
using Psqm.Core.Tenancy;
using ZiggyCreatures.Caching.Fusion;

namespace Psqm.Core.Caching;

/// <summary>
/// What pages are built from and every request would otherwise read again (published content, frameworks, hubs,
/// permissions, the routing table, the tenant's wording), held in this node's memory by FusionCache. Each value
/// belongs to an area of the tenant in scope; <see cref="CacheStamps.ChangedAsync"/> drops an area's values here
/// and, through the Redis backplane when <c>Psqm:Redis</c> is set, on every other node at once. A node without the
/// backplane, or a change made by the command line, is caught up when <see cref="CacheStampService"/> next reads
/// the stamps.
/// </summary>
/// <remarks>
/// Memory and backplane, no distributed level: the values are object graphs read on every request, cheap to load
/// once per node and dear to serialise, so only the fact of a change travels. FusionCache publishes nothing unless
/// asked (<see cref="Configure"/>), so a node loading a value never makes the others drop theirs.
/// </remarks>
public sealed class TenantCache(IFusionCache cache)
{
    private static readonly FusionCacheEntryOptions Announced = new() { SkipBackplaneNotifications = false };

    private readonly ConcurrentDictionary<TimeSpan, FusionCacheEntryOptions> _lifetimes = new();

    /// <summary>FusionCache's defaults for this site: nothing announced unless <see cref="TenantCache"/> says so.</summary>
    public static void Configure(FusionCacheEntryOptions defaults)
    {
        defaults.SkipBackplaneNotifications = true;
        defaults.Duration = TimeSpan.FromMinutes(10);
    }

    /// <summary>The tenant's value for the key in the area, loaded once and kept for at most <paramref name="lifetime"/>.</summary>
    public ValueTask<T> GetOrSetAsync<T>(string area, string key, Func<CancellationToken, Task<T>> load, TimeSpan lifetime, CancellationToken cancellationToken = default) =>
        cache.GetOrSetAsync<T>(Key(area, key), (_, token) => load(token), default, Quiet(lifetime), Tags(area), cancellationToken);

    /// <summary>The same, for the few readers that cannot wait (a string's translation).</summary>
    public T GetOrSet<T>(string area, string key, Func<T> load, TimeSpan lifetime) =>
        cache.GetOrSet<T>(Key(area, key), (_, _) => load(), default, Quiet(lifetime), Tags(area));

    /// <summary>Puts a value that just changed, here and, by dropping theirs, on every other node.</summary>
    public ValueTask SetAsync<T>(string area, string key, T value, TimeSpan lifetime, CancellationToken cancellationToken = default) =>
        cache.SetAsync(Key(area, key), value, new FusionCacheEntryOptions { Duration = lifetime, SkipBackplaneNotifications = false }, Tags(area), cancellationToken);

    /// <summary>Drops every value of the tenant's area; <paramref name="everywhere"/> tells the other nodes too.</summary>
    public ValueTask ForgetAsync(string tenant, string area, bool everywhere) =>
        cache.RemoveByTagAsync(Tag(tenant, area), everywhere ? Announced : null);

    // The host's own pages (the tenants' administration) have no tenant, and may cache too.
    private static string Tenant => TenantScope.Current?.Name ?? "(host)";

    private static string Key(string area, string key) => string.Concat(Tenant, ":", area, ":", key);

    private static string[] Tags(string area) => [Tag(Tenant, area)];

    // Loading a value is not a change: it is never announced to the other nodes.
    private FusionCacheEntryOptions Quiet(TimeSpan lifetime) =>
        _lifetimes.GetOrAdd(lifetime, static l => new FusionCacheEntryOptions { Duration = l, SkipBackplaneNotifications = true });

    private static string Tag(string tenant, string area) => string.Concat(tenant, ":", area);
}
