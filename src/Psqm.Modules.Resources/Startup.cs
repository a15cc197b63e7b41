using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Content;
using Psqm.Core.Modules;
using Psqm.Core.Navigation;
using Psqm.Core.Routing;
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
        services.AddKeyedSingleton(ResourceType.Name, (sp, _) => new ContentFeed(
            Manifest.Name, ResourceType.Name, "/Resources/Index", "/Resources/Detail",
            sp.GetRequiredService<PublishedContent>(), sp.GetRequiredService<PageLinks>(), item => !ResourceType.IsMembersOnly(item)));
        services.AddSingleton<ISitemapSource>(sp => sp.GetRequiredKeyedService<ContentFeed>(ResourceType.Name));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/feeds/resources.atom", (HttpContext context, [FromKeyedServices(ResourceType.Name)] ContentFeed feed) => feed.WriteAtomAsync(context))
            .ForModule(Resources.Manifest.Value);

    private sealed class ResourcesNavigation : INavigationProvider
    {
        public IEnumerable<NavigationItem> MainNavigation() => [new(Resources.Manifest.Value.Name, "/Resources/Index", "Resources", 220)];
    }
}
