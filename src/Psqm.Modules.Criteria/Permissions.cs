namespace Psqm.Modules.Criteria;

/// <summary>Frameworks are public and set by recipe; this module declares no permissions yet.</summary>
public static class Permissions
{
}
