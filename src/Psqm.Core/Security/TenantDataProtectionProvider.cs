using System.Collections.Concurrent;
using Microsoft.AspNetCore.DataProtection;
using Psqm.Core.Tenancy;

namespace Psqm.Core.Security;

/// <summary>
/// Adds the tenant in scope to every protection purpose, at the moment of protecting. Auth cookies, antiforgery
/// tokens and reset links of one tenant therefore cannot be read by another, even though the framework creates
/// its protectors once, in singletons.
/// </summary>
public sealed class TenantDataProtectionProvider(IDataProtectionProvider root) : IDataProtectionProvider
{
    public IDataProtector CreateProtector(string purpose) => new TenantProtector(root, [purpose]);

    private sealed class TenantProtector(IDataProtectionProvider root, string[] purposes) : IDataProtector
    {
        private readonly ConcurrentDictionary<string, IDataProtector> _perTenant = new(StringComparer.Ordinal);

        public IDataProtector CreateProtector(string purpose) => new TenantProtector(root, [.. purposes, purpose]);

        public byte[] Protect(byte[] plaintext) => Current.Protect(plaintext);

        public byte[] Unprotect(byte[] protectedData) => Current.Unprotect(protectedData);

        private IDataProtector Current => _perTenant.GetOrAdd(
            TenantScope.Current?.Name ?? "",
            name => root.CreateProtector("Psqm.Tenant:" + name, purposes));
    }
}
