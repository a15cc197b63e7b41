using Psqm.Core.Modules;

namespace Psqm.Modules.Programme;

public static class Manifest
{
    public static readonly ModuleManifest Value = new("Programme", "Schools, rounds and enrolments, and each school's year: audit, target level and its hub leader's view.")
    {
        Dependencies = ["Criteria"],
        WelshRoutes = new Dictionary<string, string>
        {
            ["/MySchool/Index"] = "fy-ysgol",
            ["/MySchool/Audit"] = "fy-ysgol/archwiliad",
            ["/MySchool/ActionPlan"] = "fy-ysgol/cynllun-gweithredu",
            ["/MyHub/Index"] = "fy-hyb",
            ["/MyHub/School"] = "fy-hyb/ysgolion/{id:int}",
            ["/MyHub/ActionPlan"] = "fy-hyb/ysgolion/{id:int}/cynllun-gweithredu",
        },
    };
}
