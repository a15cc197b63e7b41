using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Forms;
using Psqm.Core.Routing;
using Psqm.Core.Security;
using Psqm.Core.Tenancy;
using Psqm.Modules.Enquiries.Data;
using Psqm.Modules.Enquiries.Services;

namespace Psqm.Modules.Enquiries.Pages.RegisterInterest;

/// <summary>A school registers interest in a quality mark; the registration goes to the hub of its area.</summary>
[EnableRateLimiting(RateLimits.PublicForm)]
public sealed class IndexModel(
    EnquiriesDbContext db, EnquiryEmails emails, MarkChoices marks, PublishedContent published, TimeProvider clock, PageLinks links, TenantUrls urls, IStringLocalizer<IndexModel> s) : PageModel
{
    [BindProperty]
    public InterestInput Input { get; set; } = new();

    /// <summary>A field people never see; software that fills in every field fills this one too.</summary>
    [BindProperty]
    public string? Website { get; set; }

    public EnquirySettings Settings { get; private set; } = new();

    public IReadOnlyList<string> OpenRounds { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> Marks { get; private set; } = [];

    public async Task OnGetAsync(string? mark)
    {
        await LoadAsync();
        Input.Mark = Marks.Any(m => m.Key == mark) ? mark : null;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (!string.IsNullOrEmpty(Website))
        {
            // Looks like success to the sender; nothing is stored or sent.
            TempData["Reference"] = "";
            return Thanks();
        }

        if (Input.Mark is not null && Marks.All(m => m.Key != Input.Mark))
        {
            ModelState.AddModelError("Input.Mark", s["Choose a quality mark from the list"]);
        }

        if (Input.Round is not null && !OpenRounds.Contains(Input.Round))
        {
            ModelState.AddModelError("Input.Round", s["Choose a round from the list"]);
        }

        if (Input.HeardFrom is not null && EnquiryChoices.Heard.All(h => h.Key != Input.HeardFrom))
        {
            ModelState.AddModelError("Input.HeardFrom", s["Choose how you heard of us from the list"]);
        }

        if (!Input.Consent)
        {
            ModelState.AddModelError("Input.Consent", s["Agree to be contacted about your registration, or we cannot follow it up"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var email = Input.Email.Trim();
        var normalized = email.ToUpperInvariant();
        var school = Input.SchoolName!.Trim();

        // The same school and address within a day is the same registration sent twice.
        var earlier = await db.Enquiries.AsNoTracking()
            .Where(e => e.NormalizedEmail == normalized && e.CreatedUtc > now.AddDays(-1))
            .Select(e => new { e.Reference, e.SchoolName })
            .ToListAsync(HttpContext.RequestAborted);
        if (earlier.FirstOrDefault(e => string.Equals(e.SchoolName, school, StringComparison.OrdinalIgnoreCase)) is { } same)
        {
            TempData["Reference"] = same.Reference;
            TempData["Duplicate"] = true;
            return Thanks();
        }

        var areas = await db.Areas.AsNoTracking().ToDictionaryAsync(a => a.Area, a => a.Hub, HttpContext.RequestAborted);
        var enquiry = new Enquiry
        {
            Reference = NewReference(),
            SchoolName = school,
            SchoolIdentifier = Input.SchoolIdentifier!.Trim(),
            Address = Input.Address!.Trim(),
            Pupils = int.Parse(Input.Pupils!, CultureInfo.InvariantCulture),
            ContactName = Input.ContactName!.Trim(),
            Role = Input.Role!.Trim(),
            Email = email,
            NormalizedEmail = normalized,
            Phone = string.IsNullOrWhiteSpace(Input.Phone) ? null : Input.Phone.Trim(),
            Mark = Input.Mark!,
            Round = Input.Round!,
            HeardFrom = Input.HeardFrom!,
            Consent = true,
            Culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
            Hub = EnquiryRouting.HubFor(Input.Address, areas),
            CreatedUtc = now,
            UpdatedUtc = now,
        };
        var hubs = (await published.TermsAsync(HttpContext.RequestAborted)).GetValueOrDefault(Taxonomies.Hubs) ?? [];
        var hubName = hubs.FirstOrDefault(h => h.Key == enquiry.Hub)?.Name.In(enquiry.Culture) ?? "";

        // The registration and its emails are saved together: neither exists without the other.
        await using (var transaction = await db.Database.BeginTransactionAsync(HttpContext.RequestAborted))
        {
            db.Enquiries.Add(enquiry);
            await db.SaveChangesAsync(HttpContext.RequestAborted);
            await emails.QueueAsync(
                enquiry, Settings, hubName,
                culture => urls.Absolute(links.Page(HttpContext, "/Admin/Enquiries/Detail", new { id = enquiry.Id }, culture) ?? "/"),
                db, HttpContext.RequestAborted);
            await transaction.CommitAsync(HttpContext.RequestAborted);
        }

        TempData["Reference"] = enquiry.Reference;
        TempData["Hub"] = hubName;
        return Thanks();
    }

    public string RoundName(string round) => Rounds.Name(round, s);

    // In the page's language, with its route words: /cymru/cofrestru-diddordeb/diolch.
    private RedirectResult Thanks() => Redirect(links.Page(HttpContext, "/RegisterInterest/Thanks") ?? "~/");

    private async Task LoadAsync()
    {
        Settings = await db.Settings.AsNoTracking().FirstOrDefaultAsync(HttpContext.RequestAborted) ?? new EnquirySettings();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.InZone(HttpContext.RequiredTenant().TimeZone));
        OpenRounds = Rounds.Open(today);
        Marks = await marks.ListAsync(Settings.BasicSkills, HttpContext.RequestAborted);
    }

    private static string NewReference() =>
        "PSQM-" + string.Concat(RandomNumberGenerator.GetItems<char>("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6));

    public sealed class InterestInput : EmailInput
    {
        [Required(ErrorMessage = "Enter the name of the school")]
        [StringLength(200, ErrorMessage = "The school name must be 200 characters or fewer")]
        public string? SchoolName { get; set; }

        [Required(ErrorMessage = "Enter the school's identifier")]
        [StringLength(50, ErrorMessage = "The identifier must be 50 characters or fewer")]
        public string? SchoolIdentifier { get; set; }

        [Required(ErrorMessage = "Enter the school's postcode or address")]
        [StringLength(400, ErrorMessage = "The address must be 400 characters or fewer")]
        public string? Address { get; set; }

        /// <summary>Text, so that "lots" gets the field's own message rather than the framework's, which names the property.</summary>
        [Required(ErrorMessage = "Enter the number of pupils")]
        [RegularExpression(@"^\s*0*([1-9][0-9]{0,2}|[1-4][0-9]{3}|5000)\s*$", ErrorMessage = "Enter the number of pupils as a whole number from 1 to 5,000")]
        public string? Pupils { get; set; }

        [Required(ErrorMessage = "Enter your name")]
        [StringLength(200, ErrorMessage = "Your name must be 200 characters or fewer")]
        public string? ContactName { get; set; }

        [Required(ErrorMessage = "Enter your role at the school")]
        [StringLength(100, ErrorMessage = "Your role must be 100 characters or fewer")]
        public string? Role { get; set; }

        [StringLength(40, ErrorMessage = "The phone number must be 40 characters or fewer")]
        [RegularExpression(@"^[0-9 +()\-]*$", ErrorMessage = "Enter a phone number using digits, spaces and + ( ) - only")]
        public string? Phone { get; set; }

        [Required(ErrorMessage = "Choose a quality mark")]
        public string? Mark { get; set; }

        [Required(ErrorMessage = "Choose a round")]
        public string? Round { get; set; }

        [Required(ErrorMessage = "Choose how you heard of us")]
        public string? HeardFrom { get; set; }

        public bool Consent { get; set; }
    }
}
