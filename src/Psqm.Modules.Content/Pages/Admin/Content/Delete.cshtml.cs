using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Security;

namespace Psqm.Modules.Content.Pages.Admin.Content;

/// <summary>Asks before deleting: the item leaves the site and the lists, though its history is kept.</summary>
[RequirePermission("PublishContent", "EditHubContent")]
public sealed class DeleteModel(ContentManager content, ContentTypes types, ContentAccess access, IStringLocalizer<DeleteModel> s) : PageModel
{
    public ContentItem Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (await FindAsync(id) is not { } item)
        {
            return NotFound();
        }

        Item = item;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        var item = await FindAsync(id);
        if (item is null || await content.DeleteAsync(id, HttpContext.RequestAborted) != ContentStatus.Ok)
        {
            return NotFound();
        }

        TempData["Notice"] = s["“{0}” is deleted.", item.Title].Value;
        return RedirectToPage("Index");
    }

    /// <summary>The item, when this user may delete it: the same right as publishing it.</summary>
    private async Task<ContentItem?> FindAsync(string id) =>
        await content.LatestAsync(id, HttpContext.RequestAborted) is { } item && types.Find(item.ContentType) is { } type
            && (await access.RightsAsync(User, type, item)).Publish
            ? item
            : null;
}
