using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Psqm.Core.Tenancy;

namespace Psqm.Core.Tests;

internal static class TestTenants
{
    public static Tenant Create(string name, string prefix = "", string host = "", params string[] cultures) =>
        new(new TenantRecord
        {
            Name = name,
            UrlPrefix = prefix,
            Host = host,
            State = TenantState.Running,
            Site = new TenantSite { Cultures = cultures.Length == 0 ? ["en-GB"] : [.. cultures] },
        });

    public static AppDataPaths Paths(string root) =>
        new(Options.Create(new PsqmOptions { AppData = root }), new HostingEnvironment { ContentRootPath = Path.GetTempPath(), EnvironmentName = Environments.Development });
}
