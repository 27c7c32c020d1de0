using OneStop.Platform.Calendar;

namespace OneStop.Bench.Scenarios;

/// <summary>Deadline computation (acceptance date + N working days), the hottest calendar call in case handling.</summary>
internal sealed class AddWorkdaysScenario : IScenario
{
    private const int Pairs = 1_000_000;
    private const int Seed = 20240204;

    public string Name => "add-workdays";

    public void Run(BenchReport report)
    {
        var (dates, counts) = RandomPairs();
        var calendar = WorkingCalendar.Official;
        var baseline = new DayByDayWorkdays(OfficialHolidays.Days);
        var expected = new DateOnly[Pairs];
        var actual = new DateOnly[Pairs];

        void RunBaseline()
        {
            for (var i = 0; i < Pairs; i++)
            {
                expected[i] = baseline.AddWorkdays(dates[i], counts[i]);
            }
        }

        void RunOneStop()
        {
            for (var i = 0; i < Pairs; i++)
            {
                actual[i] = calendar.AddWorkdays(dates[i], counts[i]).Date;
            }
        }

        // Warm-up: JIT, tiered compilation and the calendar's one-off table build stay out of the timings.
        RunBaseline();
        RunOneStop();
        var baselineTime = Timing.BestOf(2, RunBaseline);
        var oneStopTime = Timing.BestOf(5, RunOneStop);
        report.Figure("pairs", Pairs);
        report.Milliseconds("baseline", baselineTime);
        report.Milliseconds("onestop", oneStopTime);
        report.SpeedUp(baselineTime, oneStopTime);

        var firstDifference = FirstDifference(expected, actual);
        if (firstDifference >= 0)
        {
            report.Fail($"results differ, e.g. {dates[firstDifference]:yyyy-MM-dd} + {counts[firstDifference]}: " +
                $"baseline {expected[firstDifference]:yyyy-MM-dd}, onestop {actual[firstDifference]:yyyy-MM-dd}");
        }
        else
        {
            report.Note("results identical");
        }
    }

    private static int FirstDifference(DateOnly[] expected, DateOnly[] actual)
    {
        for (var i = 0; i < expected.Length; i++)
        {
            if (expected[i] != actual[i])
            {
                return i;
            }
        }
        return -1;
    }

    private static (DateOnly[] Dates, int[] Counts) RandomPairs()
    {
        var random = new Random(Seed);
        var first = new DateOnly(2008, 1, 1).DayNumber;
        var last = new DateOnly(2025, 12, 31).DayNumber;
        var dates = new DateOnly[Pairs];
        var counts = new int[Pairs];
        for (var i = 0; i < Pairs; i++)
        {
            dates[i] = DateOnly.FromDayNumber(random.Next(first, last + 1));
            counts[i] = random.Next(0, 61);
        }
        return (dates, counts);
    }
}
