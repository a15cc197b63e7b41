using Psqm.Core.Modules;

namespace Psqm.Modules.Content;

public static class Manifest
{
    public static readonly ModuleManifest Value = new("Content", "Versioned bilingual content items, media and taxonomies, and the editor that keeps them.");
}
