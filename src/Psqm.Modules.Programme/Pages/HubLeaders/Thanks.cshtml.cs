using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Psqm.Modules.Programme.Pages.HubLeaders;

/// <summary>After applying: the reference, and what happens next. Reached without applying, it offers the form.</summary>
public sealed class ThanksModel : PageModel
{
    public string? Reference { get; private set; }

    public bool Duplicate { get; private set; }

    public void OnGet()
    {
        Reference = TempData["Reference"] as string;
        Duplicate = TempData["Duplicate"] as bool? == true;
    }
}
