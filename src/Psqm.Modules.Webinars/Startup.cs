using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Psqm.Core.Calendars;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Data;
using Psqm.Core.Modules;
using Psqm.Core.Navigation;
using Psqm.Core.Routing;
using Psqm.Core.Tenancy;
using Psqm.Modules.Content;
using Psqm.Modules.Webinars.Data;
using Psqm.Modules.Webinars.Services;

namespace Psqm.Modules.Webinars;

public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest => Webinars.Manifest.Value;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<WebinarsDbContext>();
        services.AddSingleton<IContentTypeProvider, WebinarType>();
        services.AddSingleton<Psqm.Core.Security.IPermissionProvider, Permissions>();
        services.AddSingleton<INavigationProvider, WebinarsNavigation>();
        services.AddSingleton<IAdminMenuProvider, WebinarsNavigation>();
        services.AddScoped<Registrations>();
        services.AddScoped<WebinarEmails>();
        services.AddScoped<ReminderSender>();
        services.AddHostedService<ReminderService>();
        services.AddContentFeed(Manifest, WebinarType.Name, "Webinars", "/Webinars/Index", "/Webinars/Detail");
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGetAndHead("/calendar.ics", WriteCalendarAsync).ForModule(Manifest);

    /// <summary>The tenant's upcoming events in the page's language, for calendar programs to subscribe to. Joining links are never in it.</summary>
    private static async Task WriteCalendarAsync(HttpContext context, PublishedContent published, PageLinks links, TenantUrls urls, TimeProvider clock, IStringLocalizer<Startup> s)
    {
        var tenant = context.RequiredTenant();
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var now = clock.GetUtcNow().UtcDateTime;
        var events = (await published.ListAsync(WebinarType.Name, culture, context.RequestAborted))
            .Select(Webinar.From).OfType<Webinar>()
            .Where(w => w.EndUtc > now)
            .OrderBy(w => w.StartUtc)
            .Take(500)
            .Select(w =>
            {
                var url = urls.Absolute(tenant, links.Page(context, "/Webinars/Detail", new { slug = w.Item.Slug }) ?? "/");
                return WebinarEmails.ToEvent(w, url, $"{w.Item.Field("summary")}\n\n{s["Register and find the joining details at {0}", url]}");
            })
            .ToList();
        var name = s["{0}: webinars and training days", tenant.SiteName(CultureInfo.CurrentUICulture)].Value;
        context.Response.Headers.CacheControl = "public, max-age=900";
        context.Response.Headers.ContentDisposition = "inline; filename=\"calendar.ics\"";
        var calendar = ICalendarWriter.Write(name, tenant.TimeZone, events, now, culture);
        await ConditionalGet.WriteAsync(context, calendar, "text/calendar; charset=utf-8", version: ICalendarWriter.Unstamped(calendar));
    }

    private sealed class WebinarsNavigation : INavigationProvider, IAdminMenuProvider
    {
        public IEnumerable<NavigationItem> MainNavigation() => [new(Webinars.Manifest.Value.Name, "/Webinars/Index", "Webinars", 230)];

        public IEnumerable<AdminLink> AdminLinks() =>
            [new(Webinars.Manifest.Value.Name, "/Admin/Webinars/Index", "Your webinars and resources", "EditContent|EditHubContent")];
    }
}
