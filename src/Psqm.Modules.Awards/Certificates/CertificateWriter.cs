using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Psqm.Core.Localization;
using Psqm.Core.Routing;
using Psqm.Core.Tenancy;
using Psqm.Modules.Awards.Data;
using Psqm.Modules.Content.Engine;

namespace Psqm.Modules.Awards.Certificates;

/// <summary>Puts an award into a certificate's words, in each of the tenant's languages in the tenant's order (Welsh first in Wales).</summary>
public sealed class CertificateWriter(PublishedContent published, PageLinks links, TenantUrls urls, IStringLocalizer<CertificateWriter> s)
{
    public const string VerifyPage = "/Awards/Verify";

    public async Task<byte[]> PdfAsync(AwardHolder holder, HttpContext http, CancellationToken cancellationToken)
    {
        var tenant = TenantScope.Required;
        var terms = await published.TermsAsync(cancellationToken);
        var sides = new List<CertificateSide>();
        foreach (var culture in tenant.Cultures)
        {
            using var _ = CultureScope.Enter(culture);
            sides.Add(new CertificateSide(
                culture.Name,
                tenant.SiteName(culture),
                s["Certificate of award"],
                s["This certifies that"],
                s["has been awarded"],
                terms.NameOf(Taxonomies.AwardLevels, holder.Level, culture.TwoLetterISOLanguageName),
                holder.Round.Name((text, values) => s.GetString(text, values).Value),
                s["Awarded on {0}. Valid until {1}.", Date(holder.AwardedOn), Date(holder.ExpiresOn)],
                s["Verification code"],
                s["Scan the code or visit the address to check this certificate."]));
        }

        return CertificateDocument.Render(new CertificateContent(holder.SchoolName, holder.Code ?? "", VerifyUrl(holder, http, tenant.DefaultCulture), sides));
    }

    /// <summary>The public address that checks a certificate, from the tenant's configured address.</summary>
    public string VerifyUrl(AwardHolder holder, HttpContext http, CultureInfo culture) =>
        urls.Absolute(links.Page(http, VerifyPage, new { code = holder.Code }, culture) ?? "/");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);
}
