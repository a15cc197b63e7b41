using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Psqm.Core.Routing;
using Psqm.Core.Search;
using Psqm.Core.Tenancy;

namespace Psqm.Modules.Search;

/// <summary>Where a hit leads: its page in its own language, with its route value and fragment.</summary>
public sealed class SearchLinks(PageLinks links)
{
    public string Url(HttpContext context, SearchHit hit) => Url(context, hit, hit.Culture);

    public string Url(HttpContext context, SearchSuggestion suggestion) => Url(context, suggestion, suggestion.Culture);

    private string Url(HttpContext context, SearchEntryDetails hit, string language)
    {
        var values = new RouteValueDictionary();
        var separator = hit.Route.IndexOf('=', StringComparison.Ordinal);
        if (separator > 0)
        {
            values[hit.Route[..separator]] = hit.Route[(separator + 1)..];
        }

        // The tenant's own culture for the language ("en-GB", not "en"), which is what its addresses are keyed by.
        var culture = TenantScope.Required.Cultures.FirstOrDefault(c => c.TwoLetterISOLanguageName == language) ?? CultureInfo.CurrentUICulture;
        var url = links.Page(context, hit.Page, values, culture) ?? "#";
        return hit.Fragment is null ? url : url + "#" + hit.Fragment;
    }
}
