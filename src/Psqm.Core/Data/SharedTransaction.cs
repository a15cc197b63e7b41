using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Psqm.Core.Data;

/// <summary>
/// Lets one module's context write inside the transaction another module's context has open, on the same
/// connection, so a change and what follows from it (an email, an award) commit or roll back together.
/// </summary>
public static class SharedTransaction
{
    /// <summary>
    /// A new <typeparamref name="TContext"/> on <paramref name="within"/>'s connection and open transaction; dispose
    /// it when done (the connection stays with <paramref name="within"/>).
    /// </summary>
    public static async Task<TContext> JoinAsync<TContext>(DbContext within, DbContextOptions<TContext> options, CancellationToken cancellationToken)
        where TContext : DbContext
    {
        var joined = (TContext)Activator.CreateInstance(typeof(TContext), options)!;
        await EnlistAsync(within, joined, cancellationToken);
        return joined;
    }

    /// <summary>
    /// Puts a context nobody has used yet (just resolved from a new scope, so that the services of that scope which
    /// share it write with it) on <paramref name="within"/>'s connection and open transaction.
    /// </summary>
    public static async Task EnlistAsync(DbContext within, DbContext context, CancellationToken cancellationToken)
    {
        var transaction = within.Database.CurrentTransaction ?? throw new InvalidOperationException("There is no open transaction to join.");
        context.Database.SetDbConnection(within.Database.GetDbConnection(), contextOwnsConnection: false);
        await context.Database.UseTransactionAsync(transaction.GetDbTransaction(), cancellationToken);
    }
}
