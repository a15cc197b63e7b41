using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Tenancy;
using Psqm.Modules.Awards.Data;
using Psqm.Modules.Content.Engine;

namespace Psqm.Web.Tests;

/// <summary>
/// Public pages are kept for signed-out visitors and served again without running their queries, and a change to what
/// they show is visible at once; nothing is kept for members, with a form's token, or for members-only items.
/// </summary>
[Collection(SharedSite.Name)]
public sealed class PageCacheTests(PsqmFactory factory) : IAsyncLifetime
{
    private const string UpcomingWebinar = "gweithio-n-wyddonol-yn-y-blynyddoedd-cynnar";
    private const string MembersOnlyResource = "moderating-working-scientifically";

    private Tenant _tenant = null!;

    private string Base => _tenant.BasePath.Value!;

    public async Task InitializeAsync() => _tenant = await factory.CreateTenantAsync("cymru");

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("/deiliaid-gwobrau?q=ysgol")]
    [InlineData("/en/award-holders")]
    [InlineData("/gweminarau?when=past")]
    public async Task APublicPage_IsServedAgain_WithoutRunningItsQueries(string path)
    {
        var client = factory.CreateClient();
        var first = await client.GetStringAsync(new Uri(Base + path, UriKind.Relative));
        factory.Queries.Reset();

        var again = await client.GetStringAsync(new Uri(Base + path, UriKind.Relative));

        Assert.Equal(0, factory.Queries.Count);
        Assert.Equal(first, again);
    }

    [Fact]
    public async Task ACaseStudyPublished_IsListedAtOnce()
    {
        var client = factory.CreateClient();
        await client.GetStringAsync(new Uri($"{Base}/astudiaethau-achos", UriKind.Relative));

        await factory.InTenantAsync(_tenant, async s =>
        {
            var content = s.GetRequiredService<ContentManager>();
            var fields = new Dictionary<string, string[]>
            {
                ["summary"] = ["Crynodeb."], ["body"] = ["Stori."], ["date"] = ["2026-11-01"], ["level"] = ["psqm"], ["region"] = ["wales"],
            };
            var saved = await content.SaveDraftAsync(new ContentDraft("CaseStudy", "cy", "Gardd wyddoniaeth newydd", "gardd-wyddoniaeth-newydd", fields), "editor");
            await content.PublishAsync(saved.Item!.ContentItemId);
            return 0;
        });

        Assert.Contains("Gardd wyddoniaeth newydd", await client.GetStringAsync(new Uri($"{Base}/astudiaethau-achos", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAwardRecorded_IsListedAtOnce_InBothLanguages()
    {
        var client = factory.CreateClient();
        await client.GetStringAsync(new Uri($"{Base}/deiliaid-gwobrau", UriKind.Relative));
        await client.GetStringAsync(new Uri($"{Base}/en/award-holders", UriKind.Relative));

        await factory.InTenantAsync(_tenant, async s =>
        {
            var db = s.GetRequiredService<AwardsDbContext>();
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            db.AwardHolders.Add(new AwardHolder
            {
                SchoolName = "Ysgol Gynradd Pen y Bryn", Town = "Bangor", Level = "psqm", Region = "wales", Season = "autumn",
                StartYear = today.Year - 1, AwardedOn = today, ExpiresOn = today.AddYears(3),
            });
            return await db.SaveChangesAsync();
        });

        Assert.Contains("Ysgol Gynradd Pen y Bryn", await client.GetStringAsync(new Uri($"{Base}/deiliaid-gwobrau", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains("Ysgol Gynradd Pen y Bryn", await client.GetStringAsync(new Uri($"{Base}/en/award-holders", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSitesSettingsChanged_AreShownAtOnce()
    {
        var client = factory.CreateClient();
        await client.GetStringAsync(new Uri($"{Base}/meini-prawf", UriKind.Relative));

        await factory.Services.GetRequiredService<TenantRegistry>().UpdateAsync(_tenant.Name, r => r.Site.SiteName["cy"] = "Marc Ansawdd Gwyddoniaeth Newydd");

        Assert.Contains("Marc Ansawdd Gwyddoniaeth Newydd", await client.GetStringAsync(new Uri($"{Base}/meini-prawf", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASignedInMember_IsNeverServedAKeptPage_AndLeavesNoneForVisitors()
    {
        var visitor = factory.CreateClient();
        var before = await visitor.GetPageAsync($"{Base}/adnoddau");
        var member = factory.CreateClient();
        await member.SignInAsync(Base, Accounts.Demo("SubjectLeader"));

        var signedIn = await member.GetPageAsync($"{Base}/adnoddau");
        var after = await factory.CreateClient().GetPageAsync($"{Base}/adnoddau");

        Assert.Equal("4 adnodd", before.Document.QuerySelector("[role=status]")!.TextContent.Trim());
        Assert.Equal("6 adnodd", signedIn.Document.QuerySelector("[role=status]")!.TextContent.Trim());
        Assert.Equal("4 adnodd", after.Document.QuerySelector("[role=status]")!.TextContent.Trim());

        // The header kept for visitors is not the member's: theirs has their account and the way to sign out.
        Assert.NotNull(before.Document.QuerySelector(".psqm-header__account a[href$='/mewngofnodi']"));
        Assert.Null(signedIn.Document.QuerySelector(".psqm-header__account a[href$='/mewngofnodi']"));
        Assert.NotNull(signedIn.Document.QuerySelector(".psqm-header__signout"));
        Assert.NotNull(after.Document.QuerySelector(".psqm-header__account a[href$='/mewngofnodi']"));
    }

    [Fact]
    public async Task AMembersOnlyItem_IsNeverKept_AndVisitorsStillAskedToSignIn()
    {
        var member = factory.CreateClient();
        await member.SignInAsync(Base, Accounts.Demo("SubjectLeader"));
        var shown = await member.GetPageAsync($"{Base}/en/resources/{MembersOnlyResource}");

        var visitor = await factory.CreateClient().GetPageAsync($"{Base}/en/resources/{MembersOnlyResource}");

        Assert.Equal("Moderating working scientifically", shown.Document.QuerySelector("h1")!.TextContent);
        Assert.True(shown.Response.Headers.CacheControl!.NoStore);
        Assert.EndsWith("/en/account/sign-in", visitor.Url.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APageWithAForm_IsRenderedAfreshEachTime_WithItsOwnToken()
    {
        var client = factory.CreateClient();
        var first = await client.GetPageAsync($"{Base}/gweminarau/{UpcomingWebinar}");
        var second = await client.GetPageAsync($"{Base}/gweminarau/{UpcomingWebinar}");

        var token = "main form input[name=__RequestVerificationToken]";
        Assert.NotNull(first.Document.QuerySelector(token));
        Assert.NotEqual(first.Document.QuerySelector(token)!.GetAttribute("value"), second.Document.QuerySelector(token)!.GetAttribute("value"));
    }

    [Fact]
    public async Task AQueryValueThePageDoesNotRead_IsNeitherKeptNorServedToOthers()
    {
        var planted = await factory.CreateClient().GetStringAsync(new Uri($"{Base}/astudiaethau-achos?level=gilt&ref=planted-value", UriKind.Relative));

        var other = await factory.CreateClient().GetStringAsync(new Uri($"{Base}/astudiaethau-achos?level=gilt", UriKind.Relative));

        Assert.Contains("planted-value", planted, StringComparison.Ordinal);
        Assert.DoesNotContain("planted-value", other, StringComparison.Ordinal);
    }
}
