using Microsoft.EntityFrameworkCore;
using Psqm.Core.Data;

namespace Psqm.Modules.Content.Engine;

/// <summary>Content items, media and taxonomies of the tenant in scope.</summary>
public sealed class ContentDbContext(DbContextOptions<ContentDbContext> options) : DbContext(options)
{
    public DbSet<ContentItem> ContentItems => Set<ContentItem>();

    public DbSet<MediaItem> Media => Set<MediaItem>();

    public DbSet<TaxonomyTerm> Terms => Set<TaxonomyTerm>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var item = modelBuilder.Entity<ContentItem>();
        item.ToTable("ContentItems");
        item.Property(c => c.ContentItemId).HasMaxLength(26);
        item.Property(c => c.ContentType).HasMaxLength(64);
        item.Property(c => c.Culture).HasMaxLength(8);
        item.Property(c => c.LocalizationSet).HasMaxLength(26);
        item.Property(c => c.Title).HasMaxLength(200);
        item.Property(c => c.Slug).HasMaxLength(200);
        item.Property(c => c.Owner).HasMaxLength(256);
        item.Property(c => c.Author).HasMaxLength(256);
        item.Property(c => c.Fields).HasColumnName("Data").HasJsonConversion();
        item.Property(c => c.Hub).HasMaxLength(64);

        // One latest row per item: two editors saving at once cannot both win.
        item.HasIndex(c => c.ContentItemId).IsUnique().HasFilter("\"Latest\" = TRUE").HasDatabaseName("IX_ContentItems_Latest");
        item.HasIndex(c => new { c.Culture, c.Slug }).IsUnique().HasFilter("\"Latest\" = TRUE AND \"Deleted\" = FALSE").HasDatabaseName("IX_ContentItems_Slug");
        item.HasIndex(c => new { c.ContentType, c.Culture, c.Published }).HasDatabaseName("IX_ContentItems_Type");
        item.HasIndex(c => new { c.Hub, c.ContentType }).HasDatabaseName("IX_ContentItems_Hub");
        item.HasIndex(c => c.LocalizationSet).HasDatabaseName("IX_ContentItems_LocalizationSet");
        item.HasIndex(c => new { c.ContentItemId, c.Version }).IsUnique().HasDatabaseName("IX_ContentItems_Version");

        var media = modelBuilder.Entity<MediaItem>();
        media.ToTable("Media");
        media.Property(m => m.FileName).HasMaxLength(64);
        media.Property(m => m.OriginalName).HasMaxLength(255);
        media.Property(m => m.MediaType).HasMaxLength(128);
        media.Property(m => m.UploadedBy).HasMaxLength(256);
        media.Property(m => m.Variants).HasMaxLength(64);
        media.Property(m => m.AltText).HasJsonConversion();
        media.HasIndex(m => m.FileName).IsUnique();

        var term = modelBuilder.Entity<TaxonomyTerm>();
        term.ToTable("TaxonomyTerms");
        term.Property(t => t.Taxonomy).HasMaxLength(64);
        term.Property(t => t.Key).HasMaxLength(64);
        term.Property(t => t.Name).HasLocalizedText();
        term.HasIndex(t => new { t.Taxonomy, t.Key }).IsUnique();
    }
}
