using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneStop.Cases.Domain;
using OneStop.Cases.Persistence;
using OneStop.Cases.Reading;
using OneStop.Platform.Calendar;
using OneStop.Platform.Errors;
using OneStop.Platform.Security;

namespace OneStop.Cases.Applying;

/// <summary>
/// The form's values and the 容缺 marks ("to be supplied later"). Either may be left out and stays as saved: an integrator
/// marking a material to follow need not send the form again. A form sent replaces the saved one (<c>{}</c> clears it).
/// </summary>
public sealed record EditDraftRequest(Dictionary<string, string?>? Fields, IReadOnlyList<int>? Deferred);

/// <summary>保存草稿: the applicant (or the clerk for a walk-in) saves what they typed; come back later and submit.</summary>
public static class EditDraft
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/cases/{id:long}/draft", async (long id, EditDraftRequest request, CasesDbContext db, DataScope scope,
                IWorkingCalendar calendar, TimeProvider time, CancellationToken ct) =>
            {
                var c = await HandleAsync(id, request, db, scope, time, ct);
                return TypedResults.Ok(await CaseViews.ForAsync(c, scope, calendar, ct));
            })
            .WithName("EditCaseDraft").WithSummary("保存申请草稿（表单、容缺标记）")
            .ProducesProblem(400).ProducesProblem(404).ProducesProblem(409);

    public static async Task<Case> HandleAsync(long id, EditDraftRequest request, CasesDbContext db, DataScope scope,
        TimeProvider time, CancellationToken ct)
    {
        var (c, actor) = await FillingAccess.LoadAsync(db, scope, id, ct);
        c.Require(CaseAction.SaveDraft);
        if (request.Fields is { } input) c.SaveFields(Validated(c, input, ChinaTime.Today(time)), actor, time.GetUtcNow().UtcDateTime);
        if (request.Deferred is { } deferred)
        {
            for (var i = 0; i < c.Materials.Count; i++) c.MarkDeferred(i, deferred.Contains(i));
        }
        await CaseWrites.SaveAsync(db, c, CaseAction.SaveDraft, "保存申请草稿", ct);
        return c;
    }

    /// <summary>
    /// Only the form's own fields, each within length, free of control characters and of its field's kind (a number, a
    /// date, one of a choice field's options…), stored in the kind's canonical form; errors name the label.
    /// </summary>
    internal static Dictionary<string, string> Validated(Case c, Dictionary<string, string?> input, DateOnly today)
    {
        var known = c.FormFields.ToDictionary(f => f.Key);
        var v = new Validator();
        var result = new Dictionary<string, string>();
        // A form has a few dozen fields: more keys than that are not a form, and an answer naming each of 300,000
        // unknown keys would be larger than the request.
        if (input.Count > Math.Max(100, known.Count * 2))
        {
            v.Add("fields", $"字段过多（{input.Count} 个），本事项申请表只有 {known.Count} 个字段", "case.unknown-field");
            v.ThrowIfInvalid("case.invalid-field");
        }
        foreach (var (key, value) in input)
        {
            if (!known.TryGetValue(key, out var field))
            {
                v.Add($"fields.{key}", "不是本事项申请表中的字段", "case.unknown-field");
                continue;
            }
            var one = new Validator();
            var text = one.Text(key, value, CaseLimits.MaxFieldLength, required: false);
            if (!one.IsValid)
            {
                v.Add($"fields.{key}", $"{field.Label}：{one.Errors[key][0]}", "case.invalid-field");
                continue;
            }
            if (text.Length == 0) continue;
            var read = field.Read(text, today);
            if (!read.IsValid)
            {
                v.Add($"fields.{key}", $"{field.Label}：{read.Error}", "case.invalid-field");
                continue;
            }
            result[key] = read.Value!;
        }
        v.ThrowIfInvalid("case.invalid-field");
        return result;
    }
}
