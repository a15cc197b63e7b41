using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Modules;
using Psqm.Core.Navigation;
using Psqm.Core.Routing;
using Psqm.Core.Tenancy;

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

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGetAndHead("/sitemap.xml", (HttpContext context, IEnumerable<ISitemapSource> sources, EnabledModules modules) =>
            SitemapWriter.WriteAsync(context, sources, modules)).ForModule(Site.Manifest.Value);
        endpoints.MapGetAndHead("/robots.txt", WriteRobots).ForModule(Site.Manifest.Value);
    }

    /// <summary>
    /// Crawlers read robots.txt at the root of a host only, so the root's lists the sitemap of every tenant on that
    /// host (the Default tenant and those reached by prefix); a tenant with a host of its own lists its own.
    /// </summary>
    private static IResult WriteRobots(HttpContext context, TenantRegistry registry, TenantUrls urls)
    {
        var tenant = context.RequiredTenant();
        var origin = urls.Origin(tenant);
        var onThisHost = registry.All.Where(t => t.State == TenantState.Running && urls.Origin(t) == origin
            && (t == tenant || (tenant.IsDefault && t.Record.Host.Length == 0)));
        var text = new System.Text.StringBuilder("User-agent: *\n");
        foreach (var site in onThisHost)
        {
            var path = site.BasePath.HasValue ? site.BasePath.Value : "";
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"Disallow: {path}/admin/\nDisallow: {path}/dashboard\nDisallow: {path}/dangosfwrdd\n");
        }

        foreach (var site in onThisHost)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"Sitemap: {urls.Absolute(site, (site.BasePath.HasValue ? site.BasePath.Value : "") + "/sitemap.xml")}\n");
        }

        return Results.Text(text.ToString(), "text/plain; charset=utf-8");
    }
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
