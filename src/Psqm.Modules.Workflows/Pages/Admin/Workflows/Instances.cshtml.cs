using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Psqm.Core.Security;
using Psqm.Modules.Workflows.Data;
using Psqm.Modules.Workflows.Definitions;
using Psqm.Modules.Workflows.Engine;

namespace Psqm.Modules.Workflows.Pages.Admin.Workflows;

/// <summary>The instances of the processes, newest change first, filtered by process and state, or only those stuck past a deadline.</summary>
[RequirePermission("ViewWorkflows")]
public sealed class InstancesModel(WorkflowDefinitions definitions, WorkflowsDbContext db, WorkflowTimers timers, TimeProvider clock) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Definition { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    /// <summary>Only instances still in a state whose deadline has passed.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Stuck { get; set; }

    /// <summary>The deadline of each listed instance's state, where it has one.</summary>
    public IReadOnlyDictionary<int, DateTime> Deadlines { get; private set; } = new Dictionary<int, DateTime>();

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

        var ordered = query.OrderByDescending(i => i.UpdatedUtc).ThenByDescending(i => i.Id);
        if (Stuck)
        {
            // Deadlines live in the modules' data (a round's dates), so those of states that have one are worked out here.
            var withDeadlines = Definitions.SelectMany(d => d.Definition.States.Where(s => s.Deadline is not null).Select(s => s.Key)).Distinct().ToList();
            var now = clock.GetUtcNow().UtcDateTime;
            var late = new List<WorkflowInstance>();
            foreach (var instance in await ordered.Where(i => withDeadlines.Contains(i.State)).ToListAsync(HttpContext.RequestAborted))
            {
                if (await DeadlineOfAsync(instance) is { } due && due < now)
                {
                    late.Add(instance);
                }
            }

            Total = late.Count;
            PageNumber = Math.Clamp(PageNumber, 1, Pages);
            Items = late.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        }
        else
        {
            Total = await query.CountAsync(HttpContext.RequestAborted);
            PageNumber = Math.Clamp(PageNumber, 1, Pages);
            Items = await ordered.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(HttpContext.RequestAborted);
        }

        var deadlines = new Dictionary<int, DateTime>();
        foreach (var instance in Items)
        {
            if (await DeadlineOfAsync(instance) is { } due)
            {
                deadlines[instance.Id] = due;
            }
        }

        Deadlines = deadlines;
    }

    public bool Late(WorkflowInstance instance) => Deadlines.TryGetValue(instance.Id, out var due) && due < clock.GetUtcNow().UtcDateTime;

    private async Task<DateTime?> DeadlineOfAsync(WorkflowInstance instance) =>
        (await definitions.VersionAsync(instance.Definition, instance.DefinitionVersion, HttpContext.RequestAborted))?.Definition.State(instance.State) is { } state
            ? await timers.DeadlineAsync(instance, state, HttpContext.RequestAborted)
            : null;

    public string StateName(WorkflowInstance instance, string language) =>
        Definitions.Select(d => d.Definition).FirstOrDefault(d => d.Key == instance.Definition)?.State(instance.State)?.Name.In(language) ?? instance.State;

    public string DefinitionName(string key, string language) =>
        Definitions.Select(d => d.Definition).FirstOrDefault(d => d.Key == key)?.Name.In(language) ?? key;
}
