using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Psqm.Core.Forms;
using Psqm.Core.Hubs;
using Psqm.Core.Security;
using Psqm.Modules.Awards.Services;
using Psqm.Modules.Content.Engine;
using Psqm.Modules.Criteria;
using Psqm.Modules.Programme.Data;
using Psqm.Modules.Programme.Services;
using Psqm.Modules.Workflows.Data;

namespace Psqm.Modules.Programme.Pages.Admin.Programme;

/// <summary>A round's outcomes for HQ: a chart of awards by level, tables by hub and region, the impact figures, and a CSV.</summary>
[RequirePermission("ManageProgramme")]
public sealed class OutcomesModel(
    ProgrammeDbContext db, WorkflowsDbContext workflows, AwardRegister awards, IHubDirectory hubs, FrameworkReader frameworks, PublishedContent published,
    IStringLocalizer<OutcomesModel> s) : RoundReportModel(db)
{
    public OutcomeReport Report { get; private set; } = null!;

    public IReadOnlyList<(string Key, string Name)> Levels { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    protected override string CsvName => "outcomes";

    protected override void WriteCsv(StringBuilder csv)
    {
        Csv.Row(csv, s["School"], s["Identifier"], s["Hub"], s["Region"], s["Outcome"], s["Level awarded"], s["Free school meals (%)"]);
        foreach (var row in Report.Rows)
        {
            var school = row.Enrolment.School;
            Csv.Row(csv, school.Name, school.Identifier, Name(row.Enrolment.Hub), Name(row.Region), Outcome(row), LevelName(row.AwardedLevel),
                school.FreeSchoolMealsPercent?.ToString(CultureInfo.InvariantCulture) ?? "");
        }
    }

    public string Outcome(OutcomeRow row) => row.Awarded ? s["Awarded"] : row.NotYet ? s["Not yet"] : s["Under way"];

    public string Name(string key) => key.Length == 0 ? s["None"] : Names.GetValueOrDefault(key, key);

    public string LevelName(string? key) => key is null ? "" : Levels.FirstOrDefault(l => l.Key == key).Name ?? key;

    protected override async Task LoadAsync(Round round)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        Report = await OutcomeReport.LoadAsync(round, Db, workflows, awards, hubs, HttpContext.RequestAborted);
        var terms = await published.TermsAsync(HttpContext.RequestAborted);
        Names = new[] { Taxonomies.Hubs, Taxonomies.Regions }.SelectMany(t => terms.GetValueOrDefault(t) ?? []).DistinctBy(t => t.Key).ToDictionary(t => t.Key, t => t.Name.In(language));
        Levels = (await frameworks.AllAsync(HttpContext.RequestAborted)).FirstOrDefault(f => f.Framework.Key == round.FrameworkKey)?.Framework.Levels
            .Select(l => (l.Key, l.Name.In(language))).ToList() ?? [];
    }
}
