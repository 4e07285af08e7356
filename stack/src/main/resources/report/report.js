// The report page: every 10 s, each panel's JSON from /api/<panel> (the same day as the page's ?day=), drawn with
// ECharts or as a table. Names from the data go into the page as text, never as HTML.
(function () {
  'use strict';
  var REFRESH_MS = 10000;
  var day = new URLSearchParams(window.location.search).get('day');
  var charts = {};

  function chart(id) {
    if (!charts[id]) {
      charts[id] = echarts.init(document.getElementById(id));
    }
    return charts[id];
  }

  function api(panel) {
    var url = 'api/' + panel + (day ? '?day=' + encodeURIComponent(day) : '');
    return fetch(url).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) {
          throw new Error(panel + ': ' + (body.error || response.status));
        }
        return body;
      });
    });
  }

  function number(value) {
    return Number(value).toLocaleString('en-US', {maximumFractionDigits: 2});
  }

  function tile(id, value) {
    var element = document.getElementById(id);
    element.textContent = number(value);
    element.setAttribute('data-value', String(value));
  }

  function rows(tableId, records, cells) {
    var body = document.querySelector('#' + tableId + ' tbody');
    body.textContent = '';
    records.forEach(function (record) {
      var tr = document.createElement('tr');
      cells(record).forEach(function (cell) {
        var td = document.createElement('td');
        td.textContent = cell === null || cell === undefined ? '' : String(cell);
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
  }

  function drawTrade(trade) {
    document.getElementById('day').textContent = trade.day;
    tile('gmv', trade.totals.amount);
    tile('orders', trade.totals.orders);
    tile('order-users', trade.totals.orderUsers);
    tile('new-order-users', trade.totals.newOrderUsers);
    chart('trade-chart').setOption({
      tooltip: {trigger: 'axis'},
      legend: {data: ['GMV', 'orders']},
      xAxis: {type: 'category', data: trade.windows.map(function (w) { return w.label; })},
      yAxis: [{type: 'value', name: 'GMV'}, {type: 'value', name: 'orders'}],
      series: [
        {name: 'GMV', type: 'bar', data: trade.windows.map(function (w) { return Number(w.amount); })},
        {name: 'orders', type: 'line', yAxisIndex: 1, data: trade.windows.map(function (w) { return w.orders; })}
      ]
    });
  }

  function drawProvinces(answer) {
    var top = answer.provinces.slice(0, 15).reverse();
    chart('province-chart').setOption({
      tooltip: {trigger: 'axis'},
      grid: {left: 90},
      xAxis: {type: 'value'},
      yAxis: {type: 'category', axisLabel: {interval: 0}, data: top.map(function (p) { return p.name || p.id; })},
      series: [{name: 'amount', type: 'bar', data: top.map(function (p) { return Number(p.amount); })}]
    });
  }

  function drawFunnel(answer) {
    chart('funnel-chart').setOption({
      tooltip: {trigger: 'item'},
      series: [{
        type: 'funnel', sort: 'none', label: {formatter: '{b}: {c}'},
        data: answer.steps.map(function (s) { return {name: s.step, value: s.users}; })
      }]
    });
  }

  function drawKeywords(answer) {
    var top = answer.keywords.slice().reverse();
    chart('keyword-chart').setOption({
      tooltip: {trigger: 'axis'},
      grid: {left: 90},
      xAxis: {type: 'value'},
      yAxis: {type: 'category', axisLabel: {interval: 0}, data: top.map(function (k) { return k.keyword; })},
      series: [{name: 'searches', type: 'bar', data: top.map(function (k) { return k.count; })}]
    });
  }

  function percent(rate) {
    return rate === null ? '' : (rate * 100).toFixed(1) + ' %';
  }

  function trafficCells(g) {
    return [g.name, g.pageViews, g.sessions, g.uniqueVisitors, percent(g.bounceRate),
      g.averageSecondsOnPage === null ? '' : g.averageSecondsOnPage.toFixed(1)];
  }

  function drawUsers(users) {
    tile('logins', users.logins);
    tile('back-flow', users.backFlow);
    tile('registrations', users.registrations);
    tile('cart-users', users.cartUsers);
  }

  function drawHealth(health) {
    rows('freshness', health.tables, function (t) {
      return [t.table, t.newestWindowEnd ? new Date(t.newestWindowEnd * 1000).toLocaleString() : 'empty',
        t.secondsSinceNewestWindow];
    });
    rows('dead-letters', health.deadLetters, function (d) { return [d.topic, d.records]; });
  }

  var panels = {
    trade: drawTrade,
    provinces: drawProvinces,
    spus: function (answer) {
      rows('spus', answer.spus, function (s) {
        return [s.name || s.id, s.trademark, s.category3, s.orders, number(s.amount)];
      });
    },
    funnel: drawFunnel,
    traffic: function (answer) {
      rows('channels', answer.channels, trafficCells);
      rows('versions', answer.versions, trafficCells);
    },
    keywords: drawKeywords,
    users: drawUsers,
    health: drawHealth
  };

  function refresh() {
    var status = document.getElementById('status');
    Promise.all(Object.keys(panels).map(function (name) {
      return api(name).then(panels[name]);
    })).then(function () {
      status.textContent = 'updated ' + new Date().toLocaleTimeString();
      status.className = 'ok';
      document.body.setAttribute('data-loaded', 'true');
    }, function (failure) {
      status.textContent = 'not updated: ' + failure.message;
      status.className = 'failed';
    });
  }

  window.addEventListener('resize', function () {
    Object.keys(charts).forEach(function (id) { charts[id].resize(); });
  });
  refresh();
  setInterval(refresh, REFRESH_MS);
}());
