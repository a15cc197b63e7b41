using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Data;
using Psqm.Core.Modules;
using Psqm.Core.Navigation;
using Psqm.Core.Routing;
using Psqm.Core.Recipes;
using Psqm.Modules.Awards.Data;
using Psqm.Modules.Awards.Recipes;

namespace Psqm.Modules.Awards;

public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest => Awards.Manifest.Value;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<AwardsDbContext>();
        services.AddSingleton<IRecipeStepHandler, AwardHoldersStep>();
        services.AddSingleton<ISitemapSource>(sp => new PageSitemapSource(Awards.Manifest.Value.Name, sp.GetRequiredService<PageLinks>(), "/AwardHolders/Index"));
        services.AddSingleton<INavigationProvider, AwardsNavigation>();
    }
}

public sealed class AwardsNavigation : INavigationProvider
{
    public IEnumerable<NavigationItem> MainNavigation() => [new(Manifest.Value.Name, "/AwardHolders/Index", "Award holders", 250)];
}
