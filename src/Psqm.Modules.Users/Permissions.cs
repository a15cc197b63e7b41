using Psqm.Core.Security;

namespace Psqm.Modules.Users;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageUsers = new("ManageUsers", "Manage the users and roles of this site");

    public IEnumerable<Permission> GetPermissions() => [ManageUsers];
}
