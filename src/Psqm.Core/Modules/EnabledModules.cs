using System.Runtime.CompilerServices;
using Psqm.Core.Tenancy;

namespace Psqm.Core.Modules;

/// <summary>The modules each tenant runs, with dependencies and always-on modules, worked out once per tenant snapshot.</summary>
public sealed class EnabledModules(ModuleCatalog catalog)
{
    private readonly ConditionalWeakTable<Tenant, IReadOnlySet<string>> _enabled = [];

    public IReadOnlySet<string> For(Tenant tenant) => _enabled.GetValue(tenant, t => catalog.Expand(t.Modules));

    public bool IsEnabled(Tenant tenant, string module) => For(tenant).Contains(module);
}
