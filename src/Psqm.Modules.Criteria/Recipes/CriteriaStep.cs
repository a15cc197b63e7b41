using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Events;
using Psqm.Core.Localization;
using Psqm.Core.Recipes;
using Psqm.Modules.Criteria.Data;
using Psqm.Programme;

namespace Psqm.Modules.Criteria.Recipes;

/// <summary>
/// The <c>criteria</c> step: frameworks from a file beside the recipes. A framework is replaced whole, by key, so
/// running the recipe again brings wording up to date and changes nothing else.
/// </summary>
public sealed class CriteriaStep(RecipeStore recipes) : IRecipeStepHandler
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string StepName => "criteria";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var step = context.Read<Model>();
        await using var stream = File.OpenRead(recipes.DataFile(step.File));
        var specs = await JsonSerializer.DeserializeAsync<List<FrameworkSpec>>(stream, Json, cancellationToken) ?? [];
        var db = context.Services.GetRequiredService<CriteriaDbContext>();
        var order = 0;
        foreach (var spec in specs.Where(s => step.Frameworks.Contains(s.Key)))
        {
            var framework = await db.Frameworks.FindAsync([spec.Key], cancellationToken);
            if (framework is null)
            {
                framework = new Framework { Key = spec.Key };
                db.Frameworks.Add(framework);
            }

            (framework.Name, framework.Assessed, framework.Order, framework.Levels, framework.Aims) = (spec.Name, spec.Assessed, order++, spec.Levels, spec.Aims);
            db.Criteria.RemoveRange(await db.Criteria.Where(c => c.FrameworkKey == spec.Key).ToListAsync(cancellationToken));
            foreach (var level in spec.Levels)
            {
                var number = 0;
                foreach (var aim in spec.Aims.Where(a => a.AppliesTo(level.Key)))
                {
                    foreach (var c in spec.Criteria.Where(c => c.Level == level.Key && c.Aim == aim.Key))
                    {
                        db.Criteria.Add(new Criterion
                        {
                            FrameworkKey = spec.Key, LevelKey = level.Key, AimKey = aim.Key, Number = ++number,
                            Text = c.Text, Guidance = c.Guidance,
                        });
                    }
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        // The levels are the one list of what a school can be awarded; a mark of one level is named as the mark.
        var all = await db.Frameworks.AsNoTracking().OrderBy(f => f.Order).ToListAsync(cancellationToken);
        var levels = all.SelectMany(f => f.Levels.Select(l => new QualityMarkLevel(f.Key, l.Key, f.Levels.Count == 1 ? f.Name : l.Name))).ToList();
        await context.Services.GetRequiredService<DomainEvents>().RaiseAsync(new QualityMarksChanged(levels), cancellationToken);
    }

    private sealed class Model
    {
        public string File { get; set; } = "";

        public List<string> Frameworks { get; set; } = [];
    }

    private sealed class FrameworkSpec
    {
        public string Key { get; set; } = "";

        public LocalizedText Name { get; set; } = LocalizedText.Empty;

        public bool Assessed { get; set; }

        public List<FrameworkLevel> Levels { get; set; } = [];

        public List<FrameworkAim> Aims { get; set; } = [];

        public List<CriterionSpec> Criteria { get; set; } = [];
    }

    private sealed class CriterionSpec
    {
        public string Aim { get; set; } = "";

        public string Level { get; set; } = "";

        public LocalizedText Text { get; set; } = LocalizedText.Empty;

        public LocalizedText Guidance { get; set; } = LocalizedText.Empty;
    }
}
