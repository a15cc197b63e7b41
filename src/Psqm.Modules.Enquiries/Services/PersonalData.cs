using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Psqm.Core.Tenancy;
using Psqm.Modules.Enquiries.Data;

namespace Psqm.Modules.Enquiries.Services;

/// <summary>
/// Erases the personal details of registrations: one person's on request, and, by the retention setting, those of
/// registrations that never enrolled. What is left (reference, mark, round, hub, status, dates) says nothing about
/// anyone and keeps the programme's figures right.
/// </summary>
public sealed class PersonalData(EnquiriesDbContext db, TimeProvider clock)
{
    public const string Erased = "—";

    public async Task<IReadOnlyList<Enquiry>> FindAsync(string email, CancellationToken cancellationToken = default)
    {
        var normalized = email.Trim().ToUpperInvariant();
        return normalized.Length == 0
            ? []
            : await db.Enquiries.AsNoTracking().Include(e => e.Notes).Where(e => e.NormalizedEmail == normalized).OrderBy(e => e.CreatedUtc).ToListAsync(cancellationToken);
    }

    public async Task<int> EraseAsync(string email, CancellationToken cancellationToken = default)
    {
        var normalized = email.Trim().ToUpperInvariant();
        return normalized.Length == 0 ? 0 : await EraseWhereAsync(db.Enquiries.Where(e => e.NormalizedEmail == normalized), cancellationToken);
    }

    /// <summary>Registrations older than the retention period that never enrolled.</summary>
    public async Task<int> EraseExpiredAsync(DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        var months = (await db.Settings.AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken))?.RetentionMonths ?? 24;
        var before = nowUtc.AddMonths(-Math.Max(1, months));
        return await EraseWhereAsync(db.Enquiries.Where(e => e.CreatedUtc < before && e.Status != EnquiryStatus.Enrolled && e.NormalizedEmail != ""), cancellationToken);
    }

    private async Task<int> EraseWhereAsync(IQueryable<Enquiry> which, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = await which.Select(e => e.Id).ToListAsync(cancellationToken);
        await db.Notes.Where(n => ids.Contains(n.EnquiryId)).ExecuteDeleteAsync(cancellationToken);
        var count = await db.Enquiries.Where(e => ids.Contains(e.Id)).ExecuteUpdateAsync(
            set => set
                .SetProperty(e => e.SchoolName, Erased).SetProperty(e => e.SchoolIdentifier, "").SetProperty(e => e.Address, "")
                .SetProperty(e => e.ContactName, Erased).SetProperty(e => e.Role, "").SetProperty(e => e.Email, "")
                .SetProperty(e => e.NormalizedEmail, "").SetProperty(e => e.Phone, (string?)null)
                .SetProperty(e => e.UpdatedUtc, now).SetProperty(e => e.Version, e => e.Version + 1),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return count;
    }
}

/// <summary>Runs the retention rule for every running tenant with registrations, once an hour.</summary>
public sealed class RetentionService(TenantRegistry tenants, IServiceScopeFactory scopes, TimeProvider clock, ILogger<RetentionService> logger)
    : TenantBackgroundService(tenants, scopes, clock, logger)
{
    protected override string ModuleName => Manifest.Value.Name;

    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override async Task RunAsync(IServiceProvider services, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var erased = await services.GetRequiredService<PersonalData>().EraseExpiredAsync(nowUtc, cancellationToken);
        if (erased > 0)
        {
            logger.LogInformation("Erased the personal details of {Count} registrations of tenant {Tenant} past their retention period.", erased, TenantScope.Required.Name);
        }
    }
}
