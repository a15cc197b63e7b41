using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Events;
using Psqm.Core.Modules;
using Psqm.Core.Tenancy;

namespace Psqm.Core.Tests.Events;

public sealed class DomainEventsTests
{
    [Theory]
    [InlineData("Listening", 1)]
    [InlineData("Other", 0)]
    public async Task AnEvent_ReachesOnlyTheModulesTheTenantRuns(string module, int told)
    {
        // The listener lives in this assembly, which the catalog knows as the module "Listening".
        var catalog = new ModuleCatalog([new Fake(new("Listening", ""))]);
        var services = new ServiceCollection()
            .AddSingleton(catalog).AddSingleton<EnabledModules>().AddSingleton<Counter>().AddScoped<DomainEvents>()
            .AddDomainEventListener<Happened, Listener>()
            .BuildServiceProvider();
        var tenant = new Tenant(new TenantRecord { Name = "T1", State = TenantState.Running, Site = new TenantSite { Modules = [module] } });

        using (TenantScope.Enter(tenant))
        {
            await services.CreateScope().ServiceProvider.GetRequiredService<DomainEvents>().RaiseAsync(new Happened("x"));
        }

        Assert.Equal(told, services.GetRequiredService<Counter>().Count);
    }

    public sealed record Happened(string What) : IDomainEvent;

    public sealed class Counter
    {
        public int Count { get; set; }
    }

    public sealed class Listener(Counter counter) : IDomainEventListener<Happened>
    {
        public Task HandleAsync(Happened domainEvent, CancellationToken cancellationToken)
        {
            counter.Count++;
            return Task.CompletedTask;
        }
    }

    private sealed class Fake(ModuleManifest manifest) : IModuleStartup
    {
        public ModuleManifest Manifest => manifest;

        public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
        {
        }
    }
}
