using Microsoft.Extensions.DependencyInjection;
using OneStop.Platform.Calendar;
using OneStop.Platform.Errors;
using OneStop.Platform.Persistence;

namespace OneStop.Cli.Commands;

/// <summary>Prints only the answer on stdout (scripts read it); warnings go to stderr.</summary>
public static class CalendarCommands
{
    public static async Task<int> AddWorkdaysAsync(IServiceProvider services, string from, string n, TextWriter stdout, TextWriter stderr)
    {
        var v = new Validator();
        var start = CalendarInput.Date(v, "from", from);
        var count = CalendarInput.WorkdayCount(v, "N", n);
        v.ThrowIfInvalid();
        var result = (await CalendarAsync(services)).AddWorkdays(start, count);
        foreach (var w in CalendarInput.Warnings(result.UncoveredYears)) await stderr.WriteLineAsync("警告: " + w);
        await stdout.WriteLineAsync(result.Date.ToString("yyyy-MM-dd"));
        return 0;
    }

    public static async Task<int> BetweenAsync(IServiceProvider services, string from, string to, TextWriter stdout, TextWriter stderr)
    {
        var v = new Validator();
        var start = CalendarInput.Date(v, "from", from);
        var end = CalendarInput.Date(v, "to", to);
        v.ThrowIfInvalid();
        var result = (await CalendarAsync(services)).WorkdaysBetween(start, end);
        foreach (var w in CalendarInput.Warnings(result.UncoveredYears)) await stderr.WriteLineAsync("警告: " + w);
        await stdout.WriteLineAsync(result.Workdays.ToString());
        return 0;
    }

    /// <summary>Administrators' overrides live in the database; without one the official calendar still answers.</summary>
    private static async Task<WorkingCalendar> CalendarAsync(IServiceProvider services)
    {
        await ModuleDatabases.MigrateAllAsync(services);
        using var scope = services.CreateScope();
        return await services.GetRequiredService<WorkingCalendarCache>().GetAsync(scope.ServiceProvider.GetRequiredService<PlatformDbContext>());
    }
}
