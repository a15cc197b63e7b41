using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Modules;
using Psqm.Core.Navigation;
using Psqm.Core.Routing;

namespace Psqm.Modules.Site;

public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest => Site.Manifest.Value;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<INavigationProvider, SiteNavigation>();
        services.AddSingleton<Psqm.Core.Search.ISearchSource, SitePagesSearchSource>();
        services.AddSingleton<ISitemapSource>(sp => new PageSitemapSource(
            Site.Manifest.Value.Name, sp.GetRequiredService<PageLinks>(), "/Index", "/QualityMarks", "/Process", "/Hubs", "/Contact", "/Accessibility", "/Privacy"));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/sitemap.xml", (HttpContext context, IEnumerable<ISitemapSource> sources, EnabledModules modules) =>
            SitemapWriter.WriteAsync(context, sources, modules)).ForModule(Site.Manifest.Value);
}

public sealed class SiteNavigation : INavigationProvider
{
    public IEnumerable<NavigationItem> MainNavigation() =>
    [
        new(Manifest.Value.Name, "/Index", "Home", 0),
        new(Manifest.Value.Name, "/QualityMarks", "The quality marks", 50),
        new(Manifest.Value.Name, "/Process", "The process", 60),
        new(Manifest.Value.Name, "/Hubs", "Hubs", 300),
        new(Manifest.Value.Name, "/Contact", "Contact", 900),
    ];
}
