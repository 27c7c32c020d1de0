using System.Globalization;

namespace OneStop.Bench;

/// <summary>The figures one scenario printed on a single line, and whether its results could be trusted.</summary>
internal sealed class BenchReport(string scenario)
{
    private readonly List<string> _parts = [scenario];

    public bool Failed { get; private set; }

    public void Figure(string name, long value) => Add(name, value.ToString(CultureInfo.InvariantCulture));

    public void Milliseconds(string name, TimeSpan elapsed) =>
        Add(name, string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalMilliseconds:F1}ms"));

    /// <summary>How many times faster the candidate is than the baseline measured in the same run.</summary>
    public void SpeedUp(TimeSpan baseline, TimeSpan candidate) =>
        Add("speed-up", string.Create(CultureInfo.InvariantCulture, $"{baseline / candidate:F1}x"));

    public void Note(string text) => _parts.Add(text);

    /// <summary>Marks the run as failed (e.g. results differ from the baseline): the harness exits non-zero.</summary>
    public void Fail(string reason)
    {
        Failed = true;
        _parts.Add($"FAILED: {reason}");
    }

    public override string ToString() => string.Join("  ", _parts);

    private void Add(string name, string value) => _parts.Add($"{name}={value}");
}
