using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.Extensions.Localization;

namespace Psqm.Core.Localization;

public static class PluralExtensions
{
    /// <summary><c>S.Plural(n, "{0} school", "{0} schools")</c>: the form for n in the current language; {0} is n.</summary>
    public static LocalizedString Plural(this IStringLocalizer localizer, long count, string singular, string plural, params object[] arguments) =>
        localizer[singular, [new PluralArgument(count, plural), .. arguments]];

    public static IHtmlContent Plural(this IHtmlLocalizer localizer, long count, string singular, string plural, params object[] arguments) =>
        new HtmlString(HtmlEncoder.Default.Encode(localizer.GetString(singular, [new PluralArgument(count, plural), .. arguments]).Value));
}
