using System.CommandLine;

namespace Psqm.Core.Modules;

/// <summary>A module's command-line verbs. They run in the built host without starting the web server.</summary>
public interface ICommandLineContributor
{
    void AddCommands(RootCommand root, IServiceProvider services);
}
