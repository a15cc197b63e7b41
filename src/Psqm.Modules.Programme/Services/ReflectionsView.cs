using Psqm.Modules.Criteria.Data;
using Psqm.Modules.Programme.Data;

namespace Psqm.Modules.Programme.Services;

/// <summary>A school year's reflections with their evidence, as the read-only partial draws them.</summary>
public sealed record ReflectionsView(
    SchoolYear Year, IReadOnlyList<Criterion> Criteria, IReadOnlyDictionary<int, Reflection> Written, IReadOnlyDictionary<int, EvidenceItem> Evidence, int WordLimit)
{
    /// <summary>What a page adds under each criterion's reflection (a reviewer's finding), if anything.</summary>
    public Func<Criterion, Microsoft.AspNetCore.Html.IHtmlContent>? Below { get; init; }

    public static async Task<ReflectionsView> LoadAsync(SchoolYear year, Reflections reflections, EvidenceLibrary library, CancellationToken cancellationToken) => new(
        year,
        year.CriteriaOf(year.AuditLevel),
        (await reflections.ListAsync(year.Enrolment.Id, cancellationToken)).ToDictionary(r => r.CriterionId),
        (await library.ListAsync(year.Enrolment.Id, cancellationToken)).ToDictionary(e => e.Id),
        year.Framework.Framework.Levels.First(l => l.Key == year.AuditLevel).ReflectionWords);
}
