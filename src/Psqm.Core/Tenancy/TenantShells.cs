using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Psqm.Core.Data;
using Psqm.Core.Recipes;

namespace Psqm.Core.Tenancy;

/// <summary>Brings tenants to life: creates them from recipes, migrates their databases, changes their state.</summary>
public sealed class TenantShells(
    TenantRegistry registry,
    RecipeStore recipes,
    RecipeExecutor executor,
    IEnumerable<ITenantMigrator> migrators,
    IServiceScopeFactory scopes,
    AppDataPaths paths,
    ILogger<TenantShells> logger) : IDisposable
{
    private readonly SemaphoreSlim _setupLock = new(1, 1);

    /// <summary>Migrates the host database, creates the host recipe's missing tenants and brings every tenant's schema up to date.</summary>
    public async Task InitializeHostAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var host = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        if (host.Database.GetDbConnection() is SqliteConnection sqlite)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(sqlite.DataSource))!);
        }

        await Data.Migrations.MigrateAsync(host, cancellationToken);
        await using var setup = await Data.DatabaseProviders.SetupLockAsync(host, cancellationToken);
        var ring = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>>().Value.XmlRepository;
        if (ring is not null)
        {
            await Security.HostKeyRing.ImportFilesAsync(ring, paths.Keys, cancellationToken);
        }


        await registry.ReloadAsync(cancellationToken);
        foreach (var spec in recipes.Host().Tenants)
        {
            if (registry.Find(spec.Name) is null)
            {
                await registry.AddAsync(
                    new TenantRecord { Name = spec.Name, UrlPrefix = spec.UrlPrefix, Host = spec.Host, Recipe = spec.Recipe, State = TenantState.Uninitialized },
                    cancellationToken);
            }
        }

        foreach (var tenant in registry.All)
        {
            Hosting.StartupChecks.CheckTenants([tenant]);
            if (tenant.State == TenantState.Uninitialized)
            {
                await SetupAsync(tenant.Name, cancellationToken);
            }
            else
            {
                await MigrateAsync(tenant, cancellationToken);
            }
        }
    }

    /// <summary>Adds a tenant to the registry and sets it up from its recipe.</summary>
    public async Task<TenantRegistryResult> CreateAsync(TenantRecord record, CancellationToken cancellationToken = default)
    {
        if (recipes.Find(record.Recipe) is null)
        {
            return TenantRegistryResult.NotFound;
        }

        record.State = TenantState.Uninitialized;
        var result = await registry.AddAsync(record, cancellationToken);
        if (result == TenantRegistryResult.Ok)
        {
            await SetupAsync(record.Name, cancellationToken);
        }

        return result;
    }

    public async Task SetupAsync(string name, CancellationToken cancellationToken = default)
    {
        await _setupLock.WaitAsync(cancellationToken);
        try
        {
            var tenant = registry.Find(name) ?? throw new InvalidOperationException($"No tenant '{name}'.");
            if (tenant.State != TenantState.Uninitialized)
            {
                return;
            }

            var recipe = recipes.Find(tenant.Record.Recipe)
                ?? throw new InvalidOperationException($"Tenant '{name}' names the recipe '{tenant.Record.Recipe}', which does not exist.");
            logger.LogInformation("Setting up tenant {Tenant} from recipe {Recipe}", name, recipe.Name);
            await MigrateAsync(tenant, cancellationToken);
            await executor.ExecuteAsync(tenant, recipe, cancellationToken);
            await registry.UpdateAsync(name, r => r.State = TenantState.Running, cancellationToken: cancellationToken);
        }
        finally
        {
            _setupLock.Release();
        }
    }

    public async Task MigrateAsync(Tenant tenant, CancellationToken cancellationToken = default)
    {
        using var _ = TenantScope.Enter(tenant);
        await using var scope = scopes.CreateAsyncScope();
        foreach (var migrator in migrators)
        {
            await migrator.MigrateAsync(scope.ServiceProvider, cancellationToken);
        }
    }

    public Task<TenantRegistryResult> SetStateAsync(string name, TenantState state, Guid? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var tenant = registry.Find(name);
        if (tenant is null)
        {
            return Task.FromResult(TenantRegistryResult.NotFound);
        }

        // Only a set-up tenant can be switched between running and disabled; the Default tenant hosts the administration.
        if (tenant.State == TenantState.Uninitialized || (tenant.IsDefault && state == TenantState.Disabled))
        {
            return Task.FromResult(TenantRegistryResult.Conflict);
        }

        return registry.UpdateAsync(name, r => r.State = state, expectedVersion, cancellationToken);
    }

    public void Dispose() => _setupLock.Dispose();
}
