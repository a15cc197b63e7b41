using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Psqm.Core.Recipes;
using Psqm.Core.Security;
using Psqm.Core.Tenancy;

namespace Psqm.Modules.Tenants.Pages.Admin.Tenants;

[RequirePermission("ManageTenants")]
[HostOnly]
public sealed class CreateModel(TenantShells shells, TenantValidator validator, RecipeStore recipes, IStringLocalizer<CreateModel> s) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<Recipe> Recipes { get; private set; } = [];

    public void OnGet() => Recipes = recipes.List();

    public async Task<IActionResult> OnPostAsync()
    {
        Recipes = recipes.List();
        if (ModelState.IsValid)
        {
            foreach (var (field, message) in validator.Validate(Input.Name.Trim(), Input.UrlPrefix?.Trim() ?? "", Input.Host?.Trim() ?? "", Input.Recipe))
            {
                ModelState.AddModelError("Input." + field, message);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var record = new TenantRecord
        {
            Name = Input.Name.Trim(),
            UrlPrefix = Input.UrlPrefix?.Trim() ?? "",
            Host = Input.Host?.Trim() ?? "",
            BaseUrl = TenantAddress.BaseUrlForHost(Input.Host?.Trim() ?? ""),
            Recipe = Input.Recipe,
        };
        var result = await shells.CreateAsync(record, HttpContext.RequestAborted);
        if (result != TenantRegistryResult.Ok)
        {
            // Someone created the same name or address between our check and now.
            ModelState.AddModelError("Input.Name", s["A tenant with this name or address was created a moment ago. Choose another."]);
            return Page();
        }

        TempData["Notice"] = s["{0} has been created and set up.", record.Name].Value;
        return RedirectToPage("Index");
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter a name")]
        [StringLength(32, ErrorMessage = "The name must be 32 characters or fewer")]
        public string Name { get; set; } = "";

        [StringLength(32, ErrorMessage = "The URL prefix must be 32 characters or fewer")]
        public string? UrlPrefix { get; set; }

        [StringLength(255, ErrorMessage = "The host name must be 255 characters or fewer")]
        public string? Host { get; set; }

        [Required(ErrorMessage = "Choose a recipe")]
        public string Recipe { get; set; } = "";
    }
}
