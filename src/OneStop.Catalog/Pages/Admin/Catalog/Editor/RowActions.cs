using System.Collections;

namespace OneStop.Catalog.Pages.Admin.Catalog.Editor;

/// <summary>
/// The table buttons of the editor without JavaScript: "add:materials", "remove:materials:2", "up:steps:1", "down:faqs:0"
/// change the posted form, which the page shows again unsaved, scrolled to the row that changed (<see cref="ItemForm.Focus"/>).
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
        int? focus;
        switch (parts[0])
        {
            case "add":
                list.Add(Activator.CreateInstance(list.GetType().GetGenericArguments()[0]));
                focus = list.Count - 1;
                break;
            case "remove" when index >= 0:
                list.RemoveAt(index);
                focus = -1;
                break;
            case "up" when index > 0:
                Swap(list, index, index - 1);
                focus = index - 1;
                break;
            case "down" when index >= 0 && index < list.Count - 1:
                Swap(list, index, index + 1);
                focus = index + 1;
                break;
            default:
                return false;
        }
        form.Focus = (parts[1], focus.Value);
        return true;
    }

    private static void Swap(IList list, int a, int b) => (list[a], list[b]) = (list[b], list[a]);
}
