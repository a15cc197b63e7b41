using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Psqm.Core.Security;
using Psqm.Modules.Programme.Services;

namespace Psqm.Modules.Programme.Pages.MyHub;

/// <summary>A school's evidence library as its hub leader (or HQ) reads it: the checklist and every file and link.</summary>
[RequirePermission("MentorSchools", "AssessSchools", "ManageProgramme")]
public sealed class EvidenceModel(SchoolYears years, EvidenceLibrary library) : PageModel
{
    public EvidenceView View { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public int? Criterion { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await years.FindAsync(User, id, HttpContext.RequestAborted) is not { } year)
        {
            return NotFound();
        }

        View = new EvidenceView(year, year.CriteriaOf(year.AuditLevel), await library.ListAsync(id, HttpContext.RequestAborted), Criterion, Editable: false);
        return Page();
    }
}
