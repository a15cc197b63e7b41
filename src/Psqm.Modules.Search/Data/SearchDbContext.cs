using Microsoft.EntityFrameworkCore;

namespace Psqm.Modules.Search.Data;

/// <summary>
/// One change to the index, written in the same transaction as the change to what it describes, so the index can
/// always be brought up to date from the database: the document to put, or none to remove it. Each process applies
/// the log to its own index in order of <see cref="Id"/>.
/// </summary>
public sealed class SearchChange
{
    /// <summary>The glossary changed: each index reloads it.</summary>
    public const string GlossarySource = "$glossary";

    public long Id { get; set; }

    public required string Source { get; set; }

    public required string Key { get; set; }

    /// <summary>The <see cref="Psqm.Core.Search.SearchDocument"/> as JSON, or null when the entry goes.</summary>
    public string? Document { get; set; }

    public DateTime ChangedUtc { get; set; }
}

/// <summary>An English term and the Welsh term for it: a search for either also finds the other.</summary>
public sealed class GlossaryEntry
{
    public int Id { get; set; }

    public required string En { get; set; }

    public required string Cy { get; set; }
}

public sealed class SearchDbContext(DbContextOptions<SearchDbContext> options) : DbContext(options)
{
    public DbSet<SearchChange> Changes => Set<SearchChange>();

    public DbSet<GlossaryEntry> Glossary => Set<GlossaryEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var change = modelBuilder.Entity<SearchChange>();
        change.ToTable("SearchChanges");
        change.Property(c => c.Source).HasMaxLength(64);
        change.Property(c => c.Key).HasMaxLength(256);
        change.HasIndex(c => c.ChangedUtc);

        var glossary = modelBuilder.Entity<GlossaryEntry>();
        glossary.ToTable("SearchGlossaryPairs");
        glossary.Property(g => g.En).HasMaxLength(100);
        glossary.Property(g => g.Cy).HasMaxLength(100);
    }
}
