using Microsoft.EntityFrameworkCore;
using Psqm.Core.Data;

namespace Psqm.Modules.Criteria.Data;

public sealed class CriteriaDbContext(DbContextOptions<CriteriaDbContext> options) : DbContext(options)
{
    public DbSet<Framework> Frameworks => Set<Framework>();

    public DbSet<Criterion> Criteria => Set<Criterion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var framework = modelBuilder.Entity<Framework>();
        framework.ToTable("Frameworks");
        framework.HasKey(f => f.Key);
        framework.Property(f => f.Key).HasMaxLength(32);
        framework.Property(f => f.Name).HasLocalizedText();
        framework.Property(f => f.Levels).HasJsonConversion();
        framework.Property(f => f.Aims).HasJsonConversion();

        var criterion = modelBuilder.Entity<Criterion>();
        criterion.ToTable("Criteria");
        criterion.Property(c => c.FrameworkKey).HasMaxLength(32);
        criterion.Property(c => c.LevelKey).HasMaxLength(32);
        criterion.Property(c => c.AimKey).HasMaxLength(32);
        criterion.Property(c => c.Text).HasLocalizedText();
        criterion.Property(c => c.Guidance).HasLocalizedText();
        criterion.HasIndex(c => new { c.FrameworkKey, c.LevelKey, c.Number }).IsUnique();
    }
}
