using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Psqm.Modules.Content.Engine;

/// <summary>
/// An uploaded image as a page shows it: its narrower copies for the browser to choose from by the space it has
/// (WebP where the browser takes it), and its width and height, so nothing on the page moves as it loads.
/// </summary>
public static class MediaPicture
{
    public static IHtmlContent For(MediaItem image, string alt, string sizes, Func<string, string> url)
    {
        var img = new TagBuilder("img") { TagRenderMode = TagRenderMode.SelfClosing };
        img.Attributes["src"] = url(image.FileName);
        img.Attributes["alt"] = alt;
        if (image.Width is { } width && image.Height is { } height)
        {
            img.Attributes["width"] = width.ToString(CultureInfo.InvariantCulture);
            img.Attributes["height"] = height.ToString(CultureInfo.InvariantCulture);
        }

        var widths = image.Widths;
        if (widths.Count == 0)
        {
            return img;
        }

        img.Attributes["srcset"] = string.Join(", ", widths.Select(w => Candidate(url(image.VariantName(w, MediaItem.FallbackExtension(image.MediaType))), w))
            .Append(Candidate(url(image.FileName), image.Width ?? widths[^1])));
        img.Attributes["sizes"] = sizes;
        var webp = new TagBuilder("source") { TagRenderMode = TagRenderMode.SelfClosing };
        webp.Attributes["type"] = "image/webp";
        webp.Attributes["srcset"] = string.Join(", ", widths.Select(w => Candidate(url(image.VariantName(w, ".webp")), w)));
        webp.Attributes["sizes"] = sizes;

        var picture = new TagBuilder("picture");
        picture.InnerHtml.AppendHtml(webp).AppendHtml(img);
        return picture;
    }

    private static string Candidate(string url, int width) => url + " " + width.ToString(CultureInfo.InvariantCulture) + "w";
}
