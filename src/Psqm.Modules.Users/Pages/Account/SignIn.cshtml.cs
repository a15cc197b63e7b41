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
using Psqm.Modules.Users.Data;

namespace Psqm.Modules.Users.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class SignInModel(SignInManager<PsqmUser> signIn, PageLinks links, IStringLocalizer<SignInModel> s) : PageModel
{
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

        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : links.Page(HttpContext, "/Dashboard") ?? "~/");
        }

        ModelState.AddModelError(
            "Input.Email",
            result.IsLockedOut
                ? s["This account is locked after too many attempts. Try again in 15 minutes, or reset your password."]
                : s["The email address or password is not correct."]);
        return Page();
    }

    public sealed class InputModel : EmailInput
    {
        [Required(ErrorMessage = "Enter your password")]
        [StringLength(200, ErrorMessage = "The password must be 200 characters or fewer")]
        public string Password { get; set; } = "";
    }
}
