using Psqm.Core.Modules;

namespace Psqm.Modules.Site;

public static class Manifest
{
    public static readonly ModuleManifest Value = new("Site", "The public frame pages: home, contact, accessibility statement and privacy notice.")
    {
        AlwaysEnabled = true,
        WelshRoutes = new Dictionary<string, string>
        {
            ["/Accessibility"] = "hygyrchedd",
            ["/Privacy"] = "preifatrwydd",
            ["/Contact"] = "cysylltu",
            ["/QualityMarks"] = "marciau-ansawdd",
            ["/Process"] = "y-broses",
            ["/Hubs"] = "hybiau",
        },
    };
}
