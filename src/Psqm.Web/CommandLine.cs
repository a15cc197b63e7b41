using System.CommandLine;
using Psqm.Core.Modules;
using Psqm.Core.Tenancy;

namespace Psqm.Web;

/// <summary>
/// The executable's verbs (<c>tenants</c>, <c>recipes</c>, and any a module adds). A verb runs in the built host,
/// after the tenants are set up, and exits without starting the web server.
/// </summary>
internal static class CommandLine
{
    private static readonly string[] Verbs = ["tenants", "recipes", "search", "users", "media", "--help", "-h", "-?", "--version"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Verbs.Contains(args[0], StringComparer.OrdinalIgnoreCase);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var root = new RootCommand("PSQM Online: run with no arguments to start the website.");
        foreach (var contributor in app.Services.GetServices<ICommandLineContributor>())
        {
            contributor.AddCommands(root, app.Services);
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count == 0 && parsed.CommandResult.Command != root)
        {
            await app.Services.GetRequiredService<TenantShells>().InitializeHostAsync();
        }

        return await parsed.InvokeAsync();
    }
}
