using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OneStop.Hotline.Tickets.Persistence;

/// <summary>
/// A ticket's structured parts (reply, extension, co-handlers, requester updates) as JSON columns, enums by name.
/// Compared by reference: the domain replaces these values (records and new lists), never mutates them.
/// </summary>
internal static class TicketJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Json<T>(PropertyBuilder<T> property) =>
        property.HasConversion(new ValueConverter<T, string>(
            v => JsonSerializer.Serialize(v, Options),
            s => JsonSerializer.Deserialize<T>(s, Options)!),
            new ValueComparer<T>((a, b) => ReferenceEquals(a, b),
                v => v == null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(v), v => v));
}
