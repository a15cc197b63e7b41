using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Security;
using Psqm.Core.Tenancy;
using Psqm.Modules.Criteria;
using Psqm.Modules.Criteria.Data;
using Psqm.Modules.Programme.Data;
using Psqm.Modules.Programme.Services;
using Psqm.Programme;

namespace Psqm.Modules.Programme.Pages.Admin.Programme;

/// <summary>HQ enrols a school that did not register online: the school, its subject leader, the round and the fee.</summary>
[RequirePermission("ManageProgramme")]
public sealed class EnrolModel(Enrolments enrolments, PublishedContent published, FrameworkReader frameworks, TimeProvider clock, IStringLocalizer<EnrolModel> s) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<TaxonomyTerm> Hubs { get; private set; } = [];

    public IReadOnlyList<RoundKey> Rounds { get; private set; } = [];

    public IReadOnlyList<CultureInfo> Cultures { get; private set; } = [];

    /// <summary>The quality marks the tenant runs; a choice only where there is more than one.</summary>
    public IReadOnlyList<Framework> Frameworks { get; private set; } = [];

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Input = new InputModel { Round = Rounds.Count > 0 ? Rounds[0].ToString() : null, Culture = Cultures[0].Name, Kind = nameof(EnrolmentKind.Full), Framework = Frameworks.Count > 0 ? Frameworks[0].Key : null };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        var framework = Frameworks.FirstOrDefault(f => f.Key == Input.Framework);
        if (framework is null)
        {
            ModelState.AddModelError("Input.Framework", s["Choose the quality mark"]);
        }

        // A mark followed by an assessor has no hubs; a school may still belong to one.
        if (Hubs.All(h => h.Key != Input.Hub) && !(framework is { Assessed: true } && string.IsNullOrEmpty(Input.Hub)))
        {
            ModelState.AddModelError("Input.Hub", s["Choose the school's hub"]);
        }

        if (!RoundKey.TryParse(Input.Round, out var round) || !Rounds.Contains(round))
        {
            ModelState.AddModelError("Input.Round", s["Choose a round from the list"]);
        }

        if (!Enum.TryParse<EnrolmentKind>(Input.Kind, out var kind) || !Enum.IsDefined(kind))
        {
            ModelState.AddModelError("Input.Kind", s["Choose a full year or a reaccreditation"]);
        }

        if (!decimal.TryParse(Input.Fee, NumberStyles.Number, CultureInfo.InvariantCulture, out var fee) || fee is < 0 or > 100_000)
        {
            ModelState.AddModelError("Input.Fee", s["Enter the fee as a number, such as 750"]);
        }

        if (Cultures.All(c => c.Name != Input.Culture))
        {
            Input.Culture = Cultures[0].Name;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (enrolment, existed) = await enrolments.EnrolAsync(
            new EnrolmentRequest(round, framework!.Key, Input.SchoolName, Input.Identifier, Input.Address ?? "", Input.Pupils ?? 0, Input.SmallSchool, string.IsNullOrEmpty(Input.Hub) ? null : Input.Hub,
                Input.ContactName, Input.ContactEmail.Trim(), Input.Culture, kind, fee, null, null) { Town = Input.Town ?? "", Postcode = Input.Postcode ?? "" },
            HttpContext.RequestAborted);
        TempData["Notice"] = existed
            ? s["{0} was already enrolled in this round; its subject leader is invited if they had no account.", enrolment.School.Name].Value
            : s["{0} is enrolled. Its subject leader is invited to work on its year.", enrolment.School.Name].Value;
        return RedirectToPage("Schools", new { Q = enrolment.School.Identifier });
    }

    private async Task LoadAsync()
    {
        Hubs = (await published.TermsAsync(HttpContext.RequestAborted)).GetValueOrDefault(Taxonomies.Hubs) ?? [];
        Rounds = RoundKey.Open(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddMonths(-6));
        Cultures = HttpContext.RequiredTenant().Cultures;
        Frameworks = (await frameworks.AllAsync(HttpContext.RequestAborted)).Select(f => f.Framework).ToList();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the name of the school")]
        [StringLength(200, ErrorMessage = "The name must be 200 characters or fewer")]
        public string SchoolName { get; set; } = "";

        [Required(ErrorMessage = "Enter the school's identifier")]
        [StringLength(32, ErrorMessage = "The identifier must be 32 characters or fewer")]
        public string Identifier { get; set; } = "";

        [StringLength(500, ErrorMessage = "The address must be 500 characters or fewer")]
        public string? Address { get; set; }

        [StringLength(100, ErrorMessage = "The town must be 100 characters or fewer")]
        public string? Town { get; set; }

        [StringLength(16, ErrorMessage = "The postcode must be 16 characters or fewer")]
        public string? Postcode { get; set; }

        [Range(1, 10_000, ErrorMessage = "Enter the number of pupils, from 1 to 10,000")]
        public int? Pupils { get; set; }

        public bool SmallSchool { get; set; }

        public string? Hub { get; set; }

        [Required(ErrorMessage = "Enter the subject leader's name")]
        [StringLength(200, ErrorMessage = "The name must be 200 characters or fewer")]
        public string ContactName { get; set; } = "";

        [Required(ErrorMessage = "Enter the subject leader's email address")]
        [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.org")]
        [StringLength(256, ErrorMessage = "The email address must be 256 characters or fewer")]
        public string ContactEmail { get; set; } = "";

        public string Culture { get; set; } = "";

        public string? Framework { get; set; }

        public string? Round { get; set; }

        public string? Kind { get; set; }

        public string? Fee { get; set; }
    }
}
