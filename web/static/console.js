// kefu agent console. Plain JavaScript, no framework. Every text that
// comes from the server (customer messages, names, notes, articles) is
// inserted with textContent, never as HTML.
(function () {
  "use strict";

  var state = {
    me: null,        // the SessionResponse
    csrf: "",
    open: "",        // ID of the conversation shown
    view: null,      // its last View
    seen: {},        // message IDs shown in the open conversation
    queue: [],
    ws: null,
    wsRetry: 0,
    replyLang: ""    // language of the reply box text; "" = the agent's
  };

  function $(id) { return document.getElementById(id); }

  // el builds an element; children are nodes or strings (as text).
  function el(tag, attrs) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === "text") e.textContent = v;
        else if (k === "class") e.className = v;
        else e.setAttribute(k, v === true ? "" : String(v));
      });
    }
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined || c === "") continue;
      e.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    }
    return e;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function api(method, path, body) {
    var opts = { method: method, credentials: "same-origin", headers: {} };
    if (method !== "GET") {
      opts.headers["X-CSRF-Token"] = state.csrf;
      if (body !== undefined) {
        opts.headers["Content-Type"] = "application/json";
        opts.body = JSON.stringify(body);
      }
    }
    return fetch(path, opts).then(function (res) {
      if (res.status === 204) return {};
      return res.json().catch(function () { return {}; }).then(function (data) {
        if (!res.ok) {
          var err = new Error((data.error && data.error.message) || ("HTTP " + res.status));
          err.status = res.status;
          err.code = data.error && data.error.code;
          err.field = (data.error && data.error.field) || "";
          err.retryAfter = parseInt(res.headers.get("Retry-After") || "", 10) || 0;
          if (res.status === 401 && path.indexOf("/console/api/") === 0) showLogin();
          throw err;
        }
        return data;
      });
    });
  }

  function fmtWait(sec) {
    if (sec < 60) return sec + " s";
    var m = Math.floor(sec / 60);
    if (m < 60) return m + " min";
    return Math.floor(m / 60) + " h " + (m % 60) + " min";
  }

  function fmtTime(s) {
    var d = new Date(s);
    return isNaN(d) ? "" : d.toLocaleString();
  }

  // ---- login ----

  function showLogin() {
    state.me = null;
    if (state.ws) { state.ws.onclose = null; state.ws.close(); state.ws = null; }
    $("app").hidden = true;
    $("login").hidden = false;
  }

  function startApp(me) {
    state.me = me;
    state.csrf = me.csrf_token;
    $("login").hidden = true;
    $("app").hidden = false;
    $("me-name").textContent = me.agent.name + " (" + me.language + ")";
    $("me-tenant").textContent = me.tenant_name;
    $("to-admin").hidden = !(me.agent.role === "admin" || me.agent.role === "owner");
    $("presence").value = me.agent.presence;
    setReplyLang("");
    loadLists();
    loadCanned();
    connect();
    openFromHash();
  }

  // openFromHash opens the conversation a link names
  // (/console#conversation=ID: the dashboard's insights link to the
  // conversations behind them).
  function openFromHash() {
    var m = /^#conversation=([A-Za-z0-9_-]{1,100})$/.exec(location.hash);
    if (m && state.me) openConversation(m[1]);
  }
  window.addEventListener("hashchange", openFromHash);

  $("login-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    $("login-error").hidden = true;
    $("login-submit").disabled = true;
    api("POST", "/console/login", {
      tenant: $("login-tenant").value.trim(),
      email: $("login-email").value.trim(),
      password: $("login-password").value
    }).then(function (me) {
      $("login-password").value = "";
      $("login-submit").disabled = false;
      startApp(me);
    }).catch(function (err) {
      if (err.status === 429 && err.retryAfter > 0) {
        loginWait(err.retryAfter);
        return;
      }
      $("login-error").textContent = err.message;
      $("login-error").hidden = false;
      $("login-submit").disabled = false;
    });
  });

  // loginWait says how long the server asks to wait after too many
  // failed logins (429 with Retry-After) and keeps the button off until
  // then, counting down.
  var loginTimer = null;
  function loginWait(secs) {
    clearInterval(loginTimer);
    var until = Date.now() + secs * 1000;
    function tick() {
      var left = Math.ceil((until - Date.now()) / 1000);
      if (left <= 0) {
        clearInterval(loginTimer);
        $("login-error").textContent = "You can try again now.";
        $("login-submit").disabled = false;
        return;
      }
      $("login-error").textContent = "Too many failed attempts. For the account's safety, please wait " + fmtWait(left) + " before trying again.";
    }
    $("login-error").hidden = false;
    $("login-submit").disabled = true;
    tick();
    loginTimer = setInterval(tick, 1000);
  }

  $("logout").addEventListener("click", function () {
    api("POST", "/console/logout").catch(function () {}).then(showLogin);
  });

  $("presence").addEventListener("change", function () {
    api("POST", "/console/api/presence", { presence: $("presence").value }).then(function (r) {
      state.me.agent = r.agent;
      loadLists();
    }).catch(actionError);
  });

  // ---- lists ----

  var listTimer = null;

  // reasonLabels names the hand-off reasons (kefu's decision reasons and
  // dialog.DefaultHandoffs) for people; unknown ones are shown as words.
  var reasonLabels = {
    customer_asked: "asked for a person",
    anger: "angry customer",
    repeated_misunderstanding: "bot did not understand",
    no_handler: "bot has no answer",
    order_change: "order change",
    payment_problem: "payment problem",
    refund: "refund",
    account: "account problem",
    complaint: "complaint",
    after_sales: "after-sales problem",
    sensitive_health: "health or safety",
    sensitive_legal: "legal threat",
    sensitive_fraud: "fraud or payment dispute"
  };
  function reasonLabel(code) {
    return reasonLabels[code] || String(code || "").replace(/_/g, " ");
  }
  function loadListsSoon() {
    if (listTimer) return;
    listTimer = setTimeout(function () { listTimer = null; loadLists(); }, 150);
  }

  function loadLists() {
    api("GET", "/console/api/queue").then(function (r) {
      state.queue = r.queue;
      renderQueue();
    }).catch(function () {});
    api("GET", "/console/api/conversations").then(function (r) {
      renderMine(r.conversations);
    }).catch(function () {});
    api("GET", "/console/api/at-risk").then(renderRisk).catch(function () {});
  }

  // ---- at-risk deliveries (docs/proactive.md) ----

  var riskReasons = {
    storm: "storm forecast", heavy_rain: "heavy rain forecast", rain: "rain forecast", heat: "heat",
    fragile: "fragile goods", frozen: "frozen goods", chilled: "chilled goods", long_route: "long route",
    evening_slot: "evening slot", tight_promise: "tight delivery window"
  };
  var riskStatus = {
    pending: "not written yet", sending: "being written", sent: "customer told",
    opted_out: "customer opted out", failed: "could not write"
  };
  var riskKinds = { delay_warning: "delay warning", unboxing_guide: "unboxing guide" };

  // fmtSlot shows a delivery's slot in the shop's time zone tz ("today
  // 19:00", "tomorrow 19:00", "Dec 9 19:00").
  function fmtSlot(iso, tz) {
    var zone = {};
    try { if (tz) { new Intl.DateTimeFormat([], { timeZone: tz }); zone = { timeZone: tz }; } } catch (e) { zone = {}; }
    var day = function (d) { return d.toLocaleDateString("en-CA", zone); };
    var d = new Date(iso);
    var hm = d.toLocaleTimeString([], Object.assign({ hour: "2-digit", minute: "2-digit", hourCycle: "h23" }, zone));
    if (day(d) === day(new Date())) return "today " + hm;
    if (day(d) === day(new Date(Date.now() + 86400000))) return "tomorrow " + hm;
    return d.toLocaleDateString([], Object.assign({ month: "short", day: "numeric" }, zone)) + " " + hm;
  }

  function renderRisk(r) {
    var list = $("at-risk");
    clear(list);
    var orders = r.orders || [];
    $("risk-count").textContent = String(orders.length);
    $("risk-empty").hidden = orders.length > 0;
    orders.forEach(function (n) {
      var status = n.status === "pending" && !r.enabled ? "proactive messages off" : (riskStatus[n.status] || n.status);
      var why = (n.reasons || []).map(function (c) { return riskReasons[c] || String(c).replace(/_/g, " "); }).join(", ");
      var li = el("li", { "class": "risk-item", "data-id": n.conversation_id || "", "data-order": n.order_number, "data-testid": "risk-item",
          title: n.weather ? "Forecast: " + n.weather : null },
        el("div", { "class": "qi-top" },
          el("span", { "class": "qi-name", text: n.order_number + " · " + (n.customer_name || "customer") }),
          el("span", { "class": "risk-score", "data-high": n.score >= 0.6 ? "true" : "false", title: "probability of arriving late",
            text: Math.round(n.score * 100) + "%" })),
        el("div", { "class": "qi-meta" },
          el("span", { "class": "risk-slot", text: fmtSlot(n.slot, r.timezone) }),
          el("span", { "class": "risk-why", text: why }),
          el("span", { "class": "risk-status", "data-status": n.status, text: (riskKinds[n.kind] || n.kind) + ": " + status })));
      if (n.conversation_id) {
        li.addEventListener("click", function () { openConversation(n.conversation_id); });
      }
      list.appendChild(li);
    });
  }

  function renderQueue() {
    var q = $("queue");
    clear(q);
    $("queue-count").textContent = String(state.queue.length);
    $("queue-empty").hidden = state.queue.length > 0;
    var now = Date.now();
    state.queue.forEach(function (it) {
      var c = it.conversation;
      var since = new Date(it.since).getTime();
      var li = el("li", { "class": "queue-item", "data-id": c.id, "data-testid": "queue-item", "aria-current": c.id === state.open ? "true" : "false" },
        el("div", { "class": "qi-top" },
          el("span", { "class": "qi-name", text: it.customer_name || "Visitor " + c.id.slice(-4) }),
          el("span", { "class": "qi-prio", "data-high": it.effective_priority >= 3 ? "true" : "false", title: "effective priority (priority + 1 per 5 min waited)", text: "P" + it.effective_priority })),
        el("div", { "class": "qi-meta" },
          el("span", { "class": "qi-reason", "data-reason": it.reason || "", text: it.reason ? reasonLabel(it.reason) : "queued" }),
          el("span", { "class": "qi-lang", text: c.language || "" }),
          el("span", { "class": "qi-wait", "data-since": String(since), text: fmtWait(Math.max(0, Math.round((now - since) / 1000))) }),
          it.vip ? el("span", { "class": "qi-vip", text: "VIP" }) : null));
      li.addEventListener("click", function () { openConversation(c.id); });
      q.appendChild(li);
    });
  }

  // Waiting times tick every second without a request.
  setInterval(function () {
    var now = Date.now();
    var spans = document.querySelectorAll(".qi-wait");
    for (var i = 0; i < spans.length; i++) {
      var since = Number(spans[i].getAttribute("data-since"));
      spans[i].textContent = fmtWait(Math.max(0, Math.round((now - since) / 1000)));
    }
  }, 1000);
  // Effective priorities grow with the wait: refresh now and then.
  setInterval(function () { if (state.me) loadLists(); }, 30000);

  function renderMine(convs) {
    var m = $("mine");
    clear(m);
    $("mine-count").textContent = String(convs.length);
    convs.forEach(function (c) {
      var li = el("li", { "class": "mine-item", "data-id": c.id, "data-testid": "mine-item", "aria-current": c.id === state.open ? "true" : "false" },
        el("span", { "class": "qi-name", text: c.id }), " ", el("span", { "class": "badge", text: c.language || "" }));
      li.addEventListener("click", function () { openConversation(c.id); });
      m.appendChild(li);
    });
  }

  // ---- the language of the reply ----

  // languageLabel names a language tag in English, the console's language.
  function languageLabel(tag) {
    try {
      var n = new Intl.DisplayNames(["en"], { type: "language" }).of(tag);
      if (n) return n;
    } catch (e) { /* an old browser or an odd tag */ }
    return tag;
  }

  // setReplyLang fills the "writing in" list from the view's write
  // languages (adding lang when a canned reply or draft is in another)
  // and selects lang ("" = the agent's own); the line under it says how
  // the customer will get the reply, before it is sent.
  function setReplyLang(lang) {
    var sel = $("reply-lang");
    var v = state.view || {};
    var opts = (v.write_languages || []).slice();
    var mine = state.me ? state.me.language : "";
    if (!lang) lang = mine;
    if (lang && !opts.some(function (o) { return o.language === lang; })) {
      opts.push({ language: lang, delivery: lang === v.customer_language ? "as_written" : "translated" });
    }
    clear(sel);
    opts.forEach(function (o) {
      sel.appendChild(el("option", { value: o.language, "data-delivery": o.delivery, text: languageLabel(o.language) + " (" + o.language + ")" }));
    });
    sel.value = lang;
    state.replyLang = lang === mine ? "" : lang;
    var chosen = opts.filter(function (o) { return o.language === lang; })[0];
    var cust = v.customer_language ? languageLabel(v.customer_language) : "the customer's language";
    var line = "";
    if (chosen && chosen.delivery === "as_written") line = "The customer reads " + cust + ": sent as written.";
    else if (chosen && chosen.delivery === "translated") line = "Machine-translated into " + cust + " before it is sent.";
    else if (chosen) line = "No translation provider covers " + languageLabel(lang) + " → " + cust + ": the customer gets your text as written. Pick " + cust + " or a canned reply in it.";
    $("reply-delivery").textContent = line;
    $("reply-delivery").setAttribute("data-delivery", chosen ? chosen.delivery : "");
  }
  $("reply-lang").addEventListener("change", function () { setReplyLang($("reply-lang").value); });

  // ---- conversation ----

  function openConversation(id) {
    state.open = id;
    state.seen = {};
    state.view = null;
    setReplyLang("");
    $("reply-notice").textContent = "";
    $("action-error").textContent = "";
    $("conv-empty").hidden = true;
    $("conv").hidden = false;
    $("conv").setAttribute("data-id", id);
    var items = document.querySelectorAll(".queue-item, .mine-item");
    for (var i = 0; i < items.length; i++) items[i].setAttribute("aria-current", items[i].getAttribute("data-id") === id ? "true" : "false");
    comp = null;
    $("comp-block").hidden = true;
    $("grant-form").hidden = true;
    loadView();
    loadContext();
    loadProfile();
    loadAssist();
    loadAgents();
    loadCompensations();
  }

  function loadView() {
    var id = state.open;
    return api("GET", "/console/api/conversations/" + encodeURIComponent(id)).then(function (v) {
      if (id !== state.open) return;
      state.view = v;
      setReplyLang(state.replyLang);
      renderCanned();
      renderHeader(v.conversation, v.customer);
      clear($("messages"));
      state.seen = {};
      v.messages.forEach(appendMessage);
      renderNotes(v.notes);
    }).catch(actionError);
  }

  function renderHeader(c, customer) {
    if (customer) $("conv-title").textContent = customer.name || customer.external_id || c.id;
    else if (!state.view || !state.view.customer) $("conv-title").textContent = "Visitor " + c.id.slice(-4);
    $("conv-status").textContent = c.status;
    $("conv-status").setAttribute("data-status", c.status);
    $("conv-lang").textContent = c.language || "?";
    $("conv-reason").textContent = c.handoff_reason ? "reason: " + reasonLabel(c.handoff_reason) + ", priority " + c.priority : "";
    var mine = c.status === "agent" && c.agent_id === state.me.agent.id;
    $("take").disabled = !(c.status === "queued" || c.status === "bot");
    $("release").disabled = !mine;
    $("transfer").disabled = !mine;
    $("close").disabled = !(mine || ((state.me.agent.role === "admin" || state.me.agent.role === "owner") && c.status !== "closed"));
    $("reply-send").disabled = !mine;
    $("reply-text").disabled = !mine;
    if (state.view) state.view.conversation = c;
    if (comp) updateGrantVisibility(); // taking or releasing shows or hides the grant form
  }

  function appendMessage(m) {
    if (m.id && state.seen[m.id]) return;
    if (m.id) state.seen[m.id] = true;
    var who = m.author;
    if (m.author === "agent" && m.author_name) who = m.author_name;
    if (m.author === "customer") who = "customer";
    var li = el("li", { "class": "msg", "data-author": m.author, "data-id": m.id, "data-kind": m.kind || null, "data-testid": "msg" },
      el("span", { "class": "msg-who", text: who + " · " + fmtTime(m.created_at) + (m.language ? " · " + m.language : "") }),
      el("span", { "class": "msg-text", text: m.text }));
    if (m.translation) {
      var t = m.translation;
      if (t.machine) {
        li.appendChild(el("span", { "class": "msg-translation", "data-testid": "msg-translation" },
          el("span", { "class": "mt-label", text: "Machine translation → " + t.language + (t.provider ? " (" + t.provider + ")" : "") }),
          t.text));
      } else if (t.notice) {
        li.appendChild(el("span", { "class": "msg-notice", text: "Not translated: " + t.notice }));
      }
    }
    if (m.original_text) {
      li.appendChild(el("span", { "class": "msg-original", "data-testid": "msg-original" },
        el("span", { "class": "mt-label", text: "You wrote (" + m.original_language + "); the customer got the machine translation above (" + m.translated_by + ")" }),
        m.original_text));
    }
    (m.cards || []).forEach(function (card) {
      if (card.type === "coupon") {
        // A compensation the bot granted, as the customer saw it.
        li.appendChild(el("span", { "class": "msg-card", "data-testid": "msg-coupon-card",
          text: "Coupon granted: " + fmtMoney(card.amount, card.currency) + " · code " + (card.code || "") +
            (card.title ? " · " + card.title : "") + (card.subtitle ? " · " + card.subtitle : "") }));
        return;
      }
      if (card.type === "attachment") {
        li.appendChild(renderPhoto(m, card));
        return;
      }
      if (card.type === "products") {
        // The products the bot recommended, as the customer saw them.
        var list = el("ol", { "class": "msg-products", "data-testid": "msg-products-card" });
        (card.items || []).forEach(function (it) {
          list.appendChild(el("li", { text: (it.name || it.sku || "") + " — " + (it.price || "") + " (" + (it.sku || "") + ")" +
            ((it.reasons || []).length ? ": " + it.reasons.join(", ") : "") }));
        });
        li.appendChild(el("div", { "class": "msg-card" }, el("span", { "class": "card-title", text: card.title || "Recommended" }), list));
        return;
      }
      // The cold-chain report the customer was shown; agents open the
      // same page with their session.
      if (card.type !== "traceability") return;
      var box = el("div", { "class": "msg-card", "data-verdict": String(card.verdict || ""), "data-testid": "msg-trace-card" },
        el("span", { "class": "card-title", text: card.title || "" }),
        el("span", { "class": "card-verdict", text: card.subtitle || card.verdict || "" }));
      var facts = el("dl", { "class": "card-facts" });
      (card.facts || []).forEach(function (f) {
        facts.appendChild(el("dt", { text: f.label || "" }));
        facts.appendChild(el("dd", { text: f.value || "" }));
      });
      box.appendChild(facts);
      var url = String(card.url || "");
      if (/^\/trace\/[A-Za-z0-9_.-]+$/.test(url)) {
        box.appendChild(el("a", { href: url, target: "_blank", rel: "noopener noreferrer", text: "Open the cold-chain report" }));
      }
      li.appendChild(box);
    });
    if (m.trace) {
      var tr = m.trace;
      li.appendChild(el("span", { "class": "msg-trace", "data-testid": "msg-trace",
        text: "intent " + tr.intent + " · confidence " + (tr.confidence || 0).toFixed(2) + " · action " + tr.action +
          (tr.reason ? " · reason " + tr.reason : "") + (tr.skill ? " · skill " + tr.skill : "") +
          (tr.outcome ? " · outcome " + tr.outcome : "") + (tr.emotion ? " · emotion " + tr.emotion.label : "") +
          llmTrace(tr.extra && tr.extra.llm) }));
    }
    if (m.author === "bot" && m.reply_to && m.trace) replyTraces[m.reply_to] = m.trace;
    if (m.id && m.conversation_id && (m.author === "customer" || (m.author === "bot" && !m.kind))) {
      li.appendChild(renderCorrect(m));
    }
    var log = $("messages");
    log.appendChild(li);
    log.scrollTop = log.scrollHeight;
  }

  // llmTrace describes a language model's part in a reply (the trace's
  // extra.llm, docs/llm.md): written by it, or tried and refused.
  function llmTrace(l) {
    if (!l) return "";
    var ms = l.cached ? " (kept answer)" : typeof l.latency_ms === "number" ? " in " + Math.round(l.latency_ms) + " ms" : "";
    if (l.verdict === "answered") return " · written by LLM " + l.model + ms;
    return " · LLM " + l.model + " not used (" + String(l.verdict).replace(/_/g, " ") + ms + ")";
  }

  // replyTraces holds what kefu understood of a customer message (the
  // trace of the bot's reply to it), by the message's ID, so that a
  // relabel starts from the entities it found.
  var replyTraces = {};

  // entitiesText writes entities as the relabel form's field shows them:
  // "order_number=10023; country=IT".
  function entitiesText(list) {
    return (list || []).map(function (e) { return e.type + "=" + (e.value || e.text || ""); }).join("; ");
  }

  // parseEntities reads that field back into {type: value}; null when a
  // part is not type=value.
  function parseEntities(text) {
    var out = {}, ok = true;
    text.split(";").forEach(function (part) {
      part = part.trim();
      if (!part) return;
      var i = part.indexOf("=");
      var k = i > 0 ? part.slice(0, i).trim() : "";
      if (!/^[a-z][a-z0-9_]{0,49}$/.test(k)) { ok = false; return; }
      out[k] = part.slice(i + 1).trim();
    });
    return ok ? out : null;
  }

  // intentOptions loads the serving model's intents, with readable
  // labels, once (docs/learning.md).
  var intentList = null;
  function intentOptions() {
    if (!intentList) {
      intentList = api("GET", "/console/api/intents").then(function (r) { return r.intents || []; },
        function (err) { intentList = null; throw err; });
    }
    return intentList;
  }

  // renderCorrect is the correction control under a message: relabel a
  // customer message (what it meant); under a bot reply, flag it, give a
  // better answer, or say the article it used is wrong or outdated. The
  // correction is proposed for an administrator's review.
  function renderCorrect(m) {
    var relabel = m.author === "customer";
    var article = (!relabel && m.trace && m.trace.article_id) || "";
    var box = el("div", { "class": "msg-correct", "data-testid": "msg-correct" });
    var open = el("button", { type: "button", "class": "link-button", "data-testid": relabel ? "relabel-open" : "flag-open",
      text: relabel ? "Wrong intent? Relabel" : "Correct this answer" });
    box.appendChild(open);
    var status = el("span", { "class": "msg-correct-status", role: "status" });
    var kinds = [["answer_flagged", "Flag it as wrong"], ["answer_fixed", "Give a better answer"]];
    if (article) kinds.push(["article_wrong", "The article is wrong"], ["article_outdated", "The article is out of date"]);
    var done = { relabel: "", answer_flagged: "Flagged for review.", answer_fixed: "Better answer sent for review.",
      article_wrong: "Article reported as wrong.", article_outdated: "Article reported as out of date." };
    open.addEventListener("click", function () {
      open.hidden = true;
      var form = el("form", { "class": "msg-correct-form" });
      var select = null, kind = null, answer = null, mood = null, ents = null;
      if (relabel) {
        select = el("select", { "aria-label": "What the customer meant", "data-testid": "relabel-intent", required: true },
          el("option", { value: "", text: "What did the customer mean?" }));
        form.appendChild(select);
        intentOptions().then(function (list) {
          list.forEach(function (it) { select.appendChild(el("option", { value: it.intent, text: it.label })); });
        }, function (err) { status.textContent = "Intents not loaded: " + err.message; });
        mood = el("select", { "aria-label": "The customer's mood", "data-testid": "relabel-emotion" },
          el("option", { value: "", text: "Mood: as detected" }));
        [["neutral", "Neutral"], ["anger", "Angry"], ["anxiety", "Anxious"], ["satisfaction", "Satisfied"], ["sadness", "Sad"]].forEach(function (e) {
          mood.appendChild(el("option", { value: e[0], text: e[1] }));
        });
        form.appendChild(mood);
        ents = el("input", { type: "text", maxlength: "2000", "data-testid": "relabel-entities",
          "aria-label": "What it names: type=value, separated by semicolons",
          placeholder: "What it names, e.g. order_number=10023; country=IT" });
        ents.value = entitiesText((replyTraces[m.id] || {}).entities);
        form.appendChild(ents);
      } else {
        kind = el("select", { "aria-label": "What is wrong", "data-testid": "correct-kind" });
        kinds.forEach(function (k) { kind.appendChild(el("option", { value: k[0], text: k[1] })); });
        form.appendChild(kind);
        answer = el("textarea", { rows: "2", maxlength: "4000", placeholder: "The answer the customer should have got",
          "aria-label": "Better answer", "data-testid": "correct-answer", hidden: true });
        kind.addEventListener("change", function () {
          answer.hidden = kind.value !== "answer_fixed";
          answer.required = !answer.hidden;
        });
      }
      var reason = el("input", { type: "text", maxlength: "1000", placeholder: relabel ? "Note (optional)" : "Why? (optional)",
        "aria-label": "Note", "data-testid": "correct-reason" });
      form.appendChild(reason);
      if (answer) form.appendChild(answer);
      form.appendChild(el("button", { type: "submit", "data-testid": "correct-send", text: relabel ? "Send correction" : "Send" }));
      var cancel = el("button", { type: "button", "class": "link-button", text: "Cancel" });
      form.appendChild(cancel);
      cancel.addEventListener("click", function () { form.remove(); open.hidden = false; });
      form.addEventListener("submit", function (e) {
        e.preventDefault();
        var k = relabel ? "relabel" : kind.value;
        var body = { kind: k, message_id: m.id, reason: reason.value.trim() };
        if (relabel) body.intent = select.value;
        if (mood && mood.value) body.emotion = mood.value;
        if (ents && ents.value.trim()) {
          var parsed = parseEntities(ents.value);
          if (!parsed) {
            status.textContent = "Write what it names as type=value, separated by semicolons (order_number=10023; country=IT).";
            ents.focus();
            return;
          }
          body.entities = parsed;
        }
        if (k === "answer_fixed") body.answer = answer.value.trim();
        if (k === "article_wrong" || k === "article_outdated") body.article_id = article;
        api("POST", "/console/api/conversations/" + m.conversation_id + "/feedback", body).then(function () {
          form.remove();
          status.textContent = relabel ? "Relabelled as “" + select.options[select.selectedIndex].text + "”; waiting for review." : done[k];
        }, function (err) { status.textContent = "Not sent: " + err.message; });
      });
      box.insertBefore(form, status);
    });
    box.appendChild(status);
    return box;
  }

  // renderPhoto shows a customer's photo (an attachment card) as a
  // thumbnail that opens full size in a new tab. It is loaded through
  // the console's own route, with the agent's session; kefu re-encoded
  // it on upload, so it carries no metadata.
  function renderPhoto(m, card) {
    var a = card.attachment || {};
    var ok = /^[A-Za-z0-9_-]+$/;
    if (!ok.test(String(a.id || "")) || !ok.test(String(m.conversation_id || ""))) {
      return el("span", { "class": "msg-notice", text: "A photo that cannot be shown." });
    }
    var url = "/console/api/conversations/" + m.conversation_id + "/attachments/" + a.id;
    var img = el("img", { "class": "msg-photo", src: url, alt: "Photo from the customer" + (m.text ? ": " + m.text : ""),
      loading: "lazy", "data-testid": "msg-photo" });
    if (a.width > 0 && a.height > 0) {
      img.setAttribute("width", String(a.width));
      img.setAttribute("height", String(a.height));
    }
    // The photo's height is known once it loads: keep the log at its end
    // if the agent was reading there.
    img.addEventListener("load", function () {
      var log = $("messages");
      if (log.scrollHeight - log.scrollTop - log.clientHeight < img.clientHeight + 80) log.scrollTop = log.scrollHeight;
    });
    var size = a.size > 0 ? " · " + Math.max(1, Math.round(a.size / 1024)) + " KB" : "";
    return el("figure", { "class": "msg-attachment", "data-testid": "msg-attachment" },
      el("a", { href: url, target: "_blank", rel: "noopener noreferrer", title: "Open full size" }, img),
      el("figcaption", { "class": "mt-label", text: "Photo · " + (a.width || "?") + "×" + (a.height || "?") + size }));
  }

  function renderNotes(notes) {
    var n = $("notes");
    clear(n);
    notes.forEach(addNote);
  }

  function addNote(note) {
    $("notes").appendChild(el("li", { "class": "note", "data-testid": "note", "data-id": note.id },
      el("span", { "class": "note-meta", text: "Internal note · " + agentName(note.agent_id) + " · " + fmtTime(note.created_at) }),
      note.text));
  }

  var agents = [];
  function agentName(id) {
    for (var i = 0; i < agents.length; i++) if (agents[i].id === id) return agents[i].name;
    if (state.me && id === state.me.agent.id) return state.me.agent.name;
    return id;
  }

  function loadAgents() {
    api("GET", "/console/api/agents").then(function (r) {
      agents = r.agents;
      var sel = $("transfer-to");
      clear(sel);
      agents.forEach(function (a) {
        if (a.id === state.me.agent.id) return;
        sel.appendChild(el("option", { value: a.id, text: a.name + " · " + a.presence + " · " + a.load + "/" + a.max_chats + (a.languages ? " · " + a.languages.join(",") : "") }));
      });
    }).catch(function () {});
  }

  function loadContext() {
    var id = state.open;
    api("GET", "/console/api/conversations/" + encodeURIComponent(id) + "/context").then(function (cx) {
      if (id !== state.open) return;
      var cust = $("ctx-customer");
      clear(cust);
      if (cx.customer) {
        var c = cx.customer;
        cust.appendChild(el("div", { "class": "ctx-name", text: (c.name || c.external_id) + (c.vip ? " · VIP" : "") }));
        cust.appendChild(el("div", { "class": "muted", text: [c.external_id, c.email, c.phone, c.country, c.language].filter(Boolean).join(" · ") }));
      } else {
        cust.appendChild(el("div", { "class": "muted", text: "Anonymous visitor" }));
      }
      var orders = $("ctx-orders");
      clear(orders);
      cx.orders.forEach(function (oc) {
        var o = oc.order;
        var li = el("li", { "class": "ctx-order", "data-number": o.number },
          el("strong", { text: o.number }), " · " + o.status + " · " + fmtTime(o.placed_at));
        oc.shipments.forEach(function (s) {
          var last = s.events && s.events.length ? s.events[s.events.length - 1] : null;
          li.appendChild(el("div", { "class": "muted", text: s.carrier + " " + s.tracking_number + " · " + s.status + (last ? " · " + (last.location || "") + " " + (last.description || "") : "") }));
        });
        orders.appendChild(li);
      });
      if (!cx.orders.length) orders.appendChild(el("li", { "class": "muted", text: "No orders." }));
      var earlier = $("ctx-earlier");
      clear(earlier);
      cx.earlier.forEach(function (c) {
        earlier.appendChild(el("li", { text: fmtTime(c.created_at) + " · " + c.status + (c.rating ? " · rated " + c.rating + "/5" : "") }));
      });
      if (!cx.earlier.length) earlier.appendChild(el("li", { "class": "muted", text: "None." }));
    }).catch(function () {});
  }

  // ---- customer profile ----

  // Labels of the profile block, in the agent's language (English, or
  // Chinese for an agent whose language is zh).
  var profileWords = {
    en: {
      title: "Profile", none: "Nothing remembered yet.", anonymous: "Anonymous visitor: nothing is remembered.",
      add: "Add", holds: "It holds", denies: "It does not hold", forget: "Forget", not: "not",
      kinds: { skin_type: "Skin type", concern: "Concerns", finish: "Finish", style: "Style", budget: "Budget", category: "Buys", avoid: "Avoids" },
      values: { oily: "oily", dry: "dry", combination: "combination", normal: "normal", sensitive: "sensitive", low: "low", mid: "mid-range", high: "premium",
        matte: "matte", dewy: "dewy", acne: "acne", pores: "pores", blackheads: "blackheads", dullness: "dullness", wrinkles: "wrinkles",
        pigmentation: "dark spots", redness: "redness", dehydration: "dehydration" },
      sources: { chat: "said in chat", customer: "customer's own word", agent: "agent", order: "bought", event: "browsing" },
      levels: { settled: "settled", strong: "strong", likely: "likely", weak: "weak" }
    },
    zh: {
      title: "客户画像", none: "暂无记录。", anonymous: "匿名访客：不记录画像。",
      add: "添加", holds: "属实", denies: "不属实", forget: "忘记", not: "不是",
      kinds: { skin_type: "肤质", concern: "肌肤问题", finish: "妆效", style: "风格", budget: "预算", category: "常买品类", avoid: "避免" },
      values: { oily: "油皮", dry: "干皮", combination: "混合皮", normal: "中性皮", sensitive: "敏感肌", low: "平价", mid: "中档", high: "高端",
        matte: "哑光", dewy: "水光", acne: "痘痘", pores: "毛孔", blackheads: "黑头", dullness: "暗沉", wrinkles: "细纹",
        pigmentation: "色斑", redness: "泛红", dehydration: "缺水" },
      sources: { chat: "聊天中提到", customer: "客户本人更正", agent: "客服", order: "购买记录", event: "浏览行为" },
      levels: { settled: "已确认", strong: "很可能", likely: "可能", weak: "较弱" }
    }
  };
  var traitKinds = ["skin_type", "concern", "finish", "style", "budget", "category", "avoid"];

  function pw() {
    var l = state.me && state.me.language ? state.me.language : "en";
    return l.indexOf("zh") === 0 ? profileWords.zh : profileWords.en;
  }

  function strengthLevel(b) {
    if (b.strength >= 0.999 && (b.sources[0] === "customer" || b.sources[0] === "agent")) return "settled";
    if (b.strength >= 0.7) return "strong";
    if (b.strength >= 0.45) return "likely";
    return "weak";
  }

  function renderProfile(p, anonymous) {
    var w = pw();
    $("profile-title").textContent = w.title;
    $("profile-add").textContent = w.add;
    var box = $("ctx-profile");
    clear(box);
    var form = $("profile-form");
    form.hidden = anonymous;
    if (anonymous) {
      box.appendChild(el("div", { "class": "muted", text: w.anonymous }));
      return;
    }
    var kinds = $("profile-kind");
    if (!kinds.options.length || kinds.getAttribute("data-lang") !== w.title) {
      clear(kinds);
      traitKinds.forEach(function (k) { kinds.appendChild(el("option", { value: k, text: w.kinds[k] })); });
      kinds.setAttribute("data-lang", w.title);
    }
    var any = false;
    traitKinds.forEach(function (k) {
      var bs = p.beliefs[k] || [];
      // Values the customer or an agent said do not hold, for the record.
      var denied = [];
      p.traits.forEach(function (t) {
        if (t.kind === k && t.negated && (t.source === "customer" || t.source === "agent") &&
            !bs.some(function (b) { return b.value === t.value; }) && denied.indexOf(t.value) < 0) denied.push(t.value);
      });
      if (!bs.length && !denied.length) return;
      any = true;
      box.appendChild(el("div", { "class": "trait-kind", text: w.kinds[k] || k }));
      bs.forEach(function (b) {
        var lvl = strengthLevel(b);
        var actions = el("span", { "class": "trait-actions" },
          el("button", { type: "button", "class": "trait-confirm", title: w.holds, "aria-label": w.holds, text: "✓" }),
          el("button", { type: "button", "class": "trait-deny", title: w.denies, "aria-label": w.denies, text: "✗" }),
          el("button", { type: "button", "class": "trait-forget", title: w.forget, "aria-label": w.forget, text: w.forget }));
        actions.querySelector(".trait-confirm").addEventListener("click", function () { correctTrait(k, b.value, false, false); });
        actions.querySelector(".trait-deny").addEventListener("click", function () { correctTrait(k, b.value, true, false); });
        actions.querySelector(".trait-forget").addEventListener("click", function () { correctTrait(k, b.value, false, true); });
        box.appendChild(el("div", { "class": "trait", "data-kind": k, "data-value": b.value },
          el("span", { "class": "trait-value", text: w.values[b.value] || b.value }),
          el("span", { "class": "trait-strength", "data-level": lvl, text: w.levels[lvl] + " " + Math.round(b.strength * 100) + "%" }),
          actions,
          el("span", { "class": "trait-sources", text: b.sources.map(function (s) { return w.sources[s] || s; }).join(" · ") })));
      });
      denied.forEach(function (v) {
        box.appendChild(el("div", { "class": "trait trait-denied", "data-kind": k, "data-value": v, "data-negated": "true",
          text: w.not + " " + (w.values[v] || v) }));
      });
    });
    if (!any) box.appendChild(el("div", { "class": "muted", text: w.none }));
  }

  function loadProfile() {
    var id = state.open;
    if (!id) return;
    $("profile-error").textContent = "";
    api("GET", "/console/api/conversations/" + encodeURIComponent(id) + "/profile").then(function (p) {
      if (id !== state.open) return;
      renderProfile(p, !!p.anonymous);
    }).catch(function () {});
  }

  function correctTrait(kind, value, negated, forget) {
    var id = state.open;
    $("profile-error").textContent = "";
    return api("POST", "/console/api/conversations/" + encodeURIComponent(id) + "/profile",
      { kind: kind, value: value, negated: negated, forget: forget }).then(function (p) {
      if (id === state.open) renderProfile(p, false);
    }).catch(function (err) {
      $("profile-error").textContent = err.message;
    });
  }

  $("profile-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var v = $("profile-value").value.trim();
    if (!v) return;
    correctTrait($("profile-kind").value, v, false, false).then(function () {
      if (!$("profile-error").textContent) $("profile-value").value = "";
    });
  });

  function loadAssist() {
    var id = state.open;
    api("GET", "/console/api/conversations/" + encodeURIComponent(id) + "/assist").then(function (a) {
      if (id !== state.open) return;
      $("assist-emotion").textContent = a.emotion ? "Emotion: " + a.emotion.label + " (" + a.emotion.intensity.toFixed(2) + ")" + (a.intent ? " · intent " + a.intent : "") : "";
      $("assist-strategy").textContent = a.strategy ? a.strategy.text : "";
      var arts = $("assist-articles");
      clear(arts);
      a.articles.forEach(function (art) {
        arts.appendChild(el("li", { "class": "article", "data-id": art.id }, el("strong", { text: art.title }), "\n" + art.body));
      });
      if (!a.articles.length) arts.appendChild(el("li", { "class": "muted", text: "No matching article." }));
      var drafts = $("assist-drafts");
      clear(drafts);
      a.drafts.forEach(function (d) {
        var use = el("button", { type: "button", "class": "draft-use", text: "Use (" + d.language + ")" });
        use.addEventListener("click", function () {
          $("reply-text").value = d.text;
          setReplyLang(d.language);
          $("reply-text").focus();
        });
        drafts.appendChild(el("li", { "class": "draft", "data-source": d.source },
          el("strong", { text: d.source + (d.title ? " · " + d.title : "") }), "\n" + d.text,
          d.preview ? el("span", { "class": "draft-preview", text: d.preview_language + ": " + d.preview }) : null, "\n", use));
      });
      if (!a.drafts.length) drafts.appendChild(el("li", { "class": "muted", text: "No draft." }));
    }).catch(function () {});
  }

  function actionError(err) { $("action-error").textContent = err.message || String(err); }

  function act(name, body) {
    $("action-error").textContent = "";
    return api("POST", "/console/api/conversations/" + encodeURIComponent(state.open) + "/" + name, body).then(function (r) {
      if (r.conversation && r.conversation.id === state.open) renderHeader(r.conversation);
      loadLists();
      return r;
    }).catch(actionError);
  }

  $("take").addEventListener("click", function () { act("take").then(function () { loadView(); }); });
  $("release").addEventListener("click", function () { act("release"); });
  $("close").addEventListener("click", function () { act("close"); });
  $("transfer").addEventListener("click", function () {
    var to = $("transfer-to").value;
    if (to) act("transfer", { agent_id: to });
  });

  $("reply-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var text = $("reply-text").value;
    if (!text.trim()) return;
    var body = { text: text, client_message_id: "c-" + Date.now().toString(36) + "-" + Math.random().toString(36).slice(2, 10) };
    if (state.replyLang) body.language = state.replyLang;
    $("reply-send").disabled = true;
    act("reply", body).then(function (r) {
      if (!r) return;
      $("reply-text").value = "";
      setReplyLang($("reply-lang").value);
      $("reply-notice").textContent = r.notice ? "Sent untranslated: " + r.notice : "";
      appendMessage(r.message);
    }).then(function () { $("reply-send").disabled = false; });
  });

  $("note-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var text = $("note-text").value;
    if (!text.trim()) return;
    act("notes", { text: text }).then(function (r) {
      if (!r) return;
      $("note-text").value = "";
      addNote(r.note);
    });
  });

  // ---- compensations ----

  // currencyDigits is how many decimals a currency has, as the browser
  // knows it (JPY 0, EUR 2); 2 for unknown codes.
  function currencyDigits(cur) {
    try {
      return new Intl.NumberFormat("en", { style: "currency", currency: cur }).resolvedOptions().maximumFractionDigits;
    } catch (e) { return 2; }
  }

  // fmtMoney shows minor units of cur: 500 SGD as "SGD 5.00".
  function fmtMoney(minor, cur) {
    var v = (minor || 0) / Math.pow(10, currencyDigits(cur));
    try { return new Intl.NumberFormat(undefined, { style: "currency", currency: cur }).format(v); } catch (e) { return v.toFixed(2) + " " + (cur || ""); }
  }

  // minorOf reads a decimal amount ("4.5") as minor units of cur,
  // exactly; NaN when it is not a plain decimal with at most the
  // currency's decimals.
  function minorOf(s, cur) {
    var d = currencyDigits(cur);
    var m = /^(\d{1,13})(?:[.,](\d*))?$/.exec(String(s).trim());
    if (!m || (m[2] || "").length > d) return NaN;
    return Number(m[1] + ((m[2] || "") + new Array(d + 1).join("0")).slice(0, d));
  }

  var comp = null; // the last compensations answer of the open conversation

  var kindWords = { coupon: "Coupon", refund_line: "Refund (line)", refund_order: "Refund (order)" };

  function loadCompensations() {
    var id = state.open;
    return api("GET", "/console/api/conversations/" + encodeURIComponent(id) + "/compensations").then(function (r) {
      if (id !== state.open) return;
      comp = r;
      renderCompensations();
    }).catch(function (err) { $("comp-status").textContent = err.message; });
  }

  // canGrant mirrors the server's rule: the agent holds the conversation
  // and it has a known customer with orders.
  function canGrant() {
    var c = state.view && state.view.conversation;
    return !!(comp && comp.orders.length && c && c.status === "agent" && c.agent_id === state.me.agent.id);
  }

  function renderCompensations() {
    var block = $("comp-block");
    var list = $("comp-list");
    clear(list);
    $("comp-status").textContent = "";
    if (!comp) { block.hidden = true; return; }
    block.hidden = false;
    comp.entries.forEach(function (e) { list.appendChild(compEntry(e)); });
    if (!comp.entries.length) list.appendChild(el("li", { "class": "muted", text: comp.orders.length ? "Nothing granted yet." : "No orders, so nothing to compensate." }));
    updateGrantVisibility();
  }

  // updateGrantVisibility shows the grant form to the holder (filled
  // afresh when it appears) and a hint to the others.
  function updateGrantVisibility() {
    var form = $("grant-form");
    var grant = canGrant();
    $("comp-hold-hint").hidden = grant || !comp.orders.length;
    if (grant && form.hidden) fillGrantForm();
    form.hidden = !grant;
  }

  function compEntry(e) {
    var by = e.rule_id ? "by rule " + e.rule_id + " (version " + e.rule_version + ")" : "by " + (e.granted_by_name || e.granted_by);
    var li = el("li", { "class": "comp-entry", "data-id": e.id, "data-status": e.status, "data-testid": "comp-entry" },
      el("div", { "class": "comp-head" },
        el("span", { "class": "comp-what", text: (kindWords[e.kind] || e.kind) + " " + fmtMoney(e.amount, e.currency) }),
        el("span", { "class": "muted", text: "order " + (e.order_number || "—") }),
        el("span", { "class": "badge", "data-status": e.status, text: e.status === "revoked" ? "revoked" : "granted" })),
      e.code ? el("code", { "class": "comp-code", title: "coupon code", text: e.code }) : null,
      el("span", { "class": "comp-by", text: by + " · " + fmtTime(e.at) }),
      e.reason ? el("span", { "class": "comp-reason", dir: "auto", text: "Reason: " + e.reason }) : null,
      e.status === "revoked" ? el("span", { "class": "comp-reason", dir: "auto",
        text: "Revoked by " + (e.revoked_by_name || e.revoked_by) + " · " + fmtTime(e.revoked_at) + (e.revoke_reason ? ": " + e.revoke_reason : "") }) : null);
    if (e.can_revoke) {
      var b = el("button", { type: "button", "class": "comp-revoke", text: "Revoke" });
      b.addEventListener("click", function () { askRevokeReason(b, e); });
      li.appendChild(b);
    }
    return li;
  }

  // askRevokeReason asks beside the button why the grant is revoked;
  // nothing is sent without a reason.
  function askRevokeReason(button, e) {
    var reason = el("input", { "class": "revoke-reason", maxlength: 1000, placeholder: "Why is it revoked?", "aria-label": "Reason for revoking" });
    var ok = el("button", { type: "submit", "class": "confirm-ok", text: "Revoke" });
    var no = el("button", { type: "button", "class": "confirm-cancel", text: "Cancel" });
    var err = el("span", { "class": "error", role: "alert" });
    var box = el("form", { "class": "confirm", "aria-label": "Revoke" },
      el("span", { "class": "confirm-q", text: "Revoke this " + (kindWords[e.kind] || e.kind).toLowerCase() + "? The customer is not told; tell them yourself if needed." }),
      reason, el("span", { "class": "actions-row" }, ok, no), err);
    no.addEventListener("click", function () { box.parentNode.removeChild(box); button.hidden = false; button.focus(); });
    box.addEventListener("submit", function (ev) {
      ev.preventDefault();
      if (!reason.value.trim()) { err.textContent = "Give a reason."; reason.setAttribute("aria-invalid", "true"); reason.focus(); return; }
      ok.disabled = true;
      api("POST", "/console/api/compensations/" + encodeURIComponent(e.id) + "/revoke", { reason: reason.value.trim(), conversation_id: state.open }).then(function () {
        loadCompensations();
        loadView(); // the note
      }).catch(function (x) { err.textContent = x.message; ok.disabled = false; });
    });
    button.hidden = true;
    button.parentNode.insertBefore(box, button.nextSibling);
    reason.focus();
  }

  var grantClientID = "";

  function selectedOrder() {
    var n = $("grant-order").value;
    for (var i = 0; i < comp.orders.length; i++) if (comp.orders[i].number === n) return comp.orders[i];
    return null;
  }

  function fillGrantForm() {
    var sel = $("grant-order");
    clear(sel);
    comp.orders.forEach(function (o) {
      sel.appendChild(el("option", { value: o.number, text: o.number + " · " + fmtMoney(o.total, o.currency || comp.currency) + " · " + o.status +
        (o.refunded ? " · refunded " + fmtMoney(o.refunded, o.currency || comp.currency) : "") }));
    });
    $("grant-amount").value = "";
    $("grant-reason").value = "";
    clearGrantErrors();
    grantClientID = "";
    updateGrantForm();
  }

  // updateGrantForm shows the line choice for line refunds and says what
  // an empty amount means.
  function updateGrantForm() {
    var o = selectedOrder();
    if (!o) return;
    var kind = $("grant-kind").value;
    var cur = o.currency || comp.currency;
    $("grant-currency").textContent = "(" + cur + ")";
    $("grant-sku-field").hidden = kind !== "refund_line";
    var sku = $("grant-sku");
    var was = sku.value;
    clear(sku);
    o.lines.forEach(function (l) {
      sku.appendChild(el("option", { value: l.sku, text: (l.name || l.sku) + " (" + l.sku + ") · " + fmtMoney(l.value, cur) +
        (l.refunded ? " · refunded " + fmtMoney(l.refunded, cur) : "") }));
    });
    if (was) sku.value = was;
    $("grant-amount-hint").textContent = kind === "coupon" ? "At most the order's total, " + fmtMoney(o.total, cur) + ". Valid 30 days, no minimum spend; the customer gets it in the chat."
      : kind === "refund_line" ? "Empty: the whole line. The customer is not messaged; tell them yourself."
      : "Empty: what is left of " + fmtMoney(o.total - o.refunded, cur) + ". The customer is not messaged; tell them yourself.";
  }

  function clearGrantErrors() {
    var f = $("grant-form");
    var errs = f.querySelectorAll(".field-error");
    for (var i = 0; i < errs.length; i++) errs[i].textContent = "";
    var bad = f.querySelectorAll("[aria-invalid]");
    for (var j = 0; j < bad.length; j++) bad[j].removeAttribute("aria-invalid");
    $("grant-error").textContent = "";
  }

  // grantError puts an API error next to the field it names, else under
  // the form.
  function grantError(err) {
    var f = $("grant-form");
    var slot = err.field && f.querySelector('[data-field-error="' + err.field + '"]');
    if (!slot) { $("grant-error").textContent = err.message; return; }
    slot.textContent = err.message;
    var ctl = f.querySelector('[data-field="' + err.field + '"] select, [data-field="' + err.field + '"] input, [data-field="' + err.field + '"] textarea');
    if (ctl) { ctl.setAttribute("aria-invalid", "true"); ctl.focus(); }
  }

  $("grant-order").addEventListener("change", updateGrantForm);
  $("grant-kind").addEventListener("change", updateGrantForm);
  // A changed form is a new grant; the same form sent again (a retry
  // after a lost answer) is the same grant.
  ["grant-order", "grant-kind", "grant-sku", "grant-amount", "grant-reason"].forEach(function (id) {
    $(id).addEventListener("input", function () { grantClientID = ""; });
  });

  $("grant-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    clearGrantErrors();
    var o = selectedOrder();
    if (!o) return;
    var kind = $("grant-kind").value;
    var body = { order: o.number, kind: kind, reason: $("grant-reason").value };
    var amount = $("grant-amount").value.trim();
    if (amount) {
      body.amount = minorOf(amount, o.currency || comp.currency);
      if (isNaN(body.amount)) { grantError({ field: "amount", message: "Enter an amount like 5 or 4.50." }); return; }
    }
    if (kind === "refund_line") body.sku = $("grant-sku").value;
    if (!grantClientID) grantClientID = "g-" + Date.now().toString(36) + "-" + Math.random().toString(36).slice(2, 10);
    body.client_id = grantClientID;
    $("grant-submit").disabled = true;
    api("POST", "/console/api/conversations/" + encodeURIComponent(state.open) + "/compensations", body).then(function (r) {
      grantClientID = "";
      if (r.message) appendMessage(r.message);
      if (r.note) addNote(r.note);
      $("grant-form").hidden = true; // refilled by renderCompensations
      return loadCompensations();
    }).catch(function (err) {
      if (err.field === undefined) err.field = "";
      grantError(err);
    }).then(function () { $("grant-submit").disabled = false; });
  });

  // ---- canned replies ----

  var canned = [];
  function loadCanned() {
    api("GET", "/console/api/canned").then(function (r) {
      canned = r.canned_replies;
      renderCanned();
    }).catch(function () {});
  }

  // renderCanned lists the canned replies, those in the open
  // conversation's customer language first (sent as written, no machine
  // translation), then the order the server gave (the agent's languages
  // first).
  function renderCanned() {
    var sel = $("canned");
    var cust = state.view ? state.view.customer_language : "";
    clear(sel);
    sel.appendChild(el("option", { value: "", text: "—" }));
    var order = canned.map(function (c, i) { return i; });
    order.sort(function (a, b) {
      var ra = canned[a].language === cust ? 0 : 1, rb = canned[b].language === cust ? 0 : 1;
      return ra - rb || a - b;
    });
    order.forEach(function (i) {
      var c = canned[i];
      sel.appendChild(el("option", { value: String(i), text: c.title + " (" + languageLabel(c.language) + ")" }));
    });
  }

  $("canned-insert").addEventListener("click", function () {
    var i = $("canned").value;
    if (i === "") return;
    var c = canned[Number(i)];
    $("reply-text").value = c.text;
    setReplyLang(c.language);
    $("reply-text").focus();
  });

  // ---- live updates ----

  function connect() {
    if (!state.me) return;
    var proto = location.protocol === "https:" ? "wss:" : "ws:";
    var ws = new WebSocket(proto + "//" + location.host + "/console/ws?csrf=" + encodeURIComponent(state.csrf));
    state.ws = ws;
    ws.onopen = function () {
      state.wsRetry = 0;
      $("live").setAttribute("data-state", "on");
      loadLists();
      if (state.open) loadView();
    };
    ws.onmessage = function (ev) {
      var e;
      try { e = JSON.parse(ev.data); } catch (x) { return; }
      if (e.type === "conversation.status" && e.conversation) {
        loadListsSoon();
        if (e.conversation.id === state.open) renderHeader(e.conversation);
      } else if (e.type === "message.created" && e.message) {
        if (e.message.conversation_id === state.open) {
          appendMessage(e.message);
          if (e.message.author === "customer") {
            loadAssist();
            // The turn stores what the message revealed after its commit.
            setTimeout(loadProfile, 700);
          }
          if (e.message.author === "bot") loadProfile();
        }
      }
    };
    ws.onclose = function () {
      $("live").setAttribute("data-state", "off");
      if (state.ws !== ws || !state.me) return;
      state.ws = null;
      var delay = Math.min(10000, 500 * Math.pow(2, state.wsRetry++));
      setTimeout(connect, delay);
    };
  }

  // ---- start ----

  api("GET", "/console/api/me").then(startApp).catch(showLogin);
})();
