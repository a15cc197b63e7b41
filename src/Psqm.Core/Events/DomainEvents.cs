using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Modules;
using Psqm.Core.Tenancy;

namespace Psqm.Core.Events;

/// <summary>Something that happened in a tenant, told to other modules after it was saved.</summary>
public interface IDomainEvent;

/// <summary>A module's reaction to an event; registered with <see cref="DomainEventServiceCollectionExtensions.AddDomainEventListener{TEvent, THandler}"/>.</summary>
public interface IDomainEventListener<in TEvent>
    where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}

/// <summary>
/// Tells the modules the current tenant runs that something happened, so a module can react to another without
/// referencing it. Raise an event only after the change it reports is saved; a handler's failure is the caller's, as
/// the handlers run in the caller's scope one after the other.
/// </summary>
public sealed class DomainEvents(IServiceProvider services, ModuleCatalog catalog, EnabledModules enabled)
{
    public async Task RaiseAsync<TEvent>(TEvent domainEvent, CancellationToken cancellationToken = default)
        where TEvent : IDomainEvent
    {
        var tenant = TenantScope.Required;
        foreach (var listener in services.GetServices<IDomainEventListener<TEvent>>())
        {
            // A handler belongs to the module of its assembly; one the tenant does not run is not told.
            if (catalog.ForAssembly(listener.GetType().Assembly) is { } module && !enabled.IsEnabled(tenant, module.Name))
            {
                continue;
            }

            await listener.HandleAsync(domainEvent, cancellationToken);
        }
    }
}

public static class DomainEventServiceCollectionExtensions
{
    public static IServiceCollection AddDomainEventListener<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IDomainEvent
        where THandler : class, IDomainEventListener<TEvent> =>
        services.AddScoped<IDomainEventListener<TEvent>, THandler>();
}
