using Psqm.Core.Navigation;
using Psqm.Core.Security;

namespace Psqm.Modules.Tenants;

public sealed class Permissions : IPermissionProvider, IAdminMenuProvider
{
    public static readonly Permission ManageTenants = new("ManageTenants", "Create, disable and enable the tenant sites of this host");

    public IEnumerable<Permission> GetPermissions() => [ManageTenants];

    public IEnumerable<AdminLink> AdminLinks() =>
        [new AdminLink(Manifest.Value.Name, "/Admin/Tenants/Index", "Tenants", ManageTenants.Name, DefaultTenantOnly: true)];
}
