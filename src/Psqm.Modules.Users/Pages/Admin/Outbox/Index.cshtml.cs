using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Psqm.Core.Email;
using Psqm.Core.Security;

namespace Psqm.Modules.Users.Pages.Admin.Outbox;

/// <summary>The site's email: what waits to be sent, what failed and why, and what went; a failed email can be sent again.</summary>
[RequirePermission("ManageEmail")]
public sealed class IndexModel(OutboxDbContext db, OutboxSender sender, OutboxSignal signal, IStringLocalizer<IndexModel> s) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public OutboxStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<OutboxMessage> Messages { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyDictionary<OutboxStatus, int> Counts { get; private set; } = new Dictionary<OutboxStatus, int>();

    public async Task OnGetAsync()
    {
        Status = Status is { } status && Enum.IsDefined(status) ? status : null;
        PageNumber = Math.Max(1, PageNumber);
        Counts = await db.Messages.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, HttpContext.RequestAborted);
        var query = db.Messages.AsNoTracking();
        if (Status is { } only)
        {
            query = query.Where(m => m.Status == only);
        }

        Total = await query.CountAsync(HttpContext.RequestAborted);
        Messages = await query.OrderByDescending(m => m.CreatedUtc).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostResendAsync(Guid id)
    {
        TempData["Notice"] = await sender.RetryAsync(id, HttpContext.RequestAborted)
            ? s["The email will be sent again in a moment."].Value
            : s["That email has been sent already, or is no longer here."].Value;
        signal.Notify();
        return RedirectToPage(new { status = Status, p = PageNumber });
    }
}
