using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Psqm.Core.Tenancy;
using Psqm.Modules.Awards.Data;
using Psqm.Modules.Awards.Services;
using Psqm.Modules.Content.Engine;

namespace Psqm.Modules.Awards.Pages.Awards;

/// <summary>
/// Anyone holding a certificate checks it here by its code: the award it records, or that it expired or was withdrawn,
/// or (404) that no certificate has that code.
/// </summary>
public sealed class VerifyModel(AwardRegister register, PublishedContent published, TimeProvider clock) : PageModel
{
    public string? Code { get; private set; }

    public AwardHolder? Holder { get; private set; }

    public bool Expired { get; private set; }

    public string LevelName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string? code)
    {
        Code = code is { Length: > 0 } ? code.Trim()[..Math.Min(code.Trim().Length, 40)] : null;
        if (Code is null)
        {
            return Page();
        }

        Holder = await register.ByCodeAsync(Code, HttpContext.RequestAborted);
        if (Holder is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.InZone(HttpContext.RequiredTenant().TimeZone));
        Expired = Holder.ExpiresOn < today;
        LevelName = (await published.TermsAsync(HttpContext.RequestAborted)).NameOf(Taxonomies.AwardLevels, Holder.Level, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        return Page();
    }
}
