using OneStop.Platform.Audit;

namespace OneStop.Hotline;

/// <summary>The hotline's words for the audit trail (its actions and records).</summary>
internal static class HotlineAuditWords
{
    public static readonly AuditWords Words = new()
    {
        Actions = new Dictionary<string, string>
        {
            ["demo.seed-knowledge"] = "写入演示知识库",
            ["demo.seed-dispatch"] = "写入演示派单目录",
            ["hotline.knowledge-create"] = "编写知识",
            ["hotline.knowledge-edit"] = "修改知识",
            ["hotline.knowledge-submit"] = "提交知识审核",
            ["hotline.knowledge-approve"] = "审核发布知识",
            ["hotline.knowledge-return"] = "退回知识修改",
            ["hotline.knowledge-withdraw"] = "下线知识",
            ["hotline.dispatch-rule-create"] = "新建派单规则",
            ["hotline.dispatch-rule-update"] = "修改派单规则",
            ["hotline.dispatch-rule-delete"] = "删除派单规则",
            ["hotline.demo.seed"] = "写入演示工单",
            ["hotline.import-messages"] = "导入留言板留言",
            ["hotline.ticket.register"] = "登记诉求",
            ["hotline.public.request-code"] = "发送手机验证码",
            ["hotline.public.wrong-code"] = "手机验证码错误",
            ["hotline.ticket.close-directly"] = "直接办结",
            ["hotline.ticket.hand-over"] = "紧急移交",
            ["hotline.ticket.dispatch"] = "派单",
            ["hotline.ticket.sign"] = "签收工单",
            ["hotline.ticket.request-return"] = "申请退单",
            ["hotline.ticket.approve-return"] = "同意退单",
            ["hotline.ticket.reject-return"] = "驳回退单",
            ["hotline.ticket.request-extension"] = "申请工单延期",
            ["hotline.ticket.approve-extension"] = "同意工单延期",
            ["hotline.ticket.reject-extension"] = "驳回工单延期",
            ["hotline.ticket.co-handler-opinion"] = "填写协办意见",
            ["hotline.ticket.urge"] = "督办工单",
            ["hotline.ticket.reply"] = "答复工单",
            ["hotline.ticket.record-callback"] = "回访诉求人",
            ["hotline.ticket.reopen"] = "工单重办",
            ["hotline.ticket.escalate"] = "转电子监察督办",
            ["hotline.ticket.close"] = "工单办结",
            ["hotline.ticket.supervisor-close"] = "电子监察结案",
            ["hotline.ticket.reassign"] = "重新交办",
            ["hotline.ticket.attach-request"] = "诉求并入工单",
            ["hotline.ticket.merge-into"] = "工单并入他单",
            ["hotline.ticket.absorb-ticket"] = "并单",
            ["hotline.ticket.detach-request"] = "拆出诉求",
            ["hotline.ticket.split"] = "拆单",
        },
        Records = new Dictionary<string, string>
        {
            ["Ticket"] = "工单", ["HotlineRequest"] = "诉求", ["TicketEvent"] = "工单记录", ["RequestNumberCounter"] = "诉求编号",
            ["KnowledgeArticle"] = "知识", ["KnowledgeVersion"] = "知识版本", ["DispatchRule"] = "派单规则",
            ["ImportedMessage"] = "导入的留言", ["PhoneCode"] = "手机验证码",
        },
    };
}
