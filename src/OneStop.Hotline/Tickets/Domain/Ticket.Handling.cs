using OneStop.Platform.Errors;

namespace OneStop.Hotline.Tickets.Domain;

/// <summary>The responsible department's side: sign, return, ask for an extension, co-handle, reply.</summary>
public sealed partial class Ticket
{
    /// <summary>签收: the department takes the ticket; whether it did so in time is kept for 按时签收率.</summary>
    public void Sign(TicketActor actor, DateTime now)
    {
        Require(TicketAction.Sign);
        SignedAt = now;
        SignedOnTime = now <= SignDueAt;
        Apply(TicketAction.Sign, actor, now, null, SignedOnTime == true ? "按时签收" : $"超时签收（时限 {TicketClock.Show(SignDueAt!.Value)}）");
        NotifyAll(now, _ => $"{DepartmentName} 已签收您的诉求，正在办理。");
    }

    /// <summary>申请退单: only before signing and within the signing limit, with a reason.</summary>
    public void RequestReturn(string? reason, TicketActor actor, DateTime now)
    {
        Require(TicketAction.RequestReturn);
        var r = Required(reason, "Reason", "退单理由", TicketLimits.MaxOpinionLength);
        if (now > SignDueAt)
            throw new BusinessRuleException("hotline.return-too-late", "已超过退单时限，不能退单",
                $"退单须在签收时限（{TicketClock.Show(SignDueAt!.Value)}）之前提出；请签收后办理，或联系派单员。");
        PendingReturn = new ReturnRequest(r, actor.Name, DepartmentName!, now);
        ReturnCount++;
        Apply(TicketAction.RequestReturn, actor, now, r, $"{DepartmentName} 申请退单");
    }

    /// <summary>申请延期: once per ticket, at most the configured working days, before the deadline passes.</summary>
    public void RequestExtension(int workdays, string? reason, TicketActor actor, DateTime now, DeadlineSettings settings)
    {
        Require(TicketAction.RequestExtension);
        var r = Required(reason, "Reason", "延期理由", TicketLimits.MaxOpinionLength);
        if (workdays < 1 || workdays > settings.MaxExtensionWorkdays)
            throw new RequestValidationException(new Dictionary<string, string[]>
                { ["workdays"] = [$"延期天数须为 1 至 {settings.MaxExtensionWorkdays} 个工作日"] }, "hotline.extension-workdays");
        if (Extension is not null)
            throw new BusinessRuleException("hotline.extension-once", "每张工单只能申请一次延期",
                Extension.Approved is null ? "已有一份延期申请待审核。" : $"本工单已于 {ChinaDate(Extension.At)} 申请过延期。");
        Extension = new ExtensionRequest(workdays, r, actor.Name, now);
        Apply(TicketAction.RequestExtension, actor, now, r, $"申请延期 {workdays} 个工作日");
    }

    /// <summary>协办意见: a co-handling department adds what it did or found.</summary>
    public void AddCoHandlerOpinion(string? text, TicketActor actor, DateTime now)
    {
        Require(TicketAction.CoHandlerOpinion);
        var t = Required(text, "Text", "协办意见", TicketLimits.MaxOpinionLength);
        CoHandlerNotes = [.. CoHandlerNotes, new CoHandlerNote(actor.DepartmentName ?? "", actor.Name, t, now)];
        Apply(TicketAction.CoHandlerOpinion, actor, now, t, $"{actor.DepartmentName} 协办意见");
    }

    /// <summary>
    /// 答复: the department's answer, to every requester of the ticket. With nobody to call back (anonymous, no
    /// phone) the ticket is closed at once.
    /// </summary>
    public void ReplyWith(string? text, IReadOnlyList<TicketFile> files, TicketActor actor, DateTime now)
    {
        Require(TicketAction.Reply);
        var t = Required(text, "Text", "答复内容", TicketLimits.MaxReplyLength);
        Reply = new TicketReply(t, files, actor.Name, DepartmentName ?? actor.DepartmentName ?? "", now);
        RepliedAt = now;
        RepliedOnTime = now <= DueAt;
        Apply(TicketAction.Reply, actor, now, t, (RepliedOnTime == true ? "按时答复" : $"超时答复（时限 {TicketClock.Show(DueAt!.Value)}）")
            + (files.Count > 0 ? $"，附件 {files.Count} 个" : ""));
        NotifyAll(now, _ => $"{DepartmentName} 答复：{t}");
        if (!_requests.Any(r => r.NeedsCallback))
        {
            Apply(TicketAction.Close, actor, now, null, "诉求人匿名或未留电话，无需回访，办结");
            ClosedAt = now;
            ClosedHow = "答复办结（无需回访）";
        }
    }

    private static string ChinaDate(DateTime utc) => OneStop.Platform.Calendar.ChinaTime.ToBeijing(utc).ToString("yyyy-MM-dd");
}
