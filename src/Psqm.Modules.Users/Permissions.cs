using Psqm.Core.Navigation;
using Psqm.Core.Security;

namespace Psqm.Modules.Users;

public sealed class Permissions : IPermissionProvider, IAdminMenuProvider
{
    public static readonly Permission ManageUsers = new("ManageUsers", "Manage the users and roles of this site");
    public static readonly Permission ViewAuditLog = new("ViewAuditLog", "Read the log of every change to accounts");
    public static readonly Permission ManageEmail = new("ManageEmail", "See the email outbox and send failed emails again");

    public IEnumerable<Permission> GetPermissions() => [ManageUsers, ViewAuditLog, ManageEmail];

    public IEnumerable<AdminLink> AdminLinks() =>
    [
        new(Manifest.Value.Name, "/Admin/Users/Index", "Users", ManageUsers.Name),
        new(Manifest.Value.Name, "/Admin/Users/Audit", "Audit log", ViewAuditLog.Name),
        new(Manifest.Value.Name, "/Admin/Outbox/Index", "Email outbox", ManageEmail.Name),
    ];
}
