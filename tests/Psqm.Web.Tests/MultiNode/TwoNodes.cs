using System.Diagnostics;
using System.Net;
using Psqm.Testing;

namespace Psqm.Web.Tests.MultiNode;

/// <summary>
/// Two nodes that share Redis too: the key ring, the output cache, the rate limits and the caches' backplane live
/// there. The run's Redis when test.sh started one, else a throwaway server of the fixture's own (Debian's
/// redis-server, which test.sh installs). They keep uploaded files in an S3 bucket, not in a shared folder: s3rver
/// (from npm) on loopback, with its data in the fixture's folder.
/// </summary>
public sealed class TwoNodesSharingRedis : TwoNodes
{
    public const int SignInPerMinute = 5;

    public const string Bucket = "psqm-files";

    private Process? _ownRedis;
    private Process? _s3;

    protected override bool StartTogether => true;

    /// <summary>Where Redis listens (<c>127.0.0.1:port</c>).</summary>
    public string Server { get; private set; } = "";

    protected override async Task<IReadOnlyDictionary<string, string>> SettingsAsync()
    {
        Server = Environment.GetEnvironmentVariable("PSQM_TEST_REDIS") is { Length: > 0 } given ? given : await StartRedisAsync();
        var s3 = await StartS3Async();
        return new Dictionary<string, string>
        {
            ["Psqm__Media__Storage"] = "S3",
            ["Psqm__Media__S3__Bucket"] = Bucket,
            ["Psqm__Media__S3__ServiceUrl"] = s3,
            ["Psqm__Media__S3__Region"] = "us-east-1",
            ["Psqm__Media__S3__AccessKey"] = "S3RVER",
            ["Psqm__Media__S3__SecretKey"] = "S3RVER",
            ["Psqm__Redis"] = Server,
            ["Psqm__RateLimits__SignInPerMinute"] = SignInPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),

            // The stamps are read once an hour, so only the backplane can tell a node of a change in time.
            ["Psqm__Jobs__CacheStampService"] = "01:00:00",
        };
    }

    /// <summary>Where s3rver keeps the bucket's objects on disk.</summary>
    public string S3Data { get; } = Path.Combine(Path.GetTempPath(), "psqm-nodes", "s3-" + Guid.NewGuid().ToString("N")[..10]);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var server in new[] { _ownRedis, _s3 })
        {
            if (server is { HasExited: false })
            {
                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync();
            }

            server?.Dispose();
        }

        try
        {
            Directory.Delete(S3Data, recursive: true);
        }
        catch (IOException)
        {
            // Removed with the temporary folder later; never fail a run over it.
        }
    }

    private async Task<string> StartS3Async()
    {
        var port = Ports.Free();
        var folder = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(folder, "node_modules", "s3rver", "bin", "s3rver.js")))
        {
            folder = Path.GetDirectoryName(folder.TrimEnd(Path.DirectorySeparatorChar)) ?? throw new InvalidOperationException("s3rver is not installed: the test project's build runs npm ci.");
        }

        Directory.CreateDirectory(S3Data);
        var start = new ProcessStartInfo("node") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(folder, "node_modules", "s3rver", "bin", "s3rver.js"), "--directory", S3Data, "--address", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--silent", "--configure-bucket", Bucket })
        {
            start.ArgumentList.Add(arg);
        }

        _s3 = Process.Start(start) ?? throw new InvalidOperationException("node did not start s3rver.");
        _s3.BeginOutputReadLine();
        _s3.BeginErrorReadLine();
        await WaitForPortAsync(port, "s3rver");
        return $"http://127.0.0.1:{port}";
    }

    private static async Task WaitForPortAsync(int port, string server)
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var probe = new System.Net.Sockets.TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (System.Net.Sockets.SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"{server} did not listen within five seconds.");
    }

    private async Task<string> StartRedisAsync()
    {
        var port = Ports.Free();
        var start = new ProcessStartInfo("redis-server") { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var arg in new[] { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
        {
            start.ArgumentList.Add(arg);
        }

        _ownRedis = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start: ./test.sh installs it.");
        _ownRedis.BeginOutputReadLine();
        await WaitForPortAsync(port, "redis-server");
        return $"127.0.0.1:{port}";
    }
}

/// <summary>
/// Two processes of the site, as two nodes behind a load balancer would be: each with its own port and AppData (its
/// own search index and mail folder), sharing the databases and nothing else: the run's PostgreSQL server when
/// test.sh gave one, else SQLite files in one folder both open, as nodes on one machine could.
/// </summary>
public class TwoNodes : IAsyncLifetime
{
    private readonly string _databases = "n" + Guid.NewGuid().ToString("N")[..10];

    public Node A { get; private set; } = null!;

    public Node B { get; private set; } = null!;

    /// <summary>Cookies as one browser keeps them: both nodes are 127.0.0.1, as two nodes behind one address are.</summary>
    public CookieContainer Cookies { get; } = new();

    private IReadOnlyDictionary<string, string> _settings = new Dictionary<string, string>();

    private string Root => Path.Combine(Path.GetTempPath(), "psqm-nodes", _databases);

    /// <summary>Whether both nodes start at the same moment, as after a deployment, rather than one after the other.</summary>
    protected virtual bool StartTogether => false;

    /// <summary>Settings both nodes start with, besides the database's.</summary>
    protected virtual Task<IReadOnlyDictionary<string, string>> SettingsAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>
        {
            ["Psqm__RateLimits__SignInPerMinute"] = "1000",

            // Both nodes look for due reminders every second, so they race for each one.
            ["Psqm__Jobs__ReminderService"] = "00:00:01",
        });

    /// <summary>Every email either node has written to its pickup folder.</summary>
    public IReadOnlyList<string> Mail() =>
        new[] { A, B }.Where(n => Directory.Exists(n.AppData))
            .SelectMany(n => Directory.GetFiles(n.AppData, "*.eml", SearchOption.AllDirectories))
            .Select(File.ReadAllText).ToArray();

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string>(await SettingsAsync());
        if (PsqmFactory.PostgreSqlServer is { } server)
        {
            settings["Psqm__Database__Provider"] = "PostgreSQL";
            settings["Psqm__Database__ConnectionString"] = $"{server};Database={_databases}_{{tenant}}";
        }
        else
        {
            Directory.CreateDirectory(Path.Combine(Root, "shared"));
            settings["Psqm__Database__ConnectionString"] = $"Data Source={Path.Combine(Root, "shared", "{tenant}.db")}";
        }

        _settings = settings;

        if (StartTogether)
        {
            // Both on the empty server at once: one sets the tenants up while the other waits for it.
            var starting = new[] { Node.StartAsync("a", this), Node.StartAsync("b", this) };
            try
            {
                await Task.WhenAll(starting);
            }
            catch
            {
                foreach (var started in starting.Where(t => t.IsCompletedSuccessfully))
                {
                    await started.Result.DisposeAsync();
                }

                throw;
            }

            (A, B) = (starting[0].Result, starting[1].Result);
        }
        else
        {
            // The first node sets the tenants up from the recipes; the second finds them ready, as a node added later does.
            A = await Node.StartAsync("a", this);
            B = await Node.StartAsync("b", this);
        }
    }

    public virtual async Task DisposeAsync()
    {
        if (A is not null)
        {
            await A.DisposeAsync();
        }

        if (B is not null)
        {
            await B.DisposeAsync();
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Removed with the temporary folder later; never fail a run over it.
        }
    }

    /// <summary>A Welsh case study about the word, published by a signed-in editor through the node the client talks to.</summary>
    public static async Task PublishCaseStudyAsync(HttpClient editor, string word)
    {
        var form = await editor.GetPageAsync("/cymru/admin/content/edit?type=CaseStudy");
        var published = await editor.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Title"] = "Stori'r " + word,
            ["Slug"] = word,
            ["Fields.summary"] = "Crynodeb am " + word + ".",
            ["Fields.body"] = "Stori.",
            ["Fields.date"] = "2025-01-01",
            ["Fields.setting"] = "school",
            ["Fields.region"] = "north-wales",
            ["Fields.level"] = "psqm",
        }, action: "?handler=Publish&type=CaseStudy&culture=cy");
        Assert.Equal(HttpStatusCode.OK, published.Response.StatusCode);
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
            var appData = Path.Combine(site.Root, name);
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(typeof(Program).Assembly.Location);
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
            start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
            start.Environment["Psqm__AppData"] = appData;
            start.Environment["Psqm__Demo__Password"] = PsqmFactory.Password;
            foreach (var (key, value) in site._settings)
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
