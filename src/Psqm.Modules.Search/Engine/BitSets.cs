using System.Buffers;
using Lucene.Net.Util;

namespace Psqm.Modules.Search.Engine;

/// <summary>
/// The bit sets of one search, a bit per entry of the index, on arrays borrowed from a shared pool and given back
/// when the search is done: a search makes a dozen, and made afresh they would be most of what it allocates.
/// </summary>
internal sealed class BitSets(int size) : IDisposable
{
    private readonly List<long[]> _borrowed = [];

    public int Size { get; } = Math.Max(1, size);

    /// <summary>An empty set, to use until this is disposed.</summary>
    public FixedBitSet New() => New(Size);

    /// <summary>An empty set of another size (a segment's), to use until this is disposed.</summary>
    public FixedBitSet New(int size)
    {
        // A pooled array can be longer than asked for: the whole of it is cleared, as some operations read it all.
        size = Math.Max(1, size);
        var array = ArrayPool<long>.Shared.Rent(FixedBitSet.Bits2words(size));
        Array.Clear(array);
        _borrowed.Add(array);
        return new FixedBitSet(array, size);
    }

    public void Dispose()
    {
        foreach (var array in _borrowed)
        {
            ArrayPool<long>.Shared.Return(array);
        }

        _borrowed.Clear();
    }
}
