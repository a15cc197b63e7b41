using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Tenancy;
using SkiaSharp;

namespace Psqm.Web.Tests;

[Collection(SharedSite.Name)]
public sealed class MediaTests(PsqmFactory factory) : IAsyncLifetime
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private Tenant _tenant = null!;
    private HttpClient _editor = null!;

    public async Task InitializeAsync()
    {
        _tenant = await factory.CreateTenantAsync("cymru");
        _editor = factory.CreateClient();
        await _editor.SignInAsync(_tenant.BasePath.Value!, Accounts.Demo("Editor"));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Image_WithAltText_IsStoredUnderAGeneratedNameAndServedAsAnImage()
    {
        var page = await UploadAsync(Png, "../../evil name.png", "Plentyn yn mesur cysgod");

        Assert.Contains("evil name.png", page.Text, StringComparison.Ordinal);
        var link = page.Document.QuerySelector("td a")!.GetAttribute("href")!;
        Assert.Matches("/media/[0-9a-f]{32}\\.png$", link);
        var response = await factory.CreateClient().GetAsync(new Uri(link, UriKind.Relative));
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        using var shown = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((1, 1), (shown.Width, shown.Height));
    }

    [Fact]
    public async Task APhotoFromAPhone_IsShownUpright_WithoutWhereItWasTaken_AndTakesItsPlaceOnThePage()
    {
        // A phone held upright stores the picture on its side, with EXIF saying to turn it a quarter clockwise, and where it was.
        var photo = Photos.WithExif(Photos.Jpeg(60, 40), orientation: 6);

        var page = await UploadAsync(photo, "IMG_0001.jpg", "Plant yn plannu hadau");
        var link = page.Document.QuerySelector("td a")!.GetAttribute("href")!;
        var file = link.Split('/')[^1];
        var shown = await (await factory.CreateClient().GetAsync(new Uri(link, UriKind.Relative))).Content.ReadAsByteArrayAsync();

        using var bitmap = SKBitmap.Decode(shown);
        Assert.Equal((40, 60), (bitmap.Width, bitmap.Height));
        Assert.True(bitmap.GetPixel(20, 10).Red > 200 && bitmap.GetPixel(20, 10).Blue < 80, "The photo's left half, red, is on top once turned.");
        Assert.True(bitmap.GetPixel(20, 50).Blue > 200 && bitmap.GetPixel(20, 50).Red < 80, "The photo's right half, blue, is below.");
        Assert.Equal(-1, shown.AsSpan().IndexOf("Exif"u8));
        var original = $"{_tenant.BasePath}/admin/media/original/{file}";
        Assert.Equal(photo, await _editor.GetByteArrayAsync(new Uri(original, UriKind.Relative)));
        Assert.NotNull(page.Document.QuerySelector($"td a[href$='/admin/media/original/{file}']"));
        var visitor = await factory.CreateClient().GetAsync(new Uri(original, UriKind.Relative));
        Assert.NotEqual(photo, await visitor.Content.ReadAsByteArrayAsync());

        var slug = await ShowOnACaseStudyAsync(file);
        var study = await factory.CreateClient().GetPageAsync($"{_tenant.BasePath}/astudiaethau-achos/{slug}");
        var image = study.Document.QuerySelector($"figure img[src$='{file}']")!;
        Assert.Equal(("40", "60"), (image.GetAttribute("width"), image.GetAttribute("height")));
    }

    [Fact]
    public async Task AWidePhoto_HasNarrowerCopiesInWebPAndJpeg_WithoutMetadata_ThatThePageOffersTheBrowser()
    {
        var page = await UploadAsync(Photos.WithExif(Photos.Jpeg(1000, 700), orientation: 1), "IMG_0003.jpg", "Dosbarth yn yr ardd");
        var file = page.Document.QuerySelector("td a")!.GetAttribute("href")!.Split('/')[^1];
        var stem = file[..32];
        var visitor = factory.CreateClient();

        foreach (var (width, extension, type) in new[] { (320, ".webp", "image/webp"), (320, ".jpg", "image/jpeg"), (640, ".webp", "image/webp"), (640, ".jpg", "image/jpeg") })
        {
            var response = await visitor.GetAsync(new Uri($"{_tenant.BasePath}/media/{stem}-{width}{extension}", UriKind.Relative));
            Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            using var copy = SKBitmap.Decode(bytes);
            Assert.Equal((width, (int)Math.Round(700.0 * width / 1000)), (copy.Width, copy.Height));
            Assert.Equal(-1, bytes.AsSpan().IndexOf("Exif"u8));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(new Uri($"{_tenant.BasePath}/media/{stem}-1280.webp", UriKind.Relative))).StatusCode);
        Assert.Contains($"{stem}-320.jpg", page.Document.QuerySelector($"td img.psqm-thumbnail")!.GetAttribute("src"), StringComparison.Ordinal);

        var slug = await ShowOnACaseStudyAsync(file);
        var study = await visitor.GetPageAsync($"{_tenant.BasePath}/astudiaethau-achos/{slug}");
        var picture = study.Document.QuerySelector($"figure picture:has(img[src$='{file}'])")!;
        Assert.Contains($"/media/{stem}-320.webp 320w", picture.QuerySelector("source[type='image/webp']")!.GetAttribute("srcset"), StringComparison.Ordinal);
        var srcset = picture.QuerySelector("img")!.GetAttribute("srcset")!;
        Assert.Contains($"/media/{stem}-640.jpg 640w", srcset, StringComparison.Ordinal);
        Assert.Contains($"/media/{file} 1000w", srcset, StringComparison.Ordinal);
        Assert.NotNull(picture.QuerySelector("img")!.GetAttribute("sizes"));
    }

    [Fact]
    public async Task AnImageOfTooManyPixels_IsRefusedBeforeItIsDecoded_SayingTheLimit()
    {
        var page = await UploadAsync(Photos.PngHeader(10_000, 5_000), "panorama.png", "Panorama");

        Assert.Contains("Rhaid i ddelwedd fod ag uchafswm o 40 miliwn picsel", page.Document.QuerySelector("#Upload-error")!.TextContent, StringComparison.Ordinal);
        var folder = Path.Combine(factory.AppData, "Sites", _tenant.Name, "Media");
        Assert.Empty(Directory.Exists(folder) ? Directory.GetFiles(folder) : []);
    }

    [Fact]
    public async Task AFileThatOnlyBeginsLikeAnImage_IsRefused()
    {
        var page = await UploadAsync([.. Png.AsSpan(0, 16), .. new byte[300]], "broken.png", "Llun");

        Assert.Contains("Rhaid i'r ffeil fod yn ddelwedd", page.Document.QuerySelector("#Upload-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_AFileNoItemUses_AsksThenRemovesIt()
    {
        var page = await UploadAsync(Png, "unused.png", "Llun heb ei ddefnyddio");
        var link = page.Document.QuerySelector("td a")!.GetAttribute("href")!;
        var file = link[(link.LastIndexOf('/') + 1)..];

        var confirm = await _editor.GetPageAsync($"{_tenant.BasePath}/admin/media/delete/{file}");
        var done = await _editor.SubmitAsync(confirm, new Dictionary<string, string>());

        Assert.Contains("Nid oes eitem yn defnyddio'r ffeil hon", confirm.Text, StringComparison.Ordinal);
        Assert.Contains("Mae unused.png wedi'i ddileu.", done.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(new Uri(link, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Delete_AFileAnItemUses_IsRefusedNamingTheItem()
    {
        var page = await UploadAsync(Png, "used.png", "Llun");
        var file = page.Document.QuerySelector("td a")!.GetAttribute("href")!.Split('/')[^1];
        await factory.InTenantAsync(_tenant, async services =>
        {
            var db = services.GetRequiredService<Psqm.Modules.Content.Engine.ContentDbContext>();
            var item = await db.ContentItems.FirstAsync(c => c.ContentType == "CaseStudy" && c.Latest);
            item.Fields["images"] = [file];
            return await db.SaveChangesAsync();
        });

        var confirm = await _editor.GetPageAsync($"{_tenant.BasePath}/admin/media/delete/{file}");

        Assert.Contains("Mae'r ffeil hon yn cael ei defnyddio", confirm.Text, StringComparison.Ordinal);
        Assert.Null(confirm.Document.QuerySelector("main form button.govuk-button--warning"));
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync(new Uri($"{_tenant.BasePath}/media/{file}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task ProgramNamedAsAnImage_IsRefusedByItsBytes()
    {
        var page = await UploadAsync([.. "MZ"u8, .. new byte[200]], "photo.png", "Llun");

        Assert.Contains("Rhaid i'r ffeil fod yn ddelwedd", page.Document.QuerySelector("#Upload-error")!.TextContent, StringComparison.Ordinal);
        var folder = Path.Combine(factory.AppData, "Sites", _tenant.Name, "Media");
        Assert.Empty(Directory.Exists(folder) ? Directory.GetFiles(folder) : []);
    }

    [Fact]
    public async Task ImageWithoutAltText_IsRefused()
    {
        var page = await UploadAsync(Png, "photo.png", "");

        Assert.Contains("Disgrifiwch y ddelwedd", page.Document.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileOverTheLimit_IsRefusedWithTheLimitInTheMessage()
    {
        var big = new byte[(10 * 1024 * 1024) + 1];
        Png.CopyTo(big, 0);

        var page = await UploadAsync(big, "huge.png", "Mawr");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains("llai na 10 MB", page.Document.QuerySelector("#Upload-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocumentLargerThanTheImageLimit_IsAccepted()
    {
        var pdf = new byte[(11 * 1024 * 1024) + 5];
        "%PDF-1.7\n"u8.CopyTo(pdf);

        var page = await UploadAsync(pdf, "adroddiad.pdf", "");

        Assert.Contains("Mae adroddiad.pdf wedi'i huwchlwytho.", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MediaPage_ForASubjectLeader_IsDenied()
    {
        var client = factory.CreateClient();
        await client.SignInAsync(_tenant.BasePath.Value!, Accounts.Demo("SubjectLeader"));

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetPageAsync($"{_tenant.BasePath}/admin/media")).Response.StatusCode);
    }

    [Fact]
    public async Task UploadWithAForgedToken_IsRefusedBeforeTheFileIsStored()
    {
        var page = await UploadAsync(Png, "forged.png", "Llun", token: "forged");
        var list = await _editor.GetPageAsync($"{_tenant.BasePath}/admin/media");

        Assert.Equal(HttpStatusCode.BadRequest, page.Response.StatusCode);
        Assert.DoesNotContain("forged.png", list.Text, StringComparison.Ordinal);
        var folder = Path.Combine(factory.AppData, "Sites", _tenant.Name, "Media");
        Assert.Empty(Directory.Exists(folder) ? Directory.GetFiles(folder) : []);
    }

    [Fact]
    public async Task UploadWithoutAFile_AsksForOne_AndKeepsTheAltText()
    {
        var page = await UploadAsync([], "", "Disgrifiad a deipiwyd");

        Assert.Contains("Dewiswch ffeil i'w huwchlwytho", page.Document.QuerySelector("#Upload-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Disgrifiad a deipiwyd", page.Document.QuerySelector("#AltEn")!.GetAttribute("value"));
    }

    // A published Welsh case study shows the image, as an editor would have it.
    private Task<string> ShowOnACaseStudyAsync(string file) =>
        factory.InTenantAsync(_tenant, async services =>
        {
            var db = services.GetRequiredService<Psqm.Modules.Content.Engine.ContentDbContext>();
            var item = await db.ContentItems.FirstAsync(c => c.ContentType == "CaseStudy" && c.Culture == "cy" && c.Published);
            item.Fields["images"] = [file];
            await db.SaveChangesAsync();
            await services.GetRequiredService<Psqm.Core.Caching.CacheStamps>().ChangedAsync(Psqm.Core.Caching.CacheStamps.Content);
            return item.Slug;
        });

    private async Task<HtmlPage> UploadAsync(byte[] bytes, string name, string alt, string? token = null)
    {
        var form = await _editor.GetPageAsync($"{_tenant.BasePath}/admin/media");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token ?? form.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(alt), "AltEn" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        if (name.Length == 0)
        {
            // What a browser sends when no file is chosen.
            file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"Upload\"", FileName = "\"\"" };
            content.Add(file);
        }
        else
        {
            content.Add(file, "Upload", name);
        }
        var response = await _editor.PostAsync(form.Url, content);
        return new HtmlPage(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()), response.RequestMessage!.RequestUri!, response);
    }
}

[Collection(SharedSite.Name)]
public sealed class TaxonomyTests(PsqmFactory factory)
{
    [Fact]
    public async Task Editor_AddsAndRenamesATerm_AndTheListUsesTheNewName()
    {
        var tenant = await factory.CreateTenantAsync("cymru");
        var client = factory.CreateClient();
        await client.SignInAsync(tenant.BasePath.Value!, Accounts.Demo("Editor"));
        var page = await client.GetPageAsync($"{tenant.BasePath}/admin/taxonomies");

        var added = await client.SubmitAsync(page, new Dictionary<string, string> { ["Taxonomy"] = "topics", ["NameEn"] = "Forces", ["NameCy"] = "Grymoedd" }, "main form:not([id])");
        Assert.Contains("Mae Forces wedi'i ychwanegu.", added.Text, StringComparison.Ordinal);
        var id = added.Document.QuerySelectorAll("form[id^=rename-]").Select(f => f.Id!).Single(f => added.Document.GetElementById(f + "-en")!.GetAttribute("value") == "Forces");

        var renamed = await client.SubmitAsync(added, new Dictionary<string, string> { ["en"] = "Forces and motion", ["cy"] = "Grymoedd a mudiant" }, "#" + id);

        Assert.Contains("Mae Forces and motion wedi'i ailenwi.", renamed.Text, StringComparison.Ordinal);
        var list = await factory.CreateClient().GetPageAsync($"{tenant.BasePath}/astudiaethau-achos");
        Assert.Contains(list.Document.QuerySelectorAll("#filter-topic option"), o => o.TextContent == "Grymoedd a mudiant");
    }
}
