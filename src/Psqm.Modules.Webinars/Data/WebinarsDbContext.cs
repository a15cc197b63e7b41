using Microsoft.EntityFrameworkCore;

namespace Psqm.Modules.Webinars.Data;

public sealed class WebinarsDbContext(DbContextOptions<WebinarsDbContext> options) : DbContext(options)
{
    public DbSet<Registration> Registrations => Set<Registration>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var registration = modelBuilder.Entity<Registration>();
        registration.ToTable("WebinarRegistrations");
        registration.Property(r => r.WebinarKey).HasMaxLength(26);
        registration.Property(r => r.Name).HasMaxLength(200);
        registration.Property(r => r.Email).HasMaxLength(256);
        registration.Property(r => r.NormalizedEmail).HasMaxLength(256);
        registration.Property(r => r.School).HasMaxLength(200);
        registration.Property(r => r.Culture).HasMaxLength(8);
        registration.Property(r => r.Token).HasMaxLength(64);
        registration.Property(r => r.PageUrl).HasMaxLength(2000);
        registration.Property(r => r.CancelUrl).HasMaxLength(2000);

        // One live registration per address and webinar, however many requests race.
        registration.HasIndex(r => new { r.WebinarKey, r.NormalizedEmail }).IsUnique().HasFilter("\"Status\" <> 2").HasDatabaseName("IX_WebinarRegistrations_Email");
        registration.HasIndex(r => new { r.WebinarKey, r.Status, r.CreatedUtc }).HasDatabaseName("IX_WebinarRegistrations_Webinar");
        registration.HasIndex(r => r.Token).IsUnique().HasDatabaseName("IX_WebinarRegistrations_Token");
    }
}
