using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Tenancy;

namespace Psqm.Web.Tests;

/// <summary>
/// Who may open every protected page and file of a tenant, in one table, walked for every role and for a visitor.
/// A role not listed for a route must be turned away (sign-in page, access denied, or not found).
/// </summary>
[Collection(SharedSite.Name)]
public sealed class AccessTableTests(PsqmFactory factory) : IAsyncLifetime
{
    private const string Visitor = "Visitor";
    private static readonly string[] SignedIn = ["Administrator", "HQ", "HubLeader", "SubjectLeader", "Editor", "Assessor"];

    /// <summary>Route (under the tenant) and the roles that may open it.</summary>
    private static readonly (string Route, string[] Roles)[] Table =
    [
        ("/en/dashboard", SignedIn),
        ("/en/account", SignedIn),
        ("/en/account/notifications", SignedIn),
        ("/en/admin/content", ["Administrator", "HQ", "HubLeader", "Editor"]),
        ("/en/admin/media", ["Administrator", "HQ", "HubLeader", "Editor"]),
        ("/en/admin/taxonomies", ["Administrator", "HQ", "Editor"]),
        ("/en/admin/webinars", ["Administrator", "HQ", "HubLeader", "Editor"]),
        ("/en/admin/webinars?handler=Csv&key={webinar}", ["HQ", "HubLeader"]),
        ("/en/admin/enquiries", ["HQ", "HubLeader"]),
        ("/en/admin/enquiries/routing", ["HQ"]),
        ("/en/admin/enquiries/person", ["HQ"]),
        ("/en/admin/search", ["Administrator", "HQ"]),
        ("/en/admin/users", ["Administrator", "HQ"]),
        ("/en/admin/users/invite", ["Administrator", "HQ"]),
        ("/en/admin/users/audit", ["Administrator"]),
        ("/en/admin/outbox", ["Administrator"]),
        ("/en/admin/tenants", []),
        ("/en/my-school", ["SubjectLeader"]),
        ("/fy-ysgol/archwiliad", ["SubjectLeader"]),
        ("/fy-ysgol/cynllun-gweithredu", ["SubjectLeader"]),
        ("/en/my-school/evidence", ["SubjectLeader"]),
        ("/fy-ysgol/myfyrdodau", ["SubjectLeader"]),
        ("/en/my-school/messages", ["SubjectLeader"]),
        ("/en/my-school/years/{otherHubSchool}", []),
        ("/en/my-hub", ["HubLeader", "Assessor"]),
        ("/en/my-hub/schools/{assessedSchool}", ["HubLeader", "HQ", "Assessor"]),
        ("/fy-hyb/ysgolion/{assessedSchool}/tystiolaeth", ["HubLeader", "HQ", "Assessor"]),
        ("/en/my-hub/schools/{assessedSchool}/messages", ["HubLeader", "HQ", "Assessor"]),
        ("/en/my-hub/schools/{ownHubSchool}", ["HubLeader", "HQ"]),
        ("/fy-hyb/ysgolion/{otherHubSchool}", ["HQ"]),
        ("/en/my-hub/schools/{ownHubSchool}/action-plan", ["HubLeader", "HQ"]),
        ("/fy-hyb/ysgolion/{otherHubSchool}/cynllun-gweithredu", ["HQ"]),
        ("/en/my-hub/schools/{ownHubSchool}/evidence", ["HubLeader", "HQ"]),
        ("/fy-hyb/ysgolion/{otherHubSchool}/tystiolaeth", ["HQ"]),
        ("/en/my-hub/schools/{ownHubSchool}/reflections", ["HubLeader", "HQ"]),
        ("/fy-hyb/ysgolion/{otherHubSchool}/myfyrdodau", ["HQ"]),
        ("/en/my-hub/schools/{ownHubSchool}/messages", ["HubLeader", "HQ"]),
        ("/fy-hyb/ysgolion/{otherHubSchool}/negeseuon", ["HQ"]),
        ("/en/admin/programme", ["HQ"]),
        ("/en/admin/programme/schools?q=ysgol&page=2", ["HQ"]),
        ("/en/admin/programme/rounds/2", ["HQ"]),
        ("/en/admin/programme/enrol", ["HQ"]),
        ("/en/admin/programme/rounds/2/progress", ["HQ"]),
        ("/en/admin/programme/rounds/2/progress?handler=Csv", ["HQ"]),
        ("/en/admin/programme/rounds/2/outcomes", ["HQ"]),
        ("/en/admin/programme/rounds/2/hub-payments", ["HQ"]),
        ("/en/admin/programme/rounds/2/hub-payments?handler=Csv", ["HQ"]),
        ("/en/admin/programme/settings", ["HQ"]),
        ("/en/admin/programme/applications", ["HQ"]),
        ("/en/admin/programme/applications/1", ["HQ"]),
        ("/en/admin/programme/rounds/2/reviews", ["HQ"]),
        ("/en/admin/programme/rounds/2/outcomes?handler=Csv", ["HQ"]),
        ("/en/admin/programme/payments", ["HQ"]),
        ("/en/admin/programme/payments?handler=Csv&RoundId=2", ["HQ"]),
        ("/en/admin/programme/import", ["HQ"]),
        ("/fy-ysgol/cyflwyniad", ["SubjectLeader"]),
        ("/fy-hyb/adolygiadau", ["HubLeader"]),
        ("/en/my-hub/reviews", ["HubLeader"]),
        ("/en/admin/workflows", ["Administrator", "HQ"]),
        ("/en/admin/workflows/instances?Definition=submission", ["Administrator", "HQ"]),
        ("/media/{membersFile}", SignedIn),
        ("/evidence/{ownFile}", ["SubjectLeader", "HubLeader", "HQ"]),
        ("/evidence/{otherFile}", ["HQ"]),
        ("/messages/{ownAttachment}/attachment", ["SubjectLeader", "HubLeader", "HQ"]),
        ("/messages/{otherAttachment}/attachment", ["HQ"]),
        ("/evidence/{assessedFile}", ["HubLeader", "HQ", "Assessor"]),
        ("/messages/{assessedAttachment}/attachment", ["HubLeader", "HQ", "Assessor"]),
    ];

    private Tenant _tenant = null!;
    private string _webinar = "";
    private string _membersFile = "";
    private string _ownHubSchool = "";
    private string _otherHubSchool = "";
    private string _assessedSchool = "";
    private readonly Dictionary<string, string> _files = [];

    public static TheoryData<string> Roles() => [Visitor, .. SignedIn];

    public async Task InitializeAsync()
    {
        _tenant = await factory.CreateTenantAsync("cymru");
        // A coming webinar of the demo hub leader's own hub, from their desk.
        var leader = factory.CreateClient();
        await leader.SignInAsync(_tenant.BasePath.Value!, Accounts.Demo("HubLeader"));
        var desk = await leader.GetPageAsync($"{_tenant.BasePath}/en/admin/webinars");
        _webinar = desk.Document.QuerySelectorAll("a[href*='handler=Csv']")
            .Select(a => a.GetAttribute("href")!).Select(h => h[(h.IndexOf("key=", StringComparison.Ordinal) + 4)..])
            .First(k => k.Length > 0);
        _membersFile = await MembersOnlyFileAsync();
        (_ownHubSchool, _otherHubSchool, _assessedSchool) = await factory.InTenantAsync(_tenant, async services =>
        {
            var db = services.GetRequiredService<Psqm.Modules.Programme.Data.ProgrammeDbContext>();
            var own = await db.Enrolments.Where(e => e.Hub == "gwynedd-mon").Select(e => e.Id).FirstAsync();
            var other = await db.Enrolments.Where(e => e.Hub != "gwynedd-mon").Select(e => e.Id).FirstAsync();

            // The demo assessor follows one school of the demo hub, so each side of the assignment is walked.
            var assessed = await db.Enrolments.SingleAsync(e => e.School.Identifier == "6614002");
            assessed.Assessor = Accounts.Demo("Assessor").ToUpperInvariant();
            await db.SaveChangesAsync();
            return (Id(own), Id(other), Id(assessed.Id));
        });
        await ProgrammeFilesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // A file of each kind for the demo subject leader's school (in the demo hub leader's hub) and for a school of another hub.
    private Task<int> ProgrammeFilesAsync() => factory.InTenantAsync(_tenant, async services =>
    {
        var db = services.GetRequiredService<Psqm.Modules.Programme.Data.ProgrammeDbContext>();
        var library = services.GetRequiredService<Psqm.Modules.Programme.Services.EvidenceLibrary>();
        var messages = services.GetRequiredService<Psqm.Modules.Programme.Services.Messages>();
        var email = Accounts.Demo("SubjectLeader").ToUpperInvariant();
        var own = await db.Enrolments.Where(e => db.Contacts.Any(c => c.SchoolId == e.SchoolId && c.NormalizedEmail == email)).Select(e => e.Id).FirstAsync();
        foreach (var (name, enrolment) in new[] { ("own", own), ("other", int.Parse(_otherHubSchool, System.Globalization.CultureInfo.InvariantCulture)), ("assessed", int.Parse(_assessedSchool, System.Globalization.CultureInfo.InvariantCulture)) })
        {
            var item = new Psqm.Modules.Programme.Data.EvidenceItem { EnrolmentId = enrolment, Caption = name, FileName = Guid.NewGuid().ToString("N") + ".pdf", OriginalName = "a.pdf", MediaType = "application/pdf", Length = 9, AddedBy = "test" };
            var message = new Psqm.Modules.Programme.Data.Message { EnrolmentId = enrolment, Body = name, FileName = Guid.NewGuid().ToString("N") + ".pdf", OriginalName = "a.pdf", MediaType = "application/pdf", Length = 9 };
            db.Evidence.Add(item);
            db.Messages.Add(message);
            await db.SaveChangesAsync();
            foreach (var path in new[] { Psqm.Modules.Programme.Services.EvidenceLibrary.PathOf(item), Psqm.Modules.Programme.Services.Messages.PathOf(message) })
            {
                var local = Path.GetTempFileName();
                await File.WriteAllBytesAsync(local, "%PDF-1.7\n"u8.ToArray());
                await services.GetRequiredService<Psqm.Core.Storage.IFileStore>().PutAsync(path, local, CancellationToken.None);
            }

            _files[name + "File"] = item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _files[name + "Attachment"] = message.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return 0;
    });

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EveryProtectedRoute_OpensForItsRolesOnly(string role)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (role != Visitor)
        {
            var signIn = factory.CreateClient();
            await signIn.SignInAsync(_tenant.BasePath.Value!, Accounts.Demo(role));
            client = signIn;
        }

        var wrong = new List<string>();
        foreach (var (route, roles) in Table)
        {
            var url = _tenant.BasePath + route.Replace("{webinar}", _webinar, StringComparison.Ordinal).Replace("{membersFile}", _membersFile, StringComparison.Ordinal)
                .Replace("{ownHubSchool}", _ownHubSchool, StringComparison.Ordinal).Replace("{otherHubSchool}", _otherHubSchool, StringComparison.Ordinal)
                .Replace("{assessedSchool}", _assessedSchool, StringComparison.Ordinal);
            url = _files.Aggregate(url, (u, f) => u.Replace("{" + f.Key + "}", f.Value, StringComparison.Ordinal));
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            var opened = response.StatusCode == HttpStatusCode.OK && !IsSignInOrDenied(response.RequestMessage!.RequestUri!);
            if (opened != roles.Contains(role))
            {
                wrong.Add($"{route}: {(opened ? "opened" : "refused")} ({(int)response.StatusCode} {response.RequestMessage!.RequestUri!.AbsolutePath})");
            }
        }

        Assert.True(wrong.Count == 0, $"{role}:\n" + string.Join('\n', wrong));
    }

    private static bool IsSignInOrDenied(Uri url) =>
        url.AbsolutePath.EndsWith("/sign-in", StringComparison.Ordinal) || url.AbsolutePath.EndsWith("/access-denied", StringComparison.Ordinal)
        || url.AbsolutePath.EndsWith("/mewngofnodi", StringComparison.Ordinal) || url.AbsolutePath.EndsWith("/dim-mynediad", StringComparison.Ordinal);

    // A members-only resource with a file, made as an editor would.
    private Task<string> MembersOnlyFileAsync() =>
        factory.InTenantAsync(_tenant, async services =>
        {
            var (_, media) = await services.GetRequiredService<MediaStore>().SaveAsync(
                new MemoryStream([.. "%PDF-1.7\n"u8, .. new byte[2000]]), "members.pdf", new Dictionary<string, string>(), "editor");
            var content = services.GetRequiredService<ContentManager>();
            var saved = await content.SaveDraftAsync(
                new ContentDraft("Resource", "cy", "Canllaw aelodau", "canllaw-aelodau", new Dictionary<string, string[]>
                {
                    ["summary"] = ["Canllaw."], ["format"] = ["document"], ["access"] = ["members"], ["date"] = ["2025-01-01"], ["file"] = [media!.FileName],
                }),
                "editor");
            await content.PublishAsync(saved.Item!.ContentItemId);
            return media.FileName;
        });
}
