using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Psqm.Core;
using Psqm.Core.Forms;
using Psqm.Core.Storage;
using Psqm.Core.Tenancy;
using Psqm.Modules.Programme.Data;

namespace Psqm.Modules.Programme.Services;

/// <summary>
/// A school year's evidence: files kept in the year's own folder of the file store under names the product chooses,
/// and links. Files are staged on this node and kept only with their row saved, so a refused or broken upload leaves nothing.
/// </summary>
public sealed class EvidenceLibrary(ProgrammeDbContext db, ProgrammeScope scope, AppDataPaths paths, IFileStore files, TimeProvider clock)
{
    public async Task<IReadOnlyList<EvidenceItem>> ListAsync(int enrolmentId, CancellationToken cancellationToken) =>
        await db.Evidence.AsNoTracking().Where(e => e.EnrolmentId == enrolmentId).OrderByDescending(e => e.AddedUtc).ThenByDescending(e => e.Id).ToListAsync(cancellationToken);

    /// <summary>A piece of evidence the user may see, or null: another school's is as absent as a missing one.</summary>
    public async Task<EvidenceItem?> FindAsync(ClaimsPrincipal user, int id, CancellationToken cancellationToken)
    {
        return await (await scope.WithinAsync(user, db.Evidence.AsNoTracking(), db)).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
    }

    /// <summary>A piece of evidence the user may read, as a mentor or as the year's reviewer; null otherwise.</summary>
    public async Task<EvidenceItem?> FindReadableAsync(ClaimsPrincipal user, int id, CancellationToken cancellationToken) =>
        await (await scope.ReadableAsync(user, db.Evidence.AsNoTracking(), db)).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);

    /// <summary>Where an upload is staged and checked before it is kept.</summary>
    public string Staging => paths.Staging;

    /// <summary>Where the file is in the store.</summary>
    public static string PathOf(EvidenceItem item) =>
        StoredFiles.Of(TenantScope.Required.Name, "Evidence", item.EnrolmentId.ToString(System.Globalization.CultureInfo.InvariantCulture), item.FileName!);

    public async Task<EvidenceItem> AddFileAsync(int enrolmentId, StagedFile file, string originalName, string caption, IReadOnlyList<int> criteria, string addedBy, CancellationToken cancellationToken)
    {
        var item = New(enrolmentId, caption, criteria, addedBy);
        (item.FileName, item.OriginalName, item.MediaType, item.Length) = file.Describe(originalName);
        db.Evidence.Add(item);
        await file.KeepAsync(files, PathOf(item), () => db.SaveChangesAsync(cancellationToken), cancellationToken);
        return item;
    }

    public async Task<EvidenceItem> AddLinkAsync(int enrolmentId, Uri link, string caption, IReadOnlyList<int> criteria, string addedBy, CancellationToken cancellationToken)
    {
        var item = New(enrolmentId, caption, criteria, addedBy);
        item.Link = link.AbsoluteUri;
        db.Evidence.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return item;
    }

    public async Task UpdateAsync(EvidenceItem item, string caption, IReadOnlyList<int> criteria, CancellationToken cancellationToken)
    {
        var tracked = await db.Evidence.FirstAsync(e => e.Id == item.Id, cancellationToken);
        (tracked.Caption, tracked.CriterionIds) = (caption, criteria.Distinct().ToList());
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task RemoveAsync(EvidenceItem item, CancellationToken cancellationToken)
    {
        await db.Evidence.Where(e => e.Id == item.Id).ExecuteDeleteAsync(cancellationToken);
        if (item.IsFile)
        {
            await files.DeleteAsync(PathOf(item), cancellationToken);
        }
    }

    /// <summary>A link to show as evidence: an absolute web address, nothing a browser would run.</summary>
    public static Uri? ParseLink(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.AbsoluteUri.Length <= 2000 && uri.Host.Length > 0 ? uri : null;

    private EvidenceItem New(int enrolmentId, string caption, IReadOnlyList<int> criteria, string addedBy) => new()
    {
        EnrolmentId = enrolmentId, Caption = caption, CriterionIds = criteria.Distinct().ToList(), AddedBy = addedBy, AddedUtc = clock.GetUtcNow().UtcDateTime,
    };
}
