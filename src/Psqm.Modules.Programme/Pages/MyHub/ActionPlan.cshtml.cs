using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Psqm.Core.Routing;
using Psqm.Core.Security;
using Psqm.Modules.Programme.Data;
using Psqm.Modules.Programme.Services;

namespace Psqm.Modules.Programme.Pages.MyHub;

/// <summary>A school's action plan as its hub leader (or HQ) reads it: the latest version, comments on each action, and the versions compared.</summary>
[RequirePermission("MentorSchools", "AssessSchools", "ManageProgramme")]
public sealed class ActionPlanModel(SchoolYears years, ActionPlans plans, PageLinks links, IStringLocalizer<ActionPlanModel> s) : PageModel
{
    public SchoolYear Year { get; private set; } = null!;

    public ActionPlanVersion? Latest { get; private set; }

    public ILookup<Guid, ActionComment> Comments { get; private set; } = Array.Empty<ActionComment>().ToLookup(c => c.ActionKey);

    public PlanHistory History { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? To { get; set; }

    [BindProperty]
    public Guid ActionKey { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCommentAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        ModelState.Clear();
        var text = Comment?.Trim() ?? "";
        if (Latest?.Actions.Any(a => a.Key == ActionKey) != true)
        {
            // The action went in a version saved since the page was opened: say so, keep the text.
            ModelState.AddModelError(nameof(Comment), s["The school removed this action from its plan since you opened the page. Copy your comment to another action."]);
        }
        else if (text.Length is 0 or > 2000)
        {
            ModelState.AddModelError($"Comment-{ActionKey:N}", text.Length == 0 ? s["Write your comment"] : s["A comment must be 2,000 characters or fewer"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await plans.CommentAsync(Year.Enrolment.Id, ActionKey, text, User.DisplayName(), HttpContext.RequestAborted);
        TempData["Notice"] = s["Your comment is saved. The school sees it beside the action."].Value;
        return LocalRedirect(links.Page(HttpContext, "/MyHub/ActionPlan", new { id }) + $"#action-{ActionKey:N}");
    }

    private async Task<bool> LoadAsync(int id)
    {
        if (await years.FindAsync(User, id, HttpContext.RequestAborted) is not { } year)
        {
            return false;
        }

        Year = year;
        Latest = await plans.LatestAsync(id, HttpContext.RequestAborted);
        Comments = await plans.CommentsAsync(id, HttpContext.RequestAborted);
        History = await PlanHistory.LoadAsync(plans, id, From, To, HttpContext.RequestAborted);
        return true;
    }
}
