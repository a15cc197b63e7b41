using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Psqm.Theme.Pages;

/// <summary>Friendly pages for every error status, in the language of the page that failed.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true)]
public sealed class ErrorModel(IStringLocalizer<ErrorModel> s) : PageModel
{
    public string Title { get; private set; } = "";

    public IReadOnlyList<string> Paragraphs { get; private set; } = [];

    public void OnGet([FromRoute] int code) => Describe(code);

    // From the route only: the failed request's body may be too large, or malformed, to read.
    public void OnPost([FromRoute] int code) => Describe(code);

    private void Describe(int code)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        if (!reExecuted && code is >= 400 and <= 599)
        {
            Response.StatusCode = code;
        }

        (Title, Paragraphs) = code switch
        {
            404 => (s["Page not found"].Value, new[]
            {
                s["If you typed the web address, check it is correct."].Value,
                s["If you pasted the web address, check you copied the entire address."].Value,
            }),
            403 => (s["You do not have access to this page"].Value, [s["If you think you should have access, contact your hub leader or the programme team."].Value]),
            400 => (s["Sorry, there is a problem with your request"].Value, [s["The form may have expired. Go back, refresh the page and try again. Nothing you saved before has been lost."].Value]),
            413 => (s["The file is too large"].Value, [s["Go back and choose a smaller file. Nothing you saved before has been lost."].Value]),
            429 => (s["Too many attempts"].Value, [s["Please wait a minute and try again."].Value]),
            StatusCodes.Status503ServiceUnavailable => (s["Sorry, the service is unavailable"].Value, [s["Please try again later."].Value]),
            >= 500 => (s["Sorry, there is a problem with the service"].Value, [s["Please try again later. Nothing you saved before has been lost."].Value]),
            _ => (s["Sorry, there is a problem"].Value, [s["Please try again later."].Value]),
        };
    }
}
