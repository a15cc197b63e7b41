using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Data;
using Psqm.Core.Modules;
using Psqm.Core.Navigation;
using Psqm.Core.Recipes;
using Psqm.Core.Security;
using Psqm.Modules.Enquiries.Data;
using Psqm.Modules.Enquiries.Recipes;
using Psqm.Modules.Enquiries.Services;

namespace Psqm.Modules.Enquiries;

public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest => Enquiries.Manifest.Value;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<EnquiriesDbContext>();
        services.AddScoped<EnquiryEmails>();
        services.AddScoped<MarkChoices>();
        services.AddScoped<PersonalData>();
        services.AddScoped<HubDirectory>();
        services.AddScoped<Psqm.Core.Hubs.IHubDirectory>(sp => sp.GetRequiredService<HubDirectory>());
        services.AddHostedService<RetentionService>();
        services.AddSingleton<Permissions>();
        services.AddSingleton<IPermissionProvider>(sp => sp.GetRequiredService<Permissions>());
        services.AddSingleton<IAdminMenuProvider>(sp => sp.GetRequiredService<Permissions>());
        services.AddSingleton<INavigationProvider, EnquiriesNavigation>();
        services.AddSingleton<IRecipeStepHandler, EnquiriesStep>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }

    private sealed class EnquiriesNavigation : INavigationProvider
    {
        public IEnumerable<NavigationItem> MainNavigation() => [new(Enquiries.Manifest.Value.Name, "/RegisterInterest/Index", "Register interest", 800)];
    }
}
