using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Recipes;
using Psqm.Modules.Awards.Data;
using Psqm.Programme;

namespace Psqm.Modules.Awards.Recipes;

/// <summary>The <c>award-holders</c> step: schools and their awards from a file; a school already listed for a round is skipped.</summary>
public sealed class AwardHoldersStep(RecipeStore recipes) : IRecipeStepHandler
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string StepName => "award-holders";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var step = context.Read<Model>();
        await using var stream = File.OpenRead(recipes.DataFile(step.File));
        var holders = await JsonSerializer.DeserializeAsync<List<AwardHolder>>(stream, Json, cancellationToken) ?? [];
        var db = context.Services.GetRequiredService<AwardsDbContext>();
        var existing = (await db.AwardHolders.Select(h => new { h.SchoolName, h.Season, h.StartYear }).ToListAsync(cancellationToken))
            .Select(h => (h.SchoolName, new RoundKey(h.Season, h.StartYear))).ToHashSet();
        db.AwardHolders.AddRange(holders.Where(h => !existing.Contains((h.SchoolName, h.Round))));
        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed class Model
    {
        public string File { get; set; } = "";
    }
}
