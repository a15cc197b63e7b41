using Microsoft.Extensions.Hosting;
using Psqm.Core.Hosting;

namespace Psqm.Core.Tenancy;

/// <summary>Checks the configuration and sets up tenants before the server starts listening, so the first request finds them ready.</summary>
public sealed class TenantHostedService(StartupChecks checks, TenantShells shells) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        checks.CheckConfiguration();
        await shells.InitializeHostAsync(cancellationToken);

        // Setting tenants up (migrations, recipes, search indexes) leaves a heap many times what serving needs; it is
        // collected and given back to the system once, here, instead of being held by an idle site.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
