using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Psqm.Core.Localization;

/// <summary>The framework's own model-binding messages, through the PO catalog like every other string.</summary>
public sealed class ModelBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var s = factory.Create(typeof(ModelBindingMessages));
        var provider = options.ModelBindingMessageProvider;
        provider.SetValueIsInvalidAccessor(value => s["The value '{0}' is not valid.", value]);
        provider.SetValueMustBeANumberAccessor(field => s["The field {0} must be a number.", field]);
        provider.SetMissingBindRequiredValueAccessor(field => s["A value for '{0}' was not provided.", field]);
        provider.SetAttemptedValueIsInvalidAccessor((value, field) => s["The value '{0}' is not valid for {1}.", value, field]);
        provider.SetMissingKeyOrValueAccessor(() => s["A value is required."]);
        provider.SetUnknownValueIsInvalidAccessor(field => s["The value given for {0} is not valid.", field]);
        provider.SetValueMustNotBeNullAccessor(value => s["The value '{0}' is not valid.", value]);
        provider.SetNonPropertyAttemptedValueIsInvalidAccessor(value => s["The value '{0}' is not valid.", value]);
        provider.SetNonPropertyUnknownValueIsInvalidAccessor(() => s["The value given is not valid."]);
        provider.SetNonPropertyValueMustBeANumberAccessor(() => s["The field must be a number."]);
        provider.SetMissingRequestBodyRequiredValueAccessor(() => s["A value is required."]);
    }
}
