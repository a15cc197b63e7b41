using Psqm.Core.Modules;

namespace Psqm.Modules.Criteria;

public static class Manifest
{
    public static readonly ModuleManifest Value = new("Criteria", "The criteria frameworks of the quality marks, by level and aim, in both languages.")
    {
        WelshRoutes = new Dictionary<string, string> { ["/Criteria/Index"] = "meini-prawf" },
    };
}
