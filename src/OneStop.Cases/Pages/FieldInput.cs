using OneStop.Cases.Reading;

namespace OneStop.Cases.Pages;

/// <summary>One application form field as an input of its kind (_FieldInput): the applicant's page and the window's.</summary>
/// <param name="Value">What was typed or stored; kept as it was when the save refused it.</param>
public sealed record FieldInput(FieldView Field, string? Value, string Name, string? TestId = null, bool Autofocus = false)
{
    /// <summary>The applicant's own form (Cases/Edit), posted as fields[key].</summary>
    public static FieldInput OnApplicantPage(FieldView f, string? value) => new(f, value, $"fields[{f.Key}]", $"field-{f.Key}");

    /// <summary>The window clerk's fill for a walk-in applicant (WindowFill), posted as Fields[key].</summary>
    public static FieldInput AtWindow(FieldView f, string? value) => new(f, value, $"Fields[{f.Key}]", $"field-{f.Key}");
}
