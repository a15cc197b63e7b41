using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Psqm.Core;
using Psqm.Core.Search;
using Psqm.Core.Tenancy;
using Psqm.Modules.Content.Engine;
using Psqm.Modules.Search.Data;
using Psqm.Modules.Search.Engine;
using Psqm.Modules.Search.Engine.Analysis;

namespace Psqm.Web.Tests;

/// <summary>How the index keeps up with the database: the change log, the indexer, builds by other processes, and a lost index.</summary>
[Collection(SharedSite.Name)]
public sealed class SearchIndexTests(PsqmFactory factory)
{
    [Fact]
    public async Task APublishedItem_IsTakenIntoTheIndex_WithinSeconds_WithoutASearchAskingForIt()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var index = factory.Services.GetRequiredService<SearchIndexes>().Get(tenant);
        await factory.InTenantAsync(tenant, async services =>
        {
            var content = services.GetRequiredService<ContentManager>();
            var saved = await content.SaveDraftAsync(SearchTests.Resource("Ornithopters for beginners", "ornithopters"), "test");
            return await content.PublishAsync(saved.Item!.ContentItemId);
        });
        var end = await factory.InTenantAsync(tenant, s => s.GetRequiredService<SearchDbContext>().Changes.MaxAsync(c => c.Id));

        await Eventually(() => Task.FromResult(index.Position >= end));

        Assert.Equal(1, (await ApiAsync($"{tenant.BasePath}/api/search?q=ornithopters")).Total);
    }

    [Fact]
    public async Task ASearchAnsweredBeforeAPublish_IsAnsweredAfreshAfterIt_InEachLanguage()
    {
        var tenant = await factory.CreateTenantAsync("cymru");
        var index = factory.Services.GetRequiredService<SearchIndexes>().Get(tenant);
        Assert.Equal(0, (await ApiAsync($"{tenant.BasePath}/api/search?q=zoetropes")).Total);
        Assert.Equal(0, (await ApiAsync($"{tenant.BasePath}/en/api/search?q=zoetropes")).Total);

        await factory.InTenantAsync(tenant, async services =>
        {
            var content = services.GetRequiredService<ContentManager>();
            var saved = await content.SaveDraftAsync(SearchTests.Resource("Zoetropes and moving pictures", "zoetropes"), "test");
            return await content.PublishAsync(saved.Item!.ContentItemId);
        });
        var end = await factory.InTenantAsync(tenant, s => s.GetRequiredService<SearchDbContext>().Changes.MaxAsync(c => c.Id));
        await Eventually(() => Task.FromResult(index.Position >= end));

        Assert.Equal(1, (await ApiAsync($"{tenant.BasePath}/api/search?q=zoetropes")).Total);
        Assert.Equal(1, (await ApiAsync($"{tenant.BasePath}/en/api/search?q=zoetropes")).Total);
    }

    [Fact]
    public async Task ABuildFinishedByAnotherProcess_IsTakenUpByTheSite_AndTheLogIsAppliedOnTop()
    {
        var tenant = await factory.CreateTenantAsync("england");
        Assert.True((await ApiAsync($"{tenant.BasePath}/api/search?q=science")).Total > 0);

        // Another process (the command line) has its own indexes over the same folders.
        using var other = new SearchIndexes(factory.Services.GetRequiredService<AppDataPaths>(), factory.Services.GetRequiredService<IServiceScopeFactory>(), NullLoggerFactory.Instance);
        await factory.InTenantAsync(tenant, async services =>
        {
            var index = new LuceneSearchIndex(
                services.GetRequiredService<ContentDbContext>(), services.GetRequiredService<SearchDbContext>(),
                services.GetRequiredService<DbContextOptions<SearchDbContext>>(), other, TimeProvider.System);
            return await index.RebuildAsync([new OneDocument()]);
        });
        await factory.InTenantAsync(tenant, async services =>
        {
            var content = services.GetRequiredService<ContentManager>();
            var saved = await content.SaveDraftAsync(SearchTests.Resource("Gyroscopes in the hall", "gyroscopes"), "test");
            return await content.PublishAsync(saved.Item!.ContentItemId);
        });

        await Eventually(async () => (await ApiAsync($"{tenant.BasePath}/api/search?q=quokkas")).Total == 1);
        Assert.Equal(0, (await ApiAsync($"{tenant.BasePath}/api/search?q=science")).Total);
        Assert.Equal(1, (await ApiAsync($"{tenant.BasePath}/api/search?q=gyroscopes")).Total);
    }

    [Fact]
    public async Task AnUnreadableIndex_IsBuiltAgainFromTheDatabase()
    {
        var tenant = await factory.CreateTenantAsync("england");
        Assert.True((await ApiAsync($"{tenant.BasePath}/api/search?q=science")).Total > 0);
        var folder = Path.Combine(factory.AppData, "Sites", tenant.Name, "Search");

        // A build whose files are not an index, named as the one to use.
        Directory.CreateDirectory(Path.Combine(folder, "index-broken"));
        await File.WriteAllTextAsync(Path.Combine(folder, "index-broken", "segments_1"), "not an index");
        await File.WriteAllTextAsync(Path.Combine(folder, "current"), "index-broken");

        await Eventually(async () => (await File.ReadAllTextAsync(Path.Combine(folder, "current"))).Trim() != "index-broken");
        Assert.True((await ApiAsync($"{tenant.BasePath}/api/search?q=science")).Total > 0);
    }

    [Fact]
    public async Task AnIndexWrittenInAnEarlierFormat_IsBuiltAgainFromTheDatabase()
    {
        var tenant = await factory.CreateTenantAsync("england");
        Assert.True((await ApiAsync($"{tenant.BasePath}/api/search?q=science")).Total > 0);
        var folder = Path.Combine(factory.AppData, "Sites", tenant.Name, "Search");

        // A readable index as an earlier version wrote it: its entry kept in stored fields, no format in its commit.
        using (var directory = Lucene.Net.Store.FSDirectory.Open(Path.Combine(folder, "index-earlier")))
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(SearchAnalyzers.Version, SearchAnalyzers.Surface)))
        {
            writer.AddDocument([new Lucene.Net.Documents.TextField("title", "quokkas", Lucene.Net.Documents.Field.Store.YES)]);
            writer.SetCommitData(new Dictionary<string, string> { ["position"] = "0" });
            writer.Commit();
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "current"), "index-earlier");

        await Eventually(async () => (await File.ReadAllTextAsync(Path.Combine(folder, "current"))).Trim() != "index-earlier");
        Assert.True((await ApiAsync($"{tenant.BasePath}/api/search?q=science")).Total > 0);
        Assert.Equal(0, (await ApiAsync($"{tenant.BasePath}/api/search?q=quokkas")).Total);

        // The unreadable build is nobody's once the new one is open, so it does not wait for a later start to go.
        await Eventually(() => Task.FromResult(!Directory.Exists(Path.Combine(folder, "index-earlier"))));
    }

    [Fact]
    public async Task AdminPage_ShowsTheIndexSize_EntriesAndHowFarItHasAppliedTheLog()
    {
        var client = factory.CreateClient();
        await client.SignInAsync("/cymru", Accounts.Demo("Administrator"));

        var page = await client.GetPageAsync("/cymru/admin/search");

        Assert.True(int.Parse(page.Document.QuerySelector("#index-entries")!.TextContent.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) > 50);
        Assert.Matches(@"^[\d,]+ o [\d,]+$", page.Document.QuerySelector("#index-position")!.TextContent.Trim());
        Assert.Contains("Adeiladwyd ddiwethaf", page.Text, StringComparison.Ordinal);
    }

    private async Task<(int Total, List<string> Notices)> ApiAsync(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (json.RootElement.GetProperty("total").GetInt32(), json.RootElement.GetProperty("notices").EnumerateArray().Select(n => n.GetString()!).ToList());
    }

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, "The index did not catch up within 30 seconds.");
            await Task.Delay(100);
        }
    }

    private sealed class OneDocument : ISearchSource
    {
        public string ModuleName => "Content";

        public async IAsyncEnumerable<SearchDocument> DocumentsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            yield return new SearchDocument("test", "quokkas", "Resource", "en", "Quokkas", "Quokkas of Rottnest") { Page = "/Resources/Detail", Route = "slug=quokkas" };
        }
    }
}

/// <summary>A site whose index, once the test says so, takes as long to build as the test says: what searches say meanwhile.</summary>
public sealed class SlowIndexFactory : PsqmFactory
{
    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Builds wait for <see cref="Release"/>; until then (while the demo tenants are set up) they do not.</summary>
    public bool Slow { get; set; }

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<ISearchSource>(new WaitingSource(this)));
    }

    private sealed class WaitingSource(SlowIndexFactory factory) : ISearchSource
    {
        public string ModuleName => "Content";

        public async IAsyncEnumerable<SearchDocument> DocumentsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            if (factory.Slow)
            {
                await factory.Release.Task.WaitAsync(cancellationToken);
            }

            yield break;
        }
    }
}

public sealed class IndexBuildTests(SlowIndexFactory factory) : IClassFixture<SlowIndexFactory>
{
    [Fact]
    public async Task WhileALostIndexIsBuiltAgain_SearchesSayResultsMayBeIncomplete_InTheVisitorsLanguage_ThenFindEverything()
    {
        var client = factory.CreateClient();
        Assert.DoesNotContain("may be incomplete", (await client.GetPageAsync("/cymru/en/search?q=science")).Text, StringComparison.Ordinal);

        // The index is lost (its files are not an index), and the build that replaces it is slow.
        factory.Slow = true;
        var folder = Path.Combine(factory.AppData, "Sites", "Cymru", "Search");
        Directory.CreateDirectory(Path.Combine(folder, "index-lost"));
        await File.WriteAllTextAsync(Path.Combine(folder, "index-lost", "segments_1"), "not an index");
        await File.WriteAllTextAsync(Path.Combine(folder, "current"), "index-lost");

        var english = await Until(client, "/cymru/en/search?q=science", page => page.Text.Contains("Results may be incomplete while the search index is being built", StringComparison.Ordinal));
        var welsh = await client.GetPageAsync("/cymru/chwilio?q=gwyddoniaeth");
        Assert.Contains("Efallai nad yw'r canlyniadau'n gyflawn", welsh.Text, StringComparison.Ordinal);
        Assert.Contains("Results may be incomplete", english.Document.QuerySelector("main [role=status]")!.TextContent, StringComparison.Ordinal);

        factory.Release.SetResult();
        var found = await Until(client, "/cymru/chwilio?q=gwyddoniaeth", page => !page.Text.Contains("Efallai nad yw'r canlyniadau'n gyflawn", StringComparison.Ordinal));
        Assert.NotEmpty(found.Document.QuerySelectorAll("main mark"));
    }

    private static async Task<HtmlPage> Until(HttpClient client, string url, Func<HtmlPage, bool> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var page = await client.GetPageAsync(url);
            if (condition(page))
            {
                return page;
            }

            Assert.True(DateTime.UtcNow < until, "The search did not change within 30 seconds.");
            await Task.Delay(200);
        }
    }
}
