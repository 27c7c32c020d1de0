using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Cases.Applying;
using OneStop.Cases.Persistence;
using OneStop.Cases.PreReview;
using OneStop.Cases.Reading;
using OneStop.Cases.Review;
using OneStop.Platform.Audit;
using OneStop.Platform.Persistence;

namespace OneStop.Cases;

/// <summary>一网通办 · 最多跑一次: applications, pre-review, review, time limits, decisions (docs/adr/0015, 0016).</summary>
public static class CasesModule
{
    public static IServiceCollection AddCases(this IServiceCollection services)
    {
        services.AddAuditWords(CaseAuditWords.Words);
        services.AddModuleDbContext<CasesDbContext>("cases");
        services.AddSingleton<ProgressGuesses>();
        services.AddSingleton<OpenDraftLimit>();
        return services;
    }

    public static RouteGroupBuilder MapCasesEndpoints(this RouteGroupBuilder api)
    {
        // Literal routes before {id}: progress and pre-review are not case ids.
        PublicProgress.Map(api);
        Export.ExportCases.Map(api);
        StartApplication.Map(api);
        StartWindowCase.Map(api);
        EditDraft.Map(api);
        AttachFile.Map(api);
        SubmitApplication.Map(api);
        ApplicantActions.Map(api);
        PreReviewActions.Map(api);
        ReviewActions.Map(api);
        ApproverTasks.Map(api);
        ReadCases.Map(api);
        RevealPersonalData.Map(api);
        Documents.ReadDocuments.Map(api);
        return api;
    }
}
