using Psqm.Core.Modules;

namespace Psqm.Modules.Programme;

public static class Manifest
{
    public static readonly ModuleManifest Value = new("Programme", "Schools, rounds and enrolments, and each school's year: audit, target level, action plan, evidence and reflections, and its hub leader's view.")
    {
        Dependencies = ["Criteria", "Workflows", "Awards"],
        WelshRoutes = new Dictionary<string, string>
        {
            ["/MySchool/Index"] = "fy-ysgol",
            ["/MySchool/Audit"] = "fy-ysgol/archwiliad",
            ["/MySchool/ActionPlan"] = "fy-ysgol/cynllun-gweithredu",
            ["/MySchool/Evidence"] = "fy-ysgol/tystiolaeth",
            ["/MySchool/EvidenceItem"] = "fy-ysgol/tystiolaeth/{id:int}",
            ["/MySchool/Reflections"] = "fy-ysgol/myfyrdodau",
            ["/MySchool/Reflection"] = "fy-ysgol/myfyrdodau/{id:int}",
            ["/MySchool/Messages"] = "fy-ysgol/negeseuon",
            ["/MySchool/Year"] = "fy-ysgol/blynyddoedd/{id:int}",
            ["/MySchool/Submission"] = "fy-ysgol/cyflwyniad",
            ["/MyHub/Index"] = "fy-hyb",
            ["/MyHub/Reviews"] = "fy-hyb/adolygiadau",
            ["/MyHub/Review"] = "fy-hyb/adolygiadau/{id:int}",
            ["/MyHub/School"] = "fy-hyb/ysgolion/{id:int}",
            ["/MyHub/ActionPlan"] = "fy-hyb/ysgolion/{id:int}/cynllun-gweithredu",
            ["/MyHub/Evidence"] = "fy-hyb/ysgolion/{id:int}/tystiolaeth",
            ["/MyHub/Reflections"] = "fy-hyb/ysgolion/{id:int}/myfyrdodau",
            ["/MyHub/Messages"] = "fy-hyb/ysgolion/{id:int}/negeseuon",
            ["/HubLeaders/Apply"] = "hybiau/ymgeisio",
            ["/HubLeaders/Thanks"] = "hybiau/ymgeisio/diolch",
        },
    };
}
