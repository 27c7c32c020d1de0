using System.Text.RegularExpressions;
using OneStop.Hotline.Taxonomy;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Platform.Errors;

namespace OneStop.Hotline.Tickets.Intake;

/// <summary>What any channel hands in: the agent's console form, the public web form, the channels' intake API.</summary>
public sealed record IntakeBody(
    RequestType? Type, string? Text, string? Title, string? RequesterName, string? Phone, bool Anonymous, bool Confidential,
    string? RegionCode, string? Address, double? Latitude, double? Longitude, string? CategoryCode, Urgency? Urgency,
    /// <summary>并单 at intake: the open ticket this request is the same matter as (the agent accepted the proposal).</summary>
    long? MergeIntoTicketId = null,
    /// <summary>直接办结: the answer the agent gave from the knowledge base (咨询、建议、表扬).</summary>
    string? AnswerNow = null,
    /// <summary>紧急移交: the service the agent handed the call to.</summary>
    EmergencyService? HandOverTo = null, string? HandOverNote = null,
    IntakeChannel? Channel = null);

/// <summary>The intake's field checks, all at once, with the Chinese field names the form shows.</summary>
internal static partial class IntakeInput
{
    public sealed record Checked(RequestType Type, string Text, string? Title, string? Name, string? Phone, string RegionCode,
        string? Address, double? Latitude, double? Longitude, string? CategoryCode, Urgency Urgency);

    public static Checked Check(IntakeBody body)
    {
        var v = new Validator();
        if (body.Type is null) v.Add("type", "请选择诉求类型", "hotline.type-required");
        // Citizens write what they like, "<" included: every page encodes it (never stripped, never executed).
        var text = v.Text("text", body.Text, TicketLimits.MaxTextLength, markupAllowed: true);
        var title = v.Text("title", body.Title, TicketLimits.MaxTitleLength, required: false, markupAllowed: true);
        var name = body.Anonymous ? null : v.Text("requesterName", body.RequesterName, TicketLimits.MaxNameLength, required: false, markupAllowed: true);
        var phone = body.Anonymous ? null : body.Phone?.Replace(" ", "").Replace("-", "").Trim();
        if (string.IsNullOrEmpty(phone)) phone = null;
        if (!body.Anonymous && phone is null) v.Add("phone", "请填写联系电话（或选择匿名）", "hotline.phone-required");
        else if (phone is not null && !PhonePattern().IsMatch(phone)) v.Add("phone", "联系电话格式不正确（手机号 11 位，或区号加座机号）", "hotline.phone-invalid");
        var region = body.RegionCode?.Trim();
        if (string.IsNullOrEmpty(region)) v.Add("regionCode", "请选择诉求发生地的区划", "hotline.region-required");
        var address = v.Text("address", body.Address, TicketLimits.MaxAddressLength, required: false, markupAllowed: true);
        if (body.Latitude is { } lat && (lat < 3 || lat > 54)) v.Add("latitude", "纬度不在我国境内范围", "hotline.coordinates-invalid");
        if (body.Longitude is { } lon && (lon < 73 || lon > 136)) v.Add("longitude", "经度不在我国境内范围", "hotline.coordinates-invalid");
        if ((body.Latitude is null) != (body.Longitude is null)) v.Add("latitude", "经纬度须同时填写", "hotline.coordinates-invalid");
        var category = string.IsNullOrWhiteSpace(body.CategoryCode) ? null : body.CategoryCode.Trim();
        if (category is not null && AppealTaxonomy.Find(category) is null) v.Add("categoryCode", "诉求分类不存在", "hotline.category-unknown");
        v.ThrowIfInvalid("hotline.invalid-request");
        return new Checked(body.Type!.Value, text, title.Length == 0 ? null : title, string.IsNullOrEmpty(name) ? null : name, phone,
            region!, address.Length == 0 ? null : address, body.Latitude, body.Longitude, category, body.Urgency ?? Urgency.Normal);
    }

    /// <summary>A mobile number (11 digits, 1[3-9]…) or a fixed line with its area code (020-12345678 → 02012345678).</summary>
    [GeneratedRegex(@"^(1[3-9]\d{9}|0\d{9,11})$")]
    public static partial Regex PhonePattern();
}
