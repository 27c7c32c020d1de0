using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace OneStop.Web.Hosting;

/// <summary>
/// `dotnet run --project src/OneStop.Web` runs in the directory it was started from (so ./.onestop lands there),
/// which makes that directory the content root, where no appsettings*.json is. The files built beside the app are
/// therefore added too, below everything else (content root files, environment variables and the command line still
/// win), so the Development demo switch and the log levels apply however the host is started.
/// </summary>
public static class SettingsBesideTheApp
{
    public static void Add(WebApplicationBuilder builder)
    {
        var beside = new PhysicalFileProvider(AppContext.BaseDirectory);
        builder.Configuration.Sources.Insert(0, Json(beside, "appsettings.json"));
        builder.Configuration.Sources.Insert(1, Json(beside, $"appsettings.{builder.Environment.EnvironmentName}.json"));
    }

    private static JsonConfigurationSource Json(IFileProvider files, string path) =>
        new() { FileProvider = files, Path = path, Optional = true, ReloadOnChange = false };
}
