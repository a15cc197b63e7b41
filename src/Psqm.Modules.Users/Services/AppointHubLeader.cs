using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Psqm.Core.Events;
using Psqm.Modules.Users.Data;
using Psqm.Programme;

namespace Psqm.Modules.Users.Services;

/// <summary>
/// An accepted applicant becomes a hub leader: given the role and the hub on the account they have (keeping their
/// other roles), or invited by email in their language to a new one.
/// </summary>
public sealed class AppointHubLeader(UserManager<PsqmUser> users, UserAdministration administration, AccountEmails emails) : IDomainEventListener<HubLeaderAppointed>
{
    public async Task HandleAsync(HubLeaderAppointed appointed, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(appointed.Email) is { } existing)
        {
            // Only the hub leader's role is added, so keeping an administrator's own role is no escalation.
            var roles = (await users.GetRolesAsync(existing)).Append(Roles.HubLeader).Distinct(StringComparer.Ordinal).ToList();
            await administration.UpdateAsync(InviteSubjectLeader.Actor, actorIsAdministrator: true, existing, roles, appointed.Hub, existing.ConcurrencyStamp!, cancellationToken);
            return;
        }

        var culture = CultureInfo.GetCultureInfo(appointed.Culture.StartsWith("cy", StringComparison.Ordinal) ? "cy-GB" : "en-GB");
        await administration.InviteAsync(InviteSubjectLeader.Actor, actorIsAdministrator: false, appointed.Email, appointed.Name, [Roles.HubLeader], appointed.Hub, culture, emails.InvitationLink, cancellationToken);
    }
}
