using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Tenancy;

namespace Psqm.Core.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>Registers a module's DbContext on the tenant's database, with its own migrations history table.</summary>
    public static IServiceCollection AddTenantDbContext<TContext>(this IServiceCollection services)
        where TContext : DbContext
    {
        var history = HistoryTable<TContext>();
        services.AddScoped(sp => sp.GetRequiredService<TenantDatabase>().Options<TContext>(TenantScope.Required, history));
        services.AddScoped(sp => sp.GetRequiredService<TenantDatabase>().Context<TContext>(TenantScope.Required, history));
        services.AddSingleton<ITenantMigrator, TenantMigrator<TContext>>();
        return services;
    }

    /// <summary>Each module keeps its own migrations history, so modules migrate independently within one database.</summary>
    public static string HistoryTable<TContext>() =>
        typeof(TContext) == typeof(HostDbContext) ? "__Migrations_Host" : "__Migrations_" + typeof(TContext).Name;
}
