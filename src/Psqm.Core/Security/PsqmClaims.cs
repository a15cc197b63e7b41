using System.Security.Claims;

namespace Psqm.Core.Security;

/// <summary>Claims the product adds to a signed-in user beyond Identity's own.</summary>
public static class PsqmClaims
{
    /// <summary>The taxonomy key of the hub a user belongs to (hub leaders, and later schools).</summary>
    public const string Hub = "psqm:hub";

    /// <summary>The name a user gave, as others see it beside what they write.</summary>
    public const string Name = "psqm:name";

    /// <summary>The user's name, or their sign-in address when they gave none.</summary>
    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirst(Name)?.Value is { Length: > 0 } name ? name : user.Identity?.Name ?? "";

    public static string? HubKey(this ClaimsPrincipal user) => user.FindFirst(Hub)?.Value is { Length: > 0 } hub ? hub : null;
}
