using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Psqm.Core.Modules;
using Psqm.Core.Navigation;
using Psqm.Core.Security;
using Psqm.Core.Tenancy;

namespace Psqm.Modules.Users.Pages;

/// <summary>A signed-in user's home: who they are here, and the administration their roles allow.</summary>
[Authorize]
public sealed class DashboardModel(IEnumerable<IAdminMenuProvider> menus, IRolePermissionStore permissions, EnabledModules modules) : PageModel
{
    public IReadOnlyList<string> Roles { get; private set; } = [];

    public IReadOnlyList<AdminLink> AdminLinks { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var tenant = HttpContext.RequiredTenant();
        Roles = User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray();
        var held = await permissions.GetPermissionsAsync(Roles, HttpContext.RequestAborted);
        AdminLinks = menus.SelectMany(m => m.AdminLinks())
            .Where(l => l.Permission.Split('|').Any(held.Contains) && modules.IsEnabled(tenant, l.Module) && (!l.DefaultTenantOnly || tenant.IsDefault))
            .ToArray();
    }
}
