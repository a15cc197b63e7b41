using Psqm.Core.Navigation;
using Psqm.Core.Security;

namespace Psqm.Modules.Enquiries;

public sealed class Permissions : IPermissionProvider, IAdminMenuProvider
{
    public static readonly Permission ManageEnquiries = new("ManageEnquiries", "See and handle every registration of interest, and the routing to hubs");
    public static readonly Permission HubEnquiries = new("HubEnquiries", "See and handle their own hub's registrations of interest");

    public IEnumerable<Permission> GetPermissions() => [ManageEnquiries, HubEnquiries];

    public IEnumerable<AdminLink> AdminLinks() =>
        [new(Manifest.Value.Name, "/Admin/Enquiries/Index", "Registrations of interest", ManageEnquiries.Name + "|" + HubEnquiries.Name)];
}
