namespace Psqm.Modules.Content.Engine;

/// <summary>An uploaded image or document, stored in the tenant's media folder under a generated name.</summary>
public sealed class MediaItem
{
    public int Id { get; set; }

    /// <summary>The generated file name in the media folder, also its URL: <c>/media/{FileName}</c>.</summary>
    public string FileName { get; set; } = "";

    public string OriginalName { get; set; } = "";

    public string MediaType { get; set; } = "";

    public long Length { get; set; }

    /// <summary>Alternative text per language ("en", "cy"); required for images.</summary>
    public Dictionary<string, string> AltText { get; set; } = new(StringComparer.Ordinal);

    /// <summary>An image's size as shown, upright; null for documents.</summary>
    public int? Width { get; set; }

    public int? Height { get; set; }

    public string UploadedBy { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public bool IsImage => MediaType.StartsWith("image/", StringComparison.Ordinal);

    public string Alt(string language) =>
        AltText.TryGetValue(language, out var text) && text.Length > 0 ? text : AltText.Values.FirstOrDefault(v => v.Length > 0) ?? "";
}
