using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Psqm.Core.Routing;
using Psqm.Core.Security;
using Psqm.Modules.Programme.Data;

namespace Psqm.Modules.Programme.Pages.Admin.Programme;

/// <summary>The programme's settings for HQ: mentoring allowance, how long an award lasts, and what hubs and reviewers are paid.</summary>
[RequirePermission("ManageProgramme")]
public sealed class SettingsModel(ProgrammeDbContext db, PageLinks links, IStringLocalizer<SettingsModel> s) : PageModel
{
    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    public async Task OnGetAsync()
    {
        var current = await db.SettingsAsync(HttpContext.RequestAborted);
        Input = new SettingsInput
        {
            MentoringHours = Whole(current.MentoringHours), AwardYears = Whole(current.AwardYears), PerSchool = Money(current.PerSchoolPayment),
            PerOnlineReaccreditation = Money(current.PerOnlineReaccreditationPayment), PerReview = Money(current.PerReviewPayment), Version = current.Version,
        };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var hours = WholeIn(Input.MentoringHours, 0, 100, nameof(Input.MentoringHours), s["Mentoring hours must be a whole number from 0 to 100"]);
        var years = WholeIn(Input.AwardYears, 1, 10, nameof(Input.AwardYears), s["An award must last a whole number of years from 1 to 10"]);
        var perSchool = MoneyIn(Input.PerSchool, nameof(Input.PerSchool));
        var perOnline = MoneyIn(Input.PerOnlineReaccreditation, nameof(Input.PerOnlineReaccreditation));
        var perReview = MoneyIn(Input.PerReview, nameof(Input.PerReview));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var settings = await db.Settings.OrderBy(x => x.Id).FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (settings is null)
        {
            db.Settings.Add(settings = new ProgrammeSettings { Version = Input.Version });
        }

        if (settings.Version != Input.Version)
        {
            ModelState.AddModelError(string.Empty, s["Someone else changed the settings since you opened this page. Your values are below; check them against the saved ones, then save again."]);
            Input.Version = settings.Version;
            return Page();
        }

        (settings.MentoringHours, settings.AwardYears, settings.PerSchoolPayment, settings.PerOnlineReaccreditationPayment, settings.PerReviewPayment, settings.Version) =
            (hours, years, perSchool, perOnline, perReview, Guid.NewGuid());
        db.Entry(settings).Property(x => x.Version).OriginalValue = Input.Version;
        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, s["Someone else changed the settings since you opened this page. Your values are below; check them against the saved ones, then save again."]);
            return Page();
        }

        TempData["Notice"] = s["The programme's settings are saved."].Value;
        return LocalRedirect(links.Page(HttpContext, "/Admin/Programme/Settings") ?? "~/");
    }

    private static string Whole(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private int WholeIn(string? text, int min, int max, string field, string message)
    {
        if (int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        ModelState.AddModelError($"Input.{field}", message);
        return 0;
    }

    private decimal MoneyIn(string? text, string field)
    {
        var cleaned = (text ?? "").Trim().TrimStart('£', '€', '$').Replace(",", "", StringComparison.Ordinal);
        if (decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value <= 100000 && decimal.Round(value, 2) == value)
        {
            return value;
        }

        ModelState.AddModelError($"Input.{field}", s["Enter an amount such as 150 or 150.50, up to 100,000"]);
        return 0;
    }

    public sealed class SettingsInput
    {
        public string? MentoringHours { get; set; }

        public string? AwardYears { get; set; }

        public string? PerSchool { get; set; }

        public string? PerOnlineReaccreditation { get; set; }

        public string? PerReview { get; set; }

        public Guid Version { get; set; }
    }
}
