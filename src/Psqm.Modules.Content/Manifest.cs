using Psqm.Core.Modules;

namespace Psqm.Modules.Content;

public static class Manifest
{
    public static readonly ModuleManifest Value = new("Content", "Versioned bilingual content items, media and taxonomies, and the editor that keeps them, with an editor's review before a hub leader's item goes on the whole site.")
    {
        Dependencies = ["Workflows"],
    };
}
