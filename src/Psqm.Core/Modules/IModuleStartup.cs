using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Psqm.Core.Modules;

/// <summary>A module's one registration entry point.</summary>
public interface IModuleStartup
{
    ModuleManifest Manifest { get; }

    void ConfigureServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>Endpoints other than Razor Pages. Tag them with <see cref="ModuleEndpointExtensions.ForModule"/>.</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
