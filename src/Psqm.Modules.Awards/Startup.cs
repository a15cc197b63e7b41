using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Data;
using Psqm.Core.Modules;
using Psqm.Core.Navigation;
using Psqm.Core.Recipes;
using Psqm.Modules.Awards.Certificates;
using Psqm.Modules.Awards.Data;
using Psqm.Modules.Awards.Services;
using Psqm.Modules.Awards.Recipes;

namespace Psqm.Modules.Awards;

public sealed class Startup : IModuleStartup
{
    public ModuleManifest Manifest => Awards.Manifest.Value;

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddTenantDbContext<AwardsDbContext>();
        services.AddSingleton<IRecipeStepHandler, AwardHoldersStep>();
        services.AddScoped<AwardRegister>();
        services.AddScoped<AwardDirectory>();
        services.AddScoped<CertificateWriter>();
        services.AddPublicPage(Manifest, "/AwardHolders/Index", "Award holders", 250);
    }
}
