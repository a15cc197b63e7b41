using Microsoft.AspNetCore.Http;
using Psqm.Core.Tenancy;

namespace Psqm.Core.Security;

/// <summary>
/// A cookie named and scoped for the tenant in scope: the Default tenant lives at "/", so without its own name
/// and path each tenant's cookies would be sent to, and collide on, every other tenant.
/// </summary>
public sealed class TenantCookieBuilder : CookieBuilder
{
    /// <summary>The antiforgery cookie's name before the tenant's.</summary>
    public const string Antiforgery = ".Psqm.Antiforgery";

    private readonly string _baseName;

    public TenantCookieBuilder(string baseName)
    {
        _baseName = baseName;
        HttpOnly = true;
        SameSite = SameSiteMode.Lax;
        SecurePolicy = CookieSecurePolicy.SameAsRequest;
        IsEssential = true;
    }

    public override string? Name
    {
        get => _baseName + "." + (TenantScope.Current?.Name ?? "Host");
        set
        {
            // The name is derived from the tenant; framework defaults that try to set it are ignored.
        }
    }

    /// <summary>One cookie for the whole tenant, whichever language path it was set on.</summary>
    public override string? Path
    {
        get => TenantScope.Current?.BasePath is { HasValue: true } basePath ? basePath.Value : "/";
        set
        {
            // Derived from the tenant, like the name.
        }
    }
}
