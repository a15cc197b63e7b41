using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Search;

namespace Psqm.Modules.Search.Engine;

/// <summary>
/// The index's tables, made on first use in each tenant database. They stay outside the EF model: FTS5 virtual
/// tables cannot be described there, and the entries table is only ever read beside them.
/// </summary>
internal static class SqliteSearchSchema
{
    // title and body hold analysed forms (what words match); ptitle and pbody hold the folded words in order
    // (what phrases and "did you mean" use). Contentless: the text to show lives in SearchEntries.
    private const string Ddl = """
        CREATE VIRTUAL TABLE IF NOT EXISTS SearchText USING fts5(
            title, body, ptitle, pbody,
            content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
        CREATE VIRTUAL TABLE IF NOT EXISTS SearchVocab USING fts5vocab(SearchText, 'col');
        CREATE TABLE IF NOT EXISTS SearchEntries (
            Id INTEGER PRIMARY KEY,
            Source TEXT NOT NULL,
            Key TEXT NOT NULL,
            Type TEXT NOT NULL,
            Culture TEXT NOT NULL,
            Title TEXT NOT NULL,
            Text TEXT NOT NULL,
            Page TEXT NOT NULL,
            Route TEXT NOT NULL,
            Fragment TEXT NULL,
            Date TEXT NULL,
            Day INTEGER NOT NULL,
            MembersOnly INTEGER NOT NULL,
            Topics TEXT NOT NULL,
            KeyStages TEXT NOT NULL,
            Audience TEXT NOT NULL,
            TypeMask INTEGER NOT NULL,
            TopicMask INTEGER NOT NULL,
            KeyStageMask INTEGER NOT NULL,
            LanguageMask INTEGER NOT NULL);
        CREATE UNIQUE INDEX IF NOT EXISTS IX_SearchEntries_Source_Key ON SearchEntries (Source, Key);
        CREATE TABLE IF NOT EXISTS SearchFacetCodes (
            Facet TEXT NOT NULL,
            Value TEXT NOT NULL,
            Bit INTEGER NOT NULL,
            PRIMARY KEY (Facet, Value));
        CREATE TABLE IF NOT EXISTS SearchGlossary (
            Id INTEGER PRIMARY KEY,
            En TEXT NOT NULL,
            Cy TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS SearchState (
            Key TEXT PRIMARY KEY,
            Value TEXT NOT NULL);
        """;

    public static async Task EnsureAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();

        // Write-ahead logging (a setting of the file, kept once made) lets searches read the old index while a
        // rebuild writes the new one, however large, instead of waiting for its commit.
        command.CommandText = "PRAGMA journal_mode = WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
        command.CommandText = Ddl;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>Makes the index's tables in each tenant database, beside the modules' migrations.</summary>
public sealed class SearchSchemaMigrator : Psqm.Core.Data.ITenantMigrator
{
    public async Task MigrateAsync(IServiceProvider scopedServices, CancellationToken cancellationToken)
    {
        var db = scopedServices.GetRequiredService<Psqm.Modules.Content.Engine.ContentDbContext>().Database;
        await db.OpenConnectionAsync(cancellationToken);
        try
        {
            await SqliteSearchSchema.EnsureAsync(db.GetDbConnection(), cancellationToken);
        }
        finally
        {
            await db.CloseConnectionAsync();
        }
    }

    // Its tables live in the content context's database, which that context's own migrator checks.
    public Task CheckAsync(IServiceProvider scopedServices, CancellationToken cancellationToken) => Task.CompletedTask;
}
