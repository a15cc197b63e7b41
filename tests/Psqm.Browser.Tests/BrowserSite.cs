using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Psqm.Browser.Tests;

/// <summary>The site on a real Kestrel port and Debian's Chromium driven by Playwright.</summary>
public sealed class BrowserSite : PsqmFactory, IAsyncLifetime
{
    private IPlaywright? _playwright;

    public BrowserSite() => UseKestrel(0);

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseUrl { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("PSQM_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,

            // The machine has no network beyond its package registries: keep Chromium from calling home.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A fresh browser context (its own cookies), with or without JavaScript.</summary>
    /// <param name="width">A narrower window, in CSS pixels at one device pixel each: a phone's.</param>
    public Task<IBrowserContext> NewContextAsync(bool javaScript = true, int? width = null) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl.ToString(),
            JavaScriptEnabled = javaScript,
            ViewportSize = width is { } narrow ? new ViewportSize { Width = narrow, Height = 800 } : null,
            DeviceScaleFactor = width is null ? null : 1,

            // axe-core is injected as a script tag; the site's policy rightly refuses inline script.
            BypassCSP = true,
            Locale = "en-GB",
        });

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
