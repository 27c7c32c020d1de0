using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using nietras.SeparatedValues;
using OneStop.Hotline.Demo;
using OneStop.Hotline.Open311;
using OneStop.Hotline.Persistence;
using OneStop.Hotline.Taxonomy;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Platform.Calendar;
using OneStop.Platform.Errors;

namespace OneStop.Hotline.Imports;

public sealed record ImportReport(int Read, int Imported, int AlreadyImported, IReadOnlyList<string> BadRows);

/// <summary>
/// 留言导入: the message board's messages with their replies (留言编号,留言用户,留言主题,留言时间,留言详情,答复意见,答复时间)
/// become historical, closed tickets — registered at the message's time through the web channel, the requester named
/// by the board's user id only, closed with the reply's text at the reply's time (the board does not say which
/// department answered, so they are closed as answered, not dispatched). 留言编号 is kept in hotline_imported_messages:
/// re-running imports nothing twice. A bad row is reported with its line and reason and the others go on.
/// </summary>
public sealed class ImportMessages(HotlineDbContext db, IWorkingCalendar calendar, IOptions<DeadlineSettings> deadlines,
    IOptions<Open311Settings> installation, TimeProvider time, Classification.ICategorySuggester suggester)
{
    private static readonly string[] Columns = ["留言编号", "留言用户", "留言主题", "留言时间", "留言详情", "答复意见", "答复时间"];
    private static readonly string[] TimeFormats = ["yyyy/M/d H:mm:ss", "yyyy/M/d H:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-M-d H:mm:ss"];

    public async Task<ImportReport> RunAsync(string path, string? regionCode, CancellationToken ct)
    {
        var region = regionCode ?? installation.Value.RegionCode;
        var known = (await db.Set<ImportedMessage>().AsNoTracking().Select(m => m.MessageId).ToListAsync(ct)).ToHashSet();
        var story = new TicketStory(db, new TicketClock(deadlines.Value, await calendar.CurrentAsync(ct)));
        var board = new TicketActor(null, "留言板导入", "数据导入");
        var bad = new List<string>();
        var made = new List<(string MessageId, Ticket Ticket)>();
        int read = 0, already = 0;
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        var missing = Columns.Where(c => !reader.Header.ColNames.Contains(c)).ToList();
        if (missing.Count > 0)
            throw RequestValidationException.For("file", $"文件缺少列：{string.Join("、", missing)}", "hotline.import-columns-missing");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var row in reader)
        {
            read++;
            var line = row.LineNumberFrom;
            var id = row["留言编号"].ToString().Trim();
            try
            {
                if (id.Length == 0) throw new FormatException("留言编号为空");
                if (!known.Add(id)) { already++; continue; }
                var p = Parse(row, region, suggester);
                var ticket = await story.RegisterAsync(p.Request, board, ct);
                ticket.CloseDirectly(p.Reply, board, p.RepliedAt, duringIntake: false);
                made.Add((id, ticket));
            }
            catch (Exception e) when (e is FormatException or DomainException)
            {
                bad.Add($"第 {line} 行（留言编号 {(id.Length == 0 ? "空" : id)}）：{Reason(e)}");
            }
        }
        // The tickets get their ids at the first save; the references to them at the second (one transaction).
        await db.SaveChangesAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var (id, ticket) in made) db.Add(new ImportedMessage { MessageId = id, TicketId = ticket.Id, ImportedAt = now });
        db.Audit("hotline.import-messages", "留言板留言", $"导入 {made.Count} 条（已导入跳过 {already} 条，错误 {bad.Count} 条）", region);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ImportReport(read, made.Count, already, bad);
    }

    private sealed record Parsed(PastRequest Request, string Reply, DateTime RepliedAt);

    private static Parsed Parse(SepReader.Row row, string region, Classification.ICategorySuggester suggester)
    {
        var user = row["留言用户"].ToString().Trim();
        var subject = Clean(row["留言主题"].ToString());
        var detail = Clean(row["留言详情"].ToString());
        var reply = Clean(row["答复意见"].ToString());
        if (detail.Length == 0) throw new FormatException("留言详情为空");
        if (reply.Length == 0) throw new FormatException("答复意见为空");
        if (detail.Length > TicketLimits.MaxTextLength) throw new FormatException($"留言详情超过 {TicketLimits.MaxTextLength} 字");
        if (reply.Length > TicketLimits.MaxTextLength) throw new FormatException($"答复意见超过 {TicketLimits.MaxTextLength} 字");
        var at = BeijingTime(row["留言时间"].ToString(), "留言时间");
        var repliedAt = BeijingTime(row["答复时间"].ToString(), "答复时间");
        if (repliedAt < at) throw new FormatException("答复时间早于留言时间");
        var category = suggester.Suggest(subject + " " + detail).Best.Code;
        if (AppealTaxonomy.Find(category) is not { Level: 3 }) category = null;
        var title = subject.Length == 0 ? null : subject.Length > TicketLimits.MaxTitleLength ? subject[..TicketLimits.MaxTitleLength] : subject;
        return new Parsed(new PastRequest(RequestType.Consultation, detail, region, null, category, at, IntakeChannel.Web,
            Name: user.Length == 0 ? "网友" : "网友 " + user, Title: title), reply, repliedAt);
    }

    private static DateTime BeijingTime(string text, string column) =>
        DateTime.TryParseExact(text.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, TimeSpan.FromHours(8)).UtcDateTime
            : throw new FormatException($"{column}无法识别：{text}");

    // The board's texts carry tabs and non-breaking spaces; control characters are refused everywhere else too.
    private static string Clean(string text) =>
        new string([.. text.Where(c => !ControlCharacters.IsForbidden(c))]).Replace('\u00a0', ' ').Trim();

    private static string Reason(Exception e) => e switch
    {
        RequestValidationException v => string.Join("；", v.Errors.SelectMany(x => x.Value)),
        DomainException d => d.Title,
        _ => e.Message,
    };
}
