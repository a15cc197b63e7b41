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
    public async Task Readiness_AsksRedisToo()
    {
        using var client = new HttpClient { BaseAddress = site.B.Address };
        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("redis answered", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
