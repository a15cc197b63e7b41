namespace Psqm.Modules.Content.Engine;

public enum FieldKind
{
    Text,
    TextArea,
    Markdown,
    Date,
    Term,
    Terms,
    Images,

    /// <summary>One of a fixed set of values (<see cref="FieldDefinition.Choices"/>).</summary>
    Choice,

    /// <summary>A web address (http or https).</summary>
    Url,

    /// <summary>One document, audio or video file from the media library.</summary>
    File,

    /// <summary>A moment, typed in the tenant's time zone and stored in UTC as <see cref="FieldDefinition.UtcFormat"/>.</summary>
    DateTime,

    /// <summary>A whole number from <see cref="FieldDefinition.Min"/> to <see cref="FieldDefinition.Max"/>.</summary>
    Number,
}

/// <summary>One typed field of a content type; the editor, validation and storage all follow it.</summary>
public sealed record FieldDefinition(string Name, string Label, FieldKind Kind)
{
    public bool Required { get; init; }

    /// <summary>How a <see cref="FieldKind.DateTime"/> value is stored.</summary>
    public const string UtcFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public int MaxLength { get; init; } = 500;

    public int Min { get; init; }

    public int Max { get; init; } = 100_000;

    /// <summary>For <see cref="FieldKind.Term"/> and <see cref="FieldKind.Terms"/>: which taxonomy the values come from.</summary>
    public string? Taxonomy { get; init; }

    public string? Hint { get; init; }

    /// <summary>For <see cref="FieldKind.Choice"/>: stored value to its English label, in display order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Choices { get; init; } = [];
}

/// <summary>A kind of content (case study, page, resource...): its fields and the public page that shows it.</summary>
public sealed record ContentTypeDefinition(string Name, string DisplayName, string Module)
{
    /// <summary>The field that names the hub an item belongs to, on types hub leaders publish.</summary>
    public const string HubField = "hub";

    public IReadOnlyList<FieldDefinition> Fields { get; init; } = [];

    /// <summary>The Razor Page that shows one published item, taking a <c>slug</c> route value.</summary>
    public string? DetailPage { get; init; }

    /// <summary>Checks across fields ("a file or a link"), each with the field its message belongs to.</summary>
    public IReadOnlyList<ContentRule> Rules { get; init; } = [];

    /// <summary>Whether a published item is for signed-in programme members only; by default nothing is.</summary>
    public Func<ContentItem, bool> MembersOnly { get; init; } = static _ => false;

    /// <summary>Hub leaders may write and publish items of this type for their own hub.</summary>
    public bool HubScoped => Fields.Any(f => f.Name == HubField);
}

/// <summary>A rule over several fields: when <see cref="Holds"/> is false, <see cref="Message"/> (English, translated when shown) goes beside <see cref="Field"/>.</summary>
public sealed record ContentRule(string Field, string Message, Func<IReadOnlyDictionary<string, string[]>, bool> Holds);

public interface IContentTypeProvider
{
    IEnumerable<ContentTypeDefinition> ContentTypes();
}

public sealed class ContentTypes(IEnumerable<IContentTypeProvider> providers)
{
    private readonly Dictionary<string, ContentTypeDefinition> _types =
        providers.SelectMany(p => p.ContentTypes()).ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);

    public IEnumerable<ContentTypeDefinition> All => _types.Values;

    public ContentTypeDefinition? Find(string name) => _types.GetValueOrDefault(name);
}
