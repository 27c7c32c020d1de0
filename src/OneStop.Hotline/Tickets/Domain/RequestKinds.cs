namespace OneStop.Hotline.Tickets.Domain;

/// <summary>诉求类型: what the caller wants. Decides the finishing limit (see <see cref="DeadlineSettings"/>).</summary>
public enum RequestType { Consultation, Complaint, Report, Help, Suggestion, Praise }

/// <summary>受理渠道: the six channels of the 12345 platform (电话、网站、短信、微信、微博、APP).</summary>
public enum IntakeChannel { Phone, Web, Sms, WeChat, Weibo, App }

/// <summary>
/// 紧急程度: 特急 (a risk to life or property), 紧急 (water, power or gas cut off), 一般. Decides the signing limit.
/// </summary>
public enum Urgency { Normal, Urgent, Critical }

/// <summary>回访结果 of one requester.</summary>
public enum CallbackResult { Satisfied, Unsatisfied, Unreachable }

/// <summary>The services an emergency is handed over to (the real transfer is a phone function; the hand-over is recorded).</summary>
public enum EmergencyService { Police110, Fire119, Ambulance120, Traffic122 }

public static class RequestKindLabels
{
    public static string Chinese(this RequestType t) => t switch
    {
        RequestType.Consultation => "咨询", RequestType.Complaint => "投诉", RequestType.Report => "举报",
        RequestType.Help => "求助", RequestType.Suggestion => "建议", RequestType.Praise => "表扬", _ => "其他",
    };

    public static string Chinese(this IntakeChannel c) => c switch
    {
        IntakeChannel.Phone => "电话", IntakeChannel.Web => "网站", IntakeChannel.Sms => "短信",
        IntakeChannel.WeChat => "微信", IntakeChannel.Weibo => "微博", IntakeChannel.App => "APP", _ => "其他",
    };

    public static string Chinese(this Urgency u) => u switch
    {
        Urgency.Critical => "特急", Urgency.Urgent => "紧急", _ => "一般",
    };

    public static string Chinese(this CallbackResult r) => r switch
    {
        CallbackResult.Satisfied => "满意", CallbackResult.Unsatisfied => "不满意", _ => "未接通",
    };

    public static string Chinese(this EmergencyService s) => s switch
    {
        EmergencyService.Police110 => "110 公安", EmergencyService.Fire119 => "119 消防",
        EmergencyService.Ambulance120 => "120 急救", _ => "122 交警",
    };
}
