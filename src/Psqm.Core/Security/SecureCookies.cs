using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Psqm.Core.Security;

/// <summary>Every cookie is Secure outside Development, where the site is served over HTTPS.</summary>
public sealed class SecureCookies(IHostEnvironment environment) :
    IPostConfigureOptions<CookieAuthenticationOptions>,
    IPostConfigureOptions<AntiforgeryOptions>,
    IPostConfigureOptions<CookieTempDataProviderOptions>
{
    private CookieSecurePolicy Policy => environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;

    public void PostConfigure(string? name, CookieAuthenticationOptions options) => options.Cookie.SecurePolicy = Policy;

    public void PostConfigure(string? name, AntiforgeryOptions options) => options.Cookie.SecurePolicy = Policy;

    public void PostConfigure(string? name, CookieTempDataProviderOptions options) => options.Cookie.SecurePolicy = Policy;
}
