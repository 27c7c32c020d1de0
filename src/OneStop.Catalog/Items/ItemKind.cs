namespace OneStop.Catalog.Items;

/// <summary>事项类型 as the national catalog standard lists them.</summary>
public enum ItemKind
{
    AdministrativeLicence,
    AdministrativePayment,
    AdministrativeConfirmation,
    AdministrativeAdjudication,
    AdministrativeReward,
    AdministrativeLevy,
    OtherAdministrativePower,
    PublicService,
}

public static class ItemKinds
{
    private static readonly (ItemKind Kind, string Chinese)[] Names =
    [
        (ItemKind.AdministrativeLicence, "行政许可"),
        (ItemKind.AdministrativePayment, "行政给付"),
        (ItemKind.AdministrativeConfirmation, "行政确认"),
        (ItemKind.AdministrativeAdjudication, "行政裁决"),
        (ItemKind.AdministrativeReward, "行政奖励"),
        (ItemKind.AdministrativeLevy, "行政征收"),
        (ItemKind.OtherAdministrativePower, "其他行政权力"),
        (ItemKind.PublicService, "公共服务"),
    ];

    public static string Chinese(this ItemKind kind) => Names.First(n => n.Kind == kind).Chinese;

    public static bool TryParse(string? text, out ItemKind kind)
    {
        foreach (var (k, chinese) in Names)
        {
            if (text?.Trim() == chinese || string.Equals(text?.Trim(), k.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }
        kind = default;
        return false;
    }
}
