using Psqm.Core.Hubs;
using Psqm.Modules.Programme.Data;

namespace Psqm.Modules.Programme.Services;

/// <summary>Who follows a school's year, to write to: its hub's leaders and its assessor; with neither yet, the programme team.</summary>
public static class SchoolMentors
{
    public static async Task<IReadOnlyList<Recipient>> MentorsOfAsync(this IHubMembers members, Enrolment enrolment, CancellationToken cancellationToken)
    {
        var leaders = enrolment.Hub.Length > 0 ? await members.LeadersAsync(enrolment.Hub, cancellationToken) : [];
        var assessor = enrolment.Assessor is { } email ? await members.AddressesAsync([email], cancellationToken) : [];
        var both = leaders.Concat(assessor).DistinctBy(r => r.Email.ToUpperInvariant()).ToList();
        return both.Count > 0 ? both : await members.ProgrammeTeamAsync(cancellationToken);
    }
}
