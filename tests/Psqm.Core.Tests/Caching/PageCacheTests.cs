using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Psqm.Core.Caching;
using Psqm.Core.Tenancy;

namespace Psqm.Core.Tests.Caching;

/// <summary>When a public page may be served from the page cache, and when what it answered may be kept.</summary>
public sealed class PageCacheTests
{
    private static readonly Tenant Tenant = TestTenants.Create("Cymru", "cymru", "", "cy-GB", "en-GB");

    [Fact]
    public async Task ASignedOutVisitorsRequest_ForAMarkedPage_IsLookedUpAndKept_PerTenantLanguageAndDeclaredQuery()
    {
        var context = await RequestAsync(http => http.Request.QueryString = new QueryString("?level=gilt&p=2"));

        Assert.True(context.EnableOutputCaching);
        Assert.True(context.AllowCacheLookup);
        Assert.True(context.AllowCacheStorage);
        Assert.Equal("level,p", context.CacheVaryByRules.QueryKeys.ToString());
        Assert.Equal("Cymru", context.CacheVaryByRules.CacheKeyPrefix);
        Assert.Equal("cy-GB", context.CacheVaryByRules.VaryByValues["culture"]);
        Assert.Contains(PageCache.Tag("Cymru"), context.Tags);
        Assert.True(await KeptAsync(context));
    }

    [Fact]
    public async Task APageNotMarked_IsNeverCached()
    {
        var context = await RequestAsync(_ => { }, marked: false);

        Assert.False(context.EnableOutputCaching);
    }

    [Theory]
    [InlineData(".Psqm.Auth.Cymru")]
    [InlineData(".Psqm.TempData.Cymru")]
    [InlineData(".Psqm.Auth.Default")]
    [InlineData("anything")]
    public async Task ARequestWithACookie_OtherThanTheAntiforgeryOne_IsNeverServedNorKept(string cookie)
    {
        var context = await RequestAsync(http => http.Request.Headers.Cookie = $"{cookie}=x; .Psqm.Antiforgery.Cymru=y");

        Assert.False(context.EnableOutputCaching);
    }

    [Fact]
    public async Task ARequestWithOnlyTheAntiforgeryCookie_IsServedFromTheCache()
    {
        var context = await RequestAsync(http => http.Request.Headers.Cookie = ".Psqm.Antiforgery.Cymru=y");

        Assert.True(context.EnableOutputCaching);
    }

    [Fact]
    public async Task ARequestWithCredentials_IsNeverCached()
    {
        var context = await RequestAsync(http => http.Request.Headers.Authorization = "Basic eDp5");

        Assert.False(context.EnableOutputCaching);
    }

    [Fact]
    public async Task APost_IsNeverCached()
    {
        var context = await RequestAsync(http => http.Request.Method = HttpMethods.Post);

        Assert.False(context.EnableOutputCaching);
    }

    [Fact]
    public async Task AQueryValueThePageDoesNotRead_MayBeServedTheKeptPage_ButWhatItGetsIsNotKept()
    {
        var context = await RequestAsync(http => http.Request.QueryString = new QueryString("?level=gilt&utm_source=%3Ca%3E"));

        Assert.True(context.AllowCacheLookup);
        Assert.False(context.AllowCacheStorage);
    }

    [Theory]
    [InlineData(404, "", "")]
    [InlineData(302, "", "")]
    [InlineData(200, "no-cache, no-store", "")]
    [InlineData(200, "private", "")]
    [InlineData(200, "", "id=1; path=/")]
    public async Task AnAnswerThatIsNotAPlainSuccess_IsNotKept(int status, string cacheControl, string setCookie)
    {
        var context = await RequestAsync(_ => { });
        var response = context.HttpContext.Response;
        response.StatusCode = status;
        response.Headers.CacheControl = cacheControl;
        response.Headers.SetCookie = setCookie;

        Assert.False(await KeptAsync(context));
    }

    [Fact]
    public async Task APageThatRefuses_IsNotKept_AndSaysSoToBrowsersAndProxies()
    {
        var context = await RequestAsync(_ => { });
        context.HttpContext.Features.Set<IOutputCacheFeature>(new Feature(context));

        PageCache.Refuse(context.HttpContext);

        Assert.False(context.AllowCacheStorage);
        Assert.Equal("private, no-store", context.HttpContext.Response.Headers.CacheControl.ToString());
    }

    [Fact]
    public async Task TheBackstop_FollowsTheSitesClock()
    {
        var clock = new Clock(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero));
        var before = (await RequestAsync(_ => { }, clock: clock)).CacheVaryByRules.VaryByValues["period"];
        clock.Now += TimeSpan.FromSeconds(301);
        var after = (await RequestAsync(_ => { }, clock: clock)).CacheVaryByRules.VaryByValues["period"];

        Assert.NotEqual(before, after);
    }

    private static async Task<OutputCacheContext> RequestAsync(Action<HttpContext> arrange, bool marked = true, TimeProvider? clock = null)
    {
        var http = new DefaultHttpContext();
        http.Request.Method = HttpMethods.Get;
        http.Features.Set(new TenantFeature(Tenant, CultureInfo.GetCultureInfo("cy-GB"), PathString.Empty));
        var metadata = marked ? new EndpointMetadataCollection(new CachedPageAttribute("level", "p")) : EndpointMetadataCollection.Empty;
        http.SetEndpoint(new Endpoint(_ => Task.CompletedTask, metadata, "page"));
        arrange(http);
        var context = new OutputCacheContext { HttpContext = http };
        await ((IOutputCachePolicy)Policy(clock)).CacheRequestAsync(context, CancellationToken.None);
        return context;
    }

    private static async Task<bool> KeptAsync(OutputCacheContext context)
    {
        await ((IOutputCachePolicy)Policy(null)).ServeResponseAsync(context, CancellationToken.None);
        return context.AllowCacheStorage;
    }

    private static PageCache Policy(TimeProvider? clock) =>
        new PageCache(new CacheStamps(null!, null!, null!), clock ?? TimeProvider.System, Options.Create(new PsqmOptions()));

    private sealed class Feature(OutputCacheContext context) : IOutputCacheFeature
    {
        public OutputCacheContext Context { get; } = context;

        public IList<IOutputCachePolicy> Policies { get; } = [];
    }

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
