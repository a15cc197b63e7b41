using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Psqm.Testing;

/// <summary>
/// Counts the SQL commands tenant databases run for requests, so tests can hold hot pages to a query budget.
/// Background jobs (the outbox, cache stamps, reminders) run queries of their own at any moment; they are not counted.
/// </summary>
public sealed class QueryCounter : DbCommandInterceptor
{
    private static readonly AsyncLocal<bool> InRequest = new();
    private int _count;

    /// <summary>Marks the code that follows, in this async flow, as serving a request.</summary>
    public static void EnterRequest() => InRequest.Value = true;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        if (InRequest.Value)
        {
            Interlocked.Increment(ref _count);
        }

        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (InRequest.Value)
        {
            Interlocked.Increment(ref _count);
        }

        return ValueTask.FromResult(result);
    }
}
