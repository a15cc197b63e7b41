using Microsoft.EntityFrameworkCore;
using Psqm.Core.Hubs;
using Psqm.Modules.Users.Data;

namespace Psqm.Modules.Users.Services;

public sealed class HubMembers(UsersDbContext db) : IHubMembers
{
    public async Task<IReadOnlyList<string>> LeaderEmailsAsync(string hub, CancellationToken cancellationToken = default)
    {
        var role = await db.Roles.Where(r => r.Name == Roles.HubLeader).Select(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        return await db.Users
            .Where(u => u.Hub == hub && u.Email != null && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == role))
            .Select(u => u.Email!)
            .ToListAsync(cancellationToken);
    }
}
