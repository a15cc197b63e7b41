using System.Globalization;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Psqm.Core.Search;
using Psqm.Modules.Search.Data;
using Psqm.Modules.Search.Engine.Analysis;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Psqm.Modules.Search.Engine;

/// <summary>
/// One tenant's Lucene index in this process: a folder per build under the tenant's <c>Search</c> folder, named by a
/// pointer file; a writer that applies the change log in order, committing how far it got with each batch; and
/// near-real-time searchers refreshed after each batch. A missing or unreadable index is built again from the
/// database in the background, while searches read an empty one and say so.
/// </summary>
public sealed class TenantIndex(string folder, Func<CancellationToken, Task> rebuild, ILogger logger) : IDisposable
{
    public const string Incomplete = "Results may be incomplete while the search index is being built. Try again in a minute.";

    private const string Pointer = "current";
    private const string PositionKey = "position";
    private const string RebuiltKey = "rebuilt";
    private const string FormatKey = "format";
    private const int Batch = 500;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private static readonly IndexSearcher Empty = new Searchers().NewSearcher(EmptyIndex());
    private LuceneDirectory? _directory;
    private IndexWriter? _writer;
    private SearcherManager? _searchers;
    private string? _current;

    // A build found unreadable at opening: used by nobody, so it goes once the build made in its place is open.
    private string? _unreadable;
    private Task _building = Task.CompletedTask;
    private DateTime _buildingSince;
    private long _changedAt = long.MinValue / 2;
    private long _committed;

    internal FacetCodes Codes { get; } = new();

    /// <summary>The last change-log entry applied.</summary>
    public long Position { get; private set; }

    public DateTime? Rebuilt { get; private set; }

    public IReadOnlyList<GlossaryPair> Glossary { get; private set; } = [];

    public bool IsOpen => _writer is not null;

    /// <summary>This process wrote to the log a moment ago, so searches look for what it wrote before answering.</summary>
    public bool RecentlyChanged => Environment.TickCount64 - Volatile.Read(ref _changedAt) < 10_000;

    public void Changed() => Volatile.Write(ref _changedAt, Environment.TickCount64);

    /// <summary>Being built from the database, with no earlier index to search meanwhile.</summary>
    public bool Building => _writer is null && !_building.IsCompleted;

    /// <summary>A writer's settings; a bulk build keeps segments as separate files, which is faster to write and merge.</summary>
    public static IndexWriterConfig Config(OpenMode mode, double bufferMegabytes, bool bulk = false) =>
        new(SearchAnalyzers.Version, SearchAnalyzers.Surface)
        {
            OpenMode = mode,
            Similarity = Searchers.Similarity,
            RAMBufferSizeMB = bufferMegabytes,
            UseCompoundFile = !bulk,
            MergePolicy = new TieredMergePolicy { NoCFSRatio = bulk ? 0 : 0.1 },
        };

    /// <summary>Opens the index if it is not open and applies what the log has beyond it.</summary>
    public async Task CatchUpAsync(SearchDbContext db, bool checkPointer, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_writer is null)
            {
                await OpenAsync(db, cancellationToken);
            }
            else if (checkPointer && ReadPointer() is { } pointed && pointed != _current)
            {
                // Another process (the rebuild command) has built a newer index: it is opened as at a start, and
                // built again here should it prove unreadable.
                var old = _current;
                Close();
                await OpenAsync(db, cancellationToken);
                if (_writer is not null && old is not null)
                {
                    TryDelete(Path.Combine(folder, old));
                }
            }

            if (_writer is not null)
            {
                await ApplyAsync(db, cancellationToken);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Commits what has been applied since the last commit, with the position it reached.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            CommitApplied();
        }
        finally
        {
            _gate.Release();
        }
    }

    private void CommitApplied()
    {
        if (_writer is not null && Position != _committed)
        {
            Stamp(_writer, Position, Rebuilt ?? DateTime.UtcNow);
            _writer.Commit();
            _committed = Position;
        }
    }

    /// <summary>
    /// Waits for a first build for up to <paramref name="wait"/> after it started, so a small site's first searches
    /// find everything and a large site's answer at once, saying the results may be incomplete.
    /// </summary>
    public async Task BuiltAsync(TimeSpan wait)
    {
        var left = wait - (DateTime.UtcNow - _buildingSince);
        if (left > TimeSpan.Zero)
        {
            await _building.WaitAsync(left).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>The newest searcher, until the lease is disposed; an empty one while there is no index.</summary>
    public Lease Acquire() => _searchers is { } searchers ? new Lease(searchers.Acquire(), searchers) : new Lease(Empty, null);

    /// <summary>A folder for a new build, beside the one in use.</summary>
    public (string Name, string Path) NewBuild()
    {
        var name = "index-" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6];
        return (name, Path.Combine(folder, name));
    }

    public static void Stamp(IndexWriter writer, long position, DateTime rebuilt) =>
        writer.SetCommitData(new Dictionary<string, string>
        {
            [PositionKey] = position.ToString(CultureInfo.InvariantCulture),
            [RebuiltKey] = rebuilt.ToString("O", CultureInfo.InvariantCulture),
            [FormatKey] = IndexFields.Format,
        });

    /// <summary>Names a finished build as the index, and moves to it now if this process has the index open.</summary>
    public async Task AdoptAsync(string name, SearchDbContext db, CancellationToken cancellationToken)
    {
        var replaced = ReadPointer();
        var temporary = Path.Combine(folder, Pointer + ".tmp");
        await File.WriteAllTextAsync(temporary, name, cancellationToken);
        File.Move(temporary, Path.Combine(folder, Pointer), overwrite: true);

        // Builds older than the one replaced are used by no process: a site moves off the replaced one within a
        // second and deletes it itself. Names begin with the time they were started, so they sort by age.
        foreach (var build in new DirectoryInfo(folder).EnumerateDirectories("index-*"))
        {
            if (replaced is not null && string.CompareOrdinal(build.Name, replaced) < 0 && build.Name != name && build.Name != _current)
            {
                TryDelete(build.FullName);
            }
        }
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_writer is not null || !_building.IsCompleted)
            {
                await SwitchAsync(name, db, cancellationToken);
                await ApplyAsync(db, cancellationToken);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public (long Bytes, int Documents) Size()
    {
        using var lease = Acquire();
        var bytes = _current is null ? 0 : new DirectoryInfo(Path.Combine(folder, _current)).EnumerateFiles().Sum(f => f.Length);
        return (bytes, lease.Searcher.IndexReader.NumDocs);
    }

    public void Dispose()
    {
        Close();
        _gate.Dispose();
    }

    private async Task OpenAsync(SearchDbContext db, CancellationToken cancellationToken)
    {
        if (!_building.IsCompleted)
        {
            return;
        }

        if (ReadPointer() is { } name)
        {
            try
            {
                Open(name);
                Glossary = await GlossaryAsync(db, cancellationToken);
                RemoveOldBuilds();

                // A node that was away longer than the log is kept has missed changes: it builds afresh, searching
                // what it has meanwhile.
                if (await db.Changes.MinAsync(c => (long?)c.Id, cancellationToken) is { } first && Position < first - 1)
                {
                    StartBuilding();
                }

                return;
            }
            catch (InvalidDataException)
            {
                // Expected once after an upgrade that changes what the index holds.
                logger.LogInformation("The search index in {Folder} was written in an earlier format; it is being built again.", folder);
                Close();
                _unreadable = name;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "The search index in {Folder} could not be opened; it is being built again.", folder);
                Close();
                _unreadable = name;
            }
        }

        Glossary = await GlossaryAsync(db, cancellationToken);
        StartBuilding();
    }

    private void StartBuilding()
    {
        if (!_building.IsCompleted)
        {
            return;
        }

        _buildingSince = DateTime.UtcNow;
        _building = Task.Run(async () =>
        {
            try
            {
                await rebuild(CancellationToken.None);
            }
            catch (Exception e)
            {
                logger.LogError(e, "The search index in {Folder} could not be built.", folder);
            }
        });
    }

    private void Open(string name)
    {
        var path = Path.Combine(folder, name);
        if (!System.IO.Directory.Exists(path))
        {
            throw new DirectoryNotFoundException(path);
        }

        var directory = FSDirectory.Open(path);
        try
        {
            var writer = new IndexWriter(directory, Config(OpenMode.APPEND, 8));
            var data = writer.CommitData;
            if (!data.TryGetValue(FormatKey, out var format) || format != IndexFields.Format)
            {
                writer.Dispose();
                throw new InvalidDataException($"The search index in {path} was written in another format.");
            }

            Position = data.TryGetValue(PositionKey, out var position) ? long.Parse(position, CultureInfo.InvariantCulture) : 0;
            _committed = Position;
            Rebuilt = data.TryGetValue(RebuiltKey, out var rebuilt) ? DateTime.Parse(rebuilt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) : null;
            _searchers = new SearcherManager(writer, applyAllDeletes: true, new Searchers());
            (_directory, _writer, _current) = (directory, writer, name);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    private async Task SwitchAsync(string name, SearchDbContext db, CancellationToken cancellationToken)
    {
        var old = _current;
        Close();
        Open(name);
        Glossary = await GlossaryAsync(db, cancellationToken);
        foreach (var gone in new[] { old, _unreadable })
        {
            if (gone is not null && gone != name)
            {
                TryDelete(Path.Combine(folder, gone));
            }
        }

        _unreadable = null;
    }

    // The position is made known only once searches can see what it covers, so a search that finds the index up to
    // date never reads an older reader. Searchers see the writer's changes before they are committed; a commit
    // (which waits for the disk) comes with the indexer's next tick, see CommitAsync, and a process that dies before
    // it applies the same entries again at its next start, as the position committed with the index is older.
    // On PostgreSQL a log entry's id is taken when its transaction inserts it, and transactions commit in any order:
    // a gap in the ids may be an entry still being committed. The position stops before a gap younger than this, so
    // that entry is read when it lands; what follows the gap is applied now and again then, which is harmless
    // (entries put and remove by key, and one key's entries are written one transaction after another). An older gap
    // is a rolled-back transaction's and is passed. SQLite commits one writer at a time, so it never has young gaps.
    private static readonly TimeSpan GapSettles = TimeSpan.FromSeconds(30);

    private async Task ApplyAsync(SearchDbContext db, CancellationToken cancellationToken)
    {
        var read = Position;
        var position = Position;
        var gap = false;
        var glossary = false;
        var now = DateTime.UtcNow;
        while (true)
        {
            var changes = await db.Changes.AsNoTracking().Where(c => c.Id > read).OrderBy(c => c.Id).Take(Batch).ToListAsync(cancellationToken);
            if (changes.Count == 0)
            {
                break;
            }

            foreach (var change in changes)
            {
                gap |= change.Id != read + 1 && now - change.ChangedUtc < GapSettles;
                read = change.Id;
                if (!gap)
                {
                    position = change.Id;
                }

                if (change.Source == SearchChange.GlossarySource)
                {
                    glossary = true;
                }
                else if (change.Document is null)
                {
                    _writer!.DeleteDocuments(IndexFields.Term(change.Source, change.Key));
                }
                else if (JsonSerializer.Deserialize<SearchDocument>(change.Document, Json) is { } document)
                {
                    _writer!.UpdateDocument(IndexFields.Term(change.Source, change.Key), IndexFields.From(document), IndexFields.AnalyzerFor(document.Culture));
                }
            }
        }

        if (glossary)
        {
            Glossary = await GlossaryAsync(db, cancellationToken);
        }

        if (read != Position)
        {
            _searchers!.MaybeRefreshBlocking();
            Position = position;
        }
    }

    public static string Serialize(SearchDocument document) => JsonSerializer.Serialize(document, Json);

    /// <summary>The glossary as the database has it.</summary>
    public static async Task<IReadOnlyList<GlossaryPair>> GlossaryAsync(SearchDbContext db, CancellationToken cancellationToken) =>
        await db.Glossary.AsNoTracking().OrderBy(g => g.Id).Select(g => new GlossaryPair(g.En, g.Cy)).ToListAsync(cancellationToken);

    private string? ReadPointer()
    {
        var file = Path.Combine(folder, Pointer);
        return File.Exists(file) ? File.ReadAllText(file).Trim() : null;
    }

    // Builds left by a rebuild that died, or replaced while another process had them open.
    private void RemoveOldBuilds()
    {
        foreach (var build in new DirectoryInfo(folder).EnumerateDirectories("index-*"))
        {
            if (build.Name != _current && build.LastWriteTimeUtc < DateTime.UtcNow.AddHours(-1))
            {
                TryDelete(build.FullName);
            }
        }
    }

    private void TryDelete(string path)
    {
        try
        {
            System.IO.Directory.Delete(path, recursive: true);
        }
        catch (IOException e)
        {
            logger.LogInformation(e, "An old search index in {Path} is left for later.", path);
        }
    }

    private void Close()
    {
        try
        {
            CommitApplied();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The index is being left for a new one or is unreadable: what it lacks, the log still has.
            logger.LogInformation(e, "The search index in {Folder} was closed without its last changes committed.", folder);
        }

        _searchers?.Dispose();
        _writer?.Dispose();
        _directory?.Dispose();
        (_searchers, _writer, _directory, _current) = (null, null, null, null);
    }

    private static DirectoryReader EmptyIndex()
    {
        var directory = new RAMDirectory();
        using (new IndexWriter(directory, Config(OpenMode.CREATE, 1)))
        {
        }

        return DirectoryReader.Open(directory);
    }

    /// <summary>A searcher, given back to the manager it came from (which a rebuild may have replaced meanwhile).</summary>
    public readonly struct Lease(IndexSearcher searcher, SearcherManager? manager) : IDisposable
    {
        public IndexSearcher Searcher { get; } = searcher;

        public void Dispose() => manager?.Release(Searcher);
    }

    /// <summary>Searchers that score as the writer does.</summary>
    private sealed class Searchers : SearcherFactory
    {
        public static readonly Similarity Similarity = new BM25Similarity();

        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity };
    }
}
