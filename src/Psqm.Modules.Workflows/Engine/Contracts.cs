using System.Security.Claims;
using Psqm.Core.Events;
using Psqm.Modules.Workflows.Data;
using Psqm.Modules.Workflows.Definitions;

namespace Psqm.Modules.Workflows.Engine;

/// <summary>One transition being taken: the instance, its definition, who takes it and what they wrote.</summary>
public sealed record WorkflowContext(WorkflowInstance Instance, WorkflowDefinition Definition, WorkflowTransition Transition, ClaimsPrincipal User, string? Comment)
{
    /// <summary>The values of the transition's fields (a reviewer chosen, a level awarded), as the step records them.</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    /// <summary>The engine's context while the transition's transaction is open, for actions that write with it.</summary>
    public Microsoft.EntityFrameworkCore.DbContext? Store { get; init; }

    public string? Value(string field) => Values.TryGetValue(field, out var value) && value.Length > 0 ? value : null;
}

/// <summary>A named condition a transition needs; null when it holds, else a message for the user in their language.</summary>
public interface IWorkflowGuard
{
    string Name { get; }

    Task<string?> CheckAsync(WorkflowContext context, CancellationToken cancellationToken);
}

/// <summary>A named activity that follows a transition, inside its transaction.</summary>
public interface IWorkflowAction
{
    string Name { get; }

    /// <summary>The part after the colon in the definition (<c>notify:hub-leaders</c>), or null.</summary>
    Task RunAsync(WorkflowContext context, string? argument, CancellationToken cancellationToken);
}

/// <summary>A named rule about who may take a transition on this instance ("the hub leader of this school's hub").</summary>
public interface IWorkflowRule
{
    string Name { get; }

    /// <summary>Who it lets through, in English, translated where shown ("The school's hub leader or assessor").</summary>
    string Description { get; }

    Task<bool> AllowsAsync(WorkflowContext context, CancellationToken cancellationToken);
}

/// <summary>An instance moved from one state to another; raised after its transaction commits.</summary>
public sealed record WorkflowTransitioned(int InstanceId, string Definition, string SubjectType, string SubjectId, string From, string To, string Transition, string By) : IDomainEvent;

/// <summary>A named date an instance is due by (<c>milestone:submission</c>: the round's submission date), or null when it has none.</summary>
public interface IWorkflowDeadline
{
    string Name { get; }

    /// <summary>The moment it falls due, in UTC; the argument is the part after the colon.</summary>
    Task<DateTime?> DueUtcAsync(WorkflowInstance instance, string? argument, CancellationToken cancellationToken);
}
