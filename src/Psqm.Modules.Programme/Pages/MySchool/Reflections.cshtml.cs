using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Psqm.Core.Routing;
using Psqm.Core.Security;
using Psqm.Modules.Criteria.Data;
using Psqm.Modules.Programme.Data;
using Psqm.Modules.Programme.Services;

namespace Psqm.Modules.Programme.Pages.MySchool;

/// <summary>Every criterion of the school's level with its reflection so far: words against the limit and evidence attached.</summary>
[RequirePermission("WorkOnOwnSchool")]
public sealed class ReflectionsModel(SchoolYears years, Reflections reflections, PageLinks links) : PageModel
{
    public SchoolYear? Year { get; private set; }

    public IReadOnlyList<Criterion> Criteria { get; private set; } = [];

    public IReadOnlyDictionary<int, Reflection> Written { get; private set; } = new Dictionary<int, Reflection>();

    public int WordLimit { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Year = await years.OwnAsync(User, HttpContext.RequestAborted);
        if (Year is null)
        {
            return LocalRedirect(links.Page(HttpContext, "/MySchool/Index") ?? "~/");
        }

        Criteria = Year.CriteriaOf(Year.AuditLevel);
        Written = (await reflections.ListAsync(Year.Enrolment.Id, HttpContext.RequestAborted)).ToDictionary(r => r.CriterionId);
        WordLimit = Year.Framework.Framework.Levels.First(l => l.Key == Year.AuditLevel).ReflectionWords;
        return Page();
    }
}
