using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Psqm.Core.Security;
using Psqm.Core.Tenancy;

namespace Psqm.Core.Caching;

/// <summary>
/// Keeps what a <see cref="CachedPageAttribute"/> page answered a signed-out visitor and serves it again, per tenant
/// and language, until the tenant's data changes (<see cref="CacheStamps"/>), its settings change, or the backstop
/// time passes. Nothing is kept or served for a request that carries an account's cookie or any cookie but the
/// antiforgery one, and nothing is kept that sets a cookie, says it may not be stored (a page with a form does, for
/// its antiforgery token) or is not a 200.
/// </summary>
public sealed class PageCache(CacheStamps stamps, TimeProvider clock, IOptions<PsqmOptions> options) : IOutputCachePolicy
{
    // The one cookie that changes nothing on a page: the antiforgery cookie, which a form page leaves behind.
    private const string AntiforgeryCookie = TenantCookieBuilder.Antiforgery + ".";

    private readonly PageCacheOptions _options = options.Value.PageCache;

    /// <summary>The tag of every page kept for a tenant.</summary>
    public static string Tag(string tenant) => "tenant:" + tenant;

    /// <summary>
    /// The key of a part of the layout that is the same on every request for a page (the header, the footer): the
    /// tenant, its address and language, the page, and what the tenant's pages depend on. A change to any of them
    /// gives a new key, so a part is never shown after a change; one left behind expires unused.
    /// </summary>
    public string FragmentKey(HttpContext context)
    {
        var tenant = context.Features.Get<TenantFeature>() ?? throw new InvalidOperationException("No tenant for this request.");
        return string.Join('|', tenant.Tenant.Name, context.Request.PathBase.Value, tenant.Culture.Name, Generation(tenant),
            context.GetRouteValue("page") as string);
    }

    // What a tenant's pages show besides their own data: its settings (name, modules) and the stamps of its data.
    private string Generation(TenantFeature tenant) => tenant.Tenant.Record.Version.ToString("N") + stamps.Version(tenant.Tenant.Name);

    /// <summary>Keeps this response out of the cache, whatever the page declares (for what only some visitors may see).</summary>
    public static void Refuse(HttpContext context)
    {
        context.Response.Headers.CacheControl = "private, no-store";
        if (context.Features.Get<IOutputCacheFeature>() is { } feature)
        {
            feature.Context.AllowCacheStorage = false;
        }
    }

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        if (!_options.Enabled || http.GetEndpoint()?.Metadata.GetMetadata<CachedPageAttribute>() is not { } page
            || !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            || http.Request.Headers.Authorization.Count > 0 || !OnlyHarmlessCookies(http.Request.Cookies)
            || http.Features.Get<TenantFeature>() is not { } tenant)
        {
            return ValueTask.CompletedTask;
        }

        var backstop = TimeSpan.FromSeconds(Math.Max(1, _options.Seconds));
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = OnlyDeclared(http.Request.Query, page.Query);
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = backstop;
        context.Tags.Add(Tag(tenant.Tenant.Name));
        var vary = context.CacheVaryByRules;
        vary.VaryByHost = true;
        vary.QueryKeys = page.QueryKeys;
        vary.CacheKeyPrefix = tenant.Tenant.Name;
        vary.VaryByValues["culture"] = tenant.Culture.Name;
        vary.VaryByValues["data"] = Generation(tenant);

        // The backstop on the site's clock, for what changes with time alone (a webinar that has ended).
        vary.VaryByValues["period"] = (clock.GetUtcNow().UtcTicks / backstop.Ticks).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0 || !Storable(response.Headers.CacheControl))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    private static bool OnlyHarmlessCookies(IRequestCookieCollection cookies)
    {
        foreach (var cookie in cookies)
        {
            if (!cookie.Key.StartsWith(AntiforgeryCookie, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool OnlyDeclared(IQueryCollection query, IReadOnlyList<string> declared)
    {
        foreach (var key in query.Keys)
        {
            if (!declared.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Storable(Microsoft.Extensions.Primitives.StringValues cacheControl) =>
        !CacheControlHeaderValue.TryParse(cacheControl.ToString(), out var value) || !(value.NoStore || value.NoCache || value.Private);
}

public sealed class PageCacheOptions
{
    /// <summary>Whether public pages are kept at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Longest a kept page is served, in seconds, for what changes with time alone; changes to data end it at once.</summary>
    public int Seconds { get; set; } = 300;

    /// <summary>Most memory the kept pages take, in megabytes.</summary>
    public int MaxMegabytes { get; set; } = 64;
}

public static class PageCacheExtensions
{
    public static IServiceCollection AddPageCache(this IServiceCollection services)
    {
        services.AddSingleton<PageCache>();
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<PageCache, IOptions<PsqmOptions>>((options, policy, psqm) =>
        {
            options.AddBasePolicy(policy);
            options.SizeLimit = psqm.Value.PageCache.MaxMegabytes * 1024L * 1024L;
        });
        return services;
    }
}
