using Lucene.Net.Search;
using Psqm.Core.Search;

namespace Psqm.Modules.Search.Engine;

public sealed partial class LuceneSearchIndex
{
    public const string EngineError = "That search could not be run. Try fewer or simpler words.";

    /// <summary>Pages beyond this are not ranked: nobody reads ten thousand results, and the ranking holds each one it passes.</summary>
    private const int MostPages = 1_000;

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
            return new SearchResults(hits.ToList(), tally.Kept)
            {
                Facets = filter.Facets(tally.Counts, index.Codes),
                Notices = notices,
                DidYouMean = tally.Matched == 0 ? Spelling.Suggest(searcher.IndexReader, matches, query, match, request.Cultures) : null,
                Page = page,
                Pages = pages,
            };
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            // Queries are built from at most sixteen terms of a few forms each, so this is a safety net, not a path.
            return SearchResults.Empty with { Notices = [.. notices, EngineError] };
        }
    }
}
