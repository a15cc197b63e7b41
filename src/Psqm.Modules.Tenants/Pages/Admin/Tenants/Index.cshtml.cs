using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Psqm.Core.Security;
using Psqm.Core.Tenancy;

namespace Psqm.Modules.Tenants.Pages.Admin.Tenants;

[RequirePermission("ManageTenants")]
[HostOnly]
public sealed class IndexModel(TenantRegistry registry, TenantShells shells, IStringLocalizer<IndexModel> s) : PageModel
{
    public IReadOnlyList<Tenant> Tenants { get; private set; } = [];

    public void OnGet() => Tenants = registry.All;

    public Task<IActionResult> OnPostDisableAsync(string name, Guid version) => ChangeAsync(name, version, TenantState.Disabled);

    public Task<IActionResult> OnPostEnableAsync(string name, Guid version) => ChangeAsync(name, version, TenantState.Running);

    private async Task<IActionResult> ChangeAsync(string name, Guid version, TenantState state)
    {
        var result = await shells.SetStateAsync(name, state, version, HttpContext.RequestAborted);
        TempData["Notice"] = result switch
        {
            TenantRegistryResult.Ok when state == TenantState.Disabled => s["{0} is disabled. Its pages now say the site is closed.", name].Value,
            TenantRegistryResult.Ok => s["{0} is running again.", name].Value,
            TenantRegistryResult.NotFound => s["There is no tenant called {0}.", name].Value,
            _ => s["{0} was not changed: it was changed by someone else, or cannot be changed that way. Check its state below.", name].Value,
        };
        return RedirectToPage();
    }
}
