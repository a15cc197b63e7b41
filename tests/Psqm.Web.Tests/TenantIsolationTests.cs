using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Tenancy;
using Psqm.Modules.Users.Data;

namespace Psqm.Web.Tests;

[Collection(SharedSite.Name)]
public sealed class TenantIsolationTests(PsqmFactory factory) : IAsyncLifetime
{
    private Tenant _first = null!;
    private Tenant _second = null!;

    public async Task InitializeAsync()
    {
        _first = await factory.CreateTenantAsync("england");
        _second = await factory.CreateTenantAsync("england");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SignedInOnOneTenant_AProtectedPageOfAnother_AsksToSignIn()
    {
        var client = factory.CreateClient();
        var own = await client.SignInAsync(_first.BasePath.Value!, Accounts.Demo("Administrator"));
        Assert.Equal($"{_first.BasePath}/dashboard", own.Url.AbsolutePath);

        var other = await client.GetPageAsync($"{_second.BasePath}/dashboard");

        Assert.Equal($"{_second.BasePath}/account/sign-in", other.Url.AbsolutePath);
    }

    [Fact]
    public async Task AuthCookie_ReplayedOnAnotherTenant_IsRefused()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var form = await client.GetPageAsync($"{_first.BasePath}/account/sign-in");
        var antiforgery = CookiesOf(form.Response);
        using var post = new HttpRequestMessage(HttpMethod.Post, $"{_first.BasePath}/account/sign-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = Accounts.Demo("Administrator"),
                ["Input.Password"] = PsqmFactory.Password,
                ["__RequestVerificationToken"] = form.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            }),
        };
        post.Headers.Add("Cookie", string.Join("; ", antiforgery.Select(c => $"{c.Key}={c.Value}")));
        var signedIn = await client.SendAsync(post);
        var auth = CookiesOf(signedIn).Single(c => c.Key == ".Psqm.Auth." + _first.Name).Value;

        using var own = new HttpRequestMessage(HttpMethod.Get, $"{_first.BasePath}/dashboard");
        own.Headers.Add("Cookie", $".Psqm.Auth.{_first.Name}={auth}");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(own)).StatusCode);

        using var replay = new HttpRequestMessage(HttpMethod.Get, $"{_second.BasePath}/dashboard");
        replay.Headers.Add("Cookie", $".Psqm.Auth.{_second.Name}={auth}; .Psqm.Auth.{_first.Name}={auth}");
        var response = await client.SendAsync(replay);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"{_second.BasePath}/account/sign-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AntiforgeryToken_OfOneTenant_IsRefusedByAnother()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var form = await client.GetPageAsync($"{_first.BasePath}/account/sign-in");
        var cookie = CookiesOf(form.Response).Single(c => c.Key.StartsWith(".Psqm.Antiforgery.", StringComparison.Ordinal)).Value;
        var token = form.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var post = new HttpRequestMessage(HttpMethod.Post, $"{_second.BasePath}/account/sign-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = Accounts.Demo("Administrator"),
                ["Input.Password"] = PsqmFactory.Password,
                ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", $".Psqm.Antiforgery.{_second.Name}={cookie}");
        var response = await client.SendAsync(post);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task UserCreatedInOneTenant_IsAbsentFromAnother()
    {
        using (TenantScope.Enter(_first))
        {
            using var scope = factory.Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PsqmUser>>();
            var created = await users.CreateAsync(new PsqmUser { UserName = "only-here@example.org", Email = "only-here@example.org" }, "a long enough password");
            Assert.True(created.Succeeded);
        }

        using (TenantScope.Enter(_second))
        {
            using var scope = factory.Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PsqmUser>>();
            Assert.Null(await users.FindByEmailAsync("only-here@example.org"));
        }

        var page = await factory.CreateClient().SignInAsync(_second.BasePath.Value!, "only-here@example.org", "a long enough password");
        Assert.Contains("The email address or password is not correct.", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachTenant_HasItsOwnDatabase()
    {
        Assert.NotEqual(factory.DatabaseOf(_first), factory.DatabaseOf(_second));
        Assert.True(await factory.DatabaseExistsAsync(_first));
        Assert.True(await factory.DatabaseExistsAsync(_second));
    }

    private static Dictionary<string, string> CookiesOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.Select(v => v.Split(';')[0].Split('=', 2)).ToDictionary(p => p[0], p => p[1])
            : [];
}
