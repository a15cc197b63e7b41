using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Psqm.Core.Content;
using Psqm.Core.Security;

namespace Psqm.Modules.Content.Pages.Admin.Content;

[RequirePermission("EditContent", "EditHubContent")]
public sealed class CompareModel(ContentManager content, ContentTypes types, ContentAccess access) : PageModel
{
    public ContentItem From { get; private set; } = null!;

    public ContentItem To { get; private set; } = null!;

    public IReadOnlyList<(string Label, IReadOnlyList<(LineDiff.Change Change, string Line)> Lines)> Differences { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, int from, int to)
    {
        var a = await content.VersionAsync(id, from, HttpContext.RequestAborted);
        var b = await content.VersionAsync(id, to, HttpContext.RequestAborted);
        if (a is null || b is null || types.Find(a.ContentType) is not { } type
            || !(await access.RightsAsync(User, type, await content.LatestAsync(id, HttpContext.RequestAborted))).Edit)
        {
            return NotFound();
        }

        (From, To) = a.Version <= b.Version ? (a, b) : (b, a);
        var fields = type.Fields;
        var rows = new List<(string, IReadOnlyList<(LineDiff.Change, string)>)>
        {
            ("Title", LineDiff.Compare(From.Title, To.Title)),
            ("Web address", LineDiff.Compare(From.Slug, To.Slug)),
        };
        rows.AddRange(fields.Select(f => (f.Label, LineDiff.Compare(string.Join('\n', From.FieldValues(f.Name)), string.Join('\n', To.FieldValues(f.Name))))));
        Differences = rows;
        return Page();
    }
}
