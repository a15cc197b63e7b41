using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Psqm.Core.Routing;

/// <summary>
/// <c>&lt;a psqm-page="/Accessibility"&gt;</c>: a link to a page in the current language, with its route words,
/// marked <c>aria-current="page"</c> when it is the page being shown.
/// </summary>
[HtmlTargetElement("a", Attributes = PageAttribute)]
public sealed class PageLinkTagHelper(PageLinks links) : TagHelper
{
    private const string PageAttribute = "psqm-page";

    [HtmlAttributeName(PageAttribute)]
    public string Page { get; set; } = "";

    [HtmlAttributeName("psqm-route-", DictionaryAttributePrefix = "psqm-route-")]
    public IDictionary<string, string?> RouteValues { get; set; } = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The language of the link when it is not the page's own, e.g. "en" for an English item.</summary>
    [HtmlAttributeName("psqm-culture")]
    public string? Culture { get; set; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var values = new Microsoft.AspNetCore.Routing.RouteValueDictionary();
        foreach (var (key, value) in RouteValues)
        {
            values[key] = value;
        }

        var culture = Culture is null ? null : System.Globalization.CultureInfo.GetCultureInfo(Culture);
        var href = links.Page(ViewContext.HttpContext, Page, values, culture) ?? "#";
        output.Attributes.SetAttribute("href", href);
        if (values.Count == 0 && string.Equals(ViewContext.RouteData.Values["page"] as string, Page, StringComparison.OrdinalIgnoreCase))
        {
            output.Attributes.SetAttribute("aria-current", "page");
        }
    }
}
