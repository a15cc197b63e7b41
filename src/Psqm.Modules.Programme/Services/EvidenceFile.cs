using Microsoft.AspNetCore.Http;

namespace Psqm.Modules.Programme.Services;

/// <summary>
/// Serves one piece of evidence to those who may see its school year, and to nobody else: a file of another school is
/// not found, whatever its address. Images open in the browser; anything else downloads under its uploaded name.
/// </summary>
public static class EvidenceFile
{
    public static async Task<IResult> ServeAsync(int id, EvidenceLibrary library, HttpContext context)
    {
        if (await library.FindAsync(context.User, id, context.RequestAborted) is not { IsFile: true } item || !File.Exists(library.PathOf(item)))
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = "private, no-store";
        return item.MediaType!.StartsWith("image/", StringComparison.Ordinal)
            ? Results.File(library.PathOf(item), item.MediaType, enableRangeProcessing: true)
            : Results.File(library.PathOf(item), item.MediaType, item.OriginalName, enableRangeProcessing: true);
    }
}
