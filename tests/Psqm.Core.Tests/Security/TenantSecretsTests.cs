using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Psqm.Core.Security;
using Psqm.Core.Tenancy;

namespace Psqm.Core.Tests.Security;

public sealed class TenantSecretsTests
{
    private readonly Tenant _england = TestTenants.Create("Default");
    private readonly Tenant _wales = TestTenants.Create("Cymru", "cymru");

    [Fact]
    public void Protector_DataProtectedForOneTenant_CannotBeReadByAnother()
    {
        var protector = new TenantDataProtectionProvider(new EphemeralDataProtectionProvider()).CreateProtector("cookie");
        string token;
        using (TenantScope.Enter(_england))
        {
            token = protector.Protect("signed in");
            Assert.Equal("signed in", protector.Unprotect(token));
        }

        using (TenantScope.Enter(_wales))
        {
            Assert.Throws<CryptographicException>(() => protector.Unprotect(token));
        }
    }

    [Fact]
    public void Cookie_IsNamedAndScopedForTheTenantInScope()
    {
        var builder = new TenantCookieBuilder(".Psqm.Auth");
        using (TenantScope.Enter(_wales))
        {
            var options = builder.Build(new DefaultHttpContext());
            Assert.Equal(".Psqm.Auth.Cymru", builder.Name);
            Assert.Equal("/cymru", options.Path);
            Assert.True(options.HttpOnly);
            Assert.Equal(SameSiteMode.Lax, options.SameSite);
        }

        using (TenantScope.Enter(_england))
        {
            Assert.Equal(".Psqm.Auth.Default", builder.Name);
            Assert.Equal("/", builder.Build(new DefaultHttpContext()).Path);
        }
    }
}
