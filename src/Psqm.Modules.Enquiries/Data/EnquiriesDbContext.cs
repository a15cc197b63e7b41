using Microsoft.EntityFrameworkCore;

namespace Psqm.Modules.Enquiries.Data;

public sealed class EnquiriesDbContext(DbContextOptions<EnquiriesDbContext> options) : DbContext(options)
{
    public DbSet<Enquiry> Enquiries => Set<Enquiry>();

    public DbSet<EnquiryNote> Notes => Set<EnquiryNote>();

    public DbSet<HubArea> Areas => Set<HubArea>();

    public DbSet<EnquirySettings> Settings => Set<EnquirySettings>();

    public DbSet<HubRegion> Regions => Set<HubRegion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var enquiry = modelBuilder.Entity<Enquiry>();
        enquiry.ToTable("Enquiries");
        enquiry.Property(e => e.Reference).HasMaxLength(16);
        enquiry.Property(e => e.SchoolName).HasMaxLength(200);
        enquiry.Property(e => e.SchoolIdentifier).HasMaxLength(50);
        enquiry.Property(e => e.Address).HasMaxLength(400);
        enquiry.Property(e => e.ContactName).HasMaxLength(200);
        enquiry.Property(e => e.Role).HasMaxLength(100);
        enquiry.Property(e => e.Email).HasMaxLength(256);
        enquiry.Property(e => e.NormalizedEmail).HasMaxLength(256);
        enquiry.Property(e => e.Phone).HasMaxLength(40);
        enquiry.Property(e => e.Mark).HasMaxLength(32);
        enquiry.Property(e => e.Round).HasMaxLength(32);
        enquiry.Property(e => e.HeardFrom).HasMaxLength(32);
        enquiry.Property(e => e.Culture).HasMaxLength(8);
        enquiry.Property(e => e.Hub).HasMaxLength(64);
        enquiry.Property(e => e.EnrolledRound).HasMaxLength(32);
        enquiry.Property(e => e.Version).IsConcurrencyToken();
        enquiry.HasIndex(e => e.Reference).IsUnique();
        enquiry.HasIndex(e => new { e.Hub, e.Status, e.CreatedUtc }).HasDatabaseName("IX_Enquiries_Hub");
        enquiry.HasIndex(e => new { e.NormalizedEmail, e.CreatedUtc }).HasDatabaseName("IX_Enquiries_Email");
        enquiry.HasMany(e => e.Notes).WithOne().HasForeignKey(n => n.EnquiryId).OnDelete(DeleteBehavior.Cascade);

        var note = modelBuilder.Entity<EnquiryNote>();
        note.ToTable("EnquiryNotes");
        note.Property(n => n.Author).HasMaxLength(256);
        note.Property(n => n.Text).HasMaxLength(2000);

        var area = modelBuilder.Entity<HubArea>();
        area.ToTable("HubAreas");
        area.Property(a => a.Area).HasMaxLength(64);
        area.Property(a => a.Hub).HasMaxLength(64);
        area.HasIndex(a => a.Area).IsUnique();

        var region = modelBuilder.Entity<HubRegion>();
        region.ToTable("HubRegions");
        region.HasKey(r => r.Hub);
        region.Property(r => r.Hub).HasMaxLength(64);
        region.Property(r => r.Region).HasMaxLength(64);

        var settings = modelBuilder.Entity<EnquirySettings>();
        settings.ToTable("EnquirySettings");
        settings.Property(s => s.Id).ValueGeneratedNever();
        settings.Property(s => s.Currency).HasMaxLength(8);
        settings.Property(s => s.Identifier).HasMaxLength(16);
    }
}
