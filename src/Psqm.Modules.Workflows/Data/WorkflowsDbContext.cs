using Microsoft.EntityFrameworkCore;
using Psqm.Core.Data;

namespace Psqm.Modules.Workflows.Data;

public sealed class WorkflowsDbContext(DbContextOptions<WorkflowsDbContext> options) : DbContext(options)
{
    public DbSet<StoredDefinition> Definitions => Set<StoredDefinition>();

    public DbSet<WorkflowInstance> Instances => Set<WorkflowInstance>();

    public DbSet<WorkflowStep> Steps => Set<WorkflowStep>();

    public DbSet<TimerFiring> TimerFirings => Set<TimerFiring>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var definition = modelBuilder.Entity<StoredDefinition>();
        definition.ToTable("WorkflowDefinitions");
        definition.Property(d => d.Key).HasMaxLength(64);
        definition.HasIndex(d => new { d.Key, d.Version }).IsUnique();

        var instance = modelBuilder.Entity<WorkflowInstance>();
        instance.ToTable("WorkflowInstances");
        instance.Property(i => i.Definition).HasMaxLength(64);
        instance.Property(i => i.SubjectType).HasMaxLength(64);
        instance.Property(i => i.SubjectId).HasMaxLength(64);
        instance.Property(i => i.State).HasMaxLength(64);
        instance.Property(i => i.Version).IsConcurrencyToken();
        instance.HasIndex(i => new { i.Definition, i.SubjectType, i.SubjectId }).IsUnique();
        instance.HasIndex(i => new { i.Definition, i.State });

        var step = modelBuilder.Entity<WorkflowStep>();
        step.ToTable("WorkflowSteps");
        step.Property(s => s.Transition).HasMaxLength(64);
        step.Property(s => s.From).HasMaxLength(64);
        step.Property(s => s.To).HasMaxLength(64);
        step.Property(s => s.By).HasMaxLength(256);
        step.Property(s => s.ByName).HasMaxLength(200);
        step.Property(s => s.Comment).HasMaxLength(5000);
        step.Property(s => s.Values).HasJsonConversion();
        step.HasOne<WorkflowInstance>().WithMany().HasForeignKey(s => s.InstanceId).OnDelete(DeleteBehavior.Cascade);
        step.HasIndex(s => s.InstanceId);

        var firing = modelBuilder.Entity<TimerFiring>();
        firing.ToTable("WorkflowTimerFirings");
        firing.Property(f => f.State).HasMaxLength(64);
        firing.Property(f => f.Timer).HasMaxLength(64);
        firing.HasOne<WorkflowInstance>().WithMany().HasForeignKey(f => f.InstanceId).OnDelete(DeleteBehavior.Cascade);

        // The database, not the code, keeps a timer to once per stay in a state, whichever node or restart fires it.
        firing.HasIndex(f => new { f.InstanceId, f.State, f.Timer, f.Since }).IsUnique();
    }
}

/// <summary>One version of a definition as the tenant stores it; a changed definition is a new version, never an edit.</summary>
public sealed class StoredDefinition
{
    public int Id { get; set; }

    public string Key { get; set; } = "";

    public int Version { get; set; }

    public string Json { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}

/// <summary>A process under way for one subject (a school's year, a content item...), at the definition version it began with.</summary>
public sealed class WorkflowInstance
{
    public int Id { get; set; }

    public string Definition { get; set; } = "";

    public int DefinitionVersion { get; set; }

    public string SubjectType { get; set; } = "";

    public string SubjectId { get; set; } = "";

    public string State { get; set; } = "";

    public DateTime StartedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>Changes with every transition, so two people acting at once cannot both succeed.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>A transition taken: who, when, from, to and why. The history of an instance is its steps.</summary>
public sealed class WorkflowStep
{
    public int Id { get; set; }

    public int InstanceId { get; set; }

    public string Transition { get; set; } = "";

    public string From { get; set; } = "";

    public string To { get; set; } = "";

    public string By { get; set; } = "";

    public string ByName { get; set; } = "";

    public string Comment { get; set; } = "";

    /// <summary>The transition's field values (a reviewer, a level), stored as JSON.</summary>
    public Dictionary<string, string> Values { get; set; } = [];

    public DateTime AtUtc { get; set; }
}

/// <summary>A timer that went off: for which instance, in which state, since when it was there, and when.</summary>
public sealed class TimerFiring
{
    public int Id { get; set; }

    public int InstanceId { get; set; }

    public string State { get; set; } = "";

    public string Timer { get; set; } = "";

    /// <summary>When the instance arrived in the state (its last change), so a later stay there has timers of its own.</summary>
    public DateTime Since { get; set; }

    public DateTime FiredUtc { get; set; }
}
