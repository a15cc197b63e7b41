using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Psqm.Modules.Users.Data;

/// <summary>The tenant's users and roles: ASP.NET Core Identity in the tenant's own database.</summary>
public sealed class UsersDbContext(DbContextOptions<UsersDbContext> options) : IdentityDbContext<PsqmUser, PsqmRole, string>(options)
{
    public DbSet<UserSession> Sessions => Set<UserSession>();

    public DbSet<AuditEntry> Audit => Set<AuditEntry>();

    public DbSet<Notification> Notifications => Set<Notification>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        var session = builder.Entity<UserSession>();
        session.ToTable("UserSessions");
        session.HasKey(s => s.Id);
        session.Property(s => s.Id).HasMaxLength(32);
        session.Property(s => s.UserId).HasMaxLength(450);
        session.HasIndex(s => s.UserId);
        var audit = builder.Entity<AuditEntry>();
        audit.ToTable("UserAudit");
        audit.Property(a => a.Actor).HasMaxLength(256);
        audit.Property(a => a.Action).HasMaxLength(32);
        audit.Property(a => a.Subject).HasMaxLength(256);
        audit.Property(a => a.Before).HasMaxLength(2000);
        audit.Property(a => a.After).HasMaxLength(2000);
        audit.HasIndex(a => a.WhenUtc);
        audit.HasIndex(a => a.Subject);
        var notification = builder.Entity<Notification>();
        notification.ToTable("Notifications");
        notification.Property(n => n.Recipient).HasMaxLength(256);
        notification.Property(n => n.Text).HasMaxLength(500);
        notification.Property(n => n.Link).HasMaxLength(500);
        notification.HasIndex(n => new { n.Recipient, n.ReadUtc });
        builder.Entity<PsqmUser>().Property(u => u.DisplayName).HasMaxLength(200);
        builder.Entity<PsqmUser>().Property(u => u.PreferredCulture).HasMaxLength(16);
        builder.Entity<PsqmUser>().Property(u => u.Hub).HasMaxLength(64);
        builder.Entity<PsqmRole>().Property(r => r.Description).HasMaxLength(400);
    }
}
