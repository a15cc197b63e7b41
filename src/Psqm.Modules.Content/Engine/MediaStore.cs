using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Psqm.Core;
using Psqm.Core.Forms;
using Psqm.Core.Tenancy;

namespace Psqm.Modules.Content.Engine;

public enum MediaResult
{
    Ok,
    Empty,
    TooLarge,
    NotAllowed,
    AltTextRequired,
    ImageTooLarge,
}

/// <summary>Stores uploads in the tenant's media folder, streamed to disk, checked by their bytes and size.</summary>
public sealed class MediaStore(ContentDbContext db, AppDataPaths paths, IOptions<PsqmOptions> options, TimeProvider clock)
{
    public long MaxBytes => options.Value.Media.MaxBytes;

    public long MaxImageBytes => options.Value.Media.MaxImageBytes;

    public async Task<(MediaResult Result, MediaItem? Item)> SaveAsync(
        Stream content, string originalName, IReadOnlyDictionary<string, string> altText, string uploadedBy, CancellationToken cancellationToken = default)
    {
        var folder = paths.TenantMedia(TenantScope.Required.Name);
        using var staged = await StagedFile.StageAsync(content, folder, MaxBytes, originalName, cancellationToken);
        switch (staged.Result)
        {
            case StageResult.Empty:
                return (MediaResult.Empty, null);
            case StageResult.TooLarge:
                return (MediaResult.TooLarge, null);
            case StageResult.NotAllowed:
                return (MediaResult.NotAllowed, null);
        }

        var detected = staged.Type!;
        if (FileTypes.IsImage(detected) && staged.Length > MaxImageBytes)
        {
            return (MediaResult.ImageTooLarge, null);
        }

        var alt = altText.Where(a => !string.IsNullOrWhiteSpace(a.Value)).ToDictionary(a => a.Key, a => a.Value.Trim(), StringComparer.Ordinal);
        if (FileTypes.IsImage(detected) && alt.Count == 0)
        {
            return (MediaResult.AltTextRequired, null);
        }

        var item = new MediaItem
        {
            FileName = Guid.NewGuid().ToString("N") + detected.Extension,
            OriginalName = FileTypes.SafeName(originalName, detected),
            MediaType = detected.MediaType,
            Length = staged.Length,
            AltText = alt,
            UploadedBy = uploadedBy,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        staged.MoveTo(Path.Combine(folder, item.FileName));
        db.Media.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return (MediaResult.Ok, item);
    }

    public async Task<IReadOnlyList<MediaItem>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Media.AsNoTracking().OrderByDescending(m => m.CreatedUtc).ToListAsync(cancellationToken);

    public Task<MediaItem?> FindAsync(string fileName, CancellationToken cancellationToken = default) =>
        db.Media.AsNoTracking().FirstOrDefaultAsync(m => m.FileName == fileName, cancellationToken);

    /// <summary>The current and published versions of items whose fields name the file (a tenant has hundreds of items).</summary>
    public async Task<IReadOnlyList<ContentItem>> UsedByAsync(string fileName, CancellationToken cancellationToken = default) =>
        (await db.ContentItems.AsNoTracking().Where(c => !c.Deleted && (c.Latest || c.Published)).ToListAsync(cancellationToken))
            .Where(c => c.Fields.Values.Any(values => values.Any(v => v.Contains(fileName, StringComparison.Ordinal))))
            .DistinctBy(c => c.ContentItemId)
            .ToList();

    /// <summary>Removes a file that no item uses; false when it is in use or gone.</summary>
    public async Task<bool> DeleteAsync(string fileName, CancellationToken cancellationToken = default)
    {
        if ((await UsedByAsync(fileName, cancellationToken)).Count > 0 || await db.Media.FirstOrDefaultAsync(m => m.FileName == fileName, cancellationToken) is not { } item)
        {
            return false;
        }

        db.Media.Remove(item);
        await db.SaveChangesAsync(cancellationToken);
        File.Delete(PathOf(item));
        return true;
    }

    public string PathOf(MediaItem item) => Path.Combine(paths.TenantMedia(TenantScope.Required.Name), item.FileName);
}
