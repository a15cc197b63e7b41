using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Psqm.Core.Recipes;
using Psqm.Modules.Awards.Data;
using Psqm.Modules.Awards.Services;
using Psqm.Programme;

namespace Psqm.Modules.Awards.Recipes;

/// <summary>
/// The <c>award-holders</c> step: schools and their awards from a file; a school already listed for a round is skipped.
/// Each gets a certificate code (the file's, else a new one).
/// </summary>
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
        var added = holders.Where(h => !existing.Contains((h.SchoolName, h.Round))).ToList();
        foreach (var holder in added)
        {
            holder.Code = AwardRegister.Normalize(holder.Code) ?? AwardRegister.NewCode();
        }

        db.AwardHolders.AddRange(added);
        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed class Model
    {
        public string File { get; set; } = "";
    }
}
