namespace Psqm.Modules.Programme.Data;

/// <summary>
/// The tenant's allowances for the programme year: settings, never constants. Fees are the registrations' settings,
/// quoted to the school when it registers and carried into its enrolment.
/// </summary>
public sealed class ProgrammeSettings
{
    public int Id { get; set; } = 1;

    /// <summary>Hours of mentoring each school may have from its hub leader in a year.</summary>
    public int MentoringHours { get; set; } = 4;

    /// <summary>How many years an award lasts before the school reaccredits.</summary>
    public int AwardYears { get; set; } = 3;
}
