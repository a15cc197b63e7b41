using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Tenancy;
using Psqm.Modules.Users.Data;

namespace Psqm.Web.Tests;

/// <summary>The site as deployed: Production, behind a TLS-terminating proxy on loopback, with a configured public address.</summary>
public class ProductionFactory : PsqmFactory
{
    public const string PublicUrl = "https://psqm.example";

    protected override string EnvironmentName => "Production";

    protected override int SignInLimit => 10;

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Psqm:PublicUrl", PublicUrl);
    }

    /// <summary>
    /// A browser on https://{host} whose requests reach the site as the proxy sends them: plain HTTP, with the
    /// visitor's scheme (and address) in forwarded headers.
    /// </summary>
    public HttpClient ProxiedClient(string host = "psqm.example", string? visitor = null) =>
        CreateDefaultClient(new Uri($"https://{host}"), new RedirectHandler(), new CookieContainerHandler(), new TlsProxy(visitor));

    private sealed class TlsProxy(string? visitor) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            // The browser's cookie jar sees the https address; only the hop to the site is plain HTTP.
            var visited = request.RequestUri!;
            request.RequestUri = new UriBuilder(visited) { Scheme = "http", Port = 80 }.Uri;
            request.Headers.Add("X-Forwarded-Proto", "https");
            if (visitor is not null)
            {
                request.Headers.Add("X-Forwarded-For", visitor);
            }

            var response = await base.SendAsync(request, cancellationToken);
            request.RequestUri = visited;
            return response;
        }
    }

    /// <summary>Accounts are never seeded outside Development: an operator makes the first one.</summary>
    public async Task<string> CreateUserAsync(Tenant tenant, string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await this.InTenantAsync(tenant, async services =>
        {
            var users = services.GetRequiredService<UserManager<PsqmUser>>();
            var user = new PsqmUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = role };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
            return user;
        });
        return email;
    }
}

public sealed partial class ProductionTests(ProductionFactory factory) : IClassFixture<ProductionFactory>
{
    private Tenant Default => factory.Services.GetRequiredService<TenantRegistry>().Find(TenantRecord.DefaultName)!;

    [Fact]
    public async Task SignIn_BehindTheProxyOverHttp_WorksWithSecureCookies()
    {
        var email = await factory.CreateUserAsync(Default, "Editor");
        var client = factory.ProxiedClient();

        var page = await client.SignInAsync("", email);

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal("/dashboard", page.Url.AbsolutePath);
        var admin = await client.GetAsync(new Uri("/admin/content", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task RegisterInterest_BehindTheProxy_ShowsValidationInsteadOfAnError()
    {
        var client = factory.ProxiedClient();
        var form = await client.GetPageAsync("/register-interest");
        Assert.Equal(HttpStatusCode.OK, form.Response.StatusCode);

        var page = await client.SubmitAsync(form, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.NotNull(page.Document.QuerySelector(".govuk-error-summary"));
    }

    [Fact]
    public async Task PlainHttp_WithoutTheProxy_IsRedirectedToTheConfiguredHttpsAddress()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://psqm.example"), AllowAutoRedirect = false });

        var response = await client.GetAsync(new Uri("/cymru/adnoddau?topic=plants", UriKind.Relative));

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal("https://psqm.example/cymru/adnoddau?topic=plants", response.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("localhost")]
    public async Task UnknownHost_IsRefused(string host)
    {
        var response = await factory.ProxiedClient(host).GetAsync(new Uri("/account/forgotten-password", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ForgottenPassword_EmailsALinkOnTheConfiguredAddress()
    {
        var email = await factory.CreateUserAsync(Default, "HQ");
        var client = factory.ProxiedClient();
        var form = await client.GetPageAsync("/account/forgotten-password");

        await client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = email });

        var mail = MailText.Decode(Assert.Single(factory.Mail(Default), m => m.Contains(email, StringComparison.Ordinal)));
        Assert.Matches(@"https://psqm\.example/account/reset-password\?", mail);
        Assert.DoesNotContain("http://psqm.example", mail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/sitemap.xml")]
    [InlineData("/feeds/case-studies.atom")]
    [InlineData("/cymru/calendar.ics")]
    [InlineData("/cymru/astudiaethau-achos")]
    public async Task AbsoluteLinks_InFeedsAndPages_UseTheConfiguredAddressOnly(string path)
    {
        var body = await factory.ProxiedClient().GetStringAsync(new Uri(path, UriKind.Relative));

        var origins = AbsoluteUrl().Matches(body).Select(m => m.Groups[1].Value)
            .Where(o => !o.Contains("w3.org", StringComparison.Ordinal) && !o.Contains("sitemaps.org", StringComparison.Ordinal))
            .Distinct().ToList();
        Assert.NotEmpty(origins);
        Assert.All(origins, origin => Assert.Equal(ProductionFactory.PublicUrl, origin));
    }

    [Fact]
    public async Task RateLimits_CountTheVisitorsAddressFromTheProxy_NotTheProxys()
    {
        // Ten sign-ins a minute per address: one visitor is stopped, another behind the same proxy is not.
        var stopped = factory.ProxiedClient(visitor: "203.0.113.7");
        HttpResponseMessage? last = null;
        for (var i = 0; i < 11; i++)
        {
            var form = await stopped.GetPageAsync("/account/sign-in");
            last = (await stopped.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = "nobody@example.org", ["Input.Password"] = "wrong-password" })).Response;
        }

        var other = factory.ProxiedClient(visitor: "198.51.100.9");
        var otherForm = await other.GetPageAsync("/account/sign-in");
        var otherPost = await other.SubmitAsync(otherForm, new Dictionary<string, string> { ["Input.Email"] = "nobody@example.org", ["Input.Password"] = "wrong-password" });

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherPost.Response.StatusCode);
    }

    [GeneratedRegex(@"(https?://[^/""<>\s]+)")]
    private static partial Regex AbsoluteUrl();
}
