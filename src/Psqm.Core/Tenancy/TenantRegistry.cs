using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Psqm.Core.Tenancy;

/// <summary>
/// The tenants registry, read from the host database and kept in memory: resolution runs on every request and
/// must not touch the database. Every write goes through here and replaces the snapshot.
/// </summary>
public sealed class TenantRegistry(IServiceScopeFactory scopes, Microsoft.Extensions.Options.IOptions<PsqmOptions> options)
{
    private volatile IReadOnlyList<Tenant> _tenants = [];

    public IReadOnlyList<Tenant> All => _tenants;

    public Tenant? Find(string name) =>
        _tenants.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Replaces the snapshot without the database, for tests of resolution.</summary>
    internal void Load(IEnumerable<TenantRecord> records) => _tenants = records.Select(r => new Tenant(r)).ToArray();

    public async Task ReloadAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        var records = await db.Tenants.AsNoTracking().ToListAsync(cancellationToken);
        _tenants = records.OrderBy(r => r.Name == TenantRecord.DefaultName ? 0 : 1).ThenBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => new Tenant(r)).ToArray();
    }

    /// <summary>Host name first, then the first path segment; the Default tenant catches the rest.</summary>
    public Tenant? Resolve(string host, string firstSegment)
    {
        Tenant? hostMatch = null, prefixMatch = null, catchAll = null;
        foreach (var tenant in _tenants)
        {
            var record = tenant.Record;
            var hostBound = record.Host.Length > 0;
            if (hostBound && !string.Equals(record.Host, host, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (record.UrlPrefix.Length > 0)
            {
                if (string.Equals(record.UrlPrefix, firstSegment, StringComparison.OrdinalIgnoreCase))
                {
                    if (hostBound)
                    {
                        return tenant;
                    }

                    prefixMatch ??= tenant;
                }
            }
            else if (hostBound)
            {
                hostMatch ??= tenant;
            }
            else if (tenant.IsDefault)
            {
                catchAll = tenant;
            }
        }

        return hostMatch ?? prefixMatch ?? catchAll;
    }

    public async Task<TenantRegistryResult> AddAsync(TenantRecord record, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        if (await db.Tenants.AnyAsync(t => t.Name == record.Name, cancellationToken))
        {
            return TenantRegistryResult.NameTaken;
        }

        if (await db.Tenants.AnyAsync(t => t.Host == record.Host && t.UrlPrefix == record.UrlPrefix, cancellationToken))
        {
            return TenantRegistryResult.PrefixTaken;
        }

        // A later change of the site's engine must not move a tenant away from where its data is.
        if (record.DatabaseProvider.Length == 0)
        {
            record.DatabaseProvider = options.Value.Database.Provider;
        }

        record.Version = Guid.NewGuid();
        record.CreatedUtc = record.CreatedUtc == default ? DateTime.UtcNow : record.CreatedUtc;
        db.Tenants.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        await ReloadAsync(cancellationToken);
        return TenantRegistryResult.Ok;
    }

    /// <summary>Applies a change to one tenant. With an expected version, a stale edit is refused rather than lost.</summary>
    public async Task<TenantRegistryResult> UpdateAsync(
        string name, Action<TenantRecord> change, Guid? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        var record = await db.Tenants.FirstOrDefaultAsync(t => t.Name == name, cancellationToken);
        if (record is null)
        {
            return TenantRegistryResult.NotFound;
        }

        if (expectedVersion is { } expected && expected != record.Version)
        {
            return TenantRegistryResult.Conflict;
        }

        change(record);
        record.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return TenantRegistryResult.Conflict;
        }

        await ReloadAsync(cancellationToken);
        return TenantRegistryResult.Ok;
    }
}

public enum TenantRegistryResult
{
    Ok,
    NotFound,
    NameTaken,
    PrefixTaken,
    Conflict,
}
