using Psqm.Core.Search;

namespace Psqm.Modules.Search.Engine;

/// <summary>
/// Marks the words of a text that matched a query, judged the way the index judged them (a Welsh "wyddoniaeth"
/// is marked for "gwyddoniaeth"), and cuts a snippet around the densest cluster of matches.
/// </summary>
public static class Highlighter
{
    public const int SnippetLength = 240;
    private const int Window = 12;

    public static IReadOnlyList<Highlight> Whole(string text, string culture, MatchExpression match) =>
        Segments(text, 0, text.Length, Matches(text, culture, match));

    public static IReadOnlyList<Highlight> Snippet(string text, string culture, MatchExpression match)
    {
        var matches = Matches(text, culture, match);
        if (text.Length <= SnippetLength)
        {
            return Segments(text, 0, text.Length, matches);
        }

        // Start a little before the stretch of text with the most matched words in a window of them.
        var start = 0;
        if (matches.Count > 0)
        {
            // Each match with the matches that follow it within half a snippet: the window's end only moves on.
            var best = 0;
            var bestCount = 0;
            var next = 0;
            for (var i = 0; i < matches.Count; i++)
            {
                next = Math.Max(next, i);
                while (next < matches.Count && matches[next].Start - matches[i].Start < SnippetLength / 2)
                {
                    next++;
                }

                if (next - i > bestCount)
                {
                    (best, bestCount) = (i, next - i);
                }
            }

            start = WordStartBefore(text, Math.Max(0, matches[best].Start - Window * 3));
        }

        var end = Math.Min(text.Length, start + SnippetLength);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end - 1, end - start);
            end = space > start ? space : end;
        }

        var segments = new List<Highlight>();
        if (start > 0)
        {
            segments.Add(new Highlight("… ", false));
        }

        segments.AddRange(Segments(text, start, end, matches));
        if (end < text.Length)
        {
            segments.Add(new Highlight(" …", false));
        }

        return segments;
    }

    // Every word of every shown text is looked at, so a plain ASCII word is folded into a buffer and its forms looked
    // up without making a string of it.
    private static List<(int Start, int Length)> Matches(string text, string culture, MatchExpression match)
    {
        var matches = new List<(int Start, int Length)>();
        Span<char> buffer = stackalloc char[TextAnalyzer.MaxWordLength];
        foreach (var (start, length) in TextAnalyzer.Words(text))
        {
            var word = text.AsSpan(start, length);
            ReadOnlySpan<char> folded = TextAnalyzer.TryFoldAscii(word, buffer) ? buffer[..length] : WelshForms.Fold(word.ToString());
            var forms = TextAnalyzer.Forms(folded, culture);
            if (match.Matches(folded, forms))
            {
                matches.Add((start, length));
            }
        }

        return matches;
    }

    private static int WordStartBefore(string text, int index)
    {
        while (index > 0 && !char.IsWhiteSpace(text[index - 1]))
        {
            index--;
        }

        return index;
    }

    private static List<Highlight> Segments(string text, int start, int end, List<(int Start, int Length)> matches)
    {
        var segments = new List<Highlight>();
        var at = start;
        foreach (var (matchStart, length) in matches)
        {
            if (matchStart < start || matchStart + length > end)
            {
                continue;
            }

            if (matchStart > at)
            {
                segments.Add(new Highlight(text[at..matchStart], false));
            }

            segments.Add(new Highlight(text.Substring(matchStart, length), true));
            at = matchStart + length;
        }

        if (at < end)
        {
            segments.Add(new Highlight(text[at..end], false));
        }

        return segments;
    }
}
