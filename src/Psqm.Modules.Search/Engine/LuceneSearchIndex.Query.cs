using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Psqm.Core.Search;

namespace Psqm.Modules.Search.Engine;

public sealed partial class LuceneSearchIndex
{
    public const string EngineError = "That search could not be run. Try fewer or simpler words.";

    /// <summary>Pages beyond this are not ranked: nobody reads ten thousand results, and the ranking holds each one it passes.</summary>
    private const int MostPages = 1_000;

    /// <summary>Answers kept for each state of an index; past this the oldest are let go all at once.</summary>
    private const int MostAnswers = 512;

    // What a search answered, for as long as the index is as it was: the same search asked again (most people ask a
    // few of the same things) is answered without reading the index. A change opens a new reader, and its answers
    // start empty; the old ones go with the old reader.
    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, SearchResults>> Answers = [];

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        var query = SearchQuery.Parse(request.Query);
        if (query.IsEmpty)
        {
            return SearchResults.Empty with { Notices = query.Notices };
        }

        var index = await ReadyAsync(cancellationToken);
        var notices = index.Building ? [.. query.Notices, TenantIndex.Incomplete] : query.Notices;
        using var lease = index.Acquire();
        var searcher = lease.Searcher;

        // While the index is being built its answers are incomplete, so none is kept.
        var answers = index.Building ? null : Answers.GetValue(searcher.IndexReader, _ => new(StringComparer.Ordinal));
        var asked = answers is null ? "" : Asked(request);
        if (answers is not null && answers.TryGetValue(asked, out var answered))
        {
            return answered;
        }

        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            // Every segment's facet values have their bits before the chosen ones are looked up.
            SegmentData.Of(leaf.AtomicReader, index.Codes);
        }

        var match = MatchExpression.Build(query, request.Cultures, request.Cultures.Count > 1 ? index.Glossary : []);
        var filter = FacetFilter.From(request.Filters, index.Codes);
        try
        {
            // Every match is counted unscored; only those that can reach the pages asked for are scored.
            var needed = Math.Min(request.Page, MostPages) * request.PageSize;
            using var sets = new BitSets(searcher.IndexReader.MaxDoc);
            var matches = new MatchSet(searcher, sets);
            var inTitle = matches.Of(match.TitleMatch);
            var direct = match.Untranslated is { } untranslated ? matches.Of(untranslated) : null;
            var tally = Tally.Count(searcher.IndexReader, sets, matches.Of(match.Match), inTitle, direct, index.Codes, filter, request.Member, needed);
            var ranking = new RankingCollector(index.Codes, inTitle, direct, needed);
            if (tally.Kept > 0)
            {
                searcher.Search(matches.Scored(match.Match), tally.Filter(sets), ranking);
            }

            var pages = Math.Max(1, (tally.Kept + request.PageSize - 1) / request.PageSize);
            var page = Math.Clamp(request.Page, 1, Math.Min(pages, MostPages));
            var hits = ranking.Top().Skip((page - 1) * request.PageSize).Take(request.PageSize).Select(row =>
                IndexFields.Hit(ShownEntry.Read(searcher.IndexReader, row.Doc, withText: true), (culture, title, text) => (Highlighter.Whole(title, culture, match), Highlighter.Snippet(text, culture, match)))
                with { Translated = row.Translated });
            var results = new SearchResults(hits.ToList(), tally.Kept)
            {
                Facets = filter.Facets(tally.Counts, index.Codes),
                Notices = notices,
                DidYouMean = tally.Matched == 0 ? Spelling.Suggest(searcher.IndexReader, matches, query, match, request.Cultures) : null,
                Page = page,
                Pages = pages,
            };
            if (answers is not null)
            {
                if (answers.Count >= MostAnswers)
                {
                    answers.Clear();
                }

                answers[asked] = results;
            }

            return results;
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            // Queries are built from at most sixteen terms of a few forms each, so this is a safety net, not a path.
            return SearchResults.Empty with { Notices = [.. notices, EngineError] };
        }
    }

    // Everything a search's answer depends on besides the index, in one string. Each value is written after its length,
    // so no value someone types (a comma, a bar) can make two different searches one key and be answered for another.
    private static string Asked(SearchRequest request)
    {
        var key = new StringBuilder(request.Query.Length + 64)
            .Append(request.Page).Append('|').Append(request.PageSize).Append('|').Append(request.Member ? 'm' : 'v');
        foreach (var culture in request.Cultures)
        {
            Part(key.Append('c'), culture);
        }

        foreach (var (facet, values) in request.Filters.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            Part(key.Append('f'), facet);
            foreach (var value in values.Order(StringComparer.Ordinal))
            {
                Part(key.Append('v'), value);
            }
        }

        return Part(key.Append('q'), request.Query).ToString();
    }

    private static StringBuilder Part(StringBuilder key, string value) => key.Append(value.Length).Append(':').Append(value);
}
