namespace Psqm.Modules.Programme.Services;

/// <summary>One point of the hub leader specification: the quality asked for, and the evidence that shows it (in English, translated where shown).</summary>
public sealed record SpecificationPoint(int Number, string Quality, string Evidence, bool TeachersOnly = false);

/// <summary>The seven points a hub leader meets, as the programme publishes them; an applicant answers each with their evidence.</summary>
public static class HubLeaderSpecification
{
    public static readonly IReadOnlyList<SpecificationPoint> Points =
    [
        new(1, "Regularly led CPD in your own school and beyond",
            "Successful evaluations of staff meetings you led in schools, workshops you presented (at ASE conferences, for example), or training you developed and delivered with a local authority, Science Learning Centre or other recognised provider."),
        new(2, "Taught science to at least two different primary year groups", "A signed letter from your head teacher."),
        new(3, "Sustainable school-based science development",
            "Work in primary schools such as a school development plan showing the development of science, organising a science week, a large project with outside organisations, or a PSQM award."),
        new(4, "Up-to-date knowledge of current issues and good practice in primary science", "Regular science-specific CPD and its impact."),
        new(5, "Experience of developing and mentoring colleagues", "Supporting colleagues as a mentor of new teachers, a subject leader, a local authority adviser or an independent consultant."),
        new(6, "Commitment to the programme for at least one full year",
            "Willing and able to attend the initial hub leader training, lead or support two training days a year for your hub's schools, give up to 4 hours of mentoring to each school, and review submissions from other hubs."),
        new(7, "Completed PSQM in your own school", "The date and level of your school's award.", TeachersOnly: true),
    ];

    /// <summary>The longest answer to one point, in characters.</summary>
    public const int MaxAnswer = 3000;
}
