using Microsoft.EntityFrameworkCore;
using Psqm.Core.Search;

namespace Psqm.Modules.Content.Engine;

public enum ContentStatus
{
    Ok,
    NotFound,

    /// <summary>Someone else saved the item since the editor opened it.</summary>
    Conflict,
    SlugTaken,
}

/// <summary>What an editor submits: a new version of an item (new when <see cref="ContentItemId"/> is null).</summary>
public sealed record ContentDraft(string ContentType, string Culture, string Title, string Slug, Dictionary<string, string[]> Fields)
{
    public string? ContentItemId { get; init; }

    /// <summary>The version the editor started from; a save on top of any other version is refused.</summary>
    public int? BaseVersionId { get; init; }

    public string? LocalizationSet { get; init; }
}

public sealed record ContentSaveResult(ContentStatus Result, ContentItem? Item = null);

/// <summary>
/// Every change to content: versions, publishing, deletion, restore and translation, each in one transaction,
/// which also brings the item's search entry up to date.
/// </summary>
public sealed class ContentManager(ContentDbContext db, PublishedContent published, TimeProvider clock, ISearchIndex search, ContentSearchDocuments documents)
{
    public Task<ContentItem?> LatestAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        db.ContentItems.AsNoTracking().FirstOrDefaultAsync(c => c.ContentItemId == contentItemId && c.Latest && !c.Deleted, cancellationToken);

    /// <summary>Whether any version of the item is on the site, which may be older than the latest draft.</summary>
    public Task<bool> IsPublishedAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        db.ContentItems.AnyAsync(c => c.ContentItemId == contentItemId && c.Published && !c.Deleted, cancellationToken);

    public Task<ContentItem?> VersionAsync(string contentItemId, int versionId, CancellationToken cancellationToken = default) =>
        db.ContentItems.AsNoTracking().FirstOrDefaultAsync(c => c.Id == versionId && c.ContentItemId == contentItemId && !c.Deleted, cancellationToken);

    public async Task<IReadOnlyList<ContentItem>> HistoryAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        await db.ContentItems.AsNoTracking().Where(c => c.ContentItemId == contentItemId && !c.Deleted)
            .OrderByDescending(c => c.Version).ToListAsync(cancellationToken);

    /// <summary>The latest version of each item in a localization set: the item in every language it exists in.</summary>
    public async Task<IReadOnlyList<ContentItem>> TranslationsAsync(string localizationSet, CancellationToken cancellationToken = default) =>
        await db.ContentItems.AsNoTracking().Where(c => c.LocalizationSet == localizationSet && c.Latest && !c.Deleted).ToListAsync(cancellationToken);

    public async Task<ContentSaveResult> SaveDraftAsync(ContentDraft draft, string author, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        ContentItem? latest = null;
        if (draft.ContentItemId is not null)
        {
            latest = await db.ContentItems.FirstOrDefaultAsync(c => c.ContentItemId == draft.ContentItemId && c.Latest && !c.Deleted, cancellationToken);
            if (latest is null)
            {
                return new(ContentStatus.NotFound);
            }

            if (draft.BaseVersionId is { } baseVersion && baseVersion != latest.Id)
            {
                return new(ContentStatus.Conflict, latest);
            }
        }

        var id = latest?.ContentItemId ?? NewId();
        if (await SlugTakenAsync(draft.Culture, draft.Slug, id, cancellationToken))
        {
            return new(ContentStatus.SlugTaken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var version = new ContentItem
        {
            ContentItemId = id,
            ContentType = latest?.ContentType ?? draft.ContentType,
            Culture = latest?.Culture ?? draft.Culture,
            LocalizationSet = latest?.LocalizationSet ?? draft.LocalizationSet ?? NewId(),
            Version = (latest?.Version ?? 0) + 1,
            Latest = true,
            Title = draft.Title,
            Slug = draft.Slug,
            Fields = draft.Fields,
            Hub = draft.Fields.TryGetValue(ContentTypeDefinition.HubField, out var hub) && hub.Length > 0 ? hub[0] : null,
            Owner = latest?.Owner ?? author,
            Author = author,
            CreatedUtc = latest?.CreatedUtc ?? now,
            ModifiedUtc = now,
        };

        return await CommitAsync(transaction, latest, version, cancellationToken);
    }

    /// <summary>Publishes the latest version; with a base version, only if nobody has saved since.</summary>
    public async Task<ContentStatus> PublishAsync(string contentItemId, int? baseVersionId = null, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var status = await PublishLatestAsync(contentItemId, baseVersionId, cancellationToken);
        if (status == ContentStatus.Ok)
        {
            await transaction.CommitAsync(cancellationToken);
            await published.InvalidateAsync();
        }

        return status;
    }

    /// <summary>
    /// Publishes inside the transaction this manager's context has joined (<see cref="Psqm.Core.Data.SharedTransaction.EnlistAsync"/>),
    /// a workflow step's, so the publication and the step commit together. The caller forgets the cached lists after
    /// its commit (<see cref="PublishedContent.InvalidateAsync"/>): the stamp is written on a connection of its own.
    /// </summary>
    public Task<ContentStatus> PublishEnlistedAsync(string contentItemId, int? baseVersionId, CancellationToken cancellationToken) =>
        db.Database.CurrentTransaction is null
            ? throw new InvalidOperationException("The content context has joined no transaction.")
            : PublishLatestAsync(contentItemId, baseVersionId, cancellationToken);

    private async Task<ContentStatus> PublishLatestAsync(string contentItemId, int? baseVersionId, CancellationToken cancellationToken)
    {
        var versions = await db.ContentItems.Where(c => c.ContentItemId == contentItemId && !c.Deleted).ToListAsync(cancellationToken);
        var latest = versions.FirstOrDefault(v => v.Latest);
        if (latest is null)
        {
            return ContentStatus.NotFound;
        }

        if (baseVersionId is { } expected && expected != latest.Id)
        {
            return ContentStatus.Conflict;
        }

        foreach (var version in versions)
        {
            version.Published = false;
        }

        latest.Published = true;
        latest.PublishedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        if (documents.For(latest) is { } document)
        {
            await search.PutAsync(document, cancellationToken);
        }

        return ContentStatus.Ok;
    }

    public Task<ContentStatus> UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        ChangeAllAsync(contentItemId, v => v.Published = false, cancellationToken);

    /// <summary>Soft delete: the item leaves every page and list but its rows stay for the record.</summary>
    public Task<ContentStatus> DeleteAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        ChangeAllAsync(contentItemId, v => (v.Published, v.Deleted) = (false, true), cancellationToken);

    /// <summary>An old version's text becomes a new draft on top of the latest.</summary>
    public async Task<ContentSaveResult> RestoreAsync(string contentItemId, int versionId, string author, CancellationToken cancellationToken = default)
    {
        var old = await VersionAsync(contentItemId, versionId, cancellationToken);
        var latest = await LatestAsync(contentItemId, cancellationToken);
        if (old is null || latest is null)
        {
            return new(ContentStatus.NotFound);
        }

        return await SaveDraftAsync(
            new ContentDraft(old.ContentType, old.Culture, old.Title, old.Slug, old.Fields) { ContentItemId = contentItemId, BaseVersionId = latest.Id },
            author,
            cancellationToken);
    }

    /// <summary>Starts the item's version in another language, prefilled with the source text to translate over.</summary>
    public async Task<ContentSaveResult> TranslateAsync(string contentItemId, string culture, string author, CancellationToken cancellationToken = default)
    {
        var source = await LatestAsync(contentItemId, cancellationToken);
        if (source is null)
        {
            return new(ContentStatus.NotFound);
        }

        var existing = (await TranslationsAsync(source.LocalizationSet, cancellationToken)).FirstOrDefault(t => t.Culture == culture);
        if (existing is not null)
        {
            return new(ContentStatus.Ok, existing);
        }

        return await SaveDraftAsync(
            new ContentDraft(source.ContentType, culture, source.Title, source.Slug, new(source.Fields)) { LocalizationSet = source.LocalizationSet },
            author,
            cancellationToken);
    }

    public async Task<bool> SlugTakenAsync(string culture, string slug, string? exceptItemId, CancellationToken cancellationToken = default) =>
        await db.ContentItems.AnyAsync(c => c.Culture == culture && c.Slug == slug && c.Latest && !c.Deleted && c.ContentItemId != exceptItemId, cancellationToken);

    private async Task<ContentSaveResult> CommitAsync(
        Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, ContentItem? latest, ContentItem version, CancellationToken cancellationToken)
    {
        try
        {
            // Two saves, in this order, so the one-latest-row index never sees two latest rows.
            if (latest is not null)
            {
                latest.Latest = false;
                await db.SaveChangesAsync(cancellationToken);
            }

            db.ContentItems.Add(version);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another editor's save or another item's slug got there first.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return new(await SlugTakenAsync(version.Culture, version.Slug, version.ContentItemId, cancellationToken) ? ContentStatus.SlugTaken : ContentStatus.Conflict);
        }

        // A new draft changes nothing on the site, so the published lists stay cached.
        return new(ContentStatus.Ok, version);
    }

    private async Task<ContentStatus> ChangeAllAsync(string contentItemId, Action<ContentItem> change, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var versions = await db.ContentItems.Where(c => c.ContentItemId == contentItemId && !c.Deleted).ToListAsync(cancellationToken);
        if (versions.Count == 0)
        {
            return ContentStatus.NotFound;
        }

        versions.ForEach(change);
        await db.SaveChangesAsync(cancellationToken);
        await search.RemoveAsync(ContentSearchDocuments.Source, contentItemId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await published.InvalidateAsync();
        return ContentStatus.Ok;
    }

    // Time-ordered, so ids sort by creation; 26 hex characters carry 104 bits.
    private static string NewId() => Guid.CreateVersion7().ToString("N")[..26];
}
