using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OneStop.Hotline.Demo;
using OneStop.Hotline.Persistence;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Platform.Calendar;
using OneStop.Platform.Departments;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Hotline.Figures;

public sealed class FiguresOnSqlite(SqliteFactory f) : FiguresTests(f), IClassFixture<SqliteFactory>;
public sealed class FiguresOnPostgres(PostgresFactory f) : FiguresTests(f), IClassFixture<PostgresFactory>;

/// <summary>
/// 热点与统计 over known tickets in 花都区 (440114, where the demo has none): counts by category, place and day, the
/// rising topics of the last week against the three before, and each department's rates, exactly.
/// </summary>
public abstract class FiguresTests(OneStopFactory factory) : ApiTests(factory)
{
    private const string Huadu = "440114";
    private const string Period = "from=2026-10-27&to=2026-11-23&region=" + Huadu;
    private CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static readonly HashSet<OneStopFactory> Seeded = [];

    private static DateTime Utc(int month, int day, int hour = 2) => new(2026, month, day, hour, 0, 0, DateTimeKind.Utc);

    private async Task SeedAsync()
    {
        await Once.WaitAsync(Ct);
        try
        {
            if (!Seeded.Add(Factory)) return;
            await Factory.WithScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<HotlineDbContext>();
                var clock = new TicketClock(sp.GetRequiredService<IOptions<DeadlineSettings>>().Value,
                    await sp.GetRequiredService<IWorkingCalendar>().CurrentAsync(Ct));
                var story = new TicketStory(db, clock);
                var departments = sp.GetRequiredService<IDepartmentDirectory>();
                var zjj = await departments.FindAsync("440106", "广州市天河区住房和城乡建设局", Ct) ?? throw new InvalidOperationException("住建局");
                var cgj = await departments.FindAsync("440106", "广州市天河区城市管理和综合执法局", Ct) ?? throw new InvalidOperationException("城管局");
                RoutedDepartment d1 = new(zjj.Id, zjj.Name), d2 = new(cgj.Id, cgj.Name);
                var agent = new TicketActor(null, "坐席 测试", "话务坐席");
                var dispatcher = new TicketActor(null, "派单 测试", "派单员");
                var supervisor = new TicketActor(null, "监察 测试", "电子监察");
                var h1 = new TicketActor(null, "住建 承办", "承办人", d1.Id, d1.Name);
                var h2 = new TicketActor(null, "城管 承办", "承办人", d2.Id, d2.Name);

                Task<Ticket> Register(string code, string address, string text, DateTime at, RequestType type = RequestType.Complaint) =>
                    story.RegisterAsync(new PastRequest(type, text, Huadu, address, code, at, Name: "测试市民", Phone: "13800138000"), agent, Ct);

                // 新华路: four this week, none before — a new topic.
                for (var i = 0; i < 4; i++)
                    await Register("040104", $"花都区新华路 {10 + i} 号", "新华路工地夜间施工噪音扰民，凌晨还在打桩", Utc(11, 17 + i));
                // 秀全路: three this week, three before — three times its weekly average.
                for (var i = 0; i < 3; i++) await Register("060101", $"花都区秀全路 {i + 1} 号", "秀全路公交站台出租车长期违停占道", Utc(11, 18 + i));
                for (var i = 0; i < 3; i++) await Register("060101", $"花都区秀全路 {i + 5} 号", "秀全路公交站台出租车长期违停占道", Utc(11, 2 + i));
                // 迎宾大道: four before (the department tickets below), two this week — under the minimum, not rising.
                var s1 = await Register("010204", "花都区迎宾大道 8 号", "迎宾大道人行道路灯不亮", Utc(10, 28));
                var s2 = await Register("010204", "花都区迎宾大道 9 号", "迎宾大道人行道路灯不亮", Utc(10, 29));
                var s3 = await Register("010204", "花都区迎宾大道 10 号", "迎宾大道井盖缺失", Utc(10, 30));
                var s4 = await Register("010204", "花都区迎宾大道 11 号", "迎宾大道绿化带积水", Utc(11, 2));
                for (var i = 0; i < 2; i++) await Register("010204", "花都区迎宾大道 12 号", "迎宾大道路灯不亮", Utc(11, 19 + i));
                // Two consultations: one answered during the call (首呼解决), one waiting.
                var c1 = await Register("150101", "", "咨询社保卡补办要带什么材料", Utc(11, 5), RequestType.Consultation);
                c1.CloseDirectly("携带身份证原件到任一社保服务网点即可补办", agent, Utc(11, 5, 3), duringIntake: true);
                await Register("150101", "", "咨询灵活就业人员如何参保", Utc(11, 6), RequestType.Consultation);
                await db.SaveChangesAsync(Ct);

                // S1: 住建局 signs on time, replies late, unsatisfied, replies again in time, satisfied.
                story.HandleToReply(s1, d1, dispatcher, h1, Utc(10, 28, 3), "已安排维修路灯", signAfterHours: 2, replyAfterHours: 20 * 24);
                await story.CallBackAllAsync(s1, CallbackResult.Unsatisfied, agent, Utc(11, 18), Ct);
                s1.ReplyWith("已更换灯具并复查", [], h1, Utc(11, 19));
                await story.CallBackAllAsync(s1, CallbackResult.Satisfied, agent, Utc(11, 19, 5), Ct);
                // S2: 住建局 signs late (three days), replies in time, satisfied.
                story.HandleToReply(s2, d1, dispatcher, h1, Utc(10, 29, 3), "已修复", signAfterHours: 72, replyAfterHours: 24);
                await story.CallBackAllAsync(s2, CallbackResult.Satisfied, agent, Utc(11, 3), Ct);
                // S3: 住建局 returns it, 城管局 signs, replies late, unsatisfied twice → supervisor closes.
                story.Dispatch(s3, d1, dispatcher, Utc(10, 30, 3));
                s3.RequestReturn("井盖属城管部门管理", h1, Utc(10, 30, 4));
                s3.ApproveReturn("同意，改派城管局", dispatcher, Utc(10, 30, 5));
                story.HandleToReply(s3, d2, dispatcher, h2, Utc(10, 30, 6), "已补装井盖", signAfterHours: 1, replyAfterHours: 10 * 24);
                await story.CallBackAllAsync(s3, CallbackResult.Unsatisfied, agent, Utc(11, 10), Ct);
                s3.ReplyWith("已再次加固", [], h2, Utc(11, 11));
                await story.CallBackAllAsync(s3, CallbackResult.Unsatisfied, agent, Utc(11, 11, 5), Ct);
                s3.SupervisorCloseWith("井盖已补装，诉求人另有要求超出职责", supervisor, Utc(11, 12));
                // S4: 城管局 on time, the requester cannot be reached.
                story.HandleToReply(s4, d2, dispatcher, h2, Utc(11, 2, 3), "已疏通排水", signAfterHours: 1, replyAfterHours: 24);
                await story.CallBackAllAsync(s4, CallbackResult.Unreachable, agent, Utc(11, 4), Ct);
                await db.SaveChangesAsync(Ct);
                return true;
            });
        }
        finally
        {
            Once.Release();
        }
    }

    private async Task<JsonElement> FiguresAsync(string user = "supervisor", string query = Period)
    {
        await SeedAsync();
        var client = await Factory.SignedInAsync(user);
        var response = await client.GetAsync("/api/hotline/figures?" + query, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement;
    }

    private static Dictionary<string, int> Counts(JsonElement rows) =>
        rows.EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!, r => r.GetProperty("count").GetInt32());

    [Fact]
    public async Task The_supervisor_counts_the_periods_requests_by_category_place_and_day()
    {
        var f = await FiguresAsync();
        Assert.Equal(18, f.GetProperty("requests").GetInt32());
        Assert.Equal("花都区", f.GetProperty("regionName").GetString());
        Assert.Equal(new Dictionary<string, int> { ["交通运输"] = 6, ["城乡建设"] = 6, ["环境保护"] = 4, ["劳动和社会保障"] = 2 },
            Counts(f.GetProperty("byCategory")));
        Assert.Equal(new Dictionary<string, int> { ["秀全路"] = 6, ["迎宾大道"] = 6, ["新华路"] = 4 }, Counts(f.GetProperty("byPlace")));
        var days = f.GetProperty("byDay").EnumerateArray().ToDictionary(d => d.GetProperty("day").GetString()!, d => d.GetProperty("count").GetInt32());
        Assert.Equal(28, days.Count);
        Assert.Equal(3, days["2026-11-19"]); // 新华路, 秀全路, 迎宾大道
        Assert.Equal(0, days["2026-11-23"]);
        Assert.Equal(18, days.Values.Sum());
    }

    [Fact]
    public async Task Rising_topics_are_the_new_and_the_tripled_clusters_named_by_their_terms()
    {
        var rising = (await FiguresAsync()).GetProperty("rising").EnumerateArray().ToList();
        Assert.Equal(["新华路", "秀全路"], rising.Select(r => r.GetProperty("place").GetString()));
        var fresh = rising[0];
        Assert.Equal(4, fresh.GetProperty("thisWeek").GetInt32());
        Assert.Equal(0, fresh.GetProperty("threeWeeksBefore").GetInt32());
        Assert.Equal(JsonValueKind.Null, fresh.GetProperty("ratio").ValueKind);
        Assert.Equal("环境保护", fresh.GetProperty("categoryName").GetString());
        Assert.Contains("噪音", fresh.GetProperty("terms").EnumerateArray().Select(t => t.GetString()));
        Assert.StartsWith("新华路 ", fresh.GetProperty("name").GetString());
        Assert.Equal(4, fresh.GetProperty("requestNumbers").GetArrayLength());
        var tripled = rising[1];
        Assert.Equal(3, tripled.GetProperty("thisWeek").GetInt32());
        Assert.Equal(3, tripled.GetProperty("threeWeeksBefore").GetInt32());
        Assert.Equal(3.0, tripled.GetProperty("ratio").GetDouble());
    }

    [Fact]
    public async Task Each_department_gets_its_on_time_resolution_satisfaction_and_return_rates()
    {
        var f = await FiguresAsync();
        var departments = f.GetProperty("departments").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!);
        Assert.Equal(2, departments.Count);
        var zjj = departments["广州市天河区住房和城乡建设局"];
        Assert.Equal(3, zjj.GetProperty("tickets").GetInt32());
        AssertRate(zjj, "signedOnTime", 1, 2);
        AssertRate(zjj, "repliedOnTime", 2, 2);
        AssertRate(zjj, "resolved", 2, 2);
        AssertRate(zjj, "satisfied", 2, 3);
        AssertRate(zjj, "returned", 1, 3);
        Assert.Equal(33.3, zjj.GetProperty("returned").GetProperty("percent").GetDouble());
        var cgj = departments["广州市天河区城市管理和综合执法局"];
        Assert.Equal(2, cgj.GetProperty("tickets").GetInt32());
        AssertRate(cgj, "signedOnTime", 2, 2);
        AssertRate(cgj, "resolved", 0, 1);
        AssertRate(cgj, "satisfied", 0, 2);
        AssertRate(cgj, "returned", 0, 2);

        var centre = f.GetProperty("centre");
        Assert.Equal(2, centre.GetProperty("consultations").GetInt32());
        AssertRate(centre, "firstCallResolved", 1, 2);
    }

    private static void AssertRate(JsonElement owner, string name, int numerator, int denominator)
    {
        var rate = owner.GetProperty(name);
        Assert.Equal((numerator, denominator), (rate.GetProperty("numerator").GetInt32(), rate.GetProperty("denominator").GetInt32()));
    }

    [Fact]
    public async Task A_department_handler_may_not_read_the_figures()
    {
        await SeedAsync();
        var handler = await Factory.SignedInAsync("handler");
        var problem = await Problem.ReadAsync(await handler.GetAsync("/api/hotline/figures?" + Period, Ct));
        Assert.Equal(HttpStatusCode.Forbidden, problem.Status);
    }

    [Theory]
    [InlineData("from=2026-11-23&to=2026-11-01", "hotline.figures-period-invalid")]
    [InlineData("from=2025-01-01&to=2026-11-01", "hotline.figures-period-invalid")]
    [InlineData("region=999999", "hotline.region-unknown")]
    public async Task A_bad_period_or_region_is_a_400_with_a_code(string query, string code)
    {
        var agent = await Factory.SignedInAsync("agent");
        var problem = await Problem.ReadAsync(await agent.GetAsync("/api/hotline/figures?" + query, Ct));
        Assert.Equal(HttpStatusCode.BadRequest, problem.Status);
        Assert.Equal(code, problem.Code);
    }

    [Fact]
    public async Task A_region_outside_the_staff_members_city_is_refused()
    {
        var agent = await Factory.SignedInAsync("agent");
        var problem = await Problem.ReadAsync(await agent.GetAsync("/api/hotline/figures?region=440300", Ct));
        Assert.Equal(HttpStatusCode.Forbidden, problem.Status);
        Assert.Equal("hotline.out-of-scope", problem.Code);
    }
}
