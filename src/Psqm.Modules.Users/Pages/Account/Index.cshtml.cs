using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Psqm.Core.Routing;
using Psqm.Core.Tenancy;
using Psqm.Modules.Users.Data;
using Psqm.Modules.Users.Services;

namespace Psqm.Modules.Users.Pages.Account;

/// <summary>The signed-in person's own account: their name, the language of their emails, their password, and signing out everywhere.</summary>
[Authorize]
public sealed class IndexModel(
    UserManager<PsqmUser> users, SignInManager<PsqmUser> signIn, UserSessions sessions, UserAdministration administration, PageLinks links, IStringLocalizer<IndexModel> s) : PageModel
{
    // Bound by each form's own handler, so one form's empty fields are never the other's mistakes.
    public ProfileInput Profile { get; set; } = new();

    public PasswordInput Password { get; set; } = new();

    public PsqmUser Account { get; private set; } = null!;

    public IReadOnlyList<CultureInfo> Cultures => HttpContext.RequiredTenant().Cultures;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return Challenge();
        }

        Profile = new ProfileInput { Name = Account.DisplayName, Culture = Account.PreferredCulture ?? CultureInfo.CurrentUICulture.Name };
        return Page();
    }

    public async Task<IActionResult> OnPostProfileAsync([Bind(Prefix = nameof(Profile))] ProfileInput profile)
    {
        Profile = profile;
        if (!await LoadAsync())
        {
            return Challenge();
        }
        if (Cultures.All(c => c.Name != Profile.Culture))
        {
            ModelState.AddModelError("Profile.Culture", s["Choose the language of your emails"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var before = $"{Account.DisplayName}; {Account.PreferredCulture}";
        Account.DisplayName = Profile.Name.Trim();
        Account.PreferredCulture = Profile.Culture;
        administration.Audit(Account.Email!, AuditActions.ProfileChanged, Account.Email!, before, $"{Account.DisplayName}; {Account.PreferredCulture}");
        await users.UpdateAsync(Account);
        TempData["Notice"] = s["Your details are saved."].Value;
        return LocalRedirect(links.Page(HttpContext, "/Account/Index") ?? "~/");
    }

    public async Task<IActionResult> OnPostPasswordAsync([Bind(Prefix = nameof(Password))] PasswordInput password)
    {
        Password = password;
        if (!await LoadAsync())
        {
            return Challenge();
        }

        Profile = new ProfileInput { Name = Account.DisplayName, Culture = Account.PreferredCulture };
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ChangePasswordAsync(Account, Password.Current, Password.New);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? "Password.Current" : "Password.New", error.Description);
            }

            return Page();
        }

        // Every other session ends; this one carries on with a fresh cookie and session.
        administration.Audit(Account.Email!, AuditActions.PasswordChanged, Account.Email!, null, null);
        await sessions.EndAllAsync(Account.Id, HttpContext.RequestAborted);
        await signIn.SignInWithClaimsAsync(Account, isPersistent: false, [new(UserSessions.Claim, await sessions.StartAsync(Account.Id, HttpContext.RequestAborted))]);
        TempData["Notice"] = s["Your password is changed. You are signed out everywhere else."].Value;
        return LocalRedirect(links.Page(HttpContext, "/Account/Index") ?? "~/");
    }

    public async Task<IActionResult> OnPostSignOutEverywhereAsync()
    {
        if (!await LoadAsync())
        {
            return Challenge();
        }

        administration.Audit(Account.Email!, AuditActions.SignedOutEverywhere, Account.Email!, null, null);
        await users.UpdateSecurityStampAsync(Account);
        await sessions.EndAllAsync(Account.Id, HttpContext.RequestAborted);
        await signIn.SignOutAsync();
        TempData["Notice"] = s["You are signed out on every device."].Value;
        return LocalRedirect(links.Page(HttpContext, "/Account/SignIn") ?? "~/");
    }

    private async Task<bool> LoadAsync()
    {
        Account = (await users.GetUserAsync(User))!;
        return Account is not null;
    }

    public sealed class ProfileInput
    {
        [Required(ErrorMessage = "Enter your name")]
        [StringLength(200, ErrorMessage = "Your name must be 200 characters or fewer")]
        public string Name { get; set; } = "";

        public string? Culture { get; set; }
    }

    public sealed class PasswordInput
    {
        [Required(ErrorMessage = "Enter your current password")]
        [StringLength(200, ErrorMessage = "The password must be 200 characters or fewer")]
        public string Current { get; set; } = "";

        [Required(ErrorMessage = "Enter a new password")]
        [StringLength(200, MinimumLength = 10, ErrorMessage = "Your password must be between 10 and 200 characters long")]
        public string New { get; set; } = "";

        [Required(ErrorMessage = "Enter the new password again")]
        [Compare(nameof(New), ErrorMessage = "The two passwords do not match")]
        public string Confirm { get; set; } = "";
    }
}
