using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Psqm.Core.Tenancy;
using RedisRateLimiting;
using StackExchange.Redis;

namespace Psqm.Core.Security;

/// <summary>Named rate-limit policies for forms anyone can post: per tenant and client address.</summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string PublicForm = "public-form";

    public static IServiceCollection AddPsqmRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignIn, context => Window(context, "sign-in", Limits(context).SignInPerMinute));
            options.AddPolicy(PublicForm, context => Window(context, "form", Limits(context).PublicFormPerMinute));

            // Besides each address's limit: all anonymous posts to one tenant together, so many addresses cannot flood it.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsPost(context.Request.Method) && context.User.Identity?.IsAuthenticated != true && context.GetTenant() is { } tenant
                    ? PerMinute(context, "tenant|" + tenant.Name, Limits(context).AnonymousPostsPerTenantPerMinute)
                    : RateLimitPartition.GetNoLimiter("none"));
        });

    private static RateLimitOptions Limits(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<PsqmOptions>>().Value.RateLimits;

    // Only posts count: reading a form again after an error must never lock anyone out.
    private static RateLimitPartition<string> Window(HttpContext context, string name, int permitsPerMinute)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }

        return PerMinute(context, $"{name}|{context.GetTenant()?.Name}|{context.Connection.RemoteIpAddress}", permitsPerMinute);
    }

    // Counted in Redis when there is one, so a client spreading its posts over the nodes meets the same limit.
    private static RateLimitPartition<string> PerMinute(HttpContext context, string key, int permits) =>
        context.RequestServices.GetService<IConnectionMultiplexer>() is { } redis
            ? RedisRateLimitPartition.GetFixedWindowRateLimiter("psqm:rate:" + key, _ => new RedisFixedWindowRateLimiterOptions
            {
                ConnectionMultiplexerFactory = () => redis,
                PermitLimit = permits,
                Window = TimeSpan.FromMinutes(1),
            })
            : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
}
