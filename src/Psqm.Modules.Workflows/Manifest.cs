using Psqm.Core.Modules;

namespace Psqm.Modules.Workflows;

public static class Manifest
{
    public static readonly ModuleManifest Value = new("Workflows", "Processes as data: definitions of states and transitions, each instance's history, and the diagram of each.");
}
