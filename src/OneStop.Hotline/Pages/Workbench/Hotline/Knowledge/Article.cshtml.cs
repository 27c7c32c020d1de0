using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Hotline.Knowledge;
using OneStop.Platform.Errors;

namespace OneStop.Hotline.Pages.Workbench.Hotline.Knowledge;

/// <summary>One article: the answer in force, the version under way, the history, and submit / review / withdraw.</summary>
internal sealed class ArticleModel(ReadKnowledge read, WriteKnowledge write) : PageModel
{
    public static readonly IReadOnlyDictionary<string, string> Done = new Dictionary<string, string>
    {
        ["saved"] = "已保存。", ["submitted"] = "已提交审核。", ["approved"] = "已审核通过并发布。", ["returned"] = "已退回修改。", ["withdrawn"] = "已下线。",
    };

    public KnowledgeArticleView View { get; private set; } = null!;
    public ErrorList Errors { get; private set; } = new();
    public string? DoneMessage { get; private set; }
    public bool ConfirmingWithdraw { get; private set; }

    [BindProperty] public int? Revision { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public bool Confirmed { get; set; }

    public async Task OnGetAsync(long id, string? done, CancellationToken ct)
    {
        View = await read.GetAsync(id, ct);
        DoneMessage = done is null ? null : Done.GetValueOrDefault(done);
    }

    public Task<IActionResult> OnPostSubmitAsync(long id, CancellationToken ct) => ActAsync(id, "submitted", (r, c) => write.SubmitAsync(id, r, c), ct);
    public Task<IActionResult> OnPostApproveAsync(long id, CancellationToken ct) => ActAsync(id, "approved", (r, c) => write.ApproveAsync(id, r, c), ct);
    public Task<IActionResult> OnPostReturnAsync(long id, CancellationToken ct) => ActAsync(id, "returned", (r, c) => write.ReturnAsync(id, r, c), ct);

    /// <summary>下线 asks once more before it happens: agents stop finding the answer at once.</summary>
    public async Task<IActionResult> OnPostWithdrawAsync(long id, CancellationToken ct)
    {
        if (Confirmed) return await ActAsync(id, "withdrawn", (r, c) => write.WithdrawAsync(id, r, c), ct);
        View = await read.GetAsync(id, ct);
        try
        {
            KnowledgeInput.Note(Note, required: true, "下线须说明理由");
            ConfirmingWithdraw = true;
        }
        catch (DomainException e)
        {
            Errors = HotlinePageErrors.From(e, KnowledgeInput.Labels);
        }
        return Page();
    }

    private async Task<IActionResult> ActAsync(long id, string done, Func<KnowledgeActionRequest, CancellationToken, Task<KnowledgeArticle>> act,
        CancellationToken ct)
    {
        try
        {
            await act(new KnowledgeActionRequest(Revision, Note), ct);
            return Redirect($"/workbench/hotline/knowledge/{id}?done={done}");
        }
        catch (DomainException e) when (e is not NotFoundException)
        {
            Errors = HotlinePageErrors.From(e, KnowledgeInput.Labels);
            View = await read.GetAsync(id, ct);
            return Page();
        }
    }
}
