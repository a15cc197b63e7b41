using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Psqm.Core.Tenancy;

namespace Psqm.Core.Email;

/// <summary>Wakes when a message is queued (or every few seconds) and sends what is due, tenant by tenant.</summary>
public sealed class OutboxService(TenantRegistry tenants, IServiceScopeFactory scopes, OutboxSignal signal, ILogger<OutboxService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var tenant in tenants.All.Where(t => t.State == TenantState.Running))
            {
                try
                {
                    await SendDueAsync(tenant, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "The outbox of tenant {Tenant} could not be read.", tenant.Name);
                }
            }

            await signal.WaitAsync(Interval, stoppingToken);
        }
    }

    /// <summary>Sends a tenant's due messages until none is left.</summary>
    public async Task SendDueAsync(Tenant tenant, CancellationToken cancellationToken = default)
    {
        using var _ = TenantScope.Enter(tenant);
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync(cancellationToken) < OutboxSender.BatchSize)
            {
                return;
            }
        }
    }
}

/// <summary>Tells the outbox service that something was queued, so it need not wait for its next round.</summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _queued = new(0, 1);

    public void Notify()
    {
        try
        {
            _queued.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken; one round sends everything queued.
        }
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (await _queued.WaitAsync(timeout, cancellationToken))
        {
            // Let the transaction that queued the message commit before the round reads it.
            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }

    public void Dispose() => _queued.Dispose();
}
