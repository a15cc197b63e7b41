using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Data;
using Psqm.Core.Modules;
using Psqm.Core.Navigation;
using Psqm.Core.Recipes;
using Psqm.Modules.Criteria.Data;
using Psqm.Modules.Criteria.Recipes;

namespace Psqm.Modules.Criteria;

public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest => Criteria.Manifest.Value;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<CriteriaDbContext>();
        services.AddSingleton<FrameworkReader>();
        services.AddSingleton<Psqm.Core.Search.ISearchSource, CriteriaSearchSource>();
        services.AddSingleton<IRecipeStepHandler, CriteriaStep>();
        services.AddPublicPage(Manifest, "/Criteria/Index", "Criteria", 100);
    }
}
