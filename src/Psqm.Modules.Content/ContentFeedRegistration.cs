using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Modules;
using Psqm.Core.Routing;

namespace Psqm.Modules.Content;

public static class ContentFeedRegistration
{
    /// <summary>A content type's public items in sitemap.xml and in an Atom feed (mapped with <see cref="MapContentFeed"/>).</summary>
    public static IServiceCollection AddContentFeed(
        this IServiceCollection services, ModuleManifest module, string type, string title, string listPage, string detailPage, Func<ContentItem, bool>? isPublic = null)
    {
        services.AddKeyedSingleton(type, (sp, _) => new ContentFeed(
            module.Name, type, title, listPage, detailPage, sp.GetRequiredService<PublishedContent>(), sp.GetRequiredService<PageLinks>(), isPublic));
        services.AddSingleton<ISitemapSource>(sp => sp.GetRequiredKeyedService<ContentFeed>(type));
        return services;
    }

    public static IEndpointConventionBuilder MapContentFeed(this IEndpointRouteBuilder endpoints, string path, string type, ModuleManifest module) =>
        endpoints.MapGetAndHead(path, (HttpContext context) => context.RequestServices.GetRequiredKeyedService<ContentFeed>(type).WriteAtomAsync(context))
            .ForModule(module);
}
