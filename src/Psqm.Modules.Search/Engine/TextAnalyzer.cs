using System.Buffers;
using System.Collections.Concurrent;
using Lucene.Net.Analysis.TokenAttributes;
using Psqm.Modules.Search.Engine.Analysis;

namespace Psqm.Modules.Search.Engine;

/// <summary>One word of a text: where it is, as written, folded, and the forms it is indexed and searched under.</summary>
public sealed record AnalyzedToken(int Start, int Length, string Text, string Folded, IReadOnlyList<string> Forms)
{
    /// <summary>A stop word: kept for phrases, left out of the word index.</summary>
    public bool Stop => Forms.Count == 0;
}

/// <summary>
/// A text word by word with the forms each is indexed and searched under, as the language's analyzer
/// (<see cref="SearchAnalyzers"/>) makes them: what the admin page shows, and what queries and highlighting use.
/// </summary>
public static class TextAnalyzer
{
    /// <summary>Longer words are not words: a pasted address or a run of digits, kept out of the index.</summary>
    public const int MaxWordLength = 40;

    private static readonly SearchValues<char> WordJoiners = SearchValues.Create("'’");

    public static bool IsWelsh(string culture) => culture.StartsWith("cy", StringComparison.OrdinalIgnoreCase);

    /// <summary>Enough distinct words for a site's whole vocabulary in two languages; beyond it, the cache starts again.</summary>
    private const int MostCached = 200_000;

    private static readonly ConcurrentDictionary<string, IReadOnlyList<string>> EnglishCache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, IReadOnlyList<string>> WelshCache = new(StringComparer.Ordinal);

    /// <summary>Each word of the text with its forms; words too long to be words are skipped.</summary>
    public static IReadOnlyList<AnalyzedToken> Analyze(string text, string culture)
    {
        var tokens = new List<AnalyzedToken>();
        foreach (var (start, length) in Words(text))
        {
            var surface = text.Substring(start, length);
            var folded = WelshForms.Fold(surface);
            tokens.Add(new AnalyzedToken(start, length, surface, folded, FoldedForms(folded, culture)));
        }

        return tokens;
    }

    /// <summary>The forms one word is indexed and searched under in a language; none for a stop word.</summary>
    public static IReadOnlyList<string> Forms(string word, string culture) => FoldedForms(WelshForms.Fold(word), culture);

    /// <summary>The forms of a word already folded, looked up without a string when the word has been met before.</summary>
    public static IReadOnlyList<string> Forms(ReadOnlySpan<char> folded, string culture)
    {
        var cache = IsWelsh(culture) ? WelshCache : EnglishCache;
        return cache.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(folded, out var forms) ? forms : FoldedForms(folded.ToString(), culture);
    }

    /// <summary>Folds a plain ASCII word (lower case is all it needs) into the buffer; false for any other word.</summary>
    public static bool TryFoldAscii(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.Length > buffer.Length)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c >= 0x80)
            {
                return false;
            }

            buffer[i] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        return true;
    }

    // What the language's analyzer makes of one folded word. Every step of it works word by word, so a word has the
    // same forms wherever it stands, and they are worked out once: searches and highlighting meet the same few
    // thousand words again and again.
    private static IReadOnlyList<string> FoldedForms(string folded, string culture)
    {
        var cache = IsWelsh(culture) ? WelshCache : EnglishCache;
        if (cache.TryGetValue(folded, out var forms))
        {
            return forms;
        }

        if (cache.Count >= MostCached)
        {
            cache.Clear();
        }

        var list = new List<string>(2);
        using (var stream = SearchAnalyzers.For(culture).GetTokenStream("text", folded))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                var form = term.ToString();
                if (!list.Contains(form))
                {
                    list.Add(form);
                }
            }

            stream.End();
        }

        cache[folded] = list;
        return list;
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
