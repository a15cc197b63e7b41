using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Psqm.Core;
using Psqm.Core.Forms;
using Psqm.Core.Storage;
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
    ImageTooManyPixels,
}

/// <summary>
/// Keeps uploads in the tenant's media folder of the file store, each staged on this node's disk first and checked by
/// its bytes and size. An image is shown as <see cref="ImageFiles"/> writes it again (upright, without its metadata);
/// the upload itself is kept in the folder's <c>originals</c>, which nothing serves.
/// </summary>
public sealed partial class MediaStore(ContentDbContext db, AppDataPaths paths, IFileStore files, IOptions<PsqmOptions> options, TimeProvider clock)
{
    /// <summary>The folder, within the media folder, of images as they were uploaded, metadata and all.</summary>
    public const string Originals = "originals";

    public long MaxBytes => options.Value.Media.MaxBytes;

    public long MaxImageBytes => options.Value.Media.MaxImageBytes;

    public long MaxImagePixels => options.Value.Media.MaxImagePixels;

    public async Task<(MediaResult Result, MediaItem? Item)> SaveAsync(
        Stream content, string originalName, IReadOnlyDictionary<string, string> altText, string uploadedBy, CancellationToken cancellationToken = default)
    {
        var staging = paths.Staging;
        using var staged = await StagedFile.StageAsync(content, staging, MaxBytes, originalName, cancellationToken);
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

        var name = Guid.NewGuid().ToString("N") + detected.Extension;
        var item = new MediaItem
        {
            FileName = name,
            OriginalName = FileTypes.SafeName(originalName, detected),
            MediaType = detected.MediaType,
            Length = staged.Length,
            AltText = alt,
            UploadedBy = uploadedBy,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        var shown = Path.Combine(staging, "." + name + ".shown");
        if (item.IsImage)
        {
            ImageCheck check;
            await using (var upload = staged.OpenRead())
            {
                check = Prepare(item, upload, shown);
            }

            if (check != ImageCheck.Ok)
            {
                DeleteCopies(item);
                return (check == ImageCheck.TooManyPixels ? MediaResult.ImageTooManyPixels : MediaResult.NotAllowed, null);
            }
        }

        if (File.Exists(shown))
        {
            item.Length = new FileInfo(shown).Length;
            await staged.KeepAsync(files, OriginalOf(item), () => Task.CompletedTask, cancellationToken);
            await files.PutAsync(PathOf(item), shown, cancellationToken);
        }
        else
        {
            await staged.KeepAsync(files, PathOf(item), () => Task.CompletedTask, cancellationToken);
        }

        await PutCopiesAsync(item, cancellationToken);
        db.Media.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return (MediaResult.Ok, item);
    }

    /// <summary>
    /// Prepares the images stored before uploads were (those with no size recorded, or no narrower copies), as an
    /// upload is prepared now: the stored file moves among the originals, what is shown is written in its place, and
    /// its copies beside it. How many were prepared, and how many could not be read (left as they are).
    /// </summary>
    public async Task<(int Prepared, int Unreadable)> PrepareStoredImagesAsync(CancellationToken cancellationToken = default)
    {
        var staging = paths.Staging;
        Directory.CreateDirectory(staging);
        var (prepared, unreadable) = (0, 0);
        var narrowest = ImageFiles.VariantWidths[0];
        var candidates = await db.Media
            .Where(m => m.MediaType.StartsWith("image/") && (m.Width == null || (m.Variants == null && m.MediaType != "image/gif" && m.Width > narrowest)))
            .ToListAsync(cancellationToken);
        foreach (var item in candidates)
        {
            // An image prepared already only lacks its copies: what is shown is not written again.
            var stored = Path.Combine(staging, "." + item.FileName + ".stored");
            string? shown = item.Width is null ? Path.Combine(staging, "." + item.FileName + ".shown") : null;
            ImageCheck check = ImageCheck.Undecodable;
            try
            {
                await using (var source = await files.OpenReadAsync(PathOf(item), cancellationToken))
                {
                    if (source is not null)
                    {
                        await using var local = File.Create(stored);
                        await source.CopyToAsync(local, cancellationToken);
                    }
                }

                if (File.Exists(stored))
                {
                    await using var upload = File.OpenRead(stored);
                    check = Prepare(item, upload, shown);
                }

                if (check != ImageCheck.Ok)
                {
                    DeleteCopies(item);
                    unreadable++;
                    continue;
                }

                if (shown is not null && File.Exists(shown))
                {
                    item.Length = new FileInfo(shown).Length;
                    await files.PutAsync(OriginalOf(item), stored, cancellationToken);
                    await files.PutAsync(PathOf(item), shown, cancellationToken);
                }

                await PutCopiesAsync(item, cancellationToken);
            }
            finally
            {
                File.Delete(stored);
                if (shown is not null)
                {
                    File.Delete(shown);
                }
            }

            // One at a time, so a second run never takes a prepared copy for an original.
            await db.SaveChangesAsync(cancellationToken);
            prepared++;
        }

        return (prepared, unreadable);
    }

    // Writes what is shown of the image to the given path (unless null, or shown as it is) and its narrower copies
    // beside it, and records its size and theirs.
    private ImageCheck Prepare(MediaItem item, Stream upload, string? shown)
    {
        var staging = paths.Staging;
        var (check, width, height, widths) = ImageFiles.Prepare(upload, item.MediaType, MaxImagePixels, shown, (w, extension) => Path.Combine(staging, item.VariantName(w, extension)));
        if (check == ImageCheck.Ok)
        {
            (item.Width, item.Height) = (width, height);
            item.Variants = widths.Length > 0 ? string.Join(',', widths) : null;
        }

        return check;
    }

    // The narrower copies Prepare wrote to the staging folder, into the media folder beside the image.
    private async Task PutCopiesAsync(MediaItem item, CancellationToken cancellationToken)
    {
        foreach (var copy in item.Copies)
        {
            await files.PutAsync(StoredFiles.Of(TenantScope.Required.Name, Media, copy.Name), Path.Combine(paths.Staging, copy.Name), cancellationToken);
        }
    }

    // What a refused image may have left in the staging folder.
    private void DeleteCopies(MediaItem item)
    {
        foreach (var width in ImageFiles.VariantWidths)
        {
            foreach (var extension in new[] { ".webp", ".jpg", ".png" })
            {
                File.Delete(Path.Combine(paths.Staging, item.VariantName(width, extension)));
            }
        }
    }

    /// <summary>
    /// What <c>/media/{name}</c> serves: the item whose file it is, or whose narrower copy it is
    /// (<see cref="MediaItem.Copies"/>), with the file's path in the store and its type; null when there is none.
    /// </summary>
    public async Task<(MediaItem Item, string Path, string MediaType)?> FindServedAsync(string name, CancellationToken cancellationToken = default)
    {
        var copy = CopyName().Match(name);
        if (!copy.Success)
        {
            return await FindAsync(name, cancellationToken) is { } item ? (item, PathOf(item), item.MediaType) : null;
        }

        var stem = copy.Groups[1].Value + ".";
        var of = await db.Media.AsNoTracking().FirstOrDefaultAsync(m => m.FileName.StartsWith(stem), cancellationToken);
        return of?.Copies.FirstOrDefault(c => c.Name == name) is { Name: not null } found ? (of, StoredFiles.Of(TenantScope.Required.Name, Media, found.Name), found.MediaType) : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^([0-9a-f]{32})-[0-9]{3,4}\\.(webp|jpg|png)$")]
    private static partial System.Text.RegularExpressions.Regex CopyName();

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
        await files.DeleteAsync(PathOf(item), cancellationToken);
        foreach (var copy in item.Copies)
        {
            await files.DeleteAsync(StoredFiles.Of(TenantScope.Required.Name, Media, copy.Name), cancellationToken);
        }

        await files.DeleteAsync(OriginalOf(item), cancellationToken);
        return true;
    }

    /// <summary>Where an image's upload is kept in the store (<see cref="MediaItem.KeepsUpload"/>).</summary>
    public static string OriginalOf(MediaItem item) => StoredFiles.Of(TenantScope.Required.Name, Media, Originals, item.FileName);

    /// <summary>Where the file is in the store.</summary>
    public static string PathOf(MediaItem item) => StoredFiles.Of(TenantScope.Required.Name, Media, item.FileName);

    private const string Media = "Media";
}
