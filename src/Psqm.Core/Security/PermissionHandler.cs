using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Psqm.Core.Security;

/// <summary>
/// Checks roles against the tenant's current grants rather than claims frozen into the cookie, so a permission
/// taken from a role takes effect at once.
/// </summary>
public sealed class PermissionHandler(IRolePermissionStore store) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var roles = context.User.FindAll(ClaimTypes.Role).Select(c => c.Value);
        var permissions = await store.GetPermissionsAsync(roles);
        if (requirement.Permissions.Any(permissions.Contains))
        {
            context.Succeed(requirement);
        }
    }
}
