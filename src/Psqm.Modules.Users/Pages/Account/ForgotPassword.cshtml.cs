using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Psqm.Core.Forms;
using Psqm.Core.Security;
using Psqm.Modules.Users.Data;
using Psqm.Modules.Users.Services;

namespace Psqm.Modules.Users.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimits.PublicForm)]
public sealed class ForgotPasswordModel(UserManager<PsqmUser> users, AccountEmails emails) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Sent { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The same answer whether or not the account exists, so the form cannot be used to find accounts.
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is not null && !await users.IsLockedOutAsync(user))
        {
            user.PreferredCulture = CultureInfo.CurrentUICulture.Name;
            await users.UpdateAsync(user);
            var code = await users.GeneratePasswordResetTokenAsync(user);
            await emails.SendPasswordResetAsync(HttpContext, user.Email!, code);
        }

        Sent = true;
        return Page();
    }

    public sealed class InputModel : EmailInput;
}
