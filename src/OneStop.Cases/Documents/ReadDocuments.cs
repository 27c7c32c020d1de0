using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneStop.Cases.Persistence;
using OneStop.Cases.Reading;
using OneStop.Platform.Calendar;
using OneStop.Platform.Documents;
using OneStop.Platform.Errors;
using OneStop.Platform.Security;

namespace OneStop.Cases.Documents;

/// <summary>GET a case's document as PDF: acceptance, supplement, refusal, decision (for those who may read the case).</summary>
public static class ReadDocuments
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/cases/{id:long}/documents/{kind}", async (long id, string kind, CasesDbContext db, DataScope scope,
                IWorkingCalendar calendar, CancellationToken ct) =>
            {
                var c = await CaseAccess.ForReadingAsync(db, scope, id, ct);
                if (int.TryParse(kind, out _) || !Enum.TryParse<CaseDocumentKind>(kind, ignoreCase: true, out var k))
                    throw new NotFoundException("case.document-not-found", "没有该文书");
                if (!CaseDocuments.Available(c).Contains(k))
                    throw new NotFoundException("case.document-not-found", "该办件还没有这份文书");
                var pdf = OfficialDocumentPdf.Render(CaseDocuments.Build(c, k, calendar.Today));
                return Results.File(pdf, "application/pdf", $"{c.Number ?? c.Id.ToString()}-{CaseDocuments.Title(c, k)}.pdf");
            })
            .WithName("GetCaseDocument").WithSummary("办件文书 PDF：acceptance 受理通知书、supplement 补正通知书、refusal 不予受理通知书、decision 决定书")
            .ProducesProblem(403).ProducesProblem(404).OpenedInBrowser();
}
