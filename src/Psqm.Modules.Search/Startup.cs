using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Data;
using Psqm.Core.Modules;
using Psqm.Core.Navigation;
using Psqm.Core.Recipes;
using Psqm.Core.Routing;
using Psqm.Core.Search;
using Psqm.Core.Security;
using Psqm.Modules.Search.Cli;
using Psqm.Modules.Search.Engine;
using Psqm.Modules.Search.Recipes;

namespace Psqm.Modules.Search;

public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest => Search.Manifest.Value;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        // The index lives in the tenant's database beside content, which offers its documents through ISearchSource.
        services.AddSingleton<ITenantMigrator, SearchSchemaMigrator>();
        services.AddScoped<ISearchIndex, SqliteSearchIndex>();
        services.AddScoped<SearchService>();
        services.AddSingleton<SearchLinks>();
        services.AddSingleton<Permissions>();
        services.AddSingleton<IPermissionProvider>(sp => sp.GetRequiredService<Permissions>());
        services.AddSingleton<IAdminMenuProvider>(sp => sp.GetRequiredService<Permissions>());
        services.AddSingleton<IRecipeStepHandler, SearchStep>();
        services.AddSingleton<ICommandLineContributor, SearchCommands>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGetAndHead("/api/search", SearchApi.HandleAsync).ForModule(Manifest);
        endpoints.MapGetAndHead("/api/search/suggest", SearchApi.SuggestAsync).ForModule(Manifest);
    }
}
