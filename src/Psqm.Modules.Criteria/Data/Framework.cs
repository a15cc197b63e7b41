namespace Psqm.Modules.Criteria.Data;

/// <summary>A criteria framework (PSQM, Basic Skills...): its levels and aims, with its criteria in their own table.</summary>
public sealed class Framework
{
    public string Key { get; set; } = "";

    public string NameEn { get; set; } = "";

    public string NameCy { get; set; } = "";

    public int Order { get; set; }

    public List<FrameworkLevel> Levels { get; set; } = [];

    public List<FrameworkAim> Aims { get; set; } = [];

    public string Name(string language) => language == "cy" && NameCy.Length > 0 ? NameCy : NameEn;
}

public sealed class FrameworkLevel
{
    public string Key { get; set; } = "";

    public string En { get; set; } = "";

    public string Cy { get; set; } = "";

    public string DescEn { get; set; } = "";

    public string DescCy { get; set; } = "";

    /// <summary>The most words a school may write in its reflection on one criterion of this level.</summary>
    public int ReflectionWords { get; set; } = 500;

    public string Name(string language) => language == "cy" && Cy.Length > 0 ? Cy : En;

    public string Description(string language) => language == "cy" && DescCy.Length > 0 ? DescCy : DescEn;
}

public sealed class FrameworkAim
{
    public string Key { get; set; } = "";

    public string En { get; set; } = "";

    public string Cy { get; set; } = "";

    /// <summary>The levels the aim applies to; empty for all.</summary>
    public List<string> Levels { get; set; } = [];

    public string Name(string language) => language == "cy" && Cy.Length > 0 ? Cy : En;

    public bool AppliesTo(string level) => Levels.Count == 0 || Levels.Contains(level);
}

public sealed class Criterion
{
    public int Id { get; set; }

    public string FrameworkKey { get; set; } = "";

    public string LevelKey { get; set; } = "";

    public string AimKey { get; set; } = "";

    /// <summary>The criterion's number within its level, as schools refer to it.</summary>
    public int Number { get; set; }

    public string TextEn { get; set; } = "";

    public string TextCy { get; set; } = "";

    public string GuidanceEn { get; set; } = "";

    public string GuidanceCy { get; set; } = "";

    public string Text(string language) => language == "cy" && TextCy.Length > 0 ? TextCy : TextEn;

    public string Guidance(string language) => language == "cy" && GuidanceCy.Length > 0 ? GuidanceCy : GuidanceEn;
}
