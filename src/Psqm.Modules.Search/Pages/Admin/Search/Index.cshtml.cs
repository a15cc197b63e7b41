using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Psqm.Core.Search;
using Psqm.Core.Security;
using Psqm.Core.Tenancy;
using Psqm.Modules.Search.Engine;

namespace Psqm.Modules.Search.Pages.Admin.Search;

/// <summary>Search for administrators: how text is analysed, the bilingual glossary, and rebuilding the index.</summary>
[RequirePermission("ManageSearch")]
public sealed class IndexModel(SearchService search, LuceneSearchIndex index, IStringLocalizer<IndexModel> s) : PageModel
{
    public const int MaxGlossaryPairs = 500;

    [BindProperty(SupportsGet = true)]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Culture { get; set; } = "en";

    [BindProperty]
    public string? Glossary { get; set; }

    public IReadOnlyList<AnalyzedToken> Tokens { get; private set; } = [];

    public SearchIndexStatus? Status { get; private set; }

    public IReadOnlyList<string> Cultures { get; } = TenantScope.Required.Cultures.Select(c => c.TwoLetterISOLanguageName).ToList();

    public async Task OnGetAsync()
    {
        if (!Cultures.Contains(Culture))
        {
            Culture = Cultures[0];
        }

        if (!string.IsNullOrWhiteSpace(Text))
        {
            Tokens = Analysis.Tokens(Text, Culture).ToList();
        }

        Glossary ??= string.Join('\n', (await index.GlossaryAsync(HttpContext.RequestAborted)).Select(p => p.En + " = " + p.Cy));
        Status = await index.StatusAsync(HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostRebuildAsync()
    {
        var watch = Stopwatch.StartNew();
        var count = await search.RebuildAsync(HttpContext.RequestAborted);
        TempData["Notice"] = s["The index is rebuilt: {0} entries in {1:0.0} seconds.", count, watch.Elapsed.TotalSeconds].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostGlossaryAsync()
    {
        if (!HttpContext.RequiredTenant().IsMultilingual)
        {
            return NotFound();
        }

        var pairs = new List<GlossaryPair>();
        var lines = (Glossary ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            var parts = lines[i].Split('=', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length is 0 or > 100 || parts[1].Length is 0 or > 100)
            {
                ModelState.AddModelError(nameof(Glossary), s["Line {0} is not a pair: write the English term, an equals sign, then the Welsh term, like science = gwyddoniaeth", i + 1]);
                break;
            }

            pairs.Add(new GlossaryPair(parts[0], parts[1]));
        }

        if (pairs.Count > MaxGlossaryPairs)
        {
            ModelState.AddModelError(nameof(Glossary), s["The glossary can have at most {0} pairs", MaxGlossaryPairs]);
        }

        if (!ModelState.IsValid)
        {
            Status = await index.StatusAsync(HttpContext.RequestAborted);
            return Page();
        }

        await index.SaveGlossaryAsync(pairs, HttpContext.RequestAborted);
        TempData["Notice"] = s["The glossary is saved: {0} pairs.", pairs.Count].Value;
        return RedirectToPage();
    }
}
