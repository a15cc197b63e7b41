using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Search;

namespace Psqm.Web.Tests;

/// <summary>Search over the demo content, as visitors and members find it on the page and through the API.</summary>
[Collection(SharedSite.Name)]
public sealed class SearchTests(PsqmFactory factory)
{
    [Fact]
    public async Task Cymru_Gwyddoniaeth_FindsTheWelshResourcesThatSayWyddoniaeth_AndMarksTheWord()
    {
        var page = await factory.CreateClient().GetPageAsync("/cymru/chwilio?q=gwyddoniaeth&type=Resource&lang=cy");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var titles = page.Document.QuerySelectorAll(".psqm-search-results h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("Cynllunio ymholi drwy'r flwyddyn", titles);
        Assert.Contains("Matiau geirfa wyddonol ar gyfer Cyfnod Allweddol 1", titles);
        Assert.Contains(page.Document.QuerySelectorAll(".psqm-search-results mark"), m => m.TextContent == "wyddoniaeth");
    }

    [Fact]
    public async Task TypeAndKeyStageFilters_NarrowTheResults_ToTheCountsTheFacetsShow()
    {
        var client = factory.CreateClient();
        var all = await ApiAsync(client, "/api/search?q=science");
        foreach (var type in all.Facet("type"))
        {
            var byType = await ApiAsync(client, $"/api/search?q=science&type={type.Value}");
            Assert.Equal(type.Count, byType.Total);
            Assert.All(byType.Types, t => Assert.Equal(type.Value, t));
            foreach (var stage in byType.Facet("keystage"))
            {
                var both = await ApiAsync(client, $"/api/search?q=science&type={type.Value}&keystage={stage.Value}");
                Assert.Equal(stage.Count, both.Total);
                Assert.True(both.Total <= byType.Total);
            }
        }
    }

    [Fact]
    public async Task Facets_OfTheChosenFacet_StillCountTheOtherValues_SoAChoiceCanBeWidened()
    {
        var client = factory.CreateClient();
        var resources = await ApiAsync(client, "/api/search?q=science&type=Resource");
        var caseStudies = await ApiAsync(client, "/api/search?q=science&type=CaseStudy");
        var either = await ApiAsync(client, "/api/search?q=science&type=Resource&type=CaseStudy");

        Assert.Equal(resources.Total + caseStudies.Total, either.Total);
        Assert.Contains(resources.Facet("type"), f => f.Value == "CaseStudy" && f.Count == caseStudies.Total);
    }

    [Fact]
    public async Task SearchPage_FiltersByTypeAndKeyStage_WithoutJavaScript()
    {
        var client = factory.CreateClient();
        var page = await client.GetPageAsync("/search?q=science");
        var form = page.Document.QuerySelector("form.psqm-filters")!;
        var query = form.QuerySelector("input[type=hidden][name=q]")!.GetAttribute("value");
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("input[type=checkbox][name=type][value=CaseStudy]"));
        Assert.NotNull(form.QuerySelector("input[type=checkbox][name=keystage][value=ks2]"));

        // As the browser sends the form when the two boxes are ticked.
        var filtered = await client.GetPageAsync($"{form.GetAttribute("action")}?q={query}&type=CaseStudy&keystage=ks2");

        Assert.Equal("/search", filtered.Url.AbsolutePath);
        var count = filtered.Document.QuerySelector("[role=status]")!.TextContent.Trim();
        var label = filtered.Document.QuerySelectorAll(".psqm-filters label").First(l => l.TextContent.StartsWith("Key stage 2", StringComparison.Ordinal)).TextContent;
        Assert.Contains($"({count.Split(' ')[0]})", label, StringComparison.Ordinal);
        Assert.All(filtered.Document.QuerySelectorAll(".psqm-search-results .psqm-meta"), m => Assert.StartsWith("Case study", m.TextContent.Trim(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/search?q=science+evenings", "Science evenings for families")]
    [InlineData("/search?q=ambassadors", "Pupils as science ambassadors")]
    [InlineData("/search?q=laboratory", "The school field as a laboratory")]
    [InlineData("/search?q=hedges+pond", "The school field as a laboratory")]
    [InlineData("/search?q=working+scientifically+early+years", "Working scientifically in the early years")]
    [InlineData("/search?q=teaches+assessment", "Assessment that helps teaching")]
    [InlineData("/search?q=meet+a+scientist", "Meet a scientist week")]
    [InlineData("/search?q=neighbouring+schools", "Sharing what works with neighbouring schools")]
    [InlineData("/search?q=new+subject+leader", "A new subject leader's first year")]
    [InlineData("/search?q=talking+scientists", "Talking like scientists")]
    [InlineData("/search?q=practical+science", "Practical science for every pupil")]
    [InlineData("/search?q=special+educational+needs", "Practical science for every pupil")]
    [InlineData("/search?q=greener+community", "A greener school and community")]
    [InlineData("/search?q=energy+waste", "A greener school and community")]
    [InlineData("/search?q=six+schools", "Six schools, one science plan")]
    [InlineData("/search?q=vocabulary+mats", "Science vocabulary mats for Key Stage 1")]
    [InlineData("/search?q=outdoor+seasons", "Outdoor science through the seasons")]
    [InlineData("/search?q=action+plan", "Writing your action plan")]
    [InlineData("/search?q=planning+enquiries", "Planning enquiry across the year")]
    [InlineData("/search?q=paperwork", "Assessing primary science without the paperwork")]
    [InlineData("/search?q=science+capital", "Science capital in the classroom")]
    [InlineData("/search?q=%22round+calendars%22", "The process and round calendars")]
    [InlineData("/search?q=evening*", "Science evenings for families")]
    [InlineData("/search?q=audited+findings", "The subject leader has audited science across the school and shared the findings with staff and leaders.")]
    [InlineData("/cymru/chwilio?q=llysgenhadon", "Disgyblion yn llysgenhadon gwyddoniaeth")]
    [InlineData("/cymru/chwilio?q=labordy", "Cae'r ysgol yn labordy")]
    [InlineData("/cymru/chwilio?q=nosweithiau+teuluoedd", "Nosweithiau gwyddoniaeth i deuluoedd")]
    [InlineData("/cymru/chwilio?q=cymuned", "Ysgol a chymuned wyrddach")]
    [InlineData("/cymru/chwilio?q=gyfalaf", "Cyfalaf gwyddoniaeth yn yr ystafell ddosbarth")]
    [InlineData("/cymru/chwilio?q=gwyddonydd", "Wythnos cwrdd â gwyddonydd")]
    public async Task Relevance_TheExpectedItem_IsInTheTopThree(string url, string title)
    {
        var page = await factory.CreateClient().GetPageAsync(url);

        var top = page.Document.QuerySelectorAll(".psqm-search-results h2").Take(3).Select(h => h.TextContent.Trim()).ToList();
        Assert.True(top.Contains(title), $"{url}: expected \"{title}\" in the top three, got: {string.Join(" | ", top)}");
    }

    [Fact]
    public async Task Ranking_TitleMatchesComeBeforeBodyMatches()
    {
        var results = await ApiAsync(factory.CreateClient(), "/api/search?q=science");
        var inTitle = results.Titles.Select(t => t.Contains("science", StringComparison.OrdinalIgnoreCase)).ToList();

        Assert.True(inTitle[0]);
        Assert.Equal(inTitle.OrderByDescending(t => t), inTitle);
    }

    [Fact]
    public async Task Glossary_OnTheBilingualSite_FindsTheOtherLanguage_AfterTheSameLanguage()
    {
        var results = await ApiAsync(factory.CreateClient(), "/cymru/api/search?q=gwyddoniaeth&type=Resource");

        Assert.Contains(results.Languages, l => l == "en");
        var firstTranslated = results.Translated.IndexOf(true);
        Assert.True(firstTranslated > 0);
        Assert.All(results.Translated.Skip(firstTranslated), Assert.True);
        Assert.All(results.Languages.Take(firstTranslated), l => Assert.Equal("cy", l));
    }

    [Theory]
    [InlineData("/search?q=sceince", "science")]
    [InlineData("/search?q=ambasadors", "ambassadors")]
    [InlineData("/search?q=laboratroy+field", "laboratory field")]
    [InlineData("/cymru/chwilio?q=gwyddonaieth", "gwyddoniaeth")]
    public async Task DidYouMean_OffersTheNearestIndexedWord(string url, string suggestion)
    {
        var page = await factory.CreateClient().GetPageAsync(url);

        Assert.Equal(suggestion, page.Document.QuerySelector(".psqm-did-you-mean a")!.TextContent.Trim());
    }

    [Fact]
    public async Task DidYouMean_IsNotOfferedForWordsTheIndexHas()
    {
        var page = await factory.CreateClient().GetPageAsync("/search?q=science+ambassadors");

        Assert.Null(page.Document.QuerySelector(".psqm-did-you-mean"));
    }

    [Fact]
    public async Task MembersOnlyResources_AreFoundOnlyBySignedInMembers()
    {
        var visitor = await ApiAsync(factory.CreateClient(), "/api/search?q=moderating");
        Assert.DoesNotContain("Moderating working scientifically", visitor.Titles);

        var member = factory.CreateClient();
        await member.SignInAsync("", Accounts.Demo("SubjectLeader"));
        var signedIn = await ApiAsync(member, "/api/search?q=moderating");
        Assert.Contains("Moderating working scientifically", signedIn.Titles);
    }

    [Fact]
    public async Task Publishing_Unpublishing_AndDeleting_ChangeTheIndexInTheSameTransaction()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var client = factory.CreateClient();
        var id = await factory.InTenantAsync(tenant, async services =>
        {
            var content = services.GetRequiredService<ContentManager>();
            var saved = await content.SaveDraftAsync(Resource("Zymurgy in the classroom", "zymurgy-in-the-classroom"), "test");
            return saved.Item!.ContentItemId;
        });
        Assert.Equal(0, (await ApiAsync(client, $"{tenant.BasePath}/api/search?q=zymurgy")).Total);

        await factory.InTenantAsync(tenant, services => services.GetRequiredService<ContentManager>().PublishAsync(id));
        Assert.Equal(1, (await ApiAsync(client, $"{tenant.BasePath}/api/search?q=zymurgy")).Total);

        await factory.InTenantAsync(tenant, services => services.GetRequiredService<ContentManager>().UnpublishAsync(id));
        Assert.Equal(0, (await ApiAsync(client, $"{tenant.BasePath}/api/search?q=zymurgy")).Total);

        await factory.InTenantAsync(tenant, services => services.GetRequiredService<ContentManager>().PublishAsync(id));
        await factory.InTenantAsync(tenant, services => services.GetRequiredService<ContentManager>().DeleteAsync(id));
        Assert.Equal(0, (await ApiAsync(client, $"{tenant.BasePath}/api/search?q=zymurgy")).Total);
    }

    [Fact]
    public async Task AnIndexWrite_InATransactionThatRollsBack_LeavesNoEntry()
    {
        var tenant = await factory.CreateTenantAsync("england");
        await factory.InTenantAsync(tenant, async services =>
        {
            var db = services.GetRequiredService<ContentDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await services.GetRequiredService<ISearchIndex>().PutAsync(
                new SearchDocument("content", "rolled-back", "Resource", "en", "Quixotic kites", "Text") { Page = "/Resources/Detail", Route = "slug=kites" });
            await transaction.RollbackAsync();
            return 0;
        });

        Assert.Equal(0, (await ApiAsync(factory.CreateClient(), $"{tenant.BasePath}/api/search?q=quixotic")).Total);
    }

    [Fact]
    public async Task DuringARebuild_SearchesStillFindTheOldIndex()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var client = factory.CreateClient();
        var before = (await ApiAsync(client, $"{tenant.BasePath}/api/search?q=science")).Total;
        var source = new PausingSource();

        var rebuild = factory.InTenantAsync(tenant, services => services.GetRequiredService<ISearchIndex>().RebuildAsync([source]));
        await source.Paused.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var during = await ApiAsync(client, $"{tenant.BasePath}/api/search?q=science");
        source.Resume.SetResult();
        Assert.Equal(1, await rebuild);

        Assert.True(before > 0);
        Assert.Equal(before, during.Total);
        Assert.Equal(1, (await ApiAsync(client, $"{tenant.BasePath}/api/search?q=quokkas")).Total);
        Assert.Equal(0, (await ApiAsync(client, $"{tenant.BasePath}/api/search?q=science")).Total);
    }

    [Fact]
    public async Task AnotherTenantsItems_NeverAppear()
    {
        var tenant = await factory.CreateTenantAsync("england");
        await factory.InTenantAsync(tenant, async services =>
        {
            var content = services.GetRequiredService<ContentManager>();
            var saved = await content.SaveDraftAsync(Resource("Xylophones and sound", "xylophones-and-sound"), "test");
            return await content.PublishAsync(saved.Item!.ContentItemId);
        });
        var client = factory.CreateClient();

        Assert.Equal(1, (await ApiAsync(client, $"{tenant.BasePath}/api/search?q=xylophones")).Total);
        Assert.Equal(0, (await ApiAsync(client, "/api/search?q=xylophones")).Total);
        Assert.Equal(0, (await ApiAsync(client, "/cymru/api/search?q=xylophones")).Total);
    }

    public static TheoryData<string> HostileQueries() =>
    [
        "\"", "\"\"", "\"\"\"", "\"unbalanced", "unbalanced\"", "\"a\" \"b", "(", ")", "((science", "science))", "()", "*", "**", "***science",
        "science*", "s*", "-", "--", "-science", "- science", "---science", "OR", "OR OR", "science OR", "OR science", "AND", "NOT", "NOT science",
        "science NOT", "NEAR(science magnets)", "NEAR", "title:science", "{title}: science", "^science", "science^2", "+science", "science~",
        "science:*", "\\", "\\\"", "'", "''", "' OR 1=1 --", "'; DROP TABLE SearchEntries; --", "<script>alert(1)</script>", "%00", "\u0000",
        "😀", "🧪 science", "ŵŷâ", "ǅ", "Ⅻ", "١٢٣", "科学", "\u202e", "\ud800", "a\u0301", new string('x', 10_000), string.Join(' ', Enumerable.Repeat("science", 2_000)),
        string.Join(' ', Enumerable.Repeat("\"", 5_000)), string.Join(" OR ", Enumerable.Repeat("a", 3_000)), "gwyddoniaeth NEU", "NEU", "{", "}", "[", "]", ":", ";",
        "|", "||", "&&", "!", "?", "$", "@", "#", "~", "`", "=", ",", ".", "...", "-*", "*-", "\"*\"", "\"-\"", "-\"science\"", "\t\n\r",
    ];

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task HostileQueries_GiveResultsOrAMessage_NeverAnError(string query)
    {
        var client = factory.CreateClient();
        var encoded = Uri.EscapeDataString(query);

        var page = await client.GetPageAsync($"/cymru/chwilio?q={encoded}");
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.True(
            page.Document.QuerySelector("[role=status]") is not null,
            $"No results count or message for {query[..Math.Min(40, query.Length)]}");

        var api = await client.GetAsync($"/api/search?q={encoded}");
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        using var json = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        var notices = json.RootElement.GetProperty("notices").GetArrayLength();
        Assert.True(json.RootElement.GetProperty("total").GetInt32() >= 0 && (notices > 0 || json.RootElement.GetProperty("results").ValueKind == JsonValueKind.Array));
    }

    [Fact]
    public async Task AnEmptySearch_SaysWhatToDo_InTheVisitorsLanguage()
    {
        var client = factory.CreateClient();

        Assert.Contains("Teipiwch un gair neu fwy i chwilio amdano.", (await client.GetPageAsync("/cymru/chwilio?q=%22%22")).Text, StringComparison.Ordinal);
        Assert.Contains("Add a word to search for as well as the words to leave out.", (await client.GetPageAsync("/search?q=-science")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paging_KeepsTheQueryAndFilters()
    {
        var client = factory.CreateClient();
        var first = await client.GetPageAsync("/search?q=science&lang=en");
        var next = first.Document.QuerySelector("a[rel=next]")!.GetAttribute("href")!;

        Assert.Contains("q=science", next, StringComparison.Ordinal);
        Assert.Contains("p=2", next, StringComparison.Ordinal);
        Assert.Equal(10, first.Document.QuerySelectorAll(".psqm-search-results > li").Length);
        Assert.NotEmpty((await client.GetPageAsync(next)).Document.QuerySelectorAll(".psqm-search-results > li"));
    }

    [Fact]
    public async Task EveryPage_HasTheSearchBox_AndTheLanguageSwitchKeepsTheSearch()
    {
        var client = factory.CreateClient();
        var home = await client.GetPageAsync("/cymru/");
        var box = home.Document.QuerySelector("header form[role=search]")!;
        Assert.Equal("/cymru/chwilio", box.GetAttribute("action"));

        var results = await client.GetPageAsync("/cymru/chwilio?q=gwyddoniaeth");
        Assert.Equal("/cymru/en/search?q=gwyddoniaeth", results.Document.QuerySelector("a[hreflang=en]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task AdminPage_IsForAdministrators_AndAnalysesText()
    {
        var visitor = await factory.CreateClient().GetPageAsync("/admin/search");
        Assert.Equal("/account/sign-in", visitor.Url.AbsolutePath);

        var client = factory.CreateClient();
        await client.SignInAsync("", Accounts.Demo("Administrator"));
        var page = await client.GetPageAsync("/admin/search?Text=Teaching+enquiries&Culture=en#analyse");
        var cells = page.Document.QuerySelectorAll("tbody td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["Teaching", "teach", "enquiries", "enquiri"], cells);

        var rebuilt = await client.SubmitAsync(page, new Dictionary<string, string>(), "main form[action='?handler=Rebuild']");
        Assert.Contains("The index is rebuilt", rebuilt.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Glossary_WithALineThatIsNotAPair_IsRefusedWithAMessage_AndKeepsWhatWasTyped()
    {
        var client = factory.CreateClient();
        await client.SignInAsync("/cymru", Accounts.Demo("Administrator"));
        var page = await client.GetPageAsync("/cymru/admin/search");

        var refused = await client.SubmitAsync(page, new Dictionary<string, string> { ["Glossary"] = "science = gwyddoniaeth\nnot a pair" }, "main form[action='?handler=Glossary']");

        Assert.Contains("Nid yw llinell 2 yn bâr", refused.Text, StringComparison.Ordinal);
        Assert.Contains("not a pair", refused.Document.QuerySelector("#Glossary")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>One document, then a pause in the middle of the rebuild until the test lets it finish.</summary>
    private sealed class PausingSource : ISearchSource
    {
        public TaskCompletionSource Paused { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Resume { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string ModuleName => "Content";

        public async IAsyncEnumerable<SearchDocument> DocumentsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            yield return new SearchDocument("test", "quokkas", "Resource", "en", "Quokkas", "Quokkas of Rottnest") { Page = "/Resources/Detail", Route = "slug=quokkas" };
            Paused.SetResult();
            await Resume.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>A public link resource in English, as a hub leader would write it.</summary>
    internal static ContentDraft Resource(string title, string slug) =>
        new("Resource", "en", title, slug, new Dictionary<string, string[]>
        {
            ["summary"] = [title + " for the whole school."],
            ["format"] = ["link"],
            ["link"] = ["https://example.org/" + slug],
            ["access"] = ["public"],
            ["date"] = ["2026-01-01"],
        });

    private static async Task<ApiResults> ApiAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        var results = root.GetProperty("results").EnumerateArray().ToList();
        var facets = root.GetProperty("facets").EnumerateObject().ToDictionary(
            f => f.Name,
            f => f.Value.EnumerateArray().Select(v => (v.GetProperty("value").GetString()!, v.GetProperty("count").GetInt32())).ToList());
        return new ApiResults(
            root.GetProperty("total").GetInt32(),
            results.Select(r => r.GetProperty("title").GetString()!).ToList(),
            results.Select(r => r.GetProperty("type").GetString()!).ToList(),
            results.Select(r => r.GetProperty("language").GetString()!).ToList(),
            results.Select(r => r.GetProperty("translated").GetBoolean()).ToList(),
            facets);
    }

    private sealed record ApiResults(int Total, List<string> Titles, List<string> Types, List<string> Languages, List<bool> Translated, Dictionary<string, List<(string Value, int Count)>> Facets)
    {
        public List<(string Value, int Count)> Facet(string name) => Facets.GetValueOrDefault(name) ?? [];
    }
}
