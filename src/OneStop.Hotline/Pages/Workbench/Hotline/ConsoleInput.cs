using System.Globalization;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Hotline.Tickets.Intake;
using OneStop.Platform.Errors;

namespace OneStop.Hotline.Pages.Workbench.Hotline;

/// <summary>What the agent typed on the console; shown again as typed when the intake is refused.</summary>
public sealed class ConsoleInput
{
    public RequestType? Type { get; set; }
    public IntakeChannel Channel { get; set; } = IntakeChannel.Phone;
    public string? RequesterName { get; set; }
    public string? Phone { get; set; }
    public bool Anonymous { get; set; }
    public bool Confidential { get; set; }
    public string? RegionCode { get; set; }
    public string? Address { get; set; }
    /// <summary>Kept as typed: "abc" must be refused by name, not silently dropped by the binder.</summary>
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }
    public string? Title { get; set; }
    public string? Text { get; set; }
    public Urgency Urgency { get; set; } = Urgency.Normal;
    public string? Category1 { get; set; }
    public string? Category2 { get; set; }
    public string? CategoryCode { get; set; }
    /// <summary>并单 at intake: the number of the open ticket (or of one of its requests) the agent accepted.</summary>
    public string? MergeIntoNumber { get; set; }
    public string? AnswerNow { get; set; }
    public EmergencyService? HandOverTo { get; set; }
    public string? HandOverNote { get; set; }

    public string? ChosenCategory => CategoryPicker.Code(Category1, Category2, CategoryCode);

    public IntakeBody Body(long? mergeInto, bool answerNow, bool handOver)
    {
        var lat = Coordinate(Latitude, "latitude", "纬度");
        var lon = Coordinate(Longitude, "longitude", "经度");
        return new IntakeBody(Type, Text, Title, RequesterName, Phone, Anonymous, Confidential, RegionCode, Address, lat, lon,
            ChosenCategory, Urgency, mergeInto, answerNow ? AnswerNow ?? "" : null, handOver ? HandOverTo : null,
            handOver ? HandOverNote : null, Channel);
    }

    private static double? Coordinate(string? typed, string field, string name)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        return double.TryParse(typed.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            ? v : throw RequestValidationException.For(field, $"{name}应为数字（如 23.1291）", "hotline.coordinates-invalid");
    }
}
