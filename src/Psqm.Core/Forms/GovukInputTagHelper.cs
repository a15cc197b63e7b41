using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Psqm.Core.Forms;

/// <summary>
/// <c>&lt;psqm-input for="Input.Email" label="..." type="email" autocomplete="email" /&gt;</c>: a GOV.UK form group
/// with its label, hint, error message and the value the user typed, so every form shows errors the same way.
/// </summary>
[HtmlTargetElement("psqm-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukInputTagHelper(IStringLocalizer<GovukInputTagHelper> s) : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = null!;

    public string Label { get; set; } = "";

    public string? Hint { get; set; }

    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    /// <summary>Extra classes for the input, such as a GOV.UK width class.</summary>
    public string? InputClass { get; set; }

    public bool LabelIsHeading { get; set; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var state = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry : null;
        var error = state?.Errors.FirstOrDefault()?.ErrorMessage;
        var value = Type == "password" ? "" : state?.AttemptedValue ?? For.Model?.ToString() ?? "";
        var html = HtmlEncoder.Default;
        var describedBy = new List<string>();

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", error is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error");

        var label = $"<label class=\"govuk-label{(LabelIsHeading ? " govuk-label--l" : "")}\" for=\"{id}\">{html.Encode(Label)}</label>";
        var body = new System.Text.StringBuilder(LabelIsHeading ? $"<h1 class=\"govuk-label-wrapper\">{label}</h1>" : label);
        if (!string.IsNullOrEmpty(Hint))
        {
            describedBy.Add(id + "-hint");
            body.Append($"<div id=\"{id}-hint\" class=\"govuk-hint\">{html.Encode(Hint)}</div>");
        }

        if (error is not null)
        {
            describedBy.Add(id + "-error");
            body.Append($"<p id=\"{id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">{html.Encode(s["Error:"].Value)}</span> {html.Encode(error)}</p>");
        }

        var classes = "govuk-input" + (error is null ? "" : " govuk-input--error") + (InputClass is null ? "" : " " + InputClass);
        body.Append($"<input class=\"{classes}\" id=\"{id}\" name=\"{html.Encode(name)}\" type=\"{html.Encode(Type)}\" value=\"{html.Encode(value)}\"");
        if (Autocomplete is not null)
        {
            body.Append($" autocomplete=\"{html.Encode(Autocomplete)}\"");
        }

        if (Type is "email" or "password")
        {
            body.Append(" spellcheck=\"false\"");
        }

        if (describedBy.Count > 0)
        {
            body.Append($" aria-describedby=\"{string.Join(' ', describedBy)}\"");
        }

        body.Append('>');
        output.Content.SetHtmlContent(body.ToString());
    }
}
