using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Psqm.Core.Security;
using Psqm.Modules.Programme.Services;

namespace Psqm.Modules.Programme.Pages.MyHub;

/// <summary>A school's reflections as its hub leader (or HQ) reads them, criterion by criterion, with the evidence attached.</summary>
[RequirePermission("MentorSchools", "AssessSchools", "ManageProgramme")]
public sealed class ReflectionsModel(SchoolYears years, Reflections reflections, EvidenceLibrary library) : PageModel
{
    public ReflectionsView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await years.FindAsync(User, id, HttpContext.RequestAborted) is not { } year)
        {
            return NotFound();
        }

        View = await ReflectionsView.LoadAsync(year, reflections, library, HttpContext.RequestAborted);
        return Page();
    }
}
