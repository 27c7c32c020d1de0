using OneStop.Catalog.Items;
using OneStop.Platform.Errors;

namespace OneStop.Catalog.Pages.Admin.Catalog.Editor;

/// <summary>Refusals of the item use cases as the editor shows them: each field by its Chinese label and row.</summary>
public static class EditorErrors
{
    public static void Add(ErrorList errors, DomainException e)
    {
        switch (e)
        {
            case PublishingRejectedException p:
                errors.Add(p.Title);
                foreach (var i in p.Issues) errors.Add(ItemFieldLabels.Message(i.Field, i.Message));
                break;
            case RequestValidationException v:
                errors.Add(v.Title);
                foreach (var (field, messages) in v.Errors)
                    foreach (var m in messages) errors.Add(ItemFieldLabels.Message(field, m));
                break;
            default:
                errors.Add(e);
                break;
        }
    }
}
