using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Psqm.Core.Events;
using Psqm.Modules.Users.Data;
using Psqm.Programme;

namespace Psqm.Modules.Users.Services;

/// <summary>
/// A school's new subject leader gets an account: invited by email in their language when they have none, given the
/// subject leader's role when they have one already. Their school's year is theirs through their address.
/// </summary>
public sealed class InviteSubjectLeader(UserManager<PsqmUser> users, UserAdministration administration, AccountEmails emails) : IDomainEventListener<SubjectLeaderAdded>
{
    public const string Actor = "programme";

    public async Task HandleAsync(SubjectLeaderAdded added, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(added.Email) is { } existing)
        {
            if (!await users.IsInRoleAsync(existing, Roles.SubjectLeader))
            {
                await users.AddToRoleAsync(existing, Roles.SubjectLeader);
            }

            return;
        }

        var culture = CultureInfo.GetCultureInfo(added.Culture.StartsWith("cy", StringComparison.Ordinal) ? "cy-GB" : "en-GB");
        await administration.InviteAsync(Actor, actorIsAdministrator: false, added.Email, added.Name, [Roles.SubjectLeader], added.Hub, culture, emails.InvitationLink, cancellationToken);
    }
}
