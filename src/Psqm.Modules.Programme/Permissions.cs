using Psqm.Core.Security;

namespace Psqm.Modules.Programme;

public sealed class Permissions : IPermissionProvider
{
    /// <summary>Every school, round and enrolment of the tenant (HQ).</summary>
    public static readonly Permission ManageProgramme = new("ManageProgramme", "Run the programme: rounds, schools and enrolments");

    /// <summary>The schools of one's own hub (hub leaders).</summary>
    public static readonly Permission MentorSchools = new("MentorSchools", "Mentor the schools of your hub: confirm levels and follow their year");

    /// <summary>The schools HQ assigned to one (assessors of the Basic Skills Quality Mark).</summary>
    public static readonly Permission AssessSchools = new("AssessSchools", "Assess the schools assigned to you: follow their year and confirm their level");

    /// <summary>One's own school's year (subject leaders), as a contact of the school.</summary>
    public static readonly Permission WorkOnOwnSchool = new("WorkOnOwnSchool", "Work on your school's year: audit, action plan, evidence and reflections");

    public IEnumerable<Permission> GetPermissions() => [ManageProgramme, MentorSchools, AssessSchools, WorkOnOwnSchool];
}
