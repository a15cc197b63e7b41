using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Psqm.Core.Hosting;

/// <summary>
/// Redis, when <c>Psqm:Redis</c> holds a StackExchange.Redis configuration string: what several nodes must share at
/// once rather than through the database: the key ring, the output cache, the rate limits and the backplane that
/// tells every node's <see cref="Caching.TenantCache"/> of a change. Without it the site is one node's, or several
/// nodes' sharing the key ring through the host database and learning of changes from the cache stamps.
/// </summary>
public static class Redis
{
    public const string Setting = "Psqm:Redis";

    /// <summary>The connection, made on first use, or null when Redis is not configured.</summary>
    public static Lazy<IConnectionMultiplexer>? Connection(IConfiguration configuration) =>
        configuration[Setting] is { Length: > 0 } options
            ? new Lazy<IConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(options))
            : null;

    public static void AddPsqmRedis(this IServiceCollection services, Lazy<IConnectionMultiplexer> redis)
    {
        services.AddSingleton(_ => redis.Value);
        services.AddStackExchangeRedisOutputCache(options =>
        {
            options.InstanceName = "psqm:output:";
            options.ConnectionMultiplexerFactory = () => Task.FromResult(redis.Value);
        });
        services.AddFusionCacheStackExchangeRedisBackplane(options => options.ConnectionMultiplexerFactory = () => Task.FromResult(redis.Value));
        services.AddHealthChecks().AddCheck<Ping>("redis", tags: ["ready"]);
    }

    private sealed class Ping(IConnectionMultiplexer redis) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                var latency = await redis.GetDatabase().PingAsync();
                return HealthCheckResult.Healthy($"redis answered in {latency.TotalMilliseconds:0} ms");
            }
            catch (RedisException e)
            {
                return HealthCheckResult.Unhealthy("redis: " + e.Message);
            }
        }
    }
}
