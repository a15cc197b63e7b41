using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Psqm.Core.Data;

/// <summary>Brings a context's tables up to date, whichever version of the site made them.</summary>
public static class Migrations
{
    // Databases made before migrations were generated (decision 16) carry the history of the hand-written ones. Their
    // last hand-written migration left exactly the schema of the generated baseline, so the baseline is recorded as
    // applied rather than run again over tables that are already there.
    private static readonly Dictionary<string, string> LastHandWritten = new(StringComparer.Ordinal)
    {
        ["HostDbContext"] = "20261201000000_HostTenantBaseUrl",
        ["OutboxDbContext"] = "20261201000200_EmailOutbox",
        ["CacheStampsDbContext"] = "20261201000300_CacheStamps",
        ["UsersDbContext"] = "20261203000500_Notifications",
        ["ContentDbContext"] = "20261203000000_MediaImageSize",
        ["CriteriaDbContext"] = "20261202000800_FrameworkTexts",
        ["AwardsDbContext"] = "20261203000300_Certificates",
        ["SearchDbContext"] = "20261205000100_SearchChangeLog",
        ["WebinarsDbContext"] = "20261122000500_WebinarsInitial",
        ["EnquiriesDbContext"] = "20261122000700_HubRegions",
        ["ProgrammeDbContext"] = "20261204000100_HubLeaderApplications",
        ["WorkflowsDbContext"] = "20261203000700_OneInstancePerSubject",
    };

    public static async Task MigrateAsync(DbContext db, CancellationToken cancellationToken)
    {
        // Only SQLite databases are old enough; PostgreSQL came with the generated migrations.
        if (!db.Database.IsSqlite())
        {
            await DatabaseProviders.PrepareAsync(db, cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }

        var baseline = db.Database.GetMigrations().FirstOrDefault();
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        if (baseline is not null && applied.Count > 0 && !applied.Contains(baseline))
        {
            var name = db.GetType().Name;
            if (!LastHandWritten.TryGetValue(name, out var last) || !applied.Contains(last))
            {
                throw new InvalidOperationException(
                    $"The {name} tables were made by a version of the site older than 2026-12-03 and not brought up to date: start that version once, then this one.");
            }

            var history = db.GetService<IHistoryRepository>();
            await db.Database.ExecuteSqlRawAsync(
                history.GetInsertScript(new HistoryRow(baseline, typeof(DbContext).Assembly.GetName().Version!.ToString(3))), cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
    }
}
