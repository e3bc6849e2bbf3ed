// kefu shop admin. Plain JavaScript, no framework, no build step.
//
// The page signs in with the console's login (POST /console/login, the
// same session cookie) and then talks only to the admin API under /v1,
// sending the session's CSRF token with every change. Each section of the
// page (settings, knowledge, synonyms, widget, ...) is a small module
// registered with addSection; see docs/admin.md.
//
// Every text that comes from the server (article titles and bodies, shop
// and agent names, synonyms, error messages) is inserted with textContent
// or as an attribute value, never as HTML.
(function () {
  "use strict";

  // ---- texts ----

  // TEXT holds the page's texts per language; other languages fall back
  // to English. {name} placeholders are filled by t() as plain text.
  var TEXT = {
    en: {
      login_title: "kefu shop admin",
      login_who: "For shop owners and admins. Sign in with your agent console account.",
      login_shop: "Shop", login_email: "Email", login_password: "Password", login_submit: "Sign in",
      to_console: "Agent console", to_admin: "Shop admin", logout: "Log out", admin: "shop admin",
      refused_title: "Shop admin",
      refused: "Only shop owners and admins can use these pages.",
      refused_who: "You are signed in as {name} ({role}). Ask an owner or admin of {shop} if you need a change.",
      role_agent: "agent", role_admin: "admin", role_owner: "owner",
      nav_settings: "Shop settings", nav_knowledge: "Knowledge", nav_synonyms: "Synonyms", nav_widget: "Widget",
      nav_agents: "Agents", nav_keys: "API keys", nav_promotions: "Promotions", nav_canned: "Canned replies",
      loading: "Loading…", save: "Save", saving: "Saving…", saved: "Saved.", cancel: "Cancel", reload: "Reload",
      copy: "Copy", copied: "Copied", required: "Required.", error_generic: "Something went wrong: {message}",
      conflict: "Someone else changed this since you opened it. Reload to see their version, then make your change again.",
      session_over: "Your session has ended; please sign in again.",
      not_yet: "This section is not available yet.",
      // settings
      settings_title: "Shop settings", settings_shop: "Shop: {name} ({id})",
      set_language_legend: "Languages", set_languages: "Languages the shop answers in", set_languages_hint: "Language tags such as en, zh, es, separated by commas. The first is the fallback.",
      set_default_language: "Default language", set_default_language_hint: "The shop's working language.",
      set_currency: "Currency", set_currency_hint: "ISO 4217 code, e.g. EUR, USD, CNY.",
      set_timezone: "Time zone", set_timezone_hint: "IANA name, e.g. Europe/Berlin or Asia/Shanghai; used for times shown to customers.",
      set_confidence: "Confidence threshold", set_confidence_hint: "From 0 to 1. Below it the bot asks the customer to clarify. Empty: kefu's default.",
      set_clarify: "Clarify limit", set_clarify_hint: "How many clarifying questions in a row before a person takes over. Empty: kefu's default.",
      set_handoff: "Hand-off to a person",
      set_anger_handoff: "Hand strongly angry customers to a person",
      set_sensitive_handoff: "Hand sensitive topics (health, legal threats, fraud) to a person",
      set_strategies: "Strategies", set_strategies_hint: "What kefu does when it senses a customer's mood, in the order tried. Unticked ones do not run.",
      set_widget: "Chat widget", set_widget_enabled: "Visitors of the shop's website can chat (the widget is on)",
      move_up: "Move up", move_down: "Move down",
      strategy_anger_priority: "Put strongly angry customers ahead of calmer ones in the queue",
      strategy_anxiety_progress: "Show worried customers the whole progress of their shipment",
      strategy_satisfaction_offer: "Offer pleased customers one of the shop's current promotions",
      settings_bad_number: "Enter a number.",
      // knowledge
      kn_title: "Knowledge", kn_all: "All articles", kn_review: "Review queue ({n})", kn_new: "New article",
      kn_empty: "No articles yet.", kn_review_empty: "Nothing is waiting for review.",
      kn_translate: "Translate into {language}",
      kn_missing_list: "Not translated yet:", kn_other_language: "other language, e.g. fr", kn_add_translation: "Add translation",
      st_draft: "draft", st_in_review: "in review", st_published: "published",
      kn_submit: "Submit for review", kn_publish: "Publish", kn_send_back: "Send back", kn_withdraw: "Withdraw",
      kn_edit: "Edit", kn_history: "Versions", kn_version: "version {n}", kn_updated: "updated {time}",
      kn_key: "Key", kn_key_hint: "Groups the translations of one article, e.g. shipping-times.",
      kn_language: "Language", kn_title_field: "Title", kn_body: "Text", kn_tags: "Tags", kn_intents: "Intents",
      kn_list_hint: "Separated by commas.",
      kn_save_submit: "Save and submit for review",
      kn_editing: "Edit article", kn_creating: "New article", kn_translating: "New translation",
      kn_source: "Original ({language})",
      kn_live_hint: "This article is published: saved changes answer customers at once.",
      kn_published: "Published.", kn_sent_back: "Sent back to draft.", kn_withdrawn: "Withdrawn to draft.", kn_submitted: "Submitted for review.",
      kn_history_title: "Versions of {key} ({language})", kn_from: "From", kn_to: "To",
      kn_one_version: "There is only one version so far.", kn_close: "Close",
      kn_no_change: "No difference between these versions.",
      kn_tags_line: "Tags: {tags}", kn_intents_line: "Intents: {intents}",
      // synonyms
      syn_title: "Synonyms",
      syn_hint: "Words or phrases your customers use for the same thing, one group per row, separated by commas, e.g. parcel, package. Knowledge search treats each group as one word.",
      syn_add: "Add group", syn_remove: "Remove", syn_empty: "No synonyms yet.",
      // widget
      w_title: "Widget on your website",
      w_off: "The chat widget is switched off in Shop settings: the snippets show nothing until you switch it on.",
      w_bubble: "Chat bubble on every page",
      w_bubble_hint: "Paste before </body> on the pages where customers should be able to chat.",
      w_frame: "Chat inside a frame",
      w_frame_hint: "For a help page or a mobile app's web view.",
      w_signed: "Signed-in customers",
      w_signed_hint: "So that the bot can look up a customer's orders, your server vouches for who is signed in: it signs the customer's id in your shop with the widget secret and puts both in the page. Compute the signature on your server only: whoever has the secret can claim to be any customer. The secret is not shown here.",
      w_signature: "signature = hex(HMAC-SHA256(widget secret, customer id))",
      w_secret_set: "This shop has a widget secret (it was shown once, when the shop was created).",
      w_secret_unset: "This shop has no widget secret, so visitors can only chat anonymously.",
      w_preview: "Open the chat page",
      w_signed_bubble: "Chat bubble for a signed-in customer",
      w_signed_frame: "Frame for a signed-in customer",
      w_sign_code: "Computing the signature on your server (shell, Go)"
    },
    zh: {
      login_title: "kefu 店铺管理",
      login_who: "供店主和管理员使用。请用客服工作台的账号登录。",
      login_shop: "店铺", login_email: "邮箱", login_password: "密码", login_submit: "登录",
      to_console: "客服工作台", to_admin: "店铺管理", logout: "退出登录", admin: "店铺管理",
      refused_title: "店铺管理",
      refused: "只有店主和管理员可以使用这些页面。",
      refused_who: "你当前以 {name}（{role}）身份登录。如需修改，请联系 {shop} 的店主或管理员。",
      role_agent: "客服", role_admin: "管理员", role_owner: "店主",
      nav_settings: "店铺设置", nav_knowledge: "知识库", nav_synonyms: "同义词", nav_widget: "聊天插件",
      nav_agents: "客服人员", nav_keys: "API 密钥", nav_promotions: "促销活动", nav_canned: "快捷回复",
      loading: "加载中…", save: "保存", saving: "保存中…", saved: "已保存。", cancel: "取消", reload: "重新加载",
      copy: "复制", copied: "已复制", required: "必填。", error_generic: "出错了：{message}",
      conflict: "在你打开之后，已有其他人修改了这里。请重新加载查看最新内容，然后再做一次修改。",
      session_over: "登录已失效，请重新登录。",
      not_yet: "此功能暂未开放。",
      settings_title: "店铺设置", settings_shop: "店铺：{name}（{id}）",
      set_language_legend: "语言", set_languages: "店铺使用的语言", set_languages_hint: "语言代码，如 en、zh、es，用逗号分隔。第一个为后备语言。",
      set_default_language: "默认语言", set_default_language_hint: "店铺的工作语言。",
      set_currency: "货币", set_currency_hint: "ISO 4217 代码，如 EUR、USD、CNY。",
      set_timezone: "时区", set_timezone_hint: "IANA 名称，如 Asia/Shanghai 或 Europe/Berlin；用于给顾客显示时间。",
      set_confidence: "置信度阈值", set_confidence_hint: "0 到 1 之间。低于此值时机器人会请顾客澄清。留空：使用 kefu 默认值。",
      set_clarify: "澄清次数上限", set_clarify_hint: "连续追问多少次后转人工。留空：使用 kefu 默认值。",
      set_handoff: "转人工",
      set_anger_handoff: "顾客非常生气时转人工",
      set_sensitive_handoff: "敏感话题（健康、法律威胁、欺诈）转人工",
      set_strategies: "应对策略", set_strategies_hint: "kefu 察觉到顾客情绪时的做法，按顺序尝试。未勾选的不会运行。",
      set_widget: "聊天插件", set_widget_enabled: "店铺网站的访客可以聊天（插件已开启）",
      move_up: "上移", move_down: "下移",
      strategy_anger_priority: "让非常生气的顾客在排队中优先",
      strategy_anxiety_progress: "向焦虑的顾客展示包裹的完整物流进度",
      strategy_satisfaction_offer: "向满意的顾客推荐店铺当前的促销活动",
      settings_bad_number: "请输入数字。",
      kn_title: "知识库", kn_all: "全部文章", kn_review: "待审核（{n}）", kn_new: "新建文章",
      kn_empty: "还没有文章。", kn_review_empty: "没有待审核的文章。",
      kn_translate: "翻译成{language}",
      kn_missing_list: "尚未翻译：", kn_other_language: "其他语言，如 fr", kn_add_translation: "添加译文",
      st_draft: "草稿", st_in_review: "审核中", st_published: "已发布",
      kn_submit: "提交审核", kn_publish: "发布", kn_send_back: "退回", kn_withdraw: "撤回",
      kn_edit: "编辑", kn_history: "版本", kn_version: "第 {n} 版", kn_updated: "更新于 {time}",
      kn_key: "键", kn_key_hint: "用来归组同一篇文章的各语言版本，如 shipping-times。",
      kn_language: "语言", kn_title_field: "标题", kn_body: "正文", kn_tags: "标签", kn_intents: "意图",
      kn_list_hint: "用逗号分隔。",
      kn_save_submit: "保存并提交审核",
      kn_editing: "编辑文章", kn_creating: "新建文章", kn_translating: "新建译文",
      kn_source: "原文（{language}）",
      kn_live_hint: "这篇文章已发布：保存的修改会立即用于回答顾客。",
      kn_published: "已发布。", kn_sent_back: "已退回为草稿。", kn_withdrawn: "已撤回为草稿。", kn_submitted: "已提交审核。",
      kn_history_title: "{key}（{language}）的版本", kn_from: "从", kn_to: "到",
      kn_one_version: "目前只有一个版本。", kn_close: "关闭",
      kn_no_change: "这两个版本没有差别。",
      kn_tags_line: "标签：{tags}", kn_intents_line: "意图：{intents}",
      syn_title: "同义词",
      syn_hint: "顾客对同一事物的不同说法，每行一组，用逗号分隔，如：充电宝, 移动电源。知识库搜索把每组当作同一个词。",
      syn_add: "添加一组", syn_remove: "删除", syn_empty: "还没有同义词。",
      w_title: "网站聊天插件",
      w_off: "聊天插件已在店铺设置中关闭：开启之前，以下代码不会显示任何内容。",
      w_bubble: "每个页面上的聊天气泡",
      w_bubble_hint: "粘贴到希望顾客能聊天的页面的 </body> 之前。",
      w_frame: "嵌入框架中的聊天",
      w_frame_hint: "用于帮助页面或移动应用的网页视图。",
      w_signed: "已登录的顾客",
      w_signed_hint: "为了让机器人能查询顾客的订单，你的服务器需要证明是谁登录了：用插件密钥对顾客在店铺中的编号签名，并把两者放进页面。签名只能在你的服务器上计算：持有密钥的人可以冒充任何顾客。此处不显示密钥。",
      w_signature: "signature = hex(HMAC-SHA256(插件密钥, 顾客编号))",
      w_secret_set: "本店铺已有插件密钥（仅在创建店铺时显示过一次）。",
      w_secret_unset: "本店铺没有插件密钥，访客只能匿名聊天。",
      w_preview: "打开聊天页面",
      w_signed_bubble: "已登录顾客的聊天气泡",
      w_signed_frame: "已登录顾客的聊天框架",
      w_sign_code: "在你的服务器上计算签名（shell、Go）"
    }
  };

  var lang = pickLanguage(navigator.language);

  function pickLanguage(tag) {
    var base = String(tag || "en").toLowerCase().split("-")[0];
    return TEXT[base] ? base : "en";
  }

  // t returns the text key in the page's language, with {name}
  // placeholders filled from vars as plain text.
  function t(key, vars) {
    var s = TEXT[lang][key];
    if (s === undefined) s = TEXT.en[key];
    if (s === undefined) s = key;
    if (vars) {
      s = s.replace(/\{([a-z_]+)\}/g, function (m, name) {
        return Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : m;
      });
    }
    return s;
  }

  // applyTexts translates the static parts of the page.
  function applyTexts() {
    document.documentElement.setAttribute("lang", lang);
    var nodes = document.querySelectorAll("[data-i18n]");
    for (var i = 0; i < nodes.length; i++) nodes[i].textContent = t(nodes[i].getAttribute("data-i18n"));
  }

  // ---- helpers ----

  var state = {
    me: null,     // the SessionResponse of the signed-in agent
    csrf: "",
    shop: null,   // the last GET /v1/settings answer
    current: ""   // ID of the section shown
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

  function on(node, event, fn) { node.addEventListener(event, fn); return node; }

  function fmtTime(s) {
    var d = new Date(s);
    return isNaN(d) ? "" : d.toLocaleString(lang);
  }

  // splitList splits a comma-separated list (also the Chinese commas),
  // trimming entries and dropping empty ones.
  function splitList(s) {
    return String(s || "").split(/[,，、]/).map(function (x) { return x.trim(); }).filter(Boolean);
  }

  // api calls the server and resolves to {data, etag, status}; failures
  // reject with an Error carrying status, code, field and items.
  function api(method, path, body, headers) {
    var opts = { method: method, credentials: "same-origin", headers: {} };
    if (headers) Object.keys(headers).forEach(function (k) { if (headers[k]) opts.headers[k] = headers[k]; });
    if (method !== "GET") {
      opts.headers["X-CSRF-Token"] = state.csrf;
      if (body !== undefined) {
        opts.headers["Content-Type"] = "application/json";
        opts.body = JSON.stringify(body);
      }
    }
    return fetch(path, opts).then(function (res) {
      var etag = res.headers.get("ETag") || "";
      if (res.status === 204) return { data: {}, etag: etag, status: 204 };
      return res.json().catch(function () { return {}; }).then(function (data) {
        if (!res.ok) {
          var e = data.error || {};
          var err = new Error(e.message || ("HTTP " + res.status));
          err.status = res.status;
          err.code = e.code || "";
          err.field = e.field || "";
          err.items = e.items || [];
          if (res.status === 401 && state.me) sessionOver();
          throw err;
        }
        return { data: data, etag: etag, status: res.status };
      });
    });
  }

  // fieldKey maps an API error field ("settings.default_language",
  // "synonyms[3][1]") to the key the page's fields are marked with.
  function fieldKey(field) {
    return String(field || "").replace(/^settings\./, "").replace(/\[.*$/, "").replace(/\..*$/, "").replace(/ .*$/, "");
  }

  // message is a status line: role=status for success, alert for errors.
  function message(cls) {
    return el("p", { "class": "admin-msg " + (cls || ""), role: "status" });
  }

  function say(node, text, kind) {
    node.textContent = text || "";
    node.setAttribute("data-kind", kind || "");
    node.setAttribute("role", kind === "error" || kind === "conflict" ? "alert" : "status");
  }

  // sayError shows err in node: the conflict message for 412, the
  // server's message otherwise. onReload, when given, adds a Reload button
  // to the conflict message.
  function sayError(node, err, onReload) {
    if (err.status === 412) {
      say(node, t("conflict"), "conflict");
      if (onReload) {
        node.appendChild(document.createTextNode(" "));
        node.appendChild(on(el("button", { type: "button", "class": "reload", text: t("reload") }), "click", onReload));
      }
      return;
    }
    say(node, err.message || t("error_generic", { message: String(err) }), "error");
  }

  // field builds a labelled form field: the control, a hint and the place
  // for its API error (p.field-error[data-field=key]).
  function field(key, label, control, hint) {
    var id = control.id;
    return el("div", { "class": "field", "data-field": key },
      el("label", { "for": id, text: label }),
      control,
      hint ? el("p", { "class": "hint", text: hint }) : null,
      el("p", { "class": "field-error error", "data-field-error": key, role: "alert" }));
  }

  function clearFieldErrors(root) {
    var errs = root.querySelectorAll(".field-error");
    for (var i = 0; i < errs.length; i++) errs[i].textContent = "";
    var bad = root.querySelectorAll("[aria-invalid]");
    for (var j = 0; j < bad.length; j++) bad[j].removeAttribute("aria-invalid");
  }

  // showFieldError puts err next to its field in root; false when root
  // has no such field.
  function showFieldError(root, err) {
    if (!err.field) return false;
    var key = fieldKey(err.field);
    var slot = root.querySelector('[data-field-error="' + cssEscape(key) + '"]');
    if (!slot) return false;
    slot.textContent = err.message;
    var ctl = root.querySelector('[data-field="' + cssEscape(key) + '"] input, [data-field="' + cssEscape(key) + '"] select, [data-field="' + cssEscape(key) + '"] textarea');
    if (ctl) { ctl.setAttribute("aria-invalid", "true"); ctl.focus(); }
    return true;
  }

  function cssEscape(s) {
    return window.CSS && CSS.escape ? CSS.escape(s) : String(s).replace(/[^a-zA-Z0-9_-]/g, "\\$&");
  }

  // copyButton copies the text of node to the clipboard.
  function copyButton(node, testid) {
    var b = el("button", { type: "button", "class": "copy", "data-testid": testid, text: t("copy") });
    on(b, "click", function () {
      var text = node.textContent;
      var done = function () {
        b.textContent = t("copied");
        b.setAttribute("data-copied", "true");
        setTimeout(function () { b.textContent = t("copy"); b.removeAttribute("data-copied"); }, 2000);
      };
      var fallback = function () {
        var r = document.createRange();
        r.selectNodeContents(node);
        var sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(r);
        try { if (document.execCommand("copy")) done(); } catch (e) { /* the text stays selected */ }
      };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, fallback);
      else fallback();
    });
    return b;
  }

  // loadShop reads the shop's settings (with their ETag) into state.shop.
  function loadShop() {
    return api("GET", "/v1/settings").then(function (r) {
      state.shop = { data: r.data, etag: r.etag };
      return state.shop;
    });
  }

  function shopLanguages() {
    var s = state.shop && state.shop.data.settings;
    if (!s) return [];
    var out = (s.languages || []).slice();
    if (s.default_language && out.indexOf(s.default_language) < 0) out.unshift(s.default_language);
    return out;
  }

  // languageName names a language tag in the page's language when the
  // browser can, e.g. "zh" -> "Chinese (zh)".
  function languageName(tag) {
    try {
      var n = new Intl.DisplayNames([lang], { type: "language" }).of(tag);
      if (n && n !== tag) return n + " (" + tag + ")";
    } catch (e) { /* old browser or odd tag */ }
    return tag;
  }

  // ---- sections ----

  // sections are the page's modules, in nav order. A section is
  //   { id, label (text key), hidden (no nav entry yet), show(panel) }
  // show builds the section into an empty panel; it runs each time the
  // section is opened.
  var sections = [];
  function addSection(s) { sections.push(s); }

  function renderNav() {
    var nav = $("nav");
    clear(nav);
    sections.forEach(function (s) {
      if (s.hidden) return;
      var a = el("a", { href: "#" + s.id, "data-section": s.id, text: t(s.label), "aria-current": s.id === state.current ? "page" : null });
      nav.appendChild(el("li", null, a));
    });
  }

  function sectionByID(id) {
    for (var i = 0; i < sections.length; i++) if (sections[i].id === id && !sections[i].hidden) return sections[i];
    return null;
  }

  function showSection(id) {
    var s = sectionByID(id) || sectionByID("settings");
    state.current = s.id;
    var links = $("nav").querySelectorAll("a");
    for (var i = 0; i < links.length; i++) {
      if (links[i].getAttribute("data-section") === s.id) links[i].setAttribute("aria-current", "page");
      else links[i].removeAttribute("aria-current");
    }
    var panel = $("panel");
    clear(panel);
    panel.setAttribute("data-section", s.id);
    s.show(panel);
  }

  window.addEventListener("hashchange", function () {
    if (state.me && canAdminister(state.me.agent)) showSection(location.hash.slice(1));
  });

  // ---- shop settings ----

  // STRATEGIES are kefu's emotion strategies in kefu's order (the
  // Strategy* names of vocab.go).
  var STRATEGIES = ["anger_priority", "anxiety_progress", "satisfaction_offer"];

  function strategyLabel(name) {
    var key = "strategy_" + name;
    return TEXT.en[key] ? t(key) : String(name).replace(/_/g, " ");
  }

  addSection({ id: "settings", label: "nav_settings", show: showSettings });

  function showSettings(panel) {
    var status = message();
    panel.appendChild(el("h2", { text: t("settings_title") }));
    panel.appendChild(status);
    say(status, t("loading"));
    loadShop().then(function (shop) {
      say(status, "");
      renderSettings(panel, shop, status);
    }).catch(function (err) { sayError(status, err); });
  }

  // renderSettings builds the settings form from shop into panel (after
  // its heading and status line); notice, when given, is shown beside
  // the Save button.
  function renderSettings(panel, shop, status, notice) {
    var s = shop.data.settings;
    var form = el("form", { id: "settings-form", "class": "admin-form", novalidate: true });

    var languages = el("input", { id: "set-languages", value: (s.languages || []).join(", "), autocomplete: "off" });
    var defLang = el("select", { id: "set-default-language" });
    var fillDefault = function () {
      var keep = defLang.value || s.default_language || "";
      clear(defLang);
      var opts = splitList(languages.value);
      if (keep && opts.indexOf(keep) < 0) opts.unshift(keep);
      if (!opts.length) opts = [""];
      opts.forEach(function (l) { defLang.appendChild(el("option", { value: l, text: l ? languageName(l) : "—" })); });
      defLang.value = keep || opts[0];
    };
    on(languages, "input", fillDefault);
    fillDefault();
    defLang.value = s.default_language || defLang.value;

    var currency = el("input", { id: "set-currency", value: s.currency || "", maxlength: 3, "class": "short", autocomplete: "off" });
    var tz = el("input", { id: "set-timezone", value: s.timezone || "", list: "set-timezones", autocomplete: "off" });
    var zones = el("datalist", { id: "set-timezones" });
    try {
      if (Intl.supportedValuesOf) Intl.supportedValuesOf("timeZone").forEach(function (z) { zones.appendChild(el("option", { value: z })); });
    } catch (e) { /* no list: free text */ }
    var confidence = el("input", { id: "set-confidence", type: "number", min: 0, max: 1, step: "0.01", "class": "short", value: s.confidence_threshold ? String(s.confidence_threshold) : "" });
    var clarify = el("input", { id: "set-clarify", type: "number", min: 0, step: 1, "class": "short", value: s.clarify_limit ? String(s.clarify_limit) : "" });

    var anger = el("input", { id: "set-anger-handoff", type: "checkbox" });
    anger.checked = !s.no_anger_handoff;
    var sensitive = el("input", { id: "set-sensitive-handoff", type: "checkbox" });
    sensitive.checked = !s.no_sensitive_handoff;
    var widget = el("input", { id: "set-widget-enabled", type: "checkbox" });
    widget.checked = !!s.widget_enabled;

    // Strategies: every known one, those the shop runs first in its
    // order; unknown names the shop has are kept as they are.
    var running = s.strategies === null || s.strategies === undefined ? STRATEGIES.slice() : s.strategies.slice();
    if (s.no_satisfaction_offer) running = running.filter(function (n) { return n !== "satisfaction_offer"; });
    var order = running.concat(STRATEGIES.filter(function (n) { return running.indexOf(n) < 0; }));
    var list = el("ol", { id: "set-strategies", "class": "strategies" });
    var renderStrategies = function () {
      var checked = {};
      var items = list.querySelectorAll("li");
      if (items.length) {
        order = [];
        for (var i = 0; i < items.length; i++) {
          var n = items[i].getAttribute("data-strategy");
          order.push(n);
          checked[n] = items[i].querySelector("input").checked;
        }
      } else {
        order.forEach(function (n) { checked[n] = running.indexOf(n) >= 0; });
      }
      clear(list);
      order.forEach(function (n, i) {
        var box = el("input", { type: "checkbox", id: "strategy-" + n });
        box.checked = checked[n];
        var up = el("button", { type: "button", "class": "icon", title: t("move_up"), "aria-label": t("move_up") + ": " + strategyLabel(n), disabled: i === 0, text: "↑" });
        var down = el("button", { type: "button", "class": "icon", title: t("move_down"), "aria-label": t("move_down") + ": " + strategyLabel(n), disabled: i === order.length - 1, text: "↓" });
        var li = el("li", { "data-strategy": n }, box, " ", el("label", { "for": "strategy-" + n, text: strategyLabel(n) }), el("span", { "class": "spacer" }), up, down);
        on(up, "click", function () { move(li, -1); });
        on(down, "click", function () { move(li, 1); });
        list.appendChild(li);
      });
    };
    var move = function (li, by) {
      var sib = by < 0 ? li.previousElementSibling : li.nextElementSibling;
      if (!sib) return;
      if (by < 0) list.insertBefore(li, sib); else list.insertBefore(sib, li);
      renderStrategies();
    };
    renderStrategies();
    var strategiesOf = function () {
      var out = [];
      var items = list.querySelectorAll("li");
      for (var i = 0; i < items.length; i++) if (items[i].querySelector("input").checked) out.push(items[i].getAttribute("data-strategy"));
      return out;
    };

    var save = el("button", { id: "settings-save", type: "submit", "class": "primary", text: t("save") });
    var saveMsg = message();

    form.appendChild(el("p", { "class": "muted", text: t("settings_shop", { name: shop.data.name, id: shop.data.shop }) }));
    form.appendChild(el("fieldset", null, el("legend", { text: t("set_language_legend") }),
      field("languages", t("set_languages"), languages, t("set_languages_hint")),
      field("default_language", t("set_default_language"), defLang, t("set_default_language_hint"))));
    form.appendChild(el("fieldset", null, el("legend", { text: t("set_currency") + " · " + t("set_timezone") }),
      field("currency", t("set_currency"), currency, t("set_currency_hint")),
      field("timezone", t("set_timezone"), tz, t("set_timezone_hint")), zones));
    form.appendChild(el("fieldset", null, el("legend", { text: t("set_handoff") }),
      field("confidence_threshold", t("set_confidence"), confidence, t("set_confidence_hint")),
      field("clarify_limit", t("set_clarify"), clarify, t("set_clarify_hint")),
      el("div", { "class": "check", "data-field": "no_anger_handoff" }, anger, el("label", { "for": anger.id, text: t("set_anger_handoff") })),
      el("div", { "class": "check", "data-field": "no_sensitive_handoff" }, sensitive, el("label", { "for": sensitive.id, text: t("set_sensitive_handoff") }))));
    form.appendChild(el("fieldset", { "data-field": "strategies" }, el("legend", { text: t("set_strategies") }),
      el("p", { "class": "hint", text: t("set_strategies_hint") }), list,
      el("p", { "class": "field-error error", "data-field-error": "strategies", role: "alert" })));
    form.appendChild(el("fieldset", { "data-field": "widget_enabled" }, el("legend", { text: t("set_widget") }),
      el("div", { "class": "check" }, widget, el("label", { "for": widget.id, text: t("set_widget_enabled") }))));
    form.appendChild(el("div", { "class": "form-actions" }, save, saveMsg));
    panel.appendChild(form);
    if (notice) say(saveMsg, notice, "ok");

    var number = function (input, key) {
      var v = input.value.trim();
      if (v === "") return 0;
      var n = Number(v);
      if (!isFinite(n)) {
        var slot = form.querySelector('[data-field-error="' + key + '"]');
        slot.textContent = t("settings_bad_number");
        throw new Error(t("settings_bad_number"));
      }
      return n;
    };

    on(form, "submit", function (ev) {
      ev.preventDefault();
      clearFieldErrors(form);
      say(saveMsg, "");
      var next = JSON.parse(JSON.stringify(state.shop.data.settings));
      try {
        next.confidence_threshold = number(confidence, "confidence_threshold");
        next.clarify_limit = number(clarify, "clarify_limit");
      } catch (e) { return; }
      next.languages = splitList(languages.value);
      next.default_language = defLang.value;
      next.currency = currency.value.trim().toUpperCase();
      next.timezone = tz.value.trim();
      next.no_anger_handoff = !anger.checked;
      next.no_sensitive_handoff = !sensitive.checked;
      next.widget_enabled = widget.checked;
      var chosen = strategiesOf();
      var untouched = (s.strategies === null || s.strategies === undefined) && chosen.join() === STRATEGIES.join();
      next.strategies = untouched ? null : chosen;
      if (chosen.indexOf("satisfaction_offer") >= 0) next.no_satisfaction_offer = false;
      save.disabled = true;
      say(saveMsg, t("saving"));
      api("PUT", "/v1/settings", { settings: next }, { "If-Match": state.shop.etag }).then(function (r) {
        state.shop = { data: r.data, etag: r.etag };
        $("me-tenant").textContent = r.data.name;
        // The form again from what was stored (normalised values).
        panel.removeChild(form);
        renderSettings(panel, state.shop, status, t("saved"));
      }).catch(function (err) {
        if (err.status === 412 || !showFieldError(form, err)) sayError(saveMsg, err, function () { showSection("settings"); });
        else say(saveMsg, "");
      }).then(function () { save.disabled = false; });
    });
  }

  // ---- knowledge ----

  addSection({ id: "knowledge", label: "nav_knowledge", show: showKnowledge });

  // articlePath is the API path of an article (key and language escaped).
  function articlePath(key, language) {
    return "/v1/articles/" + encodeURIComponent(key) + "/" + encodeURIComponent(language);
  }

  // loadAll follows a list's cursor, up to 20 pages.
  function loadAll(path) {
    var items = [];
    var page = function (cursor, n) {
      var sep = path.indexOf("?") < 0 ? "?" : "&";
      return api("GET", path + sep + "limit=1000" + (cursor ? "&cursor=" + encodeURIComponent(cursor) : "")).then(function (r) {
        items = items.concat(r.data.items || []);
        if (r.data.next_cursor && n < 20) return page(r.data.next_cursor, n + 1);
        return items;
      });
    };
    return page("", 1);
  }

  function statusBadge(st) {
    return el("span", { "class": "badge status", "data-status": st, text: t("st_" + st) });
  }

  function showKnowledge(panel) {
    var view = "all";
    var status = message();
    var tabs = el("div", { "class": "tabs", role: "tablist" });
    var allTab = el("button", { type: "button", role: "tab", id: "kn-tab-all", text: t("kn_all") });
    var reviewTab = el("button", { type: "button", role: "tab", id: "kn-tab-review", text: t("kn_review", { n: "…" }) });
    var newBtn = el("button", { type: "button", id: "kn-new", "class": "primary", text: t("kn_new") });
    tabs.appendChild(allTab);
    tabs.appendChild(reviewTab);
    tabs.appendChild(el("span", { "class": "spacer" }));
    tabs.appendChild(newBtn);
    var work = el("div", { id: "kn-work" }); // the editor or the versions
    var list = el("div", { id: "kn-list" });
    panel.appendChild(el("h2", { text: t("kn_title") }));
    panel.appendChild(tabs);
    panel.appendChild(status);
    panel.appendChild(work);
    panel.appendChild(list);

    var articles = [];

    var refresh = function () {
      return Promise.all([loadAll("/v1/articles"), state.shop ? Promise.resolve(state.shop) : loadShop()]).then(function (r) {
        articles = r[0];
        render();
      }).catch(function (err) { sayError(status, err); });
    };

    var render = function () {
      var review = articles.filter(function (a) { return a.status === "in_review"; });
      reviewTab.textContent = t("kn_review", { n: review.length });
      allTab.setAttribute("aria-selected", view === "all" ? "true" : "false");
      reviewTab.setAttribute("aria-selected", view === "review" ? "true" : "false");
      clear(list);
      if (view === "review") renderReview(review);
      else renderAll();
    };

    var renderAll = function () {
      if (!articles.length) { list.appendChild(el("p", { "class": "muted", text: t("kn_empty") })); return; }
      var groups = [];
      var byKey = {};
      articles.forEach(function (a) {
        if (!byKey[a.key]) { byKey[a.key] = []; groups.push(a.key); }
        byKey[a.key].push(a);
      });
      var shopLangs = shopLanguages();
      groups.forEach(function (key) {
        var arts = byKey[key];
        // Shop languages first, in the shop's order, then any others.
        arts.sort(function (a, b) {
          var ia = shopLangs.indexOf(a.language), ib = shopLangs.indexOf(b.language);
          if (ia < 0) ia = 1000;
          if (ib < 0) ib = 1000;
          return ia - ib || (a.language < b.language ? -1 : 1);
        });
        var have = arts.map(function (a) { return a.language; });
        var missing = shopLangs.filter(function (l) { return have.indexOf(l) < 0; });
        var row = el("div", { "class": "article-row" });
        arts.forEach(function (a) { row.appendChild(articleCell(a)); });
        // The shop's languages without a version, and any other
        // language in a free field.
        var bar = el("div", { "class": "missing-translations" });
        if (missing.length) bar.appendChild(el("span", { "class": "muted small", text: t("kn_missing_list") }));
        missing.forEach(function (l) {
          var b = el("button", { type: "button", "class": "translate", "data-language": l, text: t("kn_translate", { language: languageName(l) }) });
          on(b, "click", function () { openEditor(arts[0], l); });
          bar.appendChild(b);
        });
        var other = el("input", { "class": "short other-language", maxlength: 35, "aria-label": t("kn_other_language") + " (" + key + ")", placeholder: t("kn_other_language") });
        var add = el("button", { type: "button", "class": "add-translation", text: t("kn_add_translation") });
        on(add, "click", function () { var l = other.value.trim(); if (l) openEditor(arts[0], l); });
        bar.appendChild(el("span", { "class": "spacer" }));
        bar.appendChild(other);
        bar.appendChild(add);
        var head = el("div", { "class": "group-head" }, el("code", { "class": "group-key", text: key }),
          el("span", { "class": "muted small", text: have.join(" · ") }));
        list.appendChild(el("section", { "class": "article-group", "data-key": key }, head, row, bar));
      });
    };

    var articleCell = function (a) {
      return el("div", { "class": "article-cell", "data-key": a.key, "data-language": a.language, "data-status": a.status, "data-testid": "article" },
        el("div", { "class": "cell-head" }, el("span", { "class": "badge lang", title: languageName(a.language), text: a.language }), statusBadge(a.status),
          el("span", { "class": "muted small", text: t("kn_version", { n: a.version }) })),
        el("h3", { "class": "article-title", dir: "auto", text: a.title }),
        el("div", { "class": "article-body", dir: "auto", text: a.body }),
        a.tags && a.tags.length ? el("p", { "class": "muted small", text: t("kn_tags_line", { tags: a.tags.join(", ") }) }) : null,
        el("p", { "class": "muted small", text: t("kn_updated", { time: fmtTime(a.updated_at) }) }),
        articleActions(a));
    };

    var articleActions = function (a) {
      var box = el("div", { "class": "cell-actions" });
      var btn = function (cls, label, fn) { box.appendChild(on(el("button", { type: "button", "class": cls, text: t(label) }), "click", fn)); };
      if (a.status === "draft") btn("act-submit", "kn_submit", function () { setStatus(a, "in_review", "kn_submitted"); });
      if (a.status === "in_review") {
        btn("act-publish primary", "kn_publish", function () { setStatus(a, "published", "kn_published"); });
        btn("act-send-back", "kn_send_back", function () { setStatus(a, "draft", "kn_sent_back"); });
      }
      if (a.status === "published") btn("act-withdraw", "kn_withdraw", function () { setStatus(a, "draft", "kn_withdrawn"); });
      btn("act-edit", "kn_edit", function () { openEditor(a); });
      btn("act-history", "kn_history", function () { openHistory(a); });
      return box;
    };

    var renderReview = function (review) {
      if (!review.length) { list.appendChild(el("p", { "class": "muted", id: "kn-review-empty", text: t("kn_review_empty") })); return; }
      review.forEach(function (a) {
        var published = articles.filter(function (o) { return o.key === a.key && o.language !== a.language && o.status === "published"; });
        list.appendChild(el("section", { "class": "review-item", "data-key": a.key, "data-language": a.language, "data-testid": "review-item" },
          el("div", { "class": "group-head" }, el("code", { "class": "group-key", text: a.key }), el("span", { "class": "badge lang", text: a.language }),
            statusBadge(a.status), el("span", { "class": "muted small", text: t("kn_version", { n: a.version }) + " · " + t("kn_updated", { time: fmtTime(a.updated_at) }) })),
          el("div", { "class": "article-row" },
            el("div", { "class": "article-cell" },
              el("h3", { "class": "article-title", dir: "auto", text: a.title }),
              el("div", { "class": "article-body", dir: "auto", text: a.body }),
              articleActions(a)),
            published.length ? el("div", { "class": "article-cell reference", "data-language": published[0].language },
              el("div", { "class": "cell-head" }, el("span", { "class": "badge lang", text: published[0].language }), statusBadge(published[0].status)),
              el("h3", { "class": "article-title", dir: "auto", text: published[0].title }),
              el("div", { "class": "article-body", dir: "auto", text: published[0].body })) : null)));
      });
    };

    var setStatus = function (a, to, done) {
      say(status, "");
      api("POST", articlePath(a.key, a.language) + "/status", { status: to }).then(function () {
        say(status, t(done) + " " + a.title, "ok");
        return refresh();
      }).catch(function (err) { sayError(status, err, refresh); });
    };

    // openEditor edits article a, or creates its translation into
    // language translateTo, or (a null) creates a new article.
    var openEditor = function (a, translateTo) {
      clear(work);
      say(status, "");
      var mode = !a ? "new" : translateTo ? "translate" : "edit";
      var box = el("section", { "class": "editor", id: "article-editor", "data-mode": mode });
      work.appendChild(box);
      var fill = function (cur, etag) {
        var key = el("input", { id: "ed-key", value: mode === "new" ? "" : a.key, readonly: mode !== "new", maxlength: 200, autocomplete: "off" });
        var language = el("input", { id: "ed-language", value: mode === "edit" ? a.language : translateTo || (shopLanguages()[0] || ""), readonly: mode !== "new", maxlength: 35, "class": "short", autocomplete: "off" });
        var title = el("input", { id: "ed-title", value: mode === "edit" ? cur.title : "", maxlength: 500, dir: "auto" });
        var body = el("textarea", { id: "ed-body", rows: 10, dir: "auto" });
        body.value = mode === "edit" ? cur.body : "";
        var tags = el("input", { id: "ed-tags", value: ((mode === "new" ? [] : cur.tags) || []).join(", ") });
        var intents = el("input", { id: "ed-intents", value: ((mode === "new" ? [] : cur.intents) || []).join(", ") });
        var msg = message();
        var saveBtn = el("button", { type: "button", id: "ed-save", "class": "primary", text: t("save") });
        var submitBtn = el("button", { type: "button", id: "ed-submit", text: t("kn_save_submit") });
        var cancel = el("button", { type: "button", id: "ed-cancel", text: t("cancel") });
        var form = el("div", { "class": "admin-form editor-form" },
          el("h3", { text: t(mode === "edit" ? "kn_editing" : mode === "new" ? "kn_creating" : "kn_translating") }),
          field("key", t("kn_key"), key, mode === "new" ? t("kn_key_hint") : null),
          field("language", t("kn_language"), language),
          field("title", t("kn_title_field"), title),
          field("body", t("kn_body"), body),
          field("tags", t("kn_tags"), tags, t("kn_list_hint")),
          field("intents", t("kn_intents"), intents, t("kn_list_hint")),
          mode === "edit" && cur.status === "published" ? el("p", { "class": "notice", text: t("kn_live_hint") }) : null,
          el("div", { "class": "form-actions" }, saveBtn, submitBtn, cancel, msg));
        if (mode === "translate") {
          box.appendChild(el("div", { "class": "editor-grid" },
            el("div", { "class": "article-cell reference", "data-language": a.language },
              el("h3", { text: t("kn_source", { language: languageName(a.language) }) }),
              el("h4", { "class": "article-title", dir: "auto", text: cur.title }),
              el("div", { "class": "article-body", dir: "auto", text: cur.body })),
            form));
        } else {
          box.appendChild(form);
        }
        on(cancel, "click", function () { clear(work); });
        var send = function (submit) {
          clearFieldErrors(form);
          say(msg, t("saving"));
          var k = key.value.trim(), l = language.value.trim();
          var missing = !k ? "key" : !l ? "language" : "";
          if (missing) {
            showFieldError(form, { field: missing, message: t("required") });
            say(msg, "");
            return;
          }
          var item = { title: title.value, body: body.value, tags: splitList(tags.value), intents: splitList(intents.value),
            status: submit ? "in_review" : mode === "edit" ? cur.status : "draft" };
          saveBtn.disabled = submitBtn.disabled = true;
          api("PUT", articlePath(k, l), item, { "If-Match": mode === "edit" ? etag : "" }).then(function (r) {
            clear(work);
            say(status, t("saved") + " " + r.data.title, "ok");
            return refresh();
          }).catch(function (err) {
            if (err.status === 412 || !showFieldError(form, err)) sayError(msg, err, function () { openEditor(a, translateTo); });
            else say(msg, "");
          }).then(function () { saveBtn.disabled = submitBtn.disabled = false; });
        };
        on(saveBtn, "click", function () { send(false); });
        on(submitBtn, "click", function () { send(true); });
        (mode === "new" ? key : title).focus();
        box.scrollIntoView({ block: "nearest" });
      };
      if (mode === "new") { fill(null, ""); return; }
      api("GET", articlePath(a.key, a.language)).then(function (r) { fill(r.data, r.etag); })
        .catch(function (err) { sayError(status, err, refresh); });
    };

    var openHistory = function (a) {
      clear(work);
      say(status, "");
      api("GET", articlePath(a.key, a.language) + "/versions").then(function (r) {
        var versions = r.data.versions || [];
        var box = el("section", { "class": "history", id: "article-history" });
        var close = on(el("button", { type: "button", id: "history-close", text: t("kn_close") }), "click", function () { clear(work); });
        box.appendChild(el("div", { "class": "group-head" }, el("h3", { text: t("kn_history_title", { key: a.key, language: a.language }) }), el("span", { "class": "spacer" }), close));
        work.appendChild(box);
        if (versions.length < 2) { box.appendChild(el("p", { "class": "muted", text: t("kn_one_version") })); return; }
        var pick = function (id, sel) {
          var s = el("select", { id: id });
          versions.forEach(function (v) { s.appendChild(el("option", { value: String(v.version), text: t("kn_version", { n: v.version }) + " · " + fmtTime(v.created_at) })); });
          s.value = String(sel);
          return s;
        };
        var from = pick("diff-from", versions[1].version), to = pick("diff-to", versions[0].version);
        var out = el("div", { id: "diff" });
        var show = function () {
          var find = function (n) { for (var i = 0; i < versions.length; i++) if (String(versions[i].version) === n) return versions[i]; return null; };
          renderDiff(out, versionLines(find(from.value)), versionLines(find(to.value)));
        };
        on(from, "change", show);
        on(to, "change", show);
        box.appendChild(el("div", { "class": "diff-pick" }, el("label", { "for": "diff-from", text: t("kn_from") }), from, el("label", { "for": "diff-to", text: t("kn_to") }), to));
        box.appendChild(out);
        show();
      }).catch(function (err) { sayError(status, err); });
    };

    on(allTab, "click", function () { view = "all"; render(); });
    on(reviewTab, "click", function () { view = "review"; render(); });
    on(newBtn, "click", function () { openEditor(null); });
    refresh();
  }

  // versionLines is the text of a revision as lines: the title, the body,
  // then tags and intents.
  function versionLines(v) {
    var lines = ["# " + v.title].concat(String(v.body || "").split(/\r?\n/));
    if (v.tags && v.tags.length) lines.push(t("kn_tags_line", { tags: v.tags.join(", ") }));
    if (v.intents && v.intents.length) lines.push(t("kn_intents_line", { intents: v.intents.join(", ") }));
    return lines;
  }

  // diff returns the edit script between arrays a and b as
  // [{op: "same"|"del"|"add", a: item}], from a longest common
  // subsequence. Past ~4 million cells it gives up on alignment and
  // reports all of a deleted and all of b added.
  function diff(a, b) {
    var n = a.length, m = b.length, out = [], i, j;
    var start = 0;
    while (start < n && start < m && a[start] === b[start]) out.push({ op: "same", v: a[start++] });
    var endA = n, endB = m, tail = [];
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
      endA--;
      endB--;
      tail.unshift({ op: "same", v: a[endA] });
    }
    var A = a.slice(start, endA), B = b.slice(start, endB);
    if (A.length * B.length > 4e6) {
      A.forEach(function (x) { out.push({ op: "del", v: x }); });
      B.forEach(function (x) { out.push({ op: "add", v: x }); });
      return out.concat(tail);
    }
    // lcs[i][j] = length of the LCS of A[i:] and B[j:].
    var lcs = [];
    for (i = 0; i <= A.length; i++) lcs.push(new Array(B.length + 1).fill(0));
    for (i = A.length - 1; i >= 0; i--) {
      for (j = B.length - 1; j >= 0; j--) {
        lcs[i][j] = A[i] === B[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    i = 0; j = 0;
    while (i < A.length && j < B.length) {
      if (A[i] === B[j]) { out.push({ op: "same", v: A[i] }); i++; j++; }
      else if (lcs[i + 1][j] >= lcs[i][j + 1]) out.push({ op: "del", v: A[i++] });
      else out.push({ op: "add", v: B[j++] });
    }
    while (i < A.length) out.push({ op: "del", v: A[i++] });
    while (j < B.length) out.push({ op: "add", v: B[j++] });
    return out.concat(tail);
  }

  // words splits a line into words and the spaces between them.
  function words(s) { return s.split(/(\s+)/).filter(function (x) { return x !== ""; }); }

  // renderDiff shows a line diff of a and b in out; a run of deleted
  // lines followed by as many added ones is shown word by word too.
  function renderDiff(out, a, b) {
    clear(out);
    var ops = diff(a, b);
    var changed = ops.some(function (o) { return o.op !== "same"; });
    if (!changed) { out.appendChild(el("p", { "class": "muted", text: t("kn_no_change") })); return; }
    var ol = el("ol", { "class": "diff", "data-testid": "diff" });
    var line = function (op, content) {
      var sign = op === "add" ? "+" : op === "del" ? "−" : " ";
      var li = el("li", { "class": "diff-line", "data-op": op }, el("span", { "class": "diff-sign", "aria-hidden": "true", text: sign }));
      if (typeof content === "string") li.appendChild(el("span", { "class": "diff-text", dir: "auto", text: content }));
      else li.appendChild(content);
      ol.appendChild(li);
    };
    for (var k = 0; k < ops.length;) {
      if (ops[k].op !== "del") { line(ops[k].op, ops[k].v); k++; continue; }
      var dels = [], adds = [];
      while (k < ops.length && ops[k].op === "del") dels.push(ops[k++].v);
      while (k < ops.length && ops[k].op === "add") adds.push(ops[k++].v);
      if (dels.length === adds.length) {
        for (var p = 0; p < dels.length; p++) {
          var w = diff(words(dels[p]), words(adds[p]));
          var del = el("span", { "class": "diff-text", dir: "auto" }), add = el("span", { "class": "diff-text", dir: "auto" });
          w.forEach(function (o) {
            if (o.op !== "add") del.appendChild(o.op === "del" ? el("del", { text: o.v }) : document.createTextNode(o.v));
            if (o.op !== "del") add.appendChild(o.op === "add" ? el("ins", { text: o.v }) : document.createTextNode(o.v));
          });
          line("del", del);
          line("add", add);
        }
      } else {
        dels.forEach(function (x) { line("del", x); });
        adds.forEach(function (x) { line("add", x); });
      }
    }
    out.appendChild(ol);
  }

  // ---- synonyms ----

  addSection({ id: "synonyms", label: "nav_synonyms", show: showSynonyms });

  function showSynonyms(panel) {
    var status = message();
    panel.appendChild(el("h2", { text: t("syn_title") }));
    panel.appendChild(el("p", { "class": "hint", text: t("syn_hint") }));
    panel.appendChild(status);
    say(status, t("loading"));
    api("GET", "/v1/synonyms").then(function (r) {
      say(status, "");
      var etag = r.etag;
      var form = el("form", { id: "synonyms-form", "class": "admin-form", novalidate: true });
      var rows = el("ol", { id: "synonyms", "class": "syn-rows" });
      var addRow = function (group) {
        var input = el("input", { "class": "syn-input", value: group.join(", "), dir: "auto", "aria-label": t("syn_title") });
        var remove = el("button", { type: "button", "class": "syn-remove", text: t("syn_remove") });
        var li = el("li", { "class": "syn-row" }, el("div", { "class": "syn-line" }, input, remove), el("p", { "class": "field-error error", role: "alert" }));
        on(remove, "click", function () { rows.removeChild(li); });
        rows.appendChild(li);
        return input;
      };
      (r.data.synonyms || []).forEach(addRow);
      if (!(r.data.synonyms || []).length) addRow([]);
      var add = el("button", { type: "button", id: "syn-add", text: t("syn_add") });
      on(add, "click", function () { addRow([]).focus(); });
      var save = el("button", { type: "submit", id: "synonyms-save", "class": "primary", text: t("save") });
      var msg = message();
      form.appendChild(rows);
      form.appendChild(el("div", { "class": "form-actions" }, add, save, msg));
      panel.appendChild(form);
      on(form, "submit", function (ev) {
        ev.preventDefault();
        clearFieldErrors(form);
        var items = rows.querySelectorAll(".syn-row");
        var groups = [], rowOf = [];
        for (var i = 0; i < items.length; i++) {
          var g = splitList(items[i].querySelector("input").value);
          if (g.length) { groups.push(g); rowOf.push(items[i]); }
        }
        save.disabled = true;
        say(msg, t("saving"));
        api("PUT", "/v1/synonyms", { synonyms: groups }, { "If-Match": etag }).then(function (r2) {
          etag = r2.etag;
          // Show the groups as stored: empty rows gone, one separator.
          for (var i = 0; i < items.length; i++) if (rowOf.indexOf(items[i]) < 0 && rowOf.length) rows.removeChild(items[i]);
          rowOf.forEach(function (row, k) { row.querySelector("input").value = groups[k].join(", "); });
          say(msg, t("saved"), "ok");
        }).catch(function (err) {
          var m = /^synonyms\[(\d+)\]/.exec(err.field || "");
          if (err.status !== 412 && m && rowOf[Number(m[1])]) {
            var row = rowOf[Number(m[1])];
            row.querySelector(".field-error").textContent = err.message;
            row.querySelector("input").setAttribute("aria-invalid", "true");
            say(msg, "");
          } else {
            sayError(msg, err, function () { showSection("synonyms"); });
          }
        }).then(function () { save.disabled = false; });
      });
    }).catch(function (err) { sayError(status, err); });
  }

  // ---- widget snippet ----

  addSection({ id: "widget", label: "nav_widget", show: showWidget });

  // attr escapes a value for an HTML attribute in a snippet the shop
  // pastes; the snippet itself is shown as text.
  function attr(s) {
    return String(s).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  function showWidget(panel) {
    var status = message();
    panel.appendChild(el("h2", { text: t("w_title") }));
    panel.appendChild(status);
    loadShop().then(function (shop) {
      var id = shop.data.shop;
      var origin = location.origin;
      var page = origin + "/widget/" + encodeURIComponent(id);
      if (!shop.data.settings.widget_enabled) panel.appendChild(el("p", { "class": "notice", id: "widget-off", role: "status", text: t("w_off") }));
      var snippet = function (testid, text) {
        var pre = el("pre", { "class": "snippet", id: testid, "data-testid": testid, text: text });
        return el("div", { "class": "snippet-box" }, pre, copyButton(pre, testid + "-copy"));
      };
      panel.appendChild(el("h3", { text: t("w_bubble") }));
      panel.appendChild(el("p", { "class": "hint", text: t("w_bubble_hint") }));
      panel.appendChild(snippet("snippet-script",
        '<script src="' + attr(origin + "/static/widget.js") + '" data-tenant="' + attr(id) + '" defer></script>'));
      panel.appendChild(el("h3", { text: t("w_frame") }));
      panel.appendChild(el("p", { "class": "hint", text: t("w_frame_hint") }));
      panel.appendChild(snippet("snippet-iframe",
        '<iframe src="' + attr(page) + '" title="' + attr(shop.data.name) + '" width="380" height="600" style="border:0"></iframe>'));
      panel.appendChild(el("p", null, el("a", { href: page, target: "_blank", rel: "noopener", id: "widget-preview", text: t("w_preview") })));

      panel.appendChild(el("h3", { text: t("w_signed") }));
      panel.appendChild(el("p", { "class": "hint", text: t("w_signed_hint") }));
      panel.appendChild(el("p", { "class": shop.data.widget_secret_set ? "muted" : "notice", id: "widget-signing", text: t(shop.data.widget_secret_set ? "w_secret_set" : "w_secret_unset") }));
      panel.appendChild(el("p", null, el("code", { text: t("w_signature") })));
      panel.appendChild(el("h4", { text: t("w_signed_bubble") }));
      panel.appendChild(snippet("snippet-signed-script",
        '<script src="' + attr(origin + "/static/widget.js") + '" data-tenant="' + attr(id) + '"\n' +
        '        data-customer="CUSTOMER_ID" data-signature="SIGNATURE" defer></script>'));
      panel.appendChild(el("h4", { text: t("w_signed_frame") }));
      panel.appendChild(snippet("snippet-signed-iframe",
        '<iframe src="' + attr(page) + '?customer=CUSTOMER_ID&amp;signature=SIGNATURE" title="' + attr(shop.data.name) + '" width="380" height="600" style="border:0"></iframe>'));
      panel.appendChild(el("h4", { text: t("w_sign_code") }));
      panel.appendChild(snippet("snippet-sign-sh",
        "# on your server; KEFU_WIDGET_SECRET holds the shop's widget secret\n" +
        "printf '%s' \"$CUSTOMER_ID\" | openssl dgst -sha256 -hmac \"$KEFU_WIDGET_SECRET\" | sed 's/^.* //'"));
      panel.appendChild(snippet("snippet-sign-go",
        "mac := hmac.New(sha256.New, []byte(os.Getenv(\"KEFU_WIDGET_SECRET\")))\n" +
        "mac.Write([]byte(customerID))\n" +
        "signature := hex.EncodeToString(mac.Sum(nil))"));
    }).catch(function (err) { sayError(status, err); });
  }

  // ---- sections still waiting for their API ----
  //
  // Each is hidden from the nav until its API exists; to add one, write
  // its show(panel) like the sections above and drop hidden.
  //   agents:      GET /v1/agents, PUT /v1/agents/{email}
  //   keys:        GET/POST /v1/keys, DELETE /v1/keys/{id} (a new key is
  //                shown once, with a copy button, and never again)
  //   promotions:  the five routes of /v1/promotions
  //   canned:      the five routes of /v1/canned-replies

  function notYet(panel) { panel.appendChild(el("p", { "class": "muted", text: t("not_yet") })); }
  addSection({ id: "agents", label: "nav_agents", hidden: true, show: notYet });
  addSection({ id: "keys", label: "nav_keys", hidden: true, show: notYet });
  addSection({ id: "promotions", label: "nav_promotions", hidden: true, show: notYet });
  addSection({ id: "canned", label: "nav_canned", hidden: true, show: notYet });

  // ---- sign-in ----

  // canAdminister mirrors the server's rule: owners and admins only.
  function canAdminister(agent) { return agent && (agent.role === "admin" || agent.role === "owner"); }

  function showOnly(id) {
    ["login", "refused", "app"].forEach(function (x) { $(x).hidden = x !== id; });
  }

  function showLogin(notice) {
    state.me = null;
    state.shop = null;
    showOnly("login");
    if (notice) { $("login-error").textContent = notice; $("login-error").hidden = false; }
  }

  function sessionOver() { showLogin(t("session_over")); }

  function start(me) {
    state.me = me;
    state.csrf = me.csrf_token;
    lang = pickLanguage(me.language);
    applyTexts();
    if (!canAdminister(me.agent)) {
      $("refused-who").textContent = t("refused_who", { name: me.agent.name || me.agent.email, role: t("role_" + me.agent.role), shop: me.tenant_name });
      showOnly("refused");
      return;
    }
    $("me-name").textContent = (me.agent.name || me.agent.email) + " · " + t("role_" + me.agent.role);
    $("me-tenant").textContent = me.tenant_name;
    showOnly("app");
    renderNav();
    showSection(location.hash.slice(1));
  }

  on($("login-form"), "submit", function (ev) {
    ev.preventDefault();
    $("login-error").hidden = true;
    $("login-submit").disabled = true;
    api("POST", "/console/login", {
      tenant: $("login-tenant").value.trim(),
      email: $("login-email").value.trim(),
      password: $("login-password").value
    }).then(function (r) {
      $("login-password").value = "";
      start(r.data);
    }).catch(function (err) {
      $("login-error").textContent = err.message;
      $("login-error").hidden = false;
    }).then(function () { $("login-submit").disabled = false; });
  });

  function logout() {
    api("POST", "/console/logout").catch(function () {}).then(function () { showLogin(); });
  }
  on($("logout"), "click", logout);
  on($("refused-logout"), "click", logout);

  applyTexts();
  api("GET", "/console/api/me").then(function (r) { start(r.data); }).catch(function () { showLogin(); });
})();
