using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace OneStop.Catalog.Pages.Admin.Catalog.Editor;

/// <summary>
/// The editor's drop-downs, check boxes and switches bind to enums and booleans; a value the page never offers (a
/// tampered or garbled post: 类型 = 99) fails binding, and the property keeps its default — a 选项 field silently
/// became 文本. Those failures are reported here, by the field's Chinese label, so such a post is refused as a whole.
/// (Numbers are text in the form and read by <see cref="ItemForm.ToContent"/>, which reports its own.)
/// </summary>
public static class UnboundChoices
{
    public const string Message = "所选的值无效，请从列表中重新选择";

    /// <summary>One sentence per form input that could not be bound; none when all bound.</summary>
    public static IReadOnlyList<string> In(ModelStateDictionary state) =>
        state.Where(e => e.Value?.ValidationState == ModelValidationState.Invalid)
            .Select(e => ItemFieldLabels.Message(PathOf(e.Key), Message))
            .Distinct()
            .ToList();

    /// <summary>"FormFields[2].Kind" → "formFields[2].kind", "RuleConditions[0].Test" → "autoDecision.conditions[0].test".</summary>
    internal static string PathOf(string key)
    {
        foreach (var prefix in new[] { "editor.", "variation." })
            if (key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) key = key[prefix.Length..];
        var path = string.Join('.', key.Split('.').Select(s => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..]));
        if (path.StartsWith("ruleConditions", StringComparison.Ordinal)) return "autoDecision.conditions" + path["ruleConditions".Length..];
        return path switch { "autoDecisionEnabled" => "autoDecision.enabled", "ruleName" => "autoDecision.name", _ => path };
    }
}
