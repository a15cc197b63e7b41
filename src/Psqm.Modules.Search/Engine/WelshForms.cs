using System.Globalization;
using System.Text;
using Psqm.Core.Search;

namespace Psqm.Modules.Search.Engine;

/// <summary>
/// The forms a Welsh word is indexed and searched under: the word itself and every radical it can be the
/// initial mutation of (soft, nasal, aspirate, h-prothesis), after lower-casing and folding accents. "gath",
/// "nghath" and "chath" all give "cath"; a radical gives only itself. Without a lexicon some candidates are
/// not words ("lan" also gives "llan"); they cost a little index space and never a wrong match on their own,
/// because every form of the query must meet a form of the text.
/// </summary>
public static class WelshForms
{
    /// <summary>Lower case without diacritics: ŵ, ŷ, â, é ... become w, y, a, e.</summary>
    public static string Fold(string word)
    {
        // Nearly every word is made of letters this table folds (ASCII, Latin-1, Ŵ and Ŷ): those are folded in one
        // pass, and the word itself is kept when it is already folded. Anything else goes the long way, through
        // Unicode decomposition.
        var changed = false;
        foreach (var c in word)
        {
            if (c >= Folded.Length || Folded[c] == '\uffff')
            {
                return Decomposed(word);
            }

            changed |= Folded[c] != c;
        }

        if (!changed)
        {
            return word;
        }

        return string.Create(word.Length, word, static (span, w) =>
        {
            for (var i = 0; i < w.Length; i++)
            {
                span[i] = Folded[w[i]];
            }
        });
    }

    // Each character below U+0178 as it folds, or U+FFFF for one that folds to more or less than one letter (ß, æ...).
    private static readonly char[] Folded = BuildTable();

    private static char[] BuildTable()
    {
        var table = new char[0x178];
        for (var c = 0; c < table.Length; c++)
        {
            var folded = Decomposed(((char)c).ToString());
            table[c] = folded.Length == 1 ? folded[0] : '\uffff';
        }

        return table;
    }

    private static string Decomposed(string word)
    {
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c);
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Enough distinct words for any site's Welsh; beyond it, the cache starts again.</summary>
    private const int MostCached = 200_000;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>> Cache = new(StringComparer.Ordinal);

    /// <summary>The word (folded) and every radical it can be a mutation of; worked out once a word, as indexing meets the same words again and again.</summary>
    public static IReadOnlyList<string> Forms(string word)
    {
        var t = Fold(word);
        if (Cache.TryGetValue(t, out var cached))
        {
            return cached;
        }

        if (Cache.Count >= MostCached)
        {
            Cache.Clear();
        }

        return Cache[t] = Radicals(t);
    }

    private static List<string> Radicals(string t)
    {
        var forms = new List<string>(3) { t };
        void Add(string prefix, int drop)
        {
            var form = prefix + t[drop..];
            if (form.Length > 1 && !forms.Contains(form))
            {
                forms.Add(form);
            }
        }

        // Nasal and aspirate mutations: the digraphs first, so "ngh" is not read as "ng" + "h".
        if (t.StartsWith("ngh", StringComparison.Ordinal)) Add("c", 3);
        else if (t.StartsWith("ng", StringComparison.Ordinal)) Add("g", 2);
        else if (t.StartsWith("mh", StringComparison.Ordinal)) Add("p", 2);
        else if (t.StartsWith("nh", StringComparison.Ordinal)) Add("t", 2);
        else if (t.StartsWith("ch", StringComparison.Ordinal)) Add("c", 2);
        else if (t.StartsWith("ph", StringComparison.Ordinal)) Add("p", 2);
        else if (t.StartsWith("th", StringComparison.Ordinal)) Add("t", 2);
        else if (t.StartsWith("dd", StringComparison.Ordinal)) Add("d", 2);
        else if (t.StartsWith("ff", StringComparison.Ordinal) || t.StartsWith("ll", StringComparison.Ordinal) || t.StartsWith("rh", StringComparison.Ordinal))
        {
            // Radical digraphs: never the result of a mutation.
        }
        else if (t.Length > 1)
        {
            switch (t[0])
            {
                case 'g': Add("c", 1); break;                   // soft c > g
                case 'b': Add("p", 1); break;                   // soft p > b
                case 'd': Add("t", 1); break;                   // soft t > d
                case 'f': Add("b", 1); Add("m", 1); break;      // soft b > f, m > f
                case 'm': Add("b", 1); break;                   // nasal b > m
                case 'n': Add("d", 1); break;                   // nasal d > n
                case 'l': Add("ll", 1); Add("g", 0); break;     // soft ll > l, g > - before l
                case 'r': Add("rh", 1); Add("g", 0); break;     // soft rh > r, g > - before r
                case 'h' when IsVowel(t[1]): Add("", 1); break; // h-prothesis
                default:
                    if (IsVowel(t[0]))
                    {
                        Add("g", 0);                            // soft g > - before a vowel
                    }

                    break;
            }
        }

        return forms;
    }

    // Each mutation as the start a word has and the start of its radical, read backwards.
    private static readonly (string Mutated, string Radical)[] Mutations =
    [
        ("ngh", "c"), ("ng", "g"), ("mh", "p"), ("nh", "t"), ("ch", "c"), ("ph", "p"), ("th", "t"), ("dd", "d"),
        ("g", "c"), ("b", "p"), ("d", "t"), ("f", "b"), ("f", "m"), ("m", "b"), ("n", "d"), ("l", "ll"), ("r", "rh"),
        ("h", ""), ("", "g"),
    ];

    /// <summary>
    /// Every way the radical (or a radical's beginning) can be written: itself and each mutation of it that
    /// <see cref="Forms"/> takes back to it. "gwyddon" gives "wyddon" and "ngwyddon"; what is written as typed in
    /// titles is matched by these.
    /// </summary>
    /// <remarks>
    /// A word's beginning (what a prefix search or a suggestion has typed so far) is mutated without that check: "gw"
    /// is too short to be read back as a word, yet "w" begins "wyddoniaeth".
    /// </remarks>
    public static IReadOnlyList<string> Written(string radical, bool beginning = false)
    {
        var words = new List<string> { radical };
        foreach (var (mutated, start) in Mutations)
        {
            if (radical.StartsWith(start, StringComparison.Ordinal) && radical.Length > start.Length)
            {
                var word = mutated + radical[start.Length..];
                if (!words.Contains(word) && (beginning || Forms(word).Contains(radical)))
                {
                    words.Add(word);
                }
            }
        }

        return words;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'w' or 'y';
}
