using Psqm.Core.Modules;

namespace Psqm.Modules.Tenants;

public static class Manifest
{
    public static readonly ModuleManifest Value = new("Tenants", "Host administration: the list of tenant sites, creating one from a recipe, disabling and enabling.");
}
