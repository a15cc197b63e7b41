using Microsoft.Extensions.DependencyInjection;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Localization;
using Psqm.Core.Recipes;

namespace Psqm.Modules.Content.Recipes;

/// <summary>The <c>taxonomies</c> step: adds missing terms and renames existing ones, by key.</summary>
public sealed class TaxonomiesStep : IRecipeStepHandler
{
    public string StepName => "taxonomies";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var writer = context.Services.GetRequiredService<TaxonomyWriter>();
        foreach (var (taxonomy, terms) in context.Read<Model>().Terms)
        {
            await writer.WriteAsync(taxonomy, terms.Select(t => (t.Key, LocalizedText.Of(t.En, t.Cy))).ToList(), cancellationToken);
        }
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
