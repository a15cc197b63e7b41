using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Psqm.Core.Content;
using Psqm.Core.Security;

namespace Psqm.Modules.Content.Pages.Admin.Media;

[RequirePermission("ManageMedia")]
[UploadSizeLimit]
public sealed class IndexModel(MediaStore store, IStringLocalizer<IndexModel> s) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? AltEn { get; set; }

    [BindProperty]
    public string? AltCy { get; set; }

    public IReadOnlyList<MediaItem> Items { get; private set; } = [];

    public long MaxMegabytes => store.MaxBytes / (1024 * 1024);

    public long MaxImageMegabytes => store.MaxImageBytes / (1024 * 1024);

    public async Task OnGetAsync()
    {
        if (TempData[UploadSizeLimitAttribute.TooLargeKey] is true)
        {
            ModelState.AddModelError(nameof(Upload), s["The file must be smaller than {0} MB", MaxMegabytes]);
        }

        Items = await store.ListAsync(HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), s["Choose a file to upload"]);
        }
        else if ((AltEn?.Length ?? 0) > 300 || (AltCy?.Length ?? 0) > 300)
        {
            ModelState.AddModelError(nameof(AltEn), s["Alternative text must be 300 characters or fewer"]);
        }
        else
        {
            await using var stream = Upload.OpenReadStream();
            var alt = new Dictionary<string, string> { ["en"] = AltEn ?? "", ["cy"] = AltCy ?? "" };
            var (result, item) = await store.SaveAsync(stream, Upload.FileName, alt, User.Identity!.Name!, HttpContext.RequestAborted);
            switch (result)
            {
                case MediaResult.Ok:
                    TempData["Notice"] = s["{0} is uploaded.", item!.OriginalName].Value;
                    return RedirectToPage();
                case MediaResult.TooLarge:
                    ModelState.AddModelError(nameof(Upload), s["The file must be smaller than {0} MB", MaxMegabytes]);
                    break;
                case MediaResult.ImageTooLarge:
                    ModelState.AddModelError(nameof(Upload), s["An image must be smaller than {0} MB", MaxImageMegabytes]);
                    break;
                case MediaResult.NotAllowed:
                    ModelState.AddModelError(nameof(Upload), s["The file must be an image (PNG, JPEG, GIF or WebP), a document (PDF, Word, Excel or PowerPoint), or a recording (MP3, MP4, WebM, OGG or WAV)"]);
                    break;
                case MediaResult.AltTextRequired:
                    ModelState.AddModelError(nameof(AltEn), s["Describe the image for people who cannot see it"]);
                    break;
                default:
                    ModelState.AddModelError(nameof(Upload), s["The file is empty"]);
                    break;
            }
        }

        Items = await store.ListAsync(HttpContext.RequestAborted);
        return Page();
    }
}
