// The knowledge search panel (Pages/Shared/_KnowledgeSearch.cshtml): asks /api/hotline/knowledge/search and lists the
// hits in place. Every text goes in with textContent, never as HTML: titles and answers are typed by people.
"use strict";
(function () {
    for (const panel of document.querySelectorAll("[data-knowledge-search]")) {
        const form = panel.querySelector("form");
        const status = panel.querySelector("[data-kb-status]");
        const list = panel.querySelector("[data-kb-hits]");
        form.addEventListener("submit", async function (event) {
            event.preventDefault();
            const q = form.elements.q.value.trim();
            if (!q) { status.textContent = "请输入要检索的内容"; return; }
            const params = new URLSearchParams({ q: q });
            if (form.elements.region.value) params.set("region", form.elements.region.value);
            status.textContent = "正在检索…";
            list.replaceChildren();
            let response;
            try {
                response = await fetch("/api/hotline/knowledge/search?" + params, { headers: { Accept: "application/json" }, credentials: "same-origin" });
            } catch {
                status.textContent = "检索失败，请检查网络后重试";
                return;
            }
            if (!response.ok) {
                const problem = await response.json().catch(() => null);
                status.textContent = (problem && problem.title) || "检索失败，请稍后重试";
                return;
            }
            const result = await response.json();
            status.textContent = result.hits.length ? "找到 " + result.hits.length + " 条" : "没有找到相关的知识或办事指南";
            for (const hit of result.hits) list.append(render(hit));
        });
    }

    function render(hit) {
        const item = document.createElement("li");
        item.className = "kb-hit" + (hit.expired ? " expired" : "");
        item.dataset.test = "kb-hit";
        const kind = document.createElement("span");
        kind.className = "kb-kind kb-kind-" + hit.kind;
        kind.textContent = hit.kindName;
        const link = document.createElement("a");
        link.href = hit.link;
        link.textContent = hit.title;
        link.target = "_blank";
        link.rel = "noopener";
        const head = document.createElement("div");
        head.append(kind, " ", link);
        item.append(head);
        if (hit.expiryWarning) {
            const warning = document.createElement("p");
            warning.className = "warning";
            warning.textContent = hit.expiryWarning;
            item.append(warning);
        }
        const snippet = document.createElement("p");
        snippet.className = "kb-snippet";
        snippet.textContent = hit.snippet;
        item.append(snippet);
        if (hit.departmentName) {
            const from = document.createElement("p");
            from.className = "hint";
            from.textContent = hit.departmentName;
            item.append(from);
        }
        return item;
    }
})();
