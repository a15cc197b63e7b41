using Microsoft.AspNetCore.Http;

namespace Psqm.Modules.Programme.Services;

/// <summary>
/// Serves the programme's files (evidence, message attachments) to those who may see their school year, and to nobody
/// else: another school's file is not found, whatever its address. Images open in the browser; anything else
/// downloads under its uploaded name; nothing is cached on the way.
/// </summary>
public static class ProgrammeFiles
{
    public static async Task<IResult> EvidenceAsync(int id, EvidenceLibrary library, HttpContext context) =>
        await library.FindReadableAsync(context.User, id, context.RequestAborted) is { IsFile: true } item
            ? Serve(context, library.PathOf(item), item.MediaType!, item.OriginalName!)
            : Results.NotFound();

    public static async Task<IResult> AttachmentAsync(int id, Messages messages, HttpContext context) =>
        await messages.FindAsync(context.User, id, context.RequestAborted) is { HasAttachment: true, HiddenUtc: null } message
            ? Serve(context, messages.PathOf(message), message.MediaType!, message.OriginalName!)
            : Results.NotFound();

    private static IResult Serve(HttpContext context, string path, string mediaType, string name)
    {
        if (!File.Exists(path))
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = "private, no-store";
        return mediaType.StartsWith("image/", StringComparison.Ordinal)
            ? Results.File(path, mediaType, enableRangeProcessing: true)
            : Results.File(path, mediaType, name, enableRangeProcessing: true);
    }
}
