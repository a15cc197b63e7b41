using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Forms;
using Psqm.Core.Security;
using Psqm.Core.Tenancy;
using Psqm.Modules.Users.Services;

namespace Psqm.Modules.Users.Pages.Admin.Users;

/// <summary>Gives someone an account: they are emailed a link, in the language chosen here, to set their password.</summary>
[RequirePermission("ManageUsers")]
public sealed class InviteModel(UserAdministration administration, AccountEmails emails, PublishedContent published, IStringLocalizer<InviteModel> s) : PageModel
{
    [BindProperty]
    public InviteInput Input { get; set; } = new();

    public IReadOnlyList<TaxonomyTerm> Hubs { get; private set; } = [];

    public IReadOnlyList<CultureInfo> Cultures => HttpContext.RequiredTenant().Cultures;

    public bool IsAdministrator => User.IsInRole(Psqm.Modules.Users.Roles.Administrator);

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Input.Culture = CultureInfo.CurrentUICulture.Name;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        var roles = Input.Roles.Where(Psqm.Modules.Users.Roles.All.Contains).Distinct().ToList();
        if (roles.Count == 0)
        {
            ModelState.AddModelError("Input.Roles", s["Choose at least one role"]);
        }

        if (Input.Hub is { Length: > 0 } hub && Hubs.All(h => h.Key != hub))
        {
            ModelState.AddModelError("Input.Hub", s["Choose a hub from the list"]);
        }

        var culture = Cultures.FirstOrDefault(c => c.Name == Input.Culture);
        if (culture is null)
        {
            ModelState.AddModelError("Input.Culture", s["Choose the language of their emails"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var actor = User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name ?? "";
        var (result, user) = await administration.InviteAsync(
            actor, IsAdministrator, Input.Email.Trim(), Input.Name.Trim(), roles, string.IsNullOrEmpty(Input.Hub) ? null : Input.Hub, culture!,
            (invited, code) => emails.InvitationLink(invited, code), HttpContext.RequestAborted);
        switch (result)
        {
            case UserChange.EmailTaken:
                ModelState.AddModelError("Input.Email", s["There is already an account with this email address"]);
                return Page();
            case UserChange.NotAllowed:
                ModelState.AddModelError("Input.Roles", s["Only an administrator can give someone the Administrator role"]);
                return Page();
        }

        TempData["Notice"] = s["{0} is invited. The link in their email works for 7 days.", user!.Email!].Value;
        return RedirectToPage("Edit", new { id = user.Id });
    }

    private async Task LoadAsync() =>
        Hubs = (await published.TermsAsync(HttpContext.RequestAborted)).GetValueOrDefault(Taxonomies.Hubs) ?? [];

    public sealed class InviteInput : EmailInput
    {
        [Required(ErrorMessage = "Enter their name")]
        [StringLength(200, ErrorMessage = "The name must be 200 characters or fewer")]
        public string Name { get; set; } = "";

        public List<string> Roles { get; set; } = [];

        public string? Hub { get; set; }

        public string? Culture { get; set; }
    }
}
