using Microsoft.AspNetCore.Http;
using Psqm.Core.Storage;

namespace Psqm.Modules.Programme.Services;

/// <summary>
/// Serves the programme's files (evidence, message attachments) to those who may see their school year, and to nobody
/// else: another school's file is not found, whatever its address. Images open in the browser; anything else
/// downloads under its uploaded name; nothing is cached on the way.
/// </summary>
public static class ProgrammeFiles
{
    public static async Task<IResult> EvidenceAsync(int id, EvidenceLibrary library, IFileStore files, HttpContext context) =>
        await library.FindReadableAsync(context.User, id, context.RequestAborted) is { IsFile: true } item
            ? await ServeAsync(context, files, EvidenceLibrary.PathOf(item), item.MediaType!, item.OriginalName!)
            : Results.NotFound();

    public static async Task<IResult> AttachmentAsync(int id, Messages messages, IFileStore files, HttpContext context) =>
        await messages.FindAsync(context.User, id, context.RequestAborted) is { HasAttachment: true, HiddenUtc: null } message
            ? await ServeAsync(context, files, Messages.PathOf(message), message.MediaType!, message.OriginalName!)
            : Results.NotFound();

    private static async Task<IResult> ServeAsync(HttpContext context, IFileStore files, string path, string mediaType, string name)
    {
        var image = mediaType.StartsWith("image/", StringComparison.Ordinal);
        if (await files.ServeAsync(path, mediaType, image ? null : name, context.RequestAborted) is not { } file)
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = "private, no-store";
        return file;
    }
}
