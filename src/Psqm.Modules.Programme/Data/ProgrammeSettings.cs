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

    /// <summary>Paid to a hub for each school of the hub in a round (online-only reaccreditations apart).</summary>
    public decimal PerSchoolPayment { get; set; } = 300;

    /// <summary>Paid to a hub leader for each review of another hub's submission they send.</summary>
    public decimal PerReviewPayment { get; set; } = 150;

    /// <summary>Paid to a hub for each online-only reaccreditation of the hub in a round.</summary>
    public decimal PerOnlineReaccreditationPayment { get; set; } = 100;

    /// <summary>Changes with every save, so two people changing the settings at once cannot overwrite each other unseen.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();
}
