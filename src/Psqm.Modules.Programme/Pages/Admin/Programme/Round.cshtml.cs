using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Psqm.Core.Security;
using Psqm.Modules.Programme.Data;
using Psqm.Programme;

namespace Psqm.Modules.Programme.Pages.Admin.Programme;

/// <summary>HQ moves a round's milestones from the dates its season's pattern gave them.</summary>
[RequirePermission("ManageProgramme")]
public sealed class RoundModel(ProgrammeDbContext db, IStringLocalizer<RoundModel> s) : PageModel
{
    public Round Round { get; private set; } = null!;

    /// <summary>Each milestone's date as typed (yyyy-MM-dd), by key.</summary>
    [BindProperty]
    public Dictionary<string, string?> Dates { get; set; } = [];

    [BindProperty]
    public Guid Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await db.Rounds.FirstOrDefaultAsync(r => r.Id == id, HttpContext.RequestAborted) is not { } round)
        {
            return NotFound();
        }

        Round = round;
        Dates = round.Milestones.ToDictionary(m => m.Key, m => (string?)m.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Version = round.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await db.Rounds.FirstOrDefaultAsync(r => r.Id == id, HttpContext.RequestAborted) is not { } round)
        {
            return NotFound();
        }

        Round = round;
        var parsed = new Dictionary<string, DateOnly>();
        foreach (var milestone in round.Milestones)
        {
            var typed = Dates.GetValueOrDefault(milestone.Key)?.Trim();
            if (!DateOnly.TryParseExact(typed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                || Math.Abs(date.Year - round.StartYear) > 2)
            {
                ModelState.AddModelError($"Dates[{milestone.Key}]", s["Enter a date within the round for {0}", Seasons.MilestoneNames.GetValueOrDefault(milestone.Key, milestone.Key)]);
                continue;
            }

            parsed[milestone.Key] = date;
        }

        if (round.Version != Version)
        {
            ModelState.AddModelError(string.Empty, s["Someone else changed this round's dates while you were editing. They are shown as they are now; make your change again."]);
            ModelState.Remove(nameof(Version));
            Version = round.Version;
            Dates = round.Milestones.ToDictionary(m => m.Key, m => (string?)m.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        round.Milestones = round.Milestones.Select(m => new Milestone { Key = m.Key, Audience = m.Audience, Date = parsed[m.Key] }).ToList();
        round.Version = Guid.NewGuid();
        db.Entry(round).Property(r => r.Version).OriginalValue = Version;
        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, s["Someone else changed this round's dates while you were editing. They are shown as they are now; make your change again."]);
            return Page();
        }

        TempData["Notice"] = s["The dates are saved. Calendars show them at their next refresh."].Value;
        return RedirectToPage(new { id });
    }
}
