using Psqm.Core.Modules;

namespace Psqm.Modules.Awards;

public static class Manifest
{
    public static readonly ModuleManifest Value = new("Awards", "Schools holding a quality mark: the public directory of current awards, their certificates and the public check of a certificate's code.")
    {
        Dependencies = ["Content"],
        WelshRoutes = new Dictionary<string, string>
        {
            ["/AwardHolders/Index"] = "deiliaid-gwobrau",
            ["/Awards/Verify"] = "gwobrau/gwirio/{code?}",
            ["/Awards/Certificate"] = "gwobrau/tystysgrifau/{code}",
        },
    };
}
