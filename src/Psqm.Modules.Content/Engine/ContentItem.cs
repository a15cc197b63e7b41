namespace Psqm.Modules.Content.Engine;

/// <summary>
/// One version of a content item. The item is every row with the same <see cref="ContentItemId"/>; its Welsh and
/// English items share a <see cref="LocalizationSet"/>. Exactly one row is <see cref="Latest"/>; at most one is
/// <see cref="Published"/>.
/// </summary>
public sealed class ContentItem
{
    public int Id { get; set; }

    public string ContentItemId { get; set; } = "";

    public string ContentType { get; set; } = "";

    /// <summary>Two-letter language of this item: "en" or "cy".</summary>
    public string Culture { get; set; } = "en";

    public string LocalizationSet { get; set; } = "";

    public int Version { get; set; }

    public bool Latest { get; set; }

    public bool Published { get; set; }

    public bool Deleted { get; set; }

    public string Title { get; set; } = "";

    public string Slug { get; set; } = "";

    /// <summary>Every typed field as a list of strings (one for single values), by field name.</summary>
    public Dictionary<string, string[]> Fields { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The hub the item belongs to, copied from its hub field so lists can filter on it; null for the whole site.</summary>
    public string? Hub { get; set; }

    /// <summary>Who created the item.</summary>
    public string Owner { get; set; } = "";

    /// <summary>Who made this version.</summary>
    public string Author { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public DateTime ModifiedUtc { get; set; }

    public DateTime? PublishedUtc { get; set; }

    public string Field(string name) => Fields.TryGetValue(name, out var values) && values.Length > 0 ? values[0] : "";

    public IReadOnlyList<string> FieldValues(string name) => Fields.TryGetValue(name, out var values) ? values : [];
}
