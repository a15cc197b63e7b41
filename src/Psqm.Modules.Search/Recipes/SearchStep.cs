using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Recipes;
using Psqm.Core.Search;

namespace Psqm.Modules.Search.Recipes;

/// <summary>
/// The <c>search</c> step, last in a recipe: the bilingual glossary (pairs of English and Welsh terms), then a
/// rebuild of the index so criteria and pages the earlier steps wrote can be found.
/// </summary>
public sealed class SearchStep : IRecipeStepHandler
{
    public string StepName => "search";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var step = context.Read<Model>();
        if (step.Glossary is { } glossary)
        {
            await context.Services.GetRequiredService<ISearchIndex>().SaveGlossaryAsync(glossary, cancellationToken);
        }

        await context.Services.GetRequiredService<SearchService>().RebuildAsync(cancellationToken);
    }

    private sealed record Model(List<GlossaryPair>? Glossary);
}
