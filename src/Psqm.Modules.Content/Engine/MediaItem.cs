namespace Psqm.Modules.Content.Engine;

/// <summary>An uploaded image or document, stored in the tenant's media folder under a generated name.</summary>
[Psqm.Core.Caching.ShownOnPublicPages]
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

    /// <summary>The widths of an image's narrower copies, comma-separated ("320,640"), each in WebP and the fallback format.</summary>
    public string? Variants { get; set; }

    public IReadOnlyList<int> Widths =>
        string.IsNullOrEmpty(Variants) ? [] : Variants.Split(',').Select(w => int.Parse(w, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    /// <summary>The name of the copy of a width in a format (".webp", or the fallback's extension).</summary>
    public string VariantName(int width, string extension) => Path.GetFileNameWithoutExtension(FileName) + "-" + width.ToString(System.Globalization.CultureInfo.InvariantCulture) + extension;

    /// <summary>What browsers without WebP get: JPEG for a photograph, PNG for an image that may be transparent.</summary>
    public static string FallbackExtension(string mediaType) => mediaType == "image/jpeg" ? ".jpg" : ".png";

    /// <summary>Its narrower copies, each width in WebP and in the fallback format: their names and media types.</summary>
    public IEnumerable<(string Name, string MediaType)> Copies => Widths.SelectMany(w => new[]
    {
        (VariantName(w, ".webp"), "image/webp"),
        (VariantName(w, FallbackExtension(MediaType)), MediaType == "image/jpeg" ? "image/jpeg" : "image/png"),
    });

    /// <summary>Shown as written again, so the upload itself is kept apart for editors.</summary>
    public bool KeepsUpload => Width is not null && ImageFiles.Rewrites(MediaType);

    /// <summary>What a list shows of it: the smallest copy, or the image itself when it has none.</summary>
    public string Thumbnail => Widths.Count > 0 ? VariantName(Widths[0], FallbackExtension(MediaType)) : FileName;

    public string UploadedBy { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public bool IsImage => MediaType.StartsWith("image/", StringComparison.Ordinal);

    public string Alt(string language) =>
        AltText.TryGetValue(language, out var text) && text.Length > 0 ? text : AltText.Values.FirstOrDefault(v => v.Length > 0) ?? "";
}
