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
    public async Task SignIn_AfterFiveWrongPasswordsFromOneAddress_WaitsWithTheSameAnswerForRealAndUnknownAccounts()
    {
        var client = factory.CreateClient();
        foreach (var email in new[] { Accounts.Demo("Assessor"), "nobody-here@example.org" })
        {
            for (var i = 0; i < 5; i++)
            {
                var refused = await client.SignInAsync(Base, email, "wrong-password-" + i);
                Assert.Contains("Mae'r cyfeiriad e-bost neu'r cyfrinair yn anghywir.", refused.Text, StringComparison.Ordinal);
            }
        }

        var real = await client.SignInAsync(Base, Accounts.Demo("Assessor"));
        var unknown = await client.SignInAsync(Base, "nobody-here@example.org");

        Assert.Contains("Bu gormod o ymdrechion i fewngofnodi.", real.Text, StringComparison.Ordinal);
        Assert.Equal(real.Document.QuerySelector(".govuk-error-summary")!.TextContent, unknown.Document.QuerySelector(".govuk-error-summary")!.TextContent);
        Assert.Null(real.Document.QuerySelector(".psqm-header__signout"));
    }

    [Fact]
    public async Task SignIn_WrongPasswordsFromElsewhere_NeverLockTheOwnerOut()
    {
        // Someone else's guesses (another address) slow the account at most a minute; a password reset clears even that.
        var attacker = factory.CreateClient();
        attacker.DefaultRequestHeaders.Add("X-Forwarded-For", "192.0.2.66");
        for (var i = 0; i < 8; i++)
        {
            await attacker.SignInAsync(Base, Accounts.Demo("Editor"), "guess-" + i);
        }

        Assert.Contains("Bu gormod o ymdrechion", (await attacker.SignInAsync(Base, Accounts.Demo("Editor"))).Text, StringComparison.Ordinal);
        var owner = await factory.CreateClient().SignInAsync(Base, Accounts.Demo("Editor"));
        Assert.Equal($"{Base}/dangosfwrdd", owner.Url.AbsolutePath);
    }

    [Fact]
    public async Task SignOut_ACopyOfTheCookieTakenBefore_IsRefusedAfterwards()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        var form = await client.GetAsync(new Uri($"{Base}/cyfrif/mewngofnodi", UriKind.Relative));
        var cookies = string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await form.Content.ReadAsStringAsync());
        var token = html.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var signIn = new HttpRequestMessage(HttpMethod.Post, $"{Base}/cyfrif/mewngofnodi")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = Accounts.Demo("Editor"), ["Input.Password"] = PsqmFactory.Password, ["__RequestVerificationToken"] = token }),
        };
        signIn.Headers.Add("Cookie", cookies);
        var signedIn = await client.SendAsync(signIn);
        var copied = cookies + "; " + string.Join("; ", signedIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        Assert.Equal(HttpStatusCode.OK, (await GetWithCookies(client, $"{Base}/admin/content", copied)).StatusCode);

        // The owner signs out in their own browser.
        var browser = factory.CreateClient();
        var dashboard = await browser.SignInAsync(Base, Accounts.Demo("Editor"));
        await browser.SubmitAsync(dashboard, new Dictionary<string, string>(), ".psqm-header__signout");
        Assert.Equal(HttpStatusCode.OK, (await GetWithCookies(client, $"{Base}/admin/content", copied)).StatusCode);

        // Then signs out of the copied session.
        var page = await GetWithCookies(client, $"{Base}/dangosfwrdd", copied);
        var signOutToken = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync())
            .QuerySelector(".psqm-header__signout input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var signOut = new HttpRequestMessage(HttpMethod.Post, $"{Base}/cyfrif/allgofnodi")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = signOutToken }),
        };
        signOut.Headers.Add("Cookie", copied);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SendAsync(signOut)).StatusCode);

        var after = await GetWithCookies(client, $"{Base}/admin/content", copied);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/cyfrif/mewngofnodi", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetPassword_EndsEverySessionOfTheAccount()
    {
        var other = factory.CreateClient();
        await other.SignInAsync(Base, Accounts.Demo("HQ"));
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync(new Uri($"{Base}/admin/content", UriKind.Relative))).StatusCode);

        var client = factory.CreateClient();
        var form = await client.GetPageAsync($"{Base}/cyfrif/wedi-anghofio-cyfrinair");
        await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = Accounts.Demo("HQ") });
        var link = ResetLink().Match(MailText.Decode(factory.Mail(_tenant).Single(m => m.Contains(Accounts.Demo("HQ"), StringComparison.Ordinal)))).Value;
        var reset = await client.GetPageAsync(link);
        await client.SubmitAsync(reset, new Dictionary<string, string> { ["Input.Password"] = "a new passphrase for hq", ["Input.ConfirmPassword"] = "a new passphrase for hq" });

        var after = await other.GetPageAsync($"{Base}/dangosfwrdd");
        Assert.EndsWith("/cyfrif/mewngofnodi", after.Url.AbsolutePath, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> GetWithCookies(HttpClient client, string url, string cookies)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookies);
        return client.SendAsync(request);
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
