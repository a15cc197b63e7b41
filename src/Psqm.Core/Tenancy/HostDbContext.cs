using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Psqm.Core.Data;

namespace Psqm.Core.Tenancy;

/// <summary>The host database: the tenants registry, and the key ring every node protects cookies and forms with.</summary>
public sealed class HostDbContext(DbContextOptions<HostDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<TenantRecord> Tenants => Set<TenantRecord>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var tenant = modelBuilder.Entity<TenantRecord>();
        tenant.ToTable("Tenants");
        tenant.HasKey(t => t.Name);
        tenant.Property(t => t.Name).HasMaxLength(64);
        tenant.Property(t => t.UrlPrefix).HasMaxLength(64);
        tenant.Property(t => t.Host).HasMaxLength(255);
        tenant.Property(t => t.BaseUrl).HasMaxLength(255);
        tenant.Property(t => t.DatabaseProvider).HasMaxLength(32);
        tenant.Property(t => t.Recipe).HasMaxLength(128);
        tenant.Property(t => t.State).HasConversion<string>().HasMaxLength(16);
        tenant.Property(t => t.Version).IsConcurrencyToken();
        tenant.Property(t => t.Site).HasJsonConversion();
        tenant.HasIndex(t => new { t.Host, t.UrlPrefix }).IsUnique();
    }
}
