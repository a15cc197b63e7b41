using System.Globalization;
using System.Net;
using System.Text;

namespace Psqm.Modules.Workflows.Definitions;

/// <summary>
/// Draws a definition as SVG on the server: states in columns by how many steps they are from the initial one,
/// transitions as labelled arrows (those going back curve beneath), the current state marked. It needs no script and
/// names itself for screen readers; the page beside it lists the same transitions as text.
/// </summary>
public static class DiagramWriter
{
    private const int BoxHeight = 44, RowGap = 56, Margin = 24;

    public static string Write(WorkflowDefinition definition, string language, string title, string? current = null)
    {
        // Sized to the longest names in this language (about 0.55 em a letter), so Welsh names fit as well as English.
        var boxWidth = Math.Max(150, (int)(definition.States.Select(s => s.Name.In(language).Length).DefaultIfEmpty(0).Max() * 8.2) + 28);
        var columnGap = Math.Max(110, (int)(definition.Transitions.Select(t => t.Name.In(language).Length).DefaultIfEmpty(0).Max() * 6.8) + 30);
        var edges = definition.Transitions.Sum(t => t.From.Count);
        var depth = Depths(definition);
        var columns = definition.States.GroupBy(s => depth.GetValueOrDefault(s.Key)).OrderBy(g => g.Key).ToList();
        var place = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            var row = 0;
            foreach (var state in column)
            {
                place[state.Key] = (Margin + (column.Key * (boxWidth + columnGap)), Margin + 20 + (row++ * (BoxHeight + RowGap)));
            }
        }

        var width = Margin * 2 + (columns.Count * (boxWidth + columnGap)) - columnGap;
        var height = Margin * 2 + 20 + (columns.Max(c => c.Count()) * (BoxHeight + RowGap)) + (12 * edges);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"psqm-diagram\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"diagram-{definition.Key}-title\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"diagram-{definition.Key}-title\">{E(title)}</title>");
        svg.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#0b0c0c\"/></marker></defs>");
        var bend = 0;
        foreach (var t in definition.Transitions)
        {
            foreach (var from in t.From.Where(place.ContainsKey))
            {
                if (!place.TryGetValue(t.To, out var b))
                {
                    continue;
                }

                var a = place[from];
                var label = E(t.Name.In(language));
                if (b.X > a.X)
                {
                    var (x1, y1, x2, y2) = (a.X + boxWidth, a.Y + (BoxHeight / 2), b.X, b.Y + (BoxHeight / 2));
                    svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M {x1} {y1} L {x2} {y2}\" stroke=\"#0b0c0c\" fill=\"none\" marker-end=\"url(#arrow)\"/>");
                    svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{(x1 + x2) / 2}\" y=\"{((y1 + y2) / 2) - 6}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#0b0c0c\">{label}</text>");
                }
                else
                {
                    // Back (or sideways) to an earlier column: a curve under the boxes, each a little deeper than the last.
                    var drop = BoxHeight + 18 + (12 * bend++);
                    var (x1, y1, x2, y2) = (a.X + (boxWidth / 2), a.Y + BoxHeight, b.X + (boxWidth / 2), b.Y + BoxHeight);
                    svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M {x1} {y1} C {x1} {y1 + drop}, {x2} {y2 + drop}, {x2} {y2}\" stroke=\"#505a5f\" stroke-dasharray=\"5 3\" fill=\"none\" marker-end=\"url(#arrow)\"/>");
                    svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{(x1 + x2) / 2}\" y=\"{Math.Max(y1, y2) + (drop * 0.75) + 16}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#0b0c0c\">{label}</text>");
                }
            }
        }

        foreach (var state in definition.States)
        {
            var (x, y) = place[state.Key];
            var isCurrent = state.Key == current;
            var fill = isCurrent ? "#1d70b8" : state.Final ? "#f3f2f1" : "#ffffff";
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y}\" width=\"{boxWidth}\" height=\"{BoxHeight}\" rx=\"{(state.Final ? 22 : 4)}\" fill=\"{fill}\" stroke=\"#0b0c0c\" stroke-width=\"{(isCurrent ? 4 : 2)}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (boxWidth / 2)}\" y=\"{y + (BoxHeight / 2) + 5}\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"{(isCurrent ? "bold" : "normal")}\" fill=\"{(isCurrent ? "#ffffff" : "#0b0c0c")}\">{E(state.Name.In(language))}</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>How many transitions each state is from the initial one (unreachable states go last).</summary>
    public static IReadOnlyDictionary<string, int> Depths(WorkflowDefinition definition)
    {
        var depth = new Dictionary<string, int>(StringComparer.Ordinal) { [definition.Initial] = 0 };
        var queue = new Queue<string>([definition.Initial]);
        while (queue.TryDequeue(out var state))
        {
            foreach (var next in definition.From(state).Select(t => t.To).Where(n => !depth.ContainsKey(n)))
            {
                depth[next] = depth[state] + 1;
                queue.Enqueue(next);
            }
        }

        var last = depth.Count == 0 ? 0 : depth.Values.Max() + 1;
        foreach (var state in definition.States.Where(s => !depth.ContainsKey(s.Key)))
        {
            depth[state.Key] = last;
        }

        return depth;
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
