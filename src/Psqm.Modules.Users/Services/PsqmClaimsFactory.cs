using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Psqm.Core.Security;
using Psqm.Modules.Users.Data;

namespace Psqm.Modules.Users.Services;

/// <summary>Adds the user's hub to the sign-in cookie; changing a hub changes the security stamp, which signs the user in again.</summary>
public sealed class PsqmClaimsFactory(UserManager<PsqmUser> users, RoleManager<PsqmRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PsqmUser, PsqmRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PsqmUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrEmpty(user.Hub))
        {
            identity.AddClaim(new Claim(PsqmClaims.Hub, user.Hub));
        }

        if (!string.IsNullOrWhiteSpace(user.DisplayName))
        {
            identity.AddClaim(new Claim(PsqmClaims.Name, user.DisplayName));
        }

        return identity;
    }
}
