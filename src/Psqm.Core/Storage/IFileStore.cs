using Microsoft.AspNetCore.Http;

namespace Psqm.Core.Storage;

/// <summary>
/// Where the files people upload are kept, by a path of '/'-separated segments (<see cref="StoredFiles"/>): a folder
/// every node shares (<see cref="FolderFileStore"/>), or an S3-compatible bucket (<see cref="S3FileStore"/>), as
/// <c>Psqm:Media:Storage</c> says. Files are written whole or not at all: a reader never sees half of one.
/// </summary>
public interface IFileStore
{
    Task<bool> ExistsAsync(string path, CancellationToken cancellationToken);

    /// <summary>The file's bytes, or null when there is no such file.</summary>
    Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken);

    /// <summary>Takes a local file (staged or written by the site) as the file at the path, replacing any; the local file is gone afterwards.</summary>
    Task PutAsync(string path, string localFile, CancellationToken cancellationToken);

    /// <summary>Removes the file; nothing happens when there is none.</summary>
    Task DeleteAsync(string path, CancellationToken cancellationToken);

    /// <summary>The names of the files directly in a folder.</summary>
    Task<IReadOnlyList<string>> ListAsync(string folder, CancellationToken cancellationToken);

    /// <summary>The file as a response: inline, or as a download under <paramref name="downloadName"/>; null when there is no such file.</summary>
    Task<IResult?> ServeAsync(string path, string mediaType, string? downloadName, CancellationToken cancellationToken);
}

/// <summary>The one scheme of paths in the store: each tenant's files under <c>Sites/{Tenant}</c>.</summary>
public static class StoredFiles
{
    public static string Of(string tenant, params string[] segments) => "Sites/" + tenant + "/" + string.Join('/', segments);

    /// <summary>A path as the store may take it: relative, with no empty, "." or ".." segment.</summary>
    public static string Checked(string path) =>
        path.Length > 0 && !path.StartsWith('/') && path.Split('/').All(s => s.Length > 0 && s != "." && s != ".." && !s.Contains('\\'))
            ? path
            : throw new ArgumentException($"'{path}' is not a path in the file store.", nameof(path));
}
