using Psqm.Core.Tenancy;

namespace Psqm.Core.Recipes;

/// <summary>The <c>site</c> step: the tenant's name, languages, time zone, modules and colours.</summary>
public sealed class SiteStep(TenantRegistry registry) : IRecipeStepHandler
{
    public string StepName => "site";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var site = context.Read<TenantSite>();
        await registry.UpdateAsync(context.Tenant.Name, record => record.Site = site, cancellationToken: cancellationToken);
    }
}
