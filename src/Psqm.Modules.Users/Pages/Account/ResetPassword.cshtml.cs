using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Psqm.Core.Forms;
using Psqm.Core.Routing;
using Psqm.Core.Security;
using Psqm.Core.Tenancy;
using Psqm.Modules.Users.Data;
using Psqm.Modules.Users.Services;

namespace Psqm.Modules.Users.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimits.PublicForm)]
public sealed class ResetPasswordModel(
    UserManager<PsqmUser> users, UserSessions sessions, SignInThrottle throttle, UserAdministration administration, PageLinks links, IStringLocalizer<ResetPasswordModel> s) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The link came in an invitation: the person chooses their first password.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Invitation { get; set; }

    public IActionResult OnGet(string? email, string? code)
    {
        Input.Email = email ?? "";
        Input.Code = code ?? "";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrEmpty(Input.Code))
        {
            ModelState.AddModelError("Input.Password", s["This link is not complete. Use the link in the email, or ask for a new one."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        var result = user is null || (Invitation && !await users.VerifyUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose, Input.Code))
            ? IdentityResult.Failed(users.ErrorDescriber.InvalidToken())
            : await users.ResetPasswordAsync(user, Invitation ? await users.GeneratePasswordResetTokenAsync(user) : Input.Code, Input.Password);
        if (result.Succeeded)
        {
            // Whoever held the old password is signed out, and the owner is no longer slowed down.
            await sessions.EndAllAsync(user!.Id, HttpContext.RequestAborted);
            throttle.Reset(HttpContext.RequiredTenant().Name, user.Email ?? Input.Email.Trim());
            if (Invitation)
            {
                // The link reached them, so the address is theirs.
                user.EmailConfirmed = true;
                administration.Audit(user.Email!, AuditActions.PasswordSet, user.Email!, null, null);
                await users.UpdateAsync(user);
            }

            TempData["Notice"] = Invitation ? s["Your password is set. You can now sign in."].Value : s["Your password has been changed. You can now sign in."].Value;
            return LocalRedirect(links.Page(HttpContext, "/Account/SignIn") ?? "~/");
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError("Input.Password", error.Description);
        }

        return Page();
    }

    public sealed class InputModel : EmailInput
    {
        [StringLength(2000)]
        public string Code { get; set; } = "";

        [Required(ErrorMessage = "Enter a new password")]
        [StringLength(200, MinimumLength = 10, ErrorMessage = "Your password must be between 10 and 200 characters long")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Enter the new password again")]
        [Compare(nameof(Password), ErrorMessage = "The two passwords do not match")]
        public string ConfirmPassword { get; set; } = "";
    }
}
