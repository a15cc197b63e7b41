using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;
using Psqm.Core.Data;
using Psqm.Core.Search;
using Psqm.Core.Tenancy;
using Psqm.Modules.Content.Engine;
using Psqm.Modules.Search.Data;

namespace Psqm.Modules.Search.Engine;

/// <summary>
/// The tenant's search index on Lucene. A change is an entry in the change log, written in the transaction the
/// content context has open, so an item and its index entry change together or not at all; the index applies the
/// log before each search and in the background, so a published item is found at once on this node and within a
/// second on the others.
/// </summary>
public sealed partial class LuceneSearchIndex(
    ContentDbContext content, SearchDbContext db, DbContextOptions<SearchDbContext> options, SearchIndexes indexes, TimeProvider clock) : ISearchIndex
{
    /// <summary>The most entries applied before a search answers; a longer backlog is left to the background.</summary>
    private const int MostToWaitFor = 2_000;

    private static readonly TimeSpan FirstBuildWait = TimeSpan.FromSeconds(5);

    public Task PutAsync(SearchDocument document, CancellationToken cancellationToken = default) =>
        LogAsync(document.Source, document.Key, TenantIndex.Serialize(document), cancellationToken);

    public Task RemoveAsync(string source, string key, CancellationToken cancellationToken = default) =>
        LogAsync(source, key, null, cancellationToken);

    /// <summary>
    /// Builds a new index beside the one in use from the sources, then moves to it and applies what the log gained
    /// meanwhile: searches read the old index until then. Only this process's own folder is written, so the
    /// command line can rebuild while the site runs; the site moves to the new index within a second.
    /// </summary>
    public async Task<int> RebuildAsync(IEnumerable<ISearchSource> sources, CancellationToken cancellationToken = default)
    {
        var index = Index;

        // The log's end is read before the sources: whatever commits later is applied again on top, harmlessly.
        var position = await LogEndAsync(cancellationToken);
        var (name, path) = index.NewBuild();
        int count;
        using (var directory = FSDirectory.Open(path))
        using (var writer = new IndexWriter(directory, TenantIndex.Config(OpenMode.CREATE, 128, bulk: true)))
        {
            count = await AddAllAsync(writer, sources, cancellationToken);
            TenantIndex.Stamp(writer, position, clock.GetUtcNow().UtcDateTime);
            writer.Commit();
        }

        await index.AdoptAsync(name, db, cancellationToken);
        return count;
    }

    // The sources are read on this thread while a thread per core analyses and adds what has been read: analysis is
    // most of the work, and the writer takes documents from several threads at once. The adders are threads of their
    // own that block while they wait, as pool threads waiting on a queue spin and take the cores from the work.
    private static readonly int Adders = Math.Max(1, Environment.ProcessorCount);

    private static async Task<int> AddAllAsync(IndexWriter writer, IEnumerable<ISearchSource> sources, CancellationToken cancellationToken)
    {
        // Documents are handed over five hundred at a time, so the threads meet at the queue rarely.
        // An adder that fails stops the reading too, so nothing waits for room in the queue that will never come.
        using var queue = new BlockingCollection<List<SearchDocument>>(4);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var adders = Enumerable.Range(0, Adders).Select(_ => Task.Factory.StartNew(
            () =>
            {
                try
                {
                    foreach (var batch in queue.GetConsumingEnumerable(stop.Token))
                    {
                        foreach (var document in batch)
                        {
                            writer.AddDocument(IndexFields.From(document), IndexFields.AnalyzerFor(document.Culture));
                        }
                    }
                }
                catch
                {
                    stop.Cancel();
                    throw;
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToList();
        var count = 0;
        try
        {
            var batch = new List<SearchDocument>(500);
            foreach (var source in sources)
            {
                await foreach (var document in source.DocumentsAsync(cancellationToken))
                {
                    batch.Add(document);
                    count++;
                    if (batch.Count == 500)
                    {
                        queue.Add(batch, stop.Token);
                        batch = new List<SearchDocument>(500);
                    }
                }
            }

            queue.Add(batch, stop.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // An adder failed: its exception is the one to report, below.
        }
        finally
        {
            queue.CompleteAdding();
        }

        await Task.WhenAll(adders);
        return count;
    }

    public Task<IReadOnlyList<GlossaryPair>> GlossaryAsync(CancellationToken cancellationToken = default) => TenantIndex.GlossaryAsync(db, cancellationToken);

    public async Task SaveGlossaryAsync(IReadOnlyList<GlossaryPair> pairs, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Glossary.ExecuteDeleteAsync(cancellationToken);
        db.Glossary.AddRange(pairs.Select(p => new GlossaryEntry { En = p.En, Cy = p.Cy }));
        db.Changes.Add(new SearchChange { Source = SearchChange.GlossarySource, Key = "", ChangedUtc = clock.GetUtcNow().UtcDateTime });
        Index.Changed();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The index's figures for the admin page: size, entries, how far it has applied the log of how long, and when it was built.</summary>
    public async Task<SearchIndexStatus> StatusAsync(CancellationToken cancellationToken = default)
    {
        var index = await ReadyAsync(cancellationToken);
        var (bytes, documents) = index.Size();
        var end = await LogEndAsync(cancellationToken);
        return new SearchIndexStatus(bytes, documents, index.Position, end, index.Rebuilt, index.Building);
    }

    private TenantIndex Index => indexes.Get(TenantScope.Required);

    /// <summary>The last entry of the change log, or 0 when it is empty.</summary>
    private async Task<long> LogEndAsync(CancellationToken cancellationToken) =>
        await db.Changes.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;

    /// <summary>
    /// The index with everything the log has (up to a limit), or an empty one and a first build under way. The log is
    /// only asked when this process has just written to it: other writers' changes come in through the indexer.
    /// </summary>
    private async Task<TenantIndex> ReadyAsync(CancellationToken cancellationToken)
    {
        var index = Index;
        if (index.IsOpen && !index.RecentlyChanged)
        {
            return index;
        }

        var end = await LogEndAsync(cancellationToken);
        if (!index.IsOpen || end > index.Position)
        {
            if (!index.IsOpen || end - index.Position <= MostToWaitFor)
            {
                await index.CatchUpAsync(db, checkPointer: false, cancellationToken);
            }

            if (index.Building)
            {
                await index.BuiltAsync(FirstBuildWait);
            }
        }

        return index;
    }

    private async Task LogAsync(string source, string key, string? document, CancellationToken cancellationToken)
    {
        var change = new SearchChange { Source = source, Key = key, Document = document, ChangedUtc = clock.GetUtcNow().UtcDateTime };
        Index.Changed();
        if (content.Database.CurrentTransaction is null)
        {
            db.Changes.Add(change);
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        await using var joined = await SharedTransaction.JoinAsync(content, options, cancellationToken);
        joined.Changes.Add(change);
        await joined.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>How the index stands: its size on disk, its entries, the log position it has reached of the log's end, and its last build.</summary>
public sealed record SearchIndexStatus(long Bytes, int Documents, long Position, long End, DateTime? Rebuilt, bool Building);
