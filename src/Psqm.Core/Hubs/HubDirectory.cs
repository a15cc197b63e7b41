using Psqm.Core.Localization;

namespace Psqm.Core.Hubs;

/// <summary>A hub as the public sees it: its name in each language and the areas it serves.</summary>
public sealed record HubListing(string Key, LocalizedText Name, IReadOnlyList<string> Areas, string? Region = null);

/// <summary>The tenant's hubs and their areas; given by the module that routes registrations to them.</summary>
public interface IHubDirectory
{
    /// <summary>The module that answers, so pages show the directory only where it is enabled.</summary>
    string ModuleName { get; }

    Task<IReadOnlyList<HubListing>> ListAsync(CancellationToken cancellationToken = default);
}

/// <summary>Someone to write to, with the language they read their email in (null: the page's), and their name where known.</summary>
public sealed record Recipient(string Email, string? Culture, string? Name = null);

/// <summary>A hub leader and the hub they lead.</summary>
public sealed record HubLeader(Recipient Leader, string Hub);

/// <summary>Who leads a hub or the programme, for messages to them; given by the users module. Addresses are never shown.</summary>
public interface IHubMembers
{
    Task<IReadOnlyList<Recipient>> LeadersAsync(string hub, CancellationToken cancellationToken = default);

    /// <summary>The programme team (HQ) of the tenant.</summary>
    Task<IReadOnlyList<Recipient>> ProgrammeTeamAsync(CancellationToken cancellationToken = default);

    /// <summary>Every hub leader of the tenant with their hub, for HQ to choose reviewers from.</summary>
    Task<IReadOnlyList<HubLeader>> HubLeadersAsync(CancellationToken cancellationToken = default);

    /// <summary>The tenant's content editors, who review what hub leaders offer for the whole site.</summary>
    Task<IReadOnlyList<Recipient>> EditorsAsync(CancellationToken cancellationToken = default);

    /// <summary>The tenant's assessors (Basic Skills), for HQ to choose from.</summary>
    Task<IReadOnlyList<Recipient>> AssessorsAsync(CancellationToken cancellationToken = default);

    /// <summary>These addresses, each in the language its account reads (null without an account); disabled accounts left out.</summary>
    Task<IReadOnlyList<Recipient>> AddressesAsync(IReadOnlyCollection<string> emails, CancellationToken cancellationToken = default);
}
