using Psqm.Modules.Workflows.Engine;

namespace Psqm.Modules.Workflows.Definitions;

/// <summary>
/// Refuses a definition that could not run: a state, guard, action or rule it names that does not exist, a duplicate
/// key, or a state no path reaches from the initial one. Each problem says where it is.
/// </summary>
public sealed class DefinitionValidator(IEnumerable<IWorkflowGuard> guards, IEnumerable<IWorkflowAction> actions, IEnumerable<IWorkflowRule> rules, IEnumerable<IWorkflowDeadline> deadlines)
{
    public IReadOnlyList<string> Validate(WorkflowDefinition definition)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(definition.Key))
        {
            problems.Add("key: a definition needs a key");
        }

        var states = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < definition.States.Count; i++)
        {
            var state = definition.States[i];
            if (string.IsNullOrWhiteSpace(state.Key) || !states.Add(state.Key))
            {
                problems.Add($"states[{i}]: the key \"{state.Key}\" is empty or used twice");
            }
        }

        if (!states.Contains(definition.Initial))
        {
            problems.Add($"initial: names the state \"{definition.Initial}\", which is not defined");
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        var guardNames = guards.Select(g => g.Name).ToHashSet(StringComparer.Ordinal);
        var actionNames = actions.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        var ruleNames = rules.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < definition.Transitions.Count; i++)
        {
            var t = definition.Transitions[i];
            var where = $"transitions[{i}] (\"{t.Key}\")";
            if (string.IsNullOrWhiteSpace(t.Key) || !keys.Add(t.Key))
            {
                problems.Add($"{where}: the key is empty or used twice");
            }

            if (t.From.Count == 0)
            {
                problems.Add($"{where}: \"from\" names no state");
            }

            problems.AddRange(t.From.Where(f => !states.Contains(f)).Select(f => $"{where}: \"from\" names the state \"{f}\", which is not defined"));
            problems.AddRange(t.From.Where(f => definition.State(f)?.Final == true).Select(f => $"{where}: leaves \"{f}\", which is final"));
            if (!states.Contains(t.To))
            {
                problems.Add($"{where}: \"to\" names the state \"{t.To}\", which is not defined");
            }

            if (t.Who.Count == 0)
            {
                problems.Add($"{where}: \"who\" names nobody who may take it");
            }

            foreach (var who in t.Who)
            {
                if (who.StartsWith("rule:", StringComparison.Ordinal) ? !ruleNames.Contains(who[5..]) : !who.StartsWith("role:", StringComparison.Ordinal) || who.Length == 5)
                {
                    problems.Add($"{where}: \"who\" names \"{who}\", which is neither role:NAME nor a known rule:NAME");
                }
            }

            problems.AddRange(t.Guards.Where(g => !guardNames.Contains(g)).Select(g => $"{where}: the guard \"{g}\" is not known"));
            problems.AddRange(t.Actions.Where(a => !actionNames.Contains(ActionName(a))).Select(a => $"{where}: the action \"{a}\" is not known"));
        }

        var deadlineNames = deadlines.Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < definition.States.Count; i++)
        {
            var state = definition.States[i];
            var where = $"states[{i}] (\"{state.Key}\")";
            if (state.Deadline is { } deadline && !deadlineNames.Contains(ActionName(deadline)))
            {
                problems.Add($"{where}: the deadline \"{deadline}\" is not known");
            }

            var timers = new HashSet<string>(StringComparer.Ordinal);
            for (var j = 0; j < state.Timers.Count; j++)
            {
                var timer = state.Timers[j];
                if (string.IsNullOrWhiteSpace(timer.Key) || !timers.Add(timer.Key))
                {
                    problems.Add($"{where} timers[{j}]: the key \"{timer.Key}\" is empty or used twice");
                }

                problems.AddRange(timer.Actions.Where(a => !actionNames.Contains(ActionName(a))).Select(a => $"{where} timers[{j}] (\"{timer.Key}\"): the action \"{a}\" is not known"));
            }
        }

        if (states.Contains(definition.Initial))
        {
            var reached = new HashSet<string>(StringComparer.Ordinal) { definition.Initial };
            var queue = new Queue<string>([definition.Initial]);
            while (queue.TryDequeue(out var state))
            {
                foreach (var next in definition.From(state).Select(t => t.To).Where(reached.Add))
                {
                    queue.Enqueue(next);
                }
            }

            problems.AddRange(definition.States.Select((s, i) => (s, i)).Where(x => !reached.Contains(x.s.Key))
                .Select(x => $"states[{x.i}] (\"{x.s.Key}\"): cannot be reached from \"{definition.Initial}\""));
        }

        return problems;
    }

    /// <summary>An action may take an argument after a colon, <c>notify:hub-leaders</c>; its name is before it.</summary>
    public static string ActionName(string action) => action.Split(':', 2)[0];
}
