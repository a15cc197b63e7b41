using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Psqm.Modules.Content.Engine;
using Psqm.Modules.Content.Review;
using Psqm.Modules.Workflows.Engine;
using Microsoft.AspNetCore.Http;
using Psqm.Core.Security;
using Psqm.Core.Tenancy;

namespace Psqm.Modules.Content.Pages.Admin.Content;

[RequirePermission("EditContent", "EditHubContent")]
public sealed class EditModel(
    ContentManager content, ContentTypes types, ContentForm form, PublishedContent taxonomies, MediaStore media,
    MarkdownRenderer markdown, ContentAccess access, ContentReview review, IStringLocalizer<EditModel> s) : PageModel
{
    public ContentTypeDefinition Type { get; private set; } = null!;

    public ContentItem? Item { get; private set; }

    [BindProperty]
    public string Title { get; set; } = "";

    [BindProperty]
    public string Slug { get; set; } = "";

    [BindProperty]
    public int? BaseVersionId { get; set; }

    public string Culture { get; private set; } = "en";

    public Dictionary<string, string[]> Values { get; private set; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Previews { get; } = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, IReadOnlyList<TaxonomyTerm>> Terms { get; private set; } = new Dictionary<string, IReadOnlyList<TaxonomyTerm>>();

    public IReadOnlyList<MediaItem> Media { get; private set; } = [];

    public IReadOnlyList<ContentItem> Translations { get; private set; } = [];

    /// <summary>Publishing as the item stands: a hub leader publishes their own hub's items, never one for the whole site.</summary>
    public bool CanPublish => Item is null ? Rights.Publish : Rights.MayPublish(Item.Hub);

    /// <summary>A hub leader may send this item to an editor: a new one, or their own for the whole site.</summary>
    public bool CanSend => Rights.WholeSite && (Item is null || Item.Hub is null) && Review?.Waiting != true;

    /// <summary>The item's review by an editor, if it was ever sent.</summary>
    public ReviewStatus? Review { get; private set; }

    /// <summary>Whether this user decides the review (an editor), rather than waits for it.</summary>
    public bool Decides => Rights.Hub is null && Rights.Publish;

    /// <summary>The review's version as the page showed it, so two editors deciding at once cannot both succeed.</summary>
    [BindProperty]
    public Guid ReviewVersion { get; set; }

    [BindProperty]
    public string? ReviewNote { get; set; }

    public ContentRights Rights { get; private set; } = ContentRights.None;

    /// <summary>Some version is on the site: the latest, or an older one while a draft is being prepared.</summary>
    public bool IsOnSite { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? id, string? type, string? culture)
    {
        if (!await LoadAsync(id, type, culture))
        {
            return Refused();
        }

        if (Item is not null)
        {
            (Title, Slug, BaseVersionId, Values) = (Item.Title, Item.Slug, Item.Id, Item.Fields);
        }
        else if (Rights.Hub is not null)
        {
            // A hub leader writes for their hub unless they choose the whole site.
            Values[ContentTypeDefinition.HubField] = [Rights.Hub];
        }

        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(string? id, string? type, string? culture) => SaveAsync(id, type, culture, Then.Nothing);

    public Task<IActionResult> OnPostPublishAsync(string? id, string? type, string? culture) => SaveAsync(id, type, culture, Then.Publish);

    /// <summary>A hub leader's item for the whole site: saved, then sent to the editors.</summary>
    public Task<IActionResult> OnPostSendAsync(string? id, string? type, string? culture) => SaveAsync(id, type, culture, Then.Send);

    /// <summary>The author takes their item back while it waits, to change it or leave it.</summary>
    public async Task<IActionResult> OnPostWithdrawAsync(string id)
    {
        if (!await LoadAsync(id, null, null))
        {
            return Refused();
        }

        return await AfterReviewAsync(await review.WithdrawAsync(id, ReviewVersion, User, HttpContext.RequestAborted), s["“{0}” is back with you. It is not waiting for an editor any more.", Item!.Title].Value);
    }

    /// <summary>An editor publishes the version they read.</summary>
    public async Task<IActionResult> OnPostApproveAsync(string id)
    {
        if (!await LoadAsync(id, null, null))
        {
            return Refused();
        }

        var outcome = await review.PublishAsync(id, ReviewVersion, BaseVersionId ?? 0, User, HttpContext.RequestAborted);
        return await AfterReviewAsync(outcome, s["“{0}” is published.", Item!.Title].Value);
    }

    /// <summary>An editor returns the item to its author with what to change.</summary>
    public async Task<IActionResult> OnPostReturnAsync(string id)
    {
        if (!await LoadAsync(id, null, null))
        {
            return Refused();
        }

        ReviewNote = ReviewNote?.Trim();
        if (string.IsNullOrEmpty(ReviewNote))
        {
            ModelState.AddModelError(nameof(ReviewNote), s["Write what the author should change"]);
            return ShowItem();
        }

        return await AfterReviewAsync(await review.ReturnAsync(id, ReviewVersion, User, ReviewNote[..Math.Min(ReviewNote.Length, 4000)], HttpContext.RequestAborted), s["“{0}” is returned to its author with your feedback.", Item!.Title].Value);
    }

    /// <summary>Shows the Markdown fields as they will look, without saving: the preview that works without script.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(string? id, string? type, string? culture)
    {
        if (!await LoadAsync(id, type, culture))
        {
            return Refused();
        }

        Values = ContentForm.Read(Type, Request.Form, HttpContext.RequiredTenant().TimeZone);
        foreach (var field in Type.Fields.Where(f => f.Kind == FieldKind.Markdown))
        {
            Previews[field.Name] = markdown.ToHtml(Values.GetValueOrDefault(field.Name)?.FirstOrDefault() ?? "");
        }

        return Page();
    }

    public async Task<IActionResult> OnPostUnpublishAsync(string id)
    {
        if (!await LoadAsync(id, null, null))
        {
            return Refused();
        }

        if (!CanPublish)
        {
            return Forbid();
        }

        await content.UnpublishAsync(id, HttpContext.RequestAborted);
        TempData["Notice"] = s["“{0}” is no longer published. It is kept as a draft.", Item!.Title].Value;
        return RedirectToPage(new { id });
    }

    /// <summary>Starts the version of this item in the tenant's other language.</summary>
    public async Task<IActionResult> OnPostTranslateAsync(string id, string culture)
    {
        if (!HttpContext.RequiredTenant().Cultures.Any(c => c.TwoLetterISOLanguageName == culture) || !await LoadAsync(id, null, null))
        {
            return NotFound();
        }

        var result = await content.TranslateAsync(id, culture, User.Identity!.Name!, HttpContext.RequestAborted);
        return result.Item is null ? NotFound() : RedirectToPage(new { id = result.Item.ContentItemId });
    }

    private enum Then
    {
        Nothing,
        Publish,
        Send,
    }

    private async Task<IActionResult> SaveAsync(string? id, string? type, string? culture, Then then)
    {
        if (!await LoadAsync(id, type, culture))
        {
            return Refused();
        }

        if ((then == Then.Publish && !Rights.Publish) || (then == Then.Send && !Rights.WholeSite))
        {
            return Forbid();
        }

        Title = (Title ?? "").Trim();
        Slug = string.IsNullOrWhiteSpace(Slug) ? Slugs.From(Title) : Slug.Trim().ToLowerInvariant();
        Values = ContentForm.Read(Type, Request.Form, HttpContext.RequiredTenant().TimeZone);
        var hub = Values.GetValueOrDefault(ContentTypeDefinition.HubField)?.FirstOrDefault();
        if (Rights.Hub is not null && hub != Rights.Hub && !(Rights.WholeSite && string.IsNullOrEmpty(hub)))
        {
            // A hub leader's item is for their hub, or, with the editors' review, for the whole site: nothing else.
            Values[ContentTypeDefinition.HubField] = [Rights.Hub];
            hub = Rights.Hub;
        }

        Validate();
        if (then == Then.Publish && !Rights.MayPublish(hub))
        {
            ModelState.AddModelError(ContentForm.Prefix + ContentTypeDefinition.HubField, s["An item for the whole site is published by an editor. Choose your hub, or send it for review."]);
        }

        if (!ModelState.IsValid)
        {
            return ShowItem();
        }

        var saved = await content.SaveDraftAsync(
            new ContentDraft(Type.Name, Culture, Title, Slug, Values) { ContentItemId = Item?.ContentItemId, BaseVersionId = BaseVersionId },
            ContentAccess.OwnerName(User),
            HttpContext.RequestAborted);
        switch (saved.Result)
        {
            case ContentStatus.SlugTaken:
                ModelState.AddModelError(nameof(Slug), s["Another item in this language already uses this web address. Choose another."]);
                return ShowItem();
            case ContentStatus.Conflict:
                // Keep what this editor typed; the next save, after reviewing, goes on top of the other one.
                ModelState.AddModelError(string.Empty, s["Someone else saved this item while you were editing it. Your changes are below and have not been saved. Check the latest version in the history, then save again."]);
                ModelState.Remove(nameof(BaseVersionId));
                BaseVersionId = (await content.LatestAsync(Item!.ContentItemId))?.Id;
                return ShowItem();
            case ContentStatus.NotFound:
                return NotFound();
        }

        var itemId = saved.Item!.ContentItemId;
        if (then == Then.Send)
        {
            var sent = await review.SendAsync(itemId, ReviewVersion, User, ReviewNote?.Trim() is { Length: > 0 } note ? note[..Math.Min(note.Length, 4000)] : null, HttpContext.RequestAborted);
            return await AfterReviewAsync(sent, s["“{0}” is saved and sent to the editors. You will be told when they have published it or returned it.", Title].Value, itemId);
        }

        if (then == Then.Publish)
        {
            // An item waiting for review is published through it, so the review ends with the publication.
            if (Review?.Waiting == true)
            {
                return await AfterReviewAsync(await review.PublishAsync(itemId, ReviewVersion, saved.Item.Id, User, HttpContext.RequestAborted), s["“{0}” is published.", Title].Value, itemId);
            }

            await content.PublishAsync(itemId, saved.Item.Id, HttpContext.RequestAborted);
        }

        TempData["Notice"] = then == Then.Publish ? s["“{0}” is published.", Title].Value : s["“{0}” is saved as a draft.", Title].Value;
        return RedirectToPage(new { id = itemId });
    }

    /// <summary>After a review step: on to the item, or why not (what someone else did meanwhile), with what was typed kept.</summary>
    private async Task<IActionResult> AfterReviewAsync(TransitionOutcome outcome, string notice, string? itemId = null)
    {
        itemId ??= Item!.ContentItemId;
        if (outcome.Taken)
        {
            TempData["Notice"] = notice;
            return RedirectToPage(new { id = itemId });
        }

        if (Item is null || Item.ContentItemId != itemId)
        {
            // The new item is saved; what stopped the review is said on its page.
            TempData["Notice"] = outcome.Message ?? s["The item is saved, but it could not be sent. Try again."].Value;
            return RedirectToPage(new { id = itemId });
        }

        ModelState.AddModelError(string.Empty, outcome.Status == TransitionStatus.Conflict
            ? s["Someone else acted on this review while you were reading it. It now stands as shown below. Nothing you typed is lost."].Value
            : outcome.Message ?? s["That cannot be done now."].Value);
        await LoadReviewAsync();
        ModelState.Remove(nameof(ReviewVersion));
        ReviewVersion = Review?.Instance.Version ?? Guid.Empty;
        return ShowItem();
    }

    /// <summary>The page again with what the user typed; fields not posted (a review form) show the saved item.</summary>
    private PageResult ShowItem()
    {
        if (Item is not null && !Request.Form.ContainsKey(nameof(Title)))
        {
            (Title, Slug, Values) = (Item.Title, Item.Slug, Item.Fields);
            BaseVersionId ??= Item.Id;
        }

        return Page();
    }

    private async Task LoadReviewAsync() =>
        Review = Item is null ? null : await review.StatusAsync(Item.ContentItemId, HttpContext.RequestAborted);

    private void Validate()
    {
        if (Title.Length == 0)
        {
            ModelState.AddModelError(nameof(Title), s["Enter a title"]);
        }
        else if (Title.Length > 200)
        {
            ModelState.AddModelError(nameof(Title), s["The title must be 200 characters or fewer"]);
        }

        if (!Slugs.IsValid(Slug))
        {
            ModelState.AddModelError(nameof(Slug), s["The web address can only use lower-case letters, digits and single hyphens, like science-week-2026"]);
        }

        form.Validate(Type, Values, Terms, Media, ModelState);
    }

    private bool _forbidden;

    private IActionResult Refused() => _forbidden ? Forbid() : NotFound();

    private async Task<bool> LoadAsync(string? id, string? type, string? culture)
    {
        var tenant = HttpContext.RequiredTenant();
        if (id is not null)
        {
            Item = await content.LatestAsync(id, HttpContext.RequestAborted);
            if (Item is null)
            {
                return false;
            }

            type = Item.ContentType;
            Culture = Item.Culture;
            IsOnSite = Item.Published || await content.IsPublishedAsync(id, HttpContext.RequestAborted);
            Translations = (await content.TranslationsAsync(Item.LocalizationSet, HttpContext.RequestAborted)).Where(t => t.ContentItemId != Item.ContentItemId).ToArray();
        }
        else
        {
            Culture = tenant.Cultures.Select(c => c.TwoLetterISOLanguageName).FirstOrDefault(c => c == culture) ?? tenant.DefaultCulture.TwoLetterISOLanguageName;
        }

        if (type is null || types.Find(type) is not { } definition)
        {
            return false;
        }

        Type = definition;
        Rights = await access.RightsAsync(User, Type, Item);
        if (!Rights.Edit)
        {
            // A type the user may not write is refused; another hub's item is not found, so its existence is not told.
            _forbidden = Item is null;
            return false;
        }

        await LoadReviewAsync();
        if (HttpMethods.IsGet(Request.Method))
        {
            ReviewVersion = Review?.Instance.Version ?? Guid.Empty;
        }

        Terms = await taxonomies.TermsAsync(HttpContext.RequestAborted);
        if (Rights.Hub is not null)
        {
            // A hub leader's items belong to their hub: it is the only one offered.
            Terms = new Dictionary<string, IReadOnlyList<TaxonomyTerm>>(Terms)
            {
                [Psqm.Modules.Content.Engine.Taxonomies.Hubs] = (Terms.GetValueOrDefault(Psqm.Modules.Content.Engine.Taxonomies.Hubs) ?? []).Where(t => t.Key == Rights.Hub).ToArray(),
            };
        }

        Media = await media.ListAsync(HttpContext.RequestAborted);
        return true;
    }

}
