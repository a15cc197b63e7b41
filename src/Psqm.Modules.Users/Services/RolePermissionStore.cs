using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Psqm.Core.Security;
using Psqm.Core.Tenancy;
using Psqm.Modules.Users.Data;

namespace Psqm.Modules.Users.Services;

/// <summary>Role grants of the tenant in scope, read once and cached until a recipe or an administrator changes them.</summary>
public sealed class RolePermissionStore(UsersDbContext db, IMemoryCache cache) : IRolePermissionStore
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

    public static void Invalidate(IMemoryCache cache, string tenant) => cache.Remove(Key(tenant));

    private async Task<Dictionary<string, string[]>> GrantsAsync(CancellationToken cancellationToken)
    {
        var key = Key(TenantScope.Required.Name);
        if (cache.TryGetValue(key, out Dictionary<string, string[]>? grants) && grants is not null)
        {
            return grants;
        }

        var rows = await (from claim in db.RoleClaims
                          join role in db.Roles on claim.RoleId equals role.Id
                          where claim.ClaimType == ClaimType
                          select new { role.Name, claim.ClaimValue }).ToListAsync(cancellationToken);
        grants = rows.GroupBy(r => r.Name!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r.ClaimValue!).ToArray(), StringComparer.Ordinal);
        cache.Set(key, grants, TimeSpan.FromMinutes(10));
        return grants;
    }

    private static string Key(string tenant) => "role-permissions:" + tenant;
}
