using System.Net;
using Psqm.Testing;
using StackExchange.Redis;

namespace Psqm.Web.Tests.MultiNode;

/// <summary>Two nodes that share Redis: what must be one across the nodes at once lives there.</summary>
public sealed class RedisMultiNodeTests(TwoNodesSharingRedis site) : IClassFixture<TwoNodesSharingRedis>
{
    [Fact]
    public async Task SignedInOnOneNode_ContinuesOnTheOther_WithTheKeyRingInRedis()
    {
        using var a = site.Browser(site.A);
        using var b = site.Browser(site.B, followRedirects: false);
        await a.SignInAsync("/cymru", Accounts.Demo("HQ"));

        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync(new Uri("/cymru/admin/enquiries", UriKind.Relative))).StatusCode);
        await using var redis = await ConnectionMultiplexer.ConnectAsync(site.Server);
        Assert.True(await redis.GetDatabase().ListLengthAsync("psqm:data-protection-keys") > 0);
    }

    [Fact]
    public async Task SignInAttemptsSpreadOverTheNodes_MeetOneLimit()
    {
        // Wrong passwords for an address that is no account, sent alternately to each node, as a balancer would.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < TwoNodesSharingRedis.SignInPerMinute + 3; i++)
        {
            using var client = site.Browser(i % 2 == 0 ? site.A : site.B, followRedirects: false);
            var form = await client.GetPageAsync("/international/account/sign-in");
            var posted = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = "nobody@example.org", ["Input.Password"] = "wrong" });
            statuses.Add(posted.Response.StatusCode);
        }

        // Each node alone would have let all of them through (fewer than its limit each).
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.True(statuses.Count(s => s != HttpStatusCode.TooManyRequests) <= TwoNodesSharingRedis.SignInPerMinute, string.Join(", ", statuses));
    }

    [Fact]
    public async Task PublishedOnOneNode_IsListedOnTheOtherAtOnce_ThroughTheBackplane()
    {
        using var editor = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = site.A.Address };
        using var visitor = new HttpClient { BaseAddress = site.B.Address };
        await editor.SignInAsync("/cymru", Accounts.Demo("Editor"));
        var word = "awyrlong" + Guid.NewGuid().ToString("N")[..6];

        // B has the list in memory, and reads the cache stamps only once an hour (TwoNodesSharingRedis).
        Assert.DoesNotContain(word, (await visitor.GetPageAsync("/cymru/astudiaethau-achos")).Text, StringComparison.Ordinal);
        await TwoNodes.PublishCaseStudyAsync(editor, word);

        var until = DateTime.UtcNow.AddSeconds(3);
        var list = (await visitor.GetPageAsync("/cymru/astudiaethau-achos")).Text;
        while (!list.Contains(word, StringComparison.Ordinal) && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
            list = (await visitor.GetPageAsync("/cymru/astudiaethau-achos")).Text;
        }

        Assert.Contains(word, list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnImageUploadedOnOneNode_IsServedByTheOther_FromTheBucket_AndDeletedEverywhere()
    {
        using var editor = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = site.A.Address };
        using var otherEditor = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = site.B.Address };
        using var visitor = new HttpClient { BaseAddress = site.B.Address };
        await editor.SignInAsync("/cymru", Accounts.Demo("Editor"));
        await otherEditor.SignInAsync("/cymru", Accounts.Demo("Editor"));

        var form = await editor.GetPageAsync("/cymru/admin/media");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent("Plant yn y labordy"), "AltEn" },
            { new ByteArrayContent(Photos.Jpeg(1000, 700)), "Upload", "labordy.jpg" },
        };
        var uploaded = await editor.PostAsync(form.Url, content);
        var list = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await uploaded.Content.ReadAsStringAsync());
        var link = list.QuerySelector("td a[href*='/media/']")!.GetAttribute("href")!;
        var file = link[(link.LastIndexOf('/') + 1)..];

        // Served by the node that did not take the upload, with a narrower copy, from the bucket alone.
        var image = await visitor.GetAsync(new Uri(link, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/jpeg", image.Content.Headers.ContentType!.MediaType);
        var copy = link.Replace(".jpg", "-640.webp", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(new Uri(copy, UriKind.Relative))).StatusCode);
        Assert.Empty(new[] { site.A.AppData, site.B.AppData }.SelectMany(d => Directory.GetFiles(d, Path.GetFileNameWithoutExtension(file) + "*", SearchOption.AllDirectories)));
        Assert.NotEmpty(Directory.GetFileSystemEntries(site.S3Data, Path.GetFileNameWithoutExtension(file) + "*", SearchOption.AllDirectories));

        var confirm = await otherEditor.GetPageAsync($"/cymru/admin/media/delete/{file}");
        Assert.Equal(HttpStatusCode.OK, (await otherEditor.SubmitAsync(confirm, new Dictionary<string, string>())).Response.StatusCode);
        using var atA = new HttpClient { BaseAddress = site.A.Address };
        Assert.Equal(HttpStatusCode.NotFound, (await atA.GetAsync(new Uri(link, UriKind.Relative))).StatusCode);
        Assert.Empty(Directory.GetFileSystemEntries(site.S3Data, Path.GetFileNameWithoutExtension(file) + "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Readiness_AsksRedisToo()
    {
        using var client = new HttpClient { BaseAddress = site.B.Address };
        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("redis answered", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
