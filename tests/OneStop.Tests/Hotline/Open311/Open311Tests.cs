using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Hotline.Persistence;
using OneStop.Hotline.Tickets.Domain;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Hotline.Open311;

public sealed class Open311OnSqlite(SqliteFactory f) : Open311Tests(f), IClassFixture<SqliteFactory>;
public sealed class Open311OnPostgres(PostgresFactory f) : Open311Tests(f), IClassFixture<PostgresFactory>;

/// <summary>
/// Open311 GeoReport v2 as a client sees it (wiki.open311.org/GeoReport_v2): the taxonomy's leaves as services, a
/// request posted with an api_key and read back, the standard filters, the specification's errors, JSON and XML.
/// </summary>
public abstract class Open311Tests(OneStopFactory factory) : ApiTests(factory)
{
    public const string ApiKey = "demo-open311-key";
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JsonElement> JsonAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Factory.Anonymous().GetAsync(url, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement;
    }

    private async Task<XElement> XmlAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Factory.Anonymous().GetAsync(url, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", text);
        return XDocument.Parse(text).Root!;
    }

    private static Dictionary<string, string> Form(string serviceCode = "010101", string description = "天河路 385 号门前人行道井盖松动，行人踩上去会翻",
        params (string Key, string Value)[] more)
    {
        var form = new Dictionary<string, string>
        {
            ["api_key"] = ApiKey, ["service_code"] = serviceCode, ["lat"] = "23.1372", ["long"] = "113.3245",
            ["address_string"] = "天河区天河路 385 号", ["description"] = description, ["first_name"] = "小明", ["last_name"] = "陈",
            ["phone"] = "13800138123", ["attribute[region_code]"] = "440106", ["attribute[request_type]"] = "Complaint",
        };
        foreach (var (k, v) in more) form[k] = v;
        return form;
    }

    private async Task<HttpResponseMessage> PostAsync(Dictionary<string, string> form, string format = "json") =>
        await Factory.Anonymous().PostAsync($"/open311/v2/requests.{format}", new FormUrlEncodedContent(form), Ct);

    private async Task<string> PostedIdAsync(Dictionary<string, string> form)
    {
        var response = await PostAsync(form);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement[0].GetProperty("service_request_id").GetString()!;
    }

    [Fact]
    public async Task A_client_lists_every_third_level_category_as_a_service_in_json_and_xml()
    {
        var json = await JsonAsync("/open311/v2/services.json");
        Assert.Equal(517, json.GetArrayLength());
        var water = json.EnumerateArray().Single(s => s.GetProperty("service_name").GetString() == "自来水供应");
        Assert.Matches("^\\d{6}$", water.GetProperty("service_code").GetString());
        Assert.Equal("城乡建设", water.GetProperty("group").GetString());
        Assert.Equal("realtime", water.GetProperty("type").GetString());
        Assert.True(water.GetProperty("metadata").GetBoolean());
        Assert.Equal("gz.12345.gov.cn", water.GetProperty("jurisdiction_id").GetString());

        var xml = await XmlAsync("/open311/v2/services.xml");
        Assert.Equal("services", xml.Name.LocalName);
        Assert.Equal(517, xml.Elements("service").Count());
        var x = xml.Elements("service").Single(s => (string?)s.Element("service_name") == "自来水供应");
        Assert.Equal(water.GetProperty("service_code").GetString(), (string?)x.Element("service_code"));
        Assert.Equal("true", (string?)x.Element("metadata"));
    }

    [Fact]
    public async Task A_client_reads_a_service_definition_with_its_attributes()
    {
        var json = await JsonAsync("/open311/v2/services/010101.json");
        Assert.Equal("010101", json.GetProperty("service_code").GetString());
        var type = json.GetProperty("attributes").EnumerateArray().Single(a => a.GetProperty("code").GetString() == "request_type");
        Assert.Equal("singlevaluelist", type.GetProperty("datatype").GetString());
        Assert.Contains(type.GetProperty("values").EnumerateArray(),
            v => v.GetProperty("key").GetString() == "Complaint" && v.GetProperty("name").GetString() == "投诉");

        var xml = await XmlAsync("/open311/v2/services/010101.xml");
        Assert.Equal("service_definition", xml.Name.LocalName);
        Assert.Equal(2, xml.Element("attributes")!.Elements("attribute").Count());
        Assert.Equal(6, xml.Element("attributes")!.Elements("attribute").First().Element("values")!.Elements("value").Count());
    }

    [Fact]
    public async Task An_unknown_service_is_a_404_in_the_specifications_error_format()
    {
        var json = await JsonAsync("/open311/v2/services/999999.json", HttpStatusCode.NotFound);
        Assert.Equal(404, json[0].GetProperty("code").GetInt32());
        Assert.Contains("service_code", json[0].GetProperty("description").GetString());

        var xml = await XmlAsync("/open311/v2/services/01.xml", HttpStatusCode.NotFound);
        Assert.Equal("errors", xml.Name.LocalName);
        Assert.Equal("404", (string?)xml.Element("error")!.Element("code"));
    }

    [Fact]
    public async Task A_client_posts_a_request_and_reads_it_back_as_an_open_ticket()
    {
        var response = await PostAsync(Form());
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        var posted = JsonDocument.Parse(text).RootElement[0];
        var id = posted.GetProperty("service_request_id").GetString()!;
        Assert.Matches(@"^12345-\d{8}-\d{6}$", id);
        Assert.Contains(id, posted.GetProperty("service_notice").GetString());

        var read = (await JsonAsync($"/open311/v2/requests/{id}.json"))[0];
        Assert.Equal(id, read.GetProperty("service_request_id").GetString());
        Assert.Equal("open", read.GetProperty("status").GetString());
        Assert.Equal("待派单", read.GetProperty("status_notes").GetString());
        Assert.Equal("010101", read.GetProperty("service_code").GetString());
        Assert.Equal("天河路 385 号门前人行道井盖松动，行人踩上去会翻", read.GetProperty("description").GetString());
        Assert.Equal("天河区天河路 385 号", read.GetProperty("address").GetString());
        Assert.Equal(23.1372, read.GetProperty("lat").GetDouble());
        Assert.Equal("2026-11-23T09:00:00+08:00", read.GetProperty("requested_datetime").GetString());
        // Never the requester: no name, no phone anywhere in the public answer.
        var all = read.GetRawText();
        Assert.DoesNotContain("13800138123", all);
        Assert.DoesNotContain("陈小明", all);

        // The centre sees it as an APP request registered by the client, in the district the client named.
        var (request, ticket) = await Factory.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HotlineDbContext>();
            var r = await db.Set<HotlineRequest>().AsNoTracking().SingleAsync(x => x.Number == id, Ct);
            return (r, await db.Set<Ticket>().AsNoTracking().SingleAsync(t => t.Id == r.TicketId, Ct));
        });
        Assert.Equal(IntakeChannel.App, request.Channel);
        Assert.Equal("陈小明", request.RequesterName);
        Assert.Equal("演示应用", request.ReceivedBy);
        Assert.Equal("440106", ticket.RegionCode);
        Assert.Equal(RequestType.Complaint, ticket.Type);
        Assert.Equal("010101", ticket.CategoryCode);

        var xml = await XmlAsync($"/open311/v2/requests/{id}.xml");
        Assert.Equal("service_requests", xml.Name.LocalName);
        Assert.Equal(id, (string?)xml.Element("request")!.Element("service_request_id"));
        Assert.Equal("open", (string?)xml.Element("request")!.Element("status"));
    }

    [Fact]
    public async Task A_request_posted_in_xml_answers_in_xml()
    {
        var response = await PostAsync(Form("010102"), "xml");
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        var root = XDocument.Parse(text).Root!;
        Assert.Equal("service_requests", root.Name.LocalName);
        Assert.Matches(@"^12345-\d{8}-\d{6}$", (string?)root.Element("request")!.Element("service_request_id"));
    }

    [Fact]
    public async Task Posting_without_a_valid_api_key_is_refused_with_403()
    {
        var form = Form();
        form.Remove("api_key");
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(form)).StatusCode);
        form["api_key"] = ApiKey + "x";
        var response = await PostAsync(form, "xml");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).Root!;
        Assert.Equal("errors", xml.Name.LocalName);
        Assert.Equal("403", (string?)xml.Element("error")!.Element("code"));
    }

    [Fact]
    public async Task Another_jurisdiction_is_not_found_and_ours_is_accepted()
    {
        var other = await PostAsync(Form(more: ("jurisdiction_id", "sz.12345.gov.cn")));
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        var body = JsonDocument.Parse(await other.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Contains("jurisdiction_id", body[0].GetProperty("description").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await Factory.Anonymous().GetAsync("/open311/v2/services.json?jurisdiction_id=bj.gov.cn", Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await PostAsync(Form(more: ("jurisdiction_id", "gz.12345.gov.cn")))).StatusCode);
    }

    [Theory]
    [InlineData("service_code", "", "service_code")]
    [InlineData("service_code", "0101", "service_code")]
    [InlineData("phone", "12345", "phone")]
    [InlineData("attribute[request_type]", "Pothole", "request_type")]
    [InlineData("attribute[region_code]", "310101", "region_code")]
    [InlineData("lat", "north", "lat")]
    public async Task A_bad_field_is_a_400_naming_the_field_and_nothing_is_registered(string field, string value, string named)
    {
        var description = "坏字段测试 " + Guid.NewGuid().ToString("N");
        var response = await PostAsync(Form(description: description, more: (field, value)));
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden, text);
        var error = JsonDocument.Parse(text).RootElement[0];
        Assert.Equal((int)response.StatusCode, error.GetProperty("code").GetInt32());
        Assert.Contains(named, text);
        var found = await JsonAsync("/open311/v2/requests.json");
        Assert.DoesNotContain(found.EnumerateArray(), r => r.GetProperty("description").GetString() == description);
    }

    [Fact]
    public async Task A_request_without_a_location_is_refused()
    {
        var form = Form();
        form.Remove("lat");
        form.Remove("long");
        form.Remove("address_string");
        var response = await PostAsync(form);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("address_string", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task The_request_list_filters_by_id_service_and_status()
    {
        var a = await PostedIdAsync(Form("020101", "过滤测试甲：小区门口垃圾三天没人收"));
        var b = await PostedIdAsync(Form("020102", "过滤测试乙：路边绿化带杂草丛生"));

        var both = await JsonAsync($"/open311/v2/requests.json?service_request_id={a},{b}");
        Assert.Equal([a, b], both.EnumerateArray().Select(r => r.GetProperty("service_request_id").GetString()!).Order());

        var byCode = await JsonAsync("/open311/v2/requests.json?service_code=020102");
        var ids = byCode.EnumerateArray().Select(r => r.GetProperty("service_request_id").GetString()).ToList();
        Assert.Contains(b, ids);
        Assert.DoesNotContain(a, ids);

        var open = await JsonAsync("/open311/v2/requests.json?status=open");
        Assert.Contains(open.EnumerateArray(), r => r.GetProperty("service_request_id").GetString() == a);
        var closed = await JsonAsync("/open311/v2/requests.json?status=closed");
        Assert.DoesNotContain(closed.EnumerateArray(), r => r.GetProperty("service_request_id").GetString() == a);
        Assert.All(closed.EnumerateArray(), r => Assert.Equal("closed", r.GetProperty("status").GetString()));

        // The window: the default is the last 90 days; a window that ended before the requests finds neither.
        var before = await JsonAsync("/open311/v2/requests.json?start_date=2026-09-01T00:00:00%2B08:00&end_date=2026-11-01T00:00:00%2B08:00");
        Assert.DoesNotContain(before.EnumerateArray(), r => r.GetProperty("service_request_id").GetString() == a);
        var around = await JsonAsync("/open311/v2/requests.json?start_date=2026-11-23T00:00:00%2B08:00&end_date=2026-11-24T00:00:00Z");
        Assert.Contains(around.EnumerateArray(), r => r.GetProperty("service_request_id").GetString() == a);
    }

    [Theory]
    [InlineData("status=pending")]
    [InlineData("start_date=yesterday")]
    [InlineData("start_date=2026-11-23T00:00:00Z&end_date=2026-11-01T00:00:00Z")]
    [InlineData("start_date=2026-01-01T00:00:00Z&end_date=2026-11-01T00:00:00Z")]
    public async Task A_bad_filter_is_a_400(string query)
    {
        var json = await JsonAsync("/open311/v2/requests.json?" + query, HttpStatusCode.BadRequest);
        Assert.Equal(400, json[0].GetProperty("code").GetInt32());
        var xml = await XmlAsync("/open311/v2/requests.xml?" + query, HttpStatusCode.BadRequest);
        Assert.Equal("400", (string?)xml.Element("error")!.Element("code"));
    }

    [Fact]
    public async Task Confidential_requests_are_not_public_and_phones_in_texts_are_masked()
    {
        var agent = await Factory.SignedInAsync("agent");
        var secret = await agent.PostAsJsonAsync("/api/hotline/requests", new
        {
            type = "Report", text = "举报天河区某工地夜间施工扰民，请为我保密", requesterName = "匿名者", phone = "13900139111",
            anonymous = false, confidential = true, regionCode = "440106",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, secret.StatusCode);
        var secretNumber = (await secret.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("requestNumber").GetString();
        Assert.Equal(HttpStatusCode.NotFound, (await Factory.Anonymous().GetAsync($"/open311/v2/requests/{secretNumber}.json", Ct)).StatusCode);

        var id = await PostedIdAsync(Form(description: "井盖又松了，联系我 13712345678"));
        var read = (await JsonAsync($"/open311/v2/requests/{id}.json"))[0];
        Assert.Equal("井盖又松了，联系我 137****5678", read.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Discovery_names_the_v2_endpoint_and_both_formats()
    {
        var json = await JsonAsync("/open311/v2/discovery.json");
        var endpoint = json.GetProperty("endpoints")[0];
        Assert.Equal("http://wiki.open311.org/GeoReport_v2", endpoint.GetProperty("specification").GetString());
        Assert.EndsWith("/open311/v2", endpoint.GetProperty("url").GetString());
        Assert.Contains("application/json", endpoint.GetProperty("formats").EnumerateArray().Select(f => f.GetString()));

        var xml = await XmlAsync("/open311/v2/discovery.xml");
        Assert.Equal("discovery", xml.Name.LocalName);
        Assert.Equal(["text/xml", "application/json"],
            xml.Element("endpoints")!.Element("endpoint")!.Element("formats")!.Elements("format").Select(f => f.Value));
    }

    [Fact]
    public async Task An_unknown_format_is_not_found()
    {
        var response = await Factory.Anonymous().GetAsync("/open311/v2/services.csv", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
