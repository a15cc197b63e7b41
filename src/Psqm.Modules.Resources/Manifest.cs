using Psqm.Core.Modules;

namespace Psqm.Modules.Resources;

public static class Manifest
{
    public static readonly ModuleManifest Value = new("Resources", "Professional development resources: documents, recordings and links, public or for programme members.")
    {
        Dependencies = ["Content"],
        WelshRoutes = new Dictionary<string, string>
        {
            ["/Resources/Index"] = "adnoddau",
            ["/Resources/Detail"] = "adnoddau/{slug}",
        },
    };
}
