using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Tenancy;
using Psqm.Modules.Programme.Data;

namespace Psqm.Web.Tests;

/// <summary>Messages between a school and its hub leader: emails in the reader's language, unread counts, attachments, hiding.</summary>
[Collection(SharedSite.Name)]
public sealed class MessageTests(PsqmFactory factory)
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task ASchoolWrites_TheHubLeaderIsEmailedAndSeesItUnread_AndTheirReplyWithAFileReachesTheSchoolInWelsh()
    {
        var tenant = await factory.CreateTenantAsync("cymru");
        var school = await factory.SignedInAsync(tenant, Accounts.Demo("SubjectLeader"));
        var thread = await school.GetPageAsync($"{tenant.BasePath}/fy-ysgol/negeseuon");
        Assert.Contains("Dim negeseuon eto.", thread.Text, StringComparison.Ordinal);

        var sent = await SendAsync(school, thread, "A allwn ni symud sesiwn 3 i fis Mawrth?", null);
        Assert.Contains("Mae eich neges wedi'i hanfon.", sent.Text, StringComparison.Ordinal);
        Assert.Contains(factory.Mail(tenant), m => m.Contains("To: hubleader@example.org", StringComparison.Ordinal) && MailText.Subject(m) == "Neges newydd: Ysgol Gynradd Llanfair");

        var hub = await factory.SignedInAsync(tenant, Accounts.Demo("HubLeader"));
        var list = await hub.GetPageAsync($"{tenant.BasePath}/fy-hyb");
        var row = list.Document.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains("Ysgol Gynradd Llanfair", StringComparison.Ordinal));
        Assert.Contains("1 heb ei darllen", row.TextContent, StringComparison.Ordinal);
        var hubThread = await hub.GetPageAsync(row.QuerySelector("a[href*='/negeseuon']")!.GetAttribute("href")!);
        Assert.Contains("A allwn ni symud sesiwn 3 i fis Mawrth?", hubThread.Text, StringComparison.Ordinal);
        var again = await hub.GetPageAsync($"{tenant.BasePath}/fy-hyb");
        Assert.DoesNotContain("heb ei darllen", again.Document.QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains("Ysgol Gynradd Llanfair", StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);

        await SendAsync(hub, hubThread, "Gallwn. Dyma'r dyddiadau newydd.", ("dyddiadau.pdf", Pdf));
        Assert.Contains(factory.Mail(tenant), m => m.Contains("To: subjectleader@example.org", StringComparison.Ordinal) && MailText.Decode(m).Contains("arweinydd eich hyb", StringComparison.Ordinal));
        var home = await school.GetPageAsync($"{tenant.BasePath}/fy-ysgol");
        Assert.Contains("1 heb ei darllen", home.Document.QuerySelector("#messages-status")!.TextContent, StringComparison.Ordinal);
        var reply = await school.GetPageAsync($"{tenant.BasePath}/fy-ysgol/negeseuon");
        var attachment = await school.GetAsync(new Uri(reply.Document.QuerySelector("a[href$='/attachment']")!.GetAttribute("href")!, UriKind.Relative));
        Assert.Equal("application/pdf", attachment.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Pdf, await attachment.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AMessage_IsHiddenOnlyByItsAuthor_AndItsAttachmentGoesWithIt_ButNothingIsDeleted()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var school = await factory.SignedInAsync(tenant, Accounts.Demo("SubjectLeader"));
        var thread = await school.GetPageAsync($"{tenant.BasePath}/my-school/messages");
        var sent = await SendAsync(school, thread, "Sent to the wrong school, sorry.", ("plan.pdf", Pdf));
        var href = sent.Document.QuerySelector("a[href$='/attachment']")!.GetAttribute("href")!;
        var id = await factory.InTenantAsync(tenant, s => s.GetRequiredService<ProgrammeDbContext>().Messages.Where(m => m.Author != "").Select(m => m.EnrolmentId).SingleAsync());

        var hub = await factory.SignedInAsync(tenant, Accounts.Demo("HubLeader"));
        var hubThread = await hub.GetPageAsync($"{tenant.BasePath}/my-hub/schools/{id}/messages");
        Assert.Null(hubThread.Document.QuerySelector("form[action*='handler=Hide']"));

        var hidden = await school.SubmitAsync(sent, new Dictionary<string, string>(), "form[action*='handler=Hide']");

        Assert.Contains("Message hidden by", hidden.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sent to the wrong school, sorry.", hidden.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await school.GetAsync(new Uri(href, UriKind.Relative))).StatusCode);
        Assert.Equal("Sent to the wrong school, sorry.", await factory.InTenantAsync(tenant, s => s.GetRequiredService<ProgrammeDbContext>().Messages.Where(m => m.Author != "").Select(m => m.Body).SingleAsync()));

        var otherHub = await factory.SignedInAsync(tenant, "hubleader2@example.org");
        Assert.Equal(HttpStatusCode.NotFound, (await otherHub.GetAsync(new Uri($"{tenant.BasePath}/my-hub/schools/{id}/messages", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task AnEmptyMessage_OrAnAttachmentThatIsNotWhatItSays_IsRefusedInWelsh_KeepingTheText()
    {
        var tenant = await factory.CreateTenantAsync("cymru");
        var school = await factory.SignedInAsync(tenant, Accounts.Demo("SubjectLeader"));
        var thread = await school.GetPageAsync($"{tenant.BasePath}/fy-ysgol/negeseuon");

        var empty = await SendAsync(school, thread, "   ", null);
        Assert.Contains("Ysgrifennwch eich neges", empty.Document.QuerySelector("#Body-error")!.TextContent, StringComparison.Ordinal);

        var wrongFile = await SendAsync(school, thread, "Dyma'r llun.", ("llun.jpg", "MZ\u0090\0 not an image"u8.ToArray()));
        Assert.Contains("Rhaid i'r ffeil fod yn ddelwedd", wrongFile.Document.QuerySelector("#Attachment-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Dyma'r llun.", wrongFile.Document.QuerySelector("#Body")!.TextContent);
        // The recipes' demo conversation has no author account.
        Assert.Equal(0, await factory.InTenantAsync(tenant, s => s.GetRequiredService<ProgrammeDbContext>().Messages.CountAsync(m => m.Author != "")));
    }


    internal static async Task<HtmlPage> SendAsync(HttpClient client, HtmlPage page, string body, (string Name, byte[] Bytes)? file)
    {
        var form = page.Document.QuerySelector("form[action='?handler=Send']")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(body), "Body" },
        };
        if (file is { } f)
        {
            var part = new ByteArrayContent(f.Bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(part, "Attachment", f.Name);
        }

        return await client.PostPageAsync(new Uri(page.Url, "?handler=Send"), content);
    }
}
