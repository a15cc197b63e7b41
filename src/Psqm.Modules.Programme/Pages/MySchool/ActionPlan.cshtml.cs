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

/// <summary>
/// The school's action plan: started from the audit's weakest criteria, edited as a whole and saved as a new version
/// each time, with the hub leader's comments beside each action and any two versions compared. Works without script:
/// "Add another action" is a submit button that keeps everything typed.
/// </summary>
[RequirePermission("WorkOnOwnSchool")]
public sealed class ActionPlanModel(SchoolYears years, ActionPlans plans, PageLinks links, IStringLocalizer<ActionPlanModel> s) : PageModel
{
    public SchoolYear? Year { get; private set; }

    public IReadOnlyList<Criterion> Criteria { get; private set; } = [];

    public ActionPlanVersion? Latest { get; private set; }

    public ILookup<Guid, ActionComment> Comments { get; private set; } = Array.Empty<ActionComment>().ToLookup(c => c.ActionKey);

    public PlanHistory History { get; private set; } = null!;

    [BindProperty]
    public List<ActionInput> Actions { get; set; } = [];

    /// <summary>The version the form was opened on: a save from an older one is refused, not silently merged.</summary>
    [BindProperty]
    public int BasedOn { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? To { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return Go("/MySchool/Index");
        }

        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        Actions = (Latest?.Actions ?? ActionPlans.Suggest(Year!, Criteria, language)).Select(ActionInput.From).ToList();
        BasedOn = Latest?.Number ?? 0;
        return Page();
    }

    /// <summary>Another empty action at the end, keeping what was typed and saving nothing.</summary>
    public async Task<IActionResult> OnPostAddAsync()
    {
        if (!await LoadAsync())
        {
            return Go("/MySchool/Index");
        }

        ModelState.Clear();
        if (Actions.Count < ActionPlans.MaxActions)
        {
            Actions.Add(new ActionInput { Key = Guid.NewGuid().ToString() });
        }

        return Page();
    }

    // Named, so the form posts here even from a page drawn after another handler (whose address it would otherwise reuse).
    public async Task<IActionResult> OnPostSaveAsync()
    {
        if (!await LoadAsync())
        {
            return Go("/MySchool/Index");
        }

        ModelState.Clear();
        var actions = Validate();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        switch (await plans.SaveAsync(Year!.Enrolment.Id, BasedOn, actions, User.Identity?.Name ?? "", HttpContext.RequestAborted))
        {
            case PlanSaveResult.Conflict conflict:
                // Keep what was typed; the next save goes over the newer version, which the page now shows to compare.
                Latest = conflict.Latest;
                BasedOn = conflict.Latest.Number;
                History = History with { Versions = await plans.HistoryAsync(Year.Enrolment.Id, HttpContext.RequestAborted) };
                ModelState.AddModelError("", s["Someone else saved this plan while you were editing it. Your changes are below and are not saved yet: check the saved version, then save again to replace it."]);
                return Page();
            case PlanSaveResult.Unchanged:
                TempData["Notice"] = s["Nothing had changed since you last saved."].Value;
                break;
            case PlanSaveResult.Saved saved:
                TempData["Notice"] = s["Your action plan is saved as version {0}.", saved.Number].Value;
                break;
        }

        return Go("/MySchool/ActionPlan");
    }

    private List<PlanAction> Validate()
    {
        var known = Criteria.Select(c => c.Id).ToHashSet();
        var keys = new HashSet<Guid>();
        var result = new List<PlanAction>();
        for (var i = 0; i < Actions.Count; i++)
        {
            var input = Actions[i];
            if (input.Remove || input.IsBlank)
            {
                continue;
            }

            var field = $"Actions[{i}].";
            var action = new PlanAction
            {
                // A key sent twice (a copied row, a crafted form) would merge two actions' comments: the second gets its own.
                Key = Guid.TryParse(input.Key, out var key) && keys.Add(key) ? key : Guid.NewGuid(),
                Action = input.Action?.Trim() ?? "",
                Owner = input.Owner?.Trim() ?? "",
                SuccessMeasure = input.SuccessMeasure?.Trim() ?? "",
            };
            keys.Add(action.Key);
            if (action.Action.Length is 0 or > 500)
            {
                ModelState.AddModelError(field + "Action", action.Action.Length == 0 ? s["Describe the action"] : s["The action must be 500 characters or fewer"]);
            }

            if (action.Owner.Length is 0 or > 100)
            {
                ModelState.AddModelError(field + "Owner", action.Owner.Length == 0 ? s["Enter who leads the action"] : s["Who leads it must be 100 characters or fewer"]);
            }

            if (action.SuccessMeasure.Length > 1000)
            {
                ModelState.AddModelError(field + "SuccessMeasure", s["The success measure must be 1,000 characters or fewer"]);
            }

            if (!string.IsNullOrWhiteSpace(input.Due))
            {
                if (DateOnly.TryParseExact(input.Due.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due) && due.Year is >= 2000 and <= 2100)
                {
                    action.Due = due;
                }
                else
                {
                    ModelState.AddModelError(field + "Due", s["Enter the due date as a real date, for example 2027-03-31"]);
                }
            }

            if (!Enum.TryParse<ActionStatus>(input.Status, out var status) || !Enum.IsDefined(status))
            {
                ModelState.AddModelError(field + "Status", s["Choose the action's status"]);
            }

            action.Status = status;
            if (int.TryParse(input.CriterionId, NumberStyles.None, CultureInfo.InvariantCulture, out var criterion) && known.Contains(criterion))
            {
                action.CriterionId = criterion;
            }
            else if (!string.IsNullOrEmpty(input.CriterionId))
            {
                ModelState.AddModelError(field + "CriterionId", s["Choose a criterion of your level, or none"]);
            }

            result.Add(action);
        }

        if (result.Count > ActionPlans.MaxActions)
        {
            ModelState.AddModelError("", s["A plan can have up to {0} actions. Combine or remove some.", ActionPlans.MaxActions]);
        }

        return result;
    }

    // Back to a page in the language of this one: the Welsh routes are not the English ones.
    private LocalRedirectResult Go(string page) => LocalRedirect(links.Page(HttpContext, page) ?? "~/");

    private async Task<bool> LoadAsync()
    {
        Year = await years.OwnAsync(User, HttpContext.RequestAborted);
        if (Year is null)
        {
            return false;
        }

        var id = Year.Enrolment.Id;
        Criteria = Year.CriteriaOf(Year.AuditLevel);
        Latest = await plans.LatestAsync(id, HttpContext.RequestAborted);
        Comments = await plans.CommentsAsync(id, HttpContext.RequestAborted);
        History = await PlanHistory.LoadAsync(plans, id, From, To, HttpContext.RequestAborted);
        return true;
    }

    public sealed class ActionInput
    {
        public string? Key { get; set; }

        public string? CriterionId { get; set; }

        public string? Action { get; set; }

        public string? Owner { get; set; }

        public string? Due { get; set; }

        public string? Status { get; set; }

        public string? SuccessMeasure { get; set; }

        public bool Remove { get; set; }

        // A row left empty (an extra one added and not used) is dropped, not an error.
        public bool IsBlank => string.IsNullOrWhiteSpace(Action) && string.IsNullOrWhiteSpace(Owner) && string.IsNullOrWhiteSpace(SuccessMeasure) && string.IsNullOrWhiteSpace(Due);

        public static ActionInput From(PlanAction action) => new()
        {
            Key = action.Key.ToString(), CriterionId = action.CriterionId?.ToString(CultureInfo.InvariantCulture), Action = action.Action, Owner = action.Owner,
            Due = action.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Status = action.Status.ToString(), SuccessMeasure = action.SuccessMeasure,
        };
    }
}
