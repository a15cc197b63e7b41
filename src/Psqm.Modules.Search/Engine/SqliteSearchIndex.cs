using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Psqm.Core.Search;
using Psqm.Modules.Content.Engine;

namespace Psqm.Modules.Search.Engine;

/// <summary>
/// The search index on SQLite FTS5, in the tenant's database. Writes go through the content context's
/// connection and join its open transaction, so an item and its index entry change together or not at all.
/// </summary>
public sealed partial class SqliteSearchIndex(ContentDbContext db) : ISearchIndex
{
    private const int MaxStoredText = 4_000;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> Built = new(StringComparer.Ordinal);

    public async Task PutAsync(SearchDocument document, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var codes = await FacetCodes.LoadAsync(connection.Command, cancellationToken);
        await using var writer = new EntryWriter(connection.Command, codes);
        await writer.RemoveAsync(document.Source, document.Key, cancellationToken);
        await writer.InsertAsync(document, cancellationToken);
        await codes.SaveNewAsync(connection.Command, cancellationToken);
        await Execute(connection.Command, IndexState.StampSql, cancellationToken);
    }

    public async Task RemoveAsync(string source, string key, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var writer = new EntryWriter(connection.Command, new FacetCodes());
        await writer.RemoveAsync(source, key, cancellationToken);
        await Execute(connection.Command, IndexState.StampSql, cancellationToken);
    }

    public async Task<int> RebuildAsync(IEnumerable<ISearchSource> sources, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        int count;
        await using (var connection = await OpenAsync(cancellationToken))
        {
            await Execute(connection.Command, "DELETE FROM SearchEntries; DELETE FROM SearchFacetCodes; INSERT INTO SearchText(SearchText) VALUES('delete-all');", cancellationToken);
            var codes = new FacetCodes();
            await using var writer = new EntryWriter(connection.Command, codes);
            count = 0;
            foreach (var source in sources)
            {
                await foreach (var document in source.DocumentsAsync(cancellationToken))
                {
                    await writer.InsertAsync(document, cancellationToken);
                    count++;
                }
            }

            await codes.SaveNewAsync(connection.Command, cancellationToken);
            await Execute(connection.Command, "INSERT INTO SearchText(SearchText) VALUES('optimize');", cancellationToken);
            await Execute(
                connection.Command,
                "INSERT INTO SearchState (Key, Value) VALUES ('built', $now) ON CONFLICT (Key) DO UPDATE SET Value = excluded.Value;",
                cancellationToken,
                ("$now", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture)));
            await Execute(connection.Command, IndexState.StampSql, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    /// <summary>Whether the index has been built since its tables were made.</summary>
    public async Task<bool> IsBuiltAsync(CancellationToken cancellationToken = default)
    {
        // Once built, an index stays built: a rebuild replaces it in one transaction.
        if (Built.ContainsKey(Database))
        {
            return true;
        }

        await using var connection = await OpenAsync(cancellationToken);
        connection.Command.CommandText = "SELECT COUNT(*) FROM SearchState WHERE Key = 'built';";
        var built = Convert.ToInt64(await connection.Command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0;
        if (built)
        {
            Built[Database] = true;
        }

        return built;
    }

    public async Task<IReadOnlyList<GlossaryPair>> GlossaryAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (await IndexState.GetAsync(connection.Command, Database, cancellationToken)).Glossary;
    }

    public async Task SaveGlossaryAsync(IReadOnlyList<GlossaryPair> pairs, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await using (var connection = await OpenAsync(cancellationToken))
        {
            await Execute(connection.Command, "DELETE FROM SearchGlossary;", cancellationToken);
            foreach (var pair in pairs)
            {
                await Execute(connection.Command, "INSERT INTO SearchGlossary (En, Cy) VALUES ($en, $cy);", cancellationToken, ("$en", pair.En), ("$cy", pair.Cy));
            }

            await Execute(connection.Command, IndexState.StampSql, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The tenant database, as the key of what is kept in memory for it.</summary>
    private string Database => db.Database.GetConnectionString() ?? "";

    private async Task<Lease> OpenAsync(CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return new Lease(db, command);
    }

    private static async Task Execute(DbCommand command, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        command.Parameters.Clear();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, value ?? DBNull.Value));
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A command on the context's connection, which is closed again (if the context had not opened it) when done.</summary>
    private sealed class Lease(ContentDbContext db, DbCommand command) : IAsyncDisposable
    {
        public DbCommand Command { get; } = command;

        public async ValueTask DisposeAsync()
        {
            await Command.DisposeAsync();
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Writes entries with prepared commands, reused across a rebuild.</summary>
    private sealed class EntryWriter(DbCommand command, FacetCodes codes) : IAsyncDisposable
    {
        private DbCommand? _insertEntry;
        private DbCommand? _insertText;

        public async Task RemoveAsync(string source, string key, CancellationToken cancellationToken)
        {
            command.Parameters.Clear();
            command.CommandText = """
                DELETE FROM SearchText WHERE rowid IN (SELECT Id FROM SearchEntries WHERE Source = $source AND Key = $key);
                DELETE FROM SearchEntries WHERE Source = $source AND Key = $key;
                """;
            command.Parameters.Add(new SqliteParameter("$source", source));
            command.Parameters.Add(new SqliteParameter("$key", key));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        public async Task InsertAsync(SearchDocument d, CancellationToken cancellationToken)
        {
            _insertEntry ??= Prepare(
                """
                INSERT INTO SearchEntries (Source, Key, Type, Culture, Title, Text, Page, Route, Fragment, Date, Day, MembersOnly,
                    Topics, KeyStages, Audience, TypeMask, TopicMask, KeyStageMask, LanguageMask)
                VALUES ($source, $key, $type, $culture, $title, $text, $page, $route, $fragment, $date, $day, $members,
                    $topics, $keyStages, $audience, $typeMask, $topicMask, $keyStageMask, $languageMask)
                RETURNING Id;
                """,
                "$source", "$key", "$type", "$culture", "$title", "$text", "$page", "$route", "$fragment", "$date", "$day", "$members",
                "$topics", "$keyStages", "$audience", "$typeMask", "$topicMask", "$keyStageMask", "$languageMask");
            _insertText ??= Prepare(
                "INSERT INTO SearchText (rowid, title, body, ptitle, pbody) VALUES ($id, $title, $body, $ptitle, $pbody);",
                "$id", "$title", "$body", "$ptitle", "$pbody");

            var text = d.Text.Length > MaxStoredText ? d.Text[..MaxStoredText] : d.Text;
            object?[] values =
            [
                d.Source, d.Key, d.Type, d.Culture, d.Title, text, d.Page, d.Route, d.Fragment,
                d.Date?.ToString("O", CultureInfo.InvariantCulture), d.Date is { } date ? (long)(date - DateTime.UnixEpoch).TotalDays : 0L,
                d.MembersOnly ? 1L : 0L, string.Join(' ', d.Topics), string.Join(' ', d.KeyStages), string.Join(' ', d.Audience),
                codes.Mask(SearchFacets.Type, [d.Type]), codes.Mask(SearchFacets.Topic, d.Topics),
                codes.Mask(SearchFacets.KeyStage, d.KeyStages), codes.Mask(SearchFacets.Language, [d.Culture]),
            ];
            for (var i = 0; i < values.Length; i++)
            {
                _insertEntry.Parameters[i].Value = values[i] ?? DBNull.Value;
            }

            var id = (long)(await _insertEntry.ExecuteScalarAsync(cancellationToken))!;
            _insertText.Parameters[0].Value = id;
            _insertText.Parameters[1].Value = TextAnalyzer.Terms(d.Title, d.Culture);
            _insertText.Parameters[2].Value = TextAnalyzer.Terms(d.Text, d.Culture);
            _insertText.Parameters[3].Value = TextAnalyzer.Surface(d.Title);
            _insertText.Parameters[4].Value = TextAnalyzer.Surface(d.Text);
            await _insertText.ExecuteNonQueryAsync(cancellationToken);
        }

        public async ValueTask DisposeAsync()
        {
            if (_insertEntry is not null) await _insertEntry.DisposeAsync();
            if (_insertText is not null) await _insertText.DisposeAsync();
        }

        private DbCommand Prepare(string sql, params string[] names)
        {
            var prepared = command.Connection!.CreateCommand();
            prepared.Transaction = command.Transaction;
            prepared.CommandText = sql;
            foreach (var name in names)
            {
                prepared.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            return prepared;
        }
    }
}
