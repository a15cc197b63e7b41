using Psqm.Core.Modules;

namespace Psqm.Theme;

public static class Manifest
{
    public static readonly ModuleManifest Value = new("Theme", "The site frame: layout, header, footer, language switch and error pages.")
    {
        AlwaysEnabled = true,
    };
}
