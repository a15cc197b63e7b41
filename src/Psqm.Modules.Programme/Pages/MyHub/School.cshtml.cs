using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Psqm.Core.Routing;
using Psqm.Core.Security;
using Psqm.Modules.Programme.Data;
using Psqm.Modules.Programme.Services;

namespace Psqm.Modules.Programme.Pages.MyHub;

/// <summary>One school's year as its hub leader sees it: the audit, read-only, and the target level to confirm.</summary>
[RequirePermission("MentorSchools", "ManageProgramme")]
public sealed class SchoolModel(SchoolYears years, ProgrammeDbContext db, TimeProvider clock, PageLinks links, IStringLocalizer<SchoolModel> s) : PageModel
{
    public SchoolYear Year { get; private set; } = null!;

    [BindProperty]
    public string? Level { get; set; }

    [BindProperty]
    [StringLength(2000, ErrorMessage = "The reason must be 2,000 characters or fewer")]
    public string? Reason { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await years.FindAsync(User, id, HttpContext.RequestAborted) is not { } year)
        {
            return NotFound();
        }

        Year = year;
        (Level, Reason, Version) = (year.Enrolment.ConfirmedLevel ?? year.Enrolment.ProposedLevel, year.Enrolment.LevelReason, year.Enrolment.Version);
        return Page();
    }

    /// <summary>Confirms the school's target level, or sets another with a reason the school reads.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(int id)
    {
        if (await years.FindAsync(User, id, HttpContext.RequestAborted) is not { } year)
        {
            return NotFound();
        }

        Year = year;
        var enrolment = year.Enrolment;
        Reason = Reason?.Trim();

        // A form read before the school changed its proposal is answered first: what it says may no longer hold.
        if (enrolment.Version != Version)
        {
            ModelState.AddModelError(nameof(Level), s["The school's level was changed while you were looking at it. Check it below and confirm again."]);
            ModelState.Remove(nameof(Version));
            Version = enrolment.Version;
        }
        else if (year.Framework.Framework.Levels.All(l => l.Key != Level))
        {
            ModelState.AddModelError(nameof(Level), s["Choose the school's target level"]);
        }
        else if (Level != enrolment.ProposedLevel && string.IsNullOrEmpty(Reason))
        {
            ModelState.AddModelError(nameof(Reason), s["Say why the school should work to a level other than the one it proposed"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        enrolment.ConfirmedLevel = Level;
        enrolment.LevelReason = string.IsNullOrEmpty(Reason) ? null : Reason;
        enrolment.LevelConfirmedUtc = clock.GetUtcNow().UtcDateTime;
        enrolment.LevelConfirmedBy = User.Identity?.Name;
        enrolment.Version = Guid.NewGuid();
        db.Entry(enrolment).Property(e => e.Version).OriginalValue = Version;
        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Notice"] = s["The school's level was changed while you were looking at it. Check it and confirm again."].Value;
            return LocalRedirect(links.Page(HttpContext, "/MyHub/School", new { id }) ?? "~/");
        }

        TempData["Notice"] = s["{0} will work towards {1}.", enrolment.School.Name, year.Framework.Framework.Levels.First(l => l.Key == Level).Name(System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)].Value;
        return LocalRedirect(links.Page(HttpContext, "/MyHub/Index") ?? "~/");
    }
}
