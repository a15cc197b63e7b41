using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Psqm.Core.Security;

public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

/// <summary>Turns the policy names that <see cref="RequirePermissionAttribute"/> writes into permission requirements.</summary>
public sealed class PermissionPolicy(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public const string Prefix = "perm:";

    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (policyName.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .AddRequirements(new PermissionRequirement(policyName[Prefix.Length..]))
                .Build();
        }

        return await base.GetPolicyAsync(policyName);
    }
}
