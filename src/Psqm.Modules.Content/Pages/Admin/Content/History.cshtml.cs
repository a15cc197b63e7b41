using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Security;

namespace Psqm.Modules.Content.Pages.Admin.Content;

[RequirePermission("EditContent", "EditHubContent")]
public sealed class HistoryModel(ContentManager content, ContentTypes types, ContentAccess access, IStringLocalizer<HistoryModel> s) : PageModel
{
    public IReadOnlyList<ContentItem> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id)
    {
        Versions = await content.HistoryAsync(id, HttpContext.RequestAborted);
        return Versions.Count == 0 || !await MayEditAsync(Versions[0]) ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(string id, int version)
    {
        // Both the item as it is and the version brought back must be the user's to edit.
        if (await content.LatestAsync(id, HttpContext.RequestAborted) is not { } latest || !await MayEditAsync(latest)
            || await content.VersionAsync(id, version, HttpContext.RequestAborted) is not { } old || !await MayEditAsync(old))
        {
            return NotFound();
        }

        var result = await content.RestoreAsync(id, version, User.Identity!.Name!, HttpContext.RequestAborted);
        if (result.Result != ContentStatus.Ok)
        {
            TempData["Notice"] = s["That version could not be restored: the item changed at the same time. Try again."].Value;
            return RedirectToPage(new { id });
        }

        TempData["Notice"] = s["Version restored as a new draft. Check it, then publish it when it is right."].Value;
        return RedirectToPage("Edit", new { id });
    }

    private async Task<bool> MayEditAsync(ContentItem item) =>
        types.Find(item.ContentType) is { } type && (await access.RightsAsync(User, type, item)).Edit;
}
