using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneStop.Platform.Calendar;
using OneStop.Platform.Regions;
using OneStop.Platform.Security;

namespace OneStop.Hotline.Knowledge;

/// <summary>/api/hotline/knowledge: the knowledge base (知识库) — write, review, publish, version, withdraw, search.</summary>
public static class KnowledgeEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var kb = api.MapGroup("/hotline/knowledge");
        kb.MapGet("/search", async (string? q, string? region, SearchKnowledge search, CancellationToken ct) =>
                TypedResults.Ok(await search.SearchAsync(q, region, ct)))
            .WithName("SearchKnowledge").WithSummary("坐席检索：已发布的知识和办事指南（过期知识仍可查到并标注）").ProducesProblem(400).ProducesProblem(403);
        kb.MapGet("/review-queue", async (ReadKnowledge read, CancellationToken ct) => TypedResults.Ok(await read.ReviewQueueAsync(ct)))
            .WithName("KnowledgeReviewQueue").WithSummary("待审核的知识").ProducesProblem(403);
        kb.MapGet("", async (long? department, ReadKnowledge read, CancellationToken ct) => TypedResults.Ok(await read.ListAsync(department, ct)))
            .WithName("ListKnowledge").WithSummary("本部门的知识（含已过期条数）").ProducesProblem(403).ProducesProblem(404);
        kb.MapGet("/{id:long}", async (long id, ReadKnowledge read, CancellationToken ct) => TypedResults.Ok(await read.GetAsync(id, ct)))
            .WithName("GetKnowledge").WithSummary("一条知识：现行版本、修订中的版本、历史版本").ProducesProblem(403).ProducesProblem(404);
        kb.MapGet("/{id:long}/versions/{number:int}", async (long id, int number, ReadKnowledge read, CancellationToken ct) =>
                TypedResults.Ok(await read.VersionAsync(id, number, ct)))
            .WithName("GetKnowledgeVersion").WithSummary("知识的某一版本").ProducesProblem(403).ProducesProblem(404);
        kb.MapPost("", async (KnowledgeRequest request, WriteKnowledge write, ReadKnowledge read, CancellationToken ct) =>
            {
                var article = await write.CreateAsync(request, ct);
                return TypedResults.Created($"/api/hotline/knowledge/{article.Id}", await read.GetAsync(article.Id, ct));
            })
            .WithName("CreateKnowledge").WithSummary("编写知识（第 1 版草稿）").ProducesProblem(400).ProducesProblem(403);
        kb.MapPut("/{id:long}", async (long id, KnowledgeRequest request, WriteKnowledge write, ReadKnowledge read, CancellationToken ct) =>
            {
                await write.EditAsync(id, request, ct);
                return TypedResults.Ok(await read.GetAsync(id, ct));
            })
            .WithName("EditKnowledge").WithSummary("修改知识（已发布的知识生成新版本；须提交打开时的版本号）")
            .ProducesProblem(400).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        Action(kb, "submit", "SubmitKnowledge", "提交审核", (w, id, r, ct) => w.SubmitAsync(id, r, ct));
        Action(kb, "approve", "ApproveKnowledge", "审核通过并发布（不能审核本人编写的版本）", (w, id, r, ct) => w.ApproveAsync(id, r, ct));
        Action(kb, "return", "ReturnKnowledge", "退回修改（须说明理由）", (w, id, r, ct) => w.ReturnAsync(id, r, ct));
        Action(kb, "withdraw", "WithdrawKnowledge", "下线（须说明理由）", (w, id, r, ct) => w.WithdrawAsync(id, r, ct));
    }

    private static void Action(RouteGroupBuilder kb, string verb, string name, string summary,
        Func<WriteKnowledge, long, KnowledgeActionRequest, CancellationToken, Task<KnowledgeArticle>> act) =>
        kb.MapPost($"/{{id:long}}/{verb}", async (long id, KnowledgeActionRequest request, WriteKnowledge write, ReadKnowledge read,
                CancellationToken ct) =>
            {
                await act(write, id, request, ct);
                return TypedResults.Ok(await read.GetAsync(id, ct));
            })
            .WithName(name).WithSummary(summary).ProducesProblem(400).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
}
