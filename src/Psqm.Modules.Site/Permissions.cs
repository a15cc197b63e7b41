namespace Psqm.Modules.Site;

/// <summary>Every page of this module is public; it declares no permissions.</summary>
public static class Permissions
{
}
