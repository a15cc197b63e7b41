using Microsoft.EntityFrameworkCore;
using Psqm.Core.Caching;
using Psqm.Core.Security;
using Psqm.Core.Tenancy;
using Psqm.Modules.Users.Data;

namespace Psqm.Modules.Users.Services;

/// <summary>Role grants of the tenant in scope, read once and cached until a recipe or an administrator changes them.</summary>
public sealed class RolePermissionStore(UsersDbContext db, TenantCache cache) : IRolePermissionStore
{
    public const string ClaimType = "Permission";

    public async ValueTask<IReadOnlySet<string>> GetPermissionsAsync(IEnumerable<string> roles, CancellationToken cancellationToken = default)
    {
        var grants = await GrantsAsync(cancellationToken);
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in roles)
        {
            if (grants.TryGetValue(role, out var permissions))
            {
                result.UnionWith(permissions);
            }
        }

        return result;
    }

    // The roles step stamps the permissions when it changes a grant, which drops these wherever they were kept.
    private async Task<Dictionary<string, string[]>> GrantsAsync(CancellationToken cancellationToken) =>
        await cache.GetOrSetAsync(CacheStamps.Permissions, "grants", async token =>
        {
            var rows = await (from claim in db.RoleClaims
                              join role in db.Roles on claim.RoleId equals role.Id
                              where claim.ClaimType == ClaimType
                              select new { role.Name, claim.ClaimValue }).ToListAsync(token);
            return rows.GroupBy(r => r.Name!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(r => r.ClaimValue!).ToArray(), StringComparer.Ordinal);
        }, TimeSpan.FromHours(1), cancellationToken);
}
