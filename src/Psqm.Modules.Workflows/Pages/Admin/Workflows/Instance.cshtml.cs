using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Psqm.Core.Security;
using Psqm.Modules.Workflows.Data;
using Psqm.Modules.Workflows.Definitions;
using Psqm.Modules.Workflows.Engine;

namespace Psqm.Modules.Workflows.Pages.Admin.Workflows;

/// <summary>One instance: where it is on its diagram (the version it began with) and every step taken, who and when.</summary>
[RequirePermission("ViewWorkflows")]
public sealed class InstanceModel(WorkflowsDbContext db, WorkflowEngine engine) : PageModel
{
    public WorkflowInstance Instance { get; private set; } = null!;

    public WorkflowDefinition Definition { get; private set; } = null!;

    public IReadOnlyList<WorkflowStep> Steps { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await db.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, HttpContext.RequestAborted) is not { } instance)
        {
            return NotFound();
        }

        (Instance, Definition, Steps) = (instance, await engine.DefinitionOfAsync(instance, HttpContext.RequestAborted), await engine.HistoryAsync(id, HttpContext.RequestAborted));
        return Page();
    }

    public string StateName(string key, string language) => Definition.State(key)?.Name.In(language) ?? key;
}
