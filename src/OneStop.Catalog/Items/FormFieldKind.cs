namespace OneStop.Catalog.Items;

/// <summary>字段类型: what an application form field takes. Text is the default, and what older versions have.</summary>
public enum FormFieldKind { Text, Number, Date, Choice, Phone, ResidentId }
