using Psqm.Core.Localization;

namespace Psqm.Modules.Criteria.Data;

/// <summary>A criteria framework (PSQM, Basic Skills...): its levels and aims, with its criteria in their own table.</summary>
[Psqm.Core.Caching.ShownOnPublicPages]
public sealed class Framework
{
    public string Key { get; set; } = "";

    public LocalizedText Name { get; set; } = LocalizedText.Empty;

    public int Order { get; set; }

    /// <summary>Its schools are followed by an assessor HQ assigns, not by a hub leader (Basic Skills has no hubs).</summary>
    public bool Assessed { get; set; }

    public List<FrameworkLevel> Levels { get; set; } = [];

    public List<FrameworkAim> Aims { get; set; } = [];
}

[Psqm.Core.Caching.ShownOnPublicPages]
public sealed class FrameworkLevel
{
    public string Key { get; set; } = "";

    public LocalizedText Name { get; set; } = LocalizedText.Empty;

    public LocalizedText Description { get; set; } = LocalizedText.Empty;

    /// <summary>The most words a school may write in its reflection on one criterion of this level.</summary>
    public int ReflectionWords { get; set; } = 500;
}

[Psqm.Core.Caching.ShownOnPublicPages]
public sealed class FrameworkAim
{
    public string Key { get; set; } = "";

    public LocalizedText Name { get; set; } = LocalizedText.Empty;

    /// <summary>The levels the aim applies to; empty for all.</summary>
    public List<string> Levels { get; set; } = [];

    public bool AppliesTo(string level) => Levels.Count == 0 || Levels.Contains(level);
}

[Psqm.Core.Caching.ShownOnPublicPages]
public sealed class Criterion
{
    public int Id { get; set; }

    public string FrameworkKey { get; set; } = "";

    public string LevelKey { get; set; } = "";

    public string AimKey { get; set; } = "";

    /// <summary>The criterion's number within its level, as schools refer to it.</summary>
    public int Number { get; set; }

    public LocalizedText Text { get; set; } = LocalizedText.Empty;

    public LocalizedText Guidance { get; set; } = LocalizedText.Empty;
}
