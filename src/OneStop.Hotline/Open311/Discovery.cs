namespace OneStop.Hotline.Open311;

/// <summary>Service discovery (wiki.open311.org/Service_Discovery): where the GeoReport v2 endpoint is and its formats.</summary>
public static class Discovery
{
    public const string Specification = "http://wiki.open311.org/GeoReport_v2";
    /// <summary>The date the mapping of ADR 0022 took effect; clients re-read the discovery when it changes.</summary>
    public const string Changeset = "2026-12-01T00:00:00+08:00";

    public static Open311Element Of(string baseUrl, Open311Settings settings) => new("discovery",
    [
        new("changeset", Changeset),
        new("contact", settings.ContactText),
        new("key_service", "接入方向 12345 热线管理机构申请 api_key"),
        new("endpoints", new Open311List("endpoints",
        [
            new Open311Element("endpoint",
            [
                new("specification", Specification),
                new("url", baseUrl.TrimEnd('/') + "/open311/v2"),
                new("changeset", Changeset),
                new("type", "production"),
                new("formats", new Open311List("formats", ["text/xml", "application/json"])),
            ]),
        ])),
    ]);
}
