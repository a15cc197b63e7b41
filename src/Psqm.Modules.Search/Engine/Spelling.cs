using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Psqm.Modules.Search.Engine;

/// <summary>
/// "Did you mean": a query word that the index has under none of its forms is replaced by the nearest word
/// the index does have (at most two edits, one for short words), the commonest when several are as near.
/// </summary>
internal static class Spelling
{
    public static string? Suggest(IndexReader reader, MatchSet terms, SearchQuery query, MatchExpression match, IReadOnlyList<string> cultures)
    {
        var replacements = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in match.Words.Distinct())
        {
            if (word.Length < 3 || word.Any(char.IsDigit) || Known(terms, word, cultures))
            {
                continue;
            }

            if (Nearest(reader, word) is { } nearest)
            {
                replacements[word] = nearest;
            }
        }

        if (replacements.Count == 0)
        {
            return null;
        }

        var corrected = query.Required.Select(a => string.Join(" OR ", a.Select(t => !t.Phrase && !t.Prefix && replacements.TryGetValue(t.Words[0], out var r) ? r : t.ToString())))
            .Concat(query.Excluded.Select(e => "-" + e));
        return string.Join(' ', corrected);
    }

    // Any entry with the word, under any of its forms or as written.
    private static bool Known(MatchSet terms, string word, IReadOnlyList<string> cultures)
    {
        var forms = cultures.SelectMany(c => TextAnalyzer.Forms(word, c)).Distinct().ToList();
        return forms.Any(f => terms.Has(new Term(IndexFields.Title, f)) || terms.Has(new Term(IndexFields.Body, f)))
            || MatchExpression.Written(forms).Any(w => terms.Has(new Term(IndexFields.WelshTitle, w)) || terms.Has(new Term(IndexFields.WelshBody, w)))
            || WrittenFields.Any(field => terms.Has(new Term(field, word)));
    }

    // Where the words are as written, in either language.
    private static readonly string[] WrittenFields = [IndexFields.TitleWords, IndexFields.BodyWords, IndexFields.WelshTitle, IndexFields.WelshBody];

    private static string? Nearest(IndexReader reader, string word)
    {
        // Words as written that start with the same two letters: a misspelling rarely changes them, and it keeps the
        // walk through the index's words short.
        var start = word[..2];
        var limit = word.Length <= 4 ? 1 : 2;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestDocs = 0;
        var chars = new CharsRef(Math.Max(16, word.Length + limit));
        foreach (var field in WrittenFields)
        {
            var terms = MultiFields.GetTerms(reader, field)?.GetEnumerator();
            if (terms is null || terms.SeekCeil(new BytesRef(start)) == TermsEnum.SeekStatus.END)
            {
                continue;
            }

            do
            {
                // Each word is decoded into one buffer, and only a near one is made a string.
                UnicodeUtil.UTF8toUTF16(terms.Term, chars);
                var term = chars.Chars.AsSpan(0, chars.Length);
                if (!term.StartsWith(start, StringComparison.Ordinal))
                {
                    break;
                }

                if (Math.Abs(term.Length - word.Length) > limit)
                {
                    continue;
                }

                var distance = Distance(word, term, limit);
                var docs = terms.DocFreq;
                if (distance <= limit && (distance < bestDistance || (distance == bestDistance && docs > bestDocs)))
                {
                    (best, bestDistance, bestDocs) = (term.ToString(), distance, docs);
                }
            }
            while (terms.MoveNext());
        }

        return best;
    }

    /// <summary>Edits between two words (insert, delete, substitute, swap two neighbours), or more than the limit.</summary>
    public static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        // Three rows of at most a word's length (words are at most forty letters): on the stack, as every
        // word near in length to the one sought is measured.
        var row = b.Length + 1;
        Span<int> rows = row <= 128 ? stackalloc int[3 * row] : new int[3 * row];
        var previous2 = rows[..row];
        var previous = rows.Slice(row, row);
        var current = rows.Slice(2 * row, row);
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], previous2[j - 2] + 1);
                }

                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            var oldest = previous2;
            previous2 = previous;
            previous = current;
            current = oldest;
        }

        return previous[b.Length];
    }
}
