using System.Data.Common;
using Microsoft.Data.Sqlite;
using Psqm.Core.Search;

namespace Psqm.Modules.Search.Engine;

/// <summary>
/// A bit per facet value (a topic, a key stage...), so each entry carries its facets as four integers and
/// counting them over thousands of matches is arithmetic, not string handling. 63 values per facet.
/// </summary>
internal sealed class FacetCodes
{
    public const int MaxBits = 63;

    private readonly Dictionary<(string Facet, string Value), int> _bits = [];
    private readonly List<(string Facet, string Value, int Bit)> _new = [];

    public static async Task<FacetCodes> LoadAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var codes = new FacetCodes();
        command.Parameters.Clear();
        command.CommandText = "SELECT Facet, Value, Bit FROM SearchFacetCodes;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            codes._bits[(reader.GetString(0), reader.GetString(1))] = reader.GetInt32(2);
        }

        return codes;
    }

    public int? Bit(string facet, string value) => _bits.TryGetValue((facet, value), out var bit) ? bit : null;

    /// <summary>Every facet value with its bit, for reading masks back as values.</summary>
    public IEnumerable<(string Value, int Bit)> Values(string facet) =>
        _bits.Where(b => b.Key.Facet == facet).Select(b => (b.Key.Value, b.Value));

    public long Mask(string facet, IEnumerable<string> values)
    {
        var mask = 0L;
        foreach (var value in values)
        {
            if (!_bits.TryGetValue((facet, value), out var bit))
            {
                bit = _bits.Keys.Count(k => k.Facet == facet);
                if (bit >= MaxBits)
                {
                    continue;
                }

                _bits[(facet, value)] = bit;
                _new.Add((facet, value, bit));
            }

            mask |= 1L << bit;
        }

        return mask;
    }

    public async Task SaveNewAsync(DbCommand command, CancellationToken cancellationToken)
    {
        foreach (var (facet, value, bit) in _new)
        {
            command.Parameters.Clear();
            command.CommandText = "INSERT INTO SearchFacetCodes (Facet, Value, Bit) VALUES ($facet, $value, $bit);";
            command.Parameters.Add(new SqliteParameter("$facet", facet));
            command.Parameters.Add(new SqliteParameter("$value", value));
            command.Parameters.Add(new SqliteParameter("$bit", bit));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        _new.Clear();
    }
}
