using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Psqm.Core.Forms;
using Psqm.Core.Security;
using Psqm.Modules.Content.Engine;
using Psqm.Modules.Programme.Data;
using Psqm.Modules.Programme.Services;

namespace Psqm.Modules.Programme.Pages.Admin.Programme;

/// <summary>What each hub and hub leader is owed for a round, at the programme's rates, with a CSV for finance.</summary>
[RequirePermission("ManageProgramme")]
public sealed class HubPaymentsModel(ProgrammeDbContext db, PublishedContent published, IStringLocalizer<HubPaymentsModel> s) : RoundReportModel(db)
{
    public HubPaymentsReport Report { get; private set; } = null!;

    public IReadOnlyDictionary<string, string> HubNames { get; private set; } = new Dictionary<string, string>();

    protected override string CsvName => "hub-payments";

    protected override void WriteCsv(StringBuilder csv)
    {
        Csv.Row(csv, s["For"], s["Hub"], s["Hub leader"], s["Schools"], s["Online-only reaccreditations"], s["Reviews sent"], s["Amount"]);
        foreach (var hub in Report.Hubs)
        {
            Csv.Row(csv, s["Hub"], HubName(hub.Hub), "", Number(hub.Schools), Number(hub.OnlineReaccreditations), "", Money(hub.Amount));
        }

        foreach (var reviewer in Report.Reviewers)
        {
            Csv.Row(csv, s["Reviews"], HubName(reviewer.Hub), reviewer.Name, "", "", Number(reviewer.Reviews), Money(reviewer.Amount));
        }
    }

    public string HubName(string hub) => HubNames.GetValueOrDefault(hub, hub);

    public static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    protected override async Task LoadAsync(Round round)
    {
        Report = await HubPaymentsReport.LoadAsync(round, Db, HttpContext.RequestAborted);
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        HubNames = ((await published.TermsAsync(HttpContext.RequestAborted)).GetValueOrDefault(Taxonomies.Hubs) ?? []).ToDictionary(t => t.Key, t => t.Name.In(language));
    }
}
