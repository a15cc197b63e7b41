using Microsoft.EntityFrameworkCore;

namespace Psqm.Core.Caching;

public sealed class CacheStampsDbContext(DbContextOptions<CacheStampsDbContext> options) : DbContext(options)
{
    public DbSet<CacheStamp> Stamps => Set<CacheStamp>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var stamp = modelBuilder.Entity<CacheStamp>();
        stamp.ToTable("CacheStamps");
        stamp.HasKey(s => s.Area);
        stamp.Property(s => s.Area).HasMaxLength(64);
        stamp.Property(s => s.Stamp).HasMaxLength(32);
    }
}
