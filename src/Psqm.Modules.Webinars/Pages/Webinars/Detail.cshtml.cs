using System.ComponentModel.DataAnnotations;
using System.Globalization;
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
using Psqm.Modules.Content;
using Psqm.Modules.Webinars.Data;
using Psqm.Modules.Webinars.Services;

namespace Psqm.Modules.Webinars.Pages.Webinars;

/// <summary>One event: when it is in the reader's zones, its state, and registration or the waiting list.</summary>
[EnableRateLimiting(RateLimits.PublicForm)]
[Psqm.Core.Caching.CachedPage(ViewerZone.Query)]
public sealed class DetailModel(
    PublishedContent published, MarkdownRenderer markdown, ContentAlternates alternates, Registrations registrations,
    PageLinks links, TenantUrls urls, TimeProvider clock, IStringLocalizer<DetailModel> s) : PageModel
{
    [BindProperty]
    public RegistrationInput Input { get; set; } = new();

    public Webinar? Event { get; private set; }

    public ContentItem? Elsewhere { get; private set; }

    public string Body { get; private set; } = "";

    public WebinarState State { get; private set; }

    public int PlacesLeft { get; private set; }

    public int Waiting { get; private set; }

    /// <summary>The signed-in user holds a place: the joining link is theirs to see.</summary>
    public bool HasPlace { get; private set; }

    public MediaItem? Slides { get; private set; }

    public IReadOnlyDictionary<string, IReadOnlyList<TaxonomyTerm>> Terms { get; private set; } = new Dictionary<string, IReadOnlyList<TaxonomyTerm>>();

    public TimeZoneInfo? Viewer { get; private set; }

    public string Language { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public async Task<IActionResult> OnGetAsync(string slug, [FromServices] ContentDbContext db)
    {
        if (!await LoadAsync(slug))
        {
            return Elsewhere is null ? NotFound() : Page();
        }

        if (User.Identity?.IsAuthenticated == true && User.Identity.Name is { Length: > 0 } email)
        {
            HasPlace = await registrations.IsRegisteredAsync(Event!.Value.Key, email, HttpContext.RequestAborted);
            Input.Email = email;
        }

        if (Event!.Value.Item.Field("slides") is { Length: > 0 } file)
        {
            Slides = await db.Media.AsNoTracking().FirstOrDefaultAsync(m => m.FileName == file, HttpContext.RequestAborted);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug)
    {
        if (!await LoadAsync(slug))
        {
            return NotFound();
        }

        var webinar = Event!.Value;
        if (State != WebinarState.Upcoming)
        {
            ModelState.AddModelError(string.Empty, s["Registration has closed: this event has started."]);
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var request = new RegistrationRequest(
            Input.Name, Input.Email, Input.School, Language,
            urls.Absolute(links.Page(HttpContext, "/Webinars/Detail", new { slug }) ?? "/"),
            token => urls.Absolute(links.Page(HttpContext, "/Webinars/Cancel", new { token }) ?? "/"));
        var (outcome, registration) = await registrations.RegisterAsync(webinar, request, HttpContext.RequestAborted);
        if (outcome == RegistrationOutcome.Closed)
        {
            ModelState.AddModelError(string.Empty, s["Registration has closed: this event has started."]);
            return Page();
        }

        // An address already registered is answered as a new one would be now (its owner is emailed the details
        // again), so the page tells nobody who has registered.
        var place = outcome == RegistrationOutcome.Registered || (outcome == RegistrationOutcome.AlreadyRegistered && PlacesLeft > 0);
        TempData["Registered"] = place ? "place" : "waiting";
        TempData["RegisteredEmail"] = registration!.Email;
        return Redirect(links.Page(HttpContext, "/Webinars/Detail", new { slug, tz = Viewer?.Id }) ?? "~/");
    }

    private async Task<bool> LoadAsync(string slug)
    {
        Viewer = ViewerZone.Chosen(HttpContext);
        var item = await published.FindAsync(WebinarType.Name, Language, slug, HttpContext.RequestAborted);
        if (item is null || Webinar.From(item) is not { } webinar)
        {
            Elsewhere = await alternates.ElsewhereAsync(HttpContext, WebinarType.Name, Language, slug);
            if (Elsewhere is not null)
            {
                await alternates.SetAsync(HttpContext, "/Webinars/Detail", Elsewhere, null);
            }

            return false;
        }

        Event = webinar;
        State = webinar.StateAt(clock.GetUtcNow().UtcDateTime);
        Terms = await published.TermsAsync(HttpContext.RequestAborted);
        Body = markdown.ToHtml(item.Field("body"));
        var counts = (await registrations.CountsAsync([webinar.Key], HttpContext.RequestAborted))[webinar.Key];
        PlacesLeft = Math.Max(0, webinar.Capacity - counts.Registered);
        Waiting = counts.Waiting;
        await alternates.SetAsync(HttpContext, "/Webinars/Detail", item, item);
        return true;
    }

    public TimeZoneInfo Zone => HttpContext.RequiredTenant().TimeZone;

    public string TermNames(string taxonomy, IEnumerable<string> keys) =>
        Terms.NamesOf(taxonomy, keys, Language);

    public sealed class RegistrationInput : EmailInput
    {
        [Required(ErrorMessage = "Enter your name")]
        [StringLength(200, ErrorMessage = "Your name must be 200 characters or fewer")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "Enter the name of your school")]
        [StringLength(200, ErrorMessage = "The school name must be 200 characters or fewer")]
        public string School { get; set; } = "";
    }
}
