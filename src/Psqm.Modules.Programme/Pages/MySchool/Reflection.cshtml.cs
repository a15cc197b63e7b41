using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Psqm.Core.Routing;
using Psqm.Core.Security;
using Psqm.Core.Tenancy;
using Psqm.Modules.Criteria.Data;
using Psqm.Modules.Programme.Data;
using Psqm.Modules.Programme.Services;

namespace Psqm.Modules.Programme.Pages.MySchool;

/// <summary>
/// The reflection on one criterion. A plain submit saves the draft; with script the page also saves a few seconds
/// after typing stops. A save from a page opened on an older text (another tab, another person) is refused and the
/// text typed stays in the box, beside the text that was saved.
/// </summary>
[RequirePermission("WorkOnOwnSchool")]
public sealed class ReflectionModel(SchoolYears years, Reflections reflections, EvidenceLibrary library, Submissions submissions, PageLinks links, IStringLocalizer<ReflectionModel> s) : PageModel
{
    public SchoolYear Year { get; private set; } = null!;

    public Criterion Criterion { get; private set; } = null!;

    public int WordLimit { get; private set; }

    public IReadOnlyList<EvidenceItem> Library { get; private set; } = [];

    /// <summary>The text saved by someone else when this save was refused.</summary>
    public Reflection? Newer { get; private set; }

    public Reflection? Saved { get; private set; }

    /// <summary>The submission is with the hub leader: the reflection can be read, not changed.</summary>
    public bool Locked { get; private set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public List<string> Evidence { get; set; } = [];

    [BindProperty]
    public Guid Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        (Text, Version) = (Saved?.Text, Saved?.Version ?? Guid.Empty);
        Evidence = Saved?.EvidenceIds.Select(e => e.ToString(CultureInfo.InvariantCulture)).ToList() ?? [];
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

        var (text, evidence) = Check();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        switch (await reflections.SaveAsync(Year.Enrolment.Id, Criterion.Id, Version, text, evidence, User.Identity?.Name ?? "", HttpContext.RequestAborted))
        {
            case ReflectionSaveResult.Conflict conflict:
                // The typed text stays; the next save goes over the newer one, which the page shows beside it.
                (Newer, Version) = (conflict.Current, conflict.Current.Version);
                ModelState.AddModelError(nameof(Text), s["This reflection was saved from another page while you were writing. Your text is below and is not saved yet: compare it with the saved text, then save again to replace it."]);
                return Page();
            default:
                var words = Reflections.Words(text);
                TempData["Notice"] = words > WordLimit
                    ? s["Your draft is saved. It has {0} words, {1} over the limit: shorten it before you submit.", words, words - WordLimit].Value
                    : s["Your draft is saved."].Value;
                return LocalRedirect(links.Page(HttpContext, "/MySchool/Reflection", new { id }) ?? "~/");
        }
    }

    /// <summary>The same save for the page's script: JSON, a 409 when someone saved first, never a redirect.</summary>
    public async Task<IActionResult> OnPostAutosaveAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        ModelState.Clear();
        if (Locked)
        {
            return new JsonResult(new { message = s["Your submission is with your hub leader, so this cannot change until it comes back to you."].Value }) { StatusCode = StatusCodes.Status409Conflict };
        }

        var (text, evidence) = Check();
        if (!ModelState.IsValid)
        {
            return new JsonResult(new { message = ModelState.Values.SelectMany(v => v.Errors).First().ErrorMessage }) { StatusCode = StatusCodes.Status422UnprocessableEntity };
        }

        return await reflections.SaveAsync(Year.Enrolment.Id, Criterion.Id, Version, text, evidence, User.Identity?.Name ?? "", HttpContext.RequestAborted) switch
        {
            ReflectionSaveResult.Saved saved => new JsonResult(new
            {
                version = saved.Reflection.Version,
                message = s["Draft saved at {0}.", saved.Reflection.UpdatedUtc.InZone(HttpContext.RequiredTenant().TimeZone).ToString("HH:mm", CultureInfo.CurrentCulture)].Value,
            }),
            _ => new JsonResult(new { message = s["This reflection was saved from another page. Your text here is not saved: copy it, then reload the page to see the saved text."].Value }) { StatusCode = StatusCodes.Status409Conflict },
        };
    }

    private (string Text, List<int> Evidence) Check()
    {
        var text = (Text ?? "").Trim();
        if (text.Length > Reflections.MaxCharacters)
        {
            ModelState.AddModelError(nameof(Text), s["A reflection must be {0} characters or fewer", Reflections.MaxCharacters]);
        }

        var own = Library.Select(e => e.Id).ToHashSet();
        var evidence = Evidence.Select(e => int.TryParse(e, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : 0).ToList();
        if (evidence.Any(e => !own.Contains(e)))
        {
            ModelState.AddModelError(nameof(Evidence), s["Choose evidence from your library"]);
        }

        return (text, evidence);
    }

    private async Task<bool> LoadAsync(int criterionId)
    {
        if (await years.OwnAsync(User, HttpContext.RequestAborted) is not { } year)
        {
            return false;
        }

        var criterion = year.CriteriaOf(year.AuditLevel).FirstOrDefault(c => c.Id == criterionId);
        if (criterion is null)
        {
            return false;
        }

        (Year, Criterion) = (year, criterion);
        WordLimit = year.Framework.Framework.Levels.First(l => l.Key == criterion.LevelKey).ReflectionWords;
        Saved = await reflections.FindAsync(year.Enrolment.Id, criterion.Id, HttpContext.RequestAborted);
        Locked = await submissions.LockedAsync(year.Enrolment.Id, HttpContext.RequestAborted);

        // This criterion's evidence first, then the rest of the library.
        Library = (await library.ListAsync(year.Enrolment.Id, HttpContext.RequestAborted)).OrderByDescending(e => e.CriterionIds.Contains(criterion.Id)).ToList();
        return true;
    }
}
