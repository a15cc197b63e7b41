namespace Psqm.Core.Forms;

public enum StageResult
{
    Ok,
    Empty,
    TooLarge,
    NotAllowed,
}

/// <summary>
/// An upload streamed to a hidden temporary file in this node's staging folder, measured and recognised by its bytes
/// as it arrives. It reaches the file store only by <see cref="KeepAsync"/>; disposed without that, it is gone, so a
/// refused or broken upload never leaves a half-written file.
/// </summary>
public sealed class StagedFile : IDisposable
{
    private string? _temporary;

    private StagedFile(string temporary) => _temporary = temporary;

    public StageResult Result { get; private set; }

    public FileTypes.Detected? Type { get; private set; }

    public long Length { get; private set; }

    /// <summary>Reads at most one byte past <paramref name="maxBytes"/>: an oversize upload costs no more than the limit.</summary>
    public static async Task<StagedFile> StageAsync(Stream content, string folder, long maxBytes, string originalName, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var staged = new StagedFile(Path.Combine(folder, "." + Guid.NewGuid().ToString("N") + ".upload"));
        var header = new byte[FileTypes.HeaderLength];
        await using (var file = File.Create(staged._temporary!))
        {
            staged.Length = await CopyLimitedAsync(content, file, header, maxBytes, cancellationToken);
        }

        staged.Type = staged.Length == 0 ? null : FileTypes.Detect(header.AsSpan(0, (int)Math.Min(staged.Length, header.Length)), originalName);
        staged.Result = staged.Length == 0 ? StageResult.Empty
            : staged.Length > maxBytes ? StageResult.TooLarge
            : staged.Type is null ? StageResult.NotAllowed
            : StageResult.Ok;
        if (staged.Result != StageResult.Ok)
        {
            staged.Dispose();
        }

        return staged;
    }

    /// <summary>The accepted file's bytes, to read before it is kept (an image is decoded to check it).</summary>
    public Stream OpenRead() =>
        Result == StageResult.Ok && _temporary is not null ? File.OpenRead(_temporary) : throw new InvalidOperationException("Only a staged file that was accepted can be read.");

    /// <summary>Takes the bytes of another file in the same folder in place of the upload's (an image written again).</summary>
    public void Replace(string path)
    {
        if (Result != StageResult.Ok || _temporary is null)
        {
            throw new InvalidOperationException("Only a staged file that was accepted can be replaced.");
        }

        File.Move(path, _temporary, overwrite: true);
        Length = new FileInfo(_temporary).Length;
    }

    /// <summary>How an accepted file is kept: a new name of the product's choosing with its real type's extension, the name it was uploaded with, its type and size.</summary>
    public (string FileName, string OriginalName, string MediaType, long Length) Describe(string originalName) =>
        (Guid.NewGuid().ToString("N") + Type!.Extension, FileTypes.SafeName(originalName, Type), Type.MediaType, Length);

    /// <summary>Puts the file in its place in the store and runs the save that records it; if that save fails, the file goes too.</summary>
    public async Task KeepAsync(Storage.IFileStore store, string path, Func<Task> save, CancellationToken cancellationToken)
    {
        if (Result != StageResult.Ok || _temporary is null)
        {
            throw new InvalidOperationException("Only a staged file that was accepted can be kept.");
        }

        await store.PutAsync(path, _temporary, cancellationToken);
        _temporary = null;
        try
        {
            await save();
        }
        catch
        {
            await store.DeleteAsync(path, CancellationToken.None);
            throw;
        }
    }

    public void Dispose()
    {
        if (_temporary is not null)
        {
            File.Delete(_temporary);
            _temporary = null;
        }
    }

    private static async Task<long> CopyLimitedAsync(Stream source, Stream target, byte[] header, long maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (total < header.Length)
            {
                Array.Copy(buffer, 0, header, (int)total, (int)Math.Min(read, header.Length - total));
            }

            total += read;
            if (total > maxBytes)
            {
                return total;
            }

            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        return total;
    }
}
