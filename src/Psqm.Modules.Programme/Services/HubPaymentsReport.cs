using Microsoft.EntityFrameworkCore;
using Psqm.Modules.Programme.Data;

namespace Psqm.Modules.Programme.Services;

/// <summary>What a hub is owed for a round: its schools and its online-only reaccreditations, at the settings' rates.</summary>
public sealed record HubPayment(string Hub, int Schools, int OnlineReaccreditations, decimal Amount);

/// <summary>What a hub leader is owed for a round's reviews of other hubs' schools that they sent.</summary>
public sealed record ReviewerPayment(string Reviewer, string Name, string Hub, int Reviews, decimal Amount);

/// <summary>Hub leader payments for one round, from the enrolments and the reviews sent, at the rates in the settings.</summary>
public sealed record HubPaymentsReport(Round Round, ProgrammeSettings Rates, IReadOnlyList<HubPayment> Hubs, IReadOnlyList<ReviewerPayment> Reviewers)
{
    public decimal Total => Hubs.Sum(h => h.Amount) + Reviewers.Sum(r => r.Amount);

    public static async Task<HubPaymentsReport> LoadAsync(Round round, ProgrammeDbContext db, CancellationToken cancellationToken)
    {
        var rates = await db.SettingsAsync(cancellationToken);
        var enrolments = await db.Enrolments.AsNoTracking().Where(e => e.RoundId == round.Id && e.Hub != "")
            .GroupBy(e => e.Hub)
            .Select(g => new { Hub = g.Key, Online = g.Count(e => e.Kind == EnrolmentKind.OnlineReaccreditation), All = g.Count() })
            .ToListAsync(cancellationToken);
        var hubs = enrolments.Select(h => new HubPayment(h.Hub, h.All - h.Online, h.Online, ((h.All - h.Online) * rates.PerSchoolPayment) + (h.Online * rates.PerOnlineReaccreditationPayment)))
            .OrderBy(h => h.Hub, StringComparer.Ordinal).ToList();
        var reviews = await db.Reviews.AsNoTracking()
            .Where(r => r.CompletedUtc != null && r.WithdrawnUtc == null && db.Enrolments.Any(e => e.Id == r.EnrolmentId && e.RoundId == round.Id))
            .GroupBy(r => new { r.Reviewer, r.ReviewerName, r.ReviewerHub })
            .Select(g => new { g.Key.Reviewer, g.Key.ReviewerName, g.Key.ReviewerHub, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var reviewers = reviews.Select(r => new ReviewerPayment(r.Reviewer, r.ReviewerName.Length > 0 ? r.ReviewerName : r.Reviewer.ToLowerInvariant(), r.ReviewerHub, r.Count, r.Count * rates.PerReviewPayment))
            .OrderBy(r => r.Name, StringComparer.CurrentCulture).ToList();
        return new HubPaymentsReport(round, rates, hubs, reviewers);
    }
}
