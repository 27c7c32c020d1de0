using OneStop.Catalog.Import;

namespace OneStop.Tests.Catalog.Import;

/// <summary>The real 广东政务服务网 export (shared data) reads completely and as SOURCE.md describes it.</summary>
public sealed class ReadGuangdongCatalogTests
{
    [Fact]
    public void Every_one_of_the_2262_items_is_read_with_its_line_number()
    {
        var rows = SharedCatalogs.Guangdong();

        Assert.Empty(rows.Rejections());
        Assert.Equal(Enumerable.Range(1, 2262), rows.Items().Select(i => i.RowNumber));
        Assert.All(rows.Items(), i => Assert.Equal(ImportSources.Guangdong, i.Source));
    }

    [Fact]
    public void Kinds_are_distributed_as_the_source_says()
    {
        var kinds = SharedCatalogs.Guangdong().Items().CountBy(i => i.KindText).ToDictionary();

        Assert.Equal(new Dictionary<string, int>
        {
            ["公共服务"] = 1586, ["行政许可"] = 510, ["其他行政权力"] = 77, ["行政奖励"] = 52,
            ["行政确认"] = 26, ["行政给付"] = 8, ["行政裁决"] = 3,
        }, kinds);
    }

    [Fact]
    public void Implementation_codes_are_unique_and_embed_the_basic_code()
    {
        var items = SharedCatalogs.Guangdong().Items();

        Assert.Equal(items.Count, items.Select(i => i.ImplementationCode).Distinct().Count());
        Assert.All(items, i => Assert.Equal(i.BasicCode, i.ImplementationCode.Substring(19, 12)));
    }

    [Fact]
    public void Province_and_Guangzhou_items_get_their_region_codes()
    {
        var regions = SharedCatalogs.Guangdong().Items().CountBy(i => i.RegionCode ?? "(none)").ToDictionary();

        Assert.Equal(new Dictionary<string, int> { ["440000"] = 2024, ["440100"] = 238 }, regions);
    }

    [Fact]
    public void The_first_item_carries_every_field_of_its_guide()
    {
        var item = SharedCatalogs.Guangdong().Items()[0];

        Assert.Equal("11440000006939756B2440101007000", item.ImplementationCode);
        Assert.Equal("440101007000", item.BasicCode);
        Assert.Equal("临时价格干预范围事项提价申报", item.MainItemName);
        Assert.Null(item.SubItemName);
        Assert.Equal("临时价格干预范围事项提价申报", item.Name);
        Assert.Equal("行政许可", item.KindText);
        Assert.Equal("广东省发展和改革委员会", item.DepartmentName);
        Assert.Equal("006939756", item.DepartmentCode);
        Assert.Equal(new TimeLimit(30, true, "30(工作日)"), item.StatutoryLimit);
        Assert.Equal(new TimeLimit(7, true, "7(工作日)"), item.PromisedLimit);
        Assert.StartsWith("《广东省实施〈中华人民共和国价格法〉办法》第二十九条", item.AcceptanceConditions);
        Assert.Equal(["提价申报申请报告"], item.Materials);
        Assert.Equal(0, item.RequiredVisits);
        Assert.True(item.OnlineCapable);
        Assert.True(item.SupportsPost);
        Assert.True(item.OnlineBooking);
        Assert.Equal("广州市越秀区东风中路305号5号楼808房", item.HandlingLocation);
        Assert.Equal("020-34121084", item.ConsultPhone);
        Assert.Equal("020-83134173", item.ComplaintPhone);
        Assert.Equal(["自然人", "企业法人", "事业法人", "社会组织法人", "非法人企业", "行政机关", "其他组织"], item.ServiceObjects);
        Assert.Equal(["其他"], item.Themes);
        Assert.Equal("https://www.gdzwfw.gov.cn/gaio/apply.html#/11440000006939756B2440101007000", item.Link);
    }

    [Fact]
    public void A_handling_item_keeps_all_three_levels_and_shows_the_most_specific()
    {
        var items = SharedCatalogs.Guangdong().Items();
        var school = items.Single(i => i.Name == "高等职业学校设立（含设置分校区）(民办高等职业学校设置审核)");
        Assert.Equal("高等职业学校（专科层次）设置审核", school.MainItemName);
        Assert.Equal("高等职业学校设立（含设置分校区）", school.SubItemName);
        Assert.Equal("民办高等职业学校设置审核", school.HandlingItemName);
        Assert.Equal("民办高等职业学校设置审核", OneStop.Catalog.Importing.ImportMapping.ToContent(school).DisplayName);
        // A handling name that is only the variant is shown after its sub-item.
        var change = items.Single(i => i.Name == "实验动物生产许可(变更)");
        Assert.Equal("实验动物生产许可（变更）", OneStop.Catalog.Importing.ImportMapping.ToContent(change).DisplayName);
    }

    [Fact]
    public void Handling_items_of_one_sub_item_are_told_apart_by_their_names()
    {
        var handling = SharedCatalogs.Guangdong().Items().Where(i => i.HandlingItemName is not null).ToList();
        Assert.True(handling.Count >= 300, $"{handling.Count} handling items");
        var clashes = handling.GroupBy(i => (i.DepartmentName, i.RegionCode, i.SubItemName, OneStop.Catalog.Importing.ImportMapping.ToContent(i).DisplayName))
            .Where(g => g.Count() > 1).Select(g => g.Key.DisplayName).ToList();
        Assert.Empty(clashes);
    }

    [Fact]
    public void A_sub_item_is_named_apart_from_its_main_item()
    {
        var item = SharedCatalogs.Guangdong().Items()[1];

        Assert.Equal("中小学地方课程教材初审、审定、复查", item.MainItemName);
        Assert.Equal("中小学地方课程教材初审", item.SubItemName);
        Assert.Equal("440102002003", item.BasicCode);
    }

    [Fact]
    public void The_portals_placeholders_never_reach_the_catalog()
    {
        var items = SharedCatalogs.Guangdong().Items();

        Assert.DoesNotContain(items, i => new[] { i.AcceptanceConditions, i.ConsultPhone, i.ComplaintPhone }.Contains("无"));
        Assert.DoesNotContain(items, i => i.Materials.Contains("无"));
        Assert.Equal(1453, items.Count(i => i.Materials.Count == 0));
        Assert.Equal(950, items.Count(i => i.AcceptanceConditions is null));
        // 824 say "无线下办理窗口" (no window to go to) and 7 "办理地点：无"; the rest lose their "办理地点：" label.
        Assert.Equal(831, items.Count(i => i.HandlingLocation is null));
        Assert.DoesNotContain(items, i => i.HandlingLocation?.StartsWith("办理地点", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(items, i => i.Name != i.Name.Trim() || i.DepartmentName != i.DepartmentName.Trim());
    }

    [Fact]
    public void Channels_are_read_from_the_yes_no_flags()
    {
        var items = SharedCatalogs.Guangdong().Items();

        Assert.Equal(2196, items.Count(i => i.OnlineCapable == true));
        Assert.Equal(2196, items.Count(i => i.OnlineBooking == true));
        // 公共服务 items say 不支持 for post, the others 是 or 否.
        Assert.Equal(597, items.Count(i => i.SupportsPost == true));
        Assert.Equal(new Dictionary<int, int> { [0] = 2171, [1] = 86, [2] = 4, [3] = 1 },
            items.CountBy(i => i.RequiredVisits ?? -1).ToDictionary());
    }

    [Fact]
    public void The_older_Zhongshan_schema_takes_its_promised_limit_from_handle_type()
    {
        var rows = GuangdongCatalogReader.Read(SharedCatalogs.Path(SharedCatalogs.ZhongshanFile)).ToList();
        var items = rows.Items();

        Assert.Empty(rows.Rejections());
        Assert.Equal(40, items.Count);
        Assert.Equal(new Dictionary<int, int> { [1] = 36, [5] = 4 }, items.CountBy(i => i.PromisedLimit!.Days).ToDictionary());
        // Its handle_time holds office hours, which is kept as text rather than guessed at.
        Assert.All(items, i => Assert.StartsWith("办公时间", i.UnparsedStatutoryLimit));
        Assert.All(items, i => Assert.Equal("442000", i.RegionCode));
    }
}
