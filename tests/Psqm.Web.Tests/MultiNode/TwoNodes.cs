using System.Diagnostics;
using System.Net;
using Psqm.Testing;

namespace Psqm.Web.Tests.MultiNode;

/// <summary>A test that needs the run's PostgreSQL and Redis servers (test.sh starts both); skipped, and says why, without them.</summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (PsqmFactory.PostgreSqlServer is null || TwoNodesSharingRedis.Server is null)
        {
            Skip = "Needs PostgreSQL and Redis: set PSQM_TEST_POSTGRESQL and PSQM_TEST_REDIS (test.sh does).";
        }
    }
}

/// <summary>Two nodes that share Redis too: the key ring, the output cache and the rate limits live there.</summary>
public sealed class TwoNodesSharingRedis : TwoNodes
{
    public const int SignInPerMinute = 5;

    /// <summary>The run's Redis server (<c>127.0.0.1:port</c>), when test.sh started one.</summary>
    public static string? Server => Environment.GetEnvironmentVariable("PSQM_TEST_REDIS") is { Length: > 0 } server ? server : null;

    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Psqm__Redis"] = Server ?? "",
        ["Psqm__RateLimits__SignInPerMinute"] = SignInPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    protected override bool CanStart => base.CanStart && Server is not null;
}

/// <summary>A test that needs the run's PostgreSQL server (test.sh starts one); skipped, and says why, without it.</summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (PsqmFactory.PostgreSqlServer is null)
        {
            Skip = "Needs PostgreSQL: set PSQM_TEST_POSTGRESQL (test.sh does).";
        }
    }
}

/// <summary>
/// Two processes of the site, as two nodes behind a load balancer would be: each with its own port and AppData (its
/// own search index and mail folder), sharing one PostgreSQL server and nothing else.
/// </summary>
public class TwoNodes : IAsyncLifetime
{
    private readonly string _databases = "n" + Guid.NewGuid().ToString("N")[..10];

    public Node A { get; private set; } = null!;

    public Node B { get; private set; } = null!;

    /// <summary>Cookies as one browser keeps them: both nodes are 127.0.0.1, as two nodes behind one address are.</summary>
    public CookieContainer Cookies { get; } = new();

    /// <summary>Settings both nodes start with, besides the database's.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["Psqm__RateLimits__SignInPerMinute"] = "1000" };

    protected virtual bool CanStart => PsqmFactory.PostgreSqlServer is not null;

    public async Task InitializeAsync()
    {
        if (!CanStart)
        {
            return;
        }

        // The first node sets the tenants up from the recipes; the second finds them ready, as a node added later does.
        A = await Node.StartAsync("a", this);
        B = await Node.StartAsync("b", this);
    }

    public async Task DisposeAsync()
    {
        if (A is not null)
        {
            await A.DisposeAsync();
        }

        if (B is not null)
        {
            await B.DisposeAsync();
        }
    }

    /// <summary>A browser's client for one node, sharing the cookies with the other.</summary>
    public HttpClient Browser(Node node, bool followRedirects = true) =>
        new(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = followRedirects }) { BaseAddress = node.Address };

    public sealed class Node : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly System.Text.StringBuilder _log = new();

        private Node(Process process, Uri address, string appData)
        {
            _process = process;
            Address = address;
            AppData = appData;
        }

        public Uri Address { get; }

        public string AppData { get; }

        public string Log
        {
            get
            {
                lock (_log)
                {
                    return _log.ToString();
                }
            }
        }

        public static async Task<Node> StartAsync(string name, TwoNodes site)
        {
            var port = Ports.Free();
            var appData = Path.Combine(Path.GetTempPath(), "psqm-nodes", site._databases, name);
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(typeof(Program).Assembly.Location);
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
            start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
            start.Environment["Psqm__AppData"] = appData;
            start.Environment["Psqm__Demo__Password"] = PsqmFactory.Password;
            start.Environment["Psqm__Database__Provider"] = "PostgreSQL";
            start.Environment["Psqm__Database__ConnectionString"] = $"{PsqmFactory.PostgreSqlServer};Database={site._databases}_{{tenant}}";
            foreach (var (key, value) in site.Settings)
            {
                start.Environment[key] = value;
            }

            start.Environment["Logging__LogLevel__Default"] = "Warning";
            var node = new Node(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}"), appData);
            node._process.OutputDataReceived += (_, e) => node.Append(e.Data);
            node._process.ErrorDataReceived += (_, e) => node.Append(e.Data);
            node._process.BeginOutputReadLine();
            node._process.BeginErrorReadLine();
            await node.WaitUntilReadyAsync();
            return node;
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
            try
            {
                Directory.Delete(AppData, recursive: true);
            }
            catch (IOException)
            {
                // Removed with the temporary folder later; never fail a run over it.
            }
        }

        private void Append(string? line)
        {
            lock (_log)
            {
                _log.AppendLine(line);
            }
        }

        // Generous: a cold start that sets three tenants up on a busy 2-core machine, not a speed check.
        private async Task WaitUntilReadyAsync()
        {
            using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
            var until = DateTime.UtcNow.AddMinutes(4);
            while (DateTime.UtcNow < until)
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"The node at {Address} stopped:\n{Log}");
                }

                try
                {
                    if ((await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                    {
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }
                catch (TaskCanceledException)
                {
                    // Busy setting up.
                }

                await Task.Delay(250);
            }

            throw new TimeoutException($"The node at {Address} was not ready within four minutes:\n{Log}");
        }
    }
}
