using Microsoft.EntityFrameworkCore;
using Psqm.Core.Hubs;
using Psqm.Modules.Users.Data;

namespace Psqm.Modules.Users.Services;

public sealed class HubMembers(UsersDbContext db, TimeProvider clock) : IHubMembers
{
    public Task<IReadOnlyList<Recipient>> LeadersAsync(string hub, CancellationToken cancellationToken = default) =>
        InRoleAsync(Roles.HubLeader, hub, cancellationToken);

    public Task<IReadOnlyList<Recipient>> ProgrammeTeamAsync(CancellationToken cancellationToken = default) =>
        InRoleAsync(Roles.Hq, null, cancellationToken);

    public async Task<IReadOnlyList<HubLeader>> HubLeadersAsync(CancellationToken cancellationToken = default) =>
        (await MembersAsync(Roles.HubLeader, null, cancellationToken)).Where(m => m.Hub is { Length: > 0 }).Select(m => new HubLeader(m.Recipient, m.Hub!)).ToList();

    public Task<IReadOnlyList<Recipient>> EditorsAsync(CancellationToken cancellationToken = default) =>
        InRoleAsync(Roles.Editor, null, cancellationToken);

    public Task<IReadOnlyList<Recipient>> AssessorsAsync(CancellationToken cancellationToken = default) =>
        InRoleAsync(Roles.Assessor, null, cancellationToken);

    public async Task<IReadOnlyList<Recipient>> AddressesAsync(IReadOnlyCollection<string> emails, CancellationToken cancellationToken = default)
    {
        var normalized = emails.Select(e => e.Trim().ToUpperInvariant()).Distinct().ToList();
        var accounts = await db.Users.Where(u => u.NormalizedEmail != null && normalized.Contains(u.NormalizedEmail))
            .Select(u => new { u.NormalizedEmail, u.Email, u.PreferredCulture, u.LockoutEnd, u.DisplayName }).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return emails.DistinctBy(e => e.Trim().ToUpperInvariant())
            .Select(e => (Email: e.Trim(), Account: accounts.FirstOrDefault(a => string.Equals(a.NormalizedEmail, e.Trim(), StringComparison.OrdinalIgnoreCase))))
            .Where(x => x.Account is null || x.Account.LockoutEnd is null || x.Account.LockoutEnd < now)
            .Select(x => new Recipient(x.Account?.Email ?? x.Email, x.Account?.PreferredCulture, x.Account?.DisplayName))
            .ToList();
    }

    // Disabled accounts (a lockout end in the future) are left out.
    private async Task<IReadOnlyList<Recipient>> InRoleAsync(string roleName, string? hub, CancellationToken cancellationToken) =>
        (await MembersAsync(roleName, hub, cancellationToken)).Select(m => m.Recipient).ToList();

    private async Task<IReadOnlyList<(Recipient Recipient, string? Hub)>> MembersAsync(string roleName, string? hub, CancellationToken cancellationToken)
    {
        var role = await db.Roles.Where(r => r.Name == roleName).Select(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        var members = await db.Users
            .Where(u => (hub == null || u.Hub == hub) && u.Email != null && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == role))
            .Select(u => new { u.Email, u.PreferredCulture, u.LockoutEnd, u.DisplayName, u.Hub })
            .ToListAsync(cancellationToken);

        // Compared here: not every provider can compare offsets in SQL, and a role has few members.
        var now = clock.GetUtcNow();
        return members.Where(m => m.LockoutEnd is null || m.LockoutEnd < now).Select(m => (new Recipient(m.Email!, m.PreferredCulture, m.DisplayName), m.Hub)).ToList();
    }
}
