using Microsoft.AspNetCore.Authorization;

namespace Psqm.Core.Security;

/// <summary>Requires a signed-in user whose roles hold the permission on the current tenant.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute(string permission) : AuthorizeAttribute(PermissionPolicy.Prefix + permission)
{
    public string Permission { get; } = permission;
}
