using System.Globalization;

namespace Psqm.Core.Localization;

/// <summary>
/// Work outside a request in a given language (an email to someone who reads Welsh, a job), as
/// <see cref="Tenancy.TenantScope"/> is for the tenant: the culture is restored when the scope ends.
/// </summary>
public static class CultureScope
{
    public static IDisposable Enter(CultureInfo culture)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
        return new Exit(previous.CurrentCulture, previous.CurrentUICulture);
    }

    private sealed class Exit(CultureInfo culture, CultureInfo uiCulture) : IDisposable
    {
        public void Dispose() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
    }
}
