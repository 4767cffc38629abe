// Xianzhi pages: charts from the data-chart / data-compare attributes, and the fact panel of the document view.
// Served from the jar; it reads only what the page carries and builds the DOM with textContent (never innerHTML).
(function () {
  'use strict';

  function go(params) {
    if (params && params.data && params.data.link) {
      window.location.href = params.data.link;
    }
  }

  function years(lists) {
    var seen = {};
    lists.forEach(function (list) { list.forEach(function (p) { seen[p.year] = true; }); });
    return Object.keys(seen).map(Number).sort(function (a, b) { return a - b; });
  }

  function aligned(points, xs) {
    var byYear = {};
    points.forEach(function (p) { byYear[p.year] = p; });
    return xs.map(function (y) {
      var p = byYear[y];
      return p ? { value: Number(p.value), link: p.link, asWritten: p.as_written } : null;
    });
  }

  // Every chart can be saved: PNG through ECharts' own toolbox button, SVG through a second button that renders the
  // same option once more with the SVG renderer, off screen, and downloads the markup.
  var TOOLBOX = { right: 10, top: 4, itemSize: 16, itemGap: 10 };
  var SVG_ICON = 'path://M4,2h12l6,6v18h-18z M16,2v6h6 M8,20l3,-8l3,8 M9,17h4';

  function saveName(el) {
    return 'xianzhi-' + (el.id || 'chart').replace(/^chart-/, '');
  }

  function download(name, type, text) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  function saveSvg(el, option) {
    var copy = Object.assign({}, option, { toolbox: { show: false } });
    var chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: el.clientWidth || 640, height: el.clientHeight || 320 });
    chart.setOption(copy);
    var svg = chart.renderToSVGString();
    chart.dispose();
    download(saveName(el) + '.svg', 'image/svg+xml', svg);
  }

  function toolbox(el, option) {
    var en = document.body.getAttribute('data-lang') === 'en';
    return Object.assign({}, TOOLBOX, {
      feature: {
        saveAsImage: { type: 'png', name: saveName(el), pixelRatio: 2, title: en ? 'Save as PNG' : '保存为PNG' },
        mySaveSvg: { show: true, title: en ? 'Save as SVG' : '保存为SVG', icon: SVG_ICON,
          onclick: function () { saveSvg(el, option); } }
      }
    });
  }

  function draw(el, option) {
    var chart = echarts.init(el);
    option.toolbox = toolbox(el, option);
    chart.setOption(option);
    chart.on('click', go);
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function axisName(unit) {
    return unit ? unit : '';
  }

  function seriesChart(el) {
    var s = JSON.parse(el.getAttribute('data-chart'));
    var xs = years([s.actuals, s.targets]);
    var series = [];
    if (s.actuals.length) {
      series.push({ name: s.actual_label, type: s.measure === 'value' ? 'bar' : 'line', data: aligned(s.actuals, xs),
        connectNulls: true, barMaxWidth: 32 });
    }
    if (s.targets.length) {
      series.push({ name: s.target_label, type: 'line', data: aligned(s.targets, xs), connectNulls: true,
        symbol: 'diamond', symbolSize: 9, lineStyle: { type: 'dashed' } });
    }
    draw(el, {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 64, right: 24, top: 32, bottom: 28 },
      xAxis: { type: 'category', data: xs.map(String) },
      yAxis: { type: 'value', name: axisName(s.unit), inverse: s.measure === 'rank', scale: s.measure !== 'value' },
      series: series
    });
  }

  function compareChart(el) {
    var c = JSON.parse(el.getAttribute('data-compare'));
    var xs = c.years;
    var series = [];
    c.regions.forEach(function (r) {
      series.push({ name: r.region + ' ' + c.actual_label, type: 'line', data: aligned(r.actuals, xs), connectNulls: true });
      if (r.targets.length) {
        series.push({ name: r.region + ' ' + c.target_label, type: 'line', data: aligned(r.targets, xs),
          connectNulls: true, symbol: 'diamond', lineStyle: { type: 'dashed' } });
      }
    });
    draw(el, {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0, left: 8, right: 80, type: 'scroll' },
      grid: { left: 64, right: 24, top: 40, bottom: 28 },
      xAxis: { type: 'category', data: xs.map(String) },
      yAxis: { type: 'value', name: axisName(c.unit), inverse: c.measure === 'rank', scale: c.measure !== 'value' },
      series: series
    });
  }

  // ---- document view

  var text = document.getElementById('doc-text');
  var panel = document.getElementById('fact-panel');

  function factsBySeq() {
    var map = {};
    JSON.parse(text.getAttribute('data-facts')).forEach(function (f) { map[String(f.seq)] = f; });
    return map;
  }

  function row(dl, label, value) {
    if (value === null || value === undefined || value === '') {
      return;
    }
    var dt = document.createElement('dt');
    dt.textContent = label;
    var dd = document.createElement('dd');
    dd.textContent = String(value);
    dl.appendChild(dt);
    dl.appendChild(dd);
  }

  function show(seqs, facts, labels) {
    while (panel.firstChild) {
      panel.removeChild(panel.firstChild);
    }
    seqs.forEach(function (seq) {
      var f = facts[seq];
      if (!f) {
        return;
      }
      var box = document.createElement('div');
      box.className = 'fact-fields';
      box.setAttribute('data-seq', seq);
      var h = document.createElement('h3');
      h.textContent = labels.fact + ' #' + seq + ' · ' + f.indicator;
      box.appendChild(h);
      var dl = document.createElement('dl');
      row(dl, labels.status, labels[f.status] || f.status);
      row(dl, labels.measure, f.measure === 'value' ? labels.value_measure : (labels[f.measure] || f.measure));
      row(dl, labels.period, f.period);
      row(dl, labels.value, f.value);
      row(dl, labels.unit, f.unit);
      row(dl, labels.as_written, f.as_written);
      row(dl, labels.qualifier, labels[f.qualifier] || f.qualifier);
      row(dl, labels.scope, f.scope);
      row(dl, labels.region, f.region + (f.region_code ? ' (' + f.region_code + ')' : ''));
      row(dl, labels.sentence, f.text);
      row(dl, labels.offsets, '[' + f.start + ', ' + f.end + ')');
      box.appendChild(dl);
      panel.appendChild(box);
    });
    panel.hidden = false;
  }

  function highlight(seq) {
    Array.prototype.forEach.call(text.querySelectorAll('mark.fact'), function (m) {
      var on = m.getAttribute('data-seq').split(' ').indexOf(seq) >= 0;
      m.classList.toggle('current', on);
    });
  }

  function documentView() {
    var facts = factsBySeq();
    var labels = JSON.parse(text.getAttribute('data-labels'));
    text.addEventListener('click', function (e) {
      var mark = e.target.closest ? e.target.closest('mark.fact') : null;
      if (!mark) {
        return;
      }
      var seqs = mark.getAttribute('data-seq').split(' ');
      highlight(seqs[0]);
      show(seqs, facts, labels);
    });
    function fromHash() {
      var m = /^#f(\d+)$/.exec(window.location.hash);
      if (m && facts[m[1]]) {
        highlight(m[1]);
        show([m[1]], facts, labels);
        var anchor = document.getElementById('f' + m[1]);
        if (anchor && anchor.scrollIntoView) {
          anchor.scrollIntoView({ block: 'center' });
        }
      }
    }
    window.addEventListener('hashchange', fromHash);
    fromHash();
    // A link to a passage (?at=start-end, from search and the project pages) marked it; show it.
    var at = document.getElementById('at');
    if (at && !window.location.hash && at.scrollIntoView) {
      at.scrollIntoView({ block: 'center' });
    }
  }

  if (typeof echarts !== 'undefined') {
    Array.prototype.forEach.call(document.querySelectorAll('.chart[data-chart]'), seriesChart);
    Array.prototype.forEach.call(document.querySelectorAll('.chart[data-compare]'), compareChart);
  }
  if (text && panel) {
    documentView();
  }
})();
