using Psqm.Core.Modules;

namespace Psqm.Modules.Enquiries;

public static class Manifest
{
    public static readonly ModuleManifest Value = new("Enquiries", "Schools register interest in a quality mark; the right hub leader follows it up from an inbox.")
    {
        WelshRoutes = new Dictionary<string, string>
        {
            ["/RegisterInterest/Index"] = "cofrestru-diddordeb",
            ["/RegisterInterest/Thanks"] = "cofrestru-diddordeb/diolch",
            ["/Hubs/Contact"] = "hybiau/cysylltu/{hub}",
        },
    };
}
