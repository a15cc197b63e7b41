using System.Globalization;
using Psqm.Core.Localization;
using Psqm.Core.Modules;
using Psqm.Core.Tenancy;

namespace Psqm.Core.Tests.Localization;

public sealed class PoStringLocalizerTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "psqm-po", Guid.NewGuid().ToString("N"));
    private readonly Tenant _tenant = TestTenants.Create("Wales", "wales", "", "cy-GB", "en-GB");
    private readonly PoStringLocalizer _s;

    public PoStringLocalizerTests()
    {
        var folder = Path.Combine(_root, "Sites", "Wales", "Localization");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "cy.po"), """
            msgid "{0} school"
            msgid_plural "{0} schools"
            msgstr[0] "{0} ysgolion"
            msgstr[1] "{0} ysgol"
            msgstr[2] "{0} ysgol"
            msgstr[3] "{0} ysgol"
            msgstr[4] "{0} ysgol"
            msgstr[5] "{0} o ysgolion"

            msgid "Error:"
            msgstr "Gwall yma:"
            """);
        _s = new PoStringLocalizer(new PoCatalog(new ModuleCatalog([]), new Psqm.Core.Storage.FolderFileStore(TestTenants.Paths(_root)), new Psqm.Core.Caching.TenantCache(new ZiggyCreatures.Caching.Fusion.FusionCache(new ZiggyCreatures.Caching.Fusion.FusionCacheOptions()))), "Some.Context");
    }

    [Theory]
    [InlineData(0, "0 ysgolion")]
    [InlineData(1, "1 ysgol")]
    [InlineData(2, "2 ysgol")]
    [InlineData(6, "6 ysgol")]
    [InlineData(12, "12 o ysgolion")]
    public void Plural_InWelsh_PicksTheFormForTheCount(long count, string expected)
    {
        using var _ = TenantScope.Enter(_tenant);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("cy-GB");

        Assert.Equal(expected, _s.Plural(count, "{0} school", "{0} schools").Value);
    }

    [Fact]
    public void Plural_InEnglish_FallsBackToTheSourceForms()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");

        Assert.Equal("1 school", _s.Plural(1, "{0} school", "{0} schools").Value);
        Assert.Equal("3 schools", _s.Plural(3, "{0} school", "{0} schools").Value);
    }

    [Fact]
    public void Indexer_TenantOverride_BeatsTheModulesTranslation_OnlyForThatTenant()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("cy-GB");
        Assert.Equal("Gwall:", _s["Error:"].Value);

        using var _ = TenantScope.Enter(_tenant);
        Assert.Equal("Gwall yma:", _s["Error:"].Value);
    }

    [Fact]
    public void Indexer_MissingTranslation_ShowsTheSourceAndSaysSo()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("cy-GB");

        var result = _s["Never translated {0}", 5];

        Assert.Equal("Never translated 5", result.Value);
        Assert.True(result.ResourceNotFound);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
