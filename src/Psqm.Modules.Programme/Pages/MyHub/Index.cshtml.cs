using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Psqm.Core.Content;
using Psqm.Core.Security;
using Psqm.Modules.Criteria;
using Psqm.Modules.Programme.Data;
using Psqm.Modules.Programme.Services;

namespace Psqm.Modules.Programme.Pages.MyHub;

/// <summary>One school of the hub in a round, with how far its year has got.</summary>
public sealed record HubSchoolRow(Enrolment Enrolment, int Rated, int Criteria)
{
    public bool LevelToConfirm => Enrolment.ProposedLevel is not null && Enrolment.ConfirmedLevel is null;
}

/// <summary>A hub leader's schools, round by round, those waiting for them first.</summary>
[RequirePermission("MentorSchools")]
public sealed class IndexModel(ProgrammeDbContext db, ProgrammeScope scope, FrameworkReader frameworks, PublishedContent published) : PageModel
{
    public IReadOnlyList<IGrouping<Round, HubSchoolRow>> Rounds { get; private set; } = [];

    public string HubName { get; private set; } = "";

    public IReadOnlyDictionary<string, string> LevelNames { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync()
    {
        var language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var visible = await scope.VisibleAsync(User, db.Enrolments, db);
        var enrolments = await visible.AsNoTracking().Include(e => e.School).Include(e => e.Round).ToListAsync(HttpContext.RequestAborted);
        var ids = enrolments.Select(e => e.Id).ToArray();
        var ratings = await db.Ratings.AsNoTracking().Where(r => ids.Contains(r.EnrolmentId)).Select(r => new { r.EnrolmentId, r.CriterionId }).ToListAsync(HttpContext.RequestAborted);
        var all = await frameworks.AllAsync(HttpContext.RequestAborted);
        LevelNames = all.SelectMany(f => f.Framework.Levels).DistinctBy(l => l.Key).ToDictionary(l => l.Key, l => l.Name(language));
        var rows = enrolments.Select(e =>
        {
            var framework = all.FirstOrDefault(f => f.Framework.Key == e.Round.FrameworkKey);
            var level = e.WorkingLevel ?? framework?.Framework.Levels.FirstOrDefault()?.Key;
            var criteria = framework?.Criteria.Where(c => c.LevelKey == level).Select(c => c.Id).ToHashSet() ?? [];
            return new HubSchoolRow(e, ratings.Count(r => r.EnrolmentId == e.Id && criteria.Contains(r.CriterionId)), criteria.Count);
        });
        Rounds = rows.OrderByDescending(r => r.LevelToConfirm).ThenBy(r => r.Rated * 1.0 / Math.Max(r.Criteria, 1)).ThenBy(r => r.Enrolment.School.Name, StringComparer.CurrentCulture)
            .GroupBy(r => r.Enrolment.Round).OrderByDescending(g => g.Key.StartYear).ThenByDescending(g => g.Key.Number).ToList();
        var hub = User.HubKey();
        HubName = hub is null ? "" : (await published.TermsAsync(HttpContext.RequestAborted)).NameOf(Taxonomies.Hubs, hub, language);
    }
}
