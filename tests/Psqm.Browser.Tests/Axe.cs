using System.Text.Json;
using Microsoft.Playwright;

namespace Psqm.Browser.Tests;

/// <summary>Runs axe-core in the page and fails on any serious or critical violation of WCAG 2.2 AA.</summary>
public static class Axe
{
    private static readonly string Script = Path.Combine(AppContext.BaseDirectory, "axe.min.js");

    public static async Task AssertAccessibleAsync(IPage page)
    {
        var problems = await ViolationsAsync(page);
        Assert.True(problems.Count == 0, $"{page.Url}:\n{string.Join('\n', problems)}");
    }

    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Script });
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, {
                runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] }
              });
              return result.violations
                .filter(v => v.impact === "serious" || v.impact === "critical")
                .map(v => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(", ")}`);
            }
            """);
        return violations.EnumerateArray().Select(v => v.GetString()!).ToArray();
    }
}
