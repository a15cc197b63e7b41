using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Psqm.Core.Email;
using Psqm.Core.Forms;
using Psqm.Core.Hubs;
using Psqm.Core.Security;
using Psqm.Core.Tenancy;

namespace Psqm.Modules.Enquiries.Pages.Hubs;

/// <summary>Write to a hub: the message goes to its leaders by email, and nobody's address is shown.</summary>
[EnableRateLimiting(RateLimits.PublicForm)]
public sealed class ContactModel(IHubDirectory directory, IHubMembers members, EmailOutbox outbox, IStringLocalizer<ContactModel> s) : PageModel
{
    [BindProperty]
    public MessageInput Input { get; set; } = new();

    [BindProperty]
    public string? Website { get; set; }

    public HubListing Hub { get; private set; } = null!;

    public bool Sent { get; private set; }

    public string Language { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public async Task<IActionResult> OnGetAsync(string hub) => await LoadAsync(hub) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string hub)
    {
        if (!await LoadAsync(hub))
        {
            return NotFound();
        }

        if (!string.IsNullOrEmpty(Website))
        {
            Sent = true;
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var tenant = HttpContext.RequiredTenant();
        var to = (await members.LeadersAsync(Hub.Key, HttpContext.RequestAborted)).Select(r => r.Email).ToList();
        if (to.Count == 0)
        {
            to = [tenant.Site.ContactEmail];
        }

        var body = string.Join("\n\n",
            s["A message to {0} hub from the {1} website.", Hub.Name.In(Language), tenant.SiteName(CultureInfo.CurrentUICulture)],
            s["From: {0} <{1}>", Input.Name.Trim(), Input.Email.Trim()] + (string.IsNullOrWhiteSpace(Input.School) ? "" : "\n" + s["School: {0}", Input.School.Trim()]),
            Input.Message.Trim(),
            s["Reply to the sender's address above; they have not been given yours."]);
        foreach (var address in to)
        {
            await outbox.QueueAsync(
                new EmailMessage(address, s["A message for {0} hub", Hub.Name.In(Language)], body) { ReplyTo = Input.Email.Trim() },
                cancellationToken: HttpContext.RequestAborted);
        }

        Sent = true;
        return Page();
    }

    private async Task<bool> LoadAsync(string hub)
    {
        var found = (await directory.ListAsync(HttpContext.RequestAborted)).FirstOrDefault(h => h.Key == hub);
        Hub = found!;
        return found is not null;
    }

    public sealed class MessageInput : EmailInput
    {
        [Required(ErrorMessage = "Enter your name")]
        [StringLength(200, ErrorMessage = "Your name must be 200 characters or fewer")]
        public string Name { get; set; } = "";

        [StringLength(200, ErrorMessage = "The school name must be 200 characters or fewer")]
        public string? School { get; set; }

        [Required(ErrorMessage = "Write your message")]
        [StringLength(2000, ErrorMessage = "Your message must be 2,000 characters or fewer")]
        public string Message { get; set; } = "";
    }
}
