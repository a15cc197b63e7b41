using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Psqm.Core.Routing;
using Psqm.Core.Security;
using Psqm.Modules.Criteria.Data;
using Psqm.Modules.Programme.Data;
using Psqm.Modules.Programme.Services;

namespace Psqm.Modules.Programme.Pages.MySchool;

/// <summary>One piece of the school's evidence: its caption and criteria changed, or removed from the library.</summary>
[RequirePermission("WorkOnOwnSchool")]
public sealed class EvidenceItemModel(SchoolYears years, EvidenceLibrary library, Submissions submissions, PageLinks links, IStringLocalizer<EvidenceItemModel> s) : PageModel
{
    public SchoolYear Year { get; private set; } = null!;

    public EvidenceItem Item { get; private set; } = null!;

    public IReadOnlyList<Criterion> Criteria { get; private set; } = [];

    /// <summary>The submission is with the hub leader: the item can be read, not changed or removed.</summary>
    public bool Locked { get; private set; }

    [BindProperty]
    public string? Caption { get; set; }

    [BindProperty]
    public List<string> Criterion { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Caption = Item.Caption;
        Criterion = Item.CriterionIds.Select(c => c.ToString(CultureInfo.InvariantCulture)).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        ModelState.Clear();
        if (Locked)
        {
            ModelState.AddModelError(string.Empty, s["Your submission is with your hub leader, so this cannot change until it comes back to you."]);
            return Page();
        }

        var caption = Caption?.Trim() ?? "";
        if (caption.Length is 0 or > 300)
        {
            ModelState.AddModelError(nameof(Caption), caption.Length == 0 ? s["Give the evidence a caption: what it shows"] : s["The caption must be 300 characters or fewer"]);
        }

        var known = Criteria.Select(c => c.Id).ToHashSet();
        var chosen = Criterion.Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? c : 0).ToList();
        if (chosen.Any(c => !known.Contains(c)))
        {
            ModelState.AddModelError(nameof(Criterion), s["Choose criteria of your level from the list"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await library.UpdateAsync(Item, caption, chosen, HttpContext.RequestAborted);
        TempData["Notice"] = s["\"{0}\" is saved.", caption].Value;
        return LocalRedirect(links.Page(HttpContext, "/MySchool/Evidence") ?? "~/");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id)
    {
        var found = await LoadAsync(id);
        if (found && Locked)
        {
            TempData["Notice"] = s["Your submission is with your hub leader, so this cannot change until it comes back to you."].Value;
            return LocalRedirect(links.Page(HttpContext, "/MySchool/EvidenceItem", new { id }) ?? "~/");
        }

        if (found)
        {
            await library.RemoveAsync(Item, HttpContext.RequestAborted);
            TempData["Notice"] = s["\"{0}\" is removed from your evidence library.", Item.Caption].Value;
        }

        // Removed twice (a double click, a second tab): the library is as asked either way.
        return LocalRedirect(links.Page(HttpContext, "/MySchool/Evidence") ?? "~/");
    }

    private async Task<bool> LoadAsync(int id)
    {
        if (await years.OwnAsync(User, HttpContext.RequestAborted) is not { } year || await library.FindAsync(User, id, HttpContext.RequestAborted) is not { } item
            || item.EnrolmentId != year.Enrolment.Id)
        {
            return false;
        }

        (Year, Item, Criteria) = (year, item, year.CriteriaOf(year.AuditLevel));
        Locked = await submissions.LockedAsync(year.Enrolment.Id, HttpContext.RequestAborted);
        return true;
    }
}
