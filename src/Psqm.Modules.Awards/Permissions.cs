namespace Psqm.Modules.Awards;

/// <summary>The directory is public; awards are made by the programme modules that come later.</summary>
public static class Permissions
{
}
