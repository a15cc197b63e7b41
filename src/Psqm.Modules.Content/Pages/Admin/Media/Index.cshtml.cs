using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Forms;
using Psqm.Core.Security;

namespace Psqm.Modules.Content.Pages.Admin.Media;

[RequirePermission("ManageMedia")]
[UploadSizeLimit]
[StreamedUpload]

// Checked by StreamedUpload from the first part of the body, before the file is read.
[IgnoreAntiforgeryToken]
public sealed class IndexModel(MediaStore store, IAntiforgery antiforgery, IStringLocalizer<IndexModel> s) : PageModel
{
    public string? AltEn { get; set; }

    public string? AltCy { get; set; }

    /// <summary>The name of the file field, which the form sends last.</summary>
    public const string Upload = "Upload";

    public IReadOnlyList<MediaItem> Items { get; private set; } = [];

    public long MaxMegabytes => store.MaxBytes / (1024 * 1024);

    public long MaxImageMegabytes => store.MaxImageBytes / (1024 * 1024);

    public long MaxImageMegapixels => store.MaxImagePixels / 1_000_000;

    public async Task OnGetAsync()
    {
        if (TempData[UploadSizeLimitAttribute.TooLargeKey] is true)
        {
            ModelState.AddModelError(Upload, s["The file must be smaller than {0} MB", MaxMegabytes]);
        }

        Items = await store.ListAsync(HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        (MediaResult Result, MediaItem? Item)? saved = null;
        var form = await StreamedUpload.ReadAsync(HttpContext, antiforgery, async (fields, name, body) =>
        {
            (AltEn, AltCy) = (fields.GetValueOrDefault(nameof(AltEn)), fields.GetValueOrDefault(nameof(AltCy)));
            if ((AltEn?.Length ?? 0) <= 300 && (AltCy?.Length ?? 0) <= 300)
            {
                var alt = new Dictionary<string, string> { ["en"] = AltEn ?? "", ["cy"] = AltCy ?? "" };
                saved = await store.SaveAsync(body, name, alt, User.Identity!.Name!, HttpContext.RequestAborted);
            }
        });
        if (form is null)
        {
            return BadRequest();
        }

        (AltEn, AltCy) = (form.Values.GetValueOrDefault(nameof(AltEn)), form.Values.GetValueOrDefault(nameof(AltCy)));
        switch (saved?.Result)
        {
            case null when !form.HadFile:
                ModelState.AddModelError(Upload, s["Choose a file to upload"]);
                break;
            case null:
                ModelState.AddModelError(nameof(AltEn), s["Alternative text must be 300 characters or fewer"]);
                break;
            case MediaResult.Ok:
                TempData["Notice"] = s["{0} is uploaded.", saved.Value.Item!.OriginalName].Value;
                return RedirectToPage();
            case MediaResult.TooLarge:
                ModelState.AddModelError(Upload, s["The file must be smaller than {0} MB", MaxMegabytes]);
                break;
            case MediaResult.ImageTooLarge:
                ModelState.AddModelError(Upload, s["An image must be smaller than {0} MB", MaxImageMegabytes]);
                break;
            case MediaResult.ImageTooManyPixels:
                ModelState.AddModelError(Upload, s["An image must have at most {0} million pixels: make it smaller and try again", MaxImageMegapixels]);
                break;
            case MediaResult.NotAllowed:
                ModelState.AddModelError(Upload, s["The file must be an image (PNG, JPEG, GIF or WebP), a document (PDF, Word, Excel or PowerPoint), or a recording (MP3, MP4, WebM, OGG or WAV)"]);
                break;
            case MediaResult.AltTextRequired:
                ModelState.AddModelError(nameof(AltEn), s["Describe the image for people who cannot see it"]);
                break;
            default:
                ModelState.AddModelError(Upload, s["The file is empty"]);
                break;
        }

        Items = await store.ListAsync(HttpContext.RequestAborted);
        return Page();
    }
}
