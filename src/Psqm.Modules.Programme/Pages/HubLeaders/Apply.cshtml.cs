using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Psqm.Core.Forms;
using Psqm.Core.Routing;
using Psqm.Core.Security;
using Psqm.Modules.Content.Engine;
using Psqm.Modules.Programme.Data;
using Psqm.Modules.Programme.Services;

namespace Psqm.Modules.Programme.Pages.HubLeaders;

/// <summary>Anyone may apply to lead a hub, answering each point of the hub leader specification with their evidence.</summary>
[EnableRateLimiting(RateLimits.PublicForm)]
public sealed class ApplyModel(HubLeaderApplications applications, PublishedContent published, PageLinks links, IStringLocalizer<ApplyModel> s) : PageModel
{
    [BindProperty]
    public ApplicationInput Input { get; set; } = new();

    /// <summary>A field people never see; software that fills in every field fills this one too.</summary>
    [BindProperty]
    public string? Website { get; set; }

    public IReadOnlyList<TaxonomyTerm> Hubs { get; private set; } = [];

    public async Task OnGetAsync() => Hubs = await HubsAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        Hubs = await HubsAsync();
        if (!string.IsNullOrEmpty(Website))
        {
            // Looks like success to the sender; nothing is stored or sent.
            TempData["Reference"] = "";
            return Thanks();
        }

        if (Input.Teacher is not ("yes" or "no"))
        {
            ModelState.AddModelError("Input.Teacher", s["Say whether you are a teacher"]);
        }

        if (!string.IsNullOrEmpty(Input.Hub) && Hubs.All(h => h.Key != Input.Hub))
        {
            ModelState.AddModelError("Input.Hub", s["Choose a hub from the list"]);
        }

        var answers = new List<string>();
        foreach (var point in HubLeaderSpecification.Points)
        {
            var answer = (Input.Answers.GetValueOrDefault(point.Number) ?? "").Trim();
            var key = $"Input.Answers[{point.Number}]";
            if (answer.Length == 0 && (!point.TeachersOnly || Input.Teacher == "yes"))
            {
                ModelState.AddModelError(key, s["Answer point {0}: say how you meet it and what shows it", point.Number]);
            }
            else if (answer.Length > HubLeaderSpecification.MaxAnswer)
            {
                ModelState.AddModelError(key, s["Point {0} must be {1} characters or fewer", point.Number, HubLeaderSpecification.MaxAnswer]);
            }

            answers.Add(point.TeachersOnly && Input.Teacher != "yes" ? "" : answer);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (application, repeated) = await applications.SubmitAsync(new HubLeaderApplication
        {
            Name = Input.Name.Trim(),
            Email = Input.Email.Trim(),
            Organisation = Input.Organisation.Trim(),
            Teacher = Input.Teacher == "yes",
            PreferredHub = string.IsNullOrEmpty(Input.Hub) ? null : Input.Hub,
            Answers = answers,
            Culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
        }, HttpContext.RequestAborted);
        TempData["Reference"] = application.Reference;
        TempData["Duplicate"] = repeated;
        return Thanks();
    }

    // In the page's language, with its route words: /cymru/hybiau/ymgeisio/diolch.
    private RedirectResult Thanks() => Redirect(links.Page(HttpContext, "/HubLeaders/Thanks") ?? "~/");

    private async Task<IReadOnlyList<TaxonomyTerm>> HubsAsync() =>
        (await published.TermsAsync(HttpContext.RequestAborted)).GetValueOrDefault(Taxonomies.Hubs) ?? [];

    public sealed class ApplicationInput : EmailInput
    {
        [Required(ErrorMessage = "Enter your name")]
        [StringLength(200, ErrorMessage = "The name must be 200 characters or fewer")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "Enter your school or organisation")]
        [StringLength(200, ErrorMessage = "The school or organisation must be 200 characters or fewer")]
        public string Organisation { get; set; } = "";

        public string? Teacher { get; set; }

        public string? Hub { get; set; }

        /// <summary>The answer to each point, by its number.</summary>
        public Dictionary<int, string> Answers { get; set; } = [];
    }
}
