using System.Net;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Security;

namespace Psqm.Modules.Content.Pages.Admin.Content;

[RequirePermission("EditContent", "EditHubContent")]
public sealed class CompareModel(ContentManager content, ContentTypes types, ContentAccess access) : PageModel
{
    public ContentItem From { get; private set; } = null!;

    public ContentItem To { get; private set; } = null!;

    /// <summary>Each field's text in the two versions, in the order of the editor.</summary>
    public IReadOnlyList<(string Label, string Before, string After)> Fields { get; private set; } = [];

    /// <summary>"side" shows the versions side by side; otherwise one column with removals and additions marked.</summary>
    [BindProperty(SupportsGet = true)]
    public string? View { get; set; }

    public bool SideBySide => View == "side";

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
        Fields =
        [
            ("Title", From.Title, To.Title),
            ("Web address", From.Slug, To.Slug),
            .. type.Fields.Select(f => (f.Label, string.Join('\n', From.FieldValues(f.Name)), string.Join('\n', To.FieldValues(f.Name)))),
        ];
        return Page();
    }

    /// <summary>One line of a comparison, marked as removed or added for sight and for screen readers alike.</summary>
    public static IHtmlContent Line(LineDiff.Change? change, string? line, string removed, string added)
    {
        var text = WebUtility.HtmlEncode(line ?? "");
        return new HtmlString(change switch
        {
            LineDiff.Change.Removed => $"<del><span class=\"govuk-visually-hidden\">{WebUtility.HtmlEncode(removed)} </span>{text}</del>",
            LineDiff.Change.Added => $"<ins><span class=\"govuk-visually-hidden\">{WebUtility.HtmlEncode(added)} </span>{text}</ins>",
            LineDiff.Change.Same => $"<span>{text}</span>",
            _ => "",
        });
    }
}
