using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Caching;
using Psqm.Core.Recipes;
using Psqm.Core.Security;
using Psqm.Modules.Users.Data;
using Psqm.Modules.Users.Services;

namespace Psqm.Modules.Users.Recipes;

/// <summary>The <c>roles</c> step: creates roles and sets exactly the permissions each holds.</summary>
public sealed class RolesStep(IEnumerable<IPermissionProvider> providers) : IRecipeStepHandler
{
    public string StepName => "roles";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var known = providers.SelectMany(p => p.GetPermissions()).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var roles = context.Services.GetRequiredService<RoleManager<PsqmRole>>();
        foreach (var spec in context.Read<RolesStepModel>().Roles)
        {
            var unknown = spec.Permissions.Where(p => !known.Contains(p)).ToArray();
            if (unknown.Length > 0)
            {
                throw new InvalidOperationException($"Recipe '{context.Recipe.Name}' grants unknown permissions to {spec.Name}: {string.Join(", ", unknown)}.");
            }

            var role = await roles.FindByNameAsync(spec.Name);
            if (role is null)
            {
                role = new PsqmRole(spec.Name) { Description = spec.Description };
                Check(await roles.CreateAsync(role));
            }

            var current = (await roles.GetClaimsAsync(role)).Where(c => c.Type == RolePermissionStore.ClaimType).ToList();
            foreach (var claim in current.Where(c => !spec.Permissions.Contains(c.Value)))
            {
                Check(await roles.RemoveClaimAsync(role, claim));
            }

            foreach (var permission in spec.Permissions.Where(p => current.All(c => c.Value != p)))
            {
                Check(await roles.AddClaimAsync(role, new Claim(RolePermissionStore.ClaimType, permission)));
            }
        }

        await context.Services.GetRequiredService<CacheStamps>().ChangedAsync(CacheStamps.Permissions, cancellationToken);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    private sealed class RolesStepModel
    {
        public List<RoleSpec> Roles { get; set; } = [];
    }

    private sealed class RoleSpec
    {
        public string Name { get; set; } = "";

        public string Description { get; set; } = "";

        public List<string> Permissions { get; set; } = [];
    }
}
