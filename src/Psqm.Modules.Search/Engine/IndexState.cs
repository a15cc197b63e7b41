using System.Collections.Concurrent;
using System.Data.Common;
using Psqm.Core.Search;

namespace Psqm.Modules.Search.Engine;

/// <summary>
/// What every search needs beside the FTS index, held in memory per tenant database: each entry's facet masks,
/// day and access by row id, the facet codes and the glossary. Every write to the index stamps a new generation
/// in the same transaction; a search reads the stamp and reloads only when it has changed, so another process
/// (the rebuild command) is noticed too. About 40 bytes an entry.
/// </summary>
internal sealed class IndexState
{
    private static readonly ConcurrentDictionary<string, IndexState> Cache = new(StringComparer.Ordinal);

    private IndexState(string generation, int size)
    {
        Generation = generation;
        Masks = [new long[size], new long[size], new long[size], new long[size]];
        Day = new int[size];
        TitleLength = new int[size];
        Flags = new byte[size];
    }

    public string Generation { get; }

    /// <summary>Type, topic, key stage and language masks, by row id.</summary>
    public long[][] Masks { get; }

    public int[] Day { get; }

    /// <summary>Each title's length in characters, which ranks title matches against each other.</summary>
    public int[] TitleLength { get; }

    public FacetCodes Codes { get; private set; } = new();

    public IReadOnlyList<GlossaryPair> Glossary { get; private set; } = [];

    public int Size => Day.Length;

    private byte[] Flags { get; }

    public bool Exists(long id) => id < Flags.Length && Flags[id] != 0;

    public bool MembersOnly(long id) => Flags[id] == 2;

    public const string StampSql = "INSERT INTO SearchState (Key, Value) VALUES ('generation', lower(hex(randomblob(16)))) ON CONFLICT (Key) DO UPDATE SET Value = excluded.Value;";

    public static async Task<IndexState> GetAsync(DbCommand command, string database, CancellationToken cancellationToken)
    {
        command.Parameters.Clear();
        command.CommandText = "SELECT Value FROM SearchState WHERE Key = 'generation';";
        var generation = await command.ExecuteScalarAsync(cancellationToken) as string ?? "";
        if (Cache.TryGetValue(database, out var cached) && cached.Generation == generation)
        {
            return cached;
        }

        var state = await LoadAsync(command, generation, cancellationToken);
        Cache[database] = state;
        return state;
    }

    private static async Task<IndexState> LoadAsync(DbCommand command, string generation, CancellationToken cancellationToken)
    {
        command.CommandText = "SELECT COALESCE(MAX(Id), 0) FROM SearchEntries;";
        var size = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) + 1;
        var state = new IndexState(generation, size);
        command.CommandText = "SELECT Id, TypeMask, TopicMask, KeyStageMask, LanguageMask, Day, MembersOnly, length(Title) FROM SearchEntries;";
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (reader.Read())
            {
                var id = reader.GetInt32(0);
                for (var f = 0; f < 4; f++)
                {
                    state.Masks[f][id] = reader.GetInt64(f + 1);
                }

                state.Day[id] = reader.GetInt32(5);
                state.Flags[id] = (byte)(reader.GetInt64(6) != 0 ? 2 : 1);
                state.TitleLength[id] = reader.GetInt32(7);
            }
        }

        state.Codes = await FacetCodes.LoadAsync(command, cancellationToken);
        command.Parameters.Clear();
        command.CommandText = "SELECT En, Cy FROM SearchGlossary ORDER BY Id;";
        var glossary = new List<GlossaryPair>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                glossary.Add(new GlossaryPair(reader.GetString(0), reader.GetString(1)));
            }
        }

        state.Glossary = glossary;
        return state;
    }
}
