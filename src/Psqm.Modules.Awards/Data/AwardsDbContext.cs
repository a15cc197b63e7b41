using Microsoft.EntityFrameworkCore;

namespace Psqm.Modules.Awards.Data;

public sealed class AwardsDbContext(DbContextOptions<AwardsDbContext> options) : DbContext(options)
{
    public DbSet<AwardHolder> AwardHolders => Set<AwardHolder>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var holder = modelBuilder.Entity<AwardHolder>();
        holder.ToTable("AwardHolders");
        holder.Property(h => h.SchoolName).HasMaxLength(200);
        holder.Property(h => h.Town).HasMaxLength(100);
        holder.Property(h => h.Level).HasMaxLength(32);
        holder.Property(h => h.Region).HasMaxLength(64);
        holder.Property(h => h.Season).HasMaxLength(16);
        holder.HasIndex(h => h.ExpiresOn);
        holder.Ignore(h => h.Round);
        holder.HasIndex(h => new { h.SchoolName, h.Season, h.StartYear }).IsUnique();
        holder.Property(h => h.Code).HasMaxLength(16);
        holder.Property(h => h.RevokedReason).HasMaxLength(1000);
        holder.HasIndex(h => h.Code).IsUnique();
        holder.HasIndex(h => h.EnrolmentId);
    }
}
