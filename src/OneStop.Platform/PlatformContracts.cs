using OneStop.Platform.Accounts;
using OneStop.Platform.Calendar;
using OneStop.Platform.Departments;
using OneStop.Platform.Documents;
using OneStop.Platform.Files;
using OneStop.Platform.Persistence;
using OneStop.Platform.Regions;
using OneStop.Platform.Security;
using OneStop.Platform.Security.RateLimiting;

namespace OneStop.Platform;

/// <summary>
/// Platform's public surface for the other modules (Catalog, Cases, Hall, Hotline, Supervision): who is acting and
/// what they may reach, the region tree, the department directory, the working-day calendar, the errors every module
/// throws, and the audited module context base. Everything else in this assembly is internal (PlatformDbContext,
/// Account, Department, the use cases), visible to the hosts (Web, Cli), the migrations and the tests only. tests/OneStop.Tests/Architecture checks every module against this list;
/// docs/adr/0011-module-contracts.md explains it. Adding a type here is a decision: say why in the ADR.
/// </summary>
public static class PlatformContracts
{
    /// <summary>
    /// Namespaces whose every public type is shared: the domain errors and the validator; the GB 11643 / GB 32100
    /// number checks (pure functions: a window clerk's acceptance in Hall or Cases checks an applicant's number too).
    /// </summary>
    public static IReadOnlyList<string> SharedNamespaces { get; } = ["OneStop.Platform.Errors", "OneStop.Platform.Identity"];

    public static IReadOnlyList<Type> Types { get; } =
    [
        // current user and data scope
        typeof(ICurrentUser), typeof(SystemUser), typeof(DataScope), typeof(StaffScope), typeof(ScopeReach),
        typeof(Role), typeof(RegionPrefix),
        // region directory: the platform's tree (IRegionDirectory) and the GB/T 2260 reference list it is seeded from
        typeof(IRegionDirectory), typeof(RegionEntry), typeof(RegionCode), typeof(RegionLevel), typeof(AdministrativeDivisions),
        typeof(DivisionEntry),
        // department directory: Catalog resolves an item's implementing department; cases will be routed by it
        typeof(IDepartmentDirectory), typeof(DepartmentEntry), typeof(DepartmentNames),
        // working-day calendar
        typeof(IWorkingCalendar), typeof(WorkingCalendar), typeof(WorkdayResult), typeof(WorkdaysBetweenResult),
        typeof(CalendarDay), typeof(ChinaTime),
        // department directory: catalog items name their implementing department (实施主体) and resolve it here
        typeof(Departments.IDepartmentDirectory), typeof(Departments.DepartmentEntry), typeof(Departments.DepartmentNames),
        // audit: every module context derives from ModuleDbContext and names its actions with Audit(...)
        typeof(ModuleDbContext), typeof(ModuleDatabases), typeof(ModuleDatabase), typeof(DatabaseSettings),
        typeof(DatabaseProvider), typeof(CompiledQuery<,,>),
        // printed documents: every module's notices and decisions (the catalog's 一次性告知单, a case's 受理通知书)
        typeof(OfficialDocument), typeof(DocumentBlock), typeof(DocumentParagraph), typeof(DocumentHeading),
        typeof(DocumentList), typeof(DocumentFields), typeof(OfficialDocumentPdf),
        typeof(DocumentPdf), typeof(DocumentPages), typeof(DocumentLine), typeof(LineAlignment), typeof(DocumentStyles),
        typeof(DocumentFont), typeof(DocumentDownload), typeof(OpenedInBrowser), typeof(OpenedInBrowserExtensions),
        // the rate-limit policy names a module's public endpoint asks for (public search; later public forms)
        typeof(RateLimits), typeof(RateLimitSetting),
        // the one masking rule for resident IDs and phones: cases show applicants, hotline tickets show callers
        typeof(Privacy.PersonalData),
        // file store: applicants' uploads (Cases), content-addressed, typed by content
        typeof(IFileStore), typeof(StoredFile), typeof(FileKind), typeof(FileLimits),
        // applicant directory (一人一档/一企一档): Cases fills application forms from what the platform knows
        typeof(IApplicantDirectory), typeof(ApplicantProfile), typeof(ApplicantKind),
        // text messages: the hotline's one-time phone codes (an outbox by default, a gateway adapter in production)
        typeof(Messaging.ISmsSender),
        // the audit trail's words: each module names its own actions, records, fields and coded values (ADR 0011)
        typeof(Audit.AuditWords), typeof(Audit.AuditWordsRegistration),
    ];

    public static bool Allows(Type type) =>
        Types.Contains(type) || SharedNamespaces.Contains(type.Namespace ?? "")
        || type.DeclaringType is { } outer && Allows(outer);
}
