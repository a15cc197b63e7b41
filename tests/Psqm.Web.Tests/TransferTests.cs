using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Psqm.Web.Tests;

/// <summary>What travels between the site and a browser, a feed reader or a crawler: compressed, cached, or not sent again.</summary>
[Collection(SharedSite.Name)]
public sealed partial class TransferTests(PsqmFactory factory)
{
    [Theory]
    [InlineData("/", "gzip, br", "br", "<html")]
    [InlineData("/cymru", "gzip", "gzip", "<html")]
    [InlineData("/api/search?q=science", "br", "br", "\"total\"")]
    [InlineData("/feeds/case-studies.atom", "gzip, br", "br", "<feed")]
    [InlineData("/cymru/calendar.ics", "gzip", "gzip", "BEGIN:VCALENDAR")]
    public async Task Responses_AreCompressed_BrotliFirst_ThenGzip(string url, string accepted, string encoding, string content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd(accepted);

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
        var body = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using Stream decoded = encoding == "br" ? new BrotliStream(body, CompressionMode.Decompress) : new GZipStream(body, CompressionMode.Decompress);
        Assert.Contains(content, await new StreamReader(decoded).ReadToEndAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AResponse_ForAClientThatAcceptsNoEncoding_IsSentAsItIs()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/", UriKind.Relative));

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("<html", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileLinkedByItsContent_IsCachedForAYear_AndOtherFilesAreCheckedAgain()
    {
        var client = factory.CreateClient();
        var page = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var stylesheet = VersionedStylesheet().Match(page).Groups[1].Value;

        var versioned = await client.GetAsync(new Uri(stylesheet, UriKind.Relative));
        var plain = await client.GetAsync(new Uri("/_content/Psqm.Theme/dist/favicon.svg", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, versioned.StatusCode);
        Assert.Contains("immutable", string.Join(',', versioned.Headers.GetValues("Cache-Control")), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromDays(365), versioned.Headers.CacheControl!.MaxAge);
        Assert.True(plain.Headers.CacheControl!.NoCache);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/_content/Psqm.Theme/dist/favicon.svg");
        again.Headers.IfNoneMatch.Add(plain.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }

    [Theory]
    [InlineData("/calendar.ics")]
    [InlineData("/cymru/calendar.ics")]
    [InlineData("/sitemap.xml")]
    [InlineData("/cymru/sitemap.xml")]
    [InlineData("/feeds/case-studies.atom")]
    public async Task APolledDocument_AskedForWithTheETagItGave_IsNotSentAgain(string url)
    {
        var client = factory.CreateClient();
        var first = await client.GetAsync(new Uri(url, UriKind.Relative));
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var same = new HttpRequestMessage(HttpMethod.Get, url);
        same.Headers.IfNoneMatch.Add(etag);
        var unchanged = await client.SendAsync(same);
        using var other = new HttpRequestMessage(HttpMethod.Get, url);
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0123456789abcdef\"", isWeak: true));
        var changed = await client.SendAsync(other);

        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEmpty(await changed.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AFeed_AskedForSinceItsLastEntry_IsNotSentAgain()
    {
        var client = factory.CreateClient();
        var first = await client.GetAsync(new Uri("/feeds/case-studies.atom", UriKind.Relative));
        var modified = first.Content.Headers.LastModified;
        Assert.NotNull(modified);

        using var since = new HttpRequestMessage(HttpMethod.Get, "/feeds/case-studies.atom");
        since.Headers.IfModifiedSince = modified;
        using var before = new HttpRequestMessage(HttpMethod.Get, "/feeds/case-studies.atom");
        before.Headers.IfModifiedSince = modified!.Value.AddDays(-1);

        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(since)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(before)).StatusCode);
    }

    [GeneratedRegex("href=\"(/_content/Psqm\\.Theme/dist/site\\.css\\?v=[^\"]+)\"")]
    private static partial Regex VersionedStylesheet();
}
