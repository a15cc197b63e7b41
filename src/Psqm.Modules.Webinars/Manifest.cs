using Psqm.Core.Modules;

namespace Psqm.Modules.Webinars;

public static class Manifest
{
    public static readonly ModuleManifest Value = new("Webinars", "Webinars and training days: times in each viewer's zone, registration with a waiting list, reminders and a calendar feed.")
    {
        Dependencies = ["Content"],
        WelshRoutes = new Dictionary<string, string>
        {
            ["/Webinars/Index"] = "gweminarau",
            ["/Webinars/Detail"] = "gweminarau/{slug}",
            ["/Webinars/Cancel"] = "gweminarau/canslo/{token}",
        },
    };
}
