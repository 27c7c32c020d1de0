namespace OneStop.Cases.Domain;

public static class CaseLimits
{
    public const long MaxFileBytes = 10 * 1024 * 1024;
    public const long MaxCaseBytes = 50 * 1024 * 1024;
    public const int MaxFilesPerMaterial = 10;
    /// <summary>容缺: the deferred materials are due within this many working days of acceptance (local practice: 5–10).</summary>
    public const int DeferredMaterialWorkdays = 5;
    /// <summary>行政许可法 art. 42: an extension of at most 10 days with the head's approval.</summary>
    public const int MaxExtensionWorkdays = 10;
    public const int MaxFieldLength = 500;
    public const int MaxOpinionLength = 1000;
}

/// <summary>特别程序 the law does not count (行政许可法 art. 45).</summary>
public static class SpecialProcedures
{
    public static readonly IReadOnlyList<string> Names = ["听证", "检验检测", "专家评审", "现场勘验", "招标拍卖", "检疫"];
}
