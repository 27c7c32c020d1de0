// The hotline's staff pages. Help only: every form works without this script (the server does all checks).
// 1. The 3-level 诉求分类 drop-downs narrow each level to the children of the level above.
// 2. On the agent console, as the agent types (debounced): 分类建议, 疑似重复诉求 (并入此工单) and the 知识库 search.
//    Each panel calls its /api endpoint and stays quiet when that endpoint is absent or refuses.
// Text from the server is always set as textContent, never as HTML.
(function () {
    'use strict';

    function el(tag, cls, text) {
        var e = document.createElement(tag);
        if (cls) e.className = cls;
        if (text !== undefined && text !== null) e.textContent = String(text);
        return e;
    }

    // ——— 1. category cascade ———
    function cascade(picker) {
        var selects = [1, 2, 3].map(function (l) { return picker.querySelector('select[data-level="' + l + '"]'); });
        var all = selects.map(function (s) {
            return Array.prototype.map.call(s.querySelectorAll('option'), function (o) {
                return { value: o.value, text: o.textContent, parent: o.getAttribute('data-parent') };
            }).filter(function (o) { return o.value; });
        });
        // With script the second level shows its own name only (the first level is chosen beside it).
        all[1].forEach(function (o) { var i = o.text.indexOf(' / '); if (i >= 0) o.text = o.text.substring(i + 3); });
        function fill(level, parent, chosen) {
            var s = selects[level];
            s.textContent = '';
            var blank = el('option', null, '（请选择）');
            blank.value = '';
            s.appendChild(blank);
            all[level].filter(function (o) { return parent && o.parent === parent; }).forEach(function (o) {
                var opt = el('option', null, o.text);
                opt.value = o.value;
                if (o.value === chosen) opt.selected = true;
                s.appendChild(opt);
            });
        }
        function set(code) {
            code = code || '';
            selects[0].value = code.substring(0, 2);
            fill(1, selects[0].value, code.substring(0, 4));
            fill(2, selects[1].value, code.length === 6 ? code : '');
        }
        var initial = selects[2].value || selects[1].value || selects[0].value;
        set(initial);
        selects[0].addEventListener('change', function () { fill(1, selects[0].value, ''); fill(2, '', ''); });
        selects[1].addEventListener('change', function () { fill(2, selects[1].value, ''); });
        picker.setCategory = set;
        picker.category = function () { return selects[2].value || selects[1].value || selects[0].value || null; };
    }

    // ——— 2. console panels ———
    var antiforgery = null;
    function headers() {
        if (antiforgery) return Promise.resolve(antiforgery);
        return fetch('/api/auth/antiforgery', { credentials: 'same-origin' }).then(function (r) { return r.json(); }).then(function (a) {
            antiforgery = { 'Content-Type': 'application/json' };
            antiforgery[a.headerName] = a.token;
            return antiforgery;
        });
    }
    function post(path, body) {
        return headers().then(function (h) {
            return fetch(path, { method: 'POST', credentials: 'same-origin', headers: h, body: JSON.stringify(body) });
        }).then(function (r) { return r.ok ? r.json() : null; }).catch(function () { return null; });
    }
    function debounce(fn, ms) {
        var t = null;
        return function () { clearTimeout(t); t = setTimeout(fn, ms); };
    }
    function panelBody(panel, empty) {
        var body = panel.querySelector('[data-body]');
        body.textContent = '';
        var hint = panel.querySelector('[data-empty]');
        if (hint) hint.hidden = !empty;
        return body;
    }
    function percent(x) { return typeof x === 'number' ? Math.round(x * 100) + '%' : ''; }

    function consolePanels(root) {
        var form = root.querySelector('#intake-form');
        var field = function (n) { return form.querySelector('[name="Input.' + n + '"]'); };
        var picker = form.querySelector('[data-category-picker]');
        var suggest = root.querySelector('#suggest-panel');
        var dups = root.querySelector('#duplicates-panel');
        var merge = field('MergeIntoNumber');
        var chosen = root.querySelector('#merge-chosen');
        function text() { return ((field('Title').value || '') + ' ' + (field('Text').value || '')).trim(); }
        function number(v) { var n = parseFloat(v); return isNaN(n) ? null : n; }

        function showMerge() {
            chosen.textContent = '';
            chosen.hidden = !merge.value;
            if (!merge.value) return;
            chosen.appendChild(document.createTextNode('登记时将并入工单 ' + merge.value + '（同一事项，办理结果同时答复诉求人）'));
            var cancel = el('button', null, '取消并单');
            cancel.type = 'button';
            cancel.addEventListener('click', function () { merge.value = ''; showMerge(); });
            chosen.appendChild(cancel);
        }
        merge.addEventListener('input', showMerge);
        showMerge();

        var runSuggest = debounce(function () {
            var t = text();
            if (t.length < 6) { panelBody(suggest, true); return; }
            post('/api/hotline/categories/suggest', { text: t }).then(function (s) {
                if (!s || !s.first) { panelBody(suggest, true); return; }
                var body = panelBody(suggest, false);
                var best = s.third || s.second || s.first;
                var line = el('p', null, (best.path || best.name) + ' ');
                line.appendChild(el('span', 'score', '可信度 ' + percent(s.confidence)));
                body.appendChild(line);
                var use = el('button', null, '采用');
                use.type = 'button';
                use.setAttribute('data-test', 'use-suggestion');
                use.addEventListener('click', function () { if (picker && picker.setCategory) picker.setCategory(best.code); runDups(); });
                body.appendChild(use);
                var alts = el('ul');
                (s.alternatives || []).slice(0, 3).forEach(function (a) {
                    var li = el('li', null, a.name + ' ');
                    li.appendChild(el('span', 'score', percent(a.score)));
                    var b = el('button', null, '采用');
                    b.type = 'button';
                    b.addEventListener('click', function () { if (picker && picker.setCategory) picker.setCategory(a.code); runDups(); });
                    li.appendChild(b);
                    alts.appendChild(li);
                });
                body.appendChild(alts);
            });
        }, 700);

        var runDups = debounce(function () {
            var t = text();
            var region = field('RegionCode').value;
            if (t.length < 6) { panelBody(dups, true); return; }
            post('/api/hotline/duplicates/check', {
                text: t, categoryCode: picker && picker.category ? picker.category() : null, regionCode: region || null,
                address: field('Address').value || null, latitude: number(field('Latitude').value), longitude: number(field('Longitude').value)
            }).then(function (d) {
                var list = d && d.proposals ? d.proposals : [];
                var body = panelBody(dups, list.length === 0);
                list.forEach(function (p) {
                    var li = el('li');
                    li.setAttribute('data-test', 'duplicate-proposal');
                    var head = el('p');
                    head.appendChild(el('strong', null, p.number));
                    head.appendChild(document.createTextNode(' ' + (p.stateName || '') + ' '));
                    head.appendChild(el('span', 'score', '相似度 ' + percent(p.score)));
                    li.appendChild(head);
                    if (p.title || p.text) li.appendChild(el('p', 'preview', p.title || (p.text.length > 80 ? p.text.substring(0, 80) + '…' : p.text)));
                    if (p.reasons && p.reasons.length) li.appendChild(el('p', 'score', p.reasons.join('；')));
                    var b = el('button', null, '并入此工单');
                    b.type = 'button';
                    b.setAttribute('data-test', 'merge-proposal');
                    b.addEventListener('click', function () { merge.value = p.number; showMerge(); });
                    li.appendChild(b);
                    body.appendChild(li);
                });
            });
        }, 700);

        ['Title', 'Text', 'Address', 'Latitude', 'Longitude'].forEach(function (n) {
            field(n).addEventListener('input', function () { runSuggest(); runDups(); });
        });
        field('RegionCode').addEventListener('change', runDups);
        if (picker) picker.addEventListener('change', runDups);
        if (text()) { runSuggest(); runDups(); }
    }

    document.addEventListener('DOMContentLoaded', function () {
        Array.prototype.forEach.call(document.querySelectorAll('[data-category-picker]'), cascade);
        var root = document.getElementById('hotline-console');
        if (root) consolePanels(root);
    });
})();
