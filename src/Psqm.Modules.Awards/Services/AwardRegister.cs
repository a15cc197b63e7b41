using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Psqm.Core.Data;
using Psqm.Modules.Awards.Data;
using Psqm.Programme;

namespace Psqm.Modules.Awards.Services;

/// <summary>An award the programme makes: which school, which level, for which year and round, from when to when.</summary>
public sealed record AwardGrant(int EnrolmentId, string SchoolName, string Town, string Region, string Level, RoundKey Round, DateOnly AwardedOn, DateOnly ExpiresOn);

/// <summary>
/// The one place awards are made, found by certificate code and withdrawn. An award joins the directory and gets
/// the code its certificate carries.
/// </summary>
public sealed class AwardRegister(AwardsDbContext db, DbContextOptions<AwardsDbContext> options)
{
    // No 0/O, 1/I/L: a code is read off paper and typed.
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /// <summary>
    /// Records the award, inside <paramref name="within"/>'s open transaction when given, so it exists exactly when
    /// the step that made it does. A second grant for the same school year returns the first.
    /// </summary>
    public async Task<AwardHolder> GrantAsync(AwardGrant grant, DbContext? within, CancellationToken cancellationToken)
    {
        await using var joined = within is null ? null : await SharedTransaction.JoinAsync(within, options, cancellationToken);
        var store = joined ?? db;
        if (await store.AwardHolders.FirstOrDefaultAsync(h => h.EnrolmentId == grant.EnrolmentId, cancellationToken) is { } made)
        {
            return made;
        }

        // The directory lists a school once per round: a re-award in the same round replaces the earlier row.
        var earlier = await store.AwardHolders.FirstOrDefaultAsync(
            h => h.SchoolName == grant.SchoolName && h.Season == grant.Round.Season && h.StartYear == grant.Round.StartYear, cancellationToken);
        var holder = earlier ?? new AwardHolder();
        (holder.SchoolName, holder.Town, holder.Region, holder.Level, holder.Season, holder.StartYear) =
            (grant.SchoolName, grant.Town, grant.Region, grant.Level, grant.Round.Season, grant.Round.StartYear);
        (holder.AwardedOn, holder.ExpiresOn, holder.EnrolmentId, holder.RevokedOn, holder.RevokedReason) = (grant.AwardedOn, grant.ExpiresOn, grant.EnrolmentId, null, "");
        holder.Code ??= NewCode();
        if (earlier is null)
        {
            store.AwardHolders.Add(holder);
        }

        await store.SaveChangesAsync(cancellationToken);
        return holder;
    }

    public Task<AwardHolder?> ForEnrolmentAsync(int enrolmentId, CancellationToken cancellationToken) =>
        db.AwardHolders.AsNoTracking().FirstOrDefaultAsync(h => h.EnrolmentId == enrolmentId, cancellationToken);

    /// <summary>The awards made for these school years, by school year (one query).</summary>
    public async Task<IReadOnlyDictionary<int, AwardHolder>> ForEnrolmentsAsync(IReadOnlyCollection<int> enrolmentIds, CancellationToken cancellationToken) =>
        (await db.AwardHolders.AsNoTracking().Where(h => h.EnrolmentId != null && enrolmentIds.Contains(h.EnrolmentId.Value)).ToListAsync(cancellationToken))
            .ToDictionary(h => h.EnrolmentId!.Value);

    /// <summary>The award a certificate code names, however it was typed (any case, with or without dashes and spaces).</summary>
    public async Task<AwardHolder?> ByCodeAsync(string? code, CancellationToken cancellationToken) =>
        Normalize(code) is { } normal ? await db.AwardHolders.AsNoTracking().FirstOrDefaultAsync(h => h.Code == normal, cancellationToken) : null;

    /// <summary>Withdraws an award with a reason; false when there is no such award or it is already withdrawn.</summary>
    public async Task<bool> RevokeAsync(int enrolmentId, string reason, DateOnly on, CancellationToken cancellationToken)
    {
        var holder = await db.AwardHolders.FirstOrDefaultAsync(h => h.EnrolmentId == enrolmentId && h.RevokedOn == null, cancellationToken);
        if (holder is null)
        {
            return false;
        }

        (holder.RevokedOn, holder.RevokedReason) = (on, reason);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public static string NewCode()
    {
        var chars = new char[12];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return Grouped(chars);
    }

    /// <summary>The stored form of a typed code, or null when it cannot be one.</summary>
    public static string? Normalize(string? code)
    {
        var letters = (code ?? "").Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray();
        return letters.Length == 12 && letters.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? Grouped(letters) : null;
    }

    private static string Grouped(char[] c) => $"{new string(c, 0, 4)}-{new string(c, 4, 4)}-{new string(c, 8, 4)}";
}
