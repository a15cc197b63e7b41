using System.Text.Json;
using Psqm.Core.Tenancy;

namespace Psqm.Core.Recipes;

/// <summary>Executes one kind of recipe step (its <c>step</c> property) for the tenant in scope.</summary>
public interface IRecipeStepHandler
{
    string StepName { get; }

    Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken);
}

public sealed record RecipeStepContext(Tenant Tenant, Recipe Recipe, JsonElement Step, IServiceProvider Services)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public T Read<T>() => Step.Deserialize<T>(Json) ?? throw new InvalidOperationException($"Recipe step '{Step}' is empty.");
}
