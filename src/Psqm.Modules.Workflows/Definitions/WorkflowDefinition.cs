using System.Text.Json;
using System.Text.Json.Serialization;
using Psqm.Core.Localization;

namespace Psqm.Modules.Workflows.Definitions;

/// <summary>
/// A process as data: its states, and the transitions between them with who may take each, the named conditions that
/// must hold (guards) and the named activities that follow (actions). Guards, actions and rules are code; a definition
/// only names them.
/// </summary>
public sealed class WorkflowDefinition
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    public string Key { get; set; } = "";

    public LocalizedText Name { get; set; } = LocalizedText.Empty;

    /// <summary>The state a new instance starts in.</summary>
    public string Initial { get; set; } = "";

    public List<WorkflowState> States { get; set; } = [];

    public List<WorkflowTransition> Transitions { get; set; } = [];

    public WorkflowState? State(string key) => States.FirstOrDefault(s => s.Key == key);

    public WorkflowTransition? Transition(string key) => Transitions.FirstOrDefault(t => t.Key == key);

    /// <summary>The transitions that leave a state, in the order the definition gives them.</summary>
    public IEnumerable<WorkflowTransition> From(string state) => Transitions.Where(t => t.From.Contains(state));

    public static WorkflowDefinition Parse(string json) =>
        JsonSerializer.Deserialize<WorkflowDefinition>(json, Json) ?? throw new JsonException("A workflow definition must be a JSON object.");

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}

public sealed class WorkflowState
{
    public string Key { get; set; } = "";

    public LocalizedText Name { get; set; } = LocalizedText.Empty;

    /// <summary>An instance here is finished: no transition may leave it.</summary>
    public bool Final { get; set; }

    /// <summary>
    /// The date an instance here is due to move by, from a named deadline in code (<c>milestone:submission</c>); past
    /// it, the instance is stuck. Timers count from it, or, without one, from when the instance entered the state.
    /// </summary>
    public string? Deadline { get; set; }

    public List<WorkflowTimer> Timers { get; set; } = [];
}

/// <summary>Actions that run once for each time an instance is in a state, some days before or after its deadline (or its arrival).</summary>
public sealed class WorkflowTimer
{
    public string Key { get; set; } = "";

    /// <summary>Days from the deadline (negative: before it) or from arrival in the state.</summary>
    public int Days { get; set; }

    public List<string> Actions { get; set; } = [];
}

public sealed class WorkflowTransition
{
    public string Key { get; set; } = "";

    public LocalizedText Name { get; set; } = LocalizedText.Empty;

    public List<string> From { get; set; } = [];

    public string To { get; set; } = "";

    /// <summary>Who may take it: <c>role:HQ</c>, or <c>rule:hub-leader-of-school</c> for a rule in code about this instance.</summary>
    public List<string> Who { get; set; } = [];

    public List<string> Guards { get; set; } = [];

    public List<string> Actions { get; set; } = [];

    /// <summary>Values whoever takes it gives besides a comment (the reviewer chosen, the level awarded); the step keeps them.</summary>
    public List<string> Fields { get; set; } = [];

    /// <summary>Whoever takes it must say why (feedback when returning a submission, for example).</summary>
    [JsonPropertyName("commentRequired")]
    public bool CommentRequired { get; set; }
}
