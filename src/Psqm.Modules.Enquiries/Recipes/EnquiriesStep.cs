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

        var placed = await db.Regions.Select(r => r.Hub).ToListAsync(cancellationToken);
        foreach (var (hub, region) in step.Regions.Where(r => !placed.Contains(r.Key)))
        {
            db.Regions.Add(new HubRegion { Hub = hub, Region = region });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed class Model
    {
        public EnquirySettings Settings { get; set; } = new();

        /// <summary>Hub key to its postcode areas or places.</summary>
        public Dictionary<string, List<string>> Routing { get; set; } = [];

        /// <summary>Hub key to the key of its region.</summary>
        public Dictionary<string, string> Regions { get; set; } = [];
    }
}
