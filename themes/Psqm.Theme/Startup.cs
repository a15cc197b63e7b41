using Psqm.Core.Routing;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Modules;
using Psqm.Core.Tenancy;

namespace Psqm.Theme;

public sealed partial class Startup : IModuleStartup
{
    public ModuleManifest Manifest => Theme.Manifest.Value;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    // The tenant's colours as CSS custom properties: a stylesheet, because the policy allows no inline style.
    public void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGetAndHead("/theme.css", (HttpContext context) =>
        {
            var site = context.RequiredTenant().Site;
            context.Response.Headers.CacheControl = "public, max-age=300";
            return Results.Text(
                $":root{{--psqm-brand:{Colour(site.BrandColour, "#1d4f91")};--psqm-accent:{Colour(site.AccentColour, "#f7b500")}}}",
                "text/css");
        }).ForModule(Theme.Manifest.Value);

    private static string Colour(string value, string fallback) => HexColour().IsMatch(value) ? value : fallback;

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColour();
}
