using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Psqm.Core.Security;

/// <summary>Met when the user's roles hold any one of <see cref="Permissions"/>.</summary>
public sealed record PermissionRequirement(IReadOnlyList<string> Permissions) : IAuthorizationRequirement;

/// <summary>Turns the policy names that <see cref="RequirePermissionAttribute"/> writes into permission requirements.</summary>
public sealed class PermissionPolicy(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public const string Prefix = "perm:";

    /// <summary>The policy name for "any of these permissions".</summary>
    public static string For(params string[] permissions) => Prefix + string.Join('|', permissions);

    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (policyName.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .AddRequirements(new PermissionRequirement(policyName[Prefix.Length..].Split('|')))
                .Build();
        }

        return await base.GetPolicyAsync(policyName);
    }
}
