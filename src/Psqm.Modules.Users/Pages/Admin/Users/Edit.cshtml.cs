using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Security;
using Psqm.Modules.Users.Data;
using Psqm.Modules.Users.Services;

namespace Psqm.Modules.Users.Pages.Admin.Users;

/// <summary>One account: its roles and hub, disabling and enabling it, and sending the invitation again.</summary>
[RequirePermission("ManageUsers")]
public sealed class EditModel(UserManager<PsqmUser> users, UserAdministration administration, AccountEmails emails, PublishedContent published, IStringLocalizer<EditModel> s) : PageModel
{
    public PsqmUser Account { get; private set; } = null!;

    public UserStatus Status { get; private set; }

    public IReadOnlyList<TaxonomyTerm> Hubs { get; private set; } = [];

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    [BindProperty]
    public string? Hub { get; set; }

    [BindProperty]
    public string Stamp { get; set; } = "";

    public bool IsAdministrator => User.IsInRole(Psqm.Modules.Users.Roles.Administrator);

    private string Actor => User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name ?? "";

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Roles = [.. await users.GetRolesAsync(Account)];
        Hub = Account.Hub;
        Stamp = Account.ConcurrencyStamp ?? "";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var roles = Roles.Where(Psqm.Modules.Users.Roles.All.Contains).Distinct().ToList();
        var hub = Hubs.Any(h => h.Key == Hub) ? Hub : null;
        var result = await administration.UpdateAsync(Actor, IsAdministrator, Account, roles, hub, Stamp, HttpContext.RequestAborted);
        return Outcome(result, s["The roles and hub of {0} are saved. If they were signed in, they are signed out within a minute.", Account.Email!].Value);
    }

    public async Task<IActionResult> OnPostDisableAsync(string id, bool disable)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var result = await administration.SetDisabledAsync(Actor, IsAdministrator, Account, disable, HttpContext.RequestAborted);
        return Outcome(result, disable ? s["{0} is disabled and signed out.", Account.Email!].Value : s["{0} can sign in again.", Account.Email!].Value);
    }

    public async Task<IActionResult> OnPostResendAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (Status != UserStatus.Invited)
        {
            return RedirectToPage(new { id });
        }

        await administration.ResendAsync(Actor, Account, (user, code) => emails.InvitationLink(user, code), HttpContext.RequestAborted);
        return Outcome(UserChange.Ok, s["A new invitation is on its way to {0}. The link in the earlier one no longer works.", Account.Email!].Value);
    }

    private IActionResult Outcome(UserChange result, string done)
    {
        switch (result)
        {
            case UserChange.Ok:
                TempData["Notice"] = done;
                return RedirectToPage(new { id = Account.Id });
            case UserChange.Conflict:
                ModelState.AddModelError(string.Empty, s["Someone else changed this account while you were editing it. Here it is as it is now: make your change again."]);
                break;
            default:
                ModelState.AddModelError(string.Empty, s["You cannot make this change: only an administrator can change an administrator's account or role, and nobody can disable their own account."]);
                break;
        }

        // Shown as the account is now, with what was chosen kept where it still applies.
        Stamp = Account.ConcurrencyStamp ?? "";
        return Page();
    }

    private async Task<bool> LoadAsync(string id)
    {
        if (await users.FindByIdAsync(id) is not { } account)
        {
            return false;
        }

        Account = account;
        Status = administration.StatusOf(account);
        Hubs = (await published.TermsAsync(HttpContext.RequestAborted)).GetValueOrDefault(Taxonomies.Hubs) ?? [];
        return true;
    }
}
