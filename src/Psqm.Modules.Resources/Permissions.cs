namespace Psqm.Modules.Resources;

/// <summary>Resources are edited with the content permissions for now; hub-scoped editing comes with hubs.</summary>
public static class Permissions
{
}
