using Psqm.Modules.Programme.Data;

namespace Psqm.Modules.Programme.Services;

/// <summary>A review as the read-only partial draws it: per criterion met or not yet, the level recommended, the summary.</summary>
public sealed record ReviewReadView(Review Review, SchoolYear Year, bool ShowReviewer);
