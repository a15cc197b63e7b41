using System.Net;

namespace Psqm.Web.Tests;

/// <summary>A site with the limits a real install has.</summary>
public sealed class RealLimitsFactory : PsqmFactory
{
    protected override int SignInLimit => 10;
}

public sealed class RateLimitTests(RealLimitsFactory factory) : IClassFixture<RealLimitsFactory>
{
    [Fact]
    public async Task SignIn_MoreThanTenPostsAMinute_AreRefusedWithAFriendlyPageInWelsh()
    {
        var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            statuses.Add((await client.SignInAsync("/cymru", "nobody@example.org", "wrong-password")).Response.StatusCode);
        }

        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
        var page = await client.SignInAsync("/cymru", "nobody@example.org", "wrong-password");
        Assert.Contains("Gormod o ymdrechion", page.Text, StringComparison.Ordinal);

        // Reading the form is never limited, and another tenant keeps its own count.
        Assert.Equal(HttpStatusCode.OK, (await client.GetPageAsync("/cymru/cyfrif/mewngofnodi")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync("/international", "nobody@example.org", "wrong-password")).Response.StatusCode);
    }
}

public sealed class PublicFormLimitTests(RealLimitsFactory factory) : IClassFixture<RealLimitsFactory>
{
    [Fact]
    public async Task RegisterInterest_MoreThanTwentyPostsAMinuteFromOneAddress_AreRefusedWithAFriendlyPage()
    {
        var client = factory.CreateClient();
        var form = await client.GetPageAsync("/cymru/cofrestru-diddordeb");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 21; i++)
        {
            statuses.Add((await client.SubmitAsync(form, new Dictionary<string, string> { ["Website"] = "x" })).Response.StatusCode);
        }

        Assert.All(statuses.Take(20), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[20]);
        Assert.Equal(HttpStatusCode.OK, (await client.GetPageAsync("/cymru/cofrestru-diddordeb")).Response.StatusCode);
    }
}

/// <summary>A site where one tenant takes few anonymous posts a minute, whatever their address.</summary>
public sealed class TenantLimitFactory : PsqmFactory
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Psqm:RateLimits:AnonymousPostsPerTenantPerMinute", "5");
    }
}

public sealed class TenantLimitTests(TenantLimitFactory factory) : IClassFixture<TenantLimitFactory>
{
    [Fact]
    public async Task ATenant_RefusesAnonymousPostsOverItsOwnLimit_AndOtherTenantsAreUntouched()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            var client = factory.CreateClient();
            var form = await client.GetPageAsync("/cymru/cofrestru-diddordeb");
            statuses.Add((await client.SubmitAsync(form, new Dictionary<string, string> { ["Website"] = "x" })).Response.StatusCode);
        }

        var other = factory.CreateClient();
        var elsewhere = await other.GetPageAsync("/international/register-interest");

        Assert.All(statuses.Take(5), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[5]);
        Assert.Equal(HttpStatusCode.OK, (await other.SubmitAsync(elsewhere, new Dictionary<string, string> { ["Website"] = "x" })).Response.StatusCode);
    }
}

public sealed class ReadinessTests(ReadinessTests.Site factory) : IClassFixture<ReadinessTests.Site>
{
    [Fact]
    public async Task Ready_WhenARunningTenantsDatabaseIsMissing_IsUnhealthyWithoutRecreatingIt()
    {
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
        var tenant = await factory.CreateTenantAsync("international");
        await factory.DeleteDatabaseAsync(tenant);

        var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains(tenant.Name, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);
        Assert.False(await factory.DatabaseExistsAsync(tenant));
    }

    /// <summary>A site of its own: this test breaks a tenant on purpose.</summary>
    public sealed class Site : PsqmFactory;
}

public sealed class CorruptDatabaseReadinessTests(ReadinessTests.Site factory) : IClassFixture<ReadinessTests.Site>
{
    [Fact]
    public async Task Ready_WhenATenantsDatabaseIsNotADatabase_IsUnhealthyAndNamesTheTenant()
    {
        var client = factory.CreateClient();
        var tenant = await factory.CreateTenantAsync("international");
        await factory.RuinDatabaseAsync(tenant);

        var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains(tenant.Name, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
