using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
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

/// <summary>
/// Every refusal reads the same, whether the address has no account, the password is wrong or the account is
/// disabled, and takes as long: the page tells nobody which addresses have accounts.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class SignInModel(
    UserManager<PsqmUser> users, SignInManager<PsqmUser> signIn, UserSessions sessions, SignInThrottle throttle,
    PageLinks links, TimeProvider clock, IStringLocalizer<SignInModel> s) : PageModel
{
    private static string? _unknownUserHash;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var tenant = HttpContext.RequiredTenant().Name;
        var email = Input.Email.Trim();
        var address = HttpContext.Connection.RemoteIpAddress?.ToString();
        if (throttle.Wait(tenant, email, address) > TimeSpan.Zero)
        {
            ModelState.AddModelError("Input.Email", s["There have been too many attempts to sign in. Wait a few minutes and try again, or reset your password."]);
            return Page();
        }

        var user = await users.FindByEmailAsync(email);
        if (user is null || await users.IsLockedOutAsync(user) || !await users.CheckPasswordAsync(user, Input.Password))
        {
            if (user is null)
            {
                // As long as checking a real account's password takes.
                _unknownUserHash ??= users.PasswordHasher.HashPassword(new PsqmUser(), Guid.NewGuid().ToString());
                users.PasswordHasher.VerifyHashedPassword(new PsqmUser(), _unknownUserHash, Input.Password);
            }

            throttle.Failed(tenant, email, address);
            ModelState.AddModelError("Input.Email", s["The email address or password is not correct."]);
            return Page();
        }

        throttle.Succeeded(tenant, email, address);
        user.LastSignInUtc = clock.GetUtcNow().UtcDateTime;
        await users.UpdateAsync(user);
        var session = await sessions.StartAsync(user.Id, HttpContext.RequestAborted);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(UserSessions.Claim, session)]);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : links.Page(HttpContext, "/Dashboard") ?? "~/");
    }

    public sealed class InputModel : EmailInput
    {
        [Required(ErrorMessage = "Enter your password")]
        [StringLength(200, ErrorMessage = "The password must be 200 characters or fewer")]
        public string Password { get; set; } = "";
    }
}
