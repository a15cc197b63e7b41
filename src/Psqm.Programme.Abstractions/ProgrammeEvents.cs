using Psqm.Core.Events;

namespace Psqm.Programme;

/// <summary>What a registration asks for besides a level: renewing an award, in full or online only.</summary>
public static class Renewals
{
    public const string Full = "reaccreditation";
    public const string OnlineOnly = "reaccreditation-online";
}

/// <summary>HQ marked a registration of interest as enrolled in a round: the school begins its year, at the fee it was quoted.</summary>
public sealed record RegistrationEnrolled(
    int RegistrationId, RoundKey Round, string Mark, string? Hub,
    string SchoolName, string SchoolIdentifier, string Address, int Pupils, bool SmallSchool, decimal Fee,
    string ContactName, string ContactEmail, string Culture) : IDomainEvent;

/// <summary>Someone became the subject leader of an enrolled school and needs an account to work on its year.</summary>
public sealed record SubjectLeaderAdded(string Email, string Name, string Culture, string? Hub) : IDomainEvent;

/// <summary>HQ accepted someone's application to lead a hub: they need the hub leader's role, for that hub, and an account if they have none.</summary>
public sealed record HubLeaderAppointed(string Email, string Name, string Culture, string Hub) : IDomainEvent;

/// <summary>A level a school can be awarded, as the criteria frameworks define it, named in each language.</summary>
public sealed record QualityMarkLevel(string Framework, string Key, Psqm.Core.Localization.LocalizedText Name);

/// <summary>The tenant's criteria frameworks were loaded: modules that name award levels (content, registrations) follow them.</summary>
public sealed record QualityMarksChanged(IReadOnlyList<QualityMarkLevel> Levels) : IDomainEvent;
