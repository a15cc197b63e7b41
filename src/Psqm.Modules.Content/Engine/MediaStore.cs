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
    ImageTooManyPixels,
}

/// <summary>
/// Stores uploads in the tenant's media folder, streamed to disk, checked by their bytes and size. An image is shown as
/// <see cref="ImageFiles"/> writes it again (upright, without its metadata); the upload itself is kept in the
/// folder's <c>originals</c>, which nothing serves.
/// </summary>
public sealed partial class MediaStore(ContentDbContext db, AppDataPaths paths, IOptions<PsqmOptions> options, TimeProvider clock)
{
    /// <summary>The folder, within the media folder, of images as they were uploaded, metadata and all.</summary>
    public const string Originals = "originals";

    public long MaxBytes => options.Value.Media.MaxBytes;

    public long MaxImageBytes => options.Value.Media.MaxImageBytes;

    public long MaxImagePixels => options.Value.Media.MaxImagePixels;

    public async Task<(MediaResult Result, MediaItem? Item)> SaveAsync(
        Stream content, string originalName, IReadOnlyDictionary<string, string> altText, string uploadedBy, CancellationToken cancellationToken = default)
    {
        var folder = Folder;
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
        var path = Path.Combine(folder, name);
        if (item.IsImage)
        {
            var shown = Path.Combine(folder, "." + name + ".shown");
            ImageCheck check;
            await using (var upload = staged.OpenRead())
            {
                check = Prepare(item, upload, shown);
            }

            if (check != ImageCheck.Ok)
            {
                return (check == ImageCheck.TooManyPixels ? MediaResult.ImageTooManyPixels : MediaResult.NotAllowed, null);
            }

            if (File.Exists(shown))
            {
                staged.MoveTo(Path.Combine(folder, Originals, name));
                File.Move(shown, path);
                item.Length = new FileInfo(path).Length;
            }
        }

        if (!File.Exists(path))
        {
            staged.MoveTo(path);
        }

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
        var folder = Folder;
        var (prepared, unreadable) = (0, 0);
        var narrowest = ImageFiles.VariantWidths[0];
        var candidates = await db.Media
            .Where(m => m.MediaType.StartsWith("image/") && (m.Width == null || (m.Variants == null && m.MediaType != "image/gif" && m.Width > narrowest)))
            .ToListAsync(cancellationToken);
        foreach (var item in candidates)
        {
            // An image prepared already only lacks its copies: what is shown is not written again.
            var path = PathOf(item);
            string? shown = item.Width is null ? Path.Combine(folder, "." + item.FileName + ".shown") : null;
            ImageCheck check;
            try
            {
                await using var stored = File.OpenRead(path);
                check = Prepare(item, stored, shown);
            }
            catch (FileNotFoundException)
            {
                check = ImageCheck.Undecodable;
            }

            if (check != ImageCheck.Ok)
            {
                unreadable++;
                continue;
            }

            if (shown is not null && File.Exists(shown))
            {
                var original = Path.Combine(folder, Originals, item.FileName);
                Directory.CreateDirectory(Path.GetDirectoryName(original)!);
                File.Move(path, original, overwrite: true);
                File.Move(shown, path);
                item.Length = new FileInfo(path).Length;
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
        var folder = Folder;
        var (check, width, height, widths) = ImageFiles.Prepare(upload, item.MediaType, MaxImagePixels, shown, (w, extension) => Path.Combine(folder, item.VariantName(w, extension)));
        if (check == ImageCheck.Ok)
        {
            (item.Width, item.Height) = (width, height);
            item.Variants = widths.Length > 0 ? string.Join(',', widths) : null;
        }

        return check;
    }

    /// <summary>
    /// What <c>/media/{name}</c> serves: the item whose file it is, or whose narrower copy it is
    /// (<see cref="MediaItem.Copies"/>), with the file's path and type; null when there is none.
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
        return of?.Copies.FirstOrDefault(c => c.Name == name) is { Name: not null } found ? (of, Path.Combine(Folder, found.Name), found.MediaType) : null;
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
        File.Delete(PathOf(item));
        foreach (var copy in item.Copies)
        {
            File.Delete(Path.Combine(Folder, copy.Name));
        }

        var original = OriginalOf(item);
        if (File.Exists(original))
        {
            File.Delete(original);
        }

        return true;
    }

    /// <summary>Where an image's upload is kept (<see cref="MediaItem.KeepsUpload"/>).</summary>
    public string OriginalOf(MediaItem item) => Path.Combine(Folder, Originals, item.FileName);

    public string PathOf(MediaItem item) => Path.Combine(Folder, item.FileName);

    private string Folder => paths.TenantMedia(TenantScope.Required.Name);
}
