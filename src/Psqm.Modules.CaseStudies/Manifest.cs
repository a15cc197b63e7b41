using Psqm.Core.Modules;

namespace Psqm.Modules.CaseStudies;

public static class Manifest
{
    public static readonly ModuleManifest Value = new("CaseStudies", "Stories of schools' impact: a public list with filters and a page for each.")
    {
        Dependencies = ["Content"],
        WelshRoutes = new Dictionary<string, string>
        {
            ["/CaseStudies/Index"] = "astudiaethau-achos",
            ["/CaseStudies/Detail"] = "astudiaethau-achos/{slug}",
        },
    };
}
