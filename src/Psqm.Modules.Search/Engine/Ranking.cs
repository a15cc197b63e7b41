using System.Buffers;
using System.Numerics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

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

    /// <summary>The tier a key's first two parts make: 0 for a title match as typed, to 3 for a translated body match.</summary>
    public static int Tier(bool translated, bool inTitle) => (translated ? 2 : 0) + (inTitle ? 0 : 1);

    public static int Ranking(Row a, Row b)
    {
        var order = b.Key.CompareTo(a.Key);
        if (order == 0) order = b.Day.CompareTo(a.Day);
        return order == 0 ? a.Doc.CompareTo(b.Doc) : order;
    }
}

/// <summary>
/// Reads every match once, unscored: leaves out members-only entries for visitors, counts the facets, and keeps the
/// matches that pass every chosen facet, sorted into the four tiers of <see cref="Row.Tier"/>. Only the tiers that
/// the pages up to the one asked for reach are scored after, which for a word most entries have is its titles.
/// </summary>
internal sealed class Tally
{
    private Tally(FixedBitSet candidates)
    {
        Candidates = candidates;
    }

    /// <summary>Every match, before access and facets: what "did you mean" looks at.</summary>
    public int Matched { get; private set; }

    public int Kept { get; private set; }

    public int[][] Counts { get; } = [new int[FacetCodes.MaxBits], new int[FacetCodes.MaxBits], new int[FacetCodes.MaxBits], new int[FacetCodes.MaxBits]];

    /// <summary>The kept matches of the tiers that can reach the pages asked for: the only ones to score.</summary>
    public FixedBitSet Candidates { get; }

    public static Tally Count(IndexReader reader, BitSets sets, FixedBitSet matches, FixedBitSet inTitle, FixedBitSet? direct, FacetCodes codes, FacetFilter filter, bool member, int needed)
    {
        var tally = new Tally(sets.New());
        FixedBitSet[] tiers = [sets.New(), sets.New(), sets.New(), sets.New()];
        var kept = new int[4];
        var words = matches.GetBits();
        var length = FixedBitSet.Bits2words(matches.Length);
        var titles = inTitle.GetBits();
        var typed = direct?.GetBits();
        foreach (var leaf in reader.Leaves)
        {
            var segment = SegmentData.Of(leaf.AtomicReader, codes);
            // Borrowed per segment: a site has thousands of combinations, and a search would otherwise allocate
            // more for them than for anything else.
            var combinations = segment.Combinations.Length;
            var passes = ArrayPool<bool>.Shared.Rent(combinations);
            var counted = ArrayPool<int>.Shared.Rent(combinations);
            filter.Passes(segment.Combinations, passes);
            Array.Clear(counted, 0, combinations);
            var (first, end) = (leaf.DocBase, leaf.DocBase + leaf.AtomicReader.MaxDoc);

            // Sixty-four entries at a time: the ones kept are gathered into a word, and the tiers are that word
            // masked with the title and typed words.
            for (var w = first >> 6; w < length && w << 6 < end; w++)
            {
                var word = words[w] & Within(w, first, end);
                if (word == 0)
                {
                    continue;
                }

                tally.Matched += BitOperations.PopCount((ulong)word);
                var keptWord = 0L;
                for (var left = (ulong)word; left != 0; left &= left - 1)
                {
                    var bit = BitOperations.TrailingZeroCount(left);
                    var doc = (w << 6) + bit - first;
                    if (!member && segment.MembersOnly[doc])
                    {
                        continue;
                    }

                    var combination = segment.Combination[doc];
                    counted[combination]++;
                    if (passes[combination])
                    {
                        keptWord |= 1L << bit;
                    }
                }

                var title = titles[w];
                var asTyped = typed is null ? -1L : typed[w];
                Keep(tiers, kept, w, Row.Tier(false, true), keptWord & asTyped & title);
                Keep(tiers, kept, w, Row.Tier(false, false), keptWord & asTyped & ~title);
                Keep(tiers, kept, w, Row.Tier(true, true), keptWord & ~asTyped & title);
                Keep(tiers, kept, w, Row.Tier(true, false), keptWord & ~asTyped & ~title);
            }

            for (var c = 0; c < combinations; c++)
            {
                if (counted[c] > 0)
                {
                    filter.Count(segment.Combinations[c], counted[c], tally.Counts);
                }
            }

            ArrayPool<bool>.Shared.Return(passes);
            ArrayPool<int>.Shared.Return(counted);
        }

        var reached = 0;
        for (var tier = 0; tier < 4 && reached < needed; tier++)
        {
            tally.Candidates.Or(tiers[tier]);
            reached += kept[tier];
        }

        tally.Kept = kept.Sum();
        return tally;
    }

    // The bits of word w that belong to the segment from first to end.
    private static long Within(int w, int first, int end)
    {
        var mask = -1L;
        if (w == first >> 6)
        {
            mask &= -1L << (first & 63);
        }

        if (w == (end - 1) >> 6 && (end & 63) != 0)
        {
            mask &= (1L << (end & 63)) - 1;
        }

        return mask;
    }

    private static void Keep(FixedBitSet[] tiers, int[] kept, int w, int tier, long word)
    {
        if (word != 0)
        {
            tiers[tier].GetBits()[w] |= word;
            kept[tier] += BitOperations.PopCount((ulong)word);
        }
    }

    private static int Next(FixedBitSet bits, int from) => from < bits.Length ? bits.NextSetBit(from) : -1;

    /// <summary>The candidates as a filter, so the query scores them and passes over the rest unscored.</summary>
    public Filter Filter(BitSets sets) => new CandidateFilter(Candidates, sets);

    private sealed class CandidateFilter(FixedBitSet candidates, BitSets sets) : Filter
    {
        public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
        {
            var size = context.AtomicReader.MaxDoc;
            var bits = sets.New(size);
            var end = context.DocBase + size;
            var any = false;
            for (var global = Next(candidates, context.DocBase); global >= 0 && global < end; global = Next(candidates, global + 1))
            {
                bits.Set(global - context.DocBase);
                any = true;
            }

            return any ? bits : null;
        }
    }
}

/// <summary>
/// Ranks the candidates of a <see cref="Tally"/>, scored, holding only as many as the pages up to the one asked for.
/// A match that cannot enter the held ones is passed over on one comparison, as most are.
/// </summary>
internal sealed class RankingCollector(FacetCodes codes, FixedBitSet inTitle, FixedBitSet? direct, int needed) : ICollector
{
    private readonly PriorityQueue<Row, Row> _best = new(needed + 1, Comparer<Row>.Create((a, b) => Row.Ranking(b, a)));
    private Scorer? _scorer;
    private int[] _day = [];
    private int _base;
    private double _lowest = double.NegativeInfinity;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _base = context.DocBase;
        _day = SegmentData.Of(context.AtomicReader, codes).Day;
    }

    public void Collect(int doc)
    {
        var global = _base + doc;
        var translated = direct is not null && !direct.Get(global);
        var key = Row.KeyOf(translated, inTitle.Get(global), _scorer!.GetScore());
        if (_best.Count == needed && key < _lowest)
        {
            return;
        }

        var row = new Row(global, key, _day[doc], translated);
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
        var rows = new List<Row>(_best.Count);
        while (_best.TryDequeue(out var row, out _))
        {
            rows.Add(row);
        }

        rows.Reverse();
        return rows;
    }
}
