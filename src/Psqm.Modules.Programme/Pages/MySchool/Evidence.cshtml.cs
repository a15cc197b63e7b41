using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Psqm.Core;
using Psqm.Core.Forms;
using Psqm.Core.Routing;
using Psqm.Core.Security;
using Psqm.Modules.Criteria.Data;
using Psqm.Modules.Programme.Data;
using Psqm.Modules.Programme.Services;

namespace Psqm.Modules.Programme.Pages.MySchool;

/// <summary>
/// The school's evidence library: a file or a link with a caption, tagged to the criteria it shows, and a checklist of
/// the criteria that still lack evidence. The file streams to disk as it arrives and is checked by its bytes.
/// </summary>
[RequirePermission("WorkOnOwnSchool")]
[UploadSizeLimit(UploadKind.Evidence)]
[StreamedUpload]

// Checked by StreamedUpload from the first part of the body, before the file is read.
[IgnoreAntiforgeryToken]
public sealed class EvidenceModel(SchoolYears years, EvidenceLibrary library, Submissions submissions, IAntiforgery antiforgery, IOptions<PsqmOptions> options, PageLinks links, IStringLocalizer<EvidenceModel> s) : PageModel
{
    /// <summary>The submission is with the hub leader: the library can be read, not changed.</summary>
    public bool Locked { get; private set; }

    /// <summary>The name of the file field, which the form sends last.</summary>
    public const string Upload = "Upload";

    public SchoolYear? Year { get; private set; }

    public IReadOnlyList<Criterion> Criteria { get; private set; } = [];

    public IReadOnlyList<EvidenceItem> Items { get; private set; } = [];

    /// <summary>Shows only the evidence of one criterion.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Criterion { get; set; }

    public string? Caption { get; set; }

    public string? Link { get; set; }

    public IReadOnlyList<string> Chosen { get; set; } = [];

    public long MaxMegabytes => options.Value.Media.MaxEvidenceBytes / (1024 * 1024);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return Go("/MySchool/Index");
        }

        if (TempData[UploadSizeLimitAttribute.TooLargeKey] is true)
        {
            ModelState.AddModelError(Upload, s["The file must be smaller than {0} MB", MaxMegabytes]);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return Go("/MySchool/Index");
        }

        // Nothing of the body is read: with the submission away, nothing can be added.
        if (Locked)
        {
            ModelState.AddModelError(string.Empty, s["Your submission is with your hub leader, so this cannot change until it comes back to you."]);
            return Page();
        }

        var enrolment = Year!.Enrolment.Id;
        StagedFile? staged = null;
        var originalName = "";
        try
        {
            var form = await StreamedUpload.ReadAsync(HttpContext, antiforgery, async (_, name, body) =>
            {
                originalName = name;
                staged = await StagedFile.StageAsync(body, library.Staging, options.Value.Media.MaxEvidenceBytes, name, HttpContext.RequestAborted);
            });
            if (form is null)
            {
                return BadRequest();
            }

            Caption = form.Values.GetValueOrDefault(nameof(Caption))?.Trim() ?? "";
            Link = form.Values.GetValueOrDefault(nameof(Link))?.Trim() ?? "";
            Chosen = form.All("Criteria");
            var criteria = Validate(enrolment, form.HadFile, staged);
            if (!ModelState.IsValid)
            {
                return Page();
            }

            var by = User.Identity?.Name ?? "";
            var item = staged is not null
                ? await library.AddFileAsync(enrolment, staged, originalName, Caption, criteria, by, HttpContext.RequestAborted)
                : await library.AddLinkAsync(enrolment, EvidenceLibrary.ParseLink(Link)!, Caption, criteria, by, HttpContext.RequestAborted);
            TempData["Notice"] = s["\"{0}\" is in your evidence library.", item.Caption].Value;
            return Go("/MySchool/Evidence");
        }
        finally
        {
            staged?.Dispose();
        }
    }

    private List<int> Validate(int enrolment, bool hadFile, StagedFile? staged)
    {
        if (Caption!.Length is 0 or > 300)
        {
            ModelState.AddModelError(nameof(Caption), Caption.Length == 0 ? s["Give the evidence a caption: what it shows"] : s["The caption must be 300 characters or fewer"]);
        }

        var known = Criteria.Select(c => c.Id).ToHashSet();
        var criteria = new List<int>();
        foreach (var value in Chosen)
        {
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && known.Contains(id))
            {
                criteria.Add(id);
            }
            else
            {
                ModelState.AddModelError("Criteria", s["Choose criteria of your level from the list"]);
                break;
            }
        }

        if (hadFile && Link!.Length > 0)
        {
            ModelState.AddModelError(Upload, s["Upload a file or give a link, not both"]);
        }
        else if (!hadFile && Link!.Length == 0)
        {
            ModelState.AddModelError(Upload, s["Choose a file to upload, or give a link"]);
        }
        else if (!hadFile && EvidenceLibrary.ParseLink(Link) is null)
        {
            ModelState.AddModelError(nameof(Link), s["Enter a web address that starts with https://"]);
        }
        else if (hadFile && (staged is null ? s["The file is empty"].Value : UploadProblems.Of(staged, library.Staging, options.Value.Media, s)) is { } problem)
        {
            ModelState.AddModelError(Upload, problem);
        }

        return criteria;
    }

    // Back to a page in the language of this one: the Welsh routes are not the English ones.
    private LocalRedirectResult Go(string page) => LocalRedirect(links.Page(HttpContext, page) ?? "~/");

    private async Task<bool> LoadAsync()
    {
        Year = await years.OwnAsync(User, HttpContext.RequestAborted);
        if (Year is null)
        {
            return false;
        }

        Criteria = Year.CriteriaOf(Year.AuditLevel);
        Items = await library.ListAsync(Year.Enrolment.Id, HttpContext.RequestAborted);
        Locked = await submissions.LockedAsync(Year.Enrolment.Id, HttpContext.RequestAborted);
        return true;
    }
}
