using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Modules;
using Psqm.Core.Navigation;
using Psqm.Modules.Content;

namespace Psqm.Modules.CaseStudies;

public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest => CaseStudies.Manifest.Value;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IContentTypeProvider, CaseStudyType>();
        services.AddSingleton<INavigationProvider, CaseStudiesNavigation>();
        services.AddScoped<CaseStudyQuery>();
        services.AddContentFeed(Manifest, CaseStudyType.Name, "Case studies", "/CaseStudies/Index", "/CaseStudies/Detail");
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapContentFeed("/feeds/case-studies.atom", CaseStudyType.Name, Manifest);
}

public sealed class CaseStudiesNavigation : INavigationProvider
{
    public IEnumerable<NavigationItem> MainNavigation() => [new(Manifest.Value.Name, "/CaseStudies/Index", "Case studies", 200)];
}
