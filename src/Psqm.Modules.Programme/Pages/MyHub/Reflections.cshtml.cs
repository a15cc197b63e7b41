using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Psqm.Core.Security;
using Psqm.Modules.Criteria.Data;
using Psqm.Modules.Programme.Data;
using Psqm.Modules.Programme.Services;

namespace Psqm.Modules.Programme.Pages.MyHub;

/// <summary>A school's reflections as its hub leader (or HQ) reads them, criterion by criterion, with the evidence attached.</summary>
[RequirePermission("MentorSchools", "ManageProgramme")]
public sealed class ReflectionsModel(SchoolYears years, Reflections reflections, EvidenceLibrary library) : PageModel
{
    public SchoolYear Year { get; private set; } = null!;

    public IReadOnlyList<Criterion> Criteria { get; private set; } = [];

    public IReadOnlyDictionary<int, Reflection> Written { get; private set; } = new Dictionary<int, Reflection>();

    public IReadOnlyDictionary<int, EvidenceItem> Evidence { get; private set; } = new Dictionary<int, EvidenceItem>();

    public int WordLimit { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await years.FindAsync(User, id, HttpContext.RequestAborted) is not { } year)
        {
            return NotFound();
        }

        Year = year;
        Criteria = year.CriteriaOf(year.AuditLevel);
        Written = (await reflections.ListAsync(id, HttpContext.RequestAborted)).ToDictionary(r => r.CriterionId);
        Evidence = (await library.ListAsync(id, HttpContext.RequestAborted)).ToDictionary(e => e.Id);
        WordLimit = year.Framework.Framework.Levels.First(l => l.Key == year.AuditLevel).ReflectionWords;
        return Page();
    }
}
