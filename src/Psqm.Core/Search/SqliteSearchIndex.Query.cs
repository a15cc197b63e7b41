using System.Data.Common;
using System.Globalization;
using System.Numerics;
using Microsoft.Data.Sqlite;

namespace Psqm.Core.Search;

public sealed partial class SqliteSearchIndex
{
    public const string EngineError = "That search could not be run. Try fewer or simpler words.";

    // Title columns weigh ten times the body, for words and for phrases alike.
    private const string MatchSql = """
        SELECT e.Id, bm25(SearchText, 10.0, 1.0, 10.0, 1.0), e.TypeMask, e.TopicMask, e.KeyStageMask, e.LanguageMask, e.Day, e.MembersOnly
        FROM SearchText JOIN SearchEntries e ON e.Id = SearchText.rowid
        WHERE SearchText MATCH $match;
        """;

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        var query = SearchQuery.Parse(request.Query);
        if (query.IsEmpty)
        {
            return SearchResults.Empty with { Notices = query.Notices };
        }

        await using var connection = await OpenAsync(cancellationToken);
        var command = connection.Command;
        var glossary = request.Cultures.Count > 1 ? await GlossaryAsync(command, cancellationToken) : [];
        var match = MatchExpression.Build(query, request.Cultures, glossary);
        var codes = await FacetCodes.LoadAsync(command, cancellationToken);
        var filter = Filter.From(request.Filters, codes);
        List<Row> rows;
        HashSet<long>? direct = null;
        HashSet<long> inTitle;
        try
        {
            rows = await MatchesAsync(command, match.Match, request.Member, cancellationToken);
            inTitle = rows.Count == 0 ? [] : await IdsAsync(command, match.TitleMatch, cancellationToken);
            if (match.Untranslated is { } untranslated)
            {
                direct = await IdsAsync(command, untranslated, cancellationToken);
            }
        }
        catch (SqliteException)
        {
            // The expression is built from quoted letters and digits only, so this is a safety net, not a path.
            return SearchResults.Empty with { Notices = [.. query.Notices, EngineError] };
        }

        var counts = filter.Count(rows, out var kept);
        for (var i = 0; i < kept.Count; i++)
        {
            var id = kept[i].Id;
            kept[i] = kept[i] with { Translated = direct is not null && !direct.Contains(id), InTitle = inTitle.Contains(id) };
        }

        kept.Sort(Row.Ranking);
        var pages = Math.Max(1, (kept.Count + request.PageSize - 1) / request.PageSize);
        var page = Math.Clamp(request.Page, 1, pages);
        var onPage = kept.Skip((page - 1) * request.PageSize).Take(request.PageSize).ToList();
        var hits = await HitsAsync(command, onPage, match, cancellationToken);
        return new SearchResults(hits, kept.Count)
        {
            Facets = filter.Facets(counts, codes),
            Notices = query.Notices,
            DidYouMean = await Spelling.SuggestAsync(command, query, match, request.Cultures, cancellationToken),
            Page = page,
            Pages = pages,
        };
    }

    /// <summary>The raw engine work for a query, for measuring what the rest costs beside it.</summary>
    public async Task<int> RawMatchCountAsync(string query, IReadOnlyList<string> cultures, CancellationToken cancellationToken = default)
    {
        var parsed = SearchQuery.Parse(query);
        if (parsed.IsEmpty)
        {
            return 0;
        }

        await using var connection = await OpenAsync(cancellationToken);
        var match = MatchExpression.Build(parsed, cultures, []);
        connection.Command.CommandText = "SELECT rowid FROM SearchText WHERE SearchText MATCH $match ORDER BY bm25(SearchText, 10.0, 1.0, 10.0, 1.0) LIMIT 10;";
        connection.Command.Parameters.Add(new SqliteParameter("$match", match.Match));
        var count = 0;
        await using var reader = await connection.Command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            count++;
        }

        return count;
    }

    private static async Task<IReadOnlyList<GlossaryPair>> GlossaryAsync(DbCommand command, CancellationToken cancellationToken)
    {
        command.Parameters.Clear();
        command.CommandText = "SELECT En, Cy FROM SearchGlossary;";
        var pairs = new List<GlossaryPair>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            pairs.Add(new GlossaryPair(reader.GetString(0), reader.GetString(1)));
        }

        return pairs;
    }

    private static async Task<List<Row>> MatchesAsync(DbCommand command, string match, bool member, CancellationToken cancellationToken)
    {
        command.Parameters.Clear();
        command.CommandText = MatchSql;
        command.Parameters.Add(new SqliteParameter("$match", match));
        var rows = new List<Row>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (!member && reader.GetInt64(7) != 0)
            {
                continue;
            }

            rows.Add(new Row(
                reader.GetInt64(0),
                Math.Round(reader.GetDouble(1), 2),
                [reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5)],
                reader.GetInt64(6)));
        }

        return rows;
    }

    private static async Task<HashSet<long>> IdsAsync(DbCommand command, string match, CancellationToken cancellationToken)
    {
        command.Parameters.Clear();
        command.CommandText = "SELECT rowid FROM SearchText WHERE SearchText MATCH $match;";
        command.Parameters.Add(new SqliteParameter("$match", match));
        var ids = new HashSet<long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    private static async Task<IReadOnlyList<SearchHit>> HitsAsync(DbCommand command, List<Row> rows, MatchExpression match, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        command.Parameters.Clear();
        command.CommandText = "SELECT Id, Type, Culture, Title, Text, Page, Route, Fragment, Date, MembersOnly, Topics, KeyStages FROM SearchEntries WHERE Id IN ("
            + string.Join(',', rows.Select(r => r.Id.ToString(CultureInfo.InvariantCulture))) + ");";
        var hits = new Dictionary<long, SearchHit>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var culture = reader.GetString(2);
                hits[reader.GetInt64(0)] = new SearchHit(
                    reader.GetString(1),
                    culture,
                    Highlighter.Whole(reader.GetString(3), culture, match),
                    Highlighter.Snippet(reader.GetString(4), culture, match))
                {
                    Page = reader.GetString(5),
                    Route = reader.GetString(6),
                    Fragment = reader.IsDBNull(7) ? null : reader.GetString(7),
                    Date = reader.IsDBNull(8) ? null : DateTime.Parse(reader.GetString(8), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                    MembersOnly = reader.GetInt64(9) != 0,
                    Topics = reader.GetString(10).Split(' ', StringSplitOptions.RemoveEmptyEntries),
                    KeyStages = reader.GetString(11).Split(' ', StringSplitOptions.RemoveEmptyEntries),
                };
            }
        }

        return rows.Where(r => hits.ContainsKey(r.Id)).Select(r => hits[r.Id] with { Translated = r.Translated }).ToList();
    }

    /// <summary>One match: its score (lower is better, as bm25 gives it), facet masks and day, for ranking and counting.</summary>
    internal readonly record struct Row(long Id, double Score, long[] Masks, long Day)
    {
        public bool Translated { get; init; }

        public bool InTitle { get; init; }

        // Words as typed before glossary translations, then matches in the title, then relevance, then the most
        // recent. The title comes before the score because bm25 gives almost nothing to a word in most entries.
        public static int Ranking(Row a, Row b)
        {
            var order = a.Translated.CompareTo(b.Translated);
            if (order == 0) order = b.InTitle.CompareTo(a.InTitle);
            if (order == 0) order = a.Score.CompareTo(b.Score);
            if (order == 0) order = b.Day.CompareTo(a.Day);
            return order == 0 ? a.Id.CompareTo(b.Id) : order;
        }
    }

    /// <summary>The chosen facet values as masks: within a facet any value may match, across facets all must.</summary>
    internal sealed class Filter
    {
        private readonly long[] _masks = new long[4];
        private readonly bool[] _active = new bool[4];
        private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _chosen;

        private Filter(IReadOnlyDictionary<string, IReadOnlyList<string>> chosen) => _chosen = chosen;

        public static Filter From(IReadOnlyDictionary<string, IReadOnlyList<string>> chosen, FacetCodes codes)
        {
            var filter = new Filter(chosen);
            for (var f = 0; f < SearchFacets.All.Count; f++)
            {
                if (chosen.TryGetValue(SearchFacets.All[f], out var values) && values.Count > 0)
                {
                    // A value nobody has (a stale link) leaves the mask empty, so nothing matches it.
                    filter._active[f] = true;
                    foreach (var value in values)
                    {
                        if (codes.Bit(SearchFacets.All[f], value) is { } bit)
                        {
                            filter._masks[f] |= 1L << bit;
                        }
                    }
                }
            }

            return filter;
        }

        /// <summary>
        /// Counts per facet bit, each facet over the rows that pass every other facet's filter, so choosing a
        /// topic still shows how many there are under the other topics. Returns the rows that pass them all.
        /// </summary>
        public int[][] Count(List<Row> rows, out List<Row> kept)
        {
            var counts = new int[4][];
            for (var f = 0; f < 4; f++)
            {
                counts[f] = new int[FacetCodes.MaxBits];
            }

            kept = new List<Row>(rows.Count);
            Span<bool> pass = stackalloc bool[4];
            foreach (var row in rows)
            {
                var failed = 0;
                for (var f = 0; f < 4; f++)
                {
                    pass[f] = !_active[f] || (row.Masks[f] & _masks[f]) != 0;
                    failed += pass[f] ? 0 : 1;
                }

                if (failed == 0)
                {
                    kept.Add(row);
                }

                for (var f = 0; f < 4; f++)
                {
                    if (failed == 0 || (failed == 1 && !pass[f]))
                    {
                        var mask = (ulong)row.Masks[f];
                        while (mask != 0)
                        {
                            counts[f][BitOperations.TrailingZeroCount(mask)]++;
                            mask &= mask - 1;
                        }
                    }
                }
            }

            return counts;
        }

        public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets(int[][] counts, FacetCodes codes)
        {
            var facets = new Dictionary<string, IReadOnlyList<FacetValue>>();
            for (var f = 0; f < SearchFacets.All.Count; f++)
            {
                var name = SearchFacets.All[f];
                var chosen = _chosen.TryGetValue(name, out var values) ? values : [];
                facets[name] = codes.Values(name)
                    .Select(v => new FacetValue(v.Value, counts[f][v.Bit], chosen.Contains(v.Value)))
                    .Where(v => v.Count > 0 || v.Selected)
                    .OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)
                    .ToList();
            }

            return facets;
        }
    }
}
