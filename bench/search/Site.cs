using System.Diagnostics;

namespace Psqm.Bench.Search;

/// <summary>The built site, run as an operator runs it: its command-line verbs, and the server on a loopback port.</summary>
internal sealed class Site(string root, string appData)
{
    public const string Address = "http://127.0.0.1:5187";

    public const string PublicHost = "psqm.example";

    /// <summary>A client that reaches the site as its proxy would: the public host, and HTTPS ended in front of it.</summary>
    public static HttpClient Client()
    {
        var client = new HttpClient { BaseAddress = new Uri(Address) };
        client.DefaultRequestHeaders.Host = PublicHost;
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        return client;
    }

    private string WebDll => Path.Combine(root, "src", "Psqm.Web", "bin", "Release", "net10.0", "Psqm.Web.dll");

    public async Task<string> RunAsync(params string[] args)
    {
        using var process = Process.Start(Start(args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"psqm {string.Join(' ', args)} failed: {await error}");
        }

        return await output;
    }

    public async Task<Process> StartServerAsync(HttpClient client)
    {
        var start = Start([]);
        start.Environment["ASPNETCORE_URLS"] = Address;
        var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        for (var i = 0; i < 240; i++)
        {
            try
            {
                if ((await client.GetAsync("/")).IsSuccessStatusCode)
                {
                    return process;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(500);
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException("The site did not start.");
    }

    private ProcessStartInfo Start(string[] args)
    {
        if (!File.Exists(WebDll))
        {
            throw new FileNotFoundException("Build the site first: dotnet build src/Psqm.Web -c Release", WebDll);
        }

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Path.Combine(root, "src", "Psqm.Web") };
        start.ArgumentList.Add(WebDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        // As deployed: behind a proxy that ends TLS for the public address (the client says so in its headers).
        start.Environment["Psqm__PublicUrl"] = "https://" + PublicHost;
        start.Environment["Psqm__AppData"] = appData;
        start.Environment["Psqm__Demo__Password"] = "Bench-password-not-secret-1";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        return start;
    }
}
