using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Psqm.Core.Data;

/// <summary>
/// The one place a context is put on a database engine: the host registry, every tenant's modules and the design-time
/// factories that generate migrations all come through here, so the model a migration was made from is the model that runs.
/// </summary>
public static class DatabaseProviders
{
    /// <summary>Migrations are generated per engine into an assembly of their own (decision 16).</summary>
    public static string MigrationsAssembly(string provider) => "Psqm.Migrations." + provider;

    public static DbContextOptionsBuilder UseProvider(this DbContextOptionsBuilder builder, string provider, string connection, string historyTable)
    {
        switch (provider)
        {
            case DatabaseOptions.Sqlite:
                builder.UseSqlite(connection, o => o.MigrationsHistoryTable(historyTable).MigrationsAssembly(MigrationsAssembly(provider)));
                break;
            case DatabaseOptions.PostgreSQL:
                builder.UseNpgsql(connection, o => o.MigrationsHistoryTable(historyTable).MigrationsAssembly(MigrationsAssembly(provider)));
                builder.ReplaceService<IModelCustomizer, UtcTimestamps>();
                break;
            default:
                throw new InvalidOperationException($"'{provider}' is not a database provider this site knows: use '{DatabaseOptions.Sqlite}' or '{DatabaseOptions.PostgreSQL}'.");
        }

        return builder;
    }

    /// <summary>
    /// The site keeps UTC times as DateTime, some read back from SQLite without a kind. Npgsql maps DateTime to
    /// <c>timestamptz</c> and refuses any not marked UTC, so on PostgreSQL every one is marked UTC on its way in.
    /// </summary>
    private sealed class UtcTimestamps(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
    {
        private static readonly ValueConverter<DateTime, DateTime> AsUtc =
            new(value => DateTime.SpecifyKind(value, DateTimeKind.Utc), value => DateTime.SpecifyKind(value, DateTimeKind.Utc));

        public override void Customize(ModelBuilder modelBuilder, DbContext context)
        {
            base.Customize(modelBuilder, context);
            foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetDeclaredProperties()))
            {
                if ((property.ClrType == typeof(DateTime) || property.ClrType == typeof(DateTime?)) && property.GetValueConverter() is null)
                {
                    property.SetValueConverter(AsUtc);
                }
            }
        }
    }
}
