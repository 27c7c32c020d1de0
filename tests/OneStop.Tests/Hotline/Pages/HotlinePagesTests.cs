using System.Net;
using System.Net.Http.Json;
using OneStop.Tests.Http;
using OneStop.Tests.Infrastructure;
using static OneStop.Tests.Hotline.Pages.HotlinePageForms;

namespace OneStop.Tests.Hotline.Pages;

public sealed class HotlinePagesOnSqlite(SqliteFactory f) : HotlinePagesTests(f), IClassFixture<SqliteFactory>;
public sealed class HotlinePagesOnPostgres(PostgresFactory f) : HotlinePagesTests(f), IClassFixture<PostgresFactory>;

/// <summary>
/// The hotline's staff pages over HTTP, posted as a browser without script: each workbench opens for its roles
/// only, the console registers with post-redirect-get and keeps what was typed on a refusal, every action on the
/// ticket page redirects, destructive ones ask first, and what callers typed is shown escaped.
/// </summary>
public abstract class HotlinePagesTests(OneStopFactory factory) : ApiTests(factory)
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Console = "/workbench/hotline/console";

    [Fact]
    public async Task Each_hotline_workbench_opens_for_its_roles_and_sends_the_others_to_the_forbidden_page()
    {
        var pages = new (string Page, string[] Allowed, string[] Refused)[]
        {
            (Console, ["agent", "dispatcher"], ["handler", "supervisor", "clerk"]),
            ("/workbench/hotline/dispatch", ["dispatcher"], ["agent", "handler", "supervisor"]),
            ("/workbench/hotline/department", ["handler"], ["agent", "dispatcher", "supervisor"]),
            ("/workbench/hotline/callbacks", ["agent", "dispatcher"], ["handler", "supervisor"]),
            ("/workbench/hotline/supervision", ["supervisor"], ["agent", "dispatcher", "handler"]),
        };
        var clients = new Dictionary<string, HttpClient>();
        foreach (var user in new[] { "agent", "dispatcher", "handler", "supervisor", "clerk" }) clients[user] = await Factory.SignedInAsync(user);
        foreach (var (page, allowed, refused) in pages)
        {
            foreach (var user in allowed)
            {
                var response = await clients[user].GetAsync(page, Ct);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{user} {page}: {response.StatusCode}");
                var html = await response.Content.ReadAsStringAsync(Ct);
                Assert.Contains("<h1>", html);
                Assert.DoesNotContain("ToDispatch<", html);
            }
            foreach (var user in refused)
            {
                var response = await clients[user].GetAsync(page, Ct);
                Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString == "/forbidden",
                    $"{user} {page}: {response.StatusCode} {response.Headers.Location}");
            }
        }
        var anonymous = await Factory.Anonymous().GetAsync(Console, Ct);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/login?ReturnUrl=", anonymous.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_dispatcher_pages_through_more_tickets_to_dispatch_than_a_page_holds()
    {
        await using var own = await Factory.WithOwnClockAsync(); // an installation of its own: the queue's length is known
        var agent = await own.Factory.SignedInAsync("agent");
        for (var i = 0; i <= OneStop.Hotline.Tickets.Reading.ReadTickets.PageSize; i++)
            await RegisterAsync(agent, $"天河路{i + 1}号门口自来水管爆裂，水一直往外冒", $"138001380{i:00}");
        var dispatcher = await own.Factory.SignedInAsync("dispatcher");
        var total = (await dispatcher.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/hotline/tickets?queue=ToDispatch", Ct))
            .GetProperty("total").GetInt32();
        var pages = (total + OneStop.Hotline.Tickets.Reading.ReadTickets.PageSize - 1) / OneStop.Hotline.Tickets.Reading.ReadTickets.PageSize;
        Assert.True(pages >= 2, $"{total} tickets to dispatch");

        var first = await dispatcher.GetStringAsync("/workbench/hotline/dispatch?tab=ToDispatch", Ct);
        var second = await dispatcher.GetStringAsync("/workbench/hotline/dispatch?tab=ToDispatch&page=2", Ct);

        Assert.Contains($"第 1 / {pages} 页", first);
        Assert.Contains($"第 2 / {pages} 页", second);
        var links = new System.Text.RegularExpressions.Regex("/workbench/hotline/tickets/(\\d+)\" data-test=\"ticket-link\"");
        var onFirst = links.Matches(first).Select(m => m.Groups[1].Value).ToHashSet();
        var onSecond = links.Matches(second).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Equal(OneStop.Hotline.Tickets.Reading.ReadTickets.PageSize, onFirst.Count);
        Assert.NotEmpty(onSecond);
        Assert.Empty(onFirst.Intersect(onSecond));
    }

    [Fact]
    public async Task The_workbench_home_links_each_hotline_role_to_its_pages()
    {
        foreach (var (user, link) in new[] { ("agent", Console), ("dispatcher", "/workbench/hotline/dispatch"),
                     ("handler", "/workbench/hotline/department"), ("supervisor", "/workbench/hotline/supervision") })
            Assert.Contains($"href=\"{link}\"", await (await Factory.SignedInAsync(user)).GetStringAsync("/workbench", Ct));
    }

    [Fact]
    public async Task Registering_a_call_on_the_console_redirects_to_the_acknowledgment_with_the_request_number()
    {
        var agent = await Factory.SignedInAsync("agent");
        var response = await PostAsync(agent, Console, "Register", Complaint);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var address = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/workbench/hotline/requests/", address);
        var number = Uri.UnescapeDataString(address["/workbench/hotline/requests/".Length..]);
        var ack = await agent.GetStringAsync(address, Ct);
        Assert.Contains($"data-test=\"request-number\">{number}<", ack);
        Assert.Contains($"您的诉求已受理，编号 {number}。", ack);
        Assert.Contains("待派单", ack);
        Assert.Contains("城乡建设 / 城市建设和市政管理 / 自来水供应", ack);
        // A reload shows the same receipt (the acknowledgment is not lost with the one-time message).
        Assert.Contains($"编号 {number}", await agent.GetStringAsync(address, Ct));
    }

    [Fact]
    public async Task A_refused_intake_keeps_what_was_typed_and_names_the_fields_in_Chinese()
    {
        var agent = await Factory.SignedInAsync("agent");
        var before = await TotalAsync(agent);
        var fields = Complaint.Where(f => f.Item1 is not ("Input.Phone" or "Input.Latitude"))
            .Append(("Input.Phone", "12345")).Append(("Input.Latitude", "北纬")).Append(("Input.Longitude", "113.3"))
            .Select(f => f.Item1 == "Input.Address" ? (f.Item1, "天河路 <b>385</b> 号") : f).ToList();
        var response = await PostAsync(agent, Console, "Register", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("纬度：纬度应为数字", html);
        Assert.Contains("value=\"12345\"", html);
        Assert.Contains("天河路 &lt;b&gt;385&lt;/b&gt; 号", html);
        Assert.Contains(">天河路385号门口自来水管爆裂，水一直往外冒</textarea>", html);
        Assert.Contains("<option value=\"010216\" data-parent=\"0102\" selected=\"selected\">", html);

        var phone = await PostAsync(agent, Console, "Register", Complaint.Where(f => f.Item1 != "Input.Phone").Append(("Input.Phone", "12345")));
        var phoneHtml = await phone.Content.ReadAsStringAsync(Ct);
        Assert.Contains("联系电话：联系电话格式不正确", phoneHtml);
        Assert.DoesNotContain("phone：", phoneHtml);
        Assert.Equal(before, await TotalAsync(agent));
    }

    [Fact]
    public async Task Script_tags_a_caller_dictates_are_shown_escaped_on_every_hotline_page()
    {
        var agent = await Factory.SignedInAsync("agent");
        const string script = "<script>alert('x')</script>";
        var response = await PostAsync(agent, Console, "Register", Complaint
            .Select(f => f.Item1 is "Input.RequesterName" or "Input.Title" or "Input.Address" ? (f.Item1, script) : f)
            .Select(f => f.Item1 == "Input.Text" ? (f.Item1, "门口水管爆裂 " + script) : f));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var ack = await agent.GetStringAsync(response.Headers.Location!.OriginalString, Ct);
        var id = long.Parse(System.Text.RegularExpressions.Regex.Match(ack, @"/workbench/hotline/tickets/(\d+)").Groups[1].Value);
        var dispatcher = await Factory.SignedInAsync("dispatcher");
        foreach (var (who, page) in new[] { (agent, $"/workbench/hotline/tickets/{id}"), (dispatcher, $"/workbench/hotline/tickets/{id}"),
                     (dispatcher, "/workbench/hotline/dispatch?tab=ToDispatch") })
        {
            var html = await who.GetStringAsync(page, Ct);
            Assert.DoesNotContain(script, html);
            Assert.DoesNotContain("<script>alert", html);
            Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", html);
        }
    }

    [Fact]
    public async Task Dispatching_without_a_main_department_names_it_keeps_the_opinion_and_leaves_the_ticket_waiting()
    {
        var ticket = await RegisterAsync(await Factory.SignedInAsync("agent"));
        var id = ticket.GetProperty("ticketId").GetInt64();
        var dispatcher = await Factory.SignedInAsync("dispatcher");
        var response = await PostAsync(dispatcher, $"/workbench/hotline/tickets/{id}", "Dispatch",
            [("Input.DepartmentId", ""), ("Input.Note", "请尽快处置 <i>抢修</i>"), ("Input.CategoryCode", "010216"), ("Input.Urgency", "Urgent")]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("主办单位：请选择主办单位", html);
        Assert.Contains("请尽快处置 &lt;i&gt;抢修&lt;/i&gt;</textarea>", html);
        Assert.Contains("<option value=\"Urgent\" selected=\"selected\">", html);
        Assert.Equal("Registered", (await TicketAsync(dispatcher, id)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task The_dispatcher_dispatches_and_the_handler_signs_and_replies_with_a_file_each_by_post_redirect_get()
    {
        var agent = await Factory.SignedInAsync("agent");
        var id = (await RegisterAsync(agent)).GetProperty("ticketId").GetInt64();
        var page = $"/workbench/hotline/tickets/{id}";
        var dispatcher = await Factory.SignedInAsync("dispatcher");
        var zjj = await DepartmentIdAsync(Factory, "广州市天河区住房和城乡建设局");
        var dispatchPage = await dispatcher.GetStringAsync(page, Ct);
        Assert.Contains($"<option value=\"{zjj}\">广州市天河区住房和城乡建设局</option>", dispatchPage);
        Assert.Contains("data-test=\"dispatch-suggestion\"", dispatchPage);
        var dispatched = await PostAsync(dispatcher, page, "Dispatch", [("Input.DepartmentId", zjj.ToString()), ("Input.Note", "请抢修")], dispatchPage);
        AssertRedirectedTo(dispatched, $"{page}?done=dispatched");
        Assert.Contains("已派单", await dispatcher.GetStringAsync(dispatched.Headers.Location!.OriginalString, Ct));

        var handler = await Factory.SignedInAsync("handler");
        Assert.Contains($"href=\"{page}\"", await handler.GetStringAsync("/workbench/hotline/department?tab=ToSign", Ct));
        AssertRedirectedTo(await PostAsync(handler, page, "Sign", []), $"{page}?done=signed");
        Assert.Equal("Handling", (await TicketAsync(handler, id)).GetProperty("state").GetString());

        // 答复 is multipart (text and files), as the page's form posts it.
        var html = await handler.GetStringAsync(page, Ct);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Cases.Pages.ApplicantPages.Token(html)), "__RequestVerificationToken" },
            { new StringContent(System.Text.RegularExpressions.Regex.Match(html, "name=\"Input.Revision\" value=\"(\\d+)\"").Groups[1].Value), "Input.Revision" },
            { new StringContent("已抢修完毕，恢复供水。"), "Input.ReplyText" },
        };
        var file = new ByteArrayContent(System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n% repaired\n%%EOF\n"));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        form.Add(file, "files", "抢修完成.pdf");
        var replied = await handler.PostAsync($"{page}?handler=Reply", form, Ct);
        AssertRedirectedTo(replied, $"{page}?done=replied");
        var after = await TicketAsync(handler, id);
        Assert.Equal("Replied", after.GetProperty("state").GetString());
        Assert.Equal("已抢修完毕，恢复供水。", after.GetProperty("reply").GetProperty("text").GetString());
        Assert.Equal("抢修完成.pdf", after.GetProperty("reply").GetProperty("attachments")[0].GetProperty("fileName").GetString());
        Assert.Contains("抢修完成.pdf</a>", await handler.GetStringAsync(page, Ct));
    }

    [Fact]
    public async Task Replying_without_text_names_the_reply_and_keeps_the_ticket_in_handling()
    {
        var (id, handler) = await HandlingAsync();
        var response = await PostAsync(handler, $"/workbench/hotline/tickets/{id}", "Reply", [("Input.ReplyText", "  ")]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("答复内容：请填写答复内容", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("Handling", (await TicketAsync(handler, id)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Merging_on_the_ticket_page_asks_for_confirmation_first_and_merges_only_when_confirmed()
    {
        var agent = await Factory.SignedInAsync("agent");
        var first = await RegisterAsync(agent);
        var second = await RegisterAsync(agent, "天河路 385 号门前供水管破了在喷水", "13900139000", "李四");
        var id = first.GetProperty("ticketId").GetInt64();
        var page = $"/workbench/hotline/tickets/{id}";
        var secondNumber = second.GetProperty("requestNumber").GetString()!;

        var ask = await PostAsync(agent, page, "Merge", [("Input.MergeNumber", secondNumber)]);
        var panel = await ask.Content.ReadAsStringAsync(Ct);
        Assert.Contains("data-test=\"confirm-merge\"", panel);
        Assert.Contains(secondNumber, panel);
        Assert.Single((await TicketAsync(agent, id)).GetProperty("requests").EnumerateArray());

        var confirmed = await PostAsync(agent, page, "Merge", [("Input.MergeNumber", secondNumber), ("Input.Confirmed", "true")], panel);
        AssertRedirectedTo(confirmed, $"{page}?done=merged");
        Assert.Equal(2, (await TicketAsync(agent, id)).GetProperty("requests").GetArrayLength());
        Assert.Equal("Merged", (await TicketAsync(agent, second.GetProperty("ticketId").GetInt64())).GetProperty("state").GetString());

        // 拆单 of the merged request: asked, then confirmed; it waits for dispatch on its own again.
        var requestId = (await TicketAsync(agent, id)).GetProperty("requests").EnumerateArray()
            .First(r => r.GetProperty("number").GetString() == secondNumber).GetProperty("id").GetInt64();
        var splitAsk = await PostAsync(agent, page, "Split", [("Input.SplitRequestId", requestId.ToString()), ("Input.SplitReason", "不是同一处")]);
        var splitPanel = await splitAsk.Content.ReadAsStringAsync(Ct);
        Assert.Contains("data-test=\"confirm-split\"", splitPanel);
        AssertRedirectedTo(await PostAsync(agent, page, "Split",
            [("Input.SplitRequestId", requestId.ToString()), ("Input.SplitReason", "不是同一处"), ("Input.Confirmed", "true")], splitPanel), $"{page}?done=split");
        Assert.Single((await TicketAsync(agent, id)).GetProperty("requests").EnumerateArray());
        Assert.Equal("Registered", (await TicketAsync(agent, second.GetProperty("ticketId").GetInt64())).GetProperty("state").GetString());
    }

    [Fact]
    public async Task An_unsatisfied_callback_without_a_reason_names_the_reason_and_keeps_the_choice()
    {
        var (id, handler) = await HandlingAsync();
        var page = $"/workbench/hotline/tickets/{id}";
        await handler.PostAsJsonAsync($"/api/hotline/tickets/{id}/reply", new { text = "已处理。" }, Ct);
        var agent = await Factory.SignedInAsync("agent");
        var callbacks = await agent.GetStringAsync("/workbench/hotline/callbacks", Ct);
        Assert.Contains($"href=\"{page}\"", callbacks);
        var ticketPage = await agent.GetStringAsync(page, Ct);
        Assert.Contains("138****8000", ticketPage);
        Assert.DoesNotContain("13800138000", ticketPage);
        var requestId = (await TicketAsync(agent, id)).GetProperty("requests")[0].GetProperty("id").GetInt64();
        var response = await PostAsync(agent, page, "Callback",
            [("Input.CallbackRequestId", requestId.ToString()), ("Input.CallbackResult", "Unsatisfied"), ("Input.CallbackComment", "")], ticketPage);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("回访说明：不满意时请记录诉求人不满意的原因", html);
        Assert.Contains("value=\"Unsatisfied\" checked=\"checked\"", html);
        Assert.Equal("Replied", (await TicketAsync(agent, id)).GetProperty("state").GetString());

        AssertRedirectedTo(await PostAsync(agent, page, "Callback",
            [("Input.CallbackRequestId", requestId.ToString()), ("Input.CallbackResult", "Satisfied")]), $"{page}?done=callback");
        Assert.Equal("Closed", (await TicketAsync(agent, id)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Acting_on_what_someone_else_has_changed_since_is_refused_and_nothing_is_written()
    {
        var id = (await RegisterAsync(await Factory.SignedInAsync("agent"))).GetProperty("ticketId").GetInt64();
        var page = $"/workbench/hotline/tickets/{id}";
        var dispatcher = await Factory.SignedInAsync("dispatcher");
        var seen = await dispatcher.GetStringAsync(page, Ct);
        var zjj = await DepartmentIdAsync(Factory, "广州市天河区住房和城乡建设局");
        // Meanwhile an agent merges another request of the same matter into it.
        var agent = await Factory.SignedInAsync("agent");
        var other = (await RegisterAsync(agent, "天河路 385 号门前供水管破了", "13900139000", "李四")).GetProperty("ticketId").GetInt64();
        (await agent.PostAsJsonAsync($"/api/hotline/tickets/{id}/merge", new { sourceTicketId = other }, Ct)).EnsureSuccessStatusCode();
        var response = await PostAsync(dispatcher, page, "Dispatch", [("Input.DepartmentId", zjj.ToString())], seen);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("该工单已被他人处理", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("Registered", (await TicketAsync(dispatcher, id)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_handler_of_another_department_gets_the_forbidden_page_for_the_ticket()
    {
        var id = (await RegisterAsync(await Factory.SignedInAsync("agent"))).GetProperty("ticketId").GetInt64();
        var dispatcher = await Factory.SignedInAsync("dispatcher");
        var cgj = await DepartmentIdAsync(Factory, "广州市天河区城市管理和综合执法局");
        (await dispatcher.PostAsJsonAsync($"/api/hotline/tickets/{id}/dispatch", new { departmentId = cgj }, Ct)).EnsureSuccessStatusCode();
        var handler = await Factory.SignedInAsync("handler");
        var response = await handler.GetAsync($"/workbench/hotline/tickets/{id}", Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/forbidden", response.Headers.Location?.OriginalString);
        Assert.DoesNotContain($"/workbench/hotline/tickets/{id}\"", await handler.GetStringAsync("/workbench/hotline/department?tab=ToSign", Ct));
    }

    private async Task<int> TotalAsync(HttpClient who) =>
        (await who.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/hotline/tickets?queue=All", Ct)).GetProperty("total").GetInt32();

    /// <summary>A registered complaint dispatched to 天河区住建局 and signed for by its handler.</summary>
    private async Task<(long Id, HttpClient Handler)> HandlingAsync()
    {
        var id = (await RegisterAsync(await Factory.SignedInAsync("agent"))).GetProperty("ticketId").GetInt64();
        var dispatcher = await Factory.SignedInAsync("dispatcher");
        var zjj = await DepartmentIdAsync(Factory, "广州市天河区住房和城乡建设局");
        (await dispatcher.PostAsJsonAsync($"/api/hotline/tickets/{id}/dispatch", new { departmentId = zjj }, Ct)).EnsureSuccessStatusCode();
        var handler = await Factory.SignedInAsync("handler");
        (await handler.PostAsJsonAsync($"/api/hotline/tickets/{id}/sign", new { }, Ct)).EnsureSuccessStatusCode();
        return (id, handler);
    }
}
