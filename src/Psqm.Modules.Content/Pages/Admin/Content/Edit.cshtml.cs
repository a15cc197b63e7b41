using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Security;
using Psqm.Core.Tenancy;

namespace Psqm.Modules.Content.Pages.Admin.Content;

[RequirePermission("EditContent", "EditHubContent")]
public sealed class EditModel(
    ContentManager content, ContentTypes types, ContentForm form, PublishedContent taxonomies, MediaStore media,
    MarkdownRenderer markdown, ContentAccess access, IStringLocalizer<EditModel> s) : PageModel
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

    public bool CanPublish => Rights.Publish;

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

        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(string? id, string? type, string? culture) => SaveAsync(id, type, culture, publish: false);

    public Task<IActionResult> OnPostPublishAsync(string? id, string? type, string? culture) => SaveAsync(id, type, culture, publish: true);

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

    private async Task<IActionResult> SaveAsync(string? id, string? type, string? culture, bool publish)
    {
        if (!await LoadAsync(id, type, culture))
        {
            return Refused();
        }

        if (publish && !CanPublish)
        {
            return Forbid();
        }

        Title = (Title ?? "").Trim();
        Slug = string.IsNullOrWhiteSpace(Slug) ? Slugs.From(Title) : Slug.Trim().ToLowerInvariant();
        Values = ContentForm.Read(Type, Request.Form, HttpContext.RequiredTenant().TimeZone);
        if (Rights.Hub is not null)
        {
            Values[ContentTypeDefinition.HubField] = [Rights.Hub];
        }

        Validate();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var saved = await content.SaveDraftAsync(
            new ContentDraft(Type.Name, Culture, Title, Slug, Values) { ContentItemId = Item?.ContentItemId, BaseVersionId = BaseVersionId },
            User.Identity!.Name!,
            HttpContext.RequestAborted);
        switch (saved.Result)
        {
            case ContentStatus.SlugTaken:
                ModelState.AddModelError(nameof(Slug), s["Another item in this language already uses this web address. Choose another."]);
                return Page();
            case ContentStatus.Conflict:
                // Keep what this editor typed; the next save, after reviewing, goes on top of the other one.
                ModelState.AddModelError(string.Empty, s["Someone else saved this item while you were editing it. Your changes are below and have not been saved. Check the latest version in the history, then save again."]);
                ModelState.Remove(nameof(BaseVersionId));
                BaseVersionId = (await content.LatestAsync(Item!.ContentItemId))?.Id;
                return Page();
            case ContentStatus.NotFound:
                return NotFound();
        }

        if (publish)
        {
            await content.PublishAsync(saved.Item!.ContentItemId, saved.Item.Id, HttpContext.RequestAborted);
        }

        TempData["Notice"] = publish ? s["“{0}” is published.", Title].Value : s["“{0}” is saved as a draft.", Title].Value;
        return RedirectToPage(new { id = saved.Item!.ContentItemId });
    }

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
