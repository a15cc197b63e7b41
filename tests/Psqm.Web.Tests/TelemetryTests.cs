using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Psqm.Testing;

namespace Psqm.Web.Tests;

/// <summary>A collector on loopback that keeps what the site sends it over OTLP (HTTP, protobuf).</summary>
public sealed class TelemetryFactory : PsqmFactory
{
    private readonly HttpListener _collector = new();
    private readonly Task _receiving;

    public TelemetryFactory()
    {
        var port = Ports.Free();
        Endpoint = $"http://127.0.0.1:{port}";
        _collector.Prefixes.Add(Endpoint + "/");
        _collector.Start();
        _receiving = Task.Run(ReceiveAsync);
    }

    public string Endpoint { get; }

    /// <summary>Each export as path and body, the body read as Latin-1 so the protobuf's strings can be found in it.</summary>
    public ConcurrentQueue<(string Path, string Body)> Received { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OTEL_EXPORTER_OTLP_ENDPOINT", Endpoint);
        builder.UseSetting("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
        builder.UseSetting("OTEL_BSP_SCHEDULE_DELAY", "100");
        builder.UseSetting("OTEL_BLRP_SCHEDULE_DELAY", "100");
        builder.UseSetting("OTEL_METRIC_EXPORT_INTERVAL", "200");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _collector.Close();
        }
    }

    private async Task ReceiveAsync()
    {
        while (_collector.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _collector.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            Received.Enqueue((context.Request.Url!.AbsolutePath, Encoding.Latin1.GetString(body.ToArray())));
            context.Response.StatusCode = 200;
            context.Response.Close();
        }
    }
}

public sealed class TelemetryTests(TelemetryFactory factory) : IClassFixture<TelemetryFactory>
{
    [Fact]
    public async Task WithAnOtlpEndpoint_RequestsAreTracedWithTheirTenant_AndRuntimeMetricsAreSent()
    {
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/cymru/astudiaethau-achos", UriKind.Relative))).StatusCode);

        var until = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < until && !(Traced() && factory.Received.Any(r => r.Path == "/v1/metrics")))
        {
            await Task.Delay(100);
        }

        Assert.True(Traced(), "No trace of the request reached the collector: " + string.Join(", ", factory.Received.Select(r => r.Path)));
        // The runtime's: the test server records no HTTP server metrics of its own (a real server does, on Kestrel).
        Assert.Contains(factory.Received, r => r.Path == "/v1/metrics" && r.Body.Contains("dotnet.gc.collections", StringComparison.Ordinal));
    }

    private bool Traced() => factory.Received.Any(r => r.Path == "/v1/traces"
        && r.Body.Contains(Psqm.Core.Hosting.Telemetry.ServiceName, StringComparison.Ordinal)
        && r.Body.Contains("psqm.tenant", StringComparison.Ordinal)
        && r.Body.Contains("Cymru", StringComparison.Ordinal));
}
