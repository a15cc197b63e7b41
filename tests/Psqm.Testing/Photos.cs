using System.Buffers.Binary;
using SkiaSharp;

namespace Psqm.Testing;

/// <summary>Images as cameras and phones write them, made in the test: EXIF orientation and GPS, or a header alone.</summary>
public static class Photos
{
    /// <summary>A landscape JPEG, red on the left half and blue on the right.</summary>
    public static byte[] Jpeg(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Blue);
            using var red = new SKPaint { Color = SKColors.Red };
            canvas.DrawRect(0, 0, width / 2f, height, red);
        }

        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Jpeg, 95).ToArray();
    }

    /// <summary>A PNG of one colour, as a drawing or a screenshot is saved.</summary>
    public static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.Green);
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }

    /// <summary>The JPEG with an EXIF segment after its JFIF one: the orientation, and a GPS latitude of 51° 30' N.</summary>
    public static byte[] WithExif(byte[] jpeg, ushort orientation)
    {
        var tiff = new byte[92];
        var t = tiff.AsSpan();
        "II"u8.CopyTo(t);
        BinaryPrimitives.WriteUInt16LittleEndian(t[2..], 42);
        BinaryPrimitives.WriteUInt32LittleEndian(t[4..], 8);
        Entries(t[8..], [(0x0112, 3, 1, orientation), (0x8825, 4, 1, 38)]);
        Entries(t[38..], [(0x0001, 2, 2, 'N'), (0x0002, 5, 3, 68)]);
        foreach (var (i, value) in new[] { (0, 51u), (1, 30u), (2, 0u) })
        {
            BinaryPrimitives.WriteUInt32LittleEndian(t[(68 + (i * 8))..], value);
            BinaryPrimitives.WriteUInt32LittleEndian(t[(72 + (i * 8))..], 1);
        }

        byte[] app1 = [0xFF, 0xE1, 0, 0, .. "Exif\0\0"u8, .. tiff];
        BinaryPrimitives.WriteUInt16BigEndian(app1.AsSpan(2), (ushort)(app1.Length - 2));

        // After SOI and the APP0 (JFIF) segment that follows it.
        var at = 2 + 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(4));
        return [.. jpeg.AsSpan(0, at), .. app1, .. jpeg.AsSpan(at)];
    }

    // An IFD of the given entries (tag, type, count, value or offset) and no next IFD.
    private static void Entries(Span<byte> ifd, (ushort Tag, ushort Type, uint Count, uint Value)[] entries)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(ifd, (ushort)entries.Length);
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = ifd[(2 + (i * 12))..];
            BinaryPrimitives.WriteUInt16LittleEndian(entry, entries[i].Tag);
            BinaryPrimitives.WriteUInt16LittleEndian(entry[2..], entries[i].Type);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[4..], entries[i].Count);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[8..], entries[i].Value);
        }

        BinaryPrimitives.WriteUInt32LittleEndian(ifd[(2 + (entries.Length * 12))..], 0);
    }

    /// <summary>A PNG that says it is of the given size, with no picture data: a decoder reads the size, then gives up.</summary>
    public static byte[] PngHeader(int width, int height)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 2;
        byte[] png = [0x89, .. "PNG\r\n\u001a\n"u8, .. Chunk("IHDR", header), .. Chunk("IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]), .. Chunk("IEND", [])];
        return png;
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        byte[] typed = [.. System.Text.Encoding.ASCII.GetBytes(type), .. data];
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        typed.CopyTo(chunk, 4);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc(typed));
        return chunk;
    }

    private static uint Crc(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return crc ^ 0xFFFFFFFFu;
    }
}
