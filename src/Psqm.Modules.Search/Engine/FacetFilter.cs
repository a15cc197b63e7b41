using System.Numerics;
using Psqm.Core.Search;

namespace Psqm.Modules.Search.Engine;

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

    /// <summary>Whether each combination of facet values passes every chosen facet, into the start of passes.</summary>
    public void Passes(long[][] combinations, bool[] passes)
    {
        for (var c = 0; c < combinations.Length; c++)
        {
            passes[c] = Failed(combinations[c]) == 0;
        }
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
