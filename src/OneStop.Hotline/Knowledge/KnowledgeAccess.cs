using OneStop.Platform.Errors;
using OneStop.Platform.Security;

namespace OneStop.Hotline.Knowledge;

/// <summary>
/// Who may do what with an article (ADR 0020). Writers: the owner department's handlers, and system administrators
/// whose scope covers the department's region. Reviewers: another handler of the owner department, the hotline
/// centre's dispatchers over the department's region, or such an administrator — never one of the version's
/// writers. Readers of what is published: every hotline role; drafts stay with writers and reviewers (404 to others,
/// so nobody learns which drafts exist).
/// </summary>
internal static class KnowledgeAccess
{
    public static readonly string[] Readers =
        [Role.HotlineAgent, Role.HotlineDispatcher, Role.DepartmentHandler, Role.Supervisor, Role.SystemAdmin];

    public static readonly NotFoundException NotFound = new("knowledge.not-found", "知识不存在");

    public static ForbiddenException NotOwner => new("knowledge.not-owner", "只能维护本部门的知识", "该知识属于其他部门，由其所属部门编写和修改。");

    public static ForbiddenException NotReviewer => new("knowledge.not-reviewer", "您无权审核该部门的知识",
        "知识由所属部门的其他人员、热线中心派单员或系统管理员审核。");

    public static BusinessRuleException Changed => new("knowledge.changed", "知识已被他人修改，请刷新后重试",
        "您打开后，这条知识已被其他人修改或审核；请重新打开查看最新内容后再操作。");

    public static bool MayWrite(DataScope scope, long departmentId, string departmentRegion) =>
        scope.User.IsAuthenticated
        && (scope.Holds(Role.DepartmentHandler) && scope.User.DepartmentId == departmentId
            || scope.Holds(Role.SystemAdmin) && scope.Staff(Role.SystemAdmin).CoversRegion(departmentRegion));

    public static bool MayReview(DataScope scope, long departmentId, string departmentRegion) =>
        scope.User.IsAuthenticated
        && (scope.Holds(Role.DepartmentHandler) && scope.User.DepartmentId == departmentId
            || scope.Holds(Role.HotlineDispatcher) && scope.Staff(Role.HotlineDispatcher).CoversRegion(departmentRegion)
            || scope.Holds(Role.SystemAdmin) && scope.Staff(Role.SystemAdmin).CoversRegion(departmentRegion));

    public static bool MaySee(DataScope scope, KnowledgeArticle a) =>
        MayWrite(scope, a.DepartmentId, a.DepartmentRegion) || MayReview(scope, a.DepartmentId, a.DepartmentRegion);

    public static void RequireWriter(DataScope scope, KnowledgeArticle a)
    {
        scope.Staff(Readers);
        if (!MayWrite(scope, a.DepartmentId, a.DepartmentRegion)) throw NotOwner;
    }

    public static void RequireReviewer(DataScope scope, KnowledgeArticle a)
    {
        scope.Staff(Readers);
        if (!MayReview(scope, a.DepartmentId, a.DepartmentRegion)) throw NotReviewer;
    }

    /// <summary>An article someone may open: published ones to every hotline role, the others to writers and reviewers.</summary>
    public static void RequireReader(DataScope scope, KnowledgeArticle a)
    {
        scope.Staff(Readers);
        if (a.Status != KnowledgeStatus.Published && !MaySee(scope, a)) throw NotFound;
    }

    public static void RequireRevision(KnowledgeArticle a, int? revision)
    {
        if (revision is null) throw RequestValidationException.For("revision", "缺少版本号（请从最新的知识页面提交）", "knowledge.revision-required");
        if (revision != a.Revision) throw Changed;
    }

    public static KnowledgeActor Actor(DataScope scope, string role) =>
        new(scope.User.AccountId, scope.User.Name, Role.Find(role)?.ChineseName ?? role);

    /// <summary>The role someone acts in on this article, for the history ("承办单位" writes, "12345 派单员" reviews).</summary>
    public static KnowledgeActor WriterActor(DataScope scope, KnowledgeArticle a) =>
        Actor(scope, scope.Holds(Role.DepartmentHandler) && scope.User.DepartmentId == a.DepartmentId ? Role.DepartmentHandler : Role.SystemAdmin);

    public static KnowledgeActor ReviewerActor(DataScope scope, KnowledgeArticle a) =>
        Actor(scope, scope.Holds(Role.DepartmentHandler) && scope.User.DepartmentId == a.DepartmentId ? Role.DepartmentHandler
            : scope.Holds(Role.HotlineDispatcher) && scope.Staff(Role.HotlineDispatcher).CoversRegion(a.DepartmentRegion) ? Role.HotlineDispatcher
            : Role.SystemAdmin);
}
