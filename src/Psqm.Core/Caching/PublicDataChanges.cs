using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Psqm.Core.Caching;

/// <summary>
/// Marks an entity that public pages show: saving one stamps <see cref="CacheStamps.PublicData"/>, so kept pages
/// and the caches keyed by that stamp are renewed, whichever page, recipe or command saved it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ShownOnPublicPagesAttribute : Attribute;

/// <summary>
/// Stamps <see cref="CacheStamps.PublicData"/> once a save of a <see cref="ShownOnPublicPagesAttribute"/> entity is
/// committed: straight after the save, or when its transaction commits (stamping sooner would let a page render
/// the old rows under the new stamp; stamping inside it would wait on the transaction's own lock).
/// </summary>
public sealed class PublicDataChanges(CacheStamps stamps) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly ConcurrentDictionary<Type, bool> Shown = new();
    private static readonly ConditionalWeakTable<Microsoft.EntityFrameworkCore.Metadata.IModel, object?> ModelsShowing = [];
    private static readonly object Mark = new();
    private readonly ConditionalWeakTable<DbContext, object> _saving = [];
    private readonly ConditionalWeakTable<DbTransaction, object> _committing = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Saved(eventData.Context))
        {
            await stamps.ChangedAsync(CacheStamps.PublicData, CancellationToken.None);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Saved(eventData.Context))
        {
            stamps.ChangedAsync(CacheStamps.PublicData, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _saving.Remove(eventData.Context!);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _saving.Remove(eventData.Context!);
        return Task.CompletedTask;
    }

    async Task IDbTransactionInterceptor.TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        if (_committing.Remove(transaction))
        {
            await stamps.ChangedAsync(CacheStamps.PublicData, CancellationToken.None);
        }
    }

    void IDbTransactionInterceptor.TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (_committing.Remove(transaction))
        {
            stamps.ChangedAsync(CacheStamps.PublicData, CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    private void Note(DbContext? context)
    {
        // Most contexts hold nothing public: their saves are not looked through.
        if (context is not null && ModelsShowing.GetValue(context.Model, model => model.GetEntityTypes().Any(t => IsShown(t.ClrType)) ? Mark : null) is not null
            && context.ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && IsShown(e.Metadata.ClrType)))
        {
            _saving.AddOrUpdate(context, Mark);
        }
    }

    private static bool IsShown(Type type) => Shown.GetOrAdd(type, t => t.IsDefined(typeof(ShownOnPublicPagesAttribute), inherit: false));

    // Whether to stamp now; inside a transaction the stamp waits for its commit.
    private bool Saved(DbContext? context)
    {
        if (context is null || !_saving.Remove(context))
        {
            return false;
        }

        if (context.Database.CurrentTransaction is { } transaction)
        {
            _committing.AddOrUpdate(transaction.GetDbTransaction(), Mark);
            return false;
        }

        return true;
    }
}
