namespace Psqm.Core.Modules;

/// <summary>What a module is called, what it needs, and the Welsh route words of its pages.</summary>
public sealed record ModuleManifest(string Name, string Description)
{
    public IReadOnlyList<string> Dependencies { get; init; } = [];

    /// <summary>Always on for every tenant (the frame the other modules need); cannot be disabled.</summary>
    public bool AlwaysEnabled { get; init; }

    /// <summary>Page name (e.g. <c>/Accessibility</c>) to its Welsh route template (e.g. <c>hygyrchedd</c>).</summary>
    public IReadOnlyDictionary<string, string> WelshRoutes { get; init; } = new Dictionary<string, string>();
}
