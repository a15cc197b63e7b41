using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Psqm.Core.Localization;
using Psqm.Core.Routing;
using Psqm.Core.Security;
using Psqm.Modules.Criteria.Data;
using Psqm.Modules.Programme.Data;
using Psqm.Modules.Programme.Services;

namespace Psqm.Modules.Programme.Pages.MySchool;

/// <summary>
/// The school rates itself on every criterion of a level, with a note of why; the summary per aim suggests a level,
/// and the school proposes its target level for the hub leader to confirm. Saving twice, or from two tabs, keeps the
/// last rating of each criterion and loses nothing else.
/// </summary>
[RequirePermission("WorkOnOwnSchool")]
public sealed class AuditModel(SchoolYears years, ProgrammeDbContext db, TimeProvider clock, PageLinks links, IStringLocalizer<AuditModel> s) : PageModel
{
    private bool _retried;

    public SchoolYear? Year { get; private set; }

    /// <summary>The level being audited.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Level { get; set; }

    [BindProperty]
    public List<RatingInput> Input { get; set; } = [];

    [BindProperty]
    public string? Proposed { get; set; }

    public FrameworkLevel AuditedLevel { get; private set; } = null!;

    public IReadOnlyList<Criterion> Criteria { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return Go("/MySchool/Index");
        }

        Input = Criteria.Select(c => Year!.Ratings.FirstOrDefault(r => r.CriterionId == c.Id) is { } r
            ? new RatingInput { CriterionId = c.Id, Rating = r.Rating, Note = r.Note }
            : new RatingInput { CriterionId = c.Id }).ToList();
        return Page();
    }

    // Named, so the form posts here even from a page drawn after another handler (whose address it would otherwise reuse).
    public async Task<IActionResult> OnPostSaveAsync()
    {
        if (!await LoadAsync())
        {
            return Go("/MySchool/Index");
        }

        var known = Criteria.Select(c => c.Id).ToHashSet();
        for (var i = 0; i < Input.Count; i++)
        {
            if (!known.Contains(Input[i].CriterionId) || (Input[i].Rating is { } r && !Enum.IsDefined(r)))
            {
                ModelState.AddModelError($"Input[{i}].CriterionId", s["This criterion is not part of the level you are auditing. Reload the page and try again."]);
            }
        }

        if (!ModelState.IsValid)
        {
            // Show every criterion again, with what was typed where it was typed.
            Input = Criteria.Select(c => Input.FirstOrDefault(x => x.CriterionId == c.Id) ?? new RatingInput { CriterionId = c.Id }).ToList();
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var enrolmentId = Year!.Enrolment.Id;
        var existing = await db.Ratings.Where(r => r.EnrolmentId == enrolmentId).ToDictionaryAsync(r => r.CriterionId, HttpContext.RequestAborted);
        var saved = 0;
        foreach (var input in Input.Where(x => x.Rating is not null).DistinctBy(x => x.CriterionId))
        {
            var note = (input.Note ?? "").Trim();
            if (existing.TryGetValue(input.CriterionId, out var rating))
            {
                if (rating.Rating == input.Rating && rating.Note == note)
                {
                    continue;
                }
            }
            else
            {
                rating = new AuditRating { EnrolmentId = enrolmentId, CriterionId = input.CriterionId };
                db.Ratings.Add(rating);
            }

            (rating.Rating, rating.Note, rating.UpdatedUtc, rating.UpdatedBy) = (input.Rating!.Value, note, now, User.Identity?.Name ?? "");
            saved++;
        }

        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateException) when (!_retried)
        {
            // Another tab saved the same criterion first: save once more over it, as the later save wins.
            _retried = true;
            db.ChangeTracker.Clear();
            return await OnPostSaveAsync();
        }

        TempData["Notice"] = saved == 0 ? s["Nothing had changed since you last saved."].Value : s.Plural(saved, "{0} rating saved.", "{0} ratings saved.").Value;
        return Go("/MySchool/Audit", new { Level = AuditedLevel.Key });
    }

    public async Task<IActionResult> OnPostProposeAsync()
    {
        if (!await LoadAsync())
        {
            return Go("/MySchool/Index");
        }

        var enrolment = Year!.Enrolment;
        if (enrolment.ConfirmedLevel is not null)
        {
            TempData["Notice"] = s["Your hub leader has already confirmed your target level. Write to them to change it."].Value;
            return Go("/MySchool/Audit");
        }

        if (Year.Framework.Framework.Levels.All(l => l.Key != Proposed))
        {
            ModelState.AddModelError(nameof(Proposed), s["Choose the level you want to work towards"]);
            Input = Criteria.Select(c => Year.Ratings.FirstOrDefault(r => r.CriterionId == c.Id) is { } r
                ? new RatingInput { CriterionId = c.Id, Rating = r.Rating, Note = r.Note }
                : new RatingInput { CriterionId = c.Id }).ToList();
            return Page();
        }

        var tracked = await db.Enrolments.FirstAsync(e => e.Id == enrolment.Id, HttpContext.RequestAborted);
        if (tracked.ConfirmedLevel is null)
        {
            tracked.ProposedLevel = Proposed;
            tracked.Version = Guid.NewGuid();
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }

        TempData["Notice"] = s["Your proposal is saved. Your hub leader will confirm your target level."].Value;
        return Go("/MySchool/Index");
    }

    // Back to a page in the language of this one: the Welsh routes are not the English ones.
    private LocalRedirectResult Go(string page, object? values = null) => LocalRedirect(links.Page(HttpContext, page, values) ?? "~/");

    private async Task<bool> LoadAsync()
    {
        Year = await years.OwnAsync(User, HttpContext.RequestAborted);
        if (Year is null)
        {
            return false;
        }

        var levels = Year.Framework.Framework.Levels;

        // Once the hub leader has confirmed a level, that level is the one the school audits and works to.
        var key = Year.Enrolment.ConfirmedLevel ?? (levels.Any(l => l.Key == Level) ? Level : Year.AuditLevel);
        AuditedLevel = levels.First(l => l.Key == key);
        Level = AuditedLevel.Key;
        Criteria = Year.CriteriaOf(AuditedLevel.Key);
        return true;
    }

    public sealed class RatingInput
    {
        public int CriterionId { get; set; }

        public Rating? Rating { get; set; }

        [StringLength(2000, ErrorMessage = "A note must be 2,000 characters or fewer")]
        public string? Note { get; set; }
    }
}
