using Microsoft.EntityFrameworkCore;
using Psqm.Core.Data;

namespace Psqm.Core.Email;

/// <summary>The tenant's email outbox, in the tenant's own database so a message commits with the change that causes it.</summary>
public sealed class OutboxDbContext(DbContextOptions<OutboxDbContext> options) : DbContext(options)
{
    public DbSet<OutboxMessage> Messages => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var message = modelBuilder.Entity<OutboxMessage>();
        message.ToTable("EmailOutbox");
        message.HasKey(m => m.Id);
        message.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        message.Property(m => m.To).HasMaxLength(320);
        message.Property(m => m.ReplyTo).HasMaxLength(320);
        message.Property(m => m.Subject).HasMaxLength(400);
        message.Property(m => m.Culture).HasMaxLength(16);
        message.Property(m => m.LastError).HasMaxLength(2000);
        message.Property(m => m.MessageId).HasMaxLength(400);
        message.Property(m => m.Attachments).HasJsonConversion();
        message.HasIndex(m => new { m.Status, m.NextAttemptUtc });
    }
}
