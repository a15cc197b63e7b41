using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Psqm.Modules.Content.Engine;
using Psqm.Core.Tenancy;

namespace Psqm.Modules.Webinars.Pages.Webinars;

/// <summary>Upcoming events soonest first, or past ones latest first, with a topic filter and paging.</summary>
[Psqm.Core.Caching.CachedPage("when", "topic", "p", ViewerZone.Query)]
public sealed class IndexModel(PublishedContent published, TimeProvider clock) : PageModel
{
    public const int PageSize = 10;

    [BindProperty(SupportsGet = true)]
    public string? When { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Topic { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public bool Past => When == "past";

    public IReadOnlyList<Webinar> Items { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<TaxonomyTerm> Topics { get; private set; } = [];

    public TimeZoneInfo? Viewer { get; private set; }

    public DateTime Now { get; private set; }

    public string Language { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public async Task OnGetAsync()
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Viewer = ViewerZone.Chosen(HttpContext);
        Topics = (await published.TermsAsync(HttpContext.RequestAborted)).GetValueOrDefault(Taxonomies.Topics) ?? [];
        if (Topic is not null && Topics.All(t => t.Key != Topic))
        {
            Topic = null;
        }

        var all = (await published.ListAsync(WebinarType.Name, Language, HttpContext.RequestAborted))
            .Select(Webinar.From).OfType<Webinar>()
            .Where(w => Past ? w.EndUtc <= Now : w.EndUtc > Now)
            .Where(w => Topic is null || w.Item.FieldValues("topics").Contains(Topic));
        var ordered = Past ? all.OrderByDescending(w => w.StartUtc) : all.OrderBy(w => w.StartUtc);
        var list = ordered.ToList();
        Total = list.Count;
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Items = list.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
    }

    public object RouteFor(int page) => new { When, Topic, tz = Viewer?.Id, p = page };

    public TimeZoneInfo Zone => HttpContext.RequiredTenant().TimeZone;
}
