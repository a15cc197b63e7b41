using Psqm.Modules.Criteria.Data;
using Psqm.Modules.Programme.Data;

namespace Psqm.Modules.Programme.Services;

/// <summary>What the evidence partial draws: a school year's criteria and evidence, filtered to one criterion or not.</summary>
public sealed record EvidenceView(SchoolYear Year, IReadOnlyList<Criterion> Criteria, IReadOnlyList<EvidenceItem> Items, int? Criterion, bool Editable);
