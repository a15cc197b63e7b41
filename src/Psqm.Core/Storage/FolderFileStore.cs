using Microsoft.AspNetCore.Http;

namespace Psqm.Core.Storage;

/// <summary>The files in a folder (<c>Psqm:Media:Path</c>, else AppData), which several nodes may share.</summary>
public sealed class FolderFileStore(AppDataPaths paths) : IFileStore
{
    public Task<bool> ExistsAsync(string path, CancellationToken cancellationToken) => Task.FromResult(File.Exists(Full(path)));

    public Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return Task.FromResult<Stream?>(File.OpenRead(Full(path)));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task PutAsync(string path, string localFile, CancellationToken cancellationToken)
    {
        var target = Full(path);
        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);

        // Into the folder under a hidden name first (a copy, when the shared folder is another file system), then
        // renamed: readers see the whole file or none.
        var partial = Path.Combine(folder, "." + Guid.NewGuid().ToString("N") + ".part");
        File.Move(localFile, partial);
        File.Move(partial, target, overwrite: true);
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string path, CancellationToken cancellationToken)
    {
        File.Delete(Full(path));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> ListAsync(string folder, CancellationToken cancellationToken)
    {
        var full = Full(folder);
        return Task.FromResult<IReadOnlyList<string>>(Directory.Exists(full)
            ? Directory.EnumerateFiles(full).Select(f => Path.GetFileName(f)).Where(n => !n.StartsWith('.')).ToArray()
            : []);
    }

    public Task<IResult?> ServeAsync(string path, string mediaType, string? downloadName, CancellationToken cancellationToken)
    {
        var full = Full(path);
        return Task.FromResult(File.Exists(full) ? Results.File(full, mediaType, downloadName, enableRangeProcessing: true) : null);
    }

    /// <summary>Where a path's file is on this node's disk.</summary>
    public string Full(string path) => Path.Combine(paths.FilesRoot, StoredFiles.Checked(path).Replace('/', Path.DirectorySeparatorChar));
}
