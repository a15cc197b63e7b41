using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core;
using Psqm.Core.Tenancy;
using Psqm.Modules.Programme.Data;

namespace Psqm.Web.Tests;

/// <summary>The evidence library: uploads checked by their bytes and size, links, the checklist, and who may open a file.</summary>
[Collection(SharedSite.Name)]
public sealed class EvidenceTests(PsqmFactory factory)
{
    private static readonly byte[] Png = Photos.Png(8, 6);

    [Fact]
    public async Task AFileTaggedToACriterion_FillsItsLineOfTheChecklist_AndOpensForTheSchoolAndItsHubLeaderOnly()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var school = await factory.SignedInAsync(tenant, Accounts.Demo("SubjectLeader"));
        var page = await school.GetPageAsync($"{tenant.BasePath}/my-school/evidence");
        var criterion = page.Document.QuerySelector("input[name=Criteria]")!.GetAttribute("value")!;
        Assert.Contains("13 criteria have no evidence yet.", page.Text, StringComparison.Ordinal);

        var saved = await UploadAsync(school, page, "Year 4 investigation on shadows", Png, "shadows.png", [criterion]);

        Assert.Contains("\"Year 4 investigation on shadows\" is in your evidence library.", saved.Text, StringComparison.Ordinal);
        Assert.Contains("12 criteria have no evidence yet.", saved.Text, StringComparison.Ordinal);
        var href = saved.Document.QuerySelector("#evidence ~ ul a[href*='/evidence/']")!.GetAttribute("href")!;
        var file = await school.GetAsync(new Uri(href, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("image/png", file.Content.Headers.ContentType!.MediaType);
        using (var kept = SkiaSharp.SKBitmap.Decode(await file.Content.ReadAsByteArrayAsync()))
        {
            Assert.Equal((8, 6), (kept.Width, kept.Height));
        }

        Assert.Contains("no-store", file.Headers.CacheControl!.ToString(), StringComparison.Ordinal);

        var hub = await factory.SignedInAsync(tenant, Accounts.Demo("HubLeader"));
        Assert.Equal(HttpStatusCode.OK, (await hub.GetAsync(new Uri(href, UriKind.Relative))).StatusCode);
        var otherHub = await factory.SignedInAsync(tenant, "hubleader2@example.org");
        Assert.Equal(HttpStatusCode.NotFound, (await otherHub.GetAsync(new Uri(href, UriKind.Relative))).StatusCode);
        var editor = await factory.SignedInAsync(tenant, Accounts.Demo("Editor"));
        Assert.NotEqual(HttpStatusCode.OK, (await editor.GetAsync(new Uri(href, UriKind.Relative))).StatusCode);
        var visitor = factory.CreateClient();
        var signedOut = await visitor.GetAsync(new Uri(href, UriKind.Relative));
        Assert.Contains("/account/sign-in", signedOut.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);

        // The same id on another tenant is not this school's file.
        var wales = await factory.CreateTenantAsync("cymru");
        var welshHq = await factory.SignedInAsync(wales, Accounts.Demo("HQ"));
        Assert.Equal(HttpStatusCode.NotFound, (await welshHq.GetAsync(new Uri($"{wales.BasePath}/evidence/{href.Split('/')[^1]}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task AFileThatIsNotWhatItsNameSays_IsRefusedInWelsh_AndLeavesNothingBehind()
    {
        var tenant = await factory.CreateTenantAsync("cymru");
        var school = await factory.SignedInAsync(tenant, Accounts.Demo("SubjectLeader"));
        var page = await school.GetPageAsync($"{tenant.BasePath}/fy-ysgol/tystiolaeth");

        var refused = await UploadAsync(school, page, "Llun", "<html><script>alert(1)</script></html>"u8.ToArray(), "llun.png", []);

        Assert.Equal(HttpStatusCode.OK, refused.Response.StatusCode);
        Assert.Contains("Rhaid i'r ffeil fod yn ddelwedd", refused.Document.QuerySelector("#Upload-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Llun", refused.Document.QuerySelector("#Caption")!.GetAttribute("value"));
        Assert.Equal(0, await ItemsAsync(tenant));
        Assert.Empty(FilesOf(tenant));
    }

    [Fact]
    public async Task APhotoFromAPhone_IsKeptUpright_WithoutWhereItWasTaken()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var school = await factory.SignedInAsync(tenant, Accounts.Demo("SubjectLeader"));
        var page = await school.GetPageAsync($"{tenant.BasePath}/my-school/evidence");

        // Stored on its side with EXIF saying to turn it a quarter clockwise, and with where it was taken.
        var saved = await UploadAsync(school, page, "Planting seeds", Photos.WithExif(Photos.Jpeg(60, 40), orientation: 6), "IMG_0001.jpg", []);

        var href = saved.Document.QuerySelector("#evidence ~ ul a[href*='/evidence/']")!.GetAttribute("href")!;
        var bytes = await school.GetByteArrayAsync(new Uri(href, UriKind.Relative));
        Assert.Equal(-1, bytes.AsSpan().IndexOf("Exif"u8));
        using var kept = SkiaSharp.SKBitmap.Decode(bytes);
        Assert.Equal((40, 60), (kept.Width, kept.Height));
        Assert.True(kept.GetPixel(20, 10).Red > 200, "The photo's left half, red, is on top once turned.");
        Assert.Single(FilesOf(tenant));
    }

    [Fact]
    public async Task AnImageThatCannotBeDecoded_IsRefusedInWelsh_AndLeavesNothingBehind()
    {
        var tenant = await factory.CreateTenantAsync("cymru");
        var school = await factory.SignedInAsync(tenant, Accounts.Demo("SubjectLeader"));
        var page = await school.GetPageAsync($"{tenant.BasePath}/fy-ysgol/tystiolaeth");

        var refused = await UploadAsync(school, page, "Llun", [.. Png.AsSpan(0, 16), .. new byte[300]], "llun.png", []);

        Assert.Equal(HttpStatusCode.OK, refused.Response.StatusCode);
        Assert.Contains("Rhaid i'r ffeil fod yn ddelwedd", refused.Document.QuerySelector("#Upload-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await ItemsAsync(tenant));
        Assert.Empty(FilesOf(tenant));
    }

    [Fact]
    public async Task AFileOverTheLimit_IsRefusedWithTheLimit_AndNothingIsKept()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var school = await factory.SignedInAsync(tenant, Accounts.Demo("SubjectLeader"));
        var page = await school.GetPageAsync($"{tenant.BasePath}/my-school/evidence");
        var limit = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<PsqmOptions>>().Value.Media.MaxEvidenceBytes;
        var big = new byte[limit + 1];
        Png.CopyTo(big, 0);

        var refused = await UploadAsync(school, page, "A long video", big, "video.png", []);

        Assert.Contains($"The file must be smaller than {limit / (1024 * 1024)} MB", refused.Document.QuerySelector("#Upload-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await ItemsAsync(tenant));
        Assert.Empty(FilesOf(tenant));
    }

    [Theory]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("not a link", false)]
    [InlineData("https://example.org/our-science-week", true)]
    public async Task ALink_IsKeptOnlyWhenItIsAWebAddress(string link, bool kept)
    {
        var tenant = await factory.CreateTenantAsync("england");
        var school = await factory.SignedInAsync(tenant, Accounts.Demo("SubjectLeader"));
        var page = await school.GetPageAsync($"{tenant.BasePath}/my-school/evidence");

        var result = await UploadAsync(school, page, "Science week blog", null, null, [], link);

        Assert.Equal(kept ? 1 : 0, await ItemsAsync(tenant));
        if (!kept)
        {
            Assert.Contains("Enter a web address that starts with https://", result.Document.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(link, result.Document.QuerySelector("#evidence ~ ul a[rel~=noopener]")!.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task ChangingAndRemovingEvidence_ChangesTheChecklist_AndRemovingDeletesTheFile()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var school = await factory.SignedInAsync(tenant, Accounts.Demo("SubjectLeader"));
        var page = await school.GetPageAsync($"{tenant.BasePath}/my-school/evidence");
        var criteria = page.Document.QuerySelectorAll("input[name=Criteria]").Select(i => i.GetAttribute("value")!).ToList();
        var saved = await UploadAsync(school, page, "Policy", Png, "policy.png", [criteria[0]]);
        var edit = await school.GetPageAsync(saved.Document.QuerySelector("a[href*='/my-school/evidence/']")!.GetAttribute("href")!);

        using (var form = new FormUrlEncodedContent([new("__RequestVerificationToken", Token(edit)), new("Caption", "Science policy"), new("Criterion", criteria[1]), new("Criterion", criteria[2])]))
        {
            var changed = await school.PostPageAsync(new Uri(edit.Url, "?handler=Save"), form);
            Assert.Contains("11 criteria have no evidence yet.", changed.Text, StringComparison.Ordinal);
        }

        Assert.Single(FilesOf(tenant));
        var removed = await school.SubmitAsync(edit, new Dictionary<string, string>(), "form[action='?handler=Remove']");
        Assert.Contains("\"Science policy\" is removed from your evidence library.", removed.Text, StringComparison.Ordinal);
        Assert.Empty(FilesOf(tenant));
        Assert.Equal(0, await ItemsAsync(tenant));
    }


    private static string Token(HtmlPage page) => page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private static async Task<HtmlPage> UploadAsync(HttpClient client, HtmlPage page, string caption, byte[]? bytes, string? name, IReadOnlyList<string> criteria, string link = "")
    {
        using var content = new MultipartFormDataContent { { new StringContent(Token(page)), "__RequestVerificationToken" }, { new StringContent(caption), "Caption" } };
        foreach (var criterion in criteria)
        {
            content.Add(new StringContent(criterion), "Criteria");
        }

        var file = new ByteArrayContent(bytes ?? []);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        if (bytes is null)
        {
            // What a browser sends when no file is chosen.
            file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"Upload\"", FileName = "\"\"" };
            content.Add(file);
        }
        else
        {
            content.Add(file, "Upload", name!);
        }

        content.Add(new StringContent(link), "Link");
        return await client.PostPageAsync(page.Url, content);
    }


    private Task<int> ItemsAsync(Tenant tenant) => factory.InTenantAsync(tenant, s => s.GetRequiredService<ProgrammeDbContext>().Evidence.CountAsync(e => e.AddedBy != "recipe"));

    private string[] FilesOf(Tenant tenant)
    {
        var folder = ((Psqm.Core.Storage.FolderFileStore)factory.Services.GetRequiredService<Psqm.Core.Storage.IFileStore>()).Full(Psqm.Core.Storage.StoredFiles.Of(tenant.Name, "Evidence"));
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories) : [];
    }
}
