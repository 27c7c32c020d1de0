using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneStop.Hotline.Tickets.Dispatching;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Hotline.Tickets.Reading;
using OneStop.Platform.Errors;
using OneStop.Platform.Files;
using OneStop.Platform.Security;

namespace OneStop.Hotline.Tickets.Handling;

/// <summary>
/// The responsible department (承办单位): 签收, 退单, 延期申请, 答复 with attachments; a co-handling department its
/// 协办意见. A handler reaches only the tickets of their own department (another department's → 403 hotline.out-of-scope).
/// </summary>
public static class DepartmentActions
{
    public const long MaxAttachmentBytes = 10 * 1024 * 1024;

    public static void Map(IEndpointRouteBuilder api)
    {
        CentreActions.Post(api, "sign", "SignTicket", "签收工单", async (long id, NoteBody _, TicketWork w, CancellationToken ct) =>
        {
            var t = await TicketAccess.ForDepartmentAsync(w.Db, w.Scope, id, ct);
            t.Sign(await w.ActorAsync(Role.DepartmentHandler, ct), w.Now);
            return (t, TicketAction.Sign, (string?)null);
        });
        CentreActions.Post(api, "return", "RequestTicketReturn", "申请退单（签收时限内，须说明理由）", async (long id, ReasonBody body, TicketWork w, CancellationToken ct) =>
        {
            var t = await TicketAccess.ForDepartmentAsync(w.Db, w.Scope, id, ct);
            t.RequestReturn(body.Reason, await w.ActorAsync(Role.DepartmentHandler, ct), w.Now);
            return (t, TicketAction.RequestReturn, (string?)null);
        });
        CentreActions.Post(api, "extension", "RequestTicketExtension", "申请延期（每单一次，不超过规定工作日）", async (long id, ExtensionBody body, TicketWork w, CancellationToken ct) =>
        {
            var t = await TicketAccess.ForDepartmentAsync(w.Db, w.Scope, id, ct);
            t.RequestExtension(body.Workdays, body.Reason, await w.ActorAsync(Role.DepartmentHandler, ct), w.Now, w.Settings);
            return (t, TicketAction.RequestExtension, $"申请延期 {body.Workdays} 个工作日");
        });
        CentreActions.Post(api, "co-opinion", "AddCoHandlerOpinion", "协办意见", async (long id, TextBody body, TicketWork w, CancellationToken ct) =>
        {
            var t = await TicketAccess.ForCoHandlerAsync(w.Db, w.Scope, id, ct);
            t.AddCoHandlerOpinion(body.Text, await w.ActorAsync(Role.DepartmentHandler, ct), w.Now);
            return (t, TicketAction.CoHandlerOpinion, (string?)null);
        });
        CentreActions.Post(api, "reply", "ReplyTicket", "答复（答复所有并单的诉求人）", async (long id, TextBody body, TicketWork w, CancellationToken ct) =>
        {
            var t = await TicketAccess.ForDepartmentAsync(w.Db, w.Scope, id, ct);
            t.ReplyWith(body.Text, [], await w.ActorAsync(Role.DepartmentHandler, ct), w.Now);
            return (t, TicketAction.Reply, $"答复（{t.Requests.Count} 位诉求人）");
        });
        api.MapPost("/hotline/tickets/{id:long}/reply-with-files", async (long id, HttpRequest http, TicketWork w, IFileStore store, CancellationToken ct) =>
            {
                var form = await http.ReadFormAsync(ct);
                var t = await ReplyWithFilesAsync(id, form["text"], form.Files, w, store, ct);
                return TypedResults.Ok(TicketView.Of(t, w.Now, TicketAccess.SeesRequesters(w.Scope, t)));
            })
            .Accepts<IFormFile>("multipart/form-data")
            .WithName("ReplyTicketWithFiles").WithSummary("答复并上传附件（表单 text 与 files；PDF、图片、OFD，每个 10 MB 以内，最多 5 个）")
            .ProducesProblem(400).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(413).ProducesProblem(415);
        api.MapGet("/hotline/tickets/{id:long}/attachments/{sha256}", async (long id, string sha256, TicketWork w, IFileStore store, CancellationToken ct) =>
            {
                var t = await TicketAccess.ForReadingAsync(w.Db, w.Scope, id, ct);
                var file = t.Reply?.Attachments.FirstOrDefault(a => a.Sha256 == sha256)
                    ?? throw new NotFoundException("hotline.attachment-not-found", "附件不存在");
                var stream = store.Open(file.Sha256) ?? throw new NotFoundException("hotline.attachment-not-found", "附件不存在");
                return Results.File(stream, ContentType(file.Kind), file.FileName);
            })
            .WithName("DownloadReplyAttachment").WithSummary("下载答复附件").ProducesProblem(403).ProducesProblem(404);
    }

    public const int MaxAttachments = 5;

    /// <summary>答复 with files: the files are stored first (content-addressed, typed by content), then the reply is one save.</summary>
    public static async Task<Ticket> ReplyWithFilesAsync(long id, string? text, IFormFileCollection files, TicketWork w, IFileStore store,
        CancellationToken ct)
    {
        var t = await TicketAccess.ForDepartmentAsync(w.Db, w.Scope, id, ct);
        t.Require(TicketAction.Reply);
        if (files.Count > MaxAttachments)
            throw RequestValidationException.For("files", $"答复附件最多 {MaxAttachments} 个", "hotline.too-many-attachments");
        var stored = new List<TicketFile>();
        foreach (var f in files)
        {
            await using var stream = f.OpenReadStream();
            var s = await store.SaveAsync(stream, MaxAttachmentBytes, ct);
            stored.Add(new TicketFile(s.Sha256, s.Size, s.Kind.ToString(), SafeName(f.FileName), w.Now));
        }
        t.ReplyWith(text, stored, await w.ActorAsync(Role.DepartmentHandler, ct), w.Now);
        await Persistence.TicketWrites.SaveAsync(w.Db, t, TicketAction.Reply, $"答复（{t.Requests.Count} 位诉求人，附件 {stored.Count} 个）", ct);
        return t;
    }

    /// <summary>Only the last path segment of a user's file name is kept, and only as a label (never a path).</summary>
    internal static string SafeName(string? name)
    {
        var n = (name ?? "").Replace('\\', '/');
        n = n[(n.LastIndexOf('/') + 1)..].Trim();
        n = new string(n.Where(c => !char.IsControl(c) && c is not ('<' or '>' or '"' or ':')).ToArray());
        return n.Length == 0 ? "附件" : n.Length > 100 ? n[..100] : n;
    }

    private static string ContentType(string kind) => kind switch
    {
        "Jpeg" => "image/jpeg", "Png" => "image/png", "Ofd" => "application/ofd", _ => "application/pdf",
    };
}
