using Psqm.Core.Navigation;
using Psqm.Core.Security;

namespace Psqm.Modules.Search;

public sealed class Permissions : IPermissionProvider, IAdminMenuProvider
{
    public static readonly Permission ManageSearch = new("ManageSearch", "Rebuild the search index, edit the bilingual glossary and see how text is analysed");

    public IEnumerable<Permission> GetPermissions() => [ManageSearch];

    public IEnumerable<AdminLink> AdminLinks() => [new(Manifest.Value.Name, "/Admin/Search/Index", "Search", ManageSearch.Name)];
}
