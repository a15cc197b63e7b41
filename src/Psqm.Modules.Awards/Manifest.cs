using Psqm.Core.Modules;

namespace Psqm.Modules.Awards;

public static class Manifest
{
    public static readonly ModuleManifest Value = new("Awards", "Schools holding a quality mark: the public directory of current awards.")
    {
        Dependencies = ["Content"],
        WelshRoutes = new Dictionary<string, string> { ["/AwardHolders/Index"] = "deiliaid-gwobrau" },
    };
}
