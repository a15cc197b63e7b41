using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Psqm.Core.Security;
using Psqm.Modules.Programme.Services;

namespace Psqm.Modules.Programme.Pages.MySchool;

/// <summary>An earlier year of the school, read-only: what it submitted (reflections and evidence), for a renewing school to build on.</summary>
[RequirePermission("WorkOnOwnSchool")]
public sealed class YearModel(SchoolYears years, Reflections reflections, EvidenceLibrary library) : PageModel
{
    public ReflectionsView View { get; private set; } = null!;

    public IReadOnlyList<Data.EvidenceItem> Evidence { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await years.FindAsync(User, id, HttpContext.RequestAborted) is not { } year)
        {
            return NotFound();
        }

        View = await ReflectionsView.LoadAsync(year, reflections, library, HttpContext.RequestAborted);
        Evidence = [.. View.Evidence.Values.OrderByDescending(e => e.AddedUtc)];
        return Page();
    }
}
