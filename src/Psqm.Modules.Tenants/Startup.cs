using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Modules;
using Psqm.Core.Navigation;
using Psqm.Core.Security;
using Psqm.Modules.Tenants.Cli;

namespace Psqm.Modules.Tenants;

public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest => Tenants.Manifest.Value;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<Permissions>();
        services.AddSingleton<IPermissionProvider>(sp => sp.GetRequiredService<Permissions>());
        services.AddSingleton<IAdminMenuProvider>(sp => sp.GetRequiredService<Permissions>());
        services.AddSingleton<ICommandLineContributor, TenantCommands>();
        services.AddSingleton<TenantValidator>();
    }
}
