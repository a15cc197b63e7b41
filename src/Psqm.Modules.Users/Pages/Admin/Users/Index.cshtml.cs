using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Security;
using Psqm.Modules.Users.Services;

namespace Psqm.Modules.Users.Pages.Admin.Users;

/// <summary>Everyone with an account on the site, searchable and filtered by role, hub and status.</summary>
[RequirePermission("ManageUsers")]
public sealed class IndexModel(UserAdministration administration, PublishedContent published) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Hub { get; set; }

    [BindProperty(SupportsGet = true)]
    public UserStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<UserRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + UserAdministration.PageSize - 1) / UserAdministration.PageSize);

    public IReadOnlyList<TaxonomyTerm> Hubs { get; private set; } = [];

    public async Task OnGetAsync()
    {
        // Unknown filter values are ignored rather than refused: an old bookmark still opens the list.
        Search = Search?.Trim() is { Length: > 0 } text ? text[..Math.Min(text.Length, 200)] : null;
        Role = Psqm.Modules.Users.Roles.All.Contains(Role) ? Role : null;
        Hubs = (await published.TermsAsync(HttpContext.RequestAborted)).GetValueOrDefault(Taxonomies.Hubs) ?? [];
        Hub = Hubs.Any(h => h.Key == Hub) ? Hub : null;
        Status = Status is { } s && Enum.IsDefined(s) ? s : null;
        PageNumber = Math.Max(1, PageNumber);
        (Rows, Total) = await administration.ListAsync(Search, Role, Hub, Status, PageNumber, HttpContext.RequestAborted);
    }
}
