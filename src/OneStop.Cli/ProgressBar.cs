namespace OneStop.Cli;

/// <summary>A one-line progress bar on stderr, so stdout stays clean for scripts.</summary>
public sealed class ProgressBar(TextWriter output, string label) : IProgress<(int Done, int Total)>
{
    private int _lastPercent = -1;

    public void Report((int Done, int Total) value)
    {
        var percent = value.Total == 0 ? 100 : (int)(100L * value.Done / value.Total);
        if (percent == _lastPercent) return;
        _lastPercent = percent;
        var filled = percent / 4;
        output.Write($"\r{label} [{new string('#', filled)}{new string('.', 25 - filled)}] {percent,3}% ({value.Done}/{value.Total})");
        if (value.Done >= value.Total) output.WriteLine();
    }
}
