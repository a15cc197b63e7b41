using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Tenancy;

namespace Psqm.Web.Tests;

[Collection(SharedSite.Name)]
public sealed class ResourceTests(PsqmFactory factory) : IAsyncLifetime
{
    private Tenant _tenant = null!;

    private string Base => _tenant.BasePath.Value!;

    public async Task InitializeAsync() => _tenant = await factory.CreateTenantAsync("cymru");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task MembersOnlyResources_AreListedForSignedInMembersOnly()
    {
        var visitor = await factory.CreateClient().GetPageAsync($"{Base}/adnoddau");
        var member = factory.CreateClient();
        await member.SignInAsync(Base, Accounts.Demo("SubjectLeader"));
        var signedIn = await member.GetPageAsync($"{Base}/adnoddau");

        Assert.Equal("4 adnodd", visitor.Document.QuerySelector("[role=status]")!.TextContent.Trim());
        Assert.Equal("6 adnodd", signedIn.Document.QuerySelector("[role=status]")!.TextContent.Trim());
        Assert.Equal(2, signedIn.Document.QuerySelectorAll(".govuk-tag--blue").Length);
    }

    [Fact]
    public async Task MembersOnlyResourcePage_AsksVisitorsToSignIn_AndShowsItAfterwards()
    {
        var client = factory.CreateClient();
        var page = await client.GetPageAsync($"{Base}/en/resources/moderating-working-scientifically");
        Assert.EndsWith("/en/account/sign-in", page.Url.AbsolutePath, StringComparison.Ordinal);

        var after = await client.SubmitAsync(page, new Dictionary<string, string> { ["Input.Email"] = Accounts.Demo("SubjectLeader"), ["Input.Password"] = PsqmFactory.Password });

        Assert.Equal($"{Base}/en/resources/moderating-working-scientifically", after.Url.AbsolutePath);
        Assert.Equal("Moderating working scientifically", after.Document.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task MembersOnlyFile_IsNeverServedToVisitors_EvenByItsAddress()
    {
        var file = await CreateResourceWithFileAsync("members");
        var visitor = await factory.CreateClient().GetAsync(new Uri($"{Base}/media/{file}", UriKind.Relative));
        var member = factory.CreateClient();
        await member.SignInAsync(Base, Accounts.Demo("Editor"));

        var download = await member.GetAsync(new Uri($"{Base}/media/{file}", UriKind.Relative));
        using var ranged = new HttpRequestMessage(HttpMethod.Get, $"{Base}/media/{file}");
        ranged.Headers.Range = new RangeHeaderValue(0, 3);
        var part = await member.SendAsync(ranged);

        Assert.Equal(HttpStatusCode.NotFound, visitor.StatusCode);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("canllaw.pdf", download.Content.Headers.ContentDisposition!.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName);
        Assert.Contains("private", download.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal("%PDF"u8.ToArray(), await part.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task PublicFile_IsServedToEveryone()
    {
        var file = await CreateResourceWithFileAsync("public");

        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync(new Uri($"{Base}/media/{file}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Editor_MustGiveAFileOrALink()
    {
        var client = factory.CreateClient();
        await client.SignInAsync(Base, Accounts.Demo("Editor"));
        var form = await client.GetPageAsync($"{Base}/admin/content/edit?type=Resource");

        var page = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Title"] = "Adnodd heb ffeil",
            ["Fields.summary"] = "Crynodeb.",
            ["Fields.format"] = "document",
            ["Fields.access"] = "public",
            ["Fields.date"] = "2025-01-01",
            ["Fields.link"] = "javascript:alert(1)",
        }, action: "?handler=Save&type=Resource&culture=cy");

        Assert.Contains("Cyfeiriad gwe: rhaid iddo fod yn gyfeiriad gwe", page.Document.QuerySelector("#Fields_link-error")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?format=link", "2 adnodd")]
    [InlineData("?format=link&audience=teachers", "1 adnodd")]
    [InlineData("?format=bogus&stage=%22%3E", "4 adnodd")]
    public async Task Filters_Combine_AndUnknownValuesAreIgnored(string query, string count)
    {
        var page = await factory.CreateClient().GetPageAsync($"{Base}/adnoddau{query}");

        Assert.Equal(count, page.Document.QuerySelector("[role=status]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Feed_LeavesOutMembersOnlyResources()
    {
        var feed = await factory.CreateClient().GetStringAsync(new Uri($"{Base}/en/feeds/resources.atom", UriKind.Relative));

        Assert.Contains("Writing your action plan", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("Moderating working scientifically", feed, StringComparison.Ordinal);
    }

    private async Task<string> CreateResourceWithFileAsync(string access) =>
        await factory.InTenantAsync(_tenant, async s =>
        {
            var (_, media) = await s.GetRequiredService<MediaStore>().SaveAsync(
                new MemoryStream([.. "%PDF-1.7\n"u8, .. new byte[2000]]), "canllaw.pdf", new Dictionary<string, string>(), "editor");
            var content = s.GetRequiredService<ContentManager>();
            var saved = await content.SaveDraftAsync(
                new ContentDraft("Resource", "cy", "Canllaw " + access, "canllaw-" + access, new Dictionary<string, string[]>
                {
                    ["summary"] = ["Canllaw."], ["format"] = ["document"], ["access"] = [access], ["date"] = ["2025-01-01"], ["file"] = [media!.FileName],
                }),
                "editor");
            await content.PublishAsync(saved.Item!.ContentItemId);
            return media.FileName;
        });
}
