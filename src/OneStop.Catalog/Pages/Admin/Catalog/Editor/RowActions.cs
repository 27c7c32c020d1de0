using System.Collections;

namespace OneStop.Catalog.Pages.Admin.Catalog.Editor;

/// <summary>
/// The table buttons of the editor without JavaScript: "add:materials", "remove:materials:2", "up:steps:1", "down:faqs:0"
/// change the posted form, which the page shows again unsaved (the script in item-editor.js does the same in place).
/// </summary>
public static class RowActions
{
    public static bool Apply(ItemForm form, string? action)
    {
        if (string.IsNullOrEmpty(action)) return false;
        var parts = action.Split(':');
        IList? list = parts.Length > 1 ? parts[1] switch
        {
            "materials" => form.Materials, "steps" => form.Steps, "fees" => form.Fees,
            "intermediaryServices" => form.IntermediaryServices, "faqs" => form.Faqs, "formFields" => form.FormFields,
            "ruleConditions" => form.RuleConditions,
            _ => null,
        } : null;
        if (list is null) return false;
        var index = parts.Length > 2 && int.TryParse(parts[2], out var i) && i >= 0 && i < list.Count ? i : -1;
        switch (parts[0])
        {
            case "add":
                list.Add(Activator.CreateInstance(list.GetType().GetGenericArguments()[0]));
                return true;
            case "remove" when index >= 0:
                list.RemoveAt(index);
                return true;
            case "up" when index > 0:
                Swap(list, index, index - 1);
                return true;
            case "down" when index >= 0 && index < list.Count - 1:
                Swap(list, index, index + 1);
                return true;
            default:
                return false;
        }
    }

    private static void Swap(IList list, int a, int b) => (list[a], list[b]) = (list[b], list[a]);
}
