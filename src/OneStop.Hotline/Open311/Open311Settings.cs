namespace OneStop.Hotline.Open311;

/// <summary>
/// Hotline:Open311 — the installation's one jurisdiction (checked when a client names one), the region a request
/// without a region attribute belongs to, and the clients allowed to post: name → api_key.
/// </summary>
public sealed class Open311Settings
{
    public string JurisdictionId { get; set; } = "gz.12345.gov.cn";

    /// <summary>The city of the installation (6-digit GB/T 2260 code): where requests go when the client names no district.</summary>
    public string RegionCode { get; set; } = "440100";

    /// <summary>Who may post, by name (the name is recorded as who registered the request).</summary>
    public Dictionary<string, string> ApiKeys { get; set; } = [];

    public string ContactText { get; set; } = "12345 政务服务便民热线";
}
