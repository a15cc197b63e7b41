using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Psqm.Core.Security;
using Psqm.Modules.Programme.Data;

namespace Psqm.Modules.Programme.Services;

/// <summary>
/// Which enrolments a user may see: HQ every one of the tenant, a hub leader their hub's, an assessor those HQ
/// assigned to them, a subject leader their own school's (a school whose contacts include their address). Every page, file and API of the programme asks here.
/// </summary>
public sealed class ProgrammeScope(IAuthorizationService authorization)
{
    public async Task<IQueryable<Enrolment>> VisibleAsync(ClaimsPrincipal user, IQueryable<Enrolment> enrolments, ProgrammeDbContext db)
    {
        if (await HasAsync(user, Permissions.ManageProgramme))
        {
            return enrolments;
        }

        var email = NormalizedEmail(user);
        var mentors = await HasAsync(user, Permissions.MentorSchools);
        var assesses = email is not null && await HasAsync(user, Permissions.AssessSchools);
        if (mentors && assesses)
        {
            var hub = user.HubKey() is { Length: > 0 } own ? own : null;
            return enrolments.Where(e => (hub != null && e.Hub == hub) || e.Assessor == email);
        }

        if (mentors)
        {
            return HubScope.Only(user.HubKey()).Filter(enrolments, e => e.Hub);
        }

        if (assesses)
        {
            return enrolments.Where(e => e.Assessor == email);
        }

        if (email is not null && await HasAsync(user, Permissions.WorkOnOwnSchool))
        {
            return enrolments.Where(e => db.Contacts.Any(c => c.SchoolId == e.SchoolId && c.NormalizedEmail == email));
        }

        return enrolments.Where(_ => false);
    }

    /// <summary>The rows of the school years the user may see: a file or message of any other is as absent as a missing one.</summary>
    public async Task<IQueryable<T>> WithinAsync<T>(ClaimsPrincipal user, IQueryable<T> rows, ProgrammeDbContext db)
        where T : class, IOfSchoolYear
    {
        var visible = await VisibleAsync(user, db.Enrolments, db);
        return rows.Where(r => visible.Any(v => v.Id == r.EnrolmentId));
    }

    /// <summary>The school years the user reviews for another hub (a review assigned to them and not stepped down from).</summary>
    public async Task<IQueryable<Enrolment>> ReviewingAsync(ClaimsPrincipal user, ProgrammeDbContext db)
    {
        var email = NormalizedEmail(user);
        return email is not null && await HasAsync(user, Permissions.MentorSchools)
            ? db.Enrolments.Where(e => db.Reviews.Any(r => r.EnrolmentId == e.Id && r.Reviewer == email && r.WithdrawnUtc == null))
            : db.Enrolments.Where(_ => false);
    }

    /// <summary>
    /// Rows a user may read: those of the years they may see, and of the years they review (their evidence, not their
    /// messages, which stay between the school and its mentors).
    /// </summary>
    public async Task<IQueryable<T>> ReadableAsync<T>(ClaimsPrincipal user, IQueryable<T> rows, ProgrammeDbContext db)
        where T : class, IOfSchoolYear
    {
        var visible = await VisibleAsync(user, db.Enrolments, db);
        var reviewing = await ReviewingAsync(user, db);
        return rows.Where(r => visible.Any(v => v.Id == r.EnrolmentId) || reviewing.Any(v => v.Id == r.EnrolmentId));
    }

    public static string? NormalizedEmail(ClaimsPrincipal user) =>
        (user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name) is { Length: > 0 } email ? email.Trim().ToUpperInvariant() : null;

    private async Task<bool> HasAsync(ClaimsPrincipal user, Permission permission) =>
        (await authorization.AuthorizeAsync(user, PermissionPolicy.For(permission.Name))).Succeeded;
}
