using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Recipes;
using Psqm.Modules.Enquiries.Data;

namespace Psqm.Modules.Enquiries.Recipes;

/// <summary>The <c>enquiries</c> step: the fees, and which hub each postcode area (or place abroad) goes to. Rows that exist are kept.</summary>
public sealed class EnquiriesStep : IRecipeStepHandler
{
    public string StepName => "enquiries";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var step = context.Read<Model>();
        var db = context.Services.GetRequiredService<EnquiriesDbContext>();
        if (!await db.Settings.AnyAsync(cancellationToken))
        {
            db.Settings.Add(step.Settings);
        }

        var known = await db.Areas.Select(a => a.Area).ToListAsync(cancellationToken);
        foreach (var (hub, areas) in step.Routing)
        {
            foreach (var area in areas.Select(a => a.Trim().ToUpperInvariant()).Where(a => a.Length > 0 && !known.Contains(a)))
            {
                db.Areas.Add(new HubArea { Area = area, Hub = hub });
                known.Add(area);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed class Model
    {
        public EnquirySettings Settings { get; set; } = new();

        /// <summary>Hub key to its postcode areas or places.</summary>
        public Dictionary<string, List<string>> Routing { get; set; } = [];
    }
}
