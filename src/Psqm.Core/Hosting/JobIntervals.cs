using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Psqm.Core.Hosting;

/// <summary>
/// How often a periodic job runs: its own interval, or <c>Psqm:Jobs:{JobName}</c> (a time span such as
/// <c>00:00:30</c>) when an operator wants it sooner or later, or a test wants two nodes to race on it.
/// </summary>
public static class JobIntervals
{
    public const string Section = "Psqm:Jobs";

    public static TimeSpan Of(IConfiguration configuration, string job, TimeSpan standard) =>
        configuration[$"{Section}:{job}"] is { Length: > 0 } text
            ? TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var configured) && configured > TimeSpan.Zero
                ? configured
                : throw new InvalidOperationException($"{Section}:{job} is '{text}': give a time span above zero, such as 00:00:30.")
            : standard;
}
