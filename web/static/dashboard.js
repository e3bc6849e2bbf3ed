// kefu dashboard. Plain JavaScript, no framework, no build step; charts by
// the vendored Chart.js 4 (static/vendor/chart.umd.min.js, MIT).
//
// The page reads the analytics API (/v1/analytics/summary, top-questions,
// pain-points, insights) with the session cookie, and sends the session's
// CSRF token (from the page's meta tag) with the insight actions. The
// filters live in the page's URL query (from, to, channel, language,
// intent, product), so that a view can be bookmarked and shared; the same
// query goes to every API call and to every CSV link (format=csv).
//
// Every text that comes from the server (questions, examples, product and
// category names, insight texts, error messages) is inserted with
// textContent or as an attribute value, never as HTML; Chart.js draws its
// labels on a canvas, which cannot run script. See docs/dashboard.md.
(function () {
  "use strict";

  var FILTERS = ["from", "to", "channel", "language", "intent", "product"];
  var csrf = (document.querySelector('meta[name="kefu-csrf"]') || {}).content || "";

  // Colours: the admin pages' green first, then the Okabe–Ito palette,
  // which stays distinguishable for the common colour-vision deficiencies.
  var GREEN = "#0b6e4f";
  var PALETTE = [GREEN, "#E69F00", "#56B4E9", "#CC79A7", "#009E73", "#D55E00", "#0072B2", "#F0E442", "#999999", "#7a5195"];

  // ---- helpers ----

  function $(id) { return document.getElementById(id); }
  function clear(n) { while (n.firstChild) n.removeChild(n.firstChild); }

  // el builds an element; attrs.text becomes its textContent, other
  // attributes are set as attributes (never parsed as HTML).
  function el(tag, attrs, children) {
    var n = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k === "text") n.textContent = v;
      else if (k === "class") n.className = v;
      else n.setAttribute(k, v === true ? "" : String(v));
    });
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      n.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return n;
  }

  var numberFmt = new Intl.NumberFormat("en");
  function num(n) { return n === null || n === undefined ? "–" : numberFmt.format(n); }
  function pct(x, digits) {
    if (x === null || x === undefined || isNaN(x)) return "–";
    return (x * 100).toFixed(digits === undefined ? 0 : digits) + " %";
  }
  // ms formats a duration in milliseconds for people.
  function ms(v) {
    if (v === null || v === undefined || isNaN(v)) return "–";
    if (v > 0 && v < 10) return v.toFixed(1) + " ms";
    if (v < 1000) return Math.round(v) + " ms";
    if (v < 60000) return (v / 1000).toFixed(v < 10000 ? 1 : 0) + " s";
    if (v < 3600000) return (v / 60000).toFixed(1) + " min";
    return (v / 3600000).toFixed(1) + " h";
  }

  var dayFmt = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
  // dayLabel shows a UTC day "2026-12-01" as "1 Dec".
  function dayLabel(day) {
    var d = new Date(day + "T00:00:00Z");
    return isNaN(d) ? day : dayFmt.format(d);
  }

  var regionNames = null;
  try { regionNames = new Intl.DisplayNames(["en"], { type: "region" }); } catch (e) { /* old browser */ }
  // regionName names a country code ("DE" -> "Germany"); other region
  // names are shown as they come.
  function regionName(code) {
    if (!code) return "Unknown region";
    if (regionNames && /^[A-Z]{2}$/.test(code)) {
      try { return regionNames.of(code) || code; } catch (e) { /* odd code */ }
    }
    return code;
  }

  // ---- the URL query ----

  // query reads the filters from the page's URL.
  function query() {
    var p = new URLSearchParams(location.search), q = {};
    FILTERS.forEach(function (k) { var v = p.get(k); if (v) q[k] = v; });
    return q;
  }

  // qs makes a query string from q and extra parameters (empty ones left out).
  function qs(q, extra) {
    var p = new URLSearchParams();
    FILTERS.forEach(function (k) { if (q[k]) p.set(k, q[k]); });
    if (extra) Object.keys(extra).forEach(function (k) { if (extra[k] !== "" && extra[k] !== undefined && extra[k] !== null) p.set(k, extra[k]); });
    var s = p.toString();
    return s ? "?" + s : "";
  }

  // ---- the API ----

  // api calls the server; failures reject with an Error carrying status,
  // code and field from the API's JSON error body.
  function api(method, path) {
    var opts = { method: method, credentials: "same-origin", headers: { Accept: "application/json" } };
    if (method !== "GET") opts.headers["X-CSRF-Token"] = csrf;
    return fetch(path, opts).then(function (res) {
      return res.json().catch(function () { return null; }).then(function (data) {
        if (!res.ok) {
          var e = (data && data.error) || {};
          var err = new Error(e.message || ("HTTP " + res.status));
          err.status = res.status;
          err.code = e.code || "";
          err.field = e.field || "";
          err.path = path.split("?")[0];
          if (res.status === 401) signIn();
          throw err;
        }
        if (data === null) {
          var bad = new Error("the server's answer was not JSON");
          bad.status = res.status;
          bad.path = path.split("?")[0];
          throw bad;
        }
        return data;
      });
    });
  }

  // signIn sends the browser to the sign-in, which comes back to this view.
  function signIn() {
    location.assign("/admin?next=" + encodeURIComponent(location.pathname + location.search));
  }

  // explain turns an API failure into a sentence for the page.
  function explain(err) {
    if (err.status === 404) {
      return "The analytics API is not available on this server (" + (err.path || "/v1/analytics") +
        " answered 404 Not Found). The dashboard needs a kefu version with /v1/analytics.";
    }
    if (err.status === 403) return "The server refused: " + err.message;
    if (err.status === 400) return "A filter is not valid: " + err.message;
    if (!err.status) return "The server cannot be reached (" + err.message + "). Check the connection and reload.";
    return "Something went wrong: " + err.message;
  }

  // ---- status line and panels ----

  function say(text, kind) {
    var s = $("dash-status");
    s.textContent = text || "";
    if (kind) s.setAttribute("data-kind", kind); else s.removeAttribute("data-kind");
  }

  // panelState marks a panel loading, ready, empty or failed and shows
  // msg in its message line (made on first use).
  function panelState(id, state, msg) {
    var p = $(id);
    if (!p) return;
    p.setAttribute("data-state", state);
    var m = p.querySelector(".panel-msg");
    if (!m) {
      m = el("p", { "class": "panel-msg", role: state === "error" ? "alert" : "status" });
      var head = p.querySelector(".card-head") || p.querySelector("h2");
      head.parentNode.insertBefore(m, head.nextSibling);
    }
    m.textContent = msg || "";
    m.setAttribute("data-kind", state);
  }

  // ---- charts ----

  var charts = {};

  if (window.Chart) {
    Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
    Chart.defaults.color = "#3d444d";
    // No animation: the figures are what matters, and a dashboard that
    // redraws on every filter should not make people wait.
    Chart.defaults.animation = false;
    Chart.defaults.maintainAspectRatio = false;
    Chart.defaults.plugins.legend.labels.boxWidth = 12;
  }

  // describe gives a canvas a text alternative: an aria-label summing up
  // the chart and, as its fallback content, a table with every value,
  // which screen readers read instead of the picture.
  function describe(canvas, title, labels, series) {
    canvas.setAttribute("role", "img");
    var top = labels.map(function (l, i) { return l + " " + series[0].fmt(series[0].data[i]); }).slice(0, 5).join(", ");
    canvas.setAttribute("aria-label", title + (labels.length ? ": " + top + (labels.length > 5 ? ", …" : "") : ": no data"));
    clear(canvas);
    var head = el("tr", null, [el("th", { scope: "col", text: "" })].concat(series.map(function (s) { return el("th", { scope: "col", text: s.name }); })));
    var body = labels.map(function (l, i) {
      return el("tr", null, [el("th", { scope: "row", text: l })].concat(series.map(function (s) { return el("td", { text: s.fmt(s.data[i]) }); })));
    });
    canvas.appendChild(el("table", null, [el("caption", { text: title }), el("thead", null, [head]), el("tbody", null, body)]));
  }

  // draw replaces the chart on canvas id with config, and marks the
  // canvas drawn (data-drawn = number of points) for tests and styles.
  function draw(id, config) {
    var canvas = $(id);
    if (charts[id]) { charts[id].destroy(); delete charts[id]; }
    if (!window.Chart) {
      canvas.parentNode.setAttribute("data-state", "error");
      return;
    }
    charts[id] = new Chart(canvas, config);
    var n = 0;
    config.data.datasets.forEach(function (d) { n += d.data.length; });
    canvas.setAttribute("data-drawn", String(n));
  }

  // barChart draws a horizontal bar chart of a [{key,label,count}] list.
  function barChart(id, title, list, color) {
    list = (list || []).slice().sort(function (a, b) { return b.count - a.count; });
    var labels = list.map(function (x) { return x.label || x.key; });
    var data = list.map(function (x) { return x.count; });
    draw(id, {
      type: "bar",
      data: { labels: labels.map(function (l) { return wrap(l, 18); }), datasets: [{ label: "Customer messages", data: data, backgroundColor: color || GREEN, borderRadius: 3, maxBarThickness: 22 }] },
      options: {
        indexAxis: "y",
        plugins: { legend: { display: false }, tooltip: { callbacks: { title: function (c) { return labels[c[0].dataIndex]; }, label: function (c) { return num(c.parsed.x); } } } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { ticks: { autoSkip: false } } }
      }
    });
    describe($(id), title, labels, [{ name: "Count", data: data, fmt: num }]);
    sizeToBars($(id), labels.length);
    return list.length;
  }

  // wrap splits a long axis label into lines of about width characters,
  // so that Chart.js does not clip it.
  function wrap(label, width) {
    var words = String(label).split(" "), lines = [], line = "";
    words.forEach(function (w) {
      if (line && (line + " " + w).length > width) { lines.push(line); line = w; } else line = line ? line + " " + w : w;
    });
    if (line) lines.push(line);
    return lines.length > 1 ? lines : String(label);
  }

  // sizeToBars gives a horizontal bar chart room for its labels.
  function sizeToBars(canvas, n) {
    canvas.parentNode.style.height = Math.max(160, Math.min(420, 40 + n * 26)) + "px";
  }

  // doughnut draws shares of a [{key,label,count}] list.
  function doughnut(id, title, list) {
    list = (list || []).slice().sort(function (a, b) { return b.count - a.count; });
    var labels = list.map(function (x) { return x.label || x.key; });
    var data = list.map(function (x) { return x.count; });
    var total = data.reduce(function (a, b) { return a + b; }, 0);
    draw(id, {
      type: "doughnut",
      data: { labels: labels, datasets: [{ data: data, backgroundColor: labels.map(function (_, i) { return PALETTE[i % PALETTE.length]; }), borderWidth: 1 }] },
      options: {
        cutout: "55%",
        plugins: {
          legend: { position: "right" },
          tooltip: { callbacks: { label: function (c) { return c.label + ": " + num(c.parsed) + " (" + pct(total ? c.parsed / total : 0) + ")"; } } }
        }
      }
    });
    describe($(id), title, labels, [
      { name: "Count", data: data, fmt: num },
      { name: "Share", data: data.map(function (d) { return total ? d / total : 0; }), fmt: function (x) { return pct(x); } }
    ]);
    return list.length;
  }

  // ---- key figures ----

  function kpi(label, value, sub, id) {
    return el("div", { "class": "kpi", "data-kpi": id }, [
      el("span", { "class": "kpi-label", text: label }),
      el("strong", { "class": "kpi-value", text: value }),
      sub ? el("span", { "class": "kpi-sub", text: sub }) : null
    ]);
  }

  function renderKPIs(s) {
    var k = $("kpis");
    clear(k);
    var csat = s.csat || {}, thumbs = s.thumbs || {};
    k.appendChild(kpi("Conversations", num(s.conversations), num(s.customer_messages) + " customer messages", "conversations"));
    k.appendChild(kpi("Containment", pct(s.containment), "closed by the bot, no return within 24 h", "containment"));
    k.appendChild(kpi("Resolution", pct(s.resolution), null, "resolution"));
    k.appendChild(kpi("Hand-off rate", pct(s.handoff_rate), null, "handoff_rate"));
    k.appendChild(kpi("Clarification rate", pct(s.clarification_rate), null, "clarification_rate"));
    k.appendChild(kpi("Satisfaction", csat.count ? (csat.mean || 0).toFixed(1) + " / 5" : "–", csat.count ? num(csat.count) + " ratings" : "no ratings yet", "csat"));
    k.appendChild(kpi("Thumbs", "▲ " + num(thumbs.up || 0) + "  ▼ " + num(thumbs.down || 0), null, "thumbs"));
    var bl = s.bot_latency_ms || {};
    k.appendChild(kpi("Bot answer time", ms(bl.p50), "p90 " + ms(bl.p90) + " · p99 " + ms(bl.p99), "bot_latency"));
    (s.compensation || []).forEach(function (c) {
      k.appendChild(kpi("Compensation (" + c.currency + ")", c.amount + " " + c.currency, num(c.count) + " goodwill payments", "compensation"));
    });
    var pr = s.proactive;
    if (pr && pr.sent) {
      k.appendChild(kpi("Proactive messages", num(pr.sent), num(pr.replied) + " replied · " + num(pr.opted_out) + " opted out", "proactive"));
    }
  }

  // ---- summary panels ----

  function renderSummary(s) {
    renderKPIs(s);
    var series = (s.series || []).slice().sort(function (a, b) { return a.day < b.day ? -1 : 1; });
    var days = series.map(function (d) { return dayLabel(d.day); });
    var conv = series.map(function (d) { return d.conversations; });
    var contained = series.map(function (d) { return d.contained; });
    var handoffs = series.map(function (d) { return d.handoffs; });
    var rate = series.map(function (d) { return d.conversations ? d.contained / d.conversations : null; });
    draw("c-volume", {
      type: "line",
      data: {
        labels: days,
        datasets: [
          { label: "Conversations", data: conv, borderColor: GREEN, backgroundColor: "rgba(11,110,79,.12)", fill: true, tension: 0.25, pointRadius: 2 },
          { label: "Contained by the bot", data: contained, borderColor: "#56B4E9", backgroundColor: "rgba(86,180,233,.10)", fill: true, tension: 0.25, pointRadius: 2 },
          { label: "Handed off", data: handoffs, borderColor: "#D55E00", backgroundColor: "#D55E00", tension: 0.25, pointRadius: 2 },
          { label: "Containment rate", data: rate, yAxisID: "rate", borderColor: "#7a5195", backgroundColor: "#7a5195", borderDash: [5, 4], tension: 0.25, pointRadius: 0, spanGaps: true }
        ]
      },
      options: {
        interaction: { mode: "index", intersect: false },
        plugins: {
          legend: { position: "bottom" },
          tooltip: { callbacks: { label: function (c) { return c.dataset.label + ": " + (c.dataset.yAxisID === "rate" ? pct(c.parsed.y) : num(c.parsed.y)); } } }
        },
        scales: {
          x: { ticks: { maxTicksLimit: 10 } },
          y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: "conversations" } },
          rate: { position: "right", min: 0, max: 1, grid: { drawOnChartArea: false }, ticks: { callback: function (v) { return pct(v); } }, title: { display: true, text: "containment" } }
        }
      }
    });
    describe($("c-volume"), "Conversations per day", days, [
      { name: "Conversations", data: conv, fmt: num }, { name: "Contained", data: contained, fmt: num },
      { name: "Handed off", data: handoffs, fmt: num }, { name: "Containment rate", data: rate, fmt: function (x) { return pct(x); } }
    ]);
    panelState("p-volume", series.length ? "ready" : "empty", series.length ? "" : "No conversations in this period.");

    [["p-intents", "c-intents", "Intents", s.intents, GREEN, false],
      ["p-handoff", "c-handoff", "Hand-off reasons", s.handoff_reasons, "#D55E00", false],
      ["p-emotions", "c-emotions", "Customer emotions", s.emotions, null, true],
      ["p-languages", "c-languages", "Languages", s.languages, null, true],
      ["p-channels", "c-channels", "Channels", s.channels, null, true]].forEach(function (x) {
      var n = x[5] ? doughnut(x[1], x[2], x[3]) : barChart(x[1], x[2], x[3], x[4]);
      panelState(x[0], n ? "ready" : "empty", n ? "" : "Nothing to show for this period.");
    });

    var lat = [["Bot answer", s.bot_latency_ms]];
    var names = lat.map(function (x) { return x[0]; });
    var pick = function (p) { return lat.map(function (x) { return (x[1] || {})[p] || 0; }); };
    draw("c-latency", {
      type: "bar",
      data: {
        labels: ["p50", "p90", "p99"],
        datasets: [{ label: "Bot answer time", data: [pick("p50")[0], pick("p90")[0], pick("p99")[0]], backgroundColor: ["#56B4E9", "#0072B2", "#7a5195"], borderRadius: 3, maxBarThickness: 48 }]
      },
      options: {
        plugins: { legend: { display: false }, tooltip: { callbacks: { label: function (c) { return ms(c.parsed.y); } } } },
        scales: { y: { beginAtZero: true, ticks: { callback: function (v) { return ms(v); } } } }
      }
    });
    describe($("c-latency"), "Bot answer time percentiles", ["p50", "p90", "p99"], [{ name: names[0], data: [pick("p50")[0], pick("p90")[0], pick("p99")[0]], fmt: ms }]);
    var times = $("agent-times");
    clear(times);
    [["Agents' first response", s.first_response_ms], ["Agents' handling time", s.handling_ms]].forEach(function (x) {
      var v = x[1] || {};
      times.appendChild(el("dt", { text: x[0] }));
      times.appendChild(el("dd", { text: v.p50 || v.p90 || v.p99 ? "p50 " + ms(v.p50) + " · p90 " + ms(v.p90) + " · p99 " + ms(v.p99) : "no conversations with agents in this period" }));
    });
    panelState("p-latency", "ready", "");
  }

  // ---- options of the filters ----

  // seen keeps every option a filter has shown, so that choosing one
  // intent does not empty the intent list.
  var seen = { channel: {}, language: {}, intent: {}, product: {} };

  function remember(kind, list, key, label) {
    (list || []).forEach(function (x) { if (x[key]) seen[kind][x[key]] = x[label] || x[key]; });
  }

  function fillSelect(kind, current) {
    var sel = $("f-" + kind);
    var first = sel.options[0];
    clear(sel);
    sel.appendChild(first);
    if (current && !seen[kind][current]) seen[kind][current] = current;
    Object.keys(seen[kind]).sort(function (a, b) { return seen[kind][a].localeCompare(seen[kind][b]); }).forEach(function (k) {
      sel.appendChild(el("option", { value: k, text: seen[kind][k] }));
    });
    sel.value = current || "";
  }

  // period is the period the API answered for, shown in the date fields
  // when the URL names none (the API's default, the last 30 days).
  var period = {};

  function fillFilters(q) {
    $("f-from").value = q.from || period.from || "";
    $("f-to").value = q.to || period.to || "";
    ["channel", "language", "intent", "product"].forEach(function (k) { fillSelect(k, q[k]); });
  }

  // ---- tables ----

  function th(text, cls) { return el("th", { scope: "col", text: text, "class": cls }); }

  // change is an arrow and a percentage against the previous period.
  function change(x) {
    if (x === null || x === undefined) return el("span", { "class": "chg", "data-dir": "new", title: "nothing in the previous period", text: "new" });
    var dir = x > 0.005 ? "up" : x < -0.005 ? "down" : "flat";
    var arrow = dir === "up" ? "▲" : dir === "down" ? "▼" : "▶";
    var sign = x > 0 ? "+" : "";
    return el("span", { "class": "chg", "data-dir": dir, title: "compared with the previous period of the same length" }, [
      el("span", { "aria-hidden": "true", text: arrow + " " }),
      el("span", { "class": "sr", text: dir === "up" ? "up " : dir === "down" ? "down " : "unchanged " }),
      sign + Math.round(x * 100) + " %"
    ]);
  }

  // chips lists [{label|name, count}] as small inline badges.
  function chips(list, nameKey, max) {
    var box = el("span", { "class": "chips" });
    (list || []).slice(0, max || 3).forEach(function (x) {
      var name = x[nameKey] || x.label || x.name || x.key || x.sku;
      box.appendChild(el("span", { "class": "badge", title: name }, [el("span", { "class": "chip-name", text: name }), " " + num(x.count)]));
    });
    return box;
  }

  // spark draws a question's daily counts as a row of small bars (CSS
  // heights from the data, no script in the data path).
  function spark(trend) {
    var list = (trend || []).slice().sort(function (a, b) { return a.day < b.day ? -1 : 1; });
    var max = list.reduce(function (m, d) { return Math.max(m, d.count); }, 0);
    var box = el("span", { "class": "spark", "aria-hidden": "true" });
    list.slice(-30).forEach(function (d) {
      var b = el("span", { title: d.day + ": " + d.count, "class": d.count ? null : "zero" });
      b.style.height = (max && d.count ? Math.max(3, Math.round(d.count / max * 18)) : 1) + "px";
      box.appendChild(b);
    });
    return box;
  }

  function examples(list) {
    list = list || [];
    if (!list.length) return el("span", { "class": "muted", text: "–" });
    var d = el("details", { "class": "examples" }, [el("summary", { text: list.length === 1 ? "1 example" : list.length + " examples" })]);
    var ul = el("ul");
    list.slice(0, 5).forEach(function (x) {
      var when = x.at ? new Date(x.at) : null;
      ul.appendChild(el("li", { lang: x.language || null }, [
        el("q", { "class": "example-text", text: x.text }),
        el("span", { "class": "muted small", text: " · " + (x.language || "") + (when && !isNaN(when) ? " · " + when.toISOString().slice(0, 10) : "") })
      ]));
    });
    d.appendChild(ul);
    return d;
  }

  function renderQuestions(tableID, panelID, data, unanswered) {
    var t = $(tableID);
    clear(t);
    var qs = data.questions || [];
    t.appendChild(el("caption", { "class": "sr", text: unanswered ? "Unanswered questions" : "Top questions" }));
    t.appendChild(el("thead", null, [el("tr", null, [
      th("Question"), th("Count", "num"), th("Share", "num"),
      unanswered ? null : th("Answered", "num"), th("Change", "num"), th("Trend"), th("Languages"), th("Products"), th("Examples")
    ])]));
    var tb = el("tbody");
    qs.forEach(function (q) {
      tb.appendChild(el("tr", { "data-question": q.id }, [
        el("td", { "class": "q-cell" }, [el("span", { "class": "q-text", text: q.text }), el("span", { "class": "q-intent", text: q.label || q.intent })]),
        el("td", { "class": "num", text: num(q.count) }),
        el("td", { "class": "num", text: pct(q.share) }),
        unanswered ? null : el("td", { "class": "num", text: pct(q.answered_share) }),
        el("td", { "class": "num" }, [change(q.change)]),
        el("td", null, [spark(q.trend)]),
        el("td", null, [chips(q.languages, "label")]),
        el("td", null, [chips(q.products, "name")]),
        el("td", null, [examples(q.examples)])
      ]));
    });
    t.appendChild(tb);
    panelState(panelID, qs.length ? "ready" : "empty", qs.length ? "" : unanswered ? "The bot answered every question in this period." : "No questions in this period.");
  }

  // shade maps a score in [0,1] to a background from white to deep red.
  function shade(score) {
    var s = Math.max(0, Math.min(1, score || 0));
    var l = 97 - s * 52; // lightness 97 % .. 45 %
    return { bg: "hsl(8, " + Math.round(40 + s * 40) + "%, " + l.toFixed(0) + "%)", dark: l < 62 };
  }

  function renderHeat(h) {
    var t = $("t-heat");
    clear(t);
    h = h || {};
    var rows = h.rows || [], cols = h.columns || [];
    var cell = {};
    (h.cells || []).forEach(function (c) { cell[c.row + "\u0000" + c.column] = c; });
    t.appendChild(el("caption", { "class": "sr", text: "Pain points: customer messages per product category (rows) and region (columns); complaints and share in each cell." }));
    t.appendChild(el("thead", null, [el("tr", null, [th("Category")].concat(cols.map(function (c) { return el("th", { scope: "col", title: c, text: regionName(c) }); })))]));
    var tb = el("tbody");
    rows.forEach(function (r) {
      var tr = el("tr", null, [el("th", { scope: "row", text: r || "No category" })]);
      cols.forEach(function (c) {
        var x = cell[r + "\u0000" + c];
        if (!x || !x.count) {
          tr.appendChild(el("td", { "class": "heat-cell empty", text: "–" }));
          return;
        }
        var sh = shade(x.score);
        var td = el("td", { "class": "heat-cell" + (sh.dark ? " dark" : ""), "data-score": x.score,
          title: (r || "No category") + " · " + regionName(c) + ": " + num(x.count) + " messages, " + num(x.negative) + " complaints or negative (" + pct(x.score) + ")" }, [
          el("strong", { text: num(x.negative) }),
          el("span", { "class": "small", text: " / " + num(x.count) })
        ]);
        td.style.backgroundColor = sh.bg;
        tr.appendChild(td);
      });
      tb.appendChild(tr);
    });
    t.appendChild(tb);
  }

  function renderProducts(list) {
    var t = $("t-products");
    clear(t);
    list = list || [];
    t.appendChild(el("caption", { "class": "sr", text: "Pain points by product" }));
    t.appendChild(el("thead", null, [el("tr", null, [th("Product"), th("Category"), th("Messages", "num"), th("Complaints", "num"), th("Share", "num"), th("Change", "num"), th("Top intents")])]));
    var tb = el("tbody");
    list.forEach(function (p) {
      tb.appendChild(el("tr", { "data-sku": p.sku }, [
        el("td", { "class": "p-name", text: p.name || p.sku, title: p.sku }),
        el("td", { text: p.category || "–" }),
        el("td", { "class": "num", text: num(p.count) }),
        el("td", { "class": "num", text: num(p.negative) }),
        el("td", { "class": "num", text: pct(p.count ? p.negative / p.count : 0) }),
        el("td", { "class": "num" }, [change(p.change)]),
        el("td", null, [chips(p.top_intents, "label")])
      ]));
    });
    t.appendChild(tb);
  }

  function renderPain(d) {
    remember("product", d.by_product, "sku", "name");
    renderHeat(d.heatmap);
    renderProducts(d.by_product);
    var n = ((d.heatmap || {}).rows || []).length + (d.by_product || []).length;
    panelState("p-heat", n ? "ready" : "empty", n ? "" : "No complaints or questions about products in this period.");
  }

  // ---- insights ----

  var AUDIENCE = { product: "Product team", supply_chain: "Supply chain", marketing: "Marketing" };
  var insightStatus = "open";

  function renderInsights(d) {
    var ul = $("insights");
    clear(ul);
    var list = d.insights || [];
    list.forEach(function (x) { ul.appendChild(insightItem(x)); });
    panelState("p-insights", list.length ? "ready" : "empty", list.length ? "" :
      insightStatus === "open" ? "No open insights for this period." : "No " + insightStatus + " insights.");
  }

  function insightItem(x) {
    var msg = el("p", { "class": "admin-msg", role: "status" });
    var li = el("li", { "class": "insight", "data-id": x.id, "data-status": x.status, "data-audience": x.audience }, [
      el("div", { "class": "insight-head" }, [
        el("span", { "class": "badge audience", "data-audience": x.audience, text: AUDIENCE[x.audience] || x.audience }),
        el("h3", { "class": "insight-title", text: x.title }),
        el("span", { "class": "muted small", text: (x.count === 1 ? "1 conversation" : num(x.count) + " conversations") + (x.created_at ? " · " + String(x.created_at).slice(0, 10) : "") })
      ]),
      el("p", { "class": "insight-evidence" }, [el("span", { "class": "label", text: "Evidence: " }), el("span", { text: x.evidence })]),
      el("p", { "class": "insight-action" }, [el("span", { "class": "label", text: "Suggested action: " }), el("span", { text: x.action })])
    ]);
    // The conversations behind it, opened in the agents' console.
    var ids = (x.conversation_ids || []).filter(function (id) { return /^[A-Za-z0-9_-]{1,100}$/.test(id); }).slice(0, 8);
    if (ids.length) {
      var convs = el("p", { "class": "insight-convs small" }, [el("span", { "class": "label", text: "Read the conversations: " })]);
      ids.forEach(function (id, i) {
        if (i) convs.appendChild(document.createTextNode(" · "));
        convs.appendChild(el("a", { href: "/console#conversation=" + id, target: "_blank", rel: "noopener",
          "aria-label": "Conversation " + (i + 1) + " of this insight, in the console", text: String(i + 1) }));
      });
      li.appendChild(convs);
    }
    if (x.status === "open") {
      var accept = el("button", { type: "button", "class": "primary accept", text: "Accept" });
      var dismiss = el("button", { type: "button", "class": "dismiss", text: "Dismiss" });
      var act = function (verb) {
        accept.disabled = dismiss.disabled = true;
        msg.textContent = verb === "accept" ? "Accepting…" : "Dismissing…";
        api("POST", "/v1/analytics/insights/" + encodeURIComponent(x.id) + "/" + verb).then(function (r) {
          li.setAttribute("data-status", (r.insight && r.insight.status) || (verb === "accept" ? "accepted" : "dismissed"));
          msg.setAttribute("data-kind", "ok");
          msg.textContent = verb === "accept" ? (r.article_id ? "Accepted: a draft article is waiting in Shop admin › Knowledge." : "Accepted.") : "Dismissed.";
          accept.remove();
          dismiss.remove();
        }).catch(function (err) {
          accept.disabled = dismiss.disabled = false;
          msg.setAttribute("data-kind", "error");
          msg.textContent = explain(err);
        });
      };
      accept.addEventListener("click", function () { act("accept"); });
      dismiss.addEventListener("click", function () { act("dismiss"); });
      li.appendChild(el("div", { "class": "cell-actions" }, [accept, dismiss, msg]));
    } else {
      li.appendChild(el("p", { "class": "muted small", text: x.status === "accepted" ? "Accepted" : "Dismissed" }));
    }
    return li;
  }

  function loadInsights(q) {
    return api("GET", "/v1/analytics/insights" + qs(q, { status: insightStatus })).then(renderInsights);
  }

  document.querySelectorAll('#p-insights [role="tab"]').forEach(function (b) {
    b.addEventListener("click", function () {
      insightStatus = b.getAttribute("data-status");
      document.querySelectorAll('#p-insights [role="tab"]').forEach(function (o) { o.setAttribute("aria-selected", o === b ? "true" : "false"); });
      panelState("p-insights", "loading", "Loading…");
      loadInsights(query()).catch(function (err) { panelState("p-insights", "error", explain(err)); });
    });
  });

  // ---- CSV links ----

  function csvLinks(q) {
    document.querySelectorAll("a.csv").forEach(function (a) {
      var extra = { format: "csv" };
      if (a.getAttribute("data-unanswered")) extra.unanswered = "1";
      a.href = "/v1/analytics/" + a.getAttribute("data-route") + qs(q, extra);
      a.setAttribute("download", "kefu-" + a.getAttribute("data-route") + (extra.unanswered ? "-unanswered" : "") + ".csv");
    });
  }

  // ---- loading a view ----

  var generation = 0;

  // load reads the filters from the URL and loads every panel. Answers of
  // an older view that arrive late are dropped.
  function load() {
    var q = query();
    var gen = ++generation;
    fillFilters(q);
    csvLinks(q);
    $("f-error").textContent = "";
    $("dash").setAttribute("aria-busy", "true");
    $("dash").setAttribute("data-state", "loading");
    say("Loading…");
    ["p-volume", "p-intents", "p-handoff", "p-emotions", "p-languages", "p-latency", "p-channels", "p-top", "p-unanswered", "p-heat", "p-insights"].forEach(function (id) {
      $(id).setAttribute("data-state", "loading");
    });
    var failures = [];
    var fail = function (panels) {
      return function (err) {
        if (gen !== generation) return;
        failures.push(err);
        panels.forEach(function (p) { panelState(p, "error", err.status === 404 ? "Not available: this server has no analytics API." : explain(err)); });
        if (err.status === 400 && err.field && FILTERS.indexOf(err.field) >= 0) {
          $("f-error").textContent = explain(err);
          $("f-" + err.field).setAttribute("aria-invalid", "true");
        }
      };
    };
    var live = function (f) { return function (d) { if (gen === generation) f(d); }; };
    var jobs = [
      api("GET", "/v1/analytics/summary" + qs(q)).then(live(function (s) {
        remember("channel", s.channels, "key", "label");
        remember("language", s.languages, "key", "label");
        remember("intent", s.intents, "key", "label");
        period = { from: s.from, to: s.to };
        renderSummary(s);
      })).catch(fail(["p-volume", "p-intents", "p-handoff", "p-emotions", "p-languages", "p-latency", "p-channels"])),
      api("GET", "/v1/analytics/top-questions" + qs(q, { limit: 20 })).then(live(function (d) { renderQuestions("t-top", "p-top", d, false); })).catch(fail(["p-top"])),
      api("GET", "/v1/analytics/top-questions" + qs(q, { unanswered: 1, limit: 20 })).then(live(function (d) { renderQuestions("t-unanswered", "p-unanswered", d, true); })).catch(fail(["p-unanswered"])),
      api("GET", "/v1/analytics/pain-points" + qs(q)).then(live(renderPain)).catch(fail(["p-heat"])),
      loadInsights(q).catch(fail(["p-insights"]))
    ];
    // A filtered view still offers every option of the period.
    if (q.channel || q.language || q.intent || q.product) {
      var wide = { from: q.from, to: q.to };
      jobs.push(api("GET", "/v1/analytics/summary" + qs(wide)).then(function (s) {
        remember("channel", s.channels, "key", "label");
        remember("language", s.languages, "key", "label");
        remember("intent", s.intents, "key", "label");
      }).catch(function () {}));
      jobs.push(api("GET", "/v1/analytics/pain-points" + qs(wide)).then(function (d) { remember("product", d.by_product, "sku", "name"); }).catch(function () {}));
    }
    Promise.all(jobs).then(function () {
      if (gen !== generation) return;
      fillFilters(query());
      $("dash").setAttribute("aria-busy", "false");
      if (!failures.length) {
        say("");
        $("dash").setAttribute("data-state", "ready");
        return;
      }
      var absent = failures.some(function (e) { return e.status === 404; });
      // Without the API at all there is nothing to show but the reason.
      $("dash").setAttribute("data-state", absent && failures.length === 5 ? "absent" : "error");
      say(absent ? explain(failures.filter(function (e) { return e.status === 404; })[0]) :
        failures.length === 1 ? explain(failures[0]) : "Some panels could not be loaded: " + explain(failures[0]), "error");
    });
  }

  // ---- filters ----

  // apply puts the form's filters into the URL (a new history entry, so
  // Back returns to the previous view) and loads the view.
  function apply(q) {
    var next = "/dashboard" + qs(q);
    if (next !== location.pathname + location.search) history.pushState(null, "", next);
    load();
  }

  function formQuery() {
    var q = {};
    FILTERS.forEach(function (k) {
      var f = $("f-" + k);
      f.removeAttribute("aria-invalid");
      if (f.value) q[k] = f.value;
    });
    return q;
  }

  $("filters").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var q = formQuery();
    if (q.from && q.to && q.from > q.to) {
      $("f-error").textContent = "The start date is after the end date.";
      $("f-from").setAttribute("aria-invalid", "true");
      return;
    }
    apply(q);
  });
  // A chosen option applies at once; dates wait for Apply, since a
  // half-typed date is not a view.
  ["channel", "language", "intent", "product"].forEach(function (k) {
    $("f-" + k).addEventListener("change", function () { apply(formQuery()); });
  });
  document.querySelectorAll(".quick button").forEach(function (b) {
    b.addEventListener("click", function () {
      var days = parseInt(b.getAttribute("data-days"), 10);
      var to = new Date();
      var from = new Date(to.getTime() - (days - 1) * 86400000);
      var q = formQuery();
      q.to = to.toISOString().slice(0, 10);
      q.from = from.toISOString().slice(0, 10);
      apply(q);
    });
  });
  $("f-reset").addEventListener("click", function (ev) {
    ev.preventDefault();
    apply({});
  });
  window.addEventListener("popstate", load);

  $("logout").addEventListener("click", function () {
    api("POST", "/console/logout").catch(function () {}).then(function () { location.assign("/admin"); });
  });

  if (!window.Chart) say("The chart library did not load; tables still work.", "error");
  load();
})();
