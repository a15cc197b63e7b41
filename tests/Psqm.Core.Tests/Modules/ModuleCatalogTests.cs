using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Modules;

namespace Psqm.Core.Tests.Modules;

public sealed class ModuleCatalogTests
{
    [Fact]
    public void Expand_AddsDependenciesAndAlwaysOnModules_AndIgnoresUnknownNames()
    {
        var catalog = new ModuleCatalog(
        [
            new Fake(new("Theme", "") { AlwaysEnabled = true }),
            new Fake(new("Content", "")),
            new Fake(new("CaseStudies", "") { Dependencies = ["Content"] }),
            new Fake(new("Webinars", "")),
        ]);

        var enabled = catalog.Expand(["CaseStudies", "NoSuchModule"]);

        Assert.Equal(["CaseStudies", "Content", "Theme"], enabled.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Catalog_ModuleWithAMissingDependency_IsRefusedAtStart() =>
        Assert.Throws<InvalidOperationException>(() => new ModuleCatalog([new Fake(new("CaseStudies", "") { Dependencies = ["Content"] })]));

    private sealed class Fake(ModuleManifest manifest) : IModuleStartup
    {
        public ModuleManifest Manifest => manifest;

        public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
        {
        }
    }
}
