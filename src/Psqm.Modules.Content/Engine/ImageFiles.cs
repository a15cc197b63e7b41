using Psqm.Core.Forms;
using SkiaSharp;

namespace Psqm.Modules.Content.Engine;

public enum ImageCheck
{
    Ok,
    Undecodable,
    TooManyPixels,
}

/// <summary>
/// What an uploaded image becomes before anyone sees it: decoded (so a file that only looks like an image is refused),
/// turned upright as the camera recorded, and written again without its metadata, as a phone's photo carries where
/// it was taken. The upload itself is kept apart for editors.
/// </summary>
public static class ImageFiles
{
    private const int Quality = 85;

    /// <summary>The widths an image is also written at, smallest first; never wider than the image itself.</summary>
    public static readonly int[] VariantWidths = [320, 640, 1280];

    /// <summary>
    /// Checks the image in <paramref name="upload"/>, writes what is shown to <paramref name="shown"/> (unless null, or
    /// a GIF, which is kept as it came), and writes its narrower copies in WebP and in the fallback format of
    /// <see cref="MediaItem.FallbackExtension"/> to the paths <paramref name="variant"/> names for a width and an
    /// extension (none when it is null). Its size as shown, and the widths written.
    /// </summary>
    public static (ImageCheck Check, int Width, int Height, int[] Widths) Prepare(
        Stream upload, string mediaType, long maxPixels, string? shown, Func<int, string, string>? variant)
    {
        using var codec = SKCodec.Create(upload);
        if (codec is null)
        {
            return (ImageCheck.Undecodable, 0, 0, []);
        }

        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if ((long)width * height > maxPixels)
        {
            return (ImageCheck.TooManyPixels, 0, 0, []);
        }

        using var decoded = SKBitmap.Decode(codec, codec.Info.WithColorType(SKColorType.Rgba8888).WithAlphaType(codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul));
        if (decoded is null)
        {
            return (ImageCheck.Undecodable, 0, 0, []);
        }

        if (Format(mediaType) is not { } format)
        {
            return (ImageCheck.Ok, width, height, []);
        }

        using var upright = Upright(decoded, codec.EncodedOrigin);
        if (shown is not null && !Write(upright, format, shown))
        {
            return (ImageCheck.Undecodable, 0, 0, []);
        }

        var fallback = MediaItem.FallbackExtension(mediaType) == ".jpg" ? SKEncodedImageFormat.Jpeg : SKEncodedImageFormat.Png;
        var widths = variant is null ? [] : VariantWidths.Where(w => w < upright.Width).ToArray();
        foreach (var w in widths)
        {
            var h = Math.Max(1, (int)Math.Round((double)upright.Height * w / upright.Width));
            using var smaller = upright.Resize(upright.Info.WithSize(w, h), new SKSamplingOptions(SKCubicResampler.Mitchell));
            Write(smaller, SKEncodedImageFormat.Webp, variant!(w, ".webp"));
            Write(smaller, fallback, variant!(w, MediaItem.FallbackExtension(mediaType)));
        }

        return (ImageCheck.Ok, upright.Width, upright.Height, widths);
    }

    /// <summary>
    /// Writes an accepted upload that is a photo again, upright and without its metadata, in place of what was sent:
    /// for files kept as they come (evidence, message attachments), which hub leaders, reviewers and HQ open too. Other
    /// files are left as they came. <paramref name="folder"/> is the upload's own, so taking its place is a rename.
    /// </summary>
    public static ImageCheck Clean(StagedFile file, string folder, long maxPixels)
    {
        if (file.Type is not { } type || Format(type.MediaType) is null)
        {
            return ImageCheck.Ok;
        }

        var shown = Path.Combine(folder, "." + Guid.NewGuid().ToString("N") + ".shown");
        ImageCheck check;
        using (var upload = file.OpenRead())
        {
            check = Prepare(upload, type.MediaType, maxPixels, shown, variant: null).Check;
        }

        if (check == ImageCheck.Ok)
        {
            file.Replace(shown);
        }
        else
        {
            File.Delete(shown);
        }

        return check;
    }

    private static bool Write(SKBitmap bitmap, SKEncodedImageFormat format, string path)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, Quality);
        if (data is null)
        {
            return false;
        }

        using var file = File.Create(path);
        data.SaveTo(file);
        return true;
    }

    /// <summary>
    /// Whether an image of the type is written again (and its upload kept apart). An animated GIF would lose its frames,
    /// and GIF has no place for a camera's metadata: it is kept as it came.
    /// </summary>
    public static bool Rewrites(string mediaType) => Format(mediaType) is not null;

    private static SKEncodedImageFormat? Format(string mediaType) => mediaType switch
    {
        "image/jpeg" => SKEncodedImageFormat.Jpeg,
        "image/png" => SKEncodedImageFormat.Png,
        "image/webp" => SKEncodedImageFormat.Webp,
        _ => null,
    };

    // The picture as it should be seen: EXIF's eight orientations, each a turn and perhaps a mirror of the stored pixels.
    private static SKBitmap Upright(SKBitmap source, SKEncodedOrigin origin)
    {
        var (w, h) = (source.Width, source.Height);
        var turned = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

        // Where each stored pixel goes: x' = ScaleX·x + SkewX·y + TransX, y' = SkewY·x + ScaleY·y + TransY.
        var matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
            _ => SKMatrix.Identity,
        };

        var result = new SKBitmap(source.Info.WithSize(turned ? h : w, turned ? w : h));
        using var canvas = new SKCanvas(result);
        canvas.SetMatrix(matrix);
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, SKSamplingOptions.Default);
        return result;
    }
}
