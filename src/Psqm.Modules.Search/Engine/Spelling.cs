using System.Data.Common;
using Microsoft.Data.Sqlite;
using Psqm.Core.Search;

namespace Psqm.Modules.Search.Engine;

/// <summary>
/// "Did you mean": a query word that the index has under none of its forms is replaced by the nearest word
/// the index does have (at most two edits, one for short words), the commonest when several are as near.
/// </summary>
internal static class Spelling
{
    public static async Task<string?> SuggestAsync(DbCommand command, SearchQuery query, MatchExpression match, IReadOnlyList<string> cultures, CancellationToken cancellationToken)
    {
        var replacements = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in match.Words.Distinct())
        {
            if (word.Length < 3 || word.Any(char.IsDigit) || await KnownAsync(command, word, cultures, cancellationToken))
            {
                continue;
            }

            if (await NearestAsync(command, word, cancellationToken) is { } nearest)
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
    private static async Task<bool> KnownAsync(DbCommand command, string word, IReadOnlyList<string> cultures, CancellationToken cancellationToken)
    {
        var forms = cultures.SelectMany(c => TextAnalyzer.Forms(word, c)).Append(word).Distinct().Select(f => "\"" + f + "\"");
        command.Parameters.Clear();
        command.CommandText = "SELECT rowid FROM SearchText WHERE SearchText MATCH $match LIMIT 1;";
        command.Parameters.Add(new SqliteParameter("$match", "(" + string.Join(" OR ", forms) + ")"));
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    private static async Task<string?> NearestAsync(DbCommand command, string word, CancellationToken cancellationToken)
    {
        // Words as written (the phrase columns) that start with the same two letters: a misspelling rarely changes
        // them, and the engine counts documents for every word it reads here, so the range is kept narrow.
        command.Parameters.Clear();
        command.CommandText = "SELECT term, doc FROM SearchVocab WHERE term >= $low AND term < $high AND col IN ('ptitle', 'pbody');";
        command.Parameters.Add(new SqliteParameter("$low", word[..2]));
        command.Parameters.Add(new SqliteParameter("$high", word[..2] + "\uffff"));
        var limit = word.Length <= 4 ? 1 : 2;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestDocs = 0L;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var term = reader.GetString(0);
            if (Math.Abs(term.Length - word.Length) > limit)
            {
                continue;
            }

            var distance = Distance(word, term, limit);
            var docs = reader.GetInt64(1);
            if (distance <= limit && (distance < bestDistance || (distance == bestDistance && docs > bestDocs)))
            {
                (best, bestDistance, bestDocs) = (term, distance, docs);
            }
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
