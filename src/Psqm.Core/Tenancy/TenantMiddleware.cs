using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Psqm.Core.Tenancy;

/// <summary>
/// Finds the tenant and the language of a request, moves their URL segments into the path base (so routing and
/// link generation work unchanged inside each tenant), and answers for tenants that cannot serve.
/// </summary>
public sealed class TenantMiddleware(
    RequestDelegate next, TenantRegistry registry, TenantUrls urls, IHostEnvironment environment, IStringLocalizer<TenantMiddleware> s, ILogger<TenantMiddleware> logger)
{
    private readonly IStringLocalizer _s = s;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var appBase = request.PathBase;
        var path = request.Path;

        // A host that no tenant or setting names is refused: nothing may be served, or linked to, under a forged name.
        if (!urls.IsKnownHost(request.Host.Host, registry))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("Unknown host.");
            return;
        }

        var tenant = registry.Resolve(request.Host.Host, FirstSegment(path));
        if (tenant is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        // Outside Development pages are served over HTTPS only (cookies are Secure); probes may still use plain HTTP.
        if (!request.IsHttps && !environment.IsDevelopment() && !path.StartsWithSegments("/health")
            && urls.Origin(tenant).Scheme == Uri.UriSchemeHttps)
        {
            context.Response.StatusCode = StatusCodes.Status308PermanentRedirect;
            context.Response.Headers.Location = urls.Absolute(tenant, appBase.Add(path).Value + request.QueryString);
            return;
        }

        if (tenant.BasePath.HasValue && path.StartsWithSegments(tenant.BasePath, StringComparison.OrdinalIgnoreCase, out var rest))
        {
            request.PathBase = appBase.Add(tenant.BasePath);
            path = rest;
        }

        var culture = tenant.DefaultCulture;
        if (tenant.IsMultilingual && tenant.CultureForSegment(FirstSegment(path)) is { } other
            && path.StartsWithSegments("/" + other.TwoLetterISOLanguageName, StringComparison.OrdinalIgnoreCase, out var afterCulture))
        {
            culture = other;
            request.PathBase = request.PathBase.Add("/" + other.TwoLetterISOLanguageName);
            path = afterCulture;
        }

        request.Path = path;
        context.Features.Set(new TenantFeature(tenant, culture, appBase));
        context.Features.Set<IRequestCultureFeature>(new RequestCultureFeature(new RequestCulture(culture), provider: null));
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;

        using var _ = TenantScope.Enter(tenant);

        // Every line logged for the request names the tenant, beside the request id and trace the host adds.
        using var __ = logger.BeginScope(tenant.LogScope);
        System.Diagnostics.Activity.Current?.SetTag("psqm.tenant", tenant.Name);
        if (tenant.State != TenantState.Running && !path.StartsWithSegments("/health"))
        {
            await WriteUnavailableAsync(context, tenant, culture);
            return;
        }

        await next(context);
    }

    private static string FirstSegment(PathString path)
    {
        var value = path.Value ?? "";
        var start = value.StartsWith('/') ? 1 : 0;
        var end = value.IndexOf('/', start);
        return end < 0 ? value[start..] : value[start..end];
    }

    // Written directly: a tenant that is not running has no pages, layout or database to render with.
    private async Task WriteUnavailableAsync(HttpContext context, Tenant tenant, CultureInfo culture)
    {
        var title = tenant.State == TenantState.Disabled
            ? _s["This site is closed for now"]
            : _s["This site is being set up"];
        var body = _s["Please try again later. If you need help, contact the Primary Science Quality Mark team."];
        var siteName = WebUtility.HtmlEncode(tenant.SiteName(culture));
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "3600";
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="{culture.TwoLetterISOLanguageName}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{WebUtility.HtmlEncode(title)} - {siteName}</title></head>
            <body><main><p>{siteName}</p><h1>{WebUtility.HtmlEncode(title)}</h1><p>{WebUtility.HtmlEncode(body)}</p></main></body>
            </html>
            """);
    }
}
