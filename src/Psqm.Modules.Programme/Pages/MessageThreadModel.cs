using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Psqm.Core;
using Psqm.Core.Forms;
using Psqm.Core.Routing;
using Psqm.Core.Tenancy;
using Psqm.Modules.Programme.Data;
using Psqm.Modules.Programme.Services;

namespace Psqm.Modules.Programme.Pages;

/// <summary>What both sides' thread pages need, given as one so each page's constructor names only what differs.</summary>
public sealed record MessageThreadServices(
    Messages Messages, MessageEmails Emails, PageLinks Links, TenantUrls Urls, IOptions<PsqmOptions> Options, IStringLocalizer<MessageThreadModel> S);

/// <summary>
/// A school year's thread, as the school and as its hub leader see it: one page model for both sides, which differ only
/// in how they find the year and which side they write from. Opening the thread marks it read.
/// </summary>
public abstract class MessageThreadModel(MessageThreadServices services) : PageModel
{
    private readonly Messages messages = services.Messages;
    private readonly PageLinks links = services.Links;

    public SchoolYear Year { get; private set; } = null!;

    public IReadOnlyList<Message> Thread { get; private set; } = [];

    [BindProperty]
    public string? Body { get; set; }

    [BindProperty]
    public IFormFile? Attachment { get; set; }

    public long MaxMegabytes => Options.Media.MaxEvidenceBytes / (1024 * 1024);

    /// <summary>True for the school's side of the thread.</summary>
    public abstract bool AsSchool { get; }

    /// <summary>The thread's page on this side, for redirects and the links in emails.</summary>
    protected abstract string ThreadPage { get; }

    private PsqmOptions Options => services.Options.Value;

    private IStringLocalizer S => services.S;

    protected abstract Task<SchoolYear?> FindYearAsync(int? id);

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (!await LoadAsync(id))
        {
            return Missing();
        }

        if (TempData[UploadSizeLimitAttribute.TooLargeKey] is true)
        {
            ModelState.AddModelError(nameof(Attachment), S["The file must be smaller than {0} MB", MaxMegabytes]);
        }

        if (Thread.Count > 0)
        {
            await messages.MarkReadAsync(Year.Enrolment.Id, ProgrammeScope.NormalizedEmail(User)!, Thread[^1].Id, HttpContext.RequestAborted);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync(int? id)
    {
        if (!await LoadAsync(id))
        {
            return Missing();
        }

        ModelState.Clear();
        var body = Body?.Trim() ?? "";
        if (body.Length is 0 or > Messages.MaxLength)
        {
            ModelState.AddModelError(nameof(Body), body.Length == 0 ? S["Write your message"] : S["A message must be {0} characters or fewer", Messages.MaxLength.ToString("N0", CultureInfo.CurrentCulture)]);
        }

        using var staged = Attachment is { Length: > 0 } file
            ? await StagedFile.StageAsync(file.OpenReadStream(), messages.Staging, Options.Media.MaxEvidenceBytes, file.FileName, HttpContext.RequestAborted)
            : null;
        if (staged is not null && UploadProblems.Of(staged, messages.Staging, Options.Media, S) is { } problem)
        {
            ModelState.AddModelError(nameof(Attachment), problem);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var message = await messages.SendAsync(Year.Enrolment.Id, AsSchool, User, body, staged, Attachment?.FileName ?? "", HttpContext.RequestAborted);
        await services.Emails.QueueAsync(message, Year, (culture, toSchool) => services.Urls.Absolute(
            (toSchool ? links.Page(HttpContext, "/MySchool/Messages", new { }, culture) : links.Page(HttpContext, "/MyHub/Messages", new { id = Year.Enrolment.Id }, culture)) ?? "/"), HttpContext.RequestAborted);
        TempData["Notice"] = S["Your message is sent."].Value;
        return Redirect(id);
    }

    public async Task<IActionResult> OnPostHideAsync(int? id, int message)
    {
        if (!await LoadAsync(id))
        {
            return Missing();
        }

        TempData["Notice"] = await messages.HideAsync(Year.Enrolment.Id, message, User, HttpContext.RequestAborted)
            ? S["Your message is hidden. The thread shows that a message was hidden, and when."].Value
            : S["Only the person who wrote a message can hide it, once."].Value;
        return Redirect(id);
    }

    // A subject leader without a school year goes to the page that explains; anyone else's wrong address is not found.
    private IActionResult Missing() => AsSchool ? LocalRedirect(links.Page(HttpContext, "/MySchool/Index") ?? "~/") : NotFound();

    private LocalRedirectResult Redirect(int? id) => LocalRedirect((links.Page(HttpContext, ThreadPage, id is null ? null : new { id }) ?? "~/") + "#latest");

    private async Task<bool> LoadAsync(int? id)
    {
        if (await FindYearAsync(id) is not { } year)
        {
            return false;
        }

        Year = year;
        Thread = await messages.ListAsync(year.Enrolment.Id, HttpContext.RequestAborted);
        return true;
    }
}
