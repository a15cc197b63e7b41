using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Tenancy;
using Psqm.Modules.Content.Engine;
using Psqm.Modules.Workflows.Data;

namespace Psqm.Web.Tests;

/// <summary>A hub leader's item for the whole site reaches it through an editor's review: published, or returned with feedback.</summary>
[Collection(SharedSite.Name)]
public sealed class PublishingReviewTests(PsqmFactory factory) : IAsyncLifetime
{
    private Tenant _tenant = null!;

    private string Base => _tenant.BasePath.Value!;

    public async Task InitializeAsync() => _tenant = await factory.CreateTenantAsync("cymru");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AHubLeadersResourceForTheWholeSite_WaitsForAnEditor_WhoPublishesIt()
    {
        var leader = await factory.SignedInAsync(_tenant, "hubleader@example.org");
        var item = await SendAsync(leader, "Ymchwilio i'r tywydd", "Ar gyfer pob ysgol, os gwelwch yn dda.");

        Assert.Null(item.Hub);
        Assert.False(item.Published);
        Assert.Equal("in-review", await StateAsync(item));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(new Uri($"{Base}/adnoddau/{item.Slug}", UriKind.Relative))).StatusCode);
        Assert.Contains(factory.Mail(_tenant), m => m.Contains("To: editor@example.org", StringComparison.Ordinal)
            && (MailText.Parse(m).TextBody ?? "").Contains("Ar gyfer pob ysgol", StringComparison.Ordinal)
            && (MailText.Parse(m).TextBody ?? "").Contains($"/admin/content/edit/{item.ContentItemId}", StringComparison.Ordinal));

        var editor = await factory.SignedInAsync(_tenant, "editor@example.org");
        var dashboard = await editor.GetPageAsync($"{Base}/dangosfwrdd");
        Assert.Contains("Mae 1 eitem yn aros i olygydd ei hadolygu", dashboard.Text, StringComparison.Ordinal);
        Assert.EndsWith("/admin/content?waiting=true", dashboard.Document.QuerySelector("main ul a")!.GetAttribute("href"), StringComparison.Ordinal);
        var waiting = await editor.GetPageAsync($"{Base}/admin/content?waiting=true");
        Assert.Contains("Ymchwilio i'r tywydd", waiting.Text, StringComparison.Ordinal);
        Assert.Contains("Ymchwilio i'r tywydd", (await editor.GetPageAsync($"{Base}/cyfrif/hysbysiadau")).Text, StringComparison.Ordinal);

        var page = await editor.GetPageAsync($"{Base}/admin/content/edit/{item.ContentItemId}");
        var published = await editor.SubmitAsync(page, new Dictionary<string, string>(), "form[action='?handler=Approve']");

        Assert.True(published.Response.IsSuccessStatusCode, published.Text);
        Assert.Equal("published", await StateAsync(item));
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync(new Uri($"{Base}/adnoddau/{item.Slug}", UriKind.Relative))).StatusCode);
        var found = await factory.CreateClient().GetStringAsync(new Uri($"{Base}/api/search?q=tywydd", UriKind.Relative));
        Assert.Contains("Ymchwilio i'r tywydd", System.Text.RegularExpressions.Regex.Unescape(found), StringComparison.Ordinal);
        Assert.Contains(factory.Mail(_tenant), m => m.Contains("To: hubleader@example.org", StringComparison.Ordinal) && MailText.Subject(m).Contains("Ymchwilio i'r tywydd", StringComparison.Ordinal));
        Assert.DoesNotContain("Ymchwilio i'r tywydd", (await editor.GetPageAsync($"{Base}/admin/content?waiting=true")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEditorReturnsTheItemWithFeedback_TheAuthorReadsIt_AndSendsItAgain()
    {
        var leader = await factory.SignedInAsync(_tenant, "hubleader@example.org");
        var item = await SendAsync(leader, "Gwyddoniaeth y gegin", null);
        var editor = await factory.SignedInAsync(_tenant, "editor@example.org");
        var page = await editor.GetPageAsync($"{Base}/admin/content/edit/{item.ContentItemId}");

        var empty = await editor.SubmitAsync(page, new Dictionary<string, string> { ["ReviewNote"] = "  " }, "form[action='?handler=Return']");
        Assert.NotNull(empty.Document.QuerySelector(".govuk-error-summary"));
        Assert.Equal("in-review", await StateAsync(item));

        await editor.SubmitAsync(page, new Dictionary<string, string> { ["ReviewNote"] = "Ychwanegwch asesiad risg, os gwelwch yn dda." }, "form[action='?handler=Return']");
        Assert.Equal("draft", await StateAsync(item));

        var mine = await leader.GetPageAsync($"{Base}/admin/content/edit/{item.ContentItemId}");
        Assert.Contains("Ychwanegwch asesiad risg", mine.Text, StringComparison.Ordinal);
        Assert.Contains(factory.Mail(_tenant), m => m.Contains("To: hubleader@example.org", StringComparison.Ordinal) && (MailText.Parse(m).TextBody ?? "").Contains("Ychwanegwch asesiad risg", StringComparison.Ordinal));

        await leader.SubmitAsync(mine, new Dictionary<string, string> { ["Fields.summary"] = "Gydag asesiad risg." }, "#content-form", "?handler=Send");
        Assert.Equal("in-review", await StateAsync(item));
    }

    [Fact]
    public async Task AHubLeader_CannotPublishForTheWholeSiteThemselves_AndLosesNothingTheyTyped()
    {
        var leader = await factory.SignedInAsync(_tenant, "hubleader@example.org");
        var form = await leader.GetPageAsync($"{Base}/admin/content/edit?type=Resource");
        Assert.Equal("gwynedd-mon", form.Document.QuerySelector("select[name='Fields.hub'] option[selected]")?.GetAttribute("value"));

        var refused = await leader.SubmitAsync(form, Fields("Taflen i bawb", hub: ""), action: "?handler=Publish&type=Resource&culture=cy");

        Assert.NotNull(refused.Document.QuerySelector(".govuk-error-summary"));
        Assert.Equal("Taflen i bawb", refused.Document.QuerySelector("input[name=Title]")?.GetAttribute("value"));
        Assert.False(await factory.InTenantAsync(_tenant, s => s.GetRequiredService<ContentDbContext>().ContentItems.AnyAsync(c => c.Title == "Taflen i bawb")));
    }

    [Fact]
    public async Task OnlyAnEditorDecides_AndAnotherHubsLeaderCannotSeeTheItem()
    {
        var leader = await factory.SignedInAsync(_tenant, "hubleader@example.org");
        var item = await SendAsync(leader, "Planhigion yr ardd", null);
        var mine = await leader.GetPageAsync($"{Base}/admin/content/edit/{item.ContentItemId}");
        Assert.Null(mine.Document.QuerySelector("form[action='?handler=Approve']"));

        var token = mine.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var forged = await leader.PostAsync(new Uri($"{Base}/admin/content/edit/{item.ContentItemId}?handler=Approve", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["BaseVersionId"] = item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ReviewVersion"] = mine.Document.QuerySelector("input[name=ReviewVersion]")!.GetAttribute("value")!,
        }));
        var other = await factory.SignedInAsync(_tenant, "hubleader2@example.org");

        Assert.Equal("in-review", await StateAsync(item));
        Assert.NotEqual(HttpStatusCode.Redirect, forged.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(new Uri($"{Base}/admin/content/edit/{item.ContentItemId}", UriKind.Relative))).StatusCode);
        Assert.DoesNotContain("Planhigion yr ardd", (await other.GetPageAsync($"{Base}/admin/content")).Text, StringComparison.Ordinal);
        Assert.Contains("Planhigion yr ardd", (await leader.GetPageAsync($"{Base}/admin/content")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChangeMadeAfterTheEditorOpenedIt_IsNotPublishedUnread()
    {
        var leader = await factory.SignedInAsync(_tenant, "hubleader@example.org");
        var item = await SendAsync(leader, "Magnetau", null);
        var editor = await factory.SignedInAsync(_tenant, "editor@example.org");
        var opened = await editor.GetPageAsync($"{Base}/admin/content/edit/{item.ContentItemId}");

        var mine = await leader.GetPageAsync($"{Base}/admin/content/edit/{item.ContentItemId}");
        await leader.SubmitAsync(mine, new Dictionary<string, string> { ["Fields.summary"] = "Newid hwyr." }, "#content-form", "?handler=Save");
        var refused = await editor.SubmitAsync(opened, new Dictionary<string, string>(), "form[action='?handler=Approve']");

        Assert.NotNull(refused.Document.QuerySelector(".govuk-error-summary"));
        Assert.Equal("in-review", await StateAsync(item));
        Assert.False(await factory.InTenantAsync(_tenant, s => s.GetRequiredService<ContentDbContext>().ContentItems.AnyAsync(c => c.ContentItemId == item.ContentItemId && c.Published)));
    }

    [Fact]
    public async Task TwoEditorsDecidingAtOnce_OneSucceeds_AndTheOtherIsToldWithTheirFeedbackKept()
    {
        var leader = await factory.SignedInAsync(_tenant, "hubleader@example.org");
        var item = await SendAsync(leader, "Goleuni a chysgod", null);
        var editor = await factory.SignedInAsync(_tenant, "editor@example.org");
        var hq = await factory.SignedInAsync(_tenant, "hq@example.org");
        var first = await editor.GetPageAsync($"{Base}/admin/content/edit/{item.ContentItemId}");
        var second = await hq.GetPageAsync($"{Base}/admin/content/edit/{item.ContentItemId}");

        await editor.SubmitAsync(first, new Dictionary<string, string>(), "form[action='?handler=Approve']");
        var late = await hq.SubmitAsync(second, new Dictionary<string, string> { ["ReviewNote"] = "Adborth hwyr" }, "form[action='?handler=Return']");

        Assert.Equal("published", await StateAsync(item));
        Assert.NotNull(late.Document.QuerySelector(".govuk-error-summary"));
        Assert.Contains("Adborth hwyr", late.Text, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Fields(string title, string hub) => new()
    {
        ["Title"] = title,
        ["Fields.summary"] = "Taflen i'w hargraffu.",
        ["Fields.format"] = "link",
        ["Fields.link"] = "https://example.org/taflen",
        ["Fields.access"] = "public",
        ["Fields.date"] = "2026-11-01",
        ["Fields.hub"] = hub,
    };

    private async Task<ContentItem> SendAsync(HttpClient leader, string title, string? note)
    {
        var form = await leader.GetPageAsync($"{Base}/admin/content/edit?type=Resource");
        var values = Fields(title, hub: "");
        if (note is not null)
        {
            values["ReviewNote"] = note;
        }

        var sent = await leader.SubmitAsync(form, values, action: "?handler=Send&type=Resource&culture=cy");
        Assert.True(sent.Response.IsSuccessStatusCode, sent.Text);
        return await factory.InTenantAsync(_tenant, s => s.GetRequiredService<ContentDbContext>().ContentItems.AsNoTracking().SingleAsync(c => c.Title == title && c.Latest));
    }

    private Task<string?> StateAsync(ContentItem item) =>
        factory.InTenantAsync(_tenant, s => s.GetRequiredService<WorkflowsDbContext>().Instances
            .Where(i => i.Definition == "publishing" && i.SubjectId == item.ContentItemId).Select(i => i.State).FirstOrDefaultAsync());
}
