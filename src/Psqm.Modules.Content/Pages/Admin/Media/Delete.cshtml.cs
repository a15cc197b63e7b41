using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Security;

namespace Psqm.Modules.Content.Pages.Admin.Media;

/// <summary>Deletes a file after asking; a file that an item still shows or offers is refused, naming the items.</summary>
[RequirePermission("ManageMedia")]
public sealed class DeleteModel(MediaStore store, IStringLocalizer<DeleteModel> s) : PageModel
{
    public MediaItem Item { get; private set; } = null!;

    public IReadOnlyList<ContentItem> UsedBy { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string file)
    {
        if (await store.FindAsync(file, HttpContext.RequestAborted) is not { } item)
        {
            return NotFound();
        }

        Item = item;
        UsedBy = await store.UsedByAsync(file, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string file)
    {
        if (await store.FindAsync(file, HttpContext.RequestAborted) is not { } item)
        {
            return NotFound();
        }

        if (!await store.DeleteAsync(file, HttpContext.RequestAborted))
        {
            // Put into an item since the question was asked.
            Item = item;
            UsedBy = await store.UsedByAsync(file, HttpContext.RequestAborted);
            return Page();
        }

        TempData["Notice"] = s["{0} is deleted.", item.OriginalName].Value;
        return RedirectToPage("Index");
    }
}
