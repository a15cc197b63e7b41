namespace Psqm.Modules.CaseStudies;

/// <summary>Case studies are edited with the content permissions; this module declares none of its own.</summary>
public static class Permissions
{
}
