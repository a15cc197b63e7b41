using Psqm.Modules.Content.Engine;

namespace Psqm.Modules.Content.Pages.Admin.Content;

/// <summary>What the field partial needs to draw one field of the editor.</summary>
public sealed record FieldView(
    FieldDefinition Field,
    IReadOnlyList<string> Values,
    IReadOnlyList<TaxonomyTerm> Terms,
    IReadOnlyList<MediaItem> Media,
    string? Preview,
    string? Error,
    string Language,
    TimeZoneInfo Zone)
{
    public string Name => ContentForm.Prefix + Field.Name;

    public string Id => "Fields_" + Field.Name;

    public string Value => Values.Count == 0 ? "" : Field.Kind == FieldKind.DateTime ? ContentForm.ToLocal(Values[0], Zone) : Values[0];

    public IReadOnlyList<MediaItem> Images => Media.Where(m => m.IsImage).ToList();

    public IReadOnlyList<MediaItem> Files => Media.Where(m => !m.IsImage).ToList();
}
