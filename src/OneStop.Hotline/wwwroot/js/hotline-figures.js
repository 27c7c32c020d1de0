// 热点与统计: draws each <div class="chart" data-chart-kind=… data-chart=JSON> with Apache ECharts (served by the
// product, no CDN). The data comes from the page's data attributes: no inline script (CSP).
(function () {
  'use strict';
  if (typeof echarts === 'undefined') return;
  var font = { fontFamily: 'system-ui, "Noto Sans CJK SC", sans-serif' };
  function option(kind, rows) {
    var names = rows.map(function (r) { return r.name; });
    if (kind === 'pie') {
      return { textStyle: font, tooltip: { trigger: 'item', formatter: '{b}：{c} 件（{d}%）' },
        series: [{ type: 'pie', radius: ['35%', '65%'], data: rows, label: { formatter: '{b}\n{c}' } }] };
    }
    if (kind === 'line') {
      return { textStyle: font, tooltip: { trigger: 'axis' }, grid: { left: 40, right: 16, top: 16, bottom: 40 },
        xAxis: { type: 'category', data: names }, yAxis: { type: 'value', minInterval: 1 },
        series: [{ type: 'line', name: '诉求量', smooth: true, areaStyle: {}, data: rows.map(function (r) { return r.value; }) }] };
    }
    if (kind === 'rates') {
      var series = [['signed', '按时签收率'], ['replied', '按时办结率'], ['satisfied', '满意率']].map(function (s) {
        return { type: 'bar', name: s[1], data: rows.map(function (r) { return r[s[0]]; }) };
      });
      return { textStyle: font, tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '—' : v + '%'; } },
        legend: { top: 0 }, grid: { left: 40, right: 16, top: 36, bottom: 90 },
        xAxis: { type: 'category', data: names.map(function (n) { return n.replace(/^广州市(天河区)?/, ''); }), axisLabel: { rotate: 30, interval: 0 } },
        yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } }, series: series };
    }
    return { textStyle: font, tooltip: { trigger: 'axis' }, grid: { left: 40, right: 16, top: 16, bottom: 70 },
      xAxis: { type: 'category', data: names, axisLabel: { rotate: 30, interval: 0 } }, yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: '诉求量', data: rows.map(function (r) { return r.value; }) }] };
  }
  var charts = [];
  document.querySelectorAll('.chart[data-chart]').forEach(function (el) {
    var rows = JSON.parse(el.getAttribute('data-chart') || '[]');
    if (rows.length === 0) { el.textContent = '本期无数据'; return; }
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption(option(el.getAttribute('data-chart-kind'), rows));
    el.setAttribute('data-drawn', 'true');
    charts.push(chart);
  });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
})();
