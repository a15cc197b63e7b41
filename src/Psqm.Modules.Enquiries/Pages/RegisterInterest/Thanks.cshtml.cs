using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Psqm.Modules.Enquiries.Pages.RegisterInterest;

/// <summary>The confirmation after a registration; reached by redirect, so refreshing it sends nothing again.</summary>
public sealed class ThanksModel : PageModel
{
    public string? Reference { get; private set; }

    public string? Hub { get; private set; }

    public bool Duplicate { get; private set; }

    public void OnGet()
    {
        Reference = TempData["Reference"] as string;
        Hub = TempData["Hub"] as string;
        Duplicate = TempData["Duplicate"] is true;
    }
}
