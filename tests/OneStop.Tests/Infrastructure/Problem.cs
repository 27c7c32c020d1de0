using System.Net;
using System.Text.Json;

namespace OneStop.Tests.Infrastructure;

/// <summary>Reads a ProblemDetails response and checks the policy every error must follow.</summary>
public sealed record Problem(HttpStatusCode Status, string Code, string Title, JsonElement Body)
{
    public static async Task<Problem> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json",
            $"{(int)response.StatusCode} without ProblemDetails: {text}");
        var body = JsonDocument.Parse(text).RootElement;
        var code = body.GetProperty("code").GetString()!;
        var title = body.GetProperty("title").GetString()!;
        Assert.Contains(title, c => c is >= '\u4e00' and <= '\u9fff');
        return new Problem(response.StatusCode, code, title, body);
    }

    public bool HasFieldError(string field) =>
        Body.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _);
}
