using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Psqm.Modules.Users.Data;

/// <summary>The tenant's users and roles: ASP.NET Core Identity in the tenant's own database.</summary>
public sealed class UsersDbContext(DbContextOptions<UsersDbContext> options) : IdentityDbContext<PsqmUser, PsqmRole, string>(options)
{
    public DbSet<UserSession> Sessions => Set<UserSession>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        var session = builder.Entity<UserSession>();
        session.ToTable("UserSessions");
        session.HasKey(s => s.Id);
        session.Property(s => s.Id).HasMaxLength(32);
        session.Property(s => s.UserId).HasMaxLength(450);
        session.HasIndex(s => s.UserId);
        builder.Entity<PsqmUser>().Property(u => u.DisplayName).HasMaxLength(200);
        builder.Entity<PsqmUser>().Property(u => u.PreferredCulture).HasMaxLength(16);
        builder.Entity<PsqmUser>().Property(u => u.Hub).HasMaxLength(64);
        builder.Entity<PsqmRole>().Property(r => r.Description).HasMaxLength(400);
    }
}
