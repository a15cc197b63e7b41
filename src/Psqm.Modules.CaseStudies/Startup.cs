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

namespace Psqm.Modules.CaseStudies;

public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest => CaseStudies.Manifest.Value;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IContentTypeProvider, CaseStudyType>();
        services.AddSingleton<INavigationProvider, CaseStudiesNavigation>();
        services.AddScoped<CaseStudyQuery>();
        services.AddKeyedSingleton(CaseStudyType.Name, (sp, _) => new ContentFeed(
            Manifest.Name, CaseStudyType.Name, "/CaseStudies/Index", "/CaseStudies/Detail", sp.GetRequiredService<PublishedContent>(), sp.GetRequiredService<PageLinks>()));
        services.AddSingleton<ISitemapSource>(sp => sp.GetRequiredKeyedService<ContentFeed>(CaseStudyType.Name));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/feeds/case-studies.atom", (HttpContext context, [FromKeyedServices(CaseStudyType.Name)] ContentFeed feed) => feed.WriteAtomAsync(context))
            .ForModule(CaseStudies.Manifest.Value);
}

public sealed class CaseStudiesNavigation : INavigationProvider
{
    public IEnumerable<NavigationItem> MainNavigation() => [new(Manifest.Value.Name, "/CaseStudies/Index", "Case studies", 200)];
}
