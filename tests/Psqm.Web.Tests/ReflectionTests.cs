using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Tenancy;
using Psqm.Modules.Programme.Data;

namespace Psqm.Web.Tests;

/// <summary>Reflections: drafts saved whole, the word limit, saves from two pages at once, and the autosave behind the page's script.</summary>
[Collection(SharedSite.Name)]
public sealed class ReflectionTests(PsqmFactory factory)
{
    [Fact]
    public async Task ADraft_IsSavedWithItsEvidence_AndTheListCountsItsWords_InWelsh()
    {
        var tenant = await factory.CreateTenantAsync("cymru");
        var school = await factory.SignedInAsync(tenant, Accounts.Demo("SubjectLeader"));
        var evidence = await AddLinkAsync(tenant, "Blog yr wythnos wyddoniaeth");
        var list = await school.GetPageAsync($"{tenant.BasePath}/fy-ysgol/myfyrdodau");
        var page = await school.GetPageAsync(list.Document.QuerySelector("a.govuk-task-list__link")!.GetAttribute("href")!);
        Assert.Contains("Gallwch ysgrifennu hyd at %{count} gair", page.Document.QuerySelector("[data-module=govuk-character-count]")!.GetAttribute("data-i18n.textarea-description.other"), StringComparison.Ordinal);

        var saved = await school.SubmitAsync(page, new Dictionary<string, string> { ["Text"] = "Mae pob dosbarth yn ymchwilio.", ["Evidence"] = evidence }, "form[action='?handler=Save']");

        Assert.Contains("Mae eich drafft wedi'i gadw.", saved.Text, StringComparison.Ordinal);
        Assert.Equal("Mae pob dosbarth yn ymchwilio.", saved.Document.QuerySelector("#Text")!.TextContent);
        Assert.True(saved.Document.QuerySelector($"#Evidence_{evidence}")!.HasAttribute("checked"));
        var after = await school.GetPageAsync($"{tenant.BasePath}/fy-ysgol/myfyrdodau");
        Assert.Contains("Drafft, 5 gair, 1 darn o dystiolaeth", after.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADraftOverTheWordLimit_IsStillSaved_AndSaysHowFarOver()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var school = await factory.SignedInAsync(tenant, Accounts.Demo("SubjectLeader"));
        var page = await FirstReflectionAsync(school, tenant);

        var saved = await school.SubmitAsync(page, new Dictionary<string, string> { ["Text"] = string.Join(' ', Enumerable.Repeat("word", 503)) }, "form[action='?handler=Save']");

        Assert.Contains("It has 503 words, 3 over the limit: shorten it before you submit.", saved.Text, StringComparison.Ordinal);
        var list = await school.GetPageAsync($"{tenant.BasePath}/my-school/reflections");
        Assert.Contains("503 words: over the limit", list.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoPagesOnOneReflection_TheLaterSaveIsToldAndKeepsWhatWasTyped()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var school = await factory.SignedInAsync(tenant, Accounts.Demo("SubjectLeader"));
        var tab1 = await FirstReflectionAsync(school, tenant);
        var tab2 = await school.GetPageAsync(tab1.Url.ToString());
        await school.SubmitAsync(tab1, new Dictionary<string, string> { ["Text"] = "Written in the first tab." }, "form[action='?handler=Save']");

        var refused = await school.SubmitAsync(tab2, new Dictionary<string, string> { ["Text"] = "Written in the second tab." }, "form[action='?handler=Save']");

        Assert.Contains("This reflection was saved from another page while you were writing.", refused.Document.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Written in the second tab.", refused.Document.QuerySelector("#Text")!.TextContent);
        Assert.Contains("Written in the first tab.", refused.Document.QuerySelector(".govuk-inset-text .psqm-pre-line")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Written in the first tab.", await TextAsync(tenant));

        var replaced = await school.SubmitAsync(refused, new Dictionary<string, string>(), "form[action='?handler=Save']");
        Assert.Contains("Your draft is saved.", replaced.Text, StringComparison.Ordinal);
        Assert.Equal("Written in the second tab.", await TextAsync(tenant));
    }

    [Fact]
    public async Task Autosave_AnswersWithTheNewVersion_AndAConflictWith409()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var school = await factory.SignedInAsync(tenant, Accounts.Demo("SubjectLeader"));
        var page = await FirstReflectionAsync(school, tenant);

        var first = await school.SubmitAsync(page, new Dictionary<string, string> { ["Text"] = "Autosaved words." }, "form[action='?handler=Save']", "?handler=Autosave");
        Assert.Equal(HttpStatusCode.OK, first.Response.StatusCode);
        using var json = JsonDocument.Parse(await first.Response.Content.ReadAsStringAsync());
        Assert.StartsWith("Draft saved at", json.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.NotEqual(Guid.Empty, json.RootElement.GetProperty("version").GetGuid());

        // The page's version is now stale: the script is told, and nothing is overwritten.
        var stale = await school.SubmitAsync(page, new Dictionary<string, string> { ["Text"] = "Older page." }, "form[action='?handler=Save']", "?handler=Autosave");
        Assert.Equal(HttpStatusCode.Conflict, stale.Response.StatusCode);
        Assert.Equal("Autosaved words.", await TextAsync(tenant));
    }

    [Fact]
    public async Task AnotherSchoolsEvidence_OrACriterionOfAnotherLevel_IsRefused()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var school = await factory.SignedInAsync(tenant, Accounts.Demo("SubjectLeader"));
        var page = await FirstReflectionAsync(school, tenant);
        var others = await factory.InTenantAsync(tenant, s => s.GetRequiredService<ProgrammeDbContext>().Evidence.Select(e => e.Id).ToListAsync());

        var refused = await school.SubmitAsync(page, new Dictionary<string, string> { ["Text"] = "Text", ["Evidence"] = others[0].ToString(System.Globalization.CultureInfo.InvariantCulture) }, "form[action='?handler=Save']");

        Assert.Contains("Choose evidence from your library", refused.Document.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Null(await TextAsync(tenant));
        var gilt = await factory.InTenantAsync(tenant, s => s.GetRequiredService<Psqm.Modules.Criteria.Data.CriteriaDbContext>().Criteria.Where(c => c.LevelKey == "gilt").Select(c => c.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await school.GetAsync(new Uri($"{tenant.BasePath}/my-school/reflections/{gilt}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task ARenewingSchool_ReadsItsEarlierYear_ButCannotChangeIt_NorOpenAnotherSchools()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var (earlier, other) = await factory.InTenantAsync(tenant, async s =>
        {
            var db = s.GetRequiredService<ProgrammeDbContext>();
            var round = Round.From(Psqm.Programme.RoundKey.TryParse("autumn-2023", out var key) ? key : throw new InvalidOperationException(), "psqm");
            db.Rounds.Add(round);
            var oakfield = await db.Schools.SingleAsync(x => x.Identifier == "123456");
            var hillside = await db.Schools.SingleAsync(x => x.Name == "Hillside Primary School");
            var mine = new Enrolment { School = oakfield, Round = round, Hub = oakfield.Hub, ConfirmedLevel = "psqm" };
            var theirs = new Enrolment { School = hillside, Round = round, Hub = hillside.Hub, ConfirmedLevel = "psqm" };
            db.Enrolments.AddRange(mine, theirs);
            await db.SaveChangesAsync();
            var criterion = await s.GetRequiredService<Psqm.Modules.Criteria.Data.CriteriaDbContext>().Criteria.Where(c => c.LevelKey == "psqm").OrderBy(c => c.Number).Select(c => c.Id).FirstAsync();
            db.Reflections.Add(new Reflection { EnrolmentId = mine.Id, CriterionId = criterion, Text = "In 2024 every class kept a science journal.", UpdatedBy = "recipe" });
            await db.SaveChangesAsync();
            return (mine.Id, theirs.Id);
        });
        var school = await factory.SignedInAsync(tenant, Accounts.Demo("SubjectLeader"));

        var home = await school.GetPageAsync($"{tenant.BasePath}/my-school");
        var link = home.Document.QuerySelectorAll("a").First(a => a.TextContent.Contains("Round 25 - Autumn 2023-2024", StringComparison.Ordinal));
        var year = await school.GetPageAsync(link.GetAttribute("href")!);

        Assert.Contains("In 2024 every class kept a science journal.", year.Text, StringComparison.Ordinal);
        Assert.Null(year.Document.QuerySelector("main textarea, main form[method=post]"));
        Assert.Equal(HttpStatusCode.NotFound, (await school.GetAsync(new Uri($"{tenant.BasePath}/my-school/years/{other}", UriKind.Relative))).StatusCode);
        Assert.Equal($"{tenant.BasePath}/my-school/years/{earlier}", link.GetAttribute("href"));
    }


    private static async Task<HtmlPage> FirstReflectionAsync(HttpClient client, Tenant tenant)
    {
        var list = await client.GetPageAsync($"{tenant.BasePath}/my-school/reflections");
        return await client.GetPageAsync(list.Document.QuerySelector("a.govuk-task-list__link")!.GetAttribute("href")!);
    }

    // Evidence in the demo subject leader's own library.
    private Task<string> AddLinkAsync(Tenant tenant, string caption) => factory.InTenantAsync(tenant, async s =>
    {
        var db = s.GetRequiredService<ProgrammeDbContext>();
        var email = Accounts.Demo("SubjectLeader").ToUpperInvariant();
        var enrolment = await db.Enrolments.Where(e => db.Contacts.Any(c => c.SchoolId == e.SchoolId && c.NormalizedEmail == email)).Select(e => e.Id).FirstAsync();
        var item = new EvidenceItem { EnrolmentId = enrolment, Caption = caption, Link = "https://example.org/blog", AddedBy = "test", AddedUtc = DateTime.UtcNow };
        db.Evidence.Add(item);
        await db.SaveChangesAsync();
        return item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    });

    private Task<string?> TextAsync(Tenant tenant) => factory.InTenantAsync(tenant, s =>
    {
        var email = Accounts.Demo("SubjectLeader").ToUpperInvariant();
        var db = s.GetRequiredService<ProgrammeDbContext>();
        return db.Reflections.Where(r => db.Enrolments.Any(e => e.Id == r.EnrolmentId && db.Contacts.Any(c => c.SchoolId == e.SchoolId && c.NormalizedEmail == email))).Select(r => r.Text).FirstOrDefaultAsync();
    });
}
