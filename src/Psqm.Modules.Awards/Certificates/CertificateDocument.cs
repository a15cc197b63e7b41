using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using QRCoder;

namespace Psqm.Modules.Awards.Certificates;

/// <summary>A certificate's words in one language.</summary>
public sealed record CertificateSide(string Language, string SiteName, string Title, string Intro, string Awarded, string Level, string Round, string Dates, string CodeLabel, string Check);

/// <summary>What a certificate shows: the school, the words in each of the tenant's languages, and how to check it.</summary>
public sealed record CertificateContent(string SchoolName, string Code, string VerifyUrl, IReadOnlyList<CertificateSide> Sides);

/// <summary>
/// Draws a certificate on one A4 landscape page: one column per language (Welsh and English side by side on the
/// bilingual tenant), then the verification code with a QR code of the address that checks it. Fonts are embedded.
/// </summary>
public static class CertificateDocument
{
    private const double Width = 842, Height = 595, Margin = 60, Gap = 30;
    private static readonly XColor Accent = XColor.FromArgb(0, 112, 60);
    private static readonly Lock FontGate = new();

    public static byte[] Render(CertificateContent content)
    {
        UseEmbeddedFonts();
        using var document = new PdfDocument();
        document.Info.Title = $"{content.SchoolName}: {string.Join(" / ", content.Sides.Select(s => s.Title))}";
        document.Info.Subject = content.Code;
        document.Language = content.Sides[0].Language;
        var page = document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Landscape;
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            Frame(graphics);
            var columnWidth = (Width - (2 * Margin) - ((content.Sides.Count - 1) * Gap)) / content.Sides.Count;
            for (var i = 0; i < content.Sides.Count; i++)
            {
                var x = Margin + (i * (columnWidth + Gap));
                if (i > 0)
                {
                    graphics.DrawLine(new XPen(Accent, 0.75), x - (Gap / 2), 90, x - (Gap / 2), 420);
                }

                Column(graphics, content, content.Sides[i], x, columnWidth);
            }

            Verification(graphics, content);
        }

        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }

    private static void Frame(XGraphics graphics)
    {
        graphics.DrawRectangle(new XPen(Accent, 6), 20, 20, Width - 40, Height - 40);
        graphics.DrawRectangle(new XPen(Accent, 1), 32, 32, Width - 64, Height - 64);
    }

    private static void Column(XGraphics graphics, CertificateContent content, CertificateSide side, double x, double width)
    {
        var y = 52.0;
        y = Text(graphics, side.SiteName, Font(11, bold: false), XBrushes.DimGray, x, y, width, 18);
        y = Text(graphics, side.Title, Font(24, bold: true), new XSolidBrush(Accent), x, y + 8, width, 64);
        y = Text(graphics, side.Intro, Font(13, bold: false), XBrushes.Black, x, y + 4, width, 22);
        y = Text(graphics, content.SchoolName, Font(content.SchoolName.Length > 40 ? 17 : 21, bold: true), XBrushes.Black, x, y + 2, width, 56);
        y = Text(graphics, side.Awarded, Font(13, bold: false), XBrushes.Black, x, y + 4, width, 22);
        y = Text(graphics, side.Level, Font(26, bold: true), new XSolidBrush(Accent), x, y + 2, width, 40);
        y = Text(graphics, side.Round, Font(13, bold: false), XBrushes.Black, x, y + 6, width, 22);
        Text(graphics, side.Dates, Font(12, bold: false), XBrushes.Black, x, y + 4, width, 40);
    }

    private static void Verification(XGraphics graphics, CertificateContent content)
    {
        const double size = 100, top = 440;
        using (var generator = new QRCodeGenerator())
        using (var data = generator.CreateQrCode(content.VerifyUrl, QRCodeGenerator.ECCLevel.Q))
        {
            var modules = data.ModuleMatrix;
            var cell = size / modules.Count;
            for (var row = 0; row < modules.Count; row++)
            {
                for (var column = 0; column < modules[row].Length; column++)
                {
                    if (modules[row][column])
                    {
                        graphics.DrawRectangle(XBrushes.Black, Margin + (column * cell), top + (row * cell), cell + 0.05, cell + 0.05);
                    }
                }
            }
        }

        var x = Margin + size + 16;
        var width = Width - Margin - x;
        var y = Text(graphics, $"{string.Join(" / ", content.Sides.Select(s => s.CodeLabel))}: {content.Code}", Font(13, bold: true), XBrushes.Black, x, top + 12, width, 20, XParagraphAlignment.Left);
        y = Text(graphics, content.VerifyUrl, Font(10, bold: false), XBrushes.Black, x, y, width, 16, XParagraphAlignment.Left);
        foreach (var side in content.Sides)
        {
            y = Text(graphics, side.Check, Font(10, bold: false), XBrushes.DimGray, x, y + 2, width, 16, XParagraphAlignment.Left);
        }
    }

    // Draws wrapped text in a box of the given height and returns the y below it.
    private static double Text(XGraphics graphics, string text, XFont font, XBrush brush, double x, double y, double width, double height, XParagraphAlignment alignment = XParagraphAlignment.Center)
    {
        var formatter = new XTextFormatter(graphics) { Alignment = alignment };
        formatter.DrawString(text, font, brush, new XRect(x, y, width, height), XStringFormats.TopLeft);
        return y + height;
    }

    private static XFont Font(double size, bool bold) =>
        new(EmbeddedFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));

    // PDFsharp's resolver is process-wide and may be set once, before the first font is made.
    private static void UseEmbeddedFonts()
    {
        lock (FontGate)
        {
            if (GlobalFontSettings.FontResolver is not EmbeddedFonts)
            {
                GlobalFontSettings.FontResolver = new EmbeddedFonts();
            }
        }
    }
}
