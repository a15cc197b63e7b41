using Microsoft.AspNetCore.Html;
using Psqm.Core.Search;

namespace Psqm.Modules.Search;

/// <summary>Highlighted text as HTML: every part encoded, matched parts in &lt;mark&gt;, nothing else added.</summary>
public static class Highlighting
{
    public static IHtmlContent Html(IReadOnlyList<Highlight> parts)
    {
        var html = new HtmlContentBuilder(parts.Count * 3);
        foreach (var part in parts)
        {
            if (part.Match)
            {
                html.AppendHtml("<mark>").Append(part.Text).AppendHtml("</mark>");
            }
            else
            {
                html.Append(part.Text);
            }
        }

        return html;
    }
}
