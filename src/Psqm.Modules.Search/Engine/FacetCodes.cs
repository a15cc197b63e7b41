using System.Collections.Concurrent;

namespace Psqm.Modules.Search.Engine;

/// <summary>
/// A bit per facet value (a topic, a key stage...), given as values are first seen, so each entry's facets are
/// four integers and counting them over thousands of matches is arithmetic, not string handling. 63 values per
/// facet; the bits are this process's own and never stored.
/// </summary>
internal sealed class FacetCodes
{
    public const int MaxBits = 63;

    private readonly ConcurrentDictionary<(int Facet, string Value), int> _bits = new();
    private readonly int[] _next = new int[IndexFields.Facets.Count];
    private readonly Lock _lock = new();

    public int? Bit(int facet, string value) => _bits.TryGetValue((facet, value), out var bit) ? bit : null;

    /// <summary>The value's bit, given now if it has none; null once the facet has all its bits.</summary>
    public int? Add(int facet, string value)
    {
        if (_bits.TryGetValue((facet, value), out var bit))
        {
            return bit;
        }

        lock (_lock)
        {
            if (_bits.TryGetValue((facet, value), out bit))
            {
                return bit;
            }

            if (_next[facet] >= MaxBits)
            {
                return null;
            }

            bit = _next[facet]++;
            _bits[(facet, value)] = bit;
            return bit;
        }
    }

    /// <summary>Every value of a facet with its bit, for reading counts back as values.</summary>
    public IEnumerable<(string Value, int Bit)> Values(int facet) =>
        _bits.Where(b => b.Key.Facet == facet).Select(b => (b.Key.Value, b.Value));
}
