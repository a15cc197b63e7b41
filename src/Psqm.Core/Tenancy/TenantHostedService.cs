using Microsoft.Extensions.Hosting;
using Psqm.Core.Hosting;

namespace Psqm.Core.Tenancy;

/// <summary>Checks the configuration and sets up tenants before the server starts listening, so the first request finds them ready.</summary>
public sealed class TenantHostedService(StartupChecks checks, TenantShells shells) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        checks.CheckConfiguration();
        return shells.InitializeHostAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
