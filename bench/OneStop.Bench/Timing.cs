using System.Diagnostics;

namespace OneStop.Bench;

internal static class Timing
{
    /// <summary>
    /// Best of several runs: the minimum is the figure least disturbed by the GC, the JIT and other processes,
    /// which is what a comparison between two implementations needs.
    /// </summary>
    public static TimeSpan BestOf(int repetitions, Action run)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < repetitions; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var stopwatch = Stopwatch.StartNew();
            run();
            stopwatch.Stop();
            if (stopwatch.Elapsed < best)
            {
                best = stopwatch.Elapsed;
            }
        }
        return best;
    }
}
