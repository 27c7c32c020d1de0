using OneStop.Hotline.Taxonomy;
using OneStop.Platform.Errors;
using OneStop.Platform.Regions;

namespace OneStop.Hotline.Knowledge;

/// <summary>An article as the API and the editor send it; <see cref="Revision"/> when editing an existing one.</summary>
public sealed record KnowledgeRequest(string? Title, IReadOnlyList<string>? Questions, string? Answer, string? CategoryCode,
    IReadOnlyList<string>? Regions, DateOnly? ExpiresOn, long? DepartmentId = null, int? Revision = null);

/// <summary>Submit, approve, return, withdraw: the revision the person saw, and their note.</summary>
public sealed record KnowledgeActionRequest(int? Revision, string? Note = null);

/// <summary>
/// Checks an article's content. Texts may contain "<" and ">" (an answer may quote "<5 个工作日>" or a caller's
/// words); every page and the search panel encode them. Regions must be the owner department's region or below:
/// a district's bureau does not answer for the whole city.
/// </summary>
internal static class KnowledgeInput
{
    public const int TitleLength = 100, QuestionLength = 200, MaxQuestions = 10, AnswerLength = 5000, MaxRegions = 20, NoteLength = 500;
    public const int MaxYearsAhead = 5;

    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        ["title"] = "标题", ["questions"] = "常见问法", ["answer"] = "答复口径", ["categoryCode"] = "诉求分类", ["regions"] = "适用区划",
        ["expiresOn"] = "有效期至", ["departmentId"] = "所属部门", ["note"] = "审核意见", ["revision"] = "版本号", ["q"] = "搜索内容",
    };

    public static async Task<KnowledgeContent> CheckAsync(KnowledgeRequest request, string departmentRegion, DateOnly today,
        IRegionDirectory regions, CancellationToken ct)
    {
        var v = new Validator();
        var title = v.Text("title", request.Title, TitleLength, markupAllowed: true);
        var questions = new List<string>();
        var asked = (request.Questions ?? []).Where(q => !string.IsNullOrWhiteSpace(q)).ToList();
        if (asked.Count > MaxQuestions) v.Add("questions", $"常见问法最多 {MaxQuestions} 条", "knowledge.too-many-questions");
        else foreach (var q in asked) questions.Add(v.Text("questions", q, QuestionLength, markupAllowed: true));
        var answer = v.Text("answer", request.Answer, AnswerLength, markupAllowed: true);
        var category = request.CategoryCode?.Trim();
        if (string.IsNullOrEmpty(category)) category = null;
        else if (AppealTaxonomy.Find(category) is null) v.Add("categoryCode", "诉求分类不存在", "knowledge.unknown-category");
        var codes = (request.Regions ?? []).Select(r => r?.Trim() ?? "").Where(r => r.Length > 0).Distinct().ToList();
        if (codes.Count == 0) codes.Add(departmentRegion);
        if (codes.Count > MaxRegions) v.Add("regions", $"适用区划最多 {MaxRegions} 个", "knowledge.too-many-regions");
        else
        {
            RegionCode.TryParse(departmentRegion, out var own);
            foreach (var code in codes)
            {
                if (!RegionCode.TryParse(code, out var region) || !await regions.ExistsAsync(code, ct))
                    v.Add("regions", $"适用区划不存在：{Shown(code)}", "knowledge.unknown-region");
                else if (!region.IsWithin(own))
                    v.Add("regions", $"适用区划超出本部门的区划：{code}", "knowledge.region-out-of-department");
            }
        }
        if (request.ExpiresOn is not { } expires) v.Add("expiresOn", "请填写有效期至", "knowledge.expiry-required");
        else if (expires < today) v.Add("expiresOn", "有效期至不能早于今天", "knowledge.expiry-past");
        else if (expires > today.AddYears(MaxYearsAhead)) v.Add("expiresOn", $"有效期最长 {MaxYearsAhead} 年，到期前复核", "knowledge.expiry-too-far");
        v.ThrowIfInvalid();
        return new KnowledgeContent(title, questions, answer, category, codes, request.ExpiresOn!.Value);
    }

    public static string? Note(string? note, bool required, string requiredMessage)
    {
        var v = new Validator();
        var text = v.Text("note", note, NoteLength, required: false, markupAllowed: true);
        if (required && text.Length == 0) v.Add("note", requiredMessage, "knowledge.note-required");
        v.ThrowIfInvalid();
        return text.Length == 0 ? null : text;
    }

    /// <summary>An unknown code is echoed back shortened, so a 10 000-character "region" does not come back whole.</summary>
    private static string Shown(string code) => code.Length > 20 ? code[..20] + "…" : code;
}
