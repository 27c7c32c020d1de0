using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace OneStop.Platform.Errors;

/// <summary>
/// One mechanism for the control-character rule on every text input: JSON bodies through
/// <see cref="ControlCharacterJsonConverter"/> in the host's JSON options, and query strings, the path and page
/// forms through a middleware placed first in the pipeline (so pages, API and static files alike are covered).
/// </summary>
public static class ControlCharacterGuard
{
    public static IServiceCollection AddControlCharacterGuard(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Insert(0, new ControlCharacterJsonConverter()));
        services.AddTransient<IStartupFilter, StartupFilter>();
        return services;
    }

    /// <summary>The first offending input's name, or null when the request's query, path and form are clean.</summary>
    public static async Task<string?> FindAsync(HttpRequest request)
    {
        if (ControlCharacters.In(request.Path.Value)) return "path";
        foreach (var (key, values) in request.Query)
            if (ControlCharacters.In(key) || values.Any(ControlCharacters.In)) return key;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            foreach (var (key, values) in form)
                if (ControlCharacters.In(key) || values.Any(ControlCharacters.In)) return key;
        }
        return null;
    }

    private sealed class StartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                string? field;
                try { field = await FindAsync(context.Request); }
                catch (InvalidDataException) { field = null; } // a malformed form is the form reader's 400 later
                if (field is null) { await nextMiddleware(context); return; }
                await WriteAsync(context, field);
            });
            next(app);
        };

        private static async Task WriteAsync(HttpContext context, string field)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [ControlCharacters.Message] })
            {
                Status = 400, Title = "提交的数据有误", Extensions = { ["code"] = ControlCharacters.Code },
            };
            var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
        }
    }
}
