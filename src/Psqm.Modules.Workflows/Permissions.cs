using Psqm.Core.Navigation;
using Psqm.Core.Security;

namespace Psqm.Modules.Workflows;

public sealed class Permissions : IPermissionProvider, IAdminMenuProvider
{
    /// <summary>Every process of the tenant: definitions, diagrams and instances.</summary>
    public static readonly Permission ViewWorkflows = new("ViewWorkflows", "See every process: its diagram, its instances and their history");

    public IEnumerable<Permission> GetPermissions() => [ViewWorkflows];

    public IEnumerable<AdminLink> AdminLinks() => [new(Manifest.Value.Name, "/Admin/Workflows/Index", "Processes and their diagrams", ViewWorkflows.Name)];
}
