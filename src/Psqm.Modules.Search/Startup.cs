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
using Psqm.Modules.Search.Data;
using Psqm.Modules.Search.Engine;
using Psqm.Modules.Search.Recipes;

namespace Psqm.Modules.Search;

public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest => Search.Manifest.Value;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        // The change log and glossary live in the tenant's database; the index, in the tenant's folder, applies the
        // log. Content offers its documents through ISearchSource and writes changes through ISearchIndex.
        services.AddTenantDbContext<SearchDbContext>();
        services.AddSingleton<SearchIndexes>();
        services.AddScoped<LuceneSearchIndex>();
        services.AddScoped<ISearchIndex>(sp => sp.GetRequiredService<LuceneSearchIndex>());
        services.AddHostedService<SearchIndexer>();
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
