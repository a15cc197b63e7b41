using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Psqm.Core.Security;
using Psqm.Modules.Workflows.Data;
using Psqm.Modules.Workflows.Definitions;
using Psqm.Modules.Workflows.Engine;

namespace Psqm.Modules.Workflows.Pages.Admin.Workflows;

/// <summary>The instances of the processes, newest change first, filtered by process and state.</summary>
[RequirePermission("ViewWorkflows")]
public sealed class InstancesModel(WorkflowDefinitions definitions, WorkflowsDbContext db) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Definition { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<(StoredDefinition Stored, WorkflowDefinition Definition)> Definitions { get; private set; } = [];

    public IReadOnlyList<WorkflowInstance> Items { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public WorkflowDefinition? Chosen => Definitions.Select(d => d.Definition).FirstOrDefault(d => d.Key == Definition);

    public async Task OnGetAsync()
    {
        Definitions = await definitions.LatestAsync(HttpContext.RequestAborted);
        Definition = Chosen?.Key;
        State = Chosen?.State(State ?? "") is null ? null : State;
        var query = db.Instances.AsNoTracking();
        if (Definition is not null)
        {
            query = query.Where(i => i.Definition == Definition);
        }

        if (State is not null)
        {
            query = query.Where(i => i.State == State);
        }

        Total = await query.CountAsync(HttpContext.RequestAborted);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Items = await query.OrderByDescending(i => i.UpdatedUtc).ThenByDescending(i => i.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(HttpContext.RequestAborted);
    }

    public string StateName(WorkflowInstance instance, string language) =>
        Definitions.Select(d => d.Definition).FirstOrDefault(d => d.Key == instance.Definition)?.State(instance.State)?.Name.In(language) ?? instance.State;

    public string DefinitionName(string key, string language) =>
        Definitions.Select(d => d.Definition).FirstOrDefault(d => d.Key == key)?.Name.In(language) ?? key;
}
