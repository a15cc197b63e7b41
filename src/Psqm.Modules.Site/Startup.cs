using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Modules;
using Psqm.Core.Navigation;

namespace Psqm.Modules.Site;

public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest => Site.Manifest.Value;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton<INavigationProvider, SiteNavigation>();
}

public sealed class SiteNavigation : INavigationProvider
{
    public IEnumerable<NavigationItem> MainNavigation() =>
    [
        new(Manifest.Value.Name, "/Index", "Home", 0),
        new(Manifest.Value.Name, "/Contact", "Contact", 900),
    ];
}
