using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Psqm.Core;
using Psqm.Core.Forms;
using Psqm.Core.Storage;
using Psqm.Core.Tenancy;
using Psqm.Modules.Programme.Data;

namespace Psqm.Modules.Programme.Services;

/// <summary>
/// The messages of a school year: sent with an optional attachment (stored like evidence, in the year's own folder),
/// hidden by their author but never deleted, and counted unread per reader.
/// </summary>
public sealed class Messages(ProgrammeDbContext db, ProgrammeScope scope, AppDataPaths paths, IFileStore files, TimeProvider clock)
{
    public const int MaxLength = 5000;

    public async Task<IReadOnlyList<Message>> ListAsync(int enrolmentId, CancellationToken cancellationToken) =>
        await db.Messages.AsNoTracking().Where(m => m.EnrolmentId == enrolmentId).OrderBy(m => m.Id).ToListAsync(cancellationToken);

    /// <summary>A message the user may see, or null: another school's is as absent as a missing one.</summary>
    public async Task<Message?> FindAsync(ClaimsPrincipal user, int id, CancellationToken cancellationToken)
    {
        return await (await scope.WithinAsync(user, db.Messages.AsNoTracking(), db)).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
    }

    /// <summary>Where an attachment is staged and checked before it is kept.</summary>
    public string Staging => paths.Staging;

    /// <summary>Where the attachment is in the store.</summary>
    public static string PathOf(Message message) =>
        StoredFiles.Of(TenantScope.Required.Name, "Messages", message.EnrolmentId.ToString(System.Globalization.CultureInfo.InvariantCulture), message.FileName!);

    public async Task<Message> SendAsync(int enrolmentId, bool fromSchool, ClaimsPrincipal author, string body, StagedFile? file, string originalName, CancellationToken cancellationToken)
    {
        var message = new Message
        {
            EnrolmentId = enrolmentId, FromSchool = fromSchool, Author = author.Identity?.Name ?? "", AuthorName = Psqm.Core.Security.PsqmClaims.DisplayName(author),
            Body = body, SentUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Messages.Add(message);
        if (file is null)
        {
            await db.SaveChangesAsync(cancellationToken);
            return message;
        }

        (message.FileName, message.OriginalName, message.MediaType, message.Length) = file.Describe(originalName);
        await file.KeepAsync(files, PathOf(message), () => db.SaveChangesAsync(cancellationToken), cancellationToken);
        return message;
    }

    /// <summary>Hides the author's own message; false when it is not theirs or is hidden already.</summary>
    public async Task<bool> HideAsync(int enrolmentId, int id, ClaimsPrincipal author, CancellationToken cancellationToken) =>
        await db.Messages.Where(m => m.Id == id && m.EnrolmentId == enrolmentId && m.Author == author.Identity!.Name && m.HiddenUtc == null)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.HiddenUtc, clock.GetUtcNow().UtcDateTime).SetProperty(m => m.HiddenBy, Psqm.Core.Security.PsqmClaims.DisplayName(author)), cancellationToken) > 0;

    /// <summary>Records that the reader has seen the thread up to this message; never moves backwards.</summary>
    public async Task MarkReadAsync(int enrolmentId, string reader, int lastId, CancellationToken cancellationToken)
    {
        var read = await db.MessageReads.FirstOrDefaultAsync(r => r.EnrolmentId == enrolmentId && r.Reader == reader, cancellationToken);
        if (read is null)
        {
            db.MessageReads.Add(new MessageRead { EnrolmentId = enrolmentId, Reader = reader, LastReadId = lastId });
        }
        else if (read.LastReadId < lastId)
        {
            read.LastReadId = lastId;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same reader in two tabs: the other tab recorded it first, which is as good.
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Messages from the other side that the reader has not seen, per school year (years with none are left out).</summary>
    public async Task<IReadOnlyDictionary<int, int>> UnreadAsync(IReadOnlyCollection<int> enrolmentIds, string reader, bool readerIsSchool, CancellationToken cancellationToken) =>
        await db.Messages
            .Where(m => enrolmentIds.Contains(m.EnrolmentId) && m.FromSchool != readerIsSchool && m.HiddenUtc == null
                && m.Id > (db.MessageReads.Where(r => r.EnrolmentId == m.EnrolmentId && r.Reader == reader).Select(r => (int?)r.LastReadId).FirstOrDefault() ?? 0))
            .GroupBy(m => m.EnrolmentId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
}
