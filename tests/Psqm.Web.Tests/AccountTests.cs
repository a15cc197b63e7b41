using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Psqm.Core.Tenancy;

namespace Psqm.Web.Tests;

[Collection(SharedSite.Name)]
public sealed partial class AccountTests(PsqmFactory factory) : IAsyncLifetime
{
    private Tenant _tenant = null!;

    private string Base => _tenant.BasePath.Value!;

    public async Task InitializeAsync() => _tenant = await factory.CreateTenantAsync("cymru");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SignIn_WithDemoAccount_LandsOnTheDashboardInWelsh()
    {
        var page = await factory.CreateClient().SignInAsync(Base, Accounts.Demo("HubLeader"));

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal($"{Base}/dangosfwrdd", page.Url.AbsolutePath);
        Assert.Equal("Eich dangosfwrdd", page.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("Arweinydd hyb", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_EmptyForm_ShowsTheErrorSummaryAndFieldErrorsInWelsh()
    {
        var client = factory.CreateClient();
        var form = await client.GetPageAsync($"{Base}/cyfrif/mewngofnodi");
        var page = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = "", ["Input.Password"] = "" });

        var summary = page.Document.QuerySelector(".govuk-error-summary")!;
        Assert.Contains("Rhowch eich cyfeiriad e-bost", summary.TextContent, StringComparison.Ordinal);
        Assert.Contains("Rhowch eich cyfrinair", summary.TextContent, StringComparison.Ordinal);
        Assert.Equal("#Input_Email", summary.QuerySelector("a")!.GetAttribute("href"));
        Assert.NotNull(page.Document.QuerySelector("#Input_Email-error"));
    }

    [Fact]
    public async Task SignIn_WrongPassword_KeepsTheEmailAndSaysSoInEnglishOnTheEnglishPage()
    {
        var client = factory.CreateClient();
        var form = await client.GetPageAsync($"{Base}/en/account/sign-in");
        var page = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = Accounts.Demo("Editor"), ["Input.Password"] = "not-the-password" });

        Assert.Contains("The email address or password is not correct.", page.Text, StringComparison.Ordinal);
        Assert.Equal(Accounts.Demo("Editor"), page.Document.QuerySelector("#Input_Email")!.GetAttribute("value"));
        Assert.Equal("", page.Document.QuerySelector("#Input_Password")!.GetAttribute("value"));
    }

    [Fact]
    public async Task SignIn_AfterFiveWrongPasswords_LocksTheAccountEvenForTheRightPassword()
    {
        var client = factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await client.SignInAsync(Base, Accounts.Demo("Assessor"), "wrong-password-" + i);
        }

        var page = await client.SignInAsync(Base, Accounts.Demo("Assessor"));

        Assert.Contains("wedi'i gloi", page.Text, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector(".psqm-header__signout"));
    }

    [Fact]
    public async Task SignIn_PostedWithoutAntiforgeryToken_IsRefusedWithAFriendlyPage()
    {
        var client = factory.CreateClient();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = Accounts.Demo("Hq"), ["Input.Password"] = PsqmFactory.Password });
        var response = await client.PostAsync(new Uri($"{Base}/cyfrif/mewngofnodi", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Mae'n ddrwg gennym, mae problem gyda'ch cais", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Dashboard_Anonymous_RedirectsToTheSignInPageInThePagesLanguage()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var welsh = await client.GetAsync(new Uri($"{Base}/dangosfwrdd", UriKind.Relative));
        var english = await client.GetAsync(new Uri($"{Base}/en/dashboard", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, welsh.StatusCode);
        Assert.StartsWith($"{Base}/cyfrif/mewngofnodi?returnUrl=", welsh.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.StartsWith($"{Base}/en/account/sign-in?returnUrl=", english.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithAnOffsiteReturnUrl_StaysOnThisSite()
    {
        var client = factory.CreateClient();
        var form = await client.GetPageAsync($"{Base}/cyfrif/mewngofnodi?returnUrl=https%3A%2F%2Fevil.example%2F");
        var page = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = Accounts.Demo("Editor"), ["Input.Password"] = PsqmFactory.Password });

        Assert.Equal("localhost", page.Url.Host);
        Assert.Equal($"{Base}/dangosfwrdd", page.Url.AbsolutePath);
    }

    [Fact]
    public async Task ForgottenPassword_SendsAWelshEmail_WhoseLinkSetsANewPassword()
    {
        var client = factory.CreateClient();
        var form = await client.GetPageAsync($"{Base}/cyfrif/wedi-anghofio-cyfrinair");
        var sent = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = Accounts.Demo("SubjectLeader") });
        Assert.Contains("Gwiriwch eich e-bost", sent.Text, StringComparison.Ordinal);

        var mail = Assert.Single(factory.Mail(_tenant));
        var body = MailText.Decode(mail);
        Assert.Contains("I ddewis cyfrinair newydd", body, StringComparison.Ordinal);
        var link = ResetLink().Match(body).Value;
        Assert.StartsWith($"http://localhost{Base}/cyfrif/ailosod-cyfrinair?", link, StringComparison.Ordinal);

        var reset = await client.GetPageAsync(link);
        var done = await client.SubmitAsync(reset, new Dictionary<string, string>
        {
            ["Input.Password"] = "a brand new passphrase",
            ["Input.ConfirmPassword"] = "a brand new passphrase",
        });
        Assert.Contains("Mae eich cyfrinair wedi'i newid", done.Text, StringComparison.Ordinal);

        var signedIn = await factory.CreateClient().SignInAsync(Base, Accounts.Demo("SubjectLeader"), "a brand new passphrase");
        Assert.Equal($"{Base}/dangosfwrdd", signedIn.Url.AbsolutePath);

        var again = await client.GetPageAsync(link);
        var reused = await client.SubmitAsync(again, new Dictionary<string, string> { ["Input.Password"] = "another passphrase", ["Input.ConfirmPassword"] = "another passphrase" });
        Assert.Contains("Mae'r ddolen hon wedi dod i ben", reused.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgottenPassword_ForAnUnknownEmail_GivesTheSameAnswerAndSendsNothing()
    {
        var client = factory.CreateClient();
        var form = await client.GetPageAsync($"{Base}/en/account/forgotten-password");
        var page = await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = "nobody@example.org" });

        Assert.Contains("Check your email", page.Text, StringComparison.Ordinal);
        Assert.Empty(factory.Mail(_tenant));
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var client = factory.CreateClient();
        var dashboard = await client.SignInAsync(Base, Accounts.Demo("Editor"));
        var signedOut = await client.SubmitAsync(dashboard, new Dictionary<string, string>(), ".psqm-header__signout");

        Assert.Contains("Rydych wedi allgofnodi.", signedOut.Text, StringComparison.Ordinal);
        var after = await client.GetPageAsync($"{Base}/dangosfwrdd");
        Assert.EndsWith("/cyfrif/mewngofnodi", after.Url.AbsolutePath, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"http://localhost/\S+")]
    private static partial Regex ResetLink();
}
