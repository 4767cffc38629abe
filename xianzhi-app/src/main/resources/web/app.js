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

  // Actuals and targets never share a colour; a doubted figure is a hollow red mark.
  var ACTUAL = '#0b5394', TARGET = '#e65100';

  // Every year from the first to the last: the axis spaces 2007, 2012 and 2019 as years, and a missing year is a
  // gap in the line, not a segment drawn across it.
  function everyYear(rows) {
    var ys = rows.map(function (r) { return r.year; });
    var all = [];
    for (var y = Math.min.apply(null, ys); y <= Math.max.apply(null, ys); y++) { all.push(y); }
    return all;
  }

  function cellPoint(cell) {
    var a = cell && cell.querySelector('a.figure[data-value]');
    if (!a) {
      return null;
    }
    var point = { value: Number(a.getAttribute('data-value')), link: a.getAttribute('href') };
    var flag = cell.querySelector('.flag');
    if (flag) {
      point.flag = flag.getAttribute('title');
      point.itemStyle = { color: '#fff', borderColor: '#c62828', borderWidth: 2 };
    }
    return point;
  }

  // The chart of an indicator section, drawn from its table (the figures are sent once).
  function seriesChart(el) {
    var s = JSON.parse(el.getAttribute('data-chart'));
    var rows = Array.prototype.map.call(el.parentNode.querySelectorAll('table.series tr[data-year]'), function (tr) {
      return { year: Number(tr.getAttribute('data-year')), actual: cellPoint(tr.querySelector('td.actual')),
        target: cellPoint(tr.querySelector('td.target')) };
    });
    if (!rows.length) {
      return;
    }
    var xs = everyYear(rows);
    var byYear = {};
    rows.forEach(function (r) { byYear[r.year] = r; });
    function column(kind) {
      return xs.map(function (y) { return byYear[y] && byYear[y][kind] ? byYear[y][kind] : '-'; });
    }
    var actuals = column('actual'), targets = column('target');
    var has = function (list) { return list.some(function (p) { return p !== '-'; }); };
    var series = [];
    if (has(actuals)) {
      series.push({ name: s.actual_label, type: s.measure === 'value' ? 'bar' : 'line', data: actuals,
        connectNulls: false, barMaxWidth: 32, color: ACTUAL });
    }
    if (has(targets)) {
      series.push({ name: s.target_label, type: 'line', data: targets, connectNulls: false, color: TARGET,
        symbol: 'diamond', symbolSize: 9, lineStyle: { type: 'dashed', color: TARGET } });
    }
    var values = actuals.concat(targets).filter(function (p) { return p !== '-'; }).map(function (p) { return p.value; });
    var yAxis = { type: 'value', name: axisName(s.unit) };
    if (s.measure === 'rank') {
      // Places are whole numbers, first at the top.
      yAxis.inverse = true;
      yAxis.minInterval = 1;
      yAxis.min = 1;
      yAxis.max = Math.max.apply(null, values) + 1;
    } else if (s.measure !== 'value') {
      // Growth, shares and changes: the axis spans every actual and target, and zero.
      var lo = Math.min(0, Math.min.apply(null, values)), hi = Math.max(0, Math.max.apply(null, values));
      var pad = (hi - lo) * 0.1 || 1;
      yAxis.min = Math.floor(lo - (lo < 0 ? pad : 0));
      yAxis.max = Math.ceil(hi + pad);
    }
    draw(el, {
      animation: false,
      tooltip: { trigger: 'axis', formatter: function (items) {
        return items.filter(function (i) { return i.data && i.data !== '-'; }).map(function (i) {
          return i.axisValue + ' ' + i.seriesName + ': ' + i.data.value + (s.unit ? ' ' + s.unit : '')
            + (i.data.flag ? ' ⚠ ' + i.data.flag : '');
        }).join('<br>');
      } },
      legend: { top: 0 },
      grid: { left: 64, right: 24, top: 32, bottom: 28 },
      xAxis: { type: 'category', data: xs.map(String) },
      yAxis: yAxis,
      series: series
    });
  }

  // ---- the indicator picker of a region page: core indicators shown first, others on demand
  function picker(box) {
    var filter = document.getElementById('picker-filter');
    var boxes = Array.prototype.slice.call(box.querySelectorAll('input.pick'));
    function sync() {
      var shown = {};
      boxes.forEach(function (b) { shown[b.value] = b.checked; });
      Array.prototype.forEach.call(document.querySelectorAll('.indicator[data-indicator]'), function (sec) {
        var on = !!shown[sec.getAttribute('data-indicator')];
        sec.hidden = !on;
        var chart = sec.querySelector('.chart[data-chart]');
        if (on && chart && !chart.getAttribute('data-drawn') && typeof echarts !== 'undefined') {
          chart.setAttribute('data-drawn', 'true');
          seriesChart(chart);
        }
      });
    }
    function set(test) {
      boxes.forEach(function (b) { b.checked = test(b); });
      sync();
    }
    boxes.forEach(function (b) { b.addEventListener('change', sync); });
    filter.addEventListener('input', function () {
      var words = filter.value.trim().toLowerCase();
      Array.prototype.forEach.call(box.querySelectorAll('.pick-label'), function (label) {
        label.hidden = words !== '' && label.getAttribute('data-name').toLowerCase().indexOf(words) < 0;
      });
      // Typing narrows the charts to the indicators that match, as it narrows the list.
      if (words !== '') {
        set(function (b) { return !b.parentNode.hidden; });
      }
    });
    document.getElementById('picker-core').addEventListener('click', function () {
      set(function (b) { return b.closest('[data-group]').getAttribute('data-group') === 'core'; });
    });
    document.getElementById('picker-all').addEventListener('click', function () { set(function () { return true; }); });
    document.getElementById('picker-none').addEventListener('click', function () { set(function () { return false; }); });
    sync();
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

  // ---- /map: provinces filled by their own figure, prefectures as dots at their centres
  function chinaMap(el) {
    var m = JSON.parse(el.getAttribute('data-map'));
    var json = function (url) { return fetch(url).then(function (r) { return r.json(); }); };
    Promise.all([json('/assets/china-provinces.json'), json('/assets/china-prefectures.json')]).then(function (got) {
      echarts.registerMap('china', got[0]);
      var centres = got[1];
      var provinces = m.regions.filter(function (r) { return r.level === 'province'; }).map(function (r) {
        return { name: r.name, value: Number(r.value), region: r };
      });
      var cities = m.regions.filter(function (r) { return r.level === 'prefecture' && centres[r.short]; }).map(function (r) {
        var c = centres[r.short];
        return { name: r.name, value: [c[0], c[1], Number(r.value)], region: r };
      });
      // The scale spans what is drawn: provinces and prefectures (counties are listed, not drawn).
      var values = provinces.map(function (d) { return d.value; }).concat(cities.map(function (d) { return d.value[2]; }));
      var lo = values.length ? Math.min.apply(null, values) : 0, hi = values.length ? Math.max.apply(null, values) : 1;
      var label = function (r) { return r.name + ' ' + r.period + ': ' + r.value + (m.unit ? ' ' + m.unit : ''); };
      var chart = echarts.init(el);
      chart.setOption({
        animation: false,
        title: { text: m.indicator + (m.unit ? '（' + m.unit + '）' : ''), left: 'center', textStyle: { fontSize: 14 } },
        tooltip: { trigger: 'item', formatter: function (p) {
          return p.data && p.data.region ? label(p.data.region) : (p.name ? p.name + ': ' + m.no_data : '');
        } },
        geo: { map: 'china', roam: true, itemStyle: { areaColor: '#eee', borderColor: '#999' },
          emphasis: { label: { show: false } } },
        visualMap: [{ type: 'continuous', min: lo, max: hi === lo ? lo + 1 : hi, left: 8, bottom: 8, calculable: true,
          seriesIndex: [0, 1], inRange: { color: ['#fde0c5', '#c0392b', '#67000d'] } }],
        series: [
          { type: 'map', geoIndex: 0, data: provinces },
          { type: 'scatter', coordinateSystem: 'geo', data: cities, symbolSize: 12, encode: { value: 2 },
            itemStyle: { borderColor: '#333', borderWidth: 1 } }
        ]
      });
      chart.on('click', function (p) {
        if (p.data && p.data.region) {
          window.location.href = p.data.region.link;
        }
      });
      window.addEventListener('resize', function () { chart.resize(); });
      el.setAttribute('data-painted', 'true');
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

  // ---- quality flags: the switch reloads the page at once where scripts run
  document.documentElement.classList.add('js');
  var hide = document.getElementById('hide-flagged');
  if (hide) {
    hide.addEventListener('change', function () { hide.form.submit(); });
  }

  var pickerBox = document.getElementById('indicator-picker');
  if (pickerBox) {
    picker(pickerBox);
  } else if (typeof echarts !== 'undefined') {
    Array.prototype.forEach.call(document.querySelectorAll('.chart[data-chart]'), seriesChart);
  }
  if (typeof echarts !== 'undefined') {
    Array.prototype.forEach.call(document.querySelectorAll('.chart[data-compare]'), compareChart);
    Array.prototype.forEach.call(document.querySelectorAll('#map[data-map]'), chinaMap);
  }
  if (text && panel) {
    documentView();
  }
})();
