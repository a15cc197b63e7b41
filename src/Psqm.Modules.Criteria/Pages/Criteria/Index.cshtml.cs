using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Psqm.Modules.Criteria.Pages.Criteria;

[Psqm.Core.Caching.CachedPage("framework")]
public sealed class IndexModel(FrameworkReader frameworks) : PageModel
{
    public IReadOnlyList<FrameworkView> Frameworks { get; private set; } = [];

    public FrameworkView? Current { get; private set; }

    public string Language { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public async Task<IActionResult> OnGetAsync(string? framework)
    {
        Frameworks = await frameworks.AllAsync(HttpContext.RequestAborted);
        Current = Frameworks.FirstOrDefault(f => f.Framework.Key == framework) ?? (Frameworks.Count > 0 ? Frameworks[0] : null);
        return Page();
    }
}
