namespace Psqm.Core.Security;

/// <summary>A named right that modules declare, recipes grant to roles, and pages require.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "A permission is what it is called across the product.")]
public sealed record Permission(string Name, string Description);

public interface IPermissionProvider
{
    IEnumerable<Permission> GetPermissions();
}

/// <summary>Which permissions a tenant's roles hold. Implemented by the users module.</summary>
public interface IRolePermissionStore
{
    ValueTask<IReadOnlySet<string>> GetPermissionsAsync(IEnumerable<string> roles, CancellationToken cancellationToken = default);
}
