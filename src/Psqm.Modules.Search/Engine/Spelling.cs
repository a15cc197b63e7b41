using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Psqm.Modules.Search.Engine;

/// <summary>
/// "Did you mean": a query word that the index has under none of its forms is replaced by the nearest word
/// the index does have (at most two edits, one for short words), the commonest when several are as near.
/// </summary>
internal static class Spelling
{
    public static string? Suggest(IndexReader reader, SearchQuery query, MatchExpression match, IReadOnlyList<string> cultures)
    {
        var replacements = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in match.Words.Distinct())
        {
            if (word.Length < 3 || word.Any(char.IsDigit) || Known(reader, word, cultures))
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
    private static bool Known(IndexReader reader, string word, IReadOnlyList<string> cultures) =>
        cultures.SelectMany(c => TextAnalyzer.Forms(word, c)).Distinct().Any(f => reader.DocFreq(new Term(IndexFields.Title, f)) > 0 || reader.DocFreq(new Term(IndexFields.Body, f)) > 0)
        || reader.DocFreq(new Term(IndexFields.TitleWords, word)) > 0 || reader.DocFreq(new Term(IndexFields.BodyWords, word)) > 0;

    private static string? Nearest(IndexReader reader, string word)
    {
        // Words as written that start with the same two letters: a misspelling rarely changes them, and it keeps the
        // walk through the index's words short.
        var start = word[..2];
        var limit = word.Length <= 4 ? 1 : 2;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestDocs = 0;
        foreach (var field in new[] { IndexFields.TitleWords, IndexFields.BodyWords })
        {
            var terms = MultiFields.GetTerms(reader, field)?.GetEnumerator();
            if (terms is null || terms.SeekCeil(new BytesRef(start)) == TermsEnum.SeekStatus.END)
            {
                continue;
            }

            do
            {
                var term = terms.Term.Utf8ToString();
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
                    (best, bestDistance, bestDocs) = (term, distance, docs);
                }
            }
            while (terms.MoveNext());
        }

        return best;
    }

    /// <summary>Edits between two words (insert, delete, substitute, swap two neighbours), or more than the limit.</summary>
    public static int Distance(string a, string b, int limit)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
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

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
