using System.Text.Json;
using System.Text.Json.Serialization;

namespace OneStop.Platform.Errors;

/// <summary>
/// Every string of every JSON request body passes here, so no endpoint can forget the control-character rule.
/// Throws a validation error (not a JsonException) so the client gets the rule's own code, not "malformed JSON".
/// </summary>
public sealed class ControlCharacterJsonConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        if (ControlCharacters.In(text))
            throw RequestValidationException.For("body", "提交的文本" + ControlCharacters.Message, ControlCharacters.Code);
        return text;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
