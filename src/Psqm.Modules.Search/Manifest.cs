using Psqm.Core.Modules;

namespace Psqm.Modules.Search;

public static class Manifest
{
    public static readonly ModuleManifest Value = new("Search", "Search across webinars, resources, case studies, criteria and pages, in English and Welsh.")
    {
        Dependencies = ["Content"],
        WelshRoutes = new Dictionary<string, string>
        {
            ["/Search/Index"] = "chwilio",
        },
    };
}
