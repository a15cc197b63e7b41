using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Psqm.Core.Forms;
using Psqm.Modules.Programme.Data;

namespace Psqm.Modules.Programme.Pages.Admin.Programme;

/// <summary>
/// A report on one round for HQ (progress, outcomes, payments): the page, or the same figures as CSV with
/// <c>?handler=Csv</c>; a round that does not exist answers 404 either way.
/// </summary>
public abstract class RoundReportModel(ProgrammeDbContext db) : PageModel
{
    public Round Round { get; private set; } = null!;

    protected ProgrammeDbContext Db { get; } = db;

    /// <summary>The file's last word: <c>psqm-round-31-progress.csv</c>.</summary>
    protected abstract string CsvName { get; }

    public async Task<IActionResult> OnGetAsync(int id) => await FindAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnGetCsvAsync(int id)
    {
        if (!await FindAsync(id))
        {
            return NotFound();
        }

        var csv = new StringBuilder();
        WriteCsv(csv);
        return File(Csv.Bytes(csv), Csv.ContentType, $"{Round.FrameworkKey}-round-{Round.Number}-{CsvName}.csv");
    }

    protected abstract Task LoadAsync(Round round);

    protected abstract void WriteCsv(StringBuilder csv);

    protected static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private async Task<bool> FindAsync(int id)
    {
        if (await Db.Rounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, HttpContext.RequestAborted) is not { } round)
        {
            return false;
        }

        Round = round;
        await LoadAsync(round);
        return true;
    }
}
