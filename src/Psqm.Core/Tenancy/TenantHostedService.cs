using Microsoft.Extensions.Hosting;

namespace Psqm.Core.Tenancy;

/// <summary>Sets up tenants before the server starts listening, so the first request finds them ready.</summary>
public sealed class TenantHostedService(TenantShells shells) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => shells.InitializeHostAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
