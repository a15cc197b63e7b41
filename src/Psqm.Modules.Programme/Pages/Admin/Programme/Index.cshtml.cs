using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Psqm.Core.Security;
using Psqm.Modules.Programme.Data;

namespace Psqm.Modules.Programme.Pages.Admin.Programme;

/// <summary>A round's schools counted at each stage of the year so far.</summary>
public sealed record RoundCounts(Round Round, int Enrolled, int AuditStarted, int LevelProposed, int LevelConfirmed, int Hubs);

/// <summary>HQ's view of the programme: every round with its schools at each stage, and its calendar.</summary>
[RequirePermission("ManageProgramme")]
public sealed class IndexModel(ProgrammeDbContext db) : PageModel
{
    public IReadOnlyList<RoundCounts> Rounds { get; private set; } = [];

    public int Schools { get; private set; }

    public async Task OnGetAsync()
    {
        var rounds = await db.Rounds.AsNoTracking().OrderByDescending(r => r.StartYear).ThenByDescending(r => r.Number).ThenByDescending(r => r.FrameworkKey == "psqm").ToListAsync(HttpContext.RequestAborted);
        var counts = await db.Enrolments.AsNoTracking().GroupBy(e => e.RoundId).Select(g => new
        {
            RoundId = g.Key,
            Enrolled = g.Count(),
            AuditStarted = g.Count(e => db.Ratings.Any(r => r.EnrolmentId == e.Id)),
            Proposed = g.Count(e => e.ProposedLevel != null),
            Confirmed = g.Count(e => e.ConfirmedLevel != null),
            Hubs = g.Select(e => e.Hub).Distinct().Count(),
        }).ToListAsync(HttpContext.RequestAborted);
        Rounds = rounds.Select(r => counts.FirstOrDefault(c => c.RoundId == r.Id) is { } c
            ? new RoundCounts(r, c.Enrolled, c.AuditStarted, c.Proposed, c.Confirmed, c.Hubs)
            : new RoundCounts(r, 0, 0, 0, 0, 0)).ToList();
        Schools = await db.Schools.CountAsync(HttpContext.RequestAborted);
    }
}
