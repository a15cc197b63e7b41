using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Psqm.Core.Forms;
using Psqm.Core.Localization;
using Psqm.Core.Routing;
using Psqm.Core.Security;
using Psqm.Modules.Programme.Data;
using Psqm.Modules.Programme.Services;

namespace Psqm.Modules.Programme.Pages.Admin.Programme;

/// <summary>
/// A round's fees and where each invoice has got (to invoice, invoiced, paid), changed many at a time, and the list as
/// CSV for finance. A row someone else changed since the page was opened is left as they set it, and the page says so.
/// </summary>
[RequirePermission("ManageProgramme")]
public sealed class PaymentsModel(ProgrammeDbContext db, PageLinks links, IStringLocalizer<PaymentsModel> s) : PageModel
{
    public IReadOnlyList<Round> Rounds { get; private set; } = [];

    public Round? Round { get; private set; }

    public IReadOnlyList<Enrolment> Enrolments { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public int? RoundId { get; set; }

    [BindProperty]
    public List<InvoiceInput> Invoices { get; set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var typed = Invoices;
        await LoadAsync();
        if (Round is null)
        {
            return Page();
        }

        var byId = await db.Enrolments.Where(e => e.RoundId == Round.Id).ToDictionaryAsync(e => e.Id, HttpContext.RequestAborted);
        var (changed, skipped) = (0, 0);
        foreach (var input in typed)
        {
            if (!byId.TryGetValue(input.Id, out var enrolment) || !Enum.TryParse<InvoiceStatus>(input.Status, out var status) || !Enum.IsDefined(status) || enrolment.Invoice == status)
            {
                continue;
            }

            if (enrolment.Version != input.Version)
            {
                skipped++;
                continue;
            }

            (enrolment.Invoice, enrolment.Version) = (status, Guid.NewGuid());
            changed++;
        }

        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Notice"] = s["Someone changed these schools while you were saving. Nothing was saved: check the list and save again."].Value;
            return LocalRedirect(links.Page(HttpContext, "/Admin/Programme/Payments", new { RoundId }) ?? "~/");
        }

        TempData["Notice"] = skipped == 0
            ? s.Plural(changed, "{0} invoice status saved.", "{0} invoice statuses saved.").Value
            : s["{0} saved; {1} left as someone else set them since you opened the page.", changed, skipped].Value;
        return LocalRedirect(links.Page(HttpContext, "/Admin/Programme/Payments", new { RoundId }) ?? "~/");
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        await LoadAsync();
        if (Round is null)
        {
            return NotFound();
        }

        var csv = new StringBuilder();
        Csv.Row(csv, s["School"], s["Identifier"], s["Hub"], s["Kind"], s["Fee"], s["Invoice"], s["Enrolled"]);
        foreach (var e in Enrolments)
        {
            Csv.Row(csv, e.School.Name, e.School.Identifier, e.Hub, KindName(e.Kind), e.Fee.ToString("0.00", CultureInfo.InvariantCulture), InvoiceName(e.Invoice),
                e.CreatedUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return File(Csv.Bytes(csv), Csv.ContentType, $"{Round.FrameworkKey}-round-{Round.Number}-payments.csv");
    }

    public string KindName(EnrolmentKind kind) => kind switch
    {
        EnrolmentKind.Reaccreditation => s["Reaccreditation"],
        EnrolmentKind.OnlineReaccreditation => s["Online-only reaccreditation"],
        _ => s["A full year"],
    };

    public string InvoiceName(InvoiceStatus status) => status switch
    {
        InvoiceStatus.Paid => s["Paid"],
        InvoiceStatus.Invoiced => s["Invoiced"],
        _ => s["To invoice"],
    };

    private async Task LoadAsync()
    {
        Rounds = await db.Rounds.AsNoTracking().OrderByDescending(r => r.StartYear).ThenByDescending(r => r.Number).ThenByDescending(r => r.FrameworkKey == "psqm").ToListAsync(HttpContext.RequestAborted);

        // The latest round with schools in it, unless one is chosen.
        Round = Rounds.FirstOrDefault(r => r.Id == RoundId)
            ?? Rounds.FirstOrDefault(r => db.Enrolments.Any(e => e.RoundId == r.Id))
            ?? (Rounds.Count > 0 ? Rounds[0] : null);
        RoundId = Round?.Id;
        Enrolments = Round is null ? [] : await db.Enrolments.AsNoTracking().Include(e => e.School).Where(e => e.RoundId == Round.Id)
            .OrderBy(e => e.Invoice).ThenBy(e => e.School.Name).ToListAsync(HttpContext.RequestAborted);
        Invoices = Enrolments.Select(e => new InvoiceInput { Id = e.Id, Status = e.Invoice.ToString(), Version = e.Version }).ToList();
    }

    public sealed class InvoiceInput
    {
        public int Id { get; set; }

        public string? Status { get; set; }

        public Guid Version { get; set; }
    }
}
