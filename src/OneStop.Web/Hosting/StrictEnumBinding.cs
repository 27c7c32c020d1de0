using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace OneStop.Web.Hosting;

/// <summary>
/// Page forms bind a drop-down's value to an enum only when it is one the enum defines, by name or number. MVC's own
/// binder parses "Text,Number" as flags OR-ed together and binds it when the result happens to be defined (数字) —
/// a tampered post that silently changed a field's kind, or dropped 窗口 from "Window,Online". Refused values are
/// binding errors the pages report by label (the catalog editor's UnboundChoices). [Flags] enums keep MVC's binder.
/// </summary>
internal sealed class StrictEnumBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var type = Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType;
        return type.IsEnum && !type.IsDefined(typeof(FlagsAttribute), inherit: false)
            ? new StrictEnumBinder(type, nullable: type != context.Metadata.ModelType)
            : null;
    }

    private sealed class StrictEnumBinder(Type type, bool nullable) : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext context)
        {
            var posted = context.ValueProvider.GetValue(context.ModelName);
            if (posted == ValueProviderResult.None) return Task.CompletedTask;
            context.ModelState.SetModelValue(context.ModelName, posted);
            var text = posted.FirstValue?.Trim();
            if (string.IsNullOrEmpty(text) && nullable) context.Result = ModelBindingResult.Success(null);
            else if (!string.IsNullOrEmpty(text) && !text.Contains(',') && Enum.TryParse(type, text, ignoreCase: true, out var value)
                && Enum.IsDefined(type, value)) context.Result = ModelBindingResult.Success(value);
            else
                context.ModelState.TryAddModelError(context.ModelName,
                    context.ModelMetadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(text ?? "", context.ModelMetadata.GetDisplayName()));
            return Task.CompletedTask;
        }
    }
}
