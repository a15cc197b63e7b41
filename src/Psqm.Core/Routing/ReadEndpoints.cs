using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Psqm.Core.Routing;

public static class ReadEndpoints
{
    /// <summary>
    /// A GET endpoint that also answers HEAD, as pages do: feed readers, link checkers and caches ask HEAD first
    /// (the server sends no body for it).
    /// </summary>
    public static RouteHandlerBuilder MapGetAndHead(this IEndpointRouteBuilder endpoints, string pattern, Delegate handler) =>
        endpoints.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Head], handler);
}
