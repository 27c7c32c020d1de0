using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneStop.Cases.Persistence;
using OneStop.Platform.Errors;
using OneStop.Platform.Security;

namespace OneStop.Cases.Export;

/// <summary>
/// GET /api/cases/export: the national case-upload rows (as <c>onestop cases export</c> writes them) for the
/// supervisors and system administrators of a region, over the cases received in their region and below.
/// </summary>
public static class ExportCases
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/cases/export", async (string? from, string? to, string? format, CasesDbContext db, DataScope scope,
                CancellationToken ct) =>
            {
                var staff = scope.Staff(Role.Supervisor, Role.SystemAdmin);
                var kind = (format ?? "csv").Trim().ToLowerInvariant();
                if (kind is not ("csv" or "xlsx"))
                    throw RequestValidationException.For("format", "导出格式只能是 csv 或 xlsx", "case.export-invalid-format");
                var (start, end) = CaseExport.ParseRange(from, to);
                var table = await CaseExport.BuildAsync(db, start, end, staff.RegionPrefix, ct);
                var name = $"办件信息_{start:yyyyMMdd}-{end:yyyyMMdd}.{kind}";
                return kind == "csv"
                    ? Results.File(CaseExportFiles.Csv(table), CaseExportFiles.CsvContentType, name)
                    : Results.File(CaseExportFiles.Xlsx(table), CaseExportFiles.XlsxContentType, name);
            })
            .WithName("ExportCases").WithSummary("导出办件信息（全国一体化政务服务平台办件信息字段；本区划及下级；format=csv 或 xlsx）")
            .Produces(200, contentType: CaseExportFiles.CsvContentType)
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403);
}
