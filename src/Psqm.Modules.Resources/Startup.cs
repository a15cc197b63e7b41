using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Modules;
using Psqm.Core.Navigation;
using Psqm.Modules.Content;

namespace Psqm.Modules.Resources;

public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest => Resources.Manifest.Value;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IContentTypeProvider, ResourceType>();
        services.AddSingleton<INavigationProvider>(new ResourcesNavigation());
        services.AddSingleton<IMediaAccess, ResourceMediaAccess>();
        services.AddContentFeed(Manifest, ResourceType.Name, "Resources", "/Resources/Index", "/Resources/Detail", item => !ResourceType.IsMembersOnly(item));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapContentFeed("/feeds/resources.atom", ResourceType.Name, Manifest);

    private sealed class ResourcesNavigation : INavigationProvider
    {
        public IEnumerable<NavigationItem> MainNavigation() => [new(Resources.Manifest.Value.Name, "/Resources/Index", "Resources", 220)];
    }
}
