using System.Security.Claims;

namespace Psqm.Core.Security;

/// <summary>Claims the product adds to a signed-in user beyond Identity's own.</summary>
public static class PsqmClaims
{
    /// <summary>The taxonomy key of the hub a user belongs to (hub leaders, and later schools).</summary>
    public const string Hub = "psqm:hub";

    public static string? HubKey(this ClaimsPrincipal user) => user.FindFirst(Hub)?.Value is { Length: > 0 } hub ? hub : null;
}
