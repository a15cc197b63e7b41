using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace Psqm.Core.Security;

/// <summary>
/// The cookie TempData provider, except that with nothing to keep it deletes the cookie only when the browser sent one.
/// Every page reads TempData for its notice; deleting a cookie nobody has would put a Set-Cookie on every page, and
/// a page that sets a cookie is never kept by the page cache.
/// </summary>
public sealed class QuietTempData(CookieTempDataProvider cookies, IOptions<CookieTempDataProviderOptions> options) : ITempDataProvider
{
    public IDictionary<string, object> LoadTempData(HttpContext context) => cookies.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        if (values.Count > 0 || context.Request.Cookies.ContainsKey(options.Value.Cookie.Name!))
        {
            cookies.SaveTempData(context, values);
        }
    }
}
