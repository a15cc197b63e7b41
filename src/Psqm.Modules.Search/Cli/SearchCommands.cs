using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Modules;
using Psqm.Core.Search;
using Psqm.Core.Tenancy;

namespace Psqm.Modules.Search.Cli;

/// <summary><c>search analyze --culture cy "text"</c> and <c>search rebuild --tenant NAME</c>.</summary>
public sealed class SearchCommands : ICommandLineContributor
{
    public void AddCommands(RootCommand root, IServiceProvider services)
    {
        var search = new Command("search", "See how text is analysed for search, and rebuild a tenant's index.");

        var cultureOption = new Option<string>("--culture") { Description = "The language: en or cy.", DefaultValueFactory = _ => "en" };
        var textArgument = new Argument<string>("text") { Description = "The text to analyse." };
        var analyze = new Command("analyze", "Print each word of a text and the forms it is indexed and searched under.") { cultureOption, textArgument };
        analyze.SetAction(result =>
        {
            foreach (var line in Analysis.Lines(result.GetValue(textArgument) ?? "", result.GetValue(cultureOption) ?? "en"))
            {
                Console.WriteLine(line);
            }

            return 0;
        });

        var tenantOption = new Option<string>("--tenant") { Description = "The tenant whose index to rebuild.", Required = true };
        var rebuild = new Command("rebuild", "Rebuild a tenant's search index; searches carry on from the old one until it is done.") { tenantOption };
        rebuild.SetAction(async (result, cancellationToken) =>
        {
            var tenant = services.GetRequiredService<TenantRegistry>().Find(result.GetValue(tenantOption)!);
            if (tenant is null)
            {
                Console.Error.WriteLine("No such tenant.");
                return 1;
            }

            if (!services.GetRequiredService<EnabledModules>().IsEnabled(tenant, Manifest.Value.Name))
            {
                Console.Error.WriteLine($"{tenant.Name} does not have the Search module enabled.");
                return 1;
            }

            using var _ = TenantScope.Enter(tenant);
            await using var scope = services.CreateAsyncScope();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var count = await scope.ServiceProvider.GetRequiredService<SearchService>().RebuildAsync(cancellationToken);
            Console.WriteLine($"Rebuilt {tenant.Name}'s index: {count} entries in {watch.Elapsed.TotalSeconds:0.0} s.");
            return 0;
        });

        search.Subcommands.Add(analyze);
        search.Subcommands.Add(rebuild);
        root.Subcommands.Add(search);
    }
}
