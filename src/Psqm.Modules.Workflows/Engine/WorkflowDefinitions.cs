using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Psqm.Core.Tenancy;
using Psqm.Modules.Workflows.Data;
using Psqm.Modules.Workflows.Definitions;

namespace Psqm.Modules.Workflows.Engine;

/// <summary>
/// The tenant's definitions, each version kept: saving a changed definition adds a version, and an instance keeps
/// reading the version it began with. A definition the validator refuses is never saved.
/// </summary>
public sealed class WorkflowDefinitions(WorkflowsDbContext db, DefinitionValidator validator, Psqm.Core.Caching.TenantCache cache, TimeProvider clock)
{
    /// <summary>Saves the definition as a new version when it differs from the latest; the problems, when it is refused.</summary>
    public async Task<IReadOnlyList<string>> SaveAsync(WorkflowDefinition definition, CancellationToken cancellationToken)
    {
        var problems = validator.Validate(definition);
        if (problems.Count > 0)
        {
            return problems;
        }

        var json = definition.ToJson();
        var latest = await db.Definitions.Where(d => d.Key == definition.Key).OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellationToken);
        if (latest?.Json != json)
        {
            db.Definitions.Add(new StoredDefinition { Key = definition.Key, Version = (latest?.Version ?? 0) + 1, Json = json, CreatedUtc = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(cancellationToken);
        }

        return [];
    }

    /// <summary>The latest version of each definition, by key.</summary>
    public async Task<IReadOnlyList<(StoredDefinition Stored, WorkflowDefinition Definition)>> LatestAsync(CancellationToken cancellationToken)
    {
        var keys = await db.Definitions.AsNoTracking().GroupBy(d => d.Key).Select(g => new { Key = g.Key, Version = g.Max(d => d.Version) }).ToListAsync(cancellationToken);
        var result = new List<(StoredDefinition, WorkflowDefinition)>();
        foreach (var key in keys.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            result.Add(await VersionAsync(key.Key, key.Version, cancellationToken) ?? throw new InvalidOperationException($"Workflow {key.Key} version {key.Version} vanished."));
        }

        return result;
    }

    public async Task<(StoredDefinition Stored, WorkflowDefinition Definition)?> LatestAsync(string key, CancellationToken cancellationToken)
    {
        var version = await db.Definitions.AsNoTracking().Where(d => d.Key == key).MaxAsync(d => (int?)d.Version, cancellationToken);
        return version is null ? null : await VersionAsync(key, version.Value, cancellationToken);
    }

    /// <summary>A version never changes once saved, so each is parsed once per tenant.</summary>
    public async Task<(StoredDefinition Stored, WorkflowDefinition Definition)?> VersionAsync(string key, int version, CancellationToken cancellationToken)
    {
        // Only versions already saved are asked for: an instance names the version it started on.
        var stored = await cache.GetOrSetAsync<(StoredDefinition, WorkflowDefinition)?>("workflows", $"{key}:{version}", async token =>
            await db.Definitions.AsNoTracking().FirstOrDefaultAsync(d => d.Key == key && d.Version == version, token) is { } found
                ? (found, WorkflowDefinition.Parse(found.Json))
                : null, TimeSpan.FromHours(1), cancellationToken);
        return stored;
    }
}
