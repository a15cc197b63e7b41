using Psqm.Core.Tenancy;

namespace Psqm.Core.Recipes;

/// <summary>The <c>site</c> step: the tenant's name, languages, time zone, modules and colours.</summary>
public sealed class SiteStep(TenantRegistry registry) : IRecipeStepHandler
{
    public string StepName => "site";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var site = context.Read<TenantSite>();
        foreach (var zone in site.ViewerTimeZones.Prepend(site.TimeZone))
        {
            if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
            {
                throw new InvalidOperationException($"The site step names the time zone '{zone}', which this machine does not know: use an IANA name such as Europe/London.");
            }
        }

        await registry.UpdateAsync(context.Tenant.Name, record => record.Site = site, cancellationToken: cancellationToken);
    }
}
