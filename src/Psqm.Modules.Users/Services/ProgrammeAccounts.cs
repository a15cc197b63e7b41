using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Psqm.Core.Events;
using Psqm.Modules.Users.Data;
using Psqm.Programme;

namespace Psqm.Modules.Users.Services;

/// <summary>
/// People the programme gives a role: a school's new subject leader (their school's year is theirs through their
/// address) and an accepted hub leader (with their hub). Someone with an account gets the role beside the roles they
/// have; someone without is invited by email, in their language, to set a password.
/// </summary>
public sealed class ProgrammeAccounts(UserManager<PsqmUser> users, UserAdministration administration, AccountEmails emails)
    : IDomainEventListener<SubjectLeaderAdded>, IDomainEventListener<HubLeaderAppointed>
{
    public const string Actor = "programme";

    public Task HandleAsync(SubjectLeaderAdded added, CancellationToken cancellationToken) =>
        GiveAsync(added.Email, added.Name, added.Culture, Roles.SubjectLeader, added.Hub, moveHub: false, cancellationToken);

    public Task HandleAsync(HubLeaderAppointed appointed, CancellationToken cancellationToken) =>
        GiveAsync(appointed.Email, appointed.Name, appointed.Culture, Roles.HubLeader, appointed.Hub, moveHub: true, cancellationToken);

    private async Task GiveAsync(string email, string name, string culture, string role, string? hub, bool moveHub, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            var roles = await users.GetRolesAsync(existing);
            if (!roles.Contains(role) || (moveHub && existing.Hub != hub))
            {
                // Only the programme's role is added, so keeping an administrator's own role is no escalation.
                await administration.UpdateAsync(
                    Actor, actorIsAdministrator: true, existing, roles.Append(role).Distinct(StringComparer.Ordinal).ToList(), moveHub ? hub : existing.Hub,
                    existing.ConcurrencyStamp!, cancellationToken);
            }

            return;
        }

        var language = CultureInfo.GetCultureInfo(culture.StartsWith("cy", StringComparison.Ordinal) ? "cy-GB" : "en-GB");
        await administration.InviteAsync(Actor, actorIsAdministrator: false, email, name, [role], hub, language, emails.InvitationLink, cancellationToken);
    }
}
