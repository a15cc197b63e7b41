using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using Psqm.Core.Email;
using Psqm.Core.Hubs;
using Psqm.Core.Localization;
using Psqm.Core.Security;
using Psqm.Core.Tenancy;
using Psqm.Modules.Programme.Data;

namespace Psqm.Modules.Programme.Services;

/// <summary>A school's assessor as its page shows it: who it is, and for HQ whom they may choose.</summary>
public sealed record AssessorChoice(bool Shown, bool CanAssign, string? Current, IReadOnlyList<Recipient> Options)
{
    public static readonly AssessorChoice None = new(false, false, null, []);
}

/// <summary>
/// HQ assigns an assessor to a school's year (the Basic Skills Quality Mark's mentor, in place of a hub leader); the
/// assessor then sees that school, and only that, through <see cref="ProgrammeScope"/>, and is told by email.
/// </summary>
public sealed class AssessorAssignments(ProgrammeDbContext db, IHubMembers members, IAuthorizationService authorization, EmailOutbox outbox, TenantUrls urls, IStringLocalizer<AssessorAssignments> s)
{
    public async Task<AssessorChoice> ChoiceAsync(ClaimsPrincipal user, SchoolYear year, CancellationToken cancellationToken)
    {
        if (!year.Framework.Framework.Assessed && year.Enrolment.Assessor is null)
        {
            return AssessorChoice.None;
        }

        var canAssign = (await authorization.AuthorizeAsync(user, PermissionPolicy.For(Permissions.ManageProgramme.Name))).Succeeded;
        var current = year.Enrolment.Assessor is { } email
            ? (await members.AddressesAsync([email], cancellationToken)).Select(r => r.Name is { Length: > 0 } name ? name : r.Email).FirstOrDefault() ?? email.ToLowerInvariant()
            : null;
        return new AssessorChoice(true, canAssign, current, canAssign ? await members.AssessorsAsync(cancellationToken) : []);
    }

    public async Task AssignAsync(SchoolYear year, Recipient? assessor, Func<CultureInfo, string?> linkToSchool, CancellationToken cancellationToken)
    {
        var normalized = assessor?.Email.Trim().ToUpperInvariant();
        if (year.Enrolment.Assessor == normalized)
        {
            return;
        }

        year.Enrolment.Assessor = normalized;
        await db.SaveChangesAsync(cancellationToken);
        if (assessor is null)
        {
            return;
        }

        var tenant = TenantScope.Required;
        var culture = tenant.CultureOf(assessor.Culture);
        using var _ = CultureScope.Enter(culture);
        var body = string.Join("\n\n",
            s["The programme team has asked you to assess {0} in its year.", year.School.Name],
            s["Its audit, action plan, evidence, reflections and messages are here: {0}", urls.Absolute(linkToSchool(culture) ?? "/")],
            tenant.SiteName(culture));
        await outbox.QueueAsync(new EmailMessage(assessor.Email, s["A school to assess: {0}", year.School.Name], body), cancellationToken: cancellationToken);
    }
}
