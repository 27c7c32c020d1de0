using OneStop.Platform.Errors;

namespace OneStop.Hotline.Open311;

/// <summary>A GeoReport error: the HTTP status is also the code of each error ([{"code":403,"description":…}]).</summary>
public sealed class Open311Exception(int status, string description) : Exception(description)
{
    public int Status => status;
    public IReadOnlyList<string> Descriptions { get; init; } = [description];

    public static Open311Exception BadRequest(string description) => new(400, description);
    public static Open311Exception Forbidden(string description) => new(403, description);
    public static Open311Exception NotFound(string description) => new(404, description);
}

/// <summary>Turns refusals of the product's own use cases and of the Open311 layer into the specification's error list.</summary>
public static class Open311Errors
{
    public static Open311Document Write(Exception e, Open311Format format) => e switch
    {
        Open311Exception o => Document(o.Status, o.Descriptions, format),
        RequestValidationException v => Document(400, v.Errors.SelectMany(x => x.Value.Select(m => $"{x.Key}: {m}")).ToList(), format),
        DomainException d => Document(d.Status is >= 400 and < 500 ? d.Status : 400, [d.Detail is null ? d.Title : d.Title + "：" + d.Detail], format),
        _ => throw e,
    };

    public static Open311Document Document(int status, IReadOnlyList<string> descriptions, Open311Format format) =>
        new(new Open311List("errors", descriptions.Select(d => (object?)new Open311Element("error",
            [new("code", status), new("description", d)])).ToList()), format, status);
}
