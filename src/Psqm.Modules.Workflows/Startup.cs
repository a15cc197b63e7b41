using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Data;
using Psqm.Core.Modules;
using Psqm.Core.Navigation;
using Psqm.Core.Recipes;
using Psqm.Core.Security;
using Psqm.Modules.Workflows.Data;
using Psqm.Modules.Workflows.Definitions;
using Psqm.Modules.Workflows.Engine;
using Psqm.Modules.Workflows.Recipes;

namespace Psqm.Modules.Workflows;

public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest => Workflows.Manifest.Value;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<WorkflowsDbContext>();
        services.AddScoped<DefinitionValidator>();
        services.AddScoped<WorkflowDefinitions>();
        services.AddScoped<WorkflowEngine>();
        services.AddScoped<WorkflowTimers>();
        services.AddHostedService<WorkflowTimerService>();
        services.AddSingleton<Permissions>();
        services.AddSingleton<IPermissionProvider>(sp => sp.GetRequiredService<Permissions>());
        services.AddSingleton<IAdminMenuProvider>(sp => sp.GetRequiredService<Permissions>());
        services.AddSingleton<IRecipeStepHandler, WorkflowsStep>();
    }
}
