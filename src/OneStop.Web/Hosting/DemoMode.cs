namespace OneStop.Web.Hosting;

/// <summary>
/// Whether this installation is the demo (OneStop:Demo): only then are demo accounts seeded and their password
/// hinted on the sign-in page. On in Development (what `dotnet run` starts) and in the tests, off in appsettings.json.
/// </summary>
public sealed record DemoMode(bool IsOn)
{
    public const string Setting = "OneStop:Demo";

    public static DemoMode From(IConfiguration configuration) => new(configuration.GetValue(Setting, false));
}
