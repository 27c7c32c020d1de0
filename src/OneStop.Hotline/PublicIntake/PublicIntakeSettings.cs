namespace OneStop.Hotline.PublicIntake;

/// <summary>
/// Hotline:Public — the city whose 12345 this installation runs (GB/T 2260 code, e.g. 440100 广州市): the public form
/// offers its districts and accepts requests about places inside it only.
/// </summary>
public sealed class PublicIntakeSettings
{
    public string CityCode { get; set; } = "440100";
}
