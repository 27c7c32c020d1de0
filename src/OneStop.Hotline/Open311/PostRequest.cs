using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OneStop.Hotline.Taxonomy;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Hotline.Tickets.Intake;
using OneStop.Platform.Errors;

namespace OneStop.Hotline.Open311;

/// <summary>
/// POST requests: a client named by its api_key registers a 诉求 through the same intake as every other channel
/// (channel APP), with the service_code as its category. Answers [{service_request_id, service_notice, account_id}].
/// </summary>
public sealed class PostRequest(RegisterIntake intake, IOptions<Open311Settings> options)
{
    private static readonly Dictionary<string, string> FieldNames = new()
    {
        ["text"] = "description", ["title"] = "description", ["requesterName"] = "first_name", ["phone"] = "phone",
        ["regionCode"] = $"attribute[{ServiceList.RegionAttribute}]", ["address"] = "address_string",
        ["latitude"] = "lat", ["longitude"] = "long", ["categoryCode"] = "service_code", ["type"] = $"attribute[{ServiceList.TypeAttribute}]",
    };

    public async Task<Open311List> RunAsync(IFormCollection form, CancellationToken ct)
    {
        var settings = options.Value;
        var client = ApiKeys.ClientOf(form["api_key"], settings.ApiKeys)
            ?? throw Open311Exception.Forbidden("api_key 缺失或无效");
        Open311Jurisdiction.Check(form["jurisdiction_id"], settings);
        var code = form["service_code"].ToString().Trim();
        if (code.Length == 0) throw Open311Exception.BadRequest("请提供 service_code");
        var category = AppealTaxonomy.Find(code);
        if (category is not { Level: 3 }) throw Open311Exception.BadRequest($"service_code 不存在：{code}");
        var lat = Number(form["lat"], "lat");
        var lon = Number(form["long"], "long");
        var address = Text(form["address_string"]);
        if ((lat is null || lon is null) && address is null && Text(form["address_id"]) is null)
            throw Open311Exception.BadRequest("请提供位置：lat 与 long，或 address_string");
        var type = RequestType.Help;
        if (Text(form[$"attribute[{ServiceList.TypeAttribute}]"]) is { } t && !Enum.TryParse(t, ignoreCase: false, out type))
            throw Open311Exception.BadRequest($"attribute[{ServiceList.TypeAttribute}] 不是可选值：{t}");
        var regionCode = Text(form[$"attribute[{ServiceList.RegionAttribute}]"]) ?? settings.RegionCode;
        var region = RegionPrefix(settings.RegionCode);
        // The client's mistake, not a lack of rights: a district outside this installation is a bad field (400).
        if (!regionCode.StartsWith(region, StringComparison.Ordinal))
            throw Open311Exception.BadRequest($"attribute[{ServiceList.RegionAttribute}] 不在本平台的受理范围内：{regionCode}");
        var phone = Text(form["phone"]);
        // 姓 then 名, as a Chinese name is written.
        var name = Text(Text(form["last_name"]) + Text(form["first_name"]));
        var body = new IntakeBody(type, Text(form["description"]) ?? category.Path, Title: null, RequesterName: name, Phone: phone,
            Anonymous: phone is null, Confidential: false,
            RegionCode: regionCode, Address: address,
            Latitude: lat, Longitude: lon, CategoryCode: category.Code, Urgency: null, Channel: IntakeChannel.App);
        var source = new IntakeSource(IntakeChannel.App, new TicketActor(null, client, "开放接口（Open311）"),
            RegionAllowed: r => r.StartsWith(region, StringComparison.Ordinal));
        IntakeResult result;
        try
        {
            result = await intake.RunAsync(body, source, ct);
        }
        catch (RequestValidationException v)
        {
            throw new Open311Exception(400, "请求参数有误")
            {
                Descriptions = [.. v.Errors.SelectMany(e => e.Value.Select(m => $"{FieldNames.GetValueOrDefault(e.Key, e.Key)}: {m}"))],
            };
        }
        return new Open311List("service_requests",
        [
            new Open311Element("request",
            [
                new("service_request_id", result.RequestNumber),
                new("service_notice", result.Acknowledgment),
                new("account_id", null),
            ]),
        ]);
    }

    /// <summary>440100 → 4401: the installation's city and every district and street below it.</summary>
    public static string RegionPrefix(string code)
    {
        while (code.Length > 2 && code.EndsWith("00", StringComparison.Ordinal)) code = code[..^2];
        return code;
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static double? Number(string? value, string name) =>
        Text(value) is not { } v ? null
        : double.TryParse(v, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d)
            ? d : throw Open311Exception.BadRequest($"{name} 不是数字：{v}");
}

/// <summary>One jurisdiction per installation: a client that names another one is told it is not served here.</summary>
public static class Open311Jurisdiction
{
    public static void Check(string? jurisdiction, Open311Settings settings)
    {
        if (string.IsNullOrWhiteSpace(jurisdiction)) return;
        if (!string.Equals(jurisdiction.Trim(), settings.JurisdictionId, StringComparison.OrdinalIgnoreCase))
            throw Open311Exception.NotFound($"jurisdiction_id 不存在：{jurisdiction}（本平台为 {settings.JurisdictionId}）");
    }
}
