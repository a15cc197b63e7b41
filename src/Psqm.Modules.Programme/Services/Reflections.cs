using Microsoft.EntityFrameworkCore;
using Psqm.Modules.Programme.Data;

namespace Psqm.Modules.Programme.Services;

public abstract record ReflectionSaveResult
{
    public sealed record Saved(Reflection Reflection) : ReflectionSaveResult;

    /// <summary>Someone saved after the text the form was opened on; nothing was written.</summary>
    public sealed record Conflict(Reflection Current) : ReflectionSaveResult;
}

/// <summary>A school year's reflections: one per criterion, saved as drafts whole, never over a newer save.</summary>
public sealed class Reflections(ProgrammeDbContext db, TimeProvider clock)
{
    /// <summary>The most characters a reflection may hold, whatever its word limit: a draft may run over the limit, not without end.</summary>
    public const int MaxCharacters = 20000;

    public async Task<IReadOnlyList<Reflection>> ListAsync(int enrolmentId, CancellationToken cancellationToken) =>
        await db.Reflections.AsNoTracking().Where(r => r.EnrolmentId == enrolmentId).ToListAsync(cancellationToken);

    public Task<Reflection?> FindAsync(int enrolmentId, int criterionId, CancellationToken cancellationToken) =>
        db.Reflections.AsNoTracking().FirstOrDefaultAsync(r => r.EnrolmentId == enrolmentId && r.CriterionId == criterionId, cancellationToken);

    /// <summary>Words as the page counts them while typing: runs of characters between spaces.</summary>
    public static int Words(string? text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text ?? "")
        {
            var space = char.IsWhiteSpace(c);
            count += !space && !inWord ? 1 : 0;
            inWord = !space;
        }

        return count;
    }

    /// <param name="basedOn">The version the form was opened on; empty when there was no reflection yet.</param>
    public async Task<ReflectionSaveResult> SaveAsync(int enrolmentId, int criterionId, Guid basedOn, string text, IReadOnlyList<int> evidence, string by, CancellationToken cancellationToken)
    {
        var reflection = await db.Reflections.FirstOrDefaultAsync(r => r.EnrolmentId == enrolmentId && r.CriterionId == criterionId, cancellationToken);
        if (reflection is not null && reflection.Version != basedOn)
        {
            return new ReflectionSaveResult.Conflict(reflection);
        }

        if (reflection is null)
        {
            reflection = new Reflection { EnrolmentId = enrolmentId, CriterionId = criterionId };
            db.Reflections.Add(reflection);
        }

        (reflection.Text, reflection.EvidenceIds, reflection.UpdatedUtc, reflection.UpdatedBy, reflection.Version) =
            (text, evidence.Distinct().ToList(), clock.GetUtcNow().UtcDateTime, by, Guid.NewGuid());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another save came between the read and the write (the version or the unique index refused ours).
            db.ChangeTracker.Clear();
            return new ReflectionSaveResult.Conflict((await FindAsync(enrolmentId, criterionId, cancellationToken))!);
        }

        return new ReflectionSaveResult.Saved(reflection);
    }
}
