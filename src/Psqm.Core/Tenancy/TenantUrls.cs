using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Psqm.Core.Tenancy;

/// <summary>
/// Where each tenant lives on the web, from configuration only: absolute links (emails, feeds, canonical tags) are
/// built here and never from a request's Host header, which whoever sends the request chooses.
/// </summary>
public sealed class TenantUrls(IOptions<PsqmOptions> options, IHostEnvironment environment, IConfiguration configuration, IServiceProvider services)
{
    private static readonly string[] DevelopmentHosts = ["localhost", "127.0.0.1", "[::1]", "::1"];
    private Uri? _listening;

    /// <summary>The origin of the tenants reached by path prefix: <c>Psqm:PublicUrl</c>, or in Development the address the site listens on.</summary>
    public Uri PublicOrigin => Parse(options.Value.PublicUrl) ?? _listening ?? ListeningAddress();

    /// <summary>Scheme, host and port of a tenant: its own configured address when it has a host name of its own.</summary>
    public Uri Origin(Tenant tenant) => Parse(tenant.Record.BaseUrl) ?? PublicOrigin;

    /// <summary>The tenant's public base URL, with its path prefix.</summary>
    public string BaseUrl(Tenant tenant) => Absolute(tenant, tenant.BasePath.HasValue ? tenant.BasePath.Value! : "/");

    /// <summary>An absolute URL for a path of the site (as link generation gives it, path base included).</summary>
    public string Absolute(Tenant tenant, string path) => Origin(tenant).GetLeftPart(UriPartial.Authority) + (path.StartsWith('/') ? path : "/" + path);

    /// <summary>An absolute URL for a path of the tenant in scope.</summary>
    public string Absolute(string path) => Absolute(TenantScope.Required, path);

    /// <summary>Host names this site answers: the public origin's, each tenant's own, and loopback in Development.</summary>
    public bool IsKnownHost(string host, TenantRegistry registry)
    {
        if (string.Equals(host, PublicOrigin.Host, StringComparison.OrdinalIgnoreCase)
            || (environment.IsDevelopment() && DevelopmentHosts.Contains(host, StringComparer.OrdinalIgnoreCase)))
        {
            return true;
        }

        foreach (var tenant in registry.All)
        {
            if (string.Equals(tenant.Record.Host, host, StringComparison.OrdinalIgnoreCase)
                || string.Equals(Parse(tenant.Record.BaseUrl)?.Host, host, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An absolute http(s) URL's origin, or null for an empty value; anything else is a configuration error.</summary>
    public static Uri? Parse(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        return TryParseOrigin(url, out var origin)
            ? origin
            : throw new InvalidOperationException($"'{url}' is not an absolute http or https address such as https://psqm.example.");
    }

    public static bool TryParseOrigin(string url, out Uri origin)
    {
        origin = null!;
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
        {
            return false;
        }

        origin = new Uri(uri.GetLeftPart(UriPartial.Authority));
        return true;
    }

    // Development only: the first address Kestrel listens on, with a wildcard host read as localhost.
    private Uri ListeningAddress()
    {
        var addresses = services.GetService(typeof(IServer)) is IServer server
            ? server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []
            : [];
        var first = addresses.OrderBy(a => a.StartsWith("https", StringComparison.OrdinalIgnoreCase) ? 1 : 0).FirstOrDefault();
        if (first is null)
        {
            // Not listening (the command line, a test server): the address it is configured to listen on, if any.
            // Not remembered, so the real address is used once there is one.
            return configuration["urls"]?.Split(';', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() is { } configured
                && TryParseOrigin(configured.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal), out var origin)
                ? origin
                : new Uri("http://localhost");
        }

        var normalized = first.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).Replace("://[::]", "://localhost", StringComparison.Ordinal);
        return _listening = TryParseOrigin(normalized, out var listening) ? listening : new Uri("http://localhost");
    }
}
