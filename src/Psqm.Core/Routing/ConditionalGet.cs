using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Headers;
using Microsoft.Net.Http.Headers;

namespace Psqm.Core.Routing;

/// <summary>
/// Writes a document that readers poll (feeds, the sitemap, calendars) with an ETag, and answers 304 without it when
/// the client already has the same: feed readers, crawlers and calendar programs send back what they were given.
/// </summary>
public static class ConditionalGet
{
    /// <param name="version">
    /// What makes two answers different, when not every byte does: a calendar stamps the moment it was written, yet
    /// is the same calendar a minute later. The ETag is weak, as it promises the same meaning, not the same bytes.
    /// </param>
    public static async Task WriteAsync(HttpContext context, string body, string contentType, DateTime? lastModifiedUtc = null, string? version = null)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(version ?? body));
        var etag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(hash, 0, 16) + "\"", isWeak: true);
        var response = context.Response.GetTypedHeaders();
        response.ETag = etag;
        if (lastModifiedUtc is { } modified)
        {
            response.LastModified = new DateTimeOffset(DateTime.SpecifyKind(modified, DateTimeKind.Utc));
        }

        context.Response.ContentType = contentType;
        if (NotModified(context.Request.GetTypedHeaders(), etag, lastModifiedUtc))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
        }
    }

    // If-None-Match decides when sent (compared weakly, as for a GET); otherwise If-Modified-Since, to the second.
    private static bool NotModified(RequestHeaders request, EntityTagHeaderValue etag, DateTime? lastModifiedUtc)
    {
        if (request.IfNoneMatch.Count > 0)
        {
            return request.IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false));
        }

        return lastModifiedUtc is { } modified && request.IfModifiedSince is { } since
            && DateTime.SpecifyKind(modified, DateTimeKind.Utc).AddTicks(-(modified.Ticks % TimeSpan.TicksPerSecond)) <= since.UtcDateTime;
    }
}
