using System.Buffers;
using Psqm.Core.Search;

namespace Psqm.Modules.Search.Engine;

/// <summary>One word of a text: where it is, as written, folded, and the forms it is indexed and searched under.</summary>
public sealed record AnalyzedToken(int Start, int Length, string Text, string Folded, IReadOnlyList<string> Forms)
{
    /// <summary>A stop word: kept for phrases, left out of the word index.</summary>
    public bool Stop => Forms.Count == 0;
}

/// <summary>
/// Turns text into index terms for one language. English: folded and stemmed. Welsh: folded and expanded to
/// every radical a word can be a mutation of. Stop words of either language give no terms.
/// </summary>
public static class TextAnalyzer
{
    /// <summary>Longer words are not words: a pasted address or a run of digits, kept out of the index.</summary>
    public const int MaxWordLength = 40;

    private static readonly SearchValues<char> WordJoiners = SearchValues.Create("'’");

    public static bool IsWelsh(string culture) => culture.StartsWith("cy", StringComparison.OrdinalIgnoreCase);

    /// <summary>Each word of the text with its forms; words too long to be words are skipped.</summary>
    public static IEnumerable<AnalyzedToken> Analyze(string text, string culture)
    {
        foreach (var (start, length) in Words(text))
        {
            var surface = text.Substring(start, length);
            var folded = WelshForms.Fold(surface);
            yield return new AnalyzedToken(start, length, surface, folded, FoldedForms(folded, culture));
        }
    }

    /// <summary>The forms one word is indexed and searched under in a language; none for a stop word.</summary>
    public static IReadOnlyList<string> Forms(string word, string culture) => FoldedForms(WelshForms.Fold(word), culture);

    private static IReadOnlyList<string> FoldedForms(string folded, string culture)
    {
        if (IsWelsh(culture))
        {
            return StopWords.Welsh.Contains(folded) ? [] : WelshForms.Forms(folded);
        }

        return StopWords.English.Contains(folded) ? [] : [PorterStemmer.Stem(folded)];
    }

    /// <summary>Folded words, stop words included, for phrase matching.</summary>
    public static string Surface(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var (start, length) in Words(text))
        {
            builder.Append(WelshForms.Fold(text.AsSpan(start, length).ToString())).Append(' ');
        }

        return builder.ToString();
    }

    /// <summary>Index terms for the word columns: every form of every word.</summary>
    public static string Terms(string text, string culture)
    {
        var builder = new System.Text.StringBuilder(text.Length + (text.Length / 2));
        foreach (var token in Analyze(text, culture))
        {
            foreach (var form in token.Forms)
            {
                builder.Append(form).Append(' ');
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Runs of letters and digits. An apostrophe inside a word ends it ("gweithio'n" is "gweithio" and "n"), as
    /// Welsh elision means the parts are separate words; a marks-only run cannot start a word.
    /// </summary>
    public static IEnumerable<(int Start, int Length)> Words(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark))
            {
                i++;
            }

            if (i > start && i - start <= MaxWordLength)
            {
                yield return (start, i - start);
            }

            if (i < text.Length && WordJoiners.Contains(text[i]))
            {
                i++;
            }
        }
    }
}
