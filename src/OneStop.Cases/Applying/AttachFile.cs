using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneStop.Cases.Domain;
using OneStop.Cases.Persistence;
using OneStop.Cases.Reading;
using OneStop.Platform.Calendar;
using OneStop.Platform.Errors;
using OneStop.Platform.Files;
using OneStop.Platform.Security;

namespace OneStop.Cases.Applying;

/// <summary>
/// 上传材料: one file for one material, multipart field "file". Stored by content hash (never under the user's
/// name), its type decided by its bytes; within the per-file and per-case limits.
/// </summary>
public static class AttachFile
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/cases/{id:long}/materials/{index:int}/files", async (long id, int index, HttpRequest http, CasesDbContext db,
                DataScope scope, IFileStore files, IWorkingCalendar calendar, TimeProvider time, CancellationToken ct) =>
            {
                if (!http.HasFormContentType || http.Form.Files.GetFile("file") is not { } upload)
                    throw RequestValidationException.For("file", "请选择要上传的文件", "case.file-required");
                await using var stream = upload.OpenReadStream();
                var c = await HandleAsync(id, index, upload.FileName, stream, db, scope, files, time, ct);
                return TypedResults.Ok(await CaseViews.ForAsync(c, scope, calendar, ct));
            })
            .DisableAntiforgery() // the /api CSRF rule (RequestVerificationToken header) applies to every unsafe call
            .WithName("AttachCaseFile").WithSummary("上传申请材料文件（PDF、JPEG、PNG、OFD）")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409).ProducesProblem(413).ProducesProblem(415);
        api.MapDelete("/cases/{id:long}/materials/{index:int}/files/{sha256}", async (long id, int index, string sha256,
                CasesDbContext db, DataScope scope, IWorkingCalendar calendar, TimeProvider time, CancellationToken ct) =>
                TypedResults.Ok(await CaseViews.ForAsync(await RemoveAsync(id, index, sha256, db, scope, time, ct), scope, calendar, ct)))
            .WithName("RemoveCaseFile").WithSummary("删除草稿中已上传的文件").ProducesProblem(404).ProducesProblem(409);
    }

    public static async Task<Case> HandleAsync(long id, int index, string? fileName, Stream content, CasesDbContext db, DataScope scope,
        IFileStore files, TimeProvider time, CancellationToken ct)
    {
        var (c, actor) = await FillingAccess.LoadAsync(db, scope, id, ct);
        // The checks that need no bytes come first: a refused upload (a material that does not exist, a full case)
        // must not leave its file in the store, where nothing would ever refer to it.
        c.Require(CaseAction.AttachFile);
        c.RequireDirectUpload();
        c.EnsureCanAttach(index, content.CanSeek ? content.Length : 0, CaseLimits.MaxCaseBytes);
        var stored = await files.SaveAsync(content, CaseLimits.MaxFileBytes, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var file = new CaseFile(stored.Sha256, stored.Size, stored.KindLabel, DisplayName(fileName, stored), now);
        c.AttachFile(index, file, CaseLimits.MaxCaseBytes, actor, now);
        // A deferred (容缺) material of an accepted bundle comes in once and reaches every part that needs it.
        if (c.Kind == CaseKind.Bundle && c.AcceptedOn is not null)
        {
            foreach (var part in await CaseAccess.PartsAsync(db, c, ct))
            {
                var i = part.MaterialIndex(c.Materials[index].Name);
                if (part.TakesDeferredFile(i)) part.AttachFile(i, file, CaseLimits.MaxCaseBytes, actor, now);
            }
        }
        await CaseWrites.SaveAsync(db, c, CaseAction.AttachFile, $"上传“{c.Materials[index].Name}”（{stored.KindLabel}，{stored.Size} 字节）", ct);
        return c;
    }

    public static async Task<Case> RemoveAsync(long id, int index, string sha256, CasesDbContext db, DataScope scope, TimeProvider time,
        CancellationToken ct)
    {
        var (c, actor) = await FillingAccess.LoadAsync(db, scope, id, ct);
        c.RemoveFile(index, sha256, actor, time.GetUtcNow().UtcDateTime);
        await CaseWrites.SaveAsync(db, c, CaseAction.SaveDraft, "删除已上传的材料文件", ct);
        return c;
    }

    /// <summary>The name as typed, cleaned the same way, before the content's kind is known (for messages).</summary>
    internal static string DisplayName(string? fileName)
    {
        var name = Cleaned(fileName);
        return name.Length > 60 ? name[..60] : name;
    }

    /// <summary>
    /// The name shown beside the file and given to its download: the last path segment of what the browser sent,
    /// without control or invisible formatting characters (a right-to-left override makes "…fdp.exe" read "…exe.pdf"),
    /// at most 100 characters, ending in the extension of the kind its bytes are — a PDF uploaded as "x.html" downloads
    /// as "x.pdf", never as a page a browser would run. The store never sees it ("../../etc/passwd" shows as "passwd.pdf").
    /// </summary>
    internal static string DisplayName(string? fileName, StoredFile stored)
    {
        var name = Cleaned(fileName);
        var extension = Path.GetExtension(name);
        var stem = stored.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase) ? name[..^extension.Length]
            : extension.Length is > 1 and <= 5 ? name[..^extension.Length] : name;
        var ending = stored.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase) ? extension : stored.Extensions[0];
        stem = stem.TrimEnd('.', ' ');
        if (stem.Length == 0) stem = "材料";
        return (stem.Length + ending.Length > 100 ? stem[..(100 - ending.Length)] : stem) + ending;
    }

    /// <summary>The last path segment, without control, formatting or markup characters; "材料" when nothing is left.</summary>
    private static string Cleaned(string? fileName)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = new string(name[(name.LastIndexOf('/') + 1)..].Where(ch => !char.IsControl(ch)
            && char.GetUnicodeCategory(ch) != System.Globalization.UnicodeCategory.Format && ch is not ('<' or '>' or '"')).ToArray()).Trim();
        return name.Trim('.') is "" ? "材料" : name;
    }
}
