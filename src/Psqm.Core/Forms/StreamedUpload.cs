using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Psqm.Core.Forms;

/// <summary>
/// Reads an upload form part by part as it arrives, so a file goes from the request straight to its place on
/// disk, never whole into memory nor into a second temporary copy. The form must put its antiforgery token
/// and its text fields before the file; the token is checked before a byte of the file is read.
/// </summary>
public static class StreamedUpload
{
    /// <param name="Values">Each field's last value.</param>
    /// <param name="Lists">Every value of each field, in order (checkboxes that share a name).</param>
    public sealed record Fields(IReadOnlyDictionary<string, string> Values, IReadOnlyDictionary<string, List<string>> Lists, bool HadFile)
    {
        public IReadOnlyList<string> All(string name) => Lists.TryGetValue(name, out var values) ? values : [];
    }

    /// <returns>The text fields, or null when the request is not a well-formed upload from this site's form.</returns>
    public static async Task<Fields?> ReadAsync(HttpContext context, IAntiforgery antiforgery, Func<IReadOnlyDictionary<string, string>, string, Stream, Task> onFile)
    {
        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var hadFile = false;
        var checkedToken = false;
        var reader = new MultipartReader(boundary, context.Request.Body);
        try
        {
            for (var section = await reader.ReadNextSectionAsync(context.RequestAborted); section is not null; section = await reader.ReadNextSectionAsync(context.RequestAborted))
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFormDisposition() && !disposition.IsFileDisposition())
                {
                    continue;
                }

                if (!disposition.IsFileDisposition())
                {
                    // Text fields are small; a field over 4,000 characters is cut rather than held.
                    var text = await section.ReadAsStringAsync(context.RequestAborted);
                    var field = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                    values[field] = text.Length > 4000 ? text[..4000] : text;
                    if (!lists.TryGetValue(field, out var list))
                    {
                        lists[field] = list = [];
                    }

                    // Bounded like the text: a crafted form cannot make a field's list grow without end.
                    if (list.Count < 500)
                    {
                        list.Add(values[field]);
                    }
                    continue;
                }

                if (!checkedToken)
                {
                    // The token came as a form field ahead of the file; the check reads it from the header, not the body.
                    context.Request.Headers[HeaderName(context)] = values.GetValueOrDefault(FormFieldName(context), "");
                    await antiforgery.ValidateRequestAsync(context);
                    checkedToken = true;
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "";
                if (name.Length > 0 && !hadFile)
                {
                    hadFile = true;
                    await onFile(values, Path.GetFileName(name), section.Body);
                }
            }
        }
        catch (Exception e) when (e is AntiforgeryValidationException or InvalidDataException or IOException)
        {
            return null;
        }

        if (!checkedToken)
        {
            context.Request.Headers[HeaderName(context)] = values.GetValueOrDefault(FormFieldName(context), "");
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return null;
            }
        }

        return new Fields(values, lists, hadFile);
    }

    private static string HeaderName(HttpContext context) => Options(context).HeaderName ?? "RequestVerificationToken";

    private static string FormFieldName(HttpContext context) => Options(context).FormFieldName;

    private static AntiforgeryOptions Options(HttpContext context) =>
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Microsoft.Extensions.Options.IOptions<AntiforgeryOptions>>(context.RequestServices).Value;
}

/// <summary>Keeps model binding from reading the form, so <see cref="StreamedUpload"/> can read the body as it arrives.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class StreamedUploadAttribute : Attribute, IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        var factories = context.ValueProviderFactories;
        factories.RemoveType<FormValueProviderFactory>();
        factories.RemoveType<FormFileValueProviderFactory>();
        factories.RemoveType<JQueryFormValueProviderFactory>();
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
