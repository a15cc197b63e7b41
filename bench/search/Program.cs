using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Data.Sqlite;
using Psqm.Bench.Search;
using Psqm.Core.Search;
using Psqm.Modules.Search.Engine;

// Search speed at 10,000 and 100,000 items on the bilingual tenant: indexing throughput, then each query of a
// fixed mix through /api/search beside the same query run straight on the index.
var root = FindRoot();
var sizes = args.Length > 0 ? args[0].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray() : [10_000, 100_000];
var appData = Path.Combine(Path.GetTempPath(), "psqm-bench-search", Guid.NewGuid().ToString("N"));
var site = new Site(root, appData);
var corpus = Corpus.Load(root);
const int Runs = 40;

string[][] mix =
[
    ["common", "science"], ["common", "gwyddoniaeth"], ["common", "teaching learning"], ["common", "ysgol"],
    ["rare", "hedgerow"], ["rare", "ymchwiliad"], ["rare", "afaelgar"], ["rare", "ambassadors"],
    ["phrase", "\"subject leader\""], ["phrase", "\"working scientifically\""], ["phrase", "\"arweinydd pwnc\""],
    ["prefix", "invest*"], ["prefix", "gwydd*"], ["prefix", "assess*"],
    ["faceted", "science&type=Resource&keystage=ks2"], ["faceted", "gwyddoniaeth&lang=cy&topic=assessment"], ["faceted", "plan&type=CaseStudy&type=Webinar"],
];

Console.WriteLine("Setting up the demo tenants in " + appData);
await site.RunAsync("tenants", "list");
var database = Path.Combine(appData, "Sites", "Cymru", "psqm.db");
var added = 0;
var summary = "";
using var client = Site.Client();
foreach (var size in sizes)
{
    Console.WriteLine($"\n## {size:N0} items\n");
    var generate = Stopwatch.StartNew();
    await Items.AddAsync(database, corpus, added, size);
    added = size;
    Console.WriteLine($"Generated in {generate.Elapsed.TotalSeconds:0.0} s.");

    var rebuilt = await site.RunAsync("search", "rebuild", "--tenant", "Cymru");
    var figures = Regex.Match(rebuilt, @"(\d+) entries in ([\d.]+) s");
    var entries = int.Parse(figures.Groups[1].Value, CultureInfo.InvariantCulture);
    var seconds = double.Parse(figures.Groups[2].Value, CultureInfo.InvariantCulture);
    Console.WriteLine($"Indexing: {entries:N0} entries in {seconds:0.0} s = {entries / seconds:N0} items/s; database {new FileInfo(database).Length / 1_048_576.0:N0} MB.\n");

    var server = await site.StartServerAsync(client);
    try
    {
        // Steady state is what is measured: the whole mix runs for twenty seconds (and five times at least) first, so
        // the runtime has compiled the search path fully, at its last tier, before any query is timed.
        var warming = Stopwatch.StartNew();
        for (var warm = 0; warm < 5 || warming.Elapsed < TimeSpan.FromSeconds(20); warm++)
        {
            foreach (var entry in mix)
            {
                var parts = entry[1].Split('&', 2);
                await client.GetStringAsync("/cymru/api/search?q=" + Uri.EscapeDataString(parts[0]) + (parts.Length > 1 ? "&" + parts[1] : ""));
            }
        }

        Console.WriteLine("| kind | query | matches | endpoint p50 ms | endpoint p95 ms | raw p50 ms | raw p95 ms |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");
        var sciencePercentile = 0.0;
        var allEndpoint = new List<double>();
        var allRaw = new List<double>();
        var byKind = new Dictionary<string, (List<double> Endpoint, List<double> Raw)>();
        // The server holds the writer; a reader opens the same committed index beside it.
        var searchFolder = Path.Combine(appData, "Sites", "Cymru", "Search");
        using var rawDirectory = FSDirectory.Open(Path.Combine(searchFolder, File.ReadAllText(Path.Combine(searchFolder, "current")).Trim()));
        using var rawReader = DirectoryReader.Open(rawDirectory);
        var raw = new IndexSearcher(rawReader) { Similarity = new BM25Similarity() };
        var glossary = await GlossaryAsync(database);
        foreach (var entry in mix)
        {
            var (kind, query) = (entry[0], entry[1]);
            var parts = query.Split('&', 2);
            var url = "/cymru/api/search?q=" + Uri.EscapeDataString(parts[0]) + (parts.Length > 1 ? "&" + parts[1] : "");
            var endpoint = new List<double>();
            var rawTimes = new List<double>();
            var total = "";
            // The endpoint first, then the engine alone: the benchmark's own work on the index (and its collections)
            // is kept out of the endpoint's timings.
            for (var run = -3; run < Runs; run++)
            {
                var watch = Stopwatch.StartNew();
                var body = await client.GetStringAsync(url);
                var elapsed = watch.Elapsed.TotalMilliseconds;
                total = Regex.Match(body, "\"total\":(\\d+)").Groups[1].Value;
                if (run >= 0)
                {
                    endpoint.Add(elapsed);
                }
            }

            for (var run = -3; run < Runs; run++)
            {
                var rawElapsed = await RawAsync(raw, parts[0], glossary);
                if (run >= 0)
                {
                    rawTimes.Add(rawElapsed);
                }
            }

            if (query == "science")
            {
                sciencePercentile = P(endpoint, 95);
            }

            Console.WriteLine($"| {kind} | `{query.Replace("|", "\\|", StringComparison.Ordinal)}` | {total} | {P(endpoint, 50):0.0} | {P(endpoint, 95):0.0} | {P(rawTimes, 50):0.0} | {P(rawTimes, 95):0.0} |");
            allEndpoint.AddRange(endpoint);
            allRaw.AddRange(rawTimes);
            if (!byKind.TryGetValue(kind, out var lists))
            {
                byKind[kind] = lists = ([], []);
            }

            lists.Endpoint.AddRange(endpoint);
            lists.Raw.AddRange(rawTimes);
        }

        Console.WriteLine();
        Console.WriteLine("| kind | endpoint p50 ms | endpoint p95 ms | raw p50 ms | raw p95 ms | endpoint ÷ raw (p95) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (kind, lists) in byKind.Append(new("all", (allEndpoint, allRaw))))
        {
            Console.WriteLine($"| {kind} | {P(lists.Endpoint, 50):0.0} | {P(lists.Endpoint, 95):0.0} | {P(lists.Raw, 50):0.0} | {P(lists.Raw, 95):0.0} | {P(lists.Endpoint, 95) / P(lists.Raw, 95):0.00} |");
        }

        summary = FormattableString.Invariant(
            $"search: p95 {P(allEndpoint, 95):0.0} ms whole mix, science p95 {sciencePercentile:0.0} ms, indexing {entries / seconds:0} items/s at {size} items");
    }
    finally
    {
        server.Kill(entireProcessTree: true);
        await server.WaitForExitAsync();
    }
}

Console.WriteLine();
Console.WriteLine(summary);
SqliteConnection.ClearAllPools();
if (Environment.GetEnvironmentVariable("PSQM_BENCH_KEEP") is null)
{
    System.IO.Directory.Delete(appData, recursive: true);
}

return 0;

static double P(List<double> values, int percentile)
{
    var sorted = values.Order().ToList();
    return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
}

// The engine's own work for a query: its match, scored, the first ten, as a page of results needs.
static Task<double> RawAsync(IndexSearcher searcher, string query, IReadOnlyList<GlossaryPair> glossary)
{
    var watch = Stopwatch.StartNew();
    var match = MatchExpression.Build(SearchQuery.Parse(query), ["cy", "en"], glossary);
    searcher.Search(match.Match, 10);
    return Task.FromResult(watch.Elapsed.TotalMilliseconds);
}

static async Task<IReadOnlyList<GlossaryPair>> GlossaryAsync(string database)
{
    await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
    await connection.OpenAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = "SELECT En, Cy FROM SearchGlossaryPairs;";
    var pairs = new List<GlossaryPair>();
    await using var reader = await command.ExecuteReaderAsync();
    while (await reader.ReadAsync())
    {
        pairs.Add(new GlossaryPair(reader.GetString(0), reader.GetString(1)));
    }

    return pairs;
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Psqm.sln")))
        {
            return dir.FullName;
        }
    }

    throw new DirectoryNotFoundException("Psqm.sln not found above the benchmark.");
}
