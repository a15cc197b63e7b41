using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Psqm.Core.Security;
using Psqm.Modules.Workflows.Data;
using Psqm.Modules.Workflows.Definitions;
using Psqm.Modules.Workflows.Engine;

namespace Psqm.Modules.Workflows.Pages.Admin.Workflows;

/// <summary>Every process of the tenant: its diagram, its transitions in words, and how many instances are in each state.</summary>
[RequirePermission("ViewWorkflows")]
public sealed class IndexModel(WorkflowDefinitions definitions, WorkflowsDbContext db, IEnumerable<IWorkflowRule> rules) : PageModel
{
    public IReadOnlyList<(StoredDefinition Stored, WorkflowDefinition Definition)> Definitions { get; private set; } = [];

    /// <summary>Instances per definition and state.</summary>
    public IReadOnlyDictionary<(string Definition, string State), int> Counts { get; private set; } = new Dictionary<(string, string), int>();

    /// <summary>The English description of a rule a transition names (translated by the page), or the role's name.</summary>
    public string Who(string who) =>
        who.StartsWith("rule:", StringComparison.Ordinal) ? rules.FirstOrDefault(r => r.Name == who[5..])?.Description ?? who[5..] : who[(who.IndexOf(':', StringComparison.Ordinal) + 1)..];

    public async Task OnGetAsync()
    {
        Definitions = await definitions.LatestAsync(HttpContext.RequestAborted);
        Counts = (await db.Instances.AsNoTracking().GroupBy(i => new { i.Definition, i.State }).Select(g => new { g.Key.Definition, g.Key.State, Count = g.Count() })
            .ToListAsync(HttpContext.RequestAborted)).ToDictionary(x => (x.Definition, x.State), x => x.Count);
    }
}
