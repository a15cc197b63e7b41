using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Psqm.Modules.Users.Data;

namespace Psqm.Modules.Users.Services;

public enum UserStatus
{
    Active,
    Invited,
    Disabled,
}

public enum UserChange
{
    Ok,
    EmailTaken,
    NotAllowed,
    Conflict,
}

/// <summary>A row of the users list.</summary>
public sealed record UserRow(PsqmUser User, IReadOnlyList<string> Roles, UserStatus Status);

/// <summary>
/// What administrators and HQ do to accounts. Every change is written to the audit log, and a change of roles or hub,
/// or disabling, ends the person's sessions, so what they may do changes within a minute. Only an administrator may
/// give or take the Administrator role, or change an administrator's account.
/// </summary>
public sealed class UserAdministration(UserManager<PsqmUser> users, UsersDbContext db, UserSessions sessions, AccountEmails emails, TimeProvider clock)
{
    public const int PageSize = 25;

    /// <summary>A lockout end this far away is what disabling an account sets.</summary>
    public static readonly DateTimeOffset DisabledUntil = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public async Task<(IReadOnlyList<UserRow> Rows, int Total)> ListAsync(string? search, string? role, string? hub, UserStatus? status, int page, CancellationToken cancellationToken)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var text = search.Trim().ToUpperInvariant();
#pragma warning disable CA1862 // Translated to SQL, where the overload with a StringComparison has no translation.
            query = query.Where(u => u.NormalizedEmail!.Contains(text) || u.DisplayName.ToUpper().Contains(text));
#pragma warning restore CA1862
        }

        if (!string.IsNullOrEmpty(role))
        {
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }

        if (!string.IsNullOrEmpty(hub))
        {
            query = query.Where(u => u.Hub == hub);
        }

        // Status is read from the lockout end and the password, which every provider can compare as null or not.
        query = status switch
        {
            UserStatus.Invited => query.Where(u => u.PasswordHash == null && u.LockoutEnd == null),
            UserStatus.Disabled => query.Where(u => u.LockoutEnd != null),
            UserStatus.Active => query.Where(u => u.PasswordHash != null && u.LockoutEnd == null),
            _ => query,
        };
        var total = await query.CountAsync(cancellationToken);
        var found = await query.OrderBy(u => u.NormalizedEmail).Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var ids = found.Select(u => u.Id).ToArray();
        var roles = await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        return (found.Select(u => new UserRow(u, roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order(StringComparer.Ordinal).ToList(), StatusOf(u))).ToList(), total);
    }

    public UserStatus StatusOf(PsqmUser user) =>
        user.LockoutEnd is not null && user.LockoutEnd > clock.GetUtcNow() ? UserStatus.Disabled
        : user.PasswordHash is null ? UserStatus.Invited
        : UserStatus.Active;

    public async Task<(UserChange Result, PsqmUser? User)> InviteAsync(
        string actor, bool actorIsAdministrator, string email, string name, IReadOnlyList<string> roles, string? hub, CultureInfo culture,
        Func<PsqmUser, string, string> link, CancellationToken cancellationToken)
    {
        if (!actorIsAdministrator && roles.Contains(Users.Roles.Administrator))
        {
            return (UserChange.NotAllowed, null);
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            return (UserChange.EmailTaken, null);
        }

        var user = new PsqmUser { UserName = email, Email = email, DisplayName = name, Hub = hub, PreferredCulture = culture.Name, LockoutEnabled = true };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return (UserChange.EmailTaken, null);
        }

        await users.AddToRolesAsync(user, roles);
        Audit(actor, AuditActions.Invited, email, null, Describe(roles, hub));
        await db.SaveChangesAsync(cancellationToken);
        await SendInvitationAsync(user, link, cancellationToken);
        return (UserChange.Ok, user);
    }

    /// <summary>Sends a new link; any earlier one stops working.</summary>
    public async Task ResendAsync(string actor, PsqmUser user, Func<PsqmUser, string, string> link, CancellationToken cancellationToken)
    {
        await users.UpdateSecurityStampAsync(user);
        Audit(actor, AuditActions.InvitationResent, user.Email!, null, null);
        await db.SaveChangesAsync(cancellationToken);
        await SendInvitationAsync(user, link, cancellationToken);
    }

    public async Task<UserChange> UpdateAsync(
        string actor, bool actorIsAdministrator, PsqmUser user, IReadOnlyList<string> roles, string? hub, string concurrencyStamp, CancellationToken cancellationToken)
    {
        var current = (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList();
        if (!actorIsAdministrator && (current.Contains(Users.Roles.Administrator) || roles.Contains(Users.Roles.Administrator)))
        {
            return UserChange.NotAllowed;
        }

        if (user.ConcurrencyStamp != concurrencyStamp)
        {
            return UserChange.Conflict;
        }

        var wanted = roles.Order(StringComparer.Ordinal).ToList();
        var changedRoles = !current.SequenceEqual(wanted);
        var changedHub = (user.Hub ?? "") != (hub ?? "");
        if (!changedRoles && !changedHub)
        {
            return UserChange.Ok;
        }

        if (changedRoles)
        {
            await users.RemoveFromRolesAsync(user, current.Except(wanted));
            await users.AddToRolesAsync(user, wanted.Except(current));
            Audit(actor, AuditActions.RolesChanged, user.Email!, string.Join(", ", current), string.Join(", ", wanted));
        }

        if (changedHub)
        {
            Audit(actor, AuditActions.HubChanged, user.Email!, user.Hub, hub);
            user.Hub = hub;
        }

        // A new stamp refuses cookies issued before; ending the sessions does it within a minute on every node.
        var saved = await users.UpdateSecurityStampAsync(user);
        if (!saved.Succeeded)
        {
            return UserChange.Conflict;
        }

        await db.SaveChangesAsync(cancellationToken);
        await sessions.EndAllAsync(user.Id, cancellationToken);
        return UserChange.Ok;
    }

    public async Task<UserChange> SetDisabledAsync(string actor, bool actorIsAdministrator, PsqmUser user, bool disabled, CancellationToken cancellationToken)
    {
        if (!actorIsAdministrator && await users.IsInRoleAsync(user, Users.Roles.Administrator))
        {
            return UserChange.NotAllowed;
        }

        if (string.Equals(user.Email, actor, StringComparison.OrdinalIgnoreCase))
        {
            // Nobody locks themselves out of the administration by mistake.
            return UserChange.NotAllowed;
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, disabled ? DisabledUntil : null);
        await users.UpdateSecurityStampAsync(user);
        Audit(actor, disabled ? AuditActions.Disabled : AuditActions.Enabled, user.Email!, null, null);
        await db.SaveChangesAsync(cancellationToken);
        if (disabled)
        {
            await sessions.EndAllAsync(user.Id, cancellationToken);
        }

        return UserChange.Ok;
    }

    /// <summary>Adds an entry to the audit log; it is saved with the change it records.</summary>
    public void Audit(string actor, string action, string subject, string? before, string? after) =>
        db.Audit.Add(new AuditEntry
        {
            WhenUtc = clock.GetUtcNow().UtcDateTime,
            Actor = actor,
            Action = action,
            Subject = subject,
            Before = before?[..Math.Min(before.Length, 2000)],
            After = after?[..Math.Min(after.Length, 2000)],
        });

    private async Task SendInvitationAsync(PsqmUser user, Func<PsqmUser, string, string> link, CancellationToken cancellationToken)
    {
        var code = await users.GenerateUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose);
        await emails.SendInvitationAsync(user, link(user, code), cancellationToken);
    }

    private static string Describe(IReadOnlyList<string> roles, string? hub) =>
        string.Join(", ", roles) + (string.IsNullOrEmpty(hub) ? "" : "; hub " + hub);
}
