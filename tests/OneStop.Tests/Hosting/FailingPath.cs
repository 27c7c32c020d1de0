using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace OneStop.Tests.Hosting;

/// <summary>Adds paths that throw an unexpected exception (a page and an API path), to see what people and programs get.</summary>
public sealed class FailingPath : IStartupFilter
{
    public const string Path = "/test-failure";
    public const string ApiPath = "/api/test-failure";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        // After the host's pipeline: reached only by paths no endpoint answers, inside its exception handler.
        app.Run(context => context.Request.Path == Path || context.Request.Path == ApiPath
            ? throw new InvalidOperationException("deliberate failure for a test")
            : Task.CompletedTask);
    };
}
