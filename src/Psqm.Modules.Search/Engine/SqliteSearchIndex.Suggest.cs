using System.Globalization;
using Microsoft.Data.Sqlite;
using Psqm.Core.Search;

namespace Psqm.Modules.Search.Engine;

public sealed partial class SqliteSearchIndex
{
    /// <summary>The most words of a typed beginning that are looked at: more narrows nothing a title can still match.</summary>
    private const int MaxSuggestWords = 6;

    /// <summary>Shorter titles first: a suggestion names a page, and a long sentence (a criterion) is rarely what is sought.</summary>
    public async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string text, string culture, bool member, int take, CancellationToken cancellationToken = default)
    {
        var match = SuggestMatch(text, culture);
        if (match is null)
        {
            return [];
        }

        await using var connection = await OpenAsync(cancellationToken);
        var command = connection.Command;
        command.Parameters.Clear();
        command.CommandText = """
            SELECT e.Title, e.Page, e.Route, e.Fragment, e.Culture
            FROM SearchText JOIN SearchEntries e ON e.Id = SearchText.rowid
            WHERE SearchText MATCH $match AND e.Culture = $culture AND (e.MembersOnly = 0 OR $member)
            ORDER BY length(e.Title), rank LIMIT $take;
            """;
        command.Parameters.Add(new SqliteParameter("$match", match));
        command.Parameters.Add(new SqliteParameter("$culture", culture));
        command.Parameters.Add(new SqliteParameter("$member", member ? 1L : 0L));
        command.Parameters.Add(new SqliteParameter("$take", (long)take));
        var suggestions = new List<SearchSuggestion>(take);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            suggestions.Add(new SearchSuggestion(reader.GetString(4), reader.GetString(0))
            {
                Page = reader.GetString(1), Route = reader.GetString(2), Fragment = reader.IsDBNull(3) ? null : reader.GetString(3),
            });
        }

        return suggestions;
    }

    /// <summary>
    /// The titles' folded words (<c>ptitle</c>, stop words kept): each typed word whole, the last as a beginning, each
    /// Welsh word in its radical forms too. Null when nothing was typed that could match.
    /// </summary>
    internal static string? SuggestMatch(string text, string culture)
    {
        var words = TextAnalyzer.Words(text).Select(w => WelshForms.Fold(text.Substring(w.Start, w.Length))).Take(MaxSuggestWords).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var groups = words.Select((word, i) =>
        {
            var forms = TextAnalyzer.IsWelsh(culture) ? WelshForms.Forms(word) : [word];
            var last = i == words.Count - 1;
            return "(" + string.Join(" OR ", forms.Select(f => "\"" + f.Replace("\"", "", StringComparison.Ordinal) + "\"" + (last ? "*" : ""))) + ")";
        });
        return "{ptitle} : (" + string.Join(" AND ", groups) + ")";
    }
}
