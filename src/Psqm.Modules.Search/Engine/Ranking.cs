using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Psqm.Core.Search;

namespace Psqm.Modules.Search.Engine;

/// <summary>
/// One match to rank. Its key puts matches as typed before glossary translations, then title matches, then the
/// score (rounded, so that scores too near to tell apart leave the order to the date); then the most recent first.
/// </summary>
internal readonly record struct Row(int Doc, double Key, int Day, bool Translated)
{
    // The score gives little to a word most entries have, so the title decides before it does.
    public static double KeyOf(bool translated, bool inTitle, float score) =>
        (translated ? 0 : 2e9) + (inTitle ? 1e9 : 0) + Math.Round(score * 100.0);

    public static int Ranking(Row a, Row b)
    {
        var order = b.Key.CompareTo(a.Key);
        if (order == 0) order = b.Day.CompareTo(a.Day);
        return order == 0 ? a.Doc.CompareTo(b.Doc) : order;
    }
}

/// <summary>
/// Reads every match once: leaves out members-only entries for visitors, counts the facets, keeps the matches that
/// pass every chosen facet and ranks them, holding only as many as the pages up to the one asked for. A match that
/// cannot enter the held ones is passed over on one comparison, as most are.
/// </summary>
internal sealed class RankingCollector(FacetCodes codes, FacetFilter filter, bool member, FixedBitSet inTitle, FixedBitSet? direct, int needed) : ICollector
{
    private readonly PriorityQueue<Row, Row> _best = new(needed + 1, Comparer<Row>.Create((a, b) => Row.Ranking(b, a)));
    private Scorer? _scorer;
    private SegmentData? _segment;
    private bool[] _passes = [];
    private int[] _counted = [];
    private int _base;
    private double _lowest = double.NegativeInfinity;

    /// <summary>Every match, before access and facets: what "did you mean" looks at.</summary>
    public int Matched { get; private set; }

    public int Kept { get; private set; }

    public int[][] Counts { get; } = [new int[FacetCodes.MaxBits], new int[FacetCodes.MaxBits], new int[FacetCodes.MaxBits], new int[FacetCodes.MaxBits]];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        Finish();
        _base = context.DocBase;
        _segment = SegmentData.Of(context.AtomicReader, codes);
        _passes = filter.Passes(_segment.Combinations);
        _counted = new int[_segment.Combinations.Length];
    }

    public void Collect(int doc)
    {
        Matched++;
        var segment = _segment!;
        if (!member && segment.MembersOnly[doc])
        {
            return;
        }

        var combination = segment.Combination[doc];
        _counted[combination]++;
        if (!_passes[combination])
        {
            return;
        }

        Kept++;
        var global = _base + doc;
        var translated = direct is not null && !direct.Get(global);
        var key = Row.KeyOf(translated, inTitle.Get(global), _scorer!.GetScore());
        if (_best.Count == needed && key < _lowest)
        {
            return;
        }

        var row = new Row(global, key, segment.Day[doc], translated);
        if (_best.Count < needed)
        {
            _best.Enqueue(row, row);
        }
        else if (needed > 0 && Row.Ranking(row, _best.Peek()) < 0)
        {
            _best.EnqueueDequeue(row, row);
        }

        if (_best.Count == needed && needed > 0)
        {
            _lowest = _best.Peek().Key;
        }
    }

    /// <summary>The best matches, best first.</summary>
    public List<Row> Top()
    {
        Finish();
        var rows = new List<Row>(_best.Count);
        while (_best.TryDequeue(out var row, out _))
        {
            rows.Add(row);
        }

        rows.Reverse();
        return rows;
    }

    // The segment's combinations counted into facet values.
    private void Finish()
    {
        if (_segment is null)
        {
            return;
        }

        for (var c = 0; c < _counted.Length; c++)
        {
            if (_counted[c] > 0)
            {
                filter.Count(_segment.Combinations[c], _counted[c], Counts);
            }
        }

        _segment = null;
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

    /// <summary>Whether each combination of facet values passes every chosen facet.</summary>
    public bool[] Passes(long[][] combinations)
    {
        var passes = new bool[combinations.Length];
        for (var c = 0; c < combinations.Length; c++)
        {
            passes[c] = Failed(combinations[c]) == 0;
        }

        return passes;
    }

    /// <summary>
    /// Counts entries with one combination of values: each facet over the entries that pass every other facet's
    /// filter, so choosing a topic still shows how many there are under the other topics.
    /// </summary>
    public void Count(long[] masks, int entries, int[][] counts)
    {
        var failed = Failed(masks);
        for (var f = 0; f < 4; f++)
        {
            var passes = !_active[f] || (masks[f] & _masks[f]) != 0;
            if (failed == 0 || (failed == 1 && !passes))
            {
                for (var mask = (ulong)masks[f]; mask != 0; mask &= mask - 1)
                {
                    counts[f][BitOperations.TrailingZeroCount(mask)] += entries;
                }
            }
        }
    }

    private int Failed(long[] masks)
    {
        var failed = 0;
        for (var f = 0; f < 4; f++)
        {
            failed += !_active[f] || (masks[f] & _masks[f]) != 0 ? 0 : 1;
        }

        return failed;
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
