using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Psqm.Core;
using Psqm.Core.Forms;
using Psqm.Core.Tenancy;
using Psqm.Modules.Programme.Data;

namespace Psqm.Modules.Programme.Services;

/// <summary>
/// A school year's evidence: files kept in the year's own folder under names the product chooses, and links. Files are
/// staged beside their place and kept only once their row is saved, so a refused or broken upload leaves nothing.
/// </summary>
public sealed class EvidenceLibrary(ProgrammeDbContext db, ProgrammeScope scope, AppDataPaths paths, TimeProvider clock)
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

    /// <summary>Where an upload for this school year is staged: inside its folder, so keeping it is a rename.</summary>
    public string Folder(int enrolmentId) => Path.Combine(paths.TenantFiles(TenantScope.Required.Name), "Evidence", enrolmentId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public string PathOf(EvidenceItem item) => Path.Combine(Folder(item.EnrolmentId), item.FileName!);

    public async Task<EvidenceItem> AddFileAsync(int enrolmentId, StagedFile file, string originalName, string caption, IReadOnlyList<int> criteria, string addedBy, CancellationToken cancellationToken)
    {
        var item = New(enrolmentId, caption, criteria, addedBy);
        (item.FileName, item.OriginalName, item.MediaType, item.Length) = file.Describe(originalName);
        db.Evidence.Add(item);
        await file.KeepAsync(PathOf(item), () => db.SaveChangesAsync(cancellationToken));
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
            File.Delete(PathOf(item));
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
