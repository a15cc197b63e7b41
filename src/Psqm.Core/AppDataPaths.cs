using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Psqm.Core;

/// <summary>
/// Resolves every on-disk location from the <c>Psqm:AppData</c> setting, and the files people upload from
/// <c>Psqm:Media:Path</c> when set: several nodes share those through one folder and keep the rest (the SQLite
/// files of a single node, search indexes, mail pickup) to themselves.
/// </summary>
public sealed class AppDataPaths(IOptions<PsqmOptions> options, IHostEnvironment environment)
{
    public string Root { get; } = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.AppData));

    /// <summary>The folder of <see cref="Storage.FolderFileStore"/>: <c>Psqm:Media:Path</c>, or AppData.</summary>
    public string FilesRoot { get; } = string.IsNullOrWhiteSpace(options.Value.Media.Path)
        ? Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.AppData))
        : Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.Media.Path));

    public string HostDatabase => Path.Combine(Root, "host.db");

    public string Keys => Path.Combine(Root, "keys");

    public string Tenant(string tenantName) => Path.Combine(Root, "Sites", tenantName);

    public string TenantDatabase(string tenantName) => Path.Combine(Tenant(tenantName), "psqm.db");

    /// <summary>This node's folder for uploads being checked, and files being written, before they go to the file store.</summary>
    public string Staging => Path.Combine(Root, "staging");

    public string TenantMail(string tenantName) => Path.Combine(Tenant(tenantName), "Mail");

}
