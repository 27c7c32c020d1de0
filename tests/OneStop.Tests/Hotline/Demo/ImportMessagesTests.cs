using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Cli;
using OneStop.Hotline.Imports;
using OneStop.Hotline.Persistence;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Hotline.Demo;

public sealed class ImportMessagesOnSqlite(SqliteFactory f) : ImportMessagesTests(f), IClassFixture<SqliteFactory>;
public sealed class ImportMessagesOnPostgres(PostgresFactory f) : ImportMessagesTests(f), IClassFixture<PostgresFactory>;

/// <summary>留言导入 of the real message board file: closed historical tickets with their replies and real times, once.</summary>
public abstract class ImportMessagesTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string MessagesFile =>
        Path.Combine(SharedData.RequireRoot(), "hotline-appeals-cn", "teddycup2020-c-sample", "messages_with_replies.csv");

    private Task<ImportReport> ImportAsync(string file) =>
        Factory.WithScopeAsync(sp => sp.GetRequiredService<ImportMessages>().RunAsync(file, null, Ct));

    [Fact]
    public async Task The_real_messages_become_closed_tickets_with_their_replies_once()
    {
        var first = await ImportAsync(MessagesFile);
        Assert.True(first.Read > 100, $"read {first.Read}");
        Assert.Equal(first.Read, first.Imported + first.BadRows.Count);
        Assert.True(first.Imported > 100, string.Join("\n", first.BadRows));

        var (request, ticket) = await Factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HotlineDbContext>();
            var imported = await db.Set<ImportedMessage>().AsNoTracking().SingleAsync(m => m.MessageId == "2549", Ct);
            var t = await db.Set<Ticket>().AsNoTracking().Include(x => x.Requests).SingleAsync(x => x.Id == imported.TicketId, Ct);
            return (t.Requests.Single(), t);
        });
        Assert.Equal(TicketState.Closed, ticket.State);
        Assert.Equal(IntakeChannel.Web, request.Channel);
        Assert.Equal("网友 A00045581", request.RequesterName);
        Assert.Equal("A2区景蓉华苑物业管理有问题", request.Title);
        Assert.Equal(new DateTime(2019, 4, 25, 1, 32, 9, DateTimeKind.Utc), request.ReceivedAt); // 9:32:09 Beijing
        Assert.StartsWith("12345-20190425-", request.Number);
        Assert.NotNull(ticket.Reply);
        Assert.NotEmpty(ticket.Reply!.Text);
        Assert.True(ticket.ClosedAt > request.ReceivedAt);
        Assert.Equal("440100", ticket.RegionCode);

        var again = await ImportAsync(MessagesFile);
        Assert.Equal(0, again.Imported);
        Assert.Equal(first.Imported, again.AlreadyImported);
    }

    [Fact]
    public async Task Bad_rows_are_reported_with_their_line_and_the_others_imported()
    {
        var file = Path.Combine(Path.GetTempPath(), $"onestop-messages-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, """
            留言编号,留言用户,留言主题,留言时间,留言详情,答复意见,答复时间
            T-1,U1,路灯坏了,2020/1/2 9:00:00,小区门口路灯坏了一个月,已修复,2020/1/5 10:00:00
            T-2,U2,没有答复,2020/1/2 9:00:00,有详情没答复,,2020/1/5 10:00:00
            T-3,U3,时间错,昨天,时间写错了,已答复,2020/1/5 10:00:00
            T-1,U1,重复行,2020/1/2 9:00:00,同一编号再出现,已修复,2020/1/5 10:00:00
            """, new UTF8Encoding(false), Ct);
        try
        {
            var report = await ImportAsync(file);
            Assert.Equal(4, report.Read);
            Assert.Equal(1, report.Imported);
            Assert.Equal(1, report.AlreadyImported);
            Assert.Equal(2, report.BadRows.Count);
            Assert.Contains(report.BadRows, b => b.Contains("T-2") && b.Contains("答复意见为空"));
            Assert.Contains(report.BadRows, b => b.Contains("第 4 行") && b.Contains("留言时间"));
        }
        finally
        {
            File.Delete(file);
        }
    }
}

/// <summary>The operator's command on an installation's data directory.</summary>
public sealed class ImportMessagesCommandTests(SqliteFactory factory) : IClassFixture<SqliteFactory>
{
    [Fact]
    public async Task The_operator_imports_the_message_board_and_sees_the_counts()
    {
        var file = Path.Combine(SharedData.RequireRoot(), "hotline-appeals-cn", "teddycup2020-c-sample", "messages_with_replies.csv");
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ONESTOP_DATA_DIR"] = factory.DataDirectory, ["ONESTOP_POSTGRES"] = "",
        }).Build();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(["hotline", "import-messages", file], stdout, stderr, config);
        Assert.True(exit == 0, stderr.ToString());
        Assert.Matches(@"^读取 \d+ 条留言：导入 \d+ 条，此前已导入 0 条", stdout.ToString());
        stdout = new StringWriter();
        Assert.Equal(0, await CliApp.RunAsync(["hotline", "import-messages", file], stdout, stderr, config));
        Assert.Matches(@"导入 0 条，此前已导入 \d+ 条", stdout.ToString());
    }
}
