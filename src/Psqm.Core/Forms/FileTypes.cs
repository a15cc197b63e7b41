using System.Text;

namespace Psqm.Core.Forms;

/// <summary>What a file really is, from its first bytes; the name it was uploaded with proves nothing.</summary>
public static class FileTypes
{
    public sealed record Detected(string MediaType, string Extension);

    /// <summary>Enough of the start of a file to recognise it, including the first entries of an Office (zip) file.</summary>
    public const int HeaderLength = 8192;

    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <param name="header">The first bytes of the file.</param>
    /// <param name="fileName">Only consulted to tell apart formats whose bytes look alike (old Word, Excel and PowerPoint files).</param>
    public static Detected? Detect(ReadOnlySpan<byte> header, string fileName = "")
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

        if (header.Length >= 12 && header.StartsWith("RIFF"u8))
        {
            return header[8..12].SequenceEqual("WEBP"u8) ? new("image/webp", ".webp")
                : header[8..12].SequenceEqual("WAVE"u8) ? new("audio/wav", ".wav")
                : null;
        }

        if (header.StartsWith("%PDF-"u8))
        {
            return new("application/pdf", ".pdf");
        }

        if (header.StartsWith("PK\u0003\u0004"u8))
        {
            return OfficeOpenXml(header);
        }

        if (header.StartsWith(Ole))
        {
            return Path.GetExtension(fileName).ToLowerInvariant() switch
            {
                ".doc" => new("application/msword", ".doc"),
                ".xls" => new("application/vnd.ms-excel", ".xls"),
                ".ppt" => new("application/vnd.ms-powerpoint", ".ppt"),
                _ => null,
            };
        }

        if (header.StartsWith("ID3"u8) || (header.Length > 1 && header[0] == 0xFF && (header[1] & 0xE0) == 0xE0))
        {
            return new("audio/mpeg", ".mp3");
        }

        if (header.Length >= 8 && header[4..8].SequenceEqual("ftyp"u8))
        {
            return header.Length >= 12 && header[8..12].SequenceEqual("M4A "u8) ? new("audio/mp4", ".m4a") : new("video/mp4", ".mp4");
        }

        if (header.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3]))
        {
            return new("video/webm", ".webm");
        }

        return header.StartsWith("OggS"u8) ? new("audio/ogg", ".ogg") : null;
    }

    /// <summary>The name a file is offered under: the uploaded name without its folders, or a plain one of its real type.</summary>
    public static string SafeName(string originalName, Detected type) =>
        Path.GetFileName(originalName).Trim() is { Length: > 0 } name ? name[..Math.Min(name.Length, 255)] : "upload" + type.Extension;

    public static bool IsImage(Detected type) => type.MediaType.StartsWith("image/", StringComparison.Ordinal);

    // A zip is an Office document when its first entries name the parts Word, Excel or PowerPoint write first.
    private static Detected? OfficeOpenXml(ReadOnlySpan<byte> header)
    {
        var text = Encoding.ASCII.GetString(header);
        if (!text.Contains("[Content_Types].xml", StringComparison.Ordinal))
        {
            return null;
        }

        return text.Contains("word/", StringComparison.Ordinal) ? new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx")
            : text.Contains("xl/", StringComparison.Ordinal) ? new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx")
            : text.Contains("ppt/", StringComparison.Ordinal) ? new("application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx")
            : null;
    }
}
