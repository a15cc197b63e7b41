using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Tenancy;
using Psqm.Modules.Programme.Data;

namespace Psqm.Web.Tests;

/// <summary>HQ's programme: a round's progress and schools at risk, fees and invoices, and schools imported from CSV.</summary>
[Collection(SharedSite.Name)]
public sealed class ProgrammeAdminTests(PsqmFactory factory)
{
    [Fact]
    public async Task ARoundsProgress_CountsEachHubsSchoolsAtEachStage_ListsThoseAtRisk_AndDownloadsAsCsv()
    {
        var tenant = await factory.CreateTenantAsync("england");
        await MoveMilestoneAsync(tenant, 31, "audit", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3));
        var hq = await factory.SignedInAsync(tenant, Accounts.Demo("HQ"));

        var page = await hq.GetPageAsync($"{tenant.BasePath}/admin/programme/rounds/3/progress");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var atRisk = page.Document.QuerySelector("#at-risk + table")!.TextContent;
        Assert.Contains("Oakfield Primary School", atRisk, StringComparison.Ordinal);
        Assert.Contains("Audit and choice of level", atRisk, StringComparison.Ordinal);
        Assert.DoesNotContain("St Chad's CE Primary School", atRisk, StringComparison.Ordinal);

        var csv = await hq.GetStringAsync(new Uri($"{tenant.BasePath}/admin/programme/rounds/3/progress?handler=Csv", UriKind.Relative));
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("\"School\",\"Identifier\",\"Hub\"", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("\"Oakfield Primary School\",\"123456\"", StringComparison.Ordinal) && l.Contains("Audit and choice of level", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InvoiceStatuses_AreSavedTogether_ARowChangedMeanwhileIsLeftAsItWas_AndFinanceGetsCsv()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var hq = await factory.SignedInAsync(tenant, Accounts.Demo("HQ"));
        var page = await hq.GetPageAsync($"{tenant.BasePath}/admin/programme/payments?RoundId=3");
        var rows = page.Document.QuerySelectorAll("tbody tr").ToList();
        var oakfield = rows.FindIndex(r => r.TextContent.Contains("Oakfield Primary School", StringComparison.Ordinal));
        var hillside = rows.FindIndex(r => r.TextContent.Contains("Hillside Primary School", StringComparison.Ordinal));
        await factory.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<ProgrammeDbContext>();
            var e = await db.Enrolments.SingleAsync(x => x.School.Name == "Hillside Primary School");
            (e.Invoice, e.Version) = (InvoiceStatus.Invoiced, Guid.NewGuid());
            return await db.SaveChangesAsync();
        });

        var saved = await hq.SubmitAsync(page, new Dictionary<string, string> { [$"Invoices[{oakfield}].Status"] = "Paid", [$"Invoices[{hillside}].Status"] = "Paid" }, "form#invoices");

        Assert.Contains("1 saved; 1 left as someone else set them since you opened the page.", saved.Text, StringComparison.Ordinal);
        Assert.Equal(InvoiceStatus.Paid, await InvoiceAsync(tenant, "Oakfield Primary School"));
        Assert.Equal(InvoiceStatus.Invoiced, await InvoiceAsync(tenant, "Hillside Primary School"));
        var csv = await hq.GetStringAsync(new Uri($"{tenant.BasePath}/admin/programme/payments?handler=Csv&RoundId=3", UriKind.Relative));
        Assert.Contains("\"Oakfield Primary School\",\"123456\",\"north-staffordshire\",\"A full year\",\"750.00\",\"Paid\"", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportingSchools_PreviewsEveryRow_MergesAKnownIdentifier_AndLeavesOutRowsWithProblems()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var hq = await factory.SignedInAsync(tenant, Accounts.Demo("HQ"));
        var before = await factory.InTenantAsync(tenant, s => s.GetRequiredService<ProgrammeDbContext>().Schools.CountAsync());
        var file = string.Join("\r\n",
            "Name,Identifier,Town,Pupils,Hub,Contact_Email,Unknown column",
            "Brook Lane Primary,900001,Leek,210,north-staffordshire,head@brook.example.org,x",
            "Oakfield Primary School,123456,Newcastle-under-Lyme,,,deputy@oakfield.example.org,",
            "Ridge Primary,900002,Cheadle,lots,,,",
            "Brook Lane Again,900001,Leek,,,,",
            "Moor Primary,900003,Buxton,,Atlantis,,",
            "\"=HYPERLINK(\"\"http://evil\"\")\",900004,,,,,");

        var preview = await UploadAsync(hq, tenant, Encoding.UTF8.GetBytes(file));

        Assert.Contains("2 new schools, 1 schools already known", preview.Text, StringComparison.Ordinal);
        var problems = preview.Document.QuerySelector("table")!.TextContent;
        Assert.Contains("Pupils must be a whole number from 1 to 5000", problems, StringComparison.Ordinal);
        Assert.Contains("The identifier is also on line 2", problems, StringComparison.Ordinal);
        Assert.Contains("There is no hub called Atlantis", problems, StringComparison.Ordinal);
        Assert.Equal(before, await factory.InTenantAsync(tenant, s => s.GetRequiredService<ProgrammeDbContext>().Schools.CountAsync()));

        var done = await hq.SubmitAsync(preview, new Dictionary<string, string>(), "form[action='?handler=Import']");

        Assert.Contains("2 schools added and 1 updated; 3 rows with problems were left out.", done.Text, StringComparison.Ordinal);
        await factory.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<ProgrammeDbContext>();
            Assert.Equal(before + 2, await db.Schools.CountAsync());
            var oakfield = await db.Schools.Include(x => x.Contacts).SingleAsync(x => x.Identifier == "123456");
            Assert.Equal(("Newcastle-under-Lyme", 312), (oakfield.Town, oakfield.Pupils!.Value));
            Assert.Contains(oakfield.Contacts, c => c.Email == "deputy@oakfield.example.org");
            Assert.Equal("north-staffordshire", (await db.Schools.SingleAsync(x => x.Identifier == "900001")).Hub);
            return 0;
        });
    }

    [Fact]
    public async Task AFileThatIsNotCsv_OrHasNoHeader_IsRefusedInWelsh()
    {
        var tenant = await factory.CreateTenantAsync("cymru");
        var hq = await factory.SignedInAsync(tenant, Accounts.Demo("HQ"));

        var binary = await UploadAsync(hq, tenant, [0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 1, 2]);
        var headerless = await UploadAsync(hq, tenant, Encoding.UTF8.GetBytes("6614001,Ysgol Gynradd Llanfair\r\n"));

        Assert.Contains("Nid ffeil CSV yw'r ffeil.", binary.Document.QuerySelector("#File-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Rhaid i'r rhes gyntaf enwi'r colofnau", headerless.Document.QuerySelector("#File-error")!.TextContent, StringComparison.Ordinal);
    }


    private static async Task<HtmlPage> UploadAsync(HttpClient client, Tenant tenant, byte[] bytes)
    {
        var page = await client.GetPageAsync($"{tenant.BasePath}/admin/programme/import");
        using var content = new MultipartFormDataContent { { new StringContent(page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "File", "schools.csv");
        return await client.PostPageAsync(new Uri(page.Url, "?handler=Preview"), content);
    }

    private Task<InvoiceStatus> InvoiceAsync(Tenant tenant, string school) =>
        factory.InTenantAsync(tenant, s => s.GetRequiredService<ProgrammeDbContext>().Enrolments.Where(e => e.School.Name == school).Select(e => e.Invoice).SingleAsync());

    private Task<int> MoveMilestoneAsync(Tenant tenant, int round, string key, DateOnly date) => factory.InTenantAsync(tenant, async s =>
    {
        var db = s.GetRequiredService<ProgrammeDbContext>();
        var r = await db.Rounds.SingleAsync(x => x.FrameworkKey == "psqm" && x.Number == round);
        r.Milestones = r.Milestones.Select(m => m.Key == key ? new Milestone { Key = m.Key, Audience = m.Audience, Date = date } : m).ToList();
        return await db.SaveChangesAsync();
    });
}
