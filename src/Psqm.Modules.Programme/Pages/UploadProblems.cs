using Microsoft.Extensions.Localization;
using Psqm.Core;
using Psqm.Core.Forms;
using Psqm.Modules.Content.Engine;

namespace Psqm.Modules.Programme.Pages;

/// <summary>
/// What is wrong with a file a school or hub leader attached (evidence, a message's attachment), in the page's
/// language, or null when it can be kept. A photo is written again on the way, upright and without its metadata:
/// a phone's photo says where it was taken, and hub leaders, reviewers and HQ open these files too.
/// </summary>
internal static class UploadProblems
{
    public static string? Of(StagedFile staged, string folder, MediaOptions media, IStringLocalizer s) => staged.Result switch
    {
        StageResult.TooLarge => s["The file must be smaller than {0} MB", media.MaxEvidenceBytes / (1024 * 1024)].Value,
        StageResult.NotAllowed => s["The file must be an image (PNG, JPEG, GIF or WebP), a document (PDF, Word, Excel or PowerPoint), or a recording (MP3, MP4, WebM, OGG or WAV)"].Value,
        StageResult.Ok => ImageFiles.Clean(staged, folder, media.MaxImagePixels) switch
        {
            ImageCheck.Ok => null,
            ImageCheck.TooManyPixels => s["An image must have at most {0} million pixels: make it smaller and try again", media.MaxImagePixels / 1_000_000].Value,
            _ => s["The file must be an image (PNG, JPEG, GIF or WebP), a document (PDF, Word, Excel or PowerPoint), or a recording (MP3, MP4, WebM, OGG or WAV)"].Value,
        },
        _ => s["The file is empty"].Value,
    };
}
