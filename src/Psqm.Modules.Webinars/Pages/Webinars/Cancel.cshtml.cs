using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Security;
using Psqm.Core.Tenancy;
using Psqm.Modules.Webinars.Data;
using Psqm.Modules.Webinars.Services;

namespace Psqm.Modules.Webinars.Pages.Webinars;

/// <summary>The page of the cancel link in every registration email: asks first, so a link opened by a mail scanner cancels nothing.</summary>
[EnableRateLimiting(RateLimits.PublicForm)]
public sealed class CancelModel(Registrations registrations, PublishedContent published) : PageModel
{
    public Registration? Registration { get; private set; }

    public Webinar? Event { get; private set; }

    public bool Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token)
    {
        await LoadAsync(token);
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        await LoadAsync(token);
        if (Registration is null || Registration.Status == RegistrationStatus.Cancelled)
        {
            return Page();
        }

        var (cancelled, _) = await registrations.CancelAsync(token, Event, HttpContext.RequestAborted);

        Done = cancelled;
        Registration = await registrations.FindAsync(token, HttpContext.RequestAborted);
        return Page();
    }

    private async Task LoadAsync(string token)
    {
        Registration = await registrations.FindAsync(token, HttpContext.RequestAborted);
        if (Registration is null)
        {
            return;
        }

        var language = HttpContext.RequiredTenant().Cultures.Select(c => c.TwoLetterISOLanguageName);
        foreach (var culture in language.OrderBy(c => c == System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName ? 0 : 1))
        {
            var item = (await published.ListAsync(WebinarType.Name, culture, HttpContext.RequestAborted)).FirstOrDefault(i => i.LocalizationSet == Registration.WebinarKey);
            if (item is not null && Webinar.From(item) is { } webinar)
            {
                Event = webinar;
                return;
            }
        }
    }
}
