namespace OneStop.Catalog.Items;

/// <summary>字段类型: what an application form field takes. Text is the default, and what older versions have.</summary>
public enum FormFieldKind { Text, Number, Date, Choice, Phone, ResidentId }

public static class FormFieldKinds
{
    public static readonly (FormFieldKind Value, string Label)[] Labels =
    [
        (FormFieldKind.Text, "文本"), (FormFieldKind.Number, "数字"), (FormFieldKind.Date, "日期"),
        (FormFieldKind.Choice, "选项（下拉选择）"), (FormFieldKind.Phone, "电话号码"), (FormFieldKind.ResidentId, "身份证号码"),
    ];

    public static string Chinese(this FormFieldKind kind) => Labels.FirstOrDefault(l => l.Value == kind).Label ?? "未知";
}
