using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Psqm.Core.Modules;
using Psqm.Core.Navigation;
using Psqm.Core.Routing;
using Psqm.Core.Security;
using Psqm.Core.Tenancy;

namespace Psqm.Modules.Users.Pages;

/// <summary>A signed-in user's home: what waits for them, who they are here, and the administration their roles allow.</summary>
[Authorize]
public sealed class DashboardModel(IEnumerable<IAdminMenuProvider> menus, IEnumerable<IDashboardTasks> tasks, IRolePermissionStore permissions, EnabledModules modules, PageLinks links) : PageModel
{
    public IReadOnlyList<string> Roles { get; private set; } = [];

    public IReadOnlyList<AdminLink> AdminLinks { get; private set; } = [];

    /// <summary>What waits for this user in the enabled modules: reviews, applications, items to publish.</summary>
    public IReadOnlyList<(string Text, string Href)> Tasks { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var tenant = HttpContext.RequiredTenant();
        Roles = User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray();
        var held = await permissions.GetPermissionsAsync(Roles, HttpContext.RequestAborted);
        AdminLinks = menus.SelectMany(m => m.AdminLinks())
            .Where(l => l.Permission.Split('|').Any(held.Contains) && modules.IsEnabled(tenant, l.Module) && (!l.DefaultTenantOnly || tenant.IsDefault))
            .ToArray();
        var waiting = new List<(string, string)>();
        foreach (var provider in tasks.Where(t => modules.IsEnabled(tenant, t.ModuleName)))
        {
            foreach (var task in await provider.ForAsync(User, HttpContext.RequestAborted))
            {
                var values = new Microsoft.AspNetCore.Routing.RouteValueDictionary(task.Values ?? new Dictionary<string, string?>());
                waiting.Add((task.Text, links.Page(HttpContext, task.Page, values, null) ?? "#"));
            }
        }

        Tasks = waiting;
    }
}
