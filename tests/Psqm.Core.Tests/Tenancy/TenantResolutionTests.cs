using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Tenancy;

namespace Psqm.Core.Tests.Tenancy;

public sealed class TenantResolutionTests
{
    private readonly TenantRegistry _registry = new(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(), Microsoft.Extensions.Options.Options.Create(new PsqmOptions()));

    public TenantResolutionTests() =>
        _registry.Load(
        [
            TestTenants.Create("Default").Record,
            TestTenants.Create("Cymru", "cymru").Record,
            TestTenants.Create("Dubai", "", "dubai.example.org").Record,
            TestTenants.Create("DubaiStaff", "staff", "dubai.example.org").Record,
        ]);

    [Theory]
    [InlineData("localhost", "", "Default")]
    [InlineData("localhost", "case-studies", "Default")]
    [InlineData("localhost", "cymru", "Cymru")]
    [InlineData("localhost", "CYMRU", "Cymru")]
    [InlineData("localhost", "cymrux", "Default")]
    [InlineData("dubai.example.org", "", "Dubai")]
    [InlineData("dubai.example.org", "cymru", "Dubai")]
    [InlineData("DUBAI.example.org", "staff", "DubaiStaff")]
    [InlineData("other.example.org", "staff", "Default")]
    public void Resolve_HostFirstThenPrefixThenDefault(string host, string segment, string expected) =>
        Assert.Equal(expected, _registry.Resolve(host, segment)?.Name);

    [Fact]
    public void Tenant_Bilingual_PutsOnlyTheSecondLanguageInTheUrl()
    {
        var cymru = TestTenants.Create("Cymru", "cymru", "", "cy-GB", "en-GB");

        Assert.Equal("/cymru", cymru.PathBaseFor(cymru.Cultures[0]).Value);
        Assert.Equal("/cymru/en", cymru.PathBaseFor(cymru.Cultures[1]).Value);
        Assert.Equal("en-GB", cymru.CultureForSegment("en")!.Name);
        Assert.Null(cymru.CultureForSegment("cy"));
    }
}
