using System.Data.Common;
using System.Globalization;
using System.Numerics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Psqm.Core.Search;

namespace Psqm.Modules.Search.Engine;

public sealed partial class SqliteSearchIndex
{
    public const string EngineError = "That search could not be run. Try fewer or simpler words.";

    // Title columns weigh ten times the body, for words and for phrases alike.
    private const string Bm25 = "bm25(SearchText, 10.0, 1.0, 10.0, 1.0)";

    /// <summary>
    /// Finds every match by row id alone (no scoring), counts facets and filters from memory, then scores as
    /// little as the page needs: when enough titles match, only they are scored, since title matches rank first;
    /// otherwise every match is, as a stock engine would.
    /// </summary>
    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        var query = SearchQuery.Parse(request.Query);
        if (query.IsEmpty)
        {
            return SearchResults.Empty with { Notices = query.Notices };
        }

        await using var connection = await OpenAsync(cancellationToken);
        var command = connection.Command;
        var state = await IndexState.GetAsync(command, Database, cancellationToken);
        var match = MatchExpression.Build(query, request.Cultures, request.Cultures.Count > 1 ? state.Glossary : []);
        var filter = Filter.From(request.Filters, state.Codes);
        try
        {
            // The titles are read on a second connection meanwhile: a search is mostly waiting on the engine.
            var titlesTask = TitlesAsync(Database, match, state.Size, cancellationToken);
            var all = await IdsAsync(command, match.Match, cancellationToken);
            var counts = filter.Count(all, state, request.Member, out var kept);
            var pages = Math.Max(1, (kept.Count + request.PageSize - 1) / request.PageSize);
            var page = Math.Clamp(request.Page, 1, pages);
            var ranked = await RankAsync(command, match, kept, await titlesTask, page * request.PageSize, state, cancellationToken);
            var onPage = ranked.Skip((page - 1) * request.PageSize).Take(request.PageSize).ToList();
            return new SearchResults(await HitsAsync(command, onPage, match, cancellationToken), kept.Count)
            {
                Facets = filter.Facets(counts, state.Codes),
                Notices = query.Notices,
                DidYouMean = all.Count == 0 ? await Spelling.SuggestAsync(command, query, match, request.Cultures, cancellationToken) : null,
                Page = page,
                Pages = pages,
            };
        }
        catch (SqliteException)
        {
            // The expression is built from quoted letters and digits only, so this is a safety net, not a path.
            return SearchResults.Empty with { Notices = [.. query.Notices, EngineError] };
        }
    }

    // Matches typed as written before glossary translations; then title matches; then bm25; then the most recent.
    private static async Task<List<Row>> RankAsync(
        DbCommand command, MatchExpression match, List<long> kept, (List<long> Ids, bool[]? Direct) titleMatches, int needed, IndexState state, CancellationToken cancellationToken)
    {
        if (kept.Count == 0)
        {
            return [];
        }

        var size = state.Size;
        var keep = new bool[size];
        foreach (var id in kept)
        {
            keep[id] = true;
        }

        // Fast path: when the titles that match as typed fill the page, only they are ranked, and without asking
        // the engine for scores. For words found in a title (once, as they nearly always are) title BM25 comes down
        // to the title's length, so shorter titles first; the length is in memory. Whether a title matched as
        // typed is judged on the titles alone, which is all that ranks here.
        var (titles, direct) = titleMatches;
        titles.RemoveAll(id => id >= size || !keep[id]);
        var rows = new List<Row>(titles.Count);
        if (titles.Count(id => direct is null || direct[id]) >= needed)
        {
            foreach (var id in titles)
            {
                rows.Add(new Row(id, state.TitleLength[id], state.Day[id], direct is not null && !direct[id], true));
            }
        }
        else
        {
            var inTitle = new bool[size];
            titles.ForEach(id => inTitle[id] = true);
            direct = match.Untranslated is { } untranslated ? await FlagsAsync(command, untranslated, size, cancellationToken) : null;
            foreach (var (id, score) in await ScoresAsync(command, match.Match, keep, cancellationToken))
            {
                rows.Add(new Row(id, Math.Round(score, 2), state.Day[id], direct is not null && !direct[id], inTitle[id]));
            }
        }

        rows.Sort(Row.Ranking);
        return rows;
    }

    // Which entries match in the title, and which of those as typed (without glossary translations).
    private static Task<(List<long> Ids, bool[]? Direct)> TitlesAsync(string database, MatchExpression match, int size, CancellationToken cancellationToken) =>
        Task.Run(
            async () =>
            {
                await using var connection = new SqliteConnection(database);
                await connection.OpenAsync(cancellationToken);
                await using var command = connection.CreateCommand();
                var ids = await IdsAsync(command, match.TitleMatch, cancellationToken);
                var direct = match.UntranslatedTitle is { } untranslated ? await FlagsAsync(command, untranslated, size, cancellationToken) : null;
                return (ids, direct);
            },
            cancellationToken);

    private static async Task<bool[]> FlagsAsync(DbCommand command, string match, int size, CancellationToken cancellationToken)
    {
        var flags = new bool[size];
        foreach (var id in await IdsAsync(command, match, cancellationToken))
        {
            if (id < size)
            {
                flags[id] = true;
            }
        }

        return flags;
    }

    // The reads below are synchronous on purpose: SQLite has no asynchronous I/O, and awaiting each of
    // tens of thousands of rows costs more than the rows do.
    private static async Task<List<long>> IdsAsync(DbCommand command, string match, CancellationToken cancellationToken)
    {
        command.Parameters.Clear();
        command.CommandText = "SELECT rowid FROM SearchText WHERE SearchText MATCH $match;";
        command.Parameters.Add(new SqliteParameter("$match", match));
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    private static async Task<List<(long Id, double Score)>> ScoresAsync(DbCommand command, string match, bool[] keep, CancellationToken cancellationToken)
    {
        command.Parameters.Clear();
        command.CommandText = $"SELECT rowid, {Bm25} FROM SearchText WHERE SearchText MATCH $match;";
        command.Parameters.Add(new SqliteParameter("$match", match));
        var scores = new List<(long, double)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            if (id < keep.Length && keep[id])
            {
                scores.Add((id, reader.GetDouble(1)));
            }
        }

        return scores;
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

    /// <summary>One match to rank: its bm25 score (lower is better), day, and the two tiers above the score.</summary>
    internal readonly record struct Row(long Id, double Score, int Day, bool Translated, bool InTitle)
    {
        // bm25 gives almost nothing to a word most entries have, so the title decides before the score does.
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
        /// Counts per facet bit, each facet over the matches that pass every other facet's filter, so choosing a
        /// topic still shows how many there are under the other topics. Gives back the matches that pass them all.
        /// </summary>
        public int[][] Count(List<long> ids, IndexState state, bool member, out List<long> kept)
        {
            var counts = new int[4][];
            for (var f = 0; f < 4; f++)
            {
                counts[f] = new int[FacetCodes.MaxBits];
            }

            kept = new List<long>(ids.Count);
            Span<bool> pass = stackalloc bool[4];
            foreach (var id in ids)
            {
                if (!state.Exists(id) || (!member && state.MembersOnly(id)))
                {
                    continue;
                }

                var failed = 0;
                for (var f = 0; f < 4; f++)
                {
                    pass[f] = !_active[f] || (state.Masks[f][id] & _masks[f]) != 0;
                    failed += pass[f] ? 0 : 1;
                }

                if (failed == 0)
                {
                    kept.Add(id);
                }

                for (var f = 0; f < 4; f++)
                {
                    if (failed == 0 || (failed == 1 && !pass[f]))
                    {
                        var mask = (ulong)state.Masks[f][id];
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
