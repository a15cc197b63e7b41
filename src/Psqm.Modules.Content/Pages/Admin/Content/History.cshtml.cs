using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Psqm.Core.Content;
using Psqm.Core.Security;

namespace Psqm.Modules.Content.Pages.Admin.Content;

[RequirePermission("EditContent")]
public sealed class HistoryModel(ContentManager content, IStringLocalizer<HistoryModel> s) : PageModel
{
    public IReadOnlyList<ContentItem> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id)
    {
        Versions = await content.HistoryAsync(id, HttpContext.RequestAborted);
        return Versions.Count == 0 ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(string id, int version)
    {
        var result = await content.RestoreAsync(id, version, User.Identity!.Name!, HttpContext.RequestAborted);
        if (result.Result != ContentStatus.Ok)
        {
            TempData["Notice"] = s["That version could not be restored: the item changed at the same time. Try again."].Value;
            return RedirectToPage(new { id });
        }

        TempData["Notice"] = s["Version restored as a new draft. Check it, then publish it when it is right."].Value;
        return RedirectToPage("Edit", new { id });
    }
}
