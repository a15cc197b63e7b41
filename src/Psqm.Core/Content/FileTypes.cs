namespace Psqm.Core.Content;

/// <summary>What a file really is, from its first bytes; the name it was uploaded with proves nothing.</summary>
public static class FileTypes
{
    public sealed record Detected(string MediaType, string Extension);

    public const int HeaderLength = 16;

    public static Detected? Detect(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return new("image/png", ".png");
        }

        if (header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return new("image/jpeg", ".jpg");
        }

        if (header.StartsWith("GIF87a"u8) || header.StartsWith("GIF89a"u8))
        {
            return new("image/gif", ".gif");
        }

        if (header.Length >= 12 && header.StartsWith("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8))
        {
            return new("image/webp", ".webp");
        }

        if (header.StartsWith("%PDF-"u8))
        {
            return new("application/pdf", ".pdf");
        }

        return null;
    }
}
