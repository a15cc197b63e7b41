using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Psqm.Core.Events;
using Psqm.Core.Security;
using Psqm.Modules.Content.Engine;
using Psqm.Modules.Enquiries.Data;
using Psqm.Modules.Enquiries.Services;
using Psqm.Programme;

namespace Psqm.Modules.Enquiries.Pages.Admin.Enquiries;

/// <summary>One registration: its details, its status (with the round when enrolled), its hub and the notes of whoever followed it up.</summary>
[RequirePermission("ManageEnquiries", "HubEnquiries")]
public sealed class DetailModel(EnquiriesDbContext db, IAuthorizationService authorization, PublishedContent published, MarkChoices marks, DomainEvents events, TimeProvider clock, IStringLocalizer<DetailModel> s) : PageModel
{
    public Enquiry Enquiry { get; private set; } = null!;

    public IReadOnlyList<TaxonomyTerm> Hubs { get; private set; } = [];

    public string MarkName { get; private set; } = "";

    public string Language { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public EnquiryStatus NewStatus { get; set; }

    [BindProperty]
    public string? EnrolledRound { get; set; }

    [BindProperty]
    public string? NewHub { get; set; }

    /// <summary>The rounds a school can be enrolled in now: those still to start, the one under way, and the one it asked for.</summary>
    public IReadOnlyList<string> EnrolmentRounds { get; private set; } = [];

    [BindProperty]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        (Version, NewStatus, EnrolledRound, NewHub) = (Enquiry.Version, Enquiry.Status, Enquiry.EnrolledRound ?? Enquiry.Round, Enquiry.Hub);
        return Page();
    }

    public async Task<IActionResult> OnPostStatusAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!Enum.IsDefined(NewStatus))
        {
            ModelState.AddModelError(nameof(NewStatus), s["Choose a status from the list"]);
        }
        else if (NewStatus == EnquiryStatus.Enrolled && !RoundKey.TryParse(EnrolledRound, out _))
        {
            ModelState.AddModelError(nameof(EnrolledRound), s["Choose the round the school enrolled in"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var enrolling = NewStatus == EnquiryStatus.Enrolled && (Enquiry.Status != EnquiryStatus.Enrolled || Enquiry.EnrolledRound != EnrolledRound);
        Enquiry.Status = NewStatus;
        Enquiry.EnrolledRound = NewStatus == EnquiryStatus.Enrolled ? EnrolledRound!.Trim() : null;
        var result = await SaveAsync(s["The status is saved."]);
        if (enrolling && result is RedirectToPageResult && RoundKey.TryParse(Enquiry.EnrolledRound, out var round))
        {
            // Saved: the programme, where the tenant runs it, starts the school's year at the fee the school was quoted.
            var settings = await db.Settings.AsNoTracking().FirstOrDefaultAsync(HttpContext.RequestAborted) ?? new EnquirySettings();
            var small = Enquiry.Pupils < settings.SmallSchoolPupils;
            await events.RaiseAsync(
                new RegistrationEnrolled(
                    Enquiry.Id, round, Enquiry.Mark, Enquiry.Hub, Enquiry.SchoolName, Enquiry.SchoolIdentifier, Enquiry.Address, Enquiry.Pupils,
                    small, small ? settings.SmallSchoolFee : settings.StandardFee, Enquiry.ContactName, Enquiry.Email, Enquiry.Culture),
                HttpContext.RequestAborted);
            TempData["Notice"] = s["The status is saved."].Value + " " + s["The school is enrolled in {0}. Its contact is invited to work on its year.", Services.Rounds.Name(Enquiry.EnrolledRound!, s)].Value;
        }

        return result;
    }

    public async Task<IActionResult> OnPostAssignAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var hub = string.IsNullOrEmpty(NewHub) ? null : NewHub;
        if (hub is not null && Hubs.All(h => h.Key != hub))
        {
            ModelState.AddModelError(nameof(NewHub), s["Choose a hub from the list"]);
            return Page();
        }

        Enquiry.Hub = hub;

        // A hub leader who passes it to another hub no longer sees it: back to their inbox.
        var stillVisible = await EnquiryAccess.OnlyHubAsync(authorization, User) is not { } onlyHub || onlyHub == hub;
        return await SaveAsync(s["The registration is passed to {0}.", HubName(hub)], stillVisible);
    }

    public async Task<IActionResult> OnPostNoteAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var text = (Note ?? "").Trim();
        if (text.Length is 0 or > 2000)
        {
            ModelState.AddModelError(nameof(Note), text.Length == 0 ? s["Write the note"] : s["A note must be 2,000 characters or fewer"]);
            return Page();
        }

        // Notes only add, so two people writing at once both keep theirs.
        db.Notes.Add(new EnquiryNote { EnquiryId = id, Author = User.Identity!.Name!, Text = text, CreatedUtc = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Notice"] = s["The note is added."].Value;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> SaveAsync(string notice, bool stayHere = true)
    {
        db.Entry(Enquiry).Property(e => e.Version).OriginalValue = Version;
        Enquiry.Version++;
        Enquiry.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, s["Someone else changed this registration while you were looking at it. It is shown as it is now; make your change again."]);
            db.ChangeTracker.Clear();
            await LoadAsync(Enquiry.Id);
            ModelState.Remove(nameof(Version));
            Version = Enquiry.Version;
            return Page();
        }

        TempData["Notice"] = notice;
        return stayHere ? RedirectToPage(new { id = Enquiry.Id }) : RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(int id)
    {
        var onlyHub = await EnquiryAccess.OnlyHubAsync(authorization, User);
        var enquiry = await db.Enquiries.Visible(onlyHub).Include(e => e.Notes).FirstOrDefaultAsync(e => e.Id == id, HttpContext.RequestAborted);
        if (enquiry is null)
        {
            return false;
        }

        Enquiry = enquiry;
        MarkName = await marks.NameAsync(enquiry.Mark, HttpContext.RequestAborted);
        Hubs = (await published.TermsAsync(HttpContext.RequestAborted)).GetValueOrDefault(Taxonomies.Hubs) ?? [];
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        EnrolmentRounds = RoundKey.Open(today.AddMonths(-6)).Select(r => r.ToString()).Append(enquiry.Round).Append(enquiry.EnrolledRound ?? enquiry.Round)
            .Where(r => RoundKey.TryParse(r, out _)).Distinct().Order(StringComparer.Ordinal).ToList();
        return true;
    }

    public string HubName(string? hub) => hub is null ? s["HQ"].Value : Hubs.NameOf(hub, Language);
}
