using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Recipes;
using Psqm.Modules.Workflows.Data;
using Psqm.Modules.Workflows.Definitions;
using Psqm.Modules.Workflows.Engine;

namespace Psqm.Web.Tests;

/// <summary>Definitions are data: refused with where the problem is when they could not run, versioned when they change.</summary>
[Collection(SharedSite.Name)]
public sealed class WorkflowDefinitionTests(PsqmFactory factory)
{
    private const string Valid = """
        {
          "key": "test-flow", "name": { "en": "Test", "cy": "Prawf" }, "initial": "a",
          "states": [ { "key": "a" }, { "key": "b" }, { "key": "c", "final": true } ],
          "transitions": [
            { "key": "go", "from": [ "a" ], "to": "b", "who": [ "role:HQ" ] },
            { "key": "back", "from": [ "b" ], "to": "a", "who": [ "rule:school-mentor" ], "commentRequired": true },
            { "key": "end", "from": [ "b" ], "to": "c", "who": [ "rule:school" ], "guards": [ "complete" ] }
          ]
        }
        """;

    private static readonly string[] Shipped = ["workflows/submission.json", "workflows/assessment.json"];

    [Fact]
    public async Task TheRecipesDefinitions_AndAWellFormedOne_AreAccepted()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var problems = await factory.InTenantAsync(tenant, async s =>
        {
            var recipes = s.GetRequiredService<RecipeStore>();
            var validator = s.GetRequiredService<DefinitionValidator>();
            var shipped = new List<string>();
            foreach (var file in Shipped)
            {
                shipped.AddRange(validator.Validate(WorkflowDefinition.Parse(await File.ReadAllTextAsync(recipes.DataFile(file)))));
            }

            return shipped.Concat(validator.Validate(WorkflowDefinition.Parse(Valid))).ToList();
        });

        Assert.Empty(problems);
    }

    [Fact]
    public async Task HQ_SeesEachProcessDrawn_WithItsStepsAndWhoTakesThem_InWelsh()
    {
        var tenant = await factory.CreateTenantAsync("cymru");
        var hq = await factory.SignedInAsync(tenant, Accounts.Demo("HQ"));

        var page = await hq.GetPageAsync($"{tenant.BasePath}/admin/workflows");

        var diagram = page.Document.QuerySelectorAll("svg[role=img]").Single(svg => svg.QuerySelector("title")!.TextContent == "Diagram: Cyflwyniad");
        Assert.Contains("Dychwelyd gydag adborth", diagram.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.Document.QuerySelectorAll("svg[role=img] title"), t => t.TextContent == "Diagram: Asesiad Sgiliau Sylfaenol");
        var steps = page.Document.QuerySelectorAll("table").First(t => t.QuerySelector("caption")!.TextContent.Contains("Camau: Cyflwyniad", StringComparison.Ordinal));
        Assert.Contains("Arweinydd hyb neu asesydd yr ysgol", steps.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"to\": \"b\"", "\"to\": \"x\"", "transitions[0] (\"go\"): \"to\" names the state \"x\", which is not defined")]
    [InlineData("\"guards\": [ \"complete\" ]", "\"guards\": [ \"made-up\" ]", "transitions[2] (\"end\"): the guard \"made-up\" is not known")]
    [InlineData("\"rule:school-mentor\"", "\"rule:nobody\"", "transitions[1] (\"back\"): \"who\" names \"rule:nobody\"")]
    [InlineData("\"from\": [ \"b\" ], \"to\": \"c\"", "\"from\": [ \"c\" ], \"to\": \"b\"", "states[2] (\"c\"): cannot be reached from \"a\"")]
    [InlineData("\"from\": [ \"b\" ], \"to\": \"a\"", "\"from\": [ \"c\" ], \"to\": \"a\"", "transitions[1] (\"back\"): leaves \"c\", which is final")]
    [InlineData("\"initial\": \"a\"", "\"initial\": \"z\"", "initial: names the state \"z\", which is not defined")]
    public async Task ADefinitionThatCouldNotRun_IsRefused_SayingWhere(string find, string replace, string expected)
    {
        var tenant = await factory.CreateTenantAsync("england");
        var broken = WorkflowDefinition.Parse(Valid.Replace(find, replace, StringComparison.Ordinal));

        var problems = await factory.InTenantAsync(tenant, s => s.GetRequiredService<WorkflowDefinitions>().SaveAsync(broken, default));

        Assert.Contains(problems, p => p.StartsWith(expected, StringComparison.Ordinal));
        Assert.False(await factory.InTenantAsync(tenant, s => s.GetRequiredService<WorkflowsDbContext>().Definitions.AnyAsync(d => d.Key == "test-flow")));
    }

    [Fact]
    public async Task AChangedDefinition_IsANewVersion_AndARunningInstanceKeepsItsOwn()
    {
        var tenant = await factory.CreateTenantAsync("england");
        var first = WorkflowDefinition.Parse(Valid);
        var instance = await factory.InTenantAsync(tenant, async s =>
        {
            Assert.Empty(await s.GetRequiredService<WorkflowDefinitions>().SaveAsync(first, default));
            Assert.Empty(await s.GetRequiredService<WorkflowDefinitions>().SaveAsync(first, default));
            return await s.GetRequiredService<WorkflowEngine>().StartAsync("test-flow", "test", "1", default);
        });

        var changed = WorkflowDefinition.Parse(Valid.Replace("\"name\": { \"en\": \"Test\"", "\"name\": { \"en\": \"Test, renamed\"", StringComparison.Ordinal));
        var (versions, kept, newer) = await factory.InTenantAsync(tenant, async s =>
        {
            await s.GetRequiredService<WorkflowDefinitions>().SaveAsync(changed, default);
            var engine = s.GetRequiredService<WorkflowEngine>();
            var later = await engine.StartAsync("test-flow", "test", "2", default);
            return (await s.GetRequiredService<WorkflowsDbContext>().Definitions.CountAsync(d => d.Key == "test-flow"), (await engine.DefinitionOfAsync(instance, default)).Name.In("en"), later.DefinitionVersion);
        });

        Assert.Equal((2, "Test", 2), (versions, kept, newer));
        Assert.Equal(1, instance.DefinitionVersion);
    }
}
