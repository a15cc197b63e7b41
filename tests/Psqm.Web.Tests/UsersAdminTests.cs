using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Psqm.Core.Tenancy;

namespace Psqm.Web.Tests;

[Collection(SharedSite.Name)]
public sealed partial class UsersAdminTests(PsqmFactory factory) : IAsyncLifetime
{
    private Tenant _tenant = null!;

    private string Base => _tenant.BasePath.Value!;

    public async Task InitializeAsync() => _tenant = await factory.CreateTenantAsync("cymru");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Invite_AHubLeaderWhoReadsWelsh_SetsAPasswordFromTheEmailedLink_Once()
    {
        var hq = factory.CreateClient();
        await hq.SignInAsync(Base, Accounts.Demo("HQ"));
        var form = await hq.GetPageAsync($"{Base}/admin/users/invite");
        var invited = await hq.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Name"] = "Nia Roberts", ["Input.Email"] = "nia@hyb.example", ["Input.Roles"] = "HubLeader", ["Input.Hub"] = "gwynedd-mon", ["Input.Culture"] = "cy-GB",
        });
        Assert.Contains("Mae nia@hyb.example wedi'i wahodd.", invited.Text, StringComparison.Ordinal);

        var mail = Assert.Single(factory.Mail(_tenant), m => m.Contains("To: nia@hyb.example", StringComparison.Ordinal));
        Assert.StartsWith("Eich cyfrif", MailText.Subject(mail), StringComparison.Ordinal);
        var link = InvitationLink().Match(MailText.Decode(mail)).Value;
        Assert.Contains($"{Base}/cyfrif/ailosod-cyfrinair?", link, StringComparison.Ordinal);

        var invitee = factory.CreateClient();
        var choose = await invitee.GetPageAsync(link);
        Assert.Equal("Dewiswch eich cyfrinair", choose.Document.QuerySelector("h1")!.TextContent);
        var done = await invitee.SubmitAsync(choose, new Dictionary<string, string> { ["Input.Password"] = "pedwar gair hir iawn", ["Input.ConfirmPassword"] = "pedwar gair hir iawn" });
        Assert.Contains("Mae eich cyfrinair wedi'i osod.", done.Text, StringComparison.Ordinal);

        var signedIn = await factory.CreateClient().SignInAsync(Base, "nia@hyb.example", "pedwar gair hir iawn");
        Assert.Equal($"{Base}/dangosfwrdd", signedIn.Url.AbsolutePath);
        Assert.Contains("Arweinydd hyb", signedIn.Text, StringComparison.Ordinal);

        var again = await invitee.GetPageAsync(link);
        var reused = await invitee.SubmitAsync(again, new Dictionary<string, string> { ["Input.Password"] = "rhywbeth arall hir", ["Input.ConfirmPassword"] = "rhywbeth arall hir" });
        Assert.Contains("Mae'r ddolen hon wedi dod i ben", reused.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invite_WithAnAddressThatHasAnAccount_OrNoRole_SaysWhatIsWrong()
    {
        var hq = factory.CreateClient();
        await hq.SignInAsync(Base, Accounts.Demo("HQ"));
        var form = await hq.GetPageAsync($"{Base}/en/admin/users/invite");

        var page = await hq.SubmitAsync(form, new Dictionary<string, string> { ["Input.Name"] = "Someone", ["Input.Email"] = Accounts.Demo("Editor"), ["Input.Culture"] = "en-GB" });

        var summary = page.Document.QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("Choose at least one role", summary, StringComparison.Ordinal);
        Assert.Equal("Someone", page.Document.QuerySelector("#Input_Name")!.GetAttribute("value"));
    }

    [Fact]
    public async Task ChangingSomeonesRoles_EndsTheirSession_AndIsInTheAuditLog()
    {
        var leader = factory.CreateClient();
        await leader.SignInAsync(Base, Accounts.Demo("HubLeader"));
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync(new Uri($"{Base}/admin/webinars", UriKind.Relative))).StatusCode);

        var hq = factory.CreateClient();
        await hq.SignInAsync(Base, Accounts.Demo("HQ"));
        var list = await hq.GetPageAsync($"{Base}/admin/users?q=hubleader%40");
        var edit = await hq.GetPageAsync(list.Document.QuerySelector("main table a")!.GetAttribute("href")!);
        var saved = await hq.SubmitAsync(edit, new Dictionary<string, string> { ["Roles"] = "SubjectLeader", ["Hub"] = "gwynedd-mon" }, "main form:not([action])");
        Assert.Single(saved.Document.QuerySelectorAll(".govuk-notification-banner"));

        var after = await leader.GetPageAsync($"{Base}/dangosfwrdd");
        Assert.EndsWith("/cyfrif/mewngofnodi", after.Url.AbsolutePath, StringComparison.Ordinal);

        var admin = factory.CreateClient();
        await admin.SignInAsync(Base, Accounts.Demo("Administrator"));
        var audit = await admin.GetPageAsync($"{Base}/admin/users/audit?action=roles-changed");
        var row = audit.Document.QuerySelector("main tbody tr")!.TextContent;
        Assert.Contains(Accounts.Demo("HQ"), row, StringComparison.Ordinal);
        Assert.Contains(Accounts.Demo("HubLeader"), row, StringComparison.Ordinal);
        Assert.Contains("HubLeader", row, StringComparison.Ordinal);
        Assert.Contains("SubjectLeader", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisablingAnAccount_StopsItsSignIn_WithTheSameAnswerAsAWrongPassword()
    {
        var hq = factory.CreateClient();
        await hq.SignInAsync(Base, Accounts.Demo("HQ"));
        var edit = await hq.GetPageAsync((await hq.GetPageAsync($"{Base}/admin/users?q=editor%40")).Document.QuerySelector("main table a")!.GetAttribute("href")!);
        await hq.SubmitAsync(edit, new Dictionary<string, string>(), "main form[action*=Disable]");

        var refused = await factory.CreateClient().SignInAsync(Base, Accounts.Demo("Editor"));

        Assert.Contains("Mae'r cyfeiriad e-bost neu'r cyfrinair yn anghywir.", refused.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hq_CannotDisableAnAdministrator_NorReadTheAuditLog()
    {
        var hq = factory.CreateClient();
        await hq.SignInAsync(Base, Accounts.Demo("HQ"));
        var edit = await hq.GetPageAsync((await hq.GetPageAsync($"{Base}/admin/users?q=administrator%40")).Document.QuerySelector("main table a")!.GetAttribute("href")!);

        var refused = await hq.SubmitAsync(edit, new Dictionary<string, string>(), "main form[action*=Disable]");
        var audit = await hq.GetPageAsync($"{Base}/admin/users/audit");

        Assert.NotNull(refused.Document.QuerySelector(".govuk-error-summary"));
        Assert.EndsWith("/cyfrif/dim-mynediad", audit.Url.AbsolutePath, StringComparison.Ordinal);
        Assert.NotNull(await factory.CreateClient().SignInAsync(Base, Accounts.Demo("Administrator")));
    }

    [Fact]
    public async Task UsersList_FiltersByRoleAndStatus_AndIsClosedToEditors()
    {
        var hq = factory.CreateClient();
        await hq.SignInAsync(Base, Accounts.Demo("HQ"));

        var leaders = await hq.GetPageAsync($"{Base}/admin/users?role=HubLeader");
        var invited = await hq.GetPageAsync($"{Base}/admin/users?status=Invited");
        var editor = factory.CreateClient();
        await editor.SignInAsync(Base, Accounts.Demo("Editor"));

        Assert.Equal(2, leaders.Document.QuerySelectorAll("main tbody tr").Length);
        Assert.Contains("Nid oes defnyddwyr yn cyfateb", invited.Text, StringComparison.Ordinal);
        Assert.EndsWith("/cyfrif/dim-mynediad", (await editor.GetPageAsync($"{Base}/admin/users")).Url.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OwnAccount_ChangesNameLanguageAndPassword_AndSignsOutEverywhere()
    {
        var client = factory.CreateClient();
        var other = factory.CreateClient();
        await client.SignInAsync(Base, Accounts.Demo("SubjectLeader"));
        await other.SignInAsync(Base, Accounts.Demo("SubjectLeader"));

        var account = await client.GetPageAsync($"{Base}/cyfrif");
        Assert.Equal("Eich cyfrif", account.Document.QuerySelector("h1")!.TextContent);
        var saved = await client.SubmitAsync(account, new Dictionary<string, string> { ["Profile.Name"] = "Gwen Jones", ["Profile.Culture"] = "en-GB" }, "main form[action*=Profile]");
        Assert.Contains("Mae eich manylion wedi'u cadw.", saved.Text, StringComparison.Ordinal);

        var wrong = await client.SubmitAsync(saved, new Dictionary<string, string> { ["Password.Current"] = "not it at all", ["Password.New"] = "a new long password", ["Password.Confirm"] = "a new long password" }, "main form[action*=Password]");
        Assert.NotNull(wrong.Document.QuerySelector("#Password_Current-error"));
        var changed = await client.SubmitAsync(wrong, new Dictionary<string, string> { ["Password.Current"] = PsqmFactory.Password, ["Password.New"] = "a new long password", ["Password.Confirm"] = "a new long password" }, "main form[action*=Password]");
        Assert.Contains("Mae eich cyfrinair wedi'i newid.", changed.Text, StringComparison.Ordinal);
        Assert.EndsWith("/cyfrif/mewngofnodi", (await other.GetPageAsync($"{Base}/dangosfwrdd")).Url.AbsolutePath, StringComparison.Ordinal);
        Assert.EndsWith("/dangosfwrdd", (await client.GetPageAsync($"{Base}/dangosfwrdd")).Url.AbsolutePath, StringComparison.Ordinal);

        var everywhere = await client.SubmitAsync(changed, new Dictionary<string, string>(), "main form[action*=SignOutEverywhere]");
        Assert.Contains("Rydych wedi'ch allgofnodi ar bob dyfais.", everywhere.Text, StringComparison.Ordinal);
        Assert.EndsWith("/cyfrif/mewngofnodi", (await client.GetPageAsync($"{Base}/dangosfwrdd")).Url.AbsolutePath, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"http://localhost/\S+invitation=\S+")]
    private static partial Regex InvitationLink();
}
