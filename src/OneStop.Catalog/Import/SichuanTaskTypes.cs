using System.Globalization;

namespace OneStop.Catalog.Import;

/// <summary>The 事项类型 behind the taskType number in 四川政务服务网 (sczwfw.gov.cn) links.</summary>
internal static class SichuanTaskTypes
{
    /// <summary>What numbers not seen in the data become, since nothing there says what they mean.</summary>
    public const string Unknown = "其他行政权力";

    // The file itself carries no kind names, so each number is read off two things in guangan_district_items.csv:
    // - the category letter of the basic code inside item_code (511A…, G-000006-…, 512… for public services), which
    //   agrees with the number for 1,095 items, has no letter for 38 (513A…, 1J-…) and disagrees for 2, both
    //   disputes (消费纠纷调解 A-005818 is 20; 对计量纠纷进行调解及仲裁检定 511Z… is 9):
    //   1 → A (536 of 536), 5 → G (9/9), 7 → F (48/50), 8 → H (2/2), 9 → E (7/8), 10 → Z (158/182),
    //   20 → 512 (335/348).
    //   National basic codes use the same letters: E-000021 企业名称争议裁决, G-000006 计划生育家庭特别扶助金,
    //   H-000185 气象工作奖励, F-000098 农业机械事故认定, Z-000147 货运代理备案.
    // - the item names: 1 = …许可/…审批/…核发 (教师资格认定 is a licence in the national list); 5 = 补贴发放,
    //   扶助金, 救助资金给付; 7 = 户口登记, 婚姻登记, …认定, 文物定级; 8 = …奖励, 表彰; 9 = …裁决, 纠纷处理;
    //   10 = 124 of 182 are …备案, the rest 审查/验收/核实; 20 = 咨询, 查询, 补贴申领, 参保登记, 医保报销.
    // 1/5/7/8/9 are also the numbers Guangdong's TASK_TYPE uses for the same kinds (01 行政许可, 05 行政给付,
    // 07 行政确认, 08 行政奖励, 09 行政裁决), but Guangdong writes 20 for 其他行政权力 and 21 for 公共服务, so the
    // numbers are not one national table and only those seen here are mapped.
    private static readonly Dictionary<int, string> Kinds = new()
    {
        [1] = "行政许可",
        [5] = "行政给付",
        [7] = "行政确认",
        [8] = "行政奖励",
        [9] = "行政裁决",
        [10] = "其他行政权力",
        [20] = "公共服务",
    };

    /// <summary>The kind in Chinese, or null when the text is not a task type number at all.</summary>
    public static string? KindText(string? taskType) =>
        int.TryParse(taskType, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? Kinds.GetValueOrDefault(number, Unknown)
            : null;
}
