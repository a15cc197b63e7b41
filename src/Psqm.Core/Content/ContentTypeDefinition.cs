namespace Psqm.Core.Content;

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
}

/// <summary>One typed field of a content type; the editor, validation and storage all follow it.</summary>
public sealed record FieldDefinition(string Name, string Label, FieldKind Kind)
{
    public bool Required { get; init; }

    public int MaxLength { get; init; } = 500;

    /// <summary>For <see cref="FieldKind.Term"/> and <see cref="FieldKind.Terms"/>: which taxonomy the values come from.</summary>
    public string? Taxonomy { get; init; }

    public string? Hint { get; init; }

    /// <summary>For <see cref="FieldKind.Choice"/>: stored value to its English label, in display order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Choices { get; init; } = [];
}

/// <summary>A kind of content (case study, page, resource...): its fields and the public page that shows it.</summary>
public sealed record ContentTypeDefinition(string Name, string DisplayName, string Module)
{
    public IReadOnlyList<FieldDefinition> Fields { get; init; } = [];

    /// <summary>The Razor Page that shows one published item, taking a <c>slug</c> route value.</summary>
    public string? DetailPage { get; init; }

    /// <summary>Checks across fields ("a file or a link"), each with the field its message belongs to.</summary>
    public IReadOnlyList<ContentRule> Rules { get; init; } = [];
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
