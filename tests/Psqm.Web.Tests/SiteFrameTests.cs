using System.Net;

namespace Psqm.Web.Tests;

[Collection(SharedSite.Name)]
public sealed class SiteFrameTests(PsqmFactory factory)
{
    [Theory]
    [InlineData("/", "en", "Primary Science Quality Mark")]
    [InlineData("/cymru", "cy", "Marc Ansawdd Gwyddoniaeth Cynradd")]
    [InlineData("/cymru/en", "en", "Primary Science Quality Mark Wales")]
    [InlineData("/international", "en", "Primary Science Quality Mark International")]
    public async Task Home_DemoTenants_ServeTheirSiteInTheirLanguage(string url, string lang, string siteName)
    {
        var page = await factory.CreateClient().GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal(lang, page.Lang);
        Assert.Equal(siteName, page.Document.QuerySelector(".psqm-header__name")!.TextContent.Trim());
    }

    [Fact]
    public async Task LanguageSwitch_OnWelshAccessibilityStatement_LeadsToItsEnglishTwin()
    {
        var client = factory.CreateClient();
        var welsh = await client.GetPageAsync("/cymru/hygyrchedd");
        var toEnglish = welsh.Document.QuerySelector("a[hreflang=en]")!.GetAttribute("href");

        Assert.Equal("/cymru/en/accessibility", toEnglish);
        var english = await client.GetPageAsync(toEnglish!);
        Assert.Equal("Accessibility statement", english.Document.QuerySelector("h1")!.TextContent);
        Assert.Equal("/cymru/hygyrchedd", english.Document.QuerySelector("a[hreflang=cy]")!.GetAttribute("href"));
        Assert.Equal("Datganiad hygyrchedd", welsh.Document.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task LanguageSwitch_KeepsTheQueryString()
    {
        var page = await factory.CreateClient().GetPageAsync("/cymru/cyfrif/mewngofnodi?returnUrl=%2Fcymru%2Fdangosfwrdd");

        Assert.Equal("/cymru/en/account/sign-in?returnUrl=%2Fcymru%2Fdangosfwrdd", page.Document.QuerySelector("a[hreflang=en]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task BilingualPage_ListsAlternatesForBothLanguagesAndTheWelshDefault()
    {
        var page = await factory.CreateClient().GetPageAsync("/cymru/en/privacy");
        var alternates = page.Document.QuerySelectorAll("link[rel=alternate]")
            .ToDictionary(l => l.GetAttribute("hreflang")!, l => new Uri(l.GetAttribute("href")!).AbsolutePath);

        Assert.Equal("/cymru/preifatrwydd", alternates["cy"]);
        Assert.Equal("/cymru/en/privacy", alternates["en"]);
        Assert.Equal("/cymru/preifatrwydd", alternates["x-default"]);
    }

    [Theory]
    [InlineData("/no-such-page", "en", "Page not found")]
    [InlineData("/cymru/dim-tudalen", "cy", "Heb ddod o hyd i'r dudalen")]
    [InlineData("/cymru/en/no-such-page", "en", "Page not found")]
    public async Task UnknownPage_Returns404WithAFriendlyPageInThePagesLanguage(string url, string lang, string heading)
    {
        var page = await factory.CreateClient().GetPageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, page.Response.StatusCode);
        Assert.Equal(lang, page.Lang);
        Assert.Equal(heading, page.Document.QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData("/cymru/adnoddau/dim-adnodd?x=1", "/cymru/en/resources/dim-adnodd?x=1")]
    [InlineData("/cymru/en/no-such-page", "/cymru/no-such-page")]
    public async Task ErrorPage_LanguageSwitch_LeadsToThePageThatWasAskedFor(string url, string other)
    {
        var page = await factory.CreateClient().GetPageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, page.Response.StatusCode);
        var switchLink = page.Document.QuerySelectorAll("a[hreflang]").Single(a => a.GetAttribute("hreflang") != page.Lang);
        Assert.Equal(other, switchLink.GetAttribute("href"));
    }

    [Fact]
    public async Task EveryResponse_CarriesTheSecurityHeaders()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/cymru", UriKind.Relative));
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));

        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Pages_HaveNoInlineScript()
    {
        var page = await factory.CreateClient().GetPageAsync("/");

        Assert.All(page.Document.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src"))));
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_WhenTenantsAreRunning_IsHealthy(string url)
    {
        var response = await factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Healthy", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TenantColours_AreServedAsAStylesheet()
    {
        var css = await factory.CreateClient().GetStringAsync(new Uri("/cymru/theme.css", UriKind.Relative));

        Assert.Contains("--psqm-brand:#00703c", css, StringComparison.Ordinal);
    }
}
