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
        var history = "__Migrations_" + typeof(TContext).Name;
        services.AddDbContext<TContext>((sp, options) =>
        {
            sp.GetRequiredService<TenantDatabase>().Configure(options, TenantScope.Required, history);

            // Diagnostics (query counting in tests, slow-query logging) plug in without touching modules.
            options.AddInterceptors(sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>());
        });
        services.AddSingleton<ITenantMigrator, TenantMigrator<TContext>>();
        return services;
    }
}
