using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Psqm.Core.Security;
using Psqm.Core.Tenancy;

namespace Psqm.Modules.Tenants.Pages.Admin.Tenants;

/// <summary>Moves a tenant to another prefix or a host name of its own; its links are built from the new address at once.</summary>
[RequirePermission("ManageTenants")]
[HostOnly]
public sealed class AddressModel(TenantRegistry registry, TenantValidator validator, IStringLocalizer<AddressModel> s) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Tenant Tenant { get; private set; } = null!;

    public IActionResult OnGet(string name)
    {
        if (!TryLoad(name))
        {
            return NotFound();
        }

        Input = new InputModel { UrlPrefix = Tenant.Record.UrlPrefix, Host = Tenant.Record.Host, Version = Tenant.Record.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string name)
    {
        if (!TryLoad(name))
        {
            return NotFound();
        }

        var prefix = Input.UrlPrefix?.Trim() ?? "";
        var host = Input.Host?.Trim() ?? "";
        if (ModelState.IsValid)
        {
            foreach (var (field, message) in validator.ValidateAddress(prefix, host, except: Tenant.Name))
            {
                ModelState.AddModelError("Input." + field, message);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await registry.UpdateAsync(Tenant.Name, record =>
        {
            // A tenant that had its own host keeps an address an operator typed; a new host is served over HTTPS.
            record.BaseUrl = string.Equals(record.Host, host, StringComparison.OrdinalIgnoreCase) && record.BaseUrl.Length > 0 ? record.BaseUrl : TenantAddress.BaseUrlForHost(host);
            (record.UrlPrefix, record.Host) = (prefix, host);
        }, Input.Version, HttpContext.RequestAborted);
        if (result != TenantRegistryResult.Ok)
        {
            ModelState.AddModelError("Input.UrlPrefix", s["Someone else changed this tenant while you were editing. Its address is shown as it is now; make your change again."]);
            Tenant = registry.Find(Tenant.Name)!;
            ModelState.Remove("Input.Version");
            Input.Version = Tenant.Record.Version;
            return Page();
        }

        TempData["Notice"] = s["The address of {0} has been changed.", Tenant.Name].Value;
        return RedirectToPage("Index");
    }

    private bool TryLoad(string name)
    {
        // The default tenant answers at the site's own address and cannot move.
        if (registry.Find(name) is not { IsDefault: false } tenant)
        {
            return false;
        }

        Tenant = tenant;
        return true;
    }

    public sealed class InputModel
    {
        [StringLength(32, ErrorMessage = "The URL prefix must be 32 characters or fewer")]
        public string? UrlPrefix { get; set; }

        [StringLength(255, ErrorMessage = "The host name must be 255 characters or fewer")]
        public string? Host { get; set; }

        public Guid Version { get; set; }
    }
}
