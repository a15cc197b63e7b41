using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Psqm.Core.Tenancy;
using Psqm.Modules.Search.Data;
using Psqm.Modules.Search.Engine;

namespace Psqm.Modules.Search;

/// <summary>
/// Keeps each tenant's index in this process up to date every second: opens it (building it when missing), moves to
/// a build another process finished, and applies the change log, so changes made on other nodes, by the command
/// line, or before a crash are found without waiting for a search, and commits what was applied. Once an hour it trims
/// the log to its last 30 days.
/// </summary>
public sealed class SearchIndexer(TenantRegistry tenants, IServiceScopeFactory scopes, TimeProvider clock, ILogger<SearchIndexer> logger)
    : TenantBackgroundService(tenants, scopes, clock, logger)
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(30);

    private readonly Dictionary<string, DateTime> _trimmed = new(StringComparer.Ordinal);

    protected override string ModuleName => Manifest.Value.Name;

    protected override TimeSpan Interval => TimeSpan.FromSeconds(1);

    protected override async Task RunAsync(IServiceProvider services, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var tenant = TenantScope.Required;
        var db = services.GetRequiredService<SearchDbContext>();
        var index = services.GetRequiredService<SearchIndexes>().Get(tenant);
        await index.CatchUpAsync(db, checkPointer: true, cancellationToken);
        await index.CommitAsync(cancellationToken);
        if (!_trimmed.TryGetValue(tenant.Name, out var last) || nowUtc - last > TimeSpan.FromHours(1))
        {
            _trimmed[tenant.Name] = nowUtc;
            var before = nowUtc - KeptFor;
            await db.Changes.Where(c => c.ChangedUtc < before).ExecuteDeleteAsync(cancellationToken);
        }
    }
}
