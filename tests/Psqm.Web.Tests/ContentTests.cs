using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Tenancy;

namespace Psqm.Web.Tests;

[Collection(SharedSite.Name)]
public sealed class ContentTests(PsqmFactory factory) : IAsyncLifetime
{
    private Tenant _tenant = null!;

    private string Base => _tenant.BasePath.Value!;

    public async Task InitializeAsync() => _tenant = await factory.CreateTenantAsync("cymru");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SavingTwiceThenPublishing_KeepsEveryVersion_AndPublishesOnlyTheLatest()
    {
        var (history, published) = await factory.InTenantAsync(_tenant, async services =>
        {
            var content = services.GetRequiredService<ContentManager>();
            var first = await content.SaveDraftAsync(Draft("Drafft cyntaf", "stori-brawf"), "editor");
            var second = await content.SaveDraftAsync(Draft("Ail ddrafft", "stori-brawf") with { ContentItemId = first.Item!.ContentItemId, BaseVersionId = first.Item.Id }, "hq");
            await content.PublishAsync(second.Item!.ContentItemId, second.Item.Id);
            return (await content.HistoryAsync(first.Item.ContentItemId), await services.GetRequiredService<PublishedContent>().FindAsync("CaseStudy", "cy", "stori-brawf"));
        });

        Assert.Equal([2, 1], history.Select(v => v.Version));
        Assert.Equal(["hq", "editor"], history.Select(v => v.Author));
        Assert.True(history[0].Latest && history[0].Published);
        Assert.False(history[1].Latest || history[1].Published);
        Assert.Equal("Ail ddrafft", published!.Title);
    }

    [Fact]
    public async Task PublishAndUnpublish_ShowAndHideThePublicPage()
    {
        var id = await CreateAsync("Stori gyhoeddus", "stori-gyhoeddus", publish: true);
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"{Base}/astudiaethau-achos/stori-gyhoeddus", UriKind.Relative))).StatusCode);

        await factory.InTenantAsync(_tenant, s => s.GetRequiredService<ContentManager>().UnpublishAsync(id));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"{Base}/astudiaethau-achos/stori-gyhoeddus", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task TwoEditorsSavingTheSameItem_TheSecondIsToldAndLosesNothing()
    {
        var id = await CreateAsync("Dwy olygydd", "dwy-olygydd", publish: false);
        var first = factory.CreateClient();
        var second = factory.CreateClient();
        await first.SignInAsync(Base, Accounts.Demo("Editor"));
        await second.SignInAsync(Base, Accounts.Demo("Hq"));
        var firstForm = await first.GetPageAsync($"{Base}/admin/content/edit/{id}");
        var secondForm = await second.GetPageAsync($"{Base}/admin/content/edit/{id}");

        await first.SubmitAsync(firstForm, new Dictionary<string, string> { ["Title"] = "Teitl y golygydd cyntaf" }, action: "?handler=Save");
        var conflict = await second.SubmitAsync(secondForm, new Dictionary<string, string> { ["Title"] = "Teitl yr ail olygydd" }, action: "?handler=Save");

        Assert.Contains("Cadwodd rhywun arall yr eitem hon", conflict.Document.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Teitl yr ail olygydd", conflict.Document.QuerySelector("#Title")!.GetAttribute("value"));
        var latest = await factory.InTenantAsync(_tenant, s => s.GetRequiredService<ContentManager>().LatestAsync(id));
        Assert.Equal("Teitl y golygydd cyntaf", latest!.Title);

        var again = await second.SubmitAsync(conflict, new Dictionary<string, string>(), action: "?handler=Save");
        Assert.Contains("wedi'i gadw fel drafft", again.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewItemWithATakenWebAddress_GetsAMessageBesideTheField()
    {
        await CreateAsync("Cyfeiriad cyntaf", "cyfeiriad-prysur", publish: false);
        var client = factory.CreateClient();
        await client.SignInAsync(Base, Accounts.Demo("Editor"));
        var form = await client.GetPageAsync($"{Base}/admin/content/edit?type=CaseStudy");

        var page = await client.SubmitAsync(form, Fields("Eitem arall", "cyfeiriad-prysur"), action: "?handler=Save&type=CaseStudy&culture=cy");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains("eisoes yn defnyddio'r cyfeiriad gwe hwn", page.Document.QuerySelector("#Slug-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Eitem arall", page.Document.QuerySelector("#Title")!.GetAttribute("value"));
    }

    [Fact]
    public async Task EmptyRequiredFields_AreNamedInWelshAndNothingIsSaved()
    {
        var client = factory.CreateClient();
        await client.SignInAsync(Base, Accounts.Demo("Editor"));
        var form = await client.GetPageAsync($"{Base}/admin/content/edit?type=CaseStudy");

        var page = await client.SubmitAsync(form, new Dictionary<string, string> { ["Title"] = "", ["Fields.level"] = "no-such-level" }, action: "?handler=Save&type=CaseStudy&culture=cy");

        Assert.True(page.Response.StatusCode == HttpStatusCode.OK, page.Text[..Math.Min(2000, page.Text.Length)]);
        var summary = page.Document.QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("Rhowch deitl", summary, StringComparison.Ordinal);
        Assert.Contains("Mae angen crynodeb", summary, StringComparison.Ordinal);
        Assert.Contains("dewiswch o'r rhestr", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Translate_StartsTheEnglishVersionInTheSameSet_AndTheSwitchLinksTheTwo()
    {
        var id = await CreateAsync("Stori Gymraeg yn unig", "stori-gymraeg-yn-unig", publish: true);
        var client = factory.CreateClient();
        await client.SignInAsync(Base, Accounts.Demo("Editor"));
        var untranslated = await client.GetPageAsync($"{Base}/admin/content?untranslated=true");
        Assert.Contains("Stori Gymraeg yn unig", untranslated.Text, StringComparison.Ordinal);

        var edit = await client.GetPageAsync($"{Base}/admin/content/edit/{id}");
        var english = await client.SubmitAsync(edit, new Dictionary<string, string>(), "form[action*=Translate]");
        Assert.Equal("Stori Gymraeg yn unig", english.Document.QuerySelector("#Title")!.GetAttribute("value"));
        await client.SubmitAsync(english, new Dictionary<string, string> { ["Title"] = "A Welsh-only story, translated", ["Slug"] = "translated-story" }, action: "?handler=Publish");

        var welshPage = await client.GetPageAsync($"{Base}/astudiaethau-achos/stori-gymraeg-yn-unig");
        Assert.Equal($"{Base}/en/case-studies/translated-story", welshPage.Document.QuerySelector("a[hreflang=en]")!.GetAttribute("href"));
        var englishPage = await client.GetPageAsync($"{Base}/en/case-studies/translated-story");
        Assert.Equal("A Welsh-only story, translated", englishPage.Document.QuerySelector("h1")!.TextContent);
        Assert.Equal($"{Base}/astudiaethau-achos/stori-gymraeg-yn-unig", englishPage.Document.QuerySelector("a[hreflang=cy]")!.GetAttribute("href"));
        Assert.DoesNotContain("Stori Gymraeg yn unig", (await client.GetPageAsync($"{Base}/admin/content?untranslated=true")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingTranslation_SaysSoInThePagesLanguage_AndLinksToTheVersionThatExists()
    {
        await CreateAsync("Dim ond yn Gymraeg", "dim-ond-yn-gymraeg", publish: true);

        var page = await factory.CreateClient().GetPageAsync($"{Base}/en/case-studies/dim-ond-yn-gymraeg");

        Assert.Equal("en", page.Lang);
        Assert.Contains("This case study is not available in English yet.", page.Text, StringComparison.Ordinal);
        Assert.Equal($"{Base}/astudiaethau-achos/dim-ond-yn-gymraeg", page.Document.QuerySelector(".govuk-inset-text a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task RestoreAnOldVersion_MakesItTheNewDraft()
    {
        var id = await CreateAsync("Fersiwn un", "fersiwn-adfer", publish: true);
        await factory.InTenantAsync(_tenant, async s =>
        {
            var content = s.GetRequiredService<ContentManager>();
            var latest = await content.LatestAsync(id);
            return await content.SaveDraftAsync(Draft("Fersiwn dau", "fersiwn-adfer") with { ContentItemId = id, BaseVersionId = latest!.Id }, "editor");
        });
        var client = factory.CreateClient();
        await client.SignInAsync(Base, Accounts.Demo("Editor"));
        var history = await client.GetPageAsync($"{Base}/admin/content/history/{id}");
        var compare = await client.GetPageAsync($"{Base}/admin/content/compare/{id}?from={history.Document.QuerySelectorAll("input[name=from]")[1].GetAttribute("value")}&to={history.Document.QuerySelectorAll("input[name=to]")[0].GetAttribute("value")}");
        Assert.Contains("Fersiwn un", compare.Document.QuerySelector("del")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Fersiwn dau", compare.Document.QuerySelector("ins")!.TextContent, StringComparison.Ordinal);

        var restored = await client.SubmitAsync(history, new Dictionary<string, string>(), "form[action*=Restore]");

        Assert.Equal("Fersiwn un", restored.Document.QuerySelector("#Title")!.GetAttribute("value"));
        var versions = await factory.InTenantAsync(_tenant, s => s.GetRequiredService<ContentManager>().HistoryAsync(id));
        Assert.Equal(3, versions.Count);
        Assert.Equal("Fersiwn un", versions[0].Title);
        Assert.Equal("Fersiwn un", versions.Single(v => v.Published).Title);
    }

    [Fact]
    public async Task ScriptInMarkdown_IsShownAsText_AndUnsafeLinksAreRemoved()
    {
        await CreateAsync("Stori beryglus", "stori-beryglus", publish: true,
            body: "<script>alert('x')</script>\n\n[cliciwch](javascript:alert(1)) <img src=x onerror=alert(2)>");

        var response = await factory.CreateClient().GetAsync(new Uri($"{Base}/astudiaethau-achos/stori-beryglus", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PreviewButton_RendersTheMarkdownWithoutSaving()
    {
        var client = factory.CreateClient();
        await client.SignInAsync(Base, Accounts.Demo("Editor"));
        var form = await client.GetPageAsync($"{Base}/admin/content/edit?type=CaseStudy");

        var page = await client.SubmitAsync(form, new Dictionary<string, string> { ["Title"] = "Rhagolwg", ["Fields.body"] = "## Pennawd\n\n- un\n- dau" }, action: "?handler=Preview&type=CaseStudy&culture=cy");

        Assert.Equal("Pennawd", page.Document.QuerySelector(".psqm-preview h2")!.TextContent);
        Assert.Equal(2, page.Document.QuerySelectorAll(".psqm-preview li").Length);
        Assert.Empty(await factory.InTenantAsync(_tenant, s => s.GetRequiredService<ContentDbContext>().ContentItems.Where(c => c.Title == "Rhagolwg").ToListAsync()));
    }

    [Fact]
    public async Task UnpublishThenDelete_FromTheEditor_TakeTheItemOffTheSiteAndTheList()
    {
        var id = await CreateAsync("I'w dileu", "iw-dileu", publish: true);
        var client = factory.CreateClient();
        await client.SignInAsync(Base, Accounts.Demo("Editor"));
        var edit = await client.GetPageAsync($"{Base}/admin/content/edit/{id}");

        var unpublished = await client.SubmitAsync(edit, new Dictionary<string, string>(), "form[action*=Unpublish]");
        Assert.Contains("wedi'i gyhoeddi mwyach", unpublished.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"{Base}/astudiaethau-achos/iw-dileu", UriKind.Relative))).StatusCode);

        var confirm = await client.GetPageAsync($"{Base}/admin/content/delete/{id}");
        var deleted = await client.SubmitAsync(confirm, new Dictionary<string, string>());
        Assert.Contains("wedi'i ddileu", deleted.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("I'w dileu", deleted.Document.QuerySelector("table")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"{Base}/admin/content/edit/{id}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task SubjectLeader_CannotOpenTheEditor_AndAHubLeaderOnlyForTheirHubsTypes()
    {
        var subjectLeader = factory.CreateClient();
        await subjectLeader.SignInAsync(Base, Accounts.Demo("SubjectLeader"));
        var hubLeader = factory.CreateClient();
        await hubLeader.SignInAsync(Base, Accounts.Demo("HubLeader"));

        Assert.Equal(HttpStatusCode.Forbidden, (await subjectLeader.GetPageAsync($"{Base}/admin/content")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await subjectLeader.GetPageAsync($"{Base}/admin/content/edit?type=CaseStudy")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await hubLeader.GetPageAsync($"{Base}/admin/content")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hubLeader.GetPageAsync($"{Base}/admin/content/edit?type=CaseStudy")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await hubLeader.GetPageAsync($"{Base}/admin/content/edit?type=Resource")).Response.StatusCode);
    }

    private async Task<string> CreateAsync(string title, string slug, bool publish, string body = "Stori.")
    {
        var fields = Values(body);
        return await factory.InTenantAsync(_tenant, async s =>
        {
            var content = s.GetRequiredService<ContentManager>();
            var saved = await content.SaveDraftAsync(new ContentDraft("CaseStudy", "cy", title, slug, fields), "editor");
            if (publish)
            {
                await content.PublishAsync(saved.Item!.ContentItemId);
            }

            return saved.Item!.ContentItemId;
        });
    }

    private static ContentDraft Draft(string title, string slug) => new("CaseStudy", "cy", title, slug, Values("Stori."));

    private static Dictionary<string, string[]> Values(string body) => new()
    {
        ["summary"] = ["Crynodeb."],
        ["body"] = [body],
        ["date"] = ["2025-01-01"],
        ["setting"] = ["school"],
        ["region"] = ["north-wales"],
        ["level"] = ["psqm"],
    };

    private static Dictionary<string, string> Fields(string title, string slug) => new()
    {
        ["Title"] = title,
        ["Slug"] = slug,
        ["Fields.summary"] = "Crynodeb.",
        ["Fields.body"] = "Stori.",
        ["Fields.date"] = "2025-01-01",
        ["Fields.setting"] = "school",
        ["Fields.region"] = "north-wales",
        ["Fields.level"] = "psqm",
    };
}
