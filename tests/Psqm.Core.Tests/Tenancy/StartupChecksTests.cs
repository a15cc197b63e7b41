using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Psqm.Core.Hosting;
using Psqm.Core.Tenancy;

namespace Psqm.Core.Tests.Tenancy;

public sealed class StartupChecksTests
{
    [Fact]
    public void CheckConfiguration_ProductionWithoutAPublicAddress_FailsSayingWhichSettingToSet()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Checks(Environments.Production, publicUrl: null).CheckConfiguration());

        Assert.Contains("Psqm:PublicUrl is not set", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("psqm.example")]
    [InlineData("https://psqm.example/site")]
    [InlineData("http://psqm.example")]
    [InlineData("ftp://psqm.example")]
    public void CheckConfiguration_ProductionWithABadPublicAddress_Fails(string publicUrl)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Checks(Environments.Production, publicUrl).CheckConfiguration());

        Assert.Contains(publicUrl, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckConfiguration_DevelopmentWithoutAPublicAddress_Starts() =>
        Checks(Environments.Development, publicUrl: null).CheckConfiguration();

    [Fact]
    public void CheckConfiguration_AppDataThatCannotBeWritten_FailsNamingTheFolder()
    {
        // A file where the folder should be cannot be written into, whoever runs the test (root included).
        var file = Path.GetTempFileName();
        var error = Assert.Throws<InvalidOperationException>(() => Checks(Environments.Production, "https://psqm.example", file).CheckConfiguration());

        Assert.Contains("Psqm:AppData", error.Message, StringComparison.Ordinal);
        Assert.Contains(file, error.Message, StringComparison.Ordinal);
        File.Delete(file);
    }

    [Fact]
    public void CheckTenants_UnknownTimeZone_FailsNamingTenantAndZone()
    {
        var tenant = new Tenant(new TenantRecord { Name = "Mars", Site = new TenantSite { TimeZone = "Mars/Olympus_Mons" } });

        var error = Assert.Throws<InvalidOperationException>(() => StartupChecks.CheckTenants([tenant]));

        Assert.Contains("'Mars'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Mars/Olympus_Mons", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckTenants_KnownZones_Pass() =>
        StartupChecks.CheckTenants([new Tenant(new TenantRecord { Name = "Uae", Site = new TenantSite { TimeZone = "Asia/Dubai", ViewerTimeZones = ["Europe/London"] } })]);

    private static StartupChecks Checks(string environment, string? publicUrl, string? appData = null)
    {
        var options = Options.Create(new PsqmOptions { PublicUrl = publicUrl, AppData = appData ?? Path.Combine(Path.GetTempPath(), "psqm-checks", Guid.NewGuid().ToString("N")) });
        var host = new HostingEnvironment { ContentRootPath = Path.GetTempPath(), EnvironmentName = environment };
        return new StartupChecks(options, host, new AppDataPaths(options, host));
    }
}
