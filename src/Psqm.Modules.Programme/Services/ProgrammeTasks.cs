using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Psqm.Core.Localization;
using Psqm.Core.Navigation;
using Psqm.Core.Security;
using Psqm.Modules.Programme.Data;

namespace Psqm.Modules.Programme.Services;

/// <summary>On the dashboard: HQ's applications to decide, and a hub leader's reviews still to send.</summary>
public sealed class ProgrammeTasks(ProgrammeDbContext db, HubLeaderApplications applications, IAuthorizationService authorization, IStringLocalizer<ProgrammeTasks> s) : IDashboardTasks
{
    public string ModuleName => Manifest.Value.Name;

    public async Task<IReadOnlyList<DashboardTask>> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var tasks = new List<DashboardTask>();
        if ((await authorization.AuthorizeAsync(user, PermissionPolicy.For(Permissions.ManageProgramme.Name))).Succeeded
            && await applications.InState(HubLeaderApplications.Waiting).CountAsync(cancellationToken) is > 0 and var waiting)
        {
            tasks.Add(new(s.Plural(waiting, "{0} hub leader application is waiting for a decision", "{0} hub leader applications are waiting for a decision").Value, "/Admin/Programme/Applications"));
        }

        if (ProgrammeScope.NormalizedEmail(user) is { Length: > 0 } email && await db.Reviews.CountAsync(r => r.Reviewer == email && r.CompletedUtc == null && r.WithdrawnUtc == null, cancellationToken) is > 0 and var reviews)
        {
            tasks.Add(new(s.Plural(reviews, "You have {0} review of another hub's school to do", "You have {0} reviews of other hubs' schools to do").Value, "/MyHub/Reviews"));
        }

        return tasks;
    }
}
