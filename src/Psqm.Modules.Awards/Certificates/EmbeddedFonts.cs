using PdfSharp.Fonts;

namespace Psqm.Modules.Awards.Certificates;

/// <summary>
/// Gives PDFsharp the DejaVu Sans faces built into this assembly, so a certificate looks the same on every machine
/// (no system fonts needed) and has every Welsh letter (ŵ, ŷ, â...).
/// </summary>
internal sealed class EmbeddedFonts : IFontResolver
{
    public const string Family = "Certificate Sans";

    private static readonly Lazy<byte[]> Regular = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<byte[]> Bold = new(() => Load("DejaVuSans-Bold.ttf"));

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "DejaVuSans-Bold" : "DejaVuSans", mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[]? GetFont(string faceName) => faceName == "DejaVuSans-Bold" ? Bold.Value : Regular.Value;

    private static byte[] Load(string file)
    {
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream("Psqm.Fonts." + file)
            ?? throw new InvalidOperationException($"The font {file} is not built into the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
