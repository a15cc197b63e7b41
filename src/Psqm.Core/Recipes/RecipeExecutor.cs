using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Psqm.Core.Tenancy;

namespace Psqm.Core.Recipes;

public sealed class RecipeExecutor(TenantRegistry registry, IServiceScopeFactory scopes, IEnumerable<IRecipeStepHandler> handlers, ILogger<RecipeExecutor> logger)
{
    private readonly Dictionary<string, IRecipeStepHandler> _handlers = handlers.ToDictionary(h => h.StepName, StringComparer.OrdinalIgnoreCase);

    /// <summary>Runs every step in its own scope for the tenant, in order; an unknown step stops the recipe before it starts.</summary>
    public async Task ExecuteAsync(Tenant tenant, Recipe recipe, CancellationToken cancellationToken = default)
    {
        var steps = recipe.Steps.Select(step =>
        {
            var name = step.TryGetProperty("step", out var value) ? value.GetString() ?? "" : "";
            return _handlers.TryGetValue(name, out var handler)
                ? (handler, step)
                : throw new InvalidOperationException($"Recipe '{recipe.Name}' has a step '{name}' that no module handles.");
        }).ToArray();

        foreach (var (handler, step) in steps)
        {
            // A step may change the tenant (the site step does), so each step sees the registry's latest.
            using var _ = TenantScope.Enter(registry.Find(tenant.Name) ?? tenant);
            await using var scope = scopes.CreateAsyncScope();
            logger.LogInformation("Tenant {Tenant}: recipe {Recipe}, step {Step}", tenant.Name, recipe.Name, handler.StepName);
            await handler.ExecuteAsync(new RecipeStepContext(TenantScope.Required, recipe, step, scope.ServiceProvider), cancellationToken);
        }
    }
}
