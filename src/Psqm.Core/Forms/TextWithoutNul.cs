using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Psqm.Core.Forms;

/// <summary>
/// Strings bound from a request lose any U+0000. No person types it, and PostgreSQL cannot hold it in text: a search
/// or a saved field containing it would fail there where SQLite accepts it, so both engines get the same text.
/// </summary>
public sealed class TextWithoutNul : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(string)
            ? new Binder(new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>()))
            : null;

    private sealed class Binder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            if (bindingContext.Result is { IsModelSet: true, Model: string text } && text.Contains('\0', StringComparison.Ordinal))
            {
                bindingContext.Result = ModelBindingResult.Success(text.Replace("\0", "", StringComparison.Ordinal));
            }
        }
    }
}
