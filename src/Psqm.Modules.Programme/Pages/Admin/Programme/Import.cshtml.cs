using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Forms;
using Psqm.Core.Routing;
using Psqm.Core.Security;
using Psqm.Modules.Programme.Services;

namespace Psqm.Modules.Programme.Pages.Admin.Programme;

/// <summary>
/// HQ imports schools from a CSV file in two steps: a preview of every row (new, merged with a known school, or refused
/// with why), then the import of the rows that passed. The file travels from the first step to the second inside the
/// form and is checked again, so nothing is kept on the server in between.
/// </summary>
[RequirePermission("ManageProgramme")]
public sealed class ImportModel(SchoolImport import, PublishedContent published, PageLinks links, IStringLocalizer<ImportModel> s) : PageModel
{
    public ImportPreview? Preview { get; private set; }

    /// <summary>The previewed file, as the confirmation form carries it.</summary>
    [BindProperty]
    public string? Data { get; set; }

    [BindProperty(Name = "File")]
    public IFormFile? Upload { get; set; }

    public IActionResult OnGetSample()
    {
        var csv = new StringBuilder();
        Csv.Row(csv, [.. SchoolImport.Columns]);
        Csv.Row(csv, "123456", "Oakfield Primary School", "12 Oakfield Road", "Stoke-on-Trent", "ST4 2AA", "primary", "312", "24.5", "no", "north-staffordshire", "Sam Patel", "s.patel@oakfield.example.org");
        return File(Csv.Bytes(csv), Csv.ContentType, "schools.csv");
    }

    public async Task<IActionResult> OnPostPreviewAsync()
    {
        ModelState.Clear();
        if (Upload is not { Length: > 0 } file)
        {
            ModelState.AddModelError("File", s["Choose a CSV file to import"]);
            return Page();
        }

        if (file.Length > SchoolImport.MaxBytes)
        {
            ModelState.AddModelError("File", s["The file must be smaller than {0} MB", SchoolImport.MaxBytes / (1024 * 1024)]);
            return Page();
        }

        using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var text = await reader.ReadToEndAsync(HttpContext.RequestAborted);
        Preview = await import.PreviewAsync(text, await HubsAsync(), HttpContext.RequestAborted);
        if (Preview.FileError is { } error)
        {
            ModelState.AddModelError("File", error);
            Preview = null;
            return Page();
        }

        Data = Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync()
    {
        ModelState.Clear();
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Convert.FromBase64String(Data ?? ""));
        }
        catch (FormatException)
        {
            text = "";
        }

        var preview = await import.PreviewAsync(text, await HubsAsync(), HttpContext.RequestAborted);
        if (preview.FileError is not null || preview.New + preview.Merged == 0)
        {
            ModelState.AddModelError("File", s["There was nothing to import. Choose the file again."]);
            return Page();
        }

        var (added, merged) = await import.ApplyAsync(preview, HttpContext.RequestAborted);
        TempData["Notice"] = s["{0} schools added and {1} updated; {2} rows with problems were left out.", added, merged, preview.Rows.Count(r => !r.Valid)].Value;
        return LocalRedirect(links.Page(HttpContext, "/Admin/Programme/Schools") ?? "~/");
    }

    private async Task<IReadOnlyDictionary<string, string>> HubsAsync() =>
        ((await published.TermsAsync(HttpContext.RequestAborted)).GetValueOrDefault(Taxonomies.Hubs) ?? [])
            .ToDictionary(t => t.Key, t => t.Name.In(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName));
}
