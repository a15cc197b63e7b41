using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Psqm.Core.Tenancy;

namespace Psqm.Core.Routing;

/// <summary>Links to pages in a given language of the current tenant, with that language's route words.</summary>
public sealed class PageLinks(LinkGenerator links)
{
    private static readonly HashSet<string> NonRouteKeys = new(StringComparer.OrdinalIgnoreCase) { "page", "handler", "area" };

    // A link with no values, asked for on a page whose route has none either, is the same on every request under the
    // same base: the header's, navigation's and footer's links on every list page. Routing is fixed at start, and the
    // bases are the tenants' and languages', so this stays small.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string PathBase, string Page, string Culture), string?> _plain = new();

    public string? Page(HttpContext context, string page, object? values = null, CultureInfo? culture = null) =>
        Page(context, page, values is null ? new RouteValueDictionary() : new RouteValueDictionary(values), culture);

    public string? Page(HttpContext context, string page, RouteValueDictionary values, CultureInfo? culture)
    {
        culture ??= CultureInfo.CurrentUICulture;
        var tenant = TenantScope.Current;
        var pathBase = tenant is null ? context.Request.PathBase : AppBase(context).Add(tenant.PathBaseFor(culture));
        if (values.Count > 0 || !OnlyPageNamed(context.Request.RouteValues))
        {
            return Resolve(context, page, values, culture, pathBase);
        }

        var key = (pathBase.Value ?? "", page, culture.Name);
        if (!_plain.TryGetValue(key, out var path))
        {
            path = Resolve(context, page, values, culture, pathBase);
            _plain.TryAdd(key, path);
        }

        return path;
    }

    private static bool OnlyPageNamed(RouteValueDictionary ambient)
    {
        foreach (var value in ambient)
        {
            if (!NonRouteKeys.Contains(value.Key))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A page of the tenant in scope, away from any request (a background job's email), under the site's root.</summary>
    public string? Page(string page, object? values, CultureInfo culture) =>
        Resolve(null, page, values is null ? new RouteValueDictionary() : new RouteValueDictionary(values), culture, TenantScope.Required.PathBaseFor(culture));

    // With a request, its route values fill what a link leaves out, as Razor's own links do.
    private string? Resolve(HttpContext? context, string page, RouteValueDictionary values, CultureInfo culture, PathString pathBase)
    {
        if (culture.TwoLetterISOLanguageName == "cy")
        {
            var routeValues = new RouteValueDictionary(values) { ["page"] = page };
            var name = page + WelshRoutesConvention.WelshSuffix;
            if ((context is null ? links.GetPathByRouteValues(name, routeValues, pathBase) : links.GetPathByRouteValues(context, name, routeValues, pathBase)) is { } welsh)
            {
                return welsh;
            }
        }

        return context is null ? links.GetPathByPage(page, handler: null, values, pathBase) : links.GetPathByPage(context, page, handler: null, values, pathBase);
    }

    /// <summary>The current page in another language: same page, same route values, same query.</summary>
    public string SamePage(HttpContext context, CultureInfo culture)
    {
        // A page whose twin has another address (a translated item with its own slug) says so itself.
        if (context.Features.Get<AlternateLinks>()?.For(culture) is { } alternate)
        {
            return alternate;
        }

        var tenant = TenantScope.Current;

        // On an error page: the page that was asked for, not the error route.
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is { } reExecuted)
        {
            return Asked(context, tenant, culture, reExecuted.RouteValues, reExecuted.OriginalPath, reExecuted.OriginalQueryString);
        }

        if (context.Features.Get<IExceptionHandlerPathFeature>() is { } failed)
        {
            return Asked(context, tenant, culture, failed.RouteValues, failed.Path, context.Request.QueryString.Value);
        }

        // The head's alternates and the language switch ask for the same links: each is made once a request.
        var made = context.Features.Get<SamePageLinks>();
        if (made is null)
        {
            context.Features.Set(made = new SamePageLinks());
        }
        else if (made.TryGetValue(culture.Name, out var link))
        {
            return link;
        }

        var routeValues = context.GetRouteData().Values;
        string? path = null;
        if (routeValues.TryGetValue("page", out var page) && page is string pageName)
        {
            var values = new RouteValueDictionary(routeValues.Where(v => !NonRouteKeys.Contains(v.Key)));
            path = Page(context, pageName, values, culture);
        }

        path ??= tenant is null
            ? context.Request.PathBase + context.Request.Path
            : AppBase(context).Add(tenant.PathBaseFor(culture)).Add(context.Request.Path).Value;
        if (string.IsNullOrEmpty(path))
        {
            path = "/";
        }

        return made[culture.Name] = path + context.Request.QueryString;
    }

    private sealed class SamePageLinks() : Dictionary<string, string>(StringComparer.Ordinal);

    private string Asked(HttpContext context, Tenant? tenant, CultureInfo culture, RouteValueDictionary? routeValues, string? path, string? query)
    {
        if (routeValues?.TryGetValue("page", out var page) == true && page is string pageName
            && Page(context, pageName, new RouteValueDictionary(routeValues.Where(v => !NonRouteKeys.Contains(v.Key))), culture) is { } translated)
        {
            return translated + query;
        }

        var basePath = tenant is null ? context.Request.PathBase : AppBase(context).Add(tenant.PathBaseFor(culture));
        var full = basePath.Add(path ?? "").Value;
        return (string.IsNullOrEmpty(full) ? "/" : full) + query;
    }

    // Whatever the host itself is mounted under, before the tenant and culture segments.
    private static PathString AppBase(HttpContext context) =>
        context.Features.Get<TenantFeature>()?.AppBase ?? PathString.Empty;
}
