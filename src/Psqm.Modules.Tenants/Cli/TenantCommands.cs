using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Modules;
using Psqm.Core.Tenancy;

namespace Psqm.Modules.Tenants.Cli;

/// <summary><c>tenants list|create|disable|enable</c>: the admin page's operations for operators and scripts.</summary>
public sealed class TenantCommands : ICommandLineContributor
{
    public void AddCommands(RootCommand root, IServiceProvider services)
    {
        var tenants = new Command("tenants", "List, create, disable and enable tenant sites.");

        var list = new Command("list", "List the tenants with their state and address.");
        list.SetAction(_ =>
        {
            var registry = services.GetRequiredService<TenantRegistry>();
            var urls = services.GetRequiredService<TenantUrls>();
            Console.WriteLine($"{"NAME",-16} {"STATE",-14} {"ADDRESS",-36} {"LANGUAGES",-14} RECIPE");
            foreach (var t in registry.All)
            {
                var address = urls.BaseUrl(t);
                Console.WriteLine($"{t.Name,-16} {t.State,-14} {address,-36} {string.Join(",", t.Record.Site.Cultures),-14} {t.Record.Recipe}");
            }

            return 0;
        });

        var nameOption = new Option<string>("--name") { Description = "The tenant's name, letters and digits.", Required = true };
        var prefixOption = new Option<string>("--prefix") { Description = "The URL prefix, e.g. scotland for /scotland.", DefaultValueFactory = _ => "" };
        var hostOption = new Option<string>("--host") { Description = "A host name of its own.", DefaultValueFactory = _ => "" };
        var urlOption = new Option<string>("--url") { Description = "Its public address instead of --prefix and --host: https://wales.example.org, https://example.org/wales or /wales.", DefaultValueFactory = _ => "" };
        var recipeOption = new Option<string>("--recipe") { Description = "The recipe to set it up from, e.g. england.", Required = true };
        var create = new Command("create", "Create a tenant and set it up from a recipe.") { nameOption, prefixOption, hostOption, urlOption, recipeOption };
        create.SetAction(async (result, cancellationToken) =>
        {
            var name = result.GetValue(nameOption)!;
            var prefix = result.GetValue(prefixOption) ?? "";
            var host = result.GetValue(hostOption) ?? "";
            var recipe = result.GetValue(recipeOption)!;
            var baseUrl = TenantAddress.BaseUrlForHost(host);
            if (result.GetValue(urlOption) is { Length: > 0 } url)
            {
                if (!TenantAddress.TryParse(url, out var address))
                {
                    Console.Error.WriteLine($"--url: '{url}' is not an address such as https://wales.example.org or /wales.");
                    return 1;
                }

                (host, prefix, baseUrl) = (address.Host, address.UrlPrefix, address.BaseUrl);
            }

            var problems = services.GetRequiredService<TenantValidator>().Validate(name, prefix, host, recipe);
            if (problems.Count > 0)
            {
                foreach (var (field, message) in problems)
                {
                    Console.Error.WriteLine($"{field}: {message}");
                }

                return 1;
            }

            var outcome = await services.GetRequiredService<TenantShells>().CreateAsync(
                new TenantRecord { Name = name, UrlPrefix = prefix, Host = host, BaseUrl = baseUrl, Recipe = recipe }, cancellationToken);
            Console.WriteLine(outcome == TenantRegistryResult.Ok ? $"Created {name}." : $"Not created: {outcome}.");
            return outcome == TenantRegistryResult.Ok ? 0 : 1;
        });

        tenants.Subcommands.Add(list);
        tenants.Subcommands.Add(create);
        tenants.Subcommands.Add(StateCommand(services, "disable", "Close a tenant: its pages answer 503 until it is enabled.", TenantState.Disabled));
        tenants.Subcommands.Add(StateCommand(services, "enable", "Open a disabled tenant again.", TenantState.Running));
        root.Subcommands.Add(tenants);
    }

    private static Command StateCommand(IServiceProvider services, string verb, string description, TenantState state)
    {
        var nameArgument = new Argument<string>("name") { Description = "The tenant's name." };
        var command = new Command(verb, description) { nameArgument };
        command.SetAction(async (result, cancellationToken) =>
        {
            var name = result.GetValue(nameArgument)!;
            var outcome = await services.GetRequiredService<TenantShells>().SetStateAsync(name, state, cancellationToken: cancellationToken);
            Console.WriteLine(outcome == TenantRegistryResult.Ok ? $"{name} is now {state}." : $"{name} was not changed: {outcome}.");
            return outcome == TenantRegistryResult.Ok ? 0 : 1;
        });
        return command;
    }
}
