using System.Collections.Concurrent;

namespace Psqm.Modules.Users.Services;

/// <summary>
/// Slows password guessing without letting anyone lock a person out (docs/security.md). Failures are counted per
/// address and account together, per address, and per account; past each count's free attempts the next attempt
/// must wait, twice as long after each further failure, up to a cap. The account-wide wait is short, so guesses
/// from elsewhere only ever slow the real user down by a minute, and a password reset clears it.
/// Counts are kept by typed address, whether or not an account has it, so the answers tell nothing of accounts.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    private static readonly Rule PerAddressAndAccount = new(5, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(15));
    private static readonly Rule PerAddress = new(20, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(15));
    private static readonly Rule PerAccount = new(20, TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(1));
    private static readonly TimeSpan Forgotten = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, Counter> _counters = new(StringComparer.Ordinal);

    /// <summary>How long this attempt must still wait; zero when it may go ahead.</summary>
    public TimeSpan Wait(string tenant, string email, string? address)
    {
        var now = clock.GetUtcNow();
        var wait = TimeSpan.Zero;
        foreach (var (key, rule) in Keys(tenant, email, address))
        {
            if (_counters.TryGetValue(key, out var counter))
            {
                var due = counter.DueAfter(rule, now);
                wait = due > wait ? due : wait;
            }
        }

        return wait;
    }

    public void Failed(string tenant, string email, string? address)
    {
        var now = clock.GetUtcNow();
        Prune(now);
        foreach (var (key, _) in Keys(tenant, email, address))
        {
            _counters.AddOrUpdate(key, _ => new Counter(1, now), (_, c) => c with { Failures = c.Failures + 1, LastUtc = now });
        }
    }

    /// <summary>The right password from this address: its counts for the account start again.</summary>
    public void Succeeded(string tenant, string email, string? address)
    {
        _counters.TryRemove(PairKey(tenant, email, address), out _);
        _counters.TryRemove(AccountKey(tenant, email), out _);
    }

    /// <summary>A password reset proves the owner: nothing slows them any more.</summary>
    public void Reset(string tenant, string email)
    {
        var account = AccountKey(tenant, email);
        var pairs = "pair|" + tenant + "|" + Normalize(email) + "|";
        foreach (var key in _counters.Keys.Where(k => k == account || k.StartsWith(pairs, StringComparison.Ordinal)))
        {
            _counters.TryRemove(key, out _);
        }
    }

    private static IEnumerable<(string Key, Rule Rule)> Keys(string tenant, string email, string? address)
    {
        yield return (PairKey(tenant, email, address), PerAddressAndAccount);
        yield return ("addr|" + tenant + "|" + address, PerAddress);
        yield return (AccountKey(tenant, email), PerAccount);
    }

    private static string PairKey(string tenant, string email, string? address) => "pair|" + tenant + "|" + Normalize(email) + "|" + address;

    private static string AccountKey(string tenant, string email) => "acct|" + tenant + "|" + Normalize(email);

    private static string Normalize(string email) => email.Trim().ToUpperInvariant();

    private void Prune(DateTimeOffset now)
    {
        if (_counters.Count < 10_000)
        {
            return;
        }

        foreach (var (key, counter) in _counters)
        {
            if (now - counter.LastUtc > Forgotten)
            {
                _counters.TryRemove(key, out _);
            }
        }
    }

    private sealed record Rule(int Free, TimeSpan FirstWait, TimeSpan LongestWait);

    private sealed record Counter(int Failures, DateTimeOffset LastUtc)
    {
        public TimeSpan DueAfter(Rule rule, DateTimeOffset now)
        {
            if (Failures < rule.Free || now - LastUtc > Forgotten)
            {
                return TimeSpan.Zero;
            }

            var doublings = Math.Min(Failures - rule.Free, 16);
            var wait = TimeSpan.FromTicks(Math.Min(rule.FirstWait.Ticks << doublings, rule.LongestWait.Ticks));
            var remaining = LastUtc + wait - now;
            return remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
        }
    }
}
