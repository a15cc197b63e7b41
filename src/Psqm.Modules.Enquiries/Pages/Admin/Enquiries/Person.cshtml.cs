using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Psqm.Core.Localization;
using Psqm.Core.Security;
using Psqm.Modules.Enquiries.Data;
using Psqm.Modules.Enquiries.Services;

namespace Psqm.Modules.Enquiries.Pages.Admin.Enquiries;

/// <summary>A person's request about their data: HQ finds their registrations by email, gives them a copy, or erases them.</summary>
[RequirePermission("ManageEnquiries")]
public sealed class PersonModel(PersonalData data, IStringLocalizer<PersonModel> s) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    public IReadOnlyList<Enquiry> Found { get; private set; } = [];

    public async Task OnGetAsync()
    {
        if (!string.IsNullOrWhiteSpace(Email))
        {
            Found = await data.FindAsync(Email[..Math.Min(Email.Length, 256)], HttpContext.RequestAborted);
        }
    }

    /// <summary>Everything held about the person, as JSON, to send to them.</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        var found = await data.FindAsync((Email ?? "")[..Math.Min(Email?.Length ?? 0, 256)], HttpContext.RequestAborted);
        var export = found.Select(e => new
        {
            e.Reference, e.CreatedUtc, e.SchoolName, e.SchoolIdentifier, e.Address, e.Pupils, e.ContactName, e.Role, e.Email, e.Phone,
            e.Mark, e.Round, e.HeardFrom, e.Consent, e.Culture, Status = e.Status.ToString(), e.EnrolledRound,
            Notes = e.Notes.Select(n => new { n.CreatedUtc, n.Text }),
        });
        Response.Headers.CacheControl = "no-store";
        return File(JsonSerializer.SerializeToUtf8Bytes(export, Json), "application/json", "personal-data.json");
    }

    public async Task<IActionResult> OnPostEraseAsync()
    {
        var count = await data.EraseAsync((Email ?? "")[..Math.Min(Email?.Length ?? 0, 256)], HttpContext.RequestAborted);
        TempData["Notice"] = s.Plural(count, "The personal details of {0} registration are erased.", "The personal details of {0} registrations are erased.").Value;
        return RedirectToPage(new { Email = "" });
    }
}
