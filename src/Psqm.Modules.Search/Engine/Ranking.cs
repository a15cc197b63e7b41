using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Psqm.Core.Search;

namespace Psqm.Modules.Search.Engine;

/// <summary>One match to rank: its score, day, and the two tiers above the score.</summary>
internal readonly record struct Row(int Doc, double Score, int Day, bool Translated, bool InTitle)
{
    // Matches as typed before glossary translations; then title matches; then the score; then the most recent.
    // The score gives little to a word most entries have, so the title decides before it does.
    public static int Ranking(Row a, Row b)
    {
        var order = a.Translated.CompareTo(b.Translated);
        if (order == 0) order = b.InTitle.CompareTo(a.InTitle);
        if (order == 0) order = b.Score.CompareTo(a.Score);
        if (order == 0) order = b.Day.CompareTo(a.Day);
        return order == 0 ? a.Doc.CompareTo(b.Doc) : order;
    }
}

/// <summary>
/// Reads every match once: leaves out members-only entries for visitors, counts the facets, keeps the matches that
/// pass every chosen facet and ranks them, holding only as many as the pages up to the one asked for.
/// </summary>
internal sealed class RankingCollector(FacetCodes codes, FacetFilter filter, bool member, FixedBitSet inTitle, FixedBitSet? direct, int needed) : ICollector
{
    private readonly PriorityQueue<Row, Row> _best = new(needed + 1, Comparer<Row>.Create((a, b) => Row.Ranking(b, a)));
    private Scorer? _scorer;
    private SegmentData? _segment;
    private int _base;

    /// <summary>Every match, before access and facets: what "did you mean" looks at.</summary>
    public int Matched { get; private set; }

    public int Kept { get; private set; }

    public int[][] Counts { get; } = [new int[FacetCodes.MaxBits], new int[FacetCodes.MaxBits], new int[FacetCodes.MaxBits], new int[FacetCodes.MaxBits]];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _base = context.DocBase;
        _segment = SegmentData.Of(context.AtomicReader, codes);
    }

    public void Collect(int doc)
    {
        Matched++;
        var segment = _segment!;
        if (!member && segment.MembersOnly[doc])
        {
            return;
        }

        if (!filter.Count(segment, doc, Counts))
        {
            return;
        }

        Kept++;
        var global = _base + doc;

        // Rounded, so that scores too near to tell apart leave the order to the date.
        var row = new Row(global, Math.Round(_scorer!.GetScore(), 2), segment.Day[doc], direct is not null && !direct.Get(global), inTitle.Get(global));
        if (_best.Count < needed)
        {
            _best.Enqueue(row, row);
        }
        else if (needed > 0 && Row.Ranking(row, _best.Peek()) < 0)
        {
            _best.EnqueueDequeue(row, row);
        }
    }

    /// <summary>The best matches, best first.</summary>
    public List<Row> Top()
    {
        var rows = new List<Row>(_best.Count);
        while (_best.TryDequeue(out var row, out _))
        {
            rows.Add(row);
        }

        rows.Reverse();
        return rows;
    }

    /// <summary>The documents a query matches, unscored.</summary>
    public static FixedBitSet Matches(IndexSearcher searcher, Query query)
    {
        var bits = new FixedBitSet(Math.Max(1, searcher.IndexReader.MaxDoc));
        searcher.Search(query, new BitsCollector(bits));
        return bits;
    }

    private sealed class BitsCollector(FixedBitSet bits) : ICollector
    {
        private int _base;

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context) => _base = context.DocBase;

        public void Collect(int doc) => bits.Set(_base + doc);
    }
}

/// <summary>The chosen facet values as masks: within a facet any value may match, across facets all must.</summary>
internal sealed class FacetFilter
{
    private readonly long[] _masks = new long[4];
    private readonly bool[] _active = new bool[4];
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _chosen;

    private FacetFilter(IReadOnlyDictionary<string, IReadOnlyList<string>> chosen) => _chosen = chosen;

    public static FacetFilter From(IReadOnlyDictionary<string, IReadOnlyList<string>> chosen, FacetCodes codes)
    {
        var filter = new FacetFilter(chosen);
        for (var f = 0; f < SearchFacets.All.Count; f++)
        {
            if (chosen.TryGetValue(SearchFacets.All[f], out var values) && values.Count > 0)
            {
                // A value nobody has (a stale link) leaves the mask empty, so nothing matches it.
                filter._active[f] = true;
                foreach (var value in values)
                {
                    if (codes.Bit(f, value) is { } bit)
                    {
                        filter._masks[f] |= 1L << bit;
                    }
                }
            }
        }

        return filter;
    }

    /// <summary>
    /// Counts an entry's facet values, each facet over the entries that pass every other facet's filter, so choosing a
    /// topic still shows how many there are under the other topics. Whether it passes them all.
    /// </summary>
    public bool Count(SegmentData segment, int doc, int[][] counts)
    {
        Span<bool> pass = stackalloc bool[4];
        var failed = 0;
        for (var f = 0; f < 4; f++)
        {
            pass[f] = !_active[f] || (segment.Masks[f][doc] & _masks[f]) != 0;
            failed += pass[f] ? 0 : 1;
        }

        for (var f = 0; f < 4; f++)
        {
            if (failed == 0 || (failed == 1 && !pass[f]))
            {
                var mask = (ulong)segment.Masks[f][doc];
                while (mask != 0)
                {
                    counts[f][BitOperations.TrailingZeroCount(mask)]++;
                    mask &= mask - 1;
                }
            }
        }

        return failed == 0;
    }

    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets(int[][] counts, FacetCodes codes)
    {
        var facets = new Dictionary<string, IReadOnlyList<FacetValue>>();
        for (var f = 0; f < SearchFacets.All.Count; f++)
        {
            var name = SearchFacets.All[f];
            var chosen = _chosen.TryGetValue(name, out var values) ? values : [];
            facets[name] = codes.Values(f)
                .Select(v => new FacetValue(v.Value, counts[f][v.Bit], chosen.Contains(v.Value)))
                .Where(v => v.Count > 0 || v.Selected)
                .OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal)
                .ToList();
        }

        return facets;
    }
}
