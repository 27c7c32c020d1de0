using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Hotline.Dispatch;
using OneStop.Hotline.Persistence;
using OneStop.Platform.Departments;

namespace OneStop.Hotline.Demo;

/// <summary>
/// The demo 派单目录 of 广州市天河区 (440106): every 一级 category the classifier suggests, and the common 二级 / 三级
/// ones that go elsewhere than their 一级 (城管执法 to 区城管局, 住房公积金 to the city's 公积金中心, 自来水 to 市水务局).
/// Departments are found by name through the directory; a rule whose department is missing is left out. Skipped when
/// any rule exists. One transaction, one audit record.
/// </summary>
public static class DispatchDemoSeed
{
    public const string Region = "440106";
    private const string City = "440100";

    /// <summary>(category, main department, its region, co-handlers of 天河区).</summary>
    public static readonly (string Category, string Main, string MainRegion, string[] CoHandlers)[] Rules =
    [
        ("15", "广州市天河区人力资源和社会保障局", Region, []),
        ("01", "广州市天河区住房和城乡建设局", Region, []),
        ("14", "广州市天河区教育局", Region, []),
        ("12", "广州市天河区卫生健康局", Region, []),
        ("06", "广州市交通运输局", City, []),
        ("11", "广州市天河区市场监督管理局", Region, []),
        ("04", "广州市生态环境局天河分局", Region, []),
        ("09", "广州市天河区民政局", Region, []),
        ("13", "广州市公安局天河区分局", Region, []),
        ("07", "广州市天河区发展和改革局", Region, []),
        ("03", "广州市规划和自然资源局天河区分局", Region, []),
        ("0102", "广州市天河区城市管理和综合执法局", Region, ["广州市天河区住房和城乡建设局"]),
        ("010202", "广州市天河区城市管理和综合执法局", Region, []),
        ("010212", "广州市天河区住房和城乡建设局", Region, []),
        ("010213", "广州市天河区住房和城乡建设局", Region, []),
        ("010215", "广州市天河区发展和改革局", Region, ["广州市天河区住房和城乡建设局"]),
        ("010216", "广州市水务局", City, ["广州市天河区住房和城乡建设局"]),
        ("0103", "广州市规划和自然资源局天河区分局", Region, []),
        ("010302", "广州市天河区城市管理和综合执法局", Region, ["广州市规划和自然资源局天河区分局"]),
        ("011001", "广州住房公积金管理中心", City, []),
        ("011003", "广州市天河区住房和城乡建设局", Region, []),
        ("150305", "广州住房公积金管理中心", City, []),
        ("1502", "广州市天河区人力资源和社会保障局", Region, []),
        ("1506", "广州市天河区人力资源和社会保障局", Region, []),
        ("1204", "广州市天河区市场监督管理局", Region, ["广州市天河区卫生健康局"]),
        ("120401", "广州市天河区市场监督管理局", Region, []),
        ("1104", "广州市天河区市场监督管理局", Region, []),
        ("040203", "广州市生态环境局天河分局", Region, ["广州市天河区城市管理和综合执法局"]),
        ("1402", "广州市天河区教育局", Region, []),
        ("1405", "广州市天河区教育局", Region, []),
        ("1304", "广州市公安局天河区分局", Region, []),
        ("1305", "广州市公安局天河区分局", Region, []),
        ("0601", "广州市交通运输局", City, []),
        ("0909", "广州市天河区民政局", Region, []),
    ];

    public static Task<bool> RunAsync(IServiceProvider sp, CancellationToken ct = default) =>
        RunAsync(sp.GetRequiredService<HotlineDbContext>(), sp.GetRequiredService<IDepartmentDirectory>(), sp.GetRequiredService<TimeProvider>(), ct);

    public static async Task<bool> RunAsync(HotlineDbContext db, IDepartmentDirectory departments, TimeProvider time, CancellationToken ct = default)
    {
        if (await db.Set<DispatchRule>().AnyAsync(ct)) return false;
        var now = time.GetUtcNow().UtcDateTime;
        var count = 0;
        foreach (var (category, main, mainRegion, co) in Rules)
        {
            var mainDepartment = await departments.FindAsync(mainRegion, main, ct);
            if (mainDepartment is null) continue;
            var coHandlers = new List<long>();
            foreach (var name in co)
                if (await departments.FindAsync(Region, name, ct) is { } d) coHandlers.Add(d.Id);
            db.Set<DispatchRule>().Add(new DispatchRule(category, Region, mainDepartment.Id, coHandlers, null, "演示数据", now));
            count++;
        }
        if (count == 0) return false;
        db.Audit("demo.seed-dispatch", "演示派单目录", $"天河区 {count} 条派单规则", Region);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
