namespace Psqm.Theme;

/// <summary>The theme serves public frame pages only; it declares no permissions.</summary>
public static class Permissions
{
}
