namespace Psqm.Web.Tests;

/// <summary>One site for the whole test project; each test class makes the tenants it needs in it.</summary>
[CollectionDefinition(Name)]
public sealed class SharedSite : ICollectionFixture<PsqmFactory>
{
    public const string Name = "web";
}
