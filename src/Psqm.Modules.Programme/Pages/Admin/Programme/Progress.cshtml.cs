using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Forms;
using Psqm.Core.Security;
using Psqm.Core.Tenancy;
using Psqm.Modules.Criteria;
using Psqm.Modules.Programme.Data;
using Psqm.Modules.Programme.Services;

namespace Psqm.Modules.Programme.Pages.Admin.Programme;

/// <summary>One school of a round as HQ follows it: its progress and what has passed its date.</summary>
public sealed record ProgressRow(Enrolment Enrolment, Progress Progress, IReadOnlyList<Milestone> Overdue)
{
    public bool AtRisk => Overdue.Count > 0;
}

/// <summary>
/// A round's schools, hub by hub: how many have reached each stage and which level they work to, the schools at risk
/// (a stage past its date), and all of it as CSV for the programme team's own reports.
/// </summary>
[RequirePermission("ManageProgramme")]
public sealed class ProgressModel(ProgrammeDbContext db, YearProgress progress, FrameworkReader frameworks, PublishedContent published, TimeProvider clock, IStringLocalizer<ProgressModel> s) : RoundReportModel(db)
{
    public IReadOnlyList<ProgressRow> Rows { get; private set; } = [];

    public IReadOnlyDictionary<string, string> HubNames { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<(string Key, string Name)> Levels { get; private set; } = [];

    protected override string CsvName => "progress";

    protected override void WriteCsv(StringBuilder csv)
    {
        Csv.Row(csv, s["School"], s["Identifier"], s["Hub"], s["Target level"], s["Level confirmed"], s["Criteria rated"], s["Criteria"],
            s["Action plan version"], s["Criteria with evidence"], s["Criteria with a reflection"], s["Past its date"]);
        foreach (var row in Rows)
        {
            var e = row.Enrolment;
            Csv.Row(csv, e.School.Name, e.School.Identifier, HubName(e.Hub), LevelName(e.WorkingLevel), e.ConfirmedLevel is null ? s["No"] : s["Yes"],
                Number(row.Progress.Rated), Number(row.Progress.Criteria), row.Progress.PlanVersion is { } v ? Number(v) : "",
                Number(row.Progress.WithEvidence), Number(row.Progress.Reflected), string.Join("; ", row.Overdue.Select(m => s.MilestoneName(m.Key))));
        }
    }

    public string HubName(string hub) => HubNames.GetValueOrDefault(hub, hub);

    public string LevelName(string? key) => key is null ? "" : Levels.FirstOrDefault(l => l.Key == key).Name ?? key;

    protected override async Task LoadAsync(Round round)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var enrolments = await Db.Enrolments.AsNoTracking().Include(e => e.School).Include(e => e.Round).Where(e => e.RoundId == round.Id)
            .OrderBy(e => e.Hub).ThenBy(e => e.School.Name).ToListAsync(HttpContext.RequestAborted);
        var progresses = await progress.ForAsync(enrolments, reader: null, readerIsSchool: false, HttpContext.RequestAborted);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), HttpContext.RequiredTenant().TimeZone).DateTime);
        Rows = enrolments.Select(e => new ProgressRow(e, progresses[e.Id], YearProgress.Overdue(e, progresses[e.Id], today))).ToList();
        HubNames = ((await published.TermsAsync(HttpContext.RequestAborted)).GetValueOrDefault(Taxonomies.Hubs) ?? []).ToDictionary(t => t.Key, t => t.Name.In(language));
        Levels = (await frameworks.AllAsync(HttpContext.RequestAborted)).FirstOrDefault(f => f.Framework.Key == round.FrameworkKey)?.Framework.Levels
            .Select(l => (l.Key, l.Name.In(language))).ToList() ?? [];
    }
}
