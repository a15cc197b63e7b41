using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Psqm.Core.Routing;
using Psqm.Modules.Users.Data;
using Psqm.Modules.Users.Services;

namespace Psqm.Modules.Users.Pages.Account;

/// <summary>Signing out is a post (a link could be followed by anyone); the page itself asks to confirm.</summary>
public sealed class SignOutModel(SignInManager<PsqmUser> signIn, UserSessions sessions, PageLinks links, IStringLocalizer<SignOutModel> s) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        // Ended on the server first, so a copy of the cookie is worthless from now on.
        if (User.FindFirst(UserSessions.Claim)?.Value is { } session)
        {
            await sessions.EndAsync(session, HttpContext.RequestAborted);
        }

        await signIn.SignOutAsync();
        TempData["Notice"] = s["You have signed out."].Value;
        return LocalRedirect(links.Page(HttpContext, "/Index") ?? "~/");
    }
}
