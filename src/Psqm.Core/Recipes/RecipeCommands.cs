using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Modules;
using Psqm.Core.Tenancy;

namespace Psqm.Core.Recipes;

/// <summary><c>recipes list</c> and <c>recipes run --tenant NAME --recipe NAME</c>.</summary>
public sealed class RecipeCommands : ICommandLineContributor
{
    public void AddCommands(RootCommand root, IServiceProvider services)
    {
        var recipes = new Command("recipes", "List recipes and run one against a tenant.");

        var list = new Command("list", "List the recipes a tenant can be set up from.");
        list.SetAction(_ =>
        {
            foreach (var recipe in services.GetRequiredService<RecipeStore>().List())
            {
                Console.WriteLine($"{recipe.Name,-16} {recipe.DisplayName}");
            }

            return 0;
        });

        var tenantOption = new Option<string>("--tenant") { Description = "The tenant to run it for.", Required = true };
        var recipeOption = new Option<string>("--recipe") { Description = "The recipe's name, e.g. cymru.", Required = true };
        var run = new Command("run", "Run a recipe's steps again for a tenant; steps change only what differs.") { tenantOption, recipeOption };
        run.SetAction(async (result, cancellationToken) =>
        {
            var tenant = services.GetRequiredService<TenantRegistry>().Find(result.GetValue(tenantOption)!);
            var recipe = services.GetRequiredService<RecipeStore>().Find(result.GetValue(recipeOption)!);
            if (tenant is null || recipe is null)
            {
                Console.Error.WriteLine(tenant is null ? "No such tenant." : "No such recipe.");
                return 1;
            }

            await services.GetRequiredService<RecipeExecutor>().ExecuteAsync(tenant, recipe, cancellationToken);
            Console.WriteLine($"Ran {recipe.Name} for {tenant.Name}.");
            return 0;
        });

        recipes.Subcommands.Add(list);
        recipes.Subcommands.Add(run);
        root.Subcommands.Add(recipes);
    }
}
