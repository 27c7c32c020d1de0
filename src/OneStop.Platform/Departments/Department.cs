namespace OneStop.Platform.Departments;

/// <summary>A government department (实施主体 / 承办单位) of one region.</summary>
internal sealed class Department
{
    public long Id { get; private set; }
    public required string Name { get; set; }
    public required string RegionCode { get; init; }

    /// <summary>Short name used in catalogs and dispatch lists, e.g. 市场监管局.</summary>
    public string? ShortName { get; set; }

    /// <summary>统一社会信用代码 of the department itself (issuer of its licences).</summary>
    public string? CreditCode { get; set; }
}
