using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Psqm.Core;
using Psqm.Core.Tenancy;

namespace Psqm.Modules.Search.Engine;

/// <summary>Each tenant's index in this process, opened on first use and closed (committed) when the site stops.</summary>
public sealed class SearchIndexes(AppDataPaths paths, IServiceScopeFactory scopes, ILoggerFactory loggers) : IDisposable
{
    private readonly ConcurrentDictionary<string, TenantIndex> _indexes = new(StringComparer.OrdinalIgnoreCase);

    public TenantIndex Get(Tenant tenant) => _indexes.GetOrAdd(tenant.Name, _ =>
    {
        var folder = Path.Combine(paths.Tenant(tenant.Name), "Search");
        Directory.CreateDirectory(folder);
        return new TenantIndex(folder, cancellationToken => RebuildAsync(tenant, cancellationToken), loggers.CreateLogger<TenantIndex>());
    });

    public void Dispose()
    {
        foreach (var index in _indexes.Values)
        {
            index.Dispose();
        }

        _indexes.Clear();
    }

    private async Task RebuildAsync(Tenant tenant, CancellationToken cancellationToken)
    {
        using var _ = TenantScope.Enter(tenant);
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SearchService>().RebuildAsync(cancellationToken);
    }
}
