using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Content;
using Psqm.Core.Localization;
using Psqm.Core.Recipes;

namespace Psqm.Modules.Content.Recipes;

/// <summary>The <c>taxonomies</c> step: adds missing terms and renames existing ones, by key.</summary>
public sealed class TaxonomiesStep : IRecipeStepHandler
{
    public string StepName => "taxonomies";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var db = context.Services.GetRequiredService<ContentDbContext>();
        var existing = await db.Terms.ToListAsync(cancellationToken);
        foreach (var (taxonomy, terms) in context.Read<Model>().Terms)
        {
            for (var i = 0; i < terms.Count; i++)
            {
                var spec = terms[i];
                var term = existing.FirstOrDefault(t => t.Taxonomy == taxonomy && t.Key == spec.Key);
                if (term is null)
                {
                    term = new TaxonomyTerm { Taxonomy = taxonomy, Key = spec.Key };
                    db.Terms.Add(term);
                }

                (term.Name, term.Order) = (LocalizedText.Of(spec.En, spec.Cy), i);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await context.Services.GetRequiredService<PublishedContent>().InvalidateAsync();
    }

    private sealed class Model
    {
        public Dictionary<string, List<TermSpec>> Terms { get; set; } = [];
    }

    private sealed class TermSpec
    {
        public string Key { get; set; } = "";

        public string En { get; set; } = "";

        public string? Cy { get; set; }
    }
}
