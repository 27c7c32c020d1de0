using Swashbuckle.AspNetCore.SwaggerUI;

namespace OneStop.Web.Hosting;

/// <summary>
/// The browsable API reference at /docs: Swagger UI, whose scripts, styles and icons are embedded in the package
/// and served by this host, so it works on a government intranet without internet and sends our API description
/// to no third party (no validator badge, no AI, no sharing). It reads the document at /openapi/v1.json.
/// </summary>
public static class ApiReference
{
    public const string Path = "/docs";

    public static IApplicationBuilder UseApiReference(this IApplicationBuilder app) =>
        app.UseSwaggerUI(o =>
        {
            o.RoutePrefix = Path.TrimStart('/');
            o.SwaggerEndpoint("/openapi/v1.json", "OneStop 一站通 API");
            o.DocumentTitle = "OneStop 一站通 API 接口文档";
            o.ConfigObject.ValidatorUrl = null; // the default badge would ask validator.swagger.io
            o.DocExpansion(DocExpansion.List);
            o.DisplayRequestDuration();
        });
}
