using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Modules;
using Psqm.Core.Routing;

namespace Psqm.Core.Navigation;

public static class PublicPageServiceCollectionExtensions
{
    /// <summary>A module's public page: in the main navigation at <paramref name="order"/> and in sitemap.xml.</summary>
    public static IServiceCollection AddPublicPage(this IServiceCollection services, ModuleManifest module, string page, string text, int order)
    {
        services.AddSingleton<INavigationProvider>(new PageNavigation(new NavigationItem(module.Name, page, text, order)));
        services.AddSingleton<ISitemapSource>(sp => new PageSitemapSource(module.Name, sp.GetRequiredService<PageLinks>(), page));
        return services;
    }

    private sealed class PageNavigation(NavigationItem item) : INavigationProvider
    {
        public IEnumerable<NavigationItem> MainNavigation() => [item];
    }
}
