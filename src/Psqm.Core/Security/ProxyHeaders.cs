using System.Net;
using IPNetwork = System.Net.IPNetwork;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Psqm.Core.Security;

/// <summary>
/// Behind a TLS-terminating proxy the scheme and client address arrive in X-Forwarded-Proto and X-Forwarded-For.
/// They are believed only from the proxies named in <c>Psqm:Proxies</c> (loopback when none), and the forwarded
/// host never is: links are built from configuration.
/// </summary>
public static class ProxyHeaders
{
    public static IServiceCollection AddPsqmProxyHeaders(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<PsqmOptions>>((options, psqm) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = 1;
            var proxies = psqm.Value.Proxies;
            if (proxies.Count == 0)
            {
                return;
            }

            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var proxy in proxies)
            {
                if (IPNetwork.TryParse(proxy, out var network))
                {
                    options.KnownIPNetworks.Add(network);
                }
                else if (IPAddress.TryParse(proxy, out var address))
                {
                    options.KnownProxies.Add(address);
                }
                else
                {
                    throw new InvalidOperationException($"Psqm:Proxies has '{proxy}', which is neither an IP address nor a network such as 10.0.0.0/8.");
                }
            }
        });
        return services;
    }
}
