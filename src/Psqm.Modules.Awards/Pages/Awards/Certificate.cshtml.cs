using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Psqm.Modules.Awards.Certificates;
using Psqm.Modules.Awards.Services;

namespace Psqm.Modules.Awards.Pages.Awards;

/// <summary>
/// The certificate as a PDF, for whoever holds its code (the school, from its submission page and its award email).
/// It shows no more than the public directory and the verification page do; a withdrawn award has none.
/// </summary>
public sealed class CertificateModel(AwardRegister register, CertificateWriter writer) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string code)
    {
        if (await register.ByCodeAsync(code, HttpContext.RequestAborted) is not { RevokedOn: null } holder)
        {
            return NotFound();
        }

        var pdf = await writer.PdfAsync(holder, HttpContext, HttpContext.RequestAborted);
        Response.Headers.CacheControl = "private, no-store";
        return File(pdf, "application/pdf", $"certificate-{holder.Code}.pdf");
    }
}
