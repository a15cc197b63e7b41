using Microsoft.EntityFrameworkCore;
using Psqm.Core.Events;
using Psqm.Core.Localization;
using Psqm.Programme;

namespace Psqm.Modules.Content.Engine;

/// <summary>Adds missing terms of a taxonomy and renames and reorders existing ones, by key; terms not named stay.</summary>
public sealed class TaxonomyWriter(ContentDbContext db, PublishedContent published)
{
    public async Task WriteAsync(string taxonomy, IReadOnlyList<(string Key, LocalizedText Name)> terms, CancellationToken cancellationToken)
    {
        var existing = await db.Terms.Where(t => t.Taxonomy == taxonomy).ToListAsync(cancellationToken);
        for (var i = 0; i < terms.Count; i++)
        {
            var (key, name) = terms[i];
            var term = existing.FirstOrDefault(t => t.Key == key);
            if (term is null)
            {
                term = new TaxonomyTerm { Taxonomy = taxonomy, Key = key };
                db.Terms.Add(term);
            }

            (term.Name, term.Order) = (name, i);
        }

        await db.SaveChangesAsync(cancellationToken);
        await published.InvalidateAsync();
    }
}

/// <summary>The award levels that content is tagged with are the criteria frameworks' levels, never a second list.</summary>
public sealed class AwardLevelsFollowFrameworks(TaxonomyWriter writer) : IDomainEventListener<QualityMarksChanged>
{
    public Task HandleAsync(QualityMarksChanged domainEvent, CancellationToken cancellationToken) =>
        writer.WriteAsync(Taxonomies.AwardLevels, domainEvent.Levels.Select(l => (l.Key, l.Name)).ToList(), cancellationToken);
}
