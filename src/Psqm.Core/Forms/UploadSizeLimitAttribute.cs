using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Psqm.Core.Forms;

/// <summary>
/// Lets an upload page take files up to its kind's limit (a setting) plus room for the form, instead of the server's
/// fixed default; anything larger is refused before it is read, with the friendly "too large" page.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UploadSizeLimitAttribute(UploadKind kind = UploadKind.Media) : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public UploadKind Kind { get; } = kind;

    // An authorization filter, first of all: the antiforgery check (also an authorization filter) reads the body.
    public const string TooLargeKey = "UploadTooLarge";

    public int Order => int.MinValue;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var limit = context.HttpContext.RequestServices.GetRequiredService<IOptions<PsqmOptions>>().Value.Media.MaxBytesFor(Kind) + (1024 * 1024);
        var request = context.HttpContext.Request;
        if (request.ContentLength > limit)
        {
            // Said before reading a byte (otherwise the form check fails first and blames an expired form),
            // beside the field, on the same page.
            var tempData = context.HttpContext.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(context.HttpContext);
            tempData[TooLargeKey] = true;
            tempData.Save();
            context.Result = new RedirectResult(request.PathBase + request.Path + request.QueryString);
            return;
        }

        var feature = context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = limit;
        }
    }
}
