using Psqm.Core.Tenancy;

namespace Psqm.Modules.Tenants;

/// <summary>
/// A tenant's public address as an operator writes it: <c>https://wales.example.org</c> (a host name of its own),
/// <c>https://wales.example.org/cymru</c> (its own host and a prefix) or <c>/scotland</c> (a prefix under the site's address).
/// </summary>
public sealed record TenantAddress(string Host, string UrlPrefix, string BaseUrl)
{
    public static bool TryParse(string? url, out TenantAddress address)
    {
        address = new TenantAddress("", "", "");
        var text = url?.Trim() ?? "";
        if (text.StartsWith('/'))
        {
            address = new TenantAddress("", text.Trim('/'), "");
            return !address.UrlPrefix.Contains('/', StringComparison.Ordinal);
        }

        if (!TenantUrls.TryParseOrigin(text, out var origin) || !Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Query.Length > 0)
        {
            return false;
        }

        var prefix = uri.AbsolutePath.Trim('/');
        address = new TenantAddress(uri.Host, prefix, origin.GetLeftPart(UriPartial.Authority));
        return !prefix.Contains('/', StringComparison.Ordinal);
    }

    /// <summary>A bare host name is served over HTTPS.</summary>
    public static string BaseUrlForHost(string host) => host.Length == 0 ? "" : "https://" + host;
}
