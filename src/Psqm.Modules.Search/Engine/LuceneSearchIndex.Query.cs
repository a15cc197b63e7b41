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
            var inTitle = RankingCollector.Matches(searcher, match.TitleMatch);
            var direct = match.Untranslated is { } untranslated ? RankingCollector.Matches(searcher, untranslated) : null;
            var collector = new RankingCollector(index.Codes, filter, request.Member, inTitle, direct, Math.Min(request.Page, MostPages) * request.PageSize);
            searcher.Search(match.Match, collector);

            var pages = Math.Max(1, (collector.Kept + request.PageSize - 1) / request.PageSize);
            var page = Math.Clamp(request.Page, 1, Math.Min(pages, MostPages));
            var hits = collector.Top().Skip((page - 1) * request.PageSize).Take(request.PageSize).Select(row =>
                IndexFields.Hit(searcher.Doc(row.Doc, IndexFields.Shown), (culture, title, text) => (Highlighter.Whole(title, culture, match), Highlighter.Snippet(text, culture, match)))
                with { Translated = row.Translated });
            return new SearchResults(hits.ToList(), collector.Kept)
            {
                Facets = filter.Facets(collector.Counts, index.Codes),
                Notices = notices,
                DidYouMean = collector.Matched == 0 ? Spelling.Suggest(searcher.IndexReader, query, match, request.Cultures) : null,
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
