namespace Psqm.Core.Tenancy;

/// <summary>
/// The tenant the current code runs for. Ambient (async-local) because framework singletons such as the
/// antiforgery serializer and cookie handlers protect data long after their construction, and must protect it
/// for the tenant of the request they serve, not the one that built them.
/// </summary>
public static class TenantScope
{
    private static readonly AsyncLocal<Tenant?> Ambient = new();

    public static Tenant? Current => Ambient.Value;

    public static Tenant Required => Ambient.Value ?? throw new InvalidOperationException("No tenant is in scope.");

    public static IDisposable Enter(Tenant tenant)
    {
        var previous = Ambient.Value;
        Ambient.Value = tenant;
        return new Exit(previous);
    }

    private sealed class Exit(Tenant? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
