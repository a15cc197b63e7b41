using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Psqm.Core.Security;
using Psqm.Modules.Users.Data;

namespace Psqm.Modules.Users.Pages.Admin.Users;

/// <summary>Every change to an account, newest first, for administrators: filtered by the account, who made it, and what.</summary>
[RequirePermission("ViewAuditLog")]
public sealed class AuditModel(UsersDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync()
    {
        Search = Search?.Trim() is { Length: > 0 } text ? text[..Math.Min(text.Length, 200)] : null;
        Action = AuditActions.All.Contains(Action) ? Action : null;
        PageNumber = Math.Max(1, PageNumber);
        var query = db.Audit.AsNoTracking();
        if (Search is { } search)
        {
            var upper = search.ToUpperInvariant();
#pragma warning disable CA1862 // Translated to SQL, where the overload with a StringComparison has no translation.
            query = query.Where(a => a.Subject.ToUpper().Contains(upper) || a.Actor.ToUpper().Contains(upper));
#pragma warning restore CA1862
        }

        if (Action is { } action)
        {
            query = query.Where(a => a.Action == action);
        }

        Total = await query.CountAsync(HttpContext.RequestAborted);
        Entries = await query.OrderByDescending(a => a.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(HttpContext.RequestAborted);
    }
}
