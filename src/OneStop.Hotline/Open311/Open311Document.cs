using System.Text;
using System.Text.Json;
using System.Xml;
using Microsoft.AspNetCore.Http;

namespace OneStop.Hotline.Open311;

/// <summary>
/// One GeoReport v2 element with its fields in the specification's order. A field's value is a string, number, bool,
/// null, a nested <see cref="Open311Element"/> or an <see cref="Open311List"/>.
/// </summary>
public sealed record Open311Element(string Name, IReadOnlyList<KeyValuePair<string, object?>> Fields)
{
    public object? this[string key] => Fields.FirstOrDefault(f => f.Key == key).Value;
}

/// <summary>A repeated element: JSON array; XML &lt;root&gt;&lt;item/&gt;…&lt;/root&gt; (&lt;services&gt;&lt;service&gt;…).</summary>
public sealed record Open311List(string Root, IReadOnlyList<object?> Items);

/// <summary>
/// Writes a GeoReport document in the format the URL asked for (services.json / services.xml): the same tree gives the
/// JSON the clients parse and the XML the specification requires (UTF-8, declaration with encoding="UTF-8").
/// </summary>
public sealed class Open311Document(object root, Open311Format format, int status = 200) : IResult
{
    public object Root => root;

    public async Task ExecuteAsync(HttpContext http)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = format == Open311Format.Xml ? "text/xml; charset=utf-8" : "application/json; charset=utf-8";
        var bytes = format == Open311Format.Xml ? Xml(root) : Json(root);
        await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
    }

    public static byte[] Json(object root)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions
               { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            WriteJson(w, root);
        return stream.ToArray();
    }

    private static void WriteJson(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null: w.WriteNullValue(); break;
            case string s: w.WriteStringValue(s); break;
            case bool b: w.WriteBooleanValue(b); break;
            case int i: w.WriteNumberValue(i); break;
            case double d: w.WriteNumberValue(d); break;
            case Open311List list:
                w.WriteStartArray();
                foreach (var item in list.Items) WriteJson(w, item);
                w.WriteEndArray();
                break;
            case Open311Element e:
                w.WriteStartObject();
                foreach (var (key, v) in e.Fields)
                {
                    w.WritePropertyName(key);
                    WriteJson(w, v);
                }
                w.WriteEndObject();
                break;
            default: w.WriteStringValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)); break;
        }
    }

    public static byte[] Xml(object root)
    {
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        using (var w = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = true }))
            WriteXml(w, root switch
            {
                Open311Element e => e.Name,
                Open311List l => l.Root,
                _ => "response",
            }, root);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static void WriteXml(XmlWriter w, string name, object? value)
    {
        w.WriteStartElement(name);
        switch (value)
        {
            case null: break;
            case string s: w.WriteString(s); break;
            case bool b: w.WriteString(b ? "true" : "false"); break;
            case double d: w.WriteString(d.ToString("R", System.Globalization.CultureInfo.InvariantCulture)); break;
            case Open311List list:
                foreach (var item in list.Items)
                    WriteXml(w, item is Open311Element e ? e.Name : Singular(list.Root), item);
                break;
            case Open311Element e:
                foreach (var (key, v) in e.Fields) WriteXml(w, key, v);
                break;
            default: w.WriteString(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)); break;
        }
        w.WriteEndElement();
    }

    // Plain values in a list (discovery's formats) are named by the singular of the list: <formats><format>.
    private static string Singular(string root) => root.EndsWith('s') ? root[..^1] : root;
}

public enum Open311Format { Json, Xml }
