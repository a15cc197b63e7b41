using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Tenancy;

namespace Psqm.Web.Tests;

/// <summary>Hub leaders publish for their own hub, and only there; editors work across the site.</summary>
[Collection(SharedSite.Name)]
public sealed class HubScopeTests(PsqmFactory factory) : IAsyncLifetime
{
    private Tenant _tenant = null!;

    private string Base => _tenant.BasePath.Value!;

    public async Task InitializeAsync() => _tenant = await factory.CreateTenantAsync("cymru");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AHubLeader_PublishesAWebinarForTheirOwnHub_WhateverHubTheFormClaims()
    {
        var leader = await SignedInAsync("hubleader@example.org");

        var item = await CreateWebinarAsync(leader, "Seryddiaeth i'r teulu", hub: "abertawe");

        Assert.Equal("gwynedd-mon", item.Hub);
        Assert.True(item.Published);
        var page = await factory.CreateClient().GetPageAsync($"{Base}/gweminarau/seryddiaeth-i-r-teulu");
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains("Gwynedd a Môn", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHubLeader_CannotSeeOrChangeAnotherHubsItem()
    {
        var item = await CreateWebinarAsync(await SignedInAsync("hubleader@example.org"), "Sesiwn hyb Gwynedd");
        var other = await SignedInAsync("hubleader2@example.org");

        var edit = await other.GetAsync(new Uri($"{Base}/admin/content/edit/{item.ContentItemId}", UriKind.Relative));
        var history = await other.GetAsync(new Uri($"{Base}/admin/content/history/{item.ContentItemId}", UriKind.Relative));
        var list = await other.GetPageAsync($"{Base}/admin/content");
        var csv = await other.GetAsync(new Uri($"{Base}/admin/webinars?handler=Csv&key={item.LocalizationSet}", UriKind.Relative));
        var desk = await other.GetPageAsync($"{Base}/admin/webinars");

        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, history.StatusCode);
        Assert.DoesNotContain("Sesiwn hyb Gwynedd", list.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, csv.StatusCode);
        Assert.DoesNotContain("Sesiwn hyb Gwynedd", desk.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHubLeader_CannotEditTheWholeSitesItems_ButAnEditorCan()
    {
        var resource = await factory.InTenantAsync(_tenant, s => s.GetRequiredService<ContentDbContext>().ContentItems
            .FirstAsync(c => c.ContentType == "Resource" && c.Latest && c.Hub == null));
        var leader = await SignedInAsync("hubleader@example.org");
        var editor = await SignedInAsync("editor@example.org");

        Assert.Equal(HttpStatusCode.NotFound, (await leader.GetAsync(new Uri($"{Base}/admin/content/edit/{resource.ContentItemId}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(new Uri($"{Base}/admin/content/edit/{resource.ContentItemId}", UriKind.Relative))).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await leader.GetAsync(new Uri($"{Base}/admin/taxonomies", UriKind.Relative))).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await leader.GetAsync(new Uri($"{Base}/admin/content/edit?type=CaseStudy", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task TheHubLeadersDesk_CountsRegistrations_AndExportsThemAsSafeCsv()
    {
        var leader = await SignedInAsync("hubleader@example.org");
        var item = await CreateWebinarAsync(leader, "Cyfrif y cofrestriadau");
        var visitor = factory.CreateClient();
        var form = await visitor.GetPageAsync($"{Base}/gweminarau/{item.Slug}");
        await visitor.SubmitAsync(form, new Dictionary<string, string> { ["Input.Name"] = "=HYPERLINK(\"http://evil.example\")", ["Input.Email"] = "a@ysgol.example", ["Input.School"] = "Ysgol \"Glan\", Bangor" });

        var desk = await leader.GetPageAsync($"{Base}/admin/webinars");
        var csv = await leader.GetAsync(new Uri($"{Base}/admin/webinars?handler=Csv&key={item.LocalizationSet}", UriKind.Relative));
        var text = await csv.Content.ReadAsStringAsync();

        var row = desk.Document.QuerySelector("table")!.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Cyfrif y cofrestriadau", StringComparison.Ordinal));
        Assert.Contains("1 / 20", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\",\"a@ysgol.example\",\"Ysgol \"\"Glan\"\", Bangor\",\"Registered\",\"cy\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHubLeader_UploadsAFile_AndPublishesItAsAResourceThatATeacherDownloads()
    {
        var leader = await SignedInAsync("hubleader@example.org");
        var media = await leader.GetPageAsync($"{Base}/admin/media");
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(media.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
        };
        var pdf = new ByteArrayContent([.. "%PDF-1.7\n"u8, .. new byte[5000]]);
        pdf.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        upload.Add(pdf, "Upload", "taflen-ymholi.pdf");
        Assert.True((await leader.PostAsync(media.Url, upload)).IsSuccessStatusCode);
        var file = await factory.InTenantAsync(_tenant, s => s.GetRequiredService<ContentDbContext>().Media.Where(m => m.OriginalName == "taflen-ymholi.pdf").Select(m => m.FileName).SingleAsync());

        var form = await leader.GetPageAsync($"{Base}/admin/content/edit?type=Resource");
        await leader.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Title"] = "Taflen ymholi'r hyb",
            ["Fields.summary"] = "Taflen i'w hargraffu.",
            ["Fields.format"] = "document",
            ["Fields.file"] = file,
            ["Fields.access"] = "public",
            ["Fields.date"] = "2026-11-01",
        }, action: "?handler=Publish&type=Resource&culture=cy");

        var teacher = factory.CreateClient();
        var page = await teacher.GetPageAsync($"{Base}/adnoddau/taflen-ymholi-r-hyb");
        var download = await teacher.GetAsync(new Uri(page.Document.QuerySelector("a[download]")!.GetAttribute("href")!, UriKind.Relative));

        Assert.Contains("Gwynedd a Môn", page.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.CreateClient();
        await client.SignInAsync(Base, email);
        return client;
    }

    private async Task<ContentItem> CreateWebinarAsync(HttpClient client, string title, string hub = "gwynedd-mon")
    {
        var form = await client.GetPageAsync($"{Base}/admin/content/edit?type=Webinar");
        var saved = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Title"] = title,
            ["Fields.summary"] = "Crynodeb byr.",
            ["Fields.kind"] = "webinar",
            ["Fields.presenter"] = "Arweinydd hyb",
            ["Fields.start"] = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd'T'16:00", System.Globalization.CultureInfo.InvariantCulture),
            ["Fields.duration"] = "60",
            ["Fields.capacity"] = "20",
            ["Fields.joinLink"] = "https://meet.example.org/hyb",
            ["Fields.hub"] = hub,
        }, action: "?handler=Publish&type=Webinar&culture=cy");
        Assert.True(saved.Response.IsSuccessStatusCode, saved.Text);
        return await factory.InTenantAsync(_tenant, s => s.GetRequiredService<ContentDbContext>().ContentItems.AsNoTracking()
            .SingleAsync(c => c.Title == title && c.Latest));
    }
}
