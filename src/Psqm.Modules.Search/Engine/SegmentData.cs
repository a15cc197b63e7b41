using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Psqm.Modules.Search.Engine;

/// <summary>
/// What ranking and counting read for every match, as plain arrays per segment: each entry's facet masks, day,
/// title length and access. Made once per segment from its doc values (a segment never changes) and dropped with
/// it. About 45 bytes an entry.
/// </summary>
internal sealed class SegmentData
{
    private static readonly ConditionalWeakTable<object, SegmentData> Cache = new();

    private SegmentData(int size)
    {
        Masks = [new long[size], new long[size], new long[size], new long[size]];
        Day = new int[size];
        TitleLength = new int[size];
        MembersOnly = new bool[size];
    }

    /// <summary>Type, topic, key stage and language masks, by document.</summary>
    public long[][] Masks { get; }

    public int[] Day { get; }

    public int[] TitleLength { get; }

    public bool[] MembersOnly { get; }

    /// <summary>
    /// Each entry's combination of facet values, as an index into <see cref="Combinations"/>: a few hundred
    /// combinations cover a site, so a search counts combinations, one increment a match, and facet values after.
    /// </summary>
    public int[] Combination { get; private set; } = [];

    /// <summary>The four facet masks of each combination.</summary>
    public long[][] Combinations { get; private set; } = [];

    public static SegmentData Of(AtomicReader reader, FacetCodes codes)
    {
        // The codes belong to one index in this process; a segment is read by one index only.
        return Cache.GetValue(reader.CoreCacheKey, _ => Load(reader, codes));
    }

    private static SegmentData Load(AtomicReader reader, FacetCodes codes)
    {
        var size = reader.MaxDoc;
        var data = new SegmentData(size);
        var day = reader.GetNumericDocValues(IndexFields.Day);
        var length = reader.GetNumericDocValues(IndexFields.TitleLength);
        var members = reader.GetNumericDocValues(IndexFields.MembersOnly);
        for (var doc = 0; doc < size; doc++)
        {
            data.Day[doc] = (int)(day?.Get(doc) ?? 0);
            data.TitleLength[doc] = (int)(length?.Get(doc) ?? 0);
            data.MembersOnly[doc] = members?.Get(doc) == 1;
        }

        var value = new BytesRef();
        for (var f = 0; f < IndexFields.Facets.Count; f++)
        {
            var values = reader.GetSortedSetDocValues(IndexFields.Facets[f]);
            if (values is null)
            {
                continue;
            }

            var bits = new long[values.ValueCount];
            for (var ord = 0L; ord < values.ValueCount; ord++)
            {
                values.LookupOrd(ord, value);
                bits[ord] = codes.Add(f, value.Utf8ToString()) is { } bit ? 1L << bit : 0;
            }

            var masks = data.Masks[f];
            for (var doc = 0; doc < size; doc++)
            {
                values.SetDocument(doc);
                for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                {
                    masks[doc] |= bits[ord];
                }
            }
        }

        var combinations = new Dictionary<(long, long, long, long), int>();
        var combination = new int[size];
        for (var doc = 0; doc < size; doc++)
        {
            var key = (data.Masks[0][doc], data.Masks[1][doc], data.Masks[2][doc], data.Masks[3][doc]);
            if (!combinations.TryGetValue(key, out var index))
            {
                combinations[key] = index = combinations.Count;
            }

            combination[doc] = index;
        }

        data.Combination = combination;
        data.Combinations = combinations.OrderBy(c => c.Value).Select(c => new[] { c.Key.Item1, c.Key.Item2, c.Key.Item3, c.Key.Item4 }).ToArray();
        return data;
    }
}
