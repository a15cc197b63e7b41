using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Psqm.Core;

/// <summary>Resolves every on-disk location from the one <c>Psqm:AppData</c> setting.</summary>
public sealed class AppDataPaths(IOptions<PsqmOptions> options, IHostEnvironment environment)
{
    public string Root { get; } = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.AppData));

    public string HostDatabase => Path.Combine(Root, "host.db");

    public string Keys => Path.Combine(Root, "keys");

    public string Tenant(string tenantName) => Path.Combine(Root, "Sites", tenantName);

    public string TenantDatabase(string tenantName) => Path.Combine(Tenant(tenantName), "psqm.db");

    public string TenantMedia(string tenantName) => Path.Combine(Tenant(tenantName), "Media");

    public string TenantMail(string tenantName) => Path.Combine(Tenant(tenantName), "Mail");

    public string TenantLocalization(string tenantName) => Path.Combine(Tenant(tenantName), "Localization");
}
