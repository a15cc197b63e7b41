using Microsoft.AspNetCore.Authorization;

namespace Psqm.Core.Security;

/// <summary>Requires a signed-in user whose roles hold, on the current tenant, any one of the permissions.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute(params string[] permissions) : AuthorizeAttribute(PermissionPolicy.For(permissions))
{
    public IReadOnlyList<string> Permissions { get; } = permissions;
}
