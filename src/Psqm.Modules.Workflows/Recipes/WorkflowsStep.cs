using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Recipes;
using Psqm.Modules.Workflows.Definitions;
using Psqm.Modules.Workflows.Engine;

namespace Psqm.Modules.Workflows.Recipes;

/// <summary>
/// The <c>workflows</c> step: definitions from files beside the recipes. A changed definition becomes a new version;
/// one the validator refuses stops the recipe with the problems and where they are.
/// </summary>
public sealed class WorkflowsStep(RecipeStore recipes) : IRecipeStepHandler
{
    public string StepName => "workflows";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var store = context.Services.GetRequiredService<WorkflowDefinitions>();
        foreach (var file in context.Read<Model>().Files)
        {
            var definition = WorkflowDefinition.Parse(await File.ReadAllTextAsync(recipes.DataFile(file), cancellationToken));
            var problems = await store.SaveAsync(definition, cancellationToken);
            if (problems.Count > 0)
            {
                throw new InvalidOperationException($"The workflow in {file} is refused:\n" + string.Join('\n', problems));
            }
        }
    }

    private sealed class Model
    {
        public List<string> Files { get; set; } = [];
    }
}
