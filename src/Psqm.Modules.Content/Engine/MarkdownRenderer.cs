using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Psqm.Modules.Content.Engine;

/// <summary>
/// Authored text to HTML. Raw HTML is off, so script typed into Markdown is shown as text; links may only go to
/// web, mail or same-site addresses.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];
    private static readonly System.Buffers.SearchValues<char> MarkdownMarks = System.Buffers.SearchValues.Create("*_`#[]<>|~\\!&:");

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseAutoLinks()
        .Build();

    public string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown ?? "", _pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url))
            {
                link.Url = "#";
            }
        }

        foreach (var link in document.Descendants<AutolinkInline>())
        {
            if (!IsSafe(link.Url))
            {
                link.Url = "#";
            }
        }

        return document.ToHtml(_pipeline);
    }

    /// <summary>Plain text for summaries, feeds and the search index.</summary>
    public string ToText(string markdown) =>
        IsPlain(markdown ??= "") ? markdown.Trim() : Markdown.ToPlainText(markdown, _pipeline).Trim();

    // Text with no Markdown in it is its own plain text; parsing it would only cost time (a rebuild reads thousands).
    private static bool IsPlain(string text)
    {
        if (text.AsSpan().IndexOfAny(MarkdownMarks) >= 0)
        {
            return false;
        }

        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var start = line.TrimStart();
            if (start.Length > 0 && (start[0] is '-' or '+' or '=' || char.IsAsciiDigit(start[0])))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        var trimmed = url.Trim();
        if (trimmed.StartsWith('/') || trimmed.StartsWith('#') || trimmed.StartsWith('?'))
        {
            return !trimmed.StartsWith("//", StringComparison.Ordinal);
        }

        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? !trimmed.Contains('\\', StringComparison.Ordinal) : SafeSchemes.Contains(trimmed[..colon].ToLowerInvariant());
    }
}
