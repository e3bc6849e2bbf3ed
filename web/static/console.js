// kefu agent console. Plain JavaScript, no framework. Every text that
// comes from the server (customer messages, names, notes, articles) is
// inserted with textContent, never as HTML.
(function () {
  "use strict";

  // ---- texts ----

  // TEXT holds the console's texts per language (en, zh, es, th, ja,
  // ko, vi, id, ms, pt, fr, de), as admin.js does; other languages fall
  // back to English. {name}
  // placeholders are filled by t() as plain text. Codes (intents,
  // hand-off reasons, emotions) are named by labels.js.
  var TEXT = {
    en: {
      title: "kefu · agent console", login_title: "kefu agent console",
      login_shop: "Shop", login_email: "Email", login_password: "Password", login_submit: "Log in", login_shop_ph: "e.g. globalmart",
      login_demo: "Demo: shop {shop}, {ana} (English, Spanish) or {li}; shop {shop2}, {mei} (Chinese); password {password}.",
      login_wait: "Too many failed attempts. For the account's safety, please wait {wait} before trying again.",
      login_again: "You can try again now.",
      wait_seconds: "{n} s", wait_minutes: "{n} min", wait_hours: "{h} h {m} min",
      to_admin: "Shop admin", logout: "Log out", presence: "Presence",
      presence_online: "online", presence_away: "away", presence_offline: "offline", live: "live updates",
      queue: "Queue", queue_empty: "Nobody is waiting.", mine: "My conversations", mine_empty: "You hold no conversation.",
      risk: "At-risk deliveries", risk_hint: "deliveries the risk model expects to be late", risk_empty: "No delivery is at risk.",
      conv_empty: "Pick a conversation from the queue.",
      take: "Take", release: "Release to bot", transfer_to: "Transfer to", transfer: "Transfer", close: "Close and ask for rating",
      canned: "Canned reply", canned_insert: "Insert", writing_in: "Writing in", writing_in_hint: "the language you are writing this reply in",
      reply_ph: "Write in your language; the customer gets a translation.", send: "Send",
      notes: "Internal notes", notes_private: "(never sent to the customer)", note_ph: "Note for colleagues", note_add: "Add note",
      customer: "Customer", orders: "Orders", earlier: "Earlier conversations",
      comp: "Compensations", comp_hint: "What this customer was granted, by a rule or by an agent, newest first.",
      comp_hold: "Take the conversation to grant a compensation.",
      grant: "Grant", grant_order: "Order", grant_what: "What", grant_line: "Line", grant_amount: "Amount",
      grant_reason: "Reason", grant_reason_note: "(required; colleagues and auditors read it)",
      grant_amount_ph: "e.g. 5 or 4.50", grant_reason_ph: "e.g. delivered two hours late, salmon warm",
      grant_kind_coupon: "Coupon for a next order", grant_kind_refund_line: "Refund of one line", grant_kind_refund_order: "Refund of the order",
      assist: "Assist", articles: "Articles", drafts: "Drafts",
      risk_storm: "storm forecast", risk_heavy_rain: "heavy rain forecast", risk_rain: "rain forecast", risk_heat: "heat",
      risk_fragile: "fragile goods", risk_frozen: "frozen goods", risk_chilled: "chilled goods", risk_long_route: "long route",
      risk_evening_slot: "evening slot", risk_tight_promise: "tight delivery window",
      rstatus_pending: "not written yet", rstatus_sending: "being written", rstatus_sent: "customer told",
      rstatus_opted_out: "customer opted out", rstatus_failed: "could not write", rstatus_off: "proactive messages off",
      rkind_delay_warning: "delay warning", rkind_unboxing_guide: "unboxing guide",
      risk_forecast: "Forecast: {weather}", risk_customer: "customer", risk_score: "probability of arriving late",
      risk_item: "{order} · {customer}", risk_status: "{kind}: {status}",
      slot_today: "today {time}", slot_tomorrow: "tomorrow {time}",
      visitor: "Visitor {id}", prio: "P{n}", prio_hint: "effective priority (priority + 1 per 5 min waited)", queued: "queued", vip: "VIP",
      cust_language: "the customer's language",
      delivery_as_written: "The customer reads {language}: sent as written.",
      delivery_translated: "Machine-translated into {language} before it is sent.",
      delivery_none: "No translation provider covers {from} → {to}: the customer gets your text as written. Pick {to} or a canned reply in it.",
      status_bot: "bot", status_queued: "queued", status_agent: "with an agent", status_closed: "closed",
      unknown_language: "language unknown",
      conv_reason: "reason: {reason}, priority {n}",
      author_customer: "customer", author_bot: "bot", author_system: "system", author_agent: "agent",
      msg_meta: "{who} · {time}", msg_meta_lang: "{who} · {time} · {language}",
      mt: "Machine translation → {language}", mt_by: "Machine translation → {language} ({provider})",
      not_translated: "Not translated: {notice}", not_translated_lang: "Not translated from {language}: no translation provider covers it.",
      you_wrote: "You wrote ({language}); the customer got the machine translation above ({provider})",
      coupon_card: "Coupon granted: {amount} · code {code}", recommended: "Recommended", trace_open: "Open the cold-chain report",
      tr_intent: "intent {v}", tr_confidence: "confidence {v}", tr_action: "action {v}", tr_reason: "reason {v}",
      tr_skill: "skill {v}", tr_outcome: "outcome {v}", tr_emotion: "emotion {v}",
      llm_kept: "kept answer", llm_in: "in {n} ms", llm_written: "written by LLM {model}", llm_written_in: "written by LLM {model} ({how})",
      llm_unused: "LLM {model} not used ({why})",
      llm_v_refused: "refused", llm_v_invalid: "invalid answer", llm_v_timeout: "timed out", llm_v_error: "error",
      relabel_open: "Wrong intent? Relabel", flag_open: "Correct this answer",
      fix_answer_flagged: "Flag it as wrong", fix_answer_fixed: "Give a better answer",
      fix_article_wrong: "The article is wrong", fix_article_outdated: "The article is out of date",
      done_answer_flagged: "Flagged for review.", done_answer_fixed: "Better answer sent for review.",
      done_article_wrong: "Article reported as wrong.", done_article_outdated: "Article reported as out of date.",
      relabel_aria: "What the customer meant", relabel_pick: "What did the customer mean?",
      intents_failed: "Intents not loaded: {error}",
      mood_aria: "The customer's mood", mood_detected: "Mood: as detected",
      mood_neutral: "Neutral", mood_anger: "Angry", mood_anxiety: "Anxious", mood_satisfaction: "Satisfied", mood_sadness: "Sad",
      ents_aria: "What it names: type=value, separated by semicolons", ents_ph: "What it names, e.g. order_number=10023; country=IT",
      ents_bad: "Write what it names as type=value, separated by semicolons (order_number=10023; country=IT).",
      wrong_aria: "What is wrong", answer_ph: "The answer the customer should have got", answer_aria: "Better answer",
      note_optional: "Note (optional)", why_optional: "Why? (optional)", note_aria: "Note",
      send_correction: "Send correction", cancel: "Cancel",
      relabelled: "Relabelled as “{label}”; waiting for review.", not_sent: "Not sent: {error}",
      photo_bad: "A photo that cannot be shown.", photo_alt: "Photo from the customer", photo_alt_text: "Photo from the customer: {text}",
      photo_open: "Open full size", photo_caption: "Photo · {w}×{h}", photo_caption_size: "Photo · {w}×{h} · {kb} KB",
      note_meta: "Internal note · {agent} · {time}",
      agent_option: "{name} · {presence} · {load}/{max}", agent_option_langs: "{name} · {presence} · {load}/{max} · {languages}",
      anonymous: "Anonymous visitor", no_orders: "No orders.", none: "None.", rated: "rated {n}/5",
      order_line: " · {status} · {time}",
      order_pending: "pending", order_paid: "paid", order_shipped: "shipped", order_delivered: "delivered", order_cancelled: "cancelled",
      order_returned: "returned",
      ship_label_created: "label created", ship_in_transit: "in transit", ship_customs: "in customs", ship_out_for_delivery: "out for delivery",
      ship_delivered: "delivered", ship_exception: "problem",
      profile_title: "Profile", profile_none: "Nothing remembered yet.", profile_anonymous: "Anonymous visitor: nothing is remembered.",
      profile_add: "Add", profile_holds: "It holds", profile_denies: "It does not hold", profile_forget: "Forget", profile_not: "not {value}",
      profile_kind: "Kind", profile_value: "Value", profile_value_ph: "e.g. dry",
      pkind_skin_type: "Skin type", pkind_concern: "Concerns", pkind_finish: "Finish", pkind_style: "Style", pkind_budget: "Budget",
      pkind_category: "Buys", pkind_avoid: "Avoids",
      pval_oily: "oily", pval_dry: "dry", pval_combination: "combination", pval_normal: "normal", pval_sensitive: "sensitive",
      pval_low: "low", pval_mid: "mid-range", pval_high: "premium", pval_matte: "matte", pval_dewy: "dewy", pval_acne: "acne",
      pval_pores: "pores", pval_blackheads: "blackheads", pval_dullness: "dullness", pval_wrinkles: "wrinkles",
      pval_pigmentation: "dark spots", pval_redness: "redness", pval_dehydration: "dehydration",
      psrc_chat: "said in chat", psrc_customer: "customer's own word", psrc_agent: "agent", psrc_order: "bought", psrc_event: "browsing",
      plevel_settled: "settled", plevel_strong: "strong", plevel_likely: "likely", plevel_weak: "weak",
      emotion_line: "Emotion: {emotion} ({intensity})", emotion_intent: "Emotion: {emotion} ({intensity}) · intent {intent}",
      no_article: "No matching article.", no_draft: "No draft.", draft_use: "Use ({language})",
      draft_src_article: "Knowledge article", draft_src_promotion: "Promotion",
      sent_untranslated: "Sent untranslated: {notice}", sent_untranslated_plain: "Sent as written: no translation provider covers this pair.",
      ckind_coupon: "Coupon", ckind_refund_line: "Refund (line)", ckind_refund_order: "Refund (order)",
      comp_none: "Nothing granted yet.", comp_no_orders: "No orders, so nothing to compensate.",
      comp_by_rule: "by rule {rule} (version {version})", comp_by: "by {name}", comp_order: "order {number}",
      comp_revoked: "revoked", comp_granted: "granted", comp_code: "coupon code", comp_reason: "Reason: {reason}",
      comp_revoked_by: "Revoked by {name} · {time}", comp_revoked_by_why: "Revoked by {name} · {time}: {reason}",
      revoke: "Revoke", revoke_ph: "Why is it revoked?", revoke_aria: "Reason for revoking",
      revoke_q: "Revoke this {kind}? The customer is not told; tell them yourself if needed.", revoke_need_reason: "Give a reason.",
      grant_order_option: "{number} · {total} · {status}", grant_order_refunded: "{number} · {total} · {status} · refunded {refunded}",
      grant_line_option: "{name} ({sku}) · {value}", grant_line_refunded: "{name} ({sku}) · {value} · refunded {refunded}",
      grant_hint_coupon: "At most the order's total, {total}. Valid 30 days, no minimum spend; the customer gets it in the chat.",
      grant_hint_line: "Empty: the whole line. The customer is not messaged; tell them yourself.",
      grant_hint_order: "Empty: what is left of {left}. The customer is not messaged; tell them yourself.",
      grant_amount_bad: "Enter an amount like 5 or 4.50.",
      err_http: "The server answered {status}.", err_network: "The server cannot be reached; check the connection.",
      err_unauthorized: "Wrong shop, email or password, or the session has expired.", err_forbidden: "You may not do this.",
      err_conflict: "The conversation changed (someone else may have taken or closed it); reload and try again.", err_not_found: "Not found.",
      err_invalid: "Something is not valid; check it and try again.", err_too_large: "The text is too long.",
      err_rate_limited: "Too many requests; wait a moment.",
      err_internal: "The server failed; try again later.", err_unavailable: "The service is not available now; try again later."
    },
    zh: {
      title: "kefu · 客服工作台", login_title: "kefu 客服工作台",
      login_shop: "店铺", login_email: "邮箱", login_password: "密码", login_submit: "登录", login_shop_ph: "例如 globalmart",
      login_demo: "演示：店铺 {shop}，{ana}（英语、西班牙语）或 {li}；店铺 {shop2}，{mei}（中文）；密码 {password}。",
      login_wait: "登录失败次数过多。为了账户安全，请等待 {wait} 后再试。",
      login_again: "现在可以重新登录了。",
      wait_seconds: "{n} 秒", wait_minutes: "{n} 分钟", wait_hours: "{h} 小时 {m} 分钟",
      to_admin: "店铺管理", logout: "退出登录", presence: "在线状态",
      presence_online: "在线", presence_away: "离开", presence_offline: "离线", live: "实时更新",
      queue: "排队中", queue_empty: "没有客户在等待。", mine: "我的会话", mine_empty: "你当前没有接待中的会话。",
      risk: "有延误风险的配送", risk_hint: "风险模型预计会迟到的配送", risk_empty: "没有存在风险的配送。",
      conv_empty: "从排队列表中选择一个会话。",
      take: "接入", release: "交还机器人", transfer_to: "转接给", transfer: "转接", close: "结束并邀请评价",
      canned: "快捷回复", canned_insert: "插入", writing_in: "书写语言", writing_in_hint: "你撰写这条回复所用的语言",
      reply_ph: "用你的语言书写；客户会收到译文。", send: "发送",
      notes: "内部备注", notes_private: "（不会发给客户）", note_ph: "给同事的备注", note_add: "添加备注",
      customer: "客户", orders: "订单", earlier: "历史会话",
      comp: "补偿", comp_hint: "该客户获得的补偿（由规则或客服发放），最新的在前。",
      comp_hold: "接入会话后才能发放补偿。",
      grant: "发放补偿", grant_order: "订单", grant_what: "补偿方式", grant_line: "商品行", grant_amount: "金额",
      grant_reason: "原因", grant_reason_note: "（必填；同事和审计人员会查看）",
      grant_amount_ph: "例如 5 或 4.50", grant_reason_ph: "例如：晚到两小时，三文鱼已回温",
      grant_kind_coupon: "下次订单优惠券", grant_kind_refund_line: "退还单个商品", grant_kind_refund_order: "整单退款",
      assist: "辅助", articles: "知识文章", drafts: "回复草稿",
      risk_storm: "预报有暴风雨", risk_heavy_rain: "预报有大雨", risk_rain: "预报有雨", risk_heat: "高温",
      risk_fragile: "易碎商品", risk_frozen: "冷冻商品", risk_chilled: "冷藏商品", risk_long_route: "路线较长",
      risk_evening_slot: "晚间时段", risk_tight_promise: "送达时间紧",
      rstatus_pending: "尚未通知", rstatus_sending: "正在撰写", rstatus_sent: "已通知客户",
      rstatus_opted_out: "客户已退订", rstatus_failed: "无法发送", rstatus_off: "主动消息已关闭",
      rkind_delay_warning: "延误提醒", rkind_unboxing_guide: "开箱指南",
      risk_forecast: "天气预报：{weather}", risk_customer: "客户", risk_score: "迟到的概率",
      risk_item: "{order} · {customer}", risk_status: "{kind}：{status}",
      slot_today: "今天 {time}", slot_tomorrow: "明天 {time}",
      visitor: "访客 {id}", prio: "P{n}", prio_hint: "实际优先级（优先级 + 每等待 5 分钟加 1）", queued: "排队中", vip: "VIP",
      cust_language: "客户的语言",
      delivery_as_written: "客户使用{language}：按原文发送。",
      delivery_translated: "发送前会机器翻译成{language}。",
      delivery_none: "没有翻译服务支持 {from} → {to}：客户会收到你写的原文。请改用{to}或选择该语言的快捷回复。",
      status_bot: "机器人接待", status_queued: "排队中", status_agent: "人工接待", status_closed: "已结束",
      unknown_language: "语言未知",
      conv_reason: "原因：{reason}，优先级 {n}",
      author_customer: "客户", author_bot: "机器人", author_system: "系统", author_agent: "客服",
      msg_meta: "{who} · {time}", msg_meta_lang: "{who} · {time} · {language}",
      mt: "机器翻译 → {language}", mt_by: "机器翻译 → {language}（{provider}）",
      not_translated: "未翻译：{notice}", not_translated_lang: "未从{language}翻译：没有翻译服务支持该语言。",
      you_wrote: "你写的原文（{language}）；客户收到的是上面的机器译文（{provider}）",
      coupon_card: "已发放优惠券：{amount} · 券码 {code}", recommended: "推荐商品", trace_open: "打开冷链报告",
      tr_intent: "意图 {v}", tr_confidence: "置信度 {v}", tr_action: "动作 {v}", tr_reason: "原因 {v}",
      tr_skill: "技能 {v}", tr_outcome: "结果 {v}", tr_emotion: "情绪 {v}",
      llm_kept: "沿用已有回答", llm_in: "耗时 {n} 毫秒", llm_written: "由大模型 {model} 撰写", llm_written_in: "由大模型 {model} 撰写（{how}）",
      llm_unused: "未采用大模型 {model}（{why}）",
      llm_v_refused: "拒绝回答", llm_v_invalid: "回答无效", llm_v_timeout: "超时", llm_v_error: "出错",
      relabel_open: "意图识别错了？重新标注", flag_open: "纠正这条回答",
      fix_answer_flagged: "标记为错误", fix_answer_fixed: "提供更好的回答",
      fix_article_wrong: "文章内容有误", fix_article_outdated: "文章已过时",
      done_answer_flagged: "已标记，等待审核。", done_answer_fixed: "更好的回答已提交审核。",
      done_article_wrong: "已报告文章有误。", done_article_outdated: "已报告文章过时。",
      relabel_aria: "客户的真实意思", relabel_pick: "客户想表达什么？",
      intents_failed: "意图列表加载失败：{error}",
      mood_aria: "客户的情绪", mood_detected: "情绪：按系统识别",
      mood_neutral: "平静", mood_anger: "生气", mood_anxiety: "焦虑", mood_satisfaction: "满意", mood_sadness: "难过",
      ents_aria: "提到的信息：类型=值，用分号分隔", ents_ph: "提到的信息，例如 order_number=10023; country=IT",
      ents_bad: "请按“类型=值”填写，用分号分隔（order_number=10023; country=IT）。",
      wrong_aria: "哪里有问题", answer_ph: "客户本应得到的回答", answer_aria: "更好的回答",
      note_optional: "备注（选填）", why_optional: "原因（选填）", note_aria: "备注",
      send_correction: "提交更正", cancel: "取消",
      relabelled: "已重新标注为“{label}”，等待审核。", not_sent: "未能提交：{error}",
      photo_bad: "无法显示的图片。", photo_alt: "客户发送的图片", photo_alt_text: "客户发送的图片：{text}",
      photo_open: "查看原图", photo_caption: "图片 · {w}×{h}", photo_caption_size: "图片 · {w}×{h} · {kb} KB",
      note_meta: "内部备注 · {agent} · {time}",
      agent_option: "{name} · {presence} · {load}/{max}", agent_option_langs: "{name} · {presence} · {load}/{max} · {languages}",
      anonymous: "匿名访客", no_orders: "暂无订单。", none: "无。", rated: "评分 {n}/5",
      order_line: " · {status} · {time}",
      order_pending: "待付款", order_paid: "已付款", order_shipped: "已发货", order_delivered: "已送达", order_cancelled: "已取消",
      order_returned: "已退货",
      ship_label_created: "已生成运单", ship_in_transit: "运输中", ship_customs: "清关中", ship_out_for_delivery: "派送中",
      ship_delivered: "已签收", ship_exception: "配送异常",
      profile_title: "客户画像", profile_none: "暂无记录。", profile_anonymous: "匿名访客：不记录画像。",
      profile_add: "添加", profile_holds: "属实", profile_denies: "不属实", profile_forget: "忘记", profile_not: "不是{value}",
      profile_kind: "类别", profile_value: "内容", profile_value_ph: "例如 干皮",
      pkind_skin_type: "肤质", pkind_concern: "肌肤问题", pkind_finish: "妆效", pkind_style: "风格", pkind_budget: "预算",
      pkind_category: "常买品类", pkind_avoid: "避免",
      pval_oily: "油皮", pval_dry: "干皮", pval_combination: "混合皮", pval_normal: "中性皮", pval_sensitive: "敏感肌",
      pval_low: "平价", pval_mid: "中档", pval_high: "高端", pval_matte: "哑光", pval_dewy: "水光", pval_acne: "痘痘",
      pval_pores: "毛孔", pval_blackheads: "黑头", pval_dullness: "暗沉", pval_wrinkles: "细纹",
      pval_pigmentation: "色斑", pval_redness: "泛红", pval_dehydration: "缺水",
      psrc_chat: "聊天中提到", psrc_customer: "客户本人更正", psrc_agent: "客服", psrc_order: "购买记录", psrc_event: "浏览行为",
      plevel_settled: "已确认", plevel_strong: "很可能", plevel_likely: "可能", plevel_weak: "较弱",
      emotion_line: "情绪：{emotion}（{intensity}）", emotion_intent: "情绪：{emotion}（{intensity}）· 意图 {intent}",
      no_article: "没有匹配的文章。", no_draft: "暂无草稿。", draft_use: "使用（{language}）",
      draft_src_article: "知识文章", draft_src_promotion: "促销活动",
      sent_untranslated: "已按原文发送（未翻译）：{notice}", sent_untranslated_plain: "已按原文发送：没有翻译服务支持这对语言。",
      ckind_coupon: "优惠券", ckind_refund_line: "退款（单个商品）", ckind_refund_order: "退款（整单）",
      comp_none: "尚未发放任何补偿。", comp_no_orders: "没有订单，无需补偿。",
      comp_by_rule: "由规则 {rule}（版本 {version}）发放", comp_by: "由 {name} 发放", comp_order: "订单 {number}",
      comp_revoked: "已撤销", comp_granted: "已发放", comp_code: "优惠券码", comp_reason: "原因：{reason}",
      comp_revoked_by: "由 {name} 撤销 · {time}", comp_revoked_by_why: "由 {name} 撤销 · {time}：{reason}",
      revoke: "撤销", revoke_ph: "为什么撤销？", revoke_aria: "撤销原因",
      revoke_q: "撤销这项{kind}？系统不会通知客户；如有需要请自行告知。", revoke_need_reason: "请填写原因。",
      grant_order_option: "{number} · {total} · {status}", grant_order_refunded: "{number} · {total} · {status} · 已退款 {refunded}",
      grant_line_option: "{name}（{sku}）· {value}", grant_line_refunded: "{name}（{sku}）· {value} · 已退款 {refunded}",
      grant_hint_coupon: "最多为订单总额 {total}。有效期 30 天，无最低消费；客户会在聊天中收到。",
      grant_hint_line: "留空：退还整行商品。系统不会通知客户，请自行告知。",
      grant_hint_order: "留空：退还剩余的 {left}。系统不会通知客户，请自行告知。",
      grant_amount_bad: "请输入金额，例如 5 或 4.50。",
      err_http: "服务器返回了 {status}。", err_network: "无法连接服务器，请检查网络。",
      err_unauthorized: "店铺、邮箱或密码错误，或登录已过期。", err_forbidden: "你没有执行此操作的权限。",
      err_conflict: "会话状态已变化（可能已被他人接入或已结束），请刷新后再试。", err_not_found: "找不到该内容。",
      err_invalid: "输入有误，请检查后再试。", err_too_large: "内容太长。", err_rate_limited: "操作太频繁，请稍后再试。",
      err_internal: "服务器出错，请稍后再试。", err_unavailable: "服务暂时不可用，请稍后再试。"
    },
    es: {
      title: "kefu · consola de agentes", login_title: "Consola de agentes de kefu",
      login_shop: "Tienda", login_email: "Correo electrónico", login_password: "Contraseña", login_submit: "Entrar", login_shop_ph: "p. ej. globalmart",
      login_demo: "Demo: tienda {shop}, {ana} (inglés, español) o {li}; tienda {shop2}, {mei} (chino); contraseña {password}.",
      login_wait: "Demasiados intentos fallidos. Por la seguridad de la cuenta, espera {wait} antes de volver a intentarlo.",
      login_again: "Ya puedes volver a intentarlo.",
      wait_seconds: "{n} s", wait_minutes: "{n} min", wait_hours: "{h} h {m} min",
      to_admin: "Administración de la tienda", logout: "Cerrar sesión", presence: "Disponibilidad",
      presence_online: "disponible", presence_away: "ausente", presence_offline: "desconectado", live: "actualizaciones en directo",
      queue: "Cola", queue_empty: "No hay nadie esperando.", mine: "Mis conversaciones", mine_empty: "No atiendes ninguna conversación.",
      risk: "Entregas en riesgo", risk_hint: "entregas que el modelo de riesgo prevé que llegarán tarde", risk_empty: "Ninguna entrega está en riesgo.",
      conv_empty: "Elige una conversación de la cola.",
      take: "Atender", release: "Devolver al bot", transfer_to: "Transferir a", transfer: "Transferir", close: "Cerrar y pedir valoración",
      canned: "Respuesta predefinida", canned_insert: "Insertar", writing_in: "Escribes en", writing_in_hint: "el idioma en el que escribes esta respuesta",
      reply_ph: "Escribe en tu idioma; el cliente recibe una traducción.", send: "Enviar",
      notes: "Notas internas", notes_private: "(nunca se envían al cliente)", note_ph: "Nota para los compañeros", note_add: "Añadir nota",
      customer: "Cliente", orders: "Pedidos", earlier: "Conversaciones anteriores",
      comp: "Compensaciones", comp_hint: "Lo que se le ha concedido a este cliente, por una regla o un agente; lo más reciente primero.",
      comp_hold: "Atiende la conversación para conceder una compensación.",
      grant: "Conceder", grant_order: "Pedido", grant_what: "Qué", grant_line: "Línea", grant_amount: "Importe",
      grant_reason: "Motivo", grant_reason_note: "(obligatorio; lo leen compañeros y auditores)",
      grant_amount_ph: "p. ej. 5 o 4,50", grant_reason_ph: "p. ej. entregado con dos horas de retraso, salmón templado",
      grant_kind_coupon: "Cupón para el próximo pedido", grant_kind_refund_line: "Reembolso de una línea", grant_kind_refund_order: "Reembolso del pedido",
      assist: "Ayuda", articles: "Artículos", drafts: "Borradores",
      risk_storm: "previsión de tormenta", risk_heavy_rain: "previsión de lluvias fuertes", risk_rain: "previsión de lluvia", risk_heat: "calor",
      risk_fragile: "mercancía frágil", risk_frozen: "congelados", risk_chilled: "refrigerados", risk_long_route: "ruta larga",
      risk_evening_slot: "franja de tarde", risk_tight_promise: "plazo de entrega ajustado",
      rstatus_pending: "aún sin escribir", rstatus_sending: "escribiéndose", rstatus_sent: "cliente avisado",
      rstatus_opted_out: "el cliente no quiere avisos", rstatus_failed: "no se pudo escribir", rstatus_off: "mensajes proactivos desactivados",
      rkind_delay_warning: "aviso de retraso", rkind_unboxing_guide: "guía de desembalaje",
      risk_forecast: "Previsión: {weather}", risk_customer: "cliente", risk_score: "probabilidad de llegar tarde",
      risk_item: "{order} · {customer}", risk_status: "{kind}: {status}",
      slot_today: "hoy {time}", slot_tomorrow: "mañana {time}",
      visitor: "Visitante {id}", prio: "P{n}", prio_hint: "prioridad efectiva (prioridad + 1 por cada 5 min de espera)", queued: "en cola", vip: "VIP",
      cust_language: "el idioma del cliente",
      delivery_as_written: "El cliente lee {language}: se envía tal cual.",
      delivery_translated: "Se traduce automáticamente al {language} antes de enviarlo.",
      delivery_none: "Ningún proveedor de traducción cubre {from} → {to}: el cliente recibe tu texto tal cual. Elige {to} o una respuesta predefinida en ese idioma.",
      status_bot: "bot", status_queued: "en cola", status_agent: "con un agente", status_closed: "cerrada",
      unknown_language: "idioma desconocido",
      conv_reason: "motivo: {reason}, prioridad {n}",
      author_customer: "cliente", author_bot: "bot", author_system: "sistema", author_agent: "agente",
      msg_meta: "{who} · {time}", msg_meta_lang: "{who} · {time} · {language}",
      mt: "Traducción automática → {language}", mt_by: "Traducción automática → {language} ({provider})",
      not_translated: "Sin traducir: {notice}", not_translated_lang: "Sin traducir del {language}: ningún proveedor de traducción lo cubre.",
      you_wrote: "Escribiste ({language}); el cliente recibió la traducción automática de arriba ({provider})",
      coupon_card: "Cupón concedido: {amount} · código {code}", recommended: "Recomendados", trace_open: "Abrir el informe de la cadena de frío",
      tr_intent: "intención {v}", tr_confidence: "confianza {v}", tr_action: "acción {v}", tr_reason: "motivo {v}",
      tr_skill: "habilidad {v}", tr_outcome: "resultado {v}", tr_emotion: "emoción {v}",
      llm_kept: "respuesta guardada", llm_in: "en {n} ms", llm_written: "escrito por el LLM {model}", llm_written_in: "escrito por el LLM {model} ({how})",
      llm_unused: "LLM {model} no usado ({why})",
      llm_v_refused: "se negó", llm_v_invalid: "respuesta no válida", llm_v_timeout: "tiempo agotado", llm_v_error: "error",
      relabel_open: "¿Intención equivocada? Reetiquetar", flag_open: "Corregir esta respuesta",
      fix_answer_flagged: "Marcarla como incorrecta", fix_answer_fixed: "Dar una respuesta mejor",
      fix_article_wrong: "El artículo es incorrecto", fix_article_outdated: "El artículo está desactualizado",
      done_answer_flagged: "Marcada para revisión.", done_answer_fixed: "Respuesta mejor enviada a revisión.",
      done_article_wrong: "Artículo marcado como incorrecto.", done_article_outdated: "Artículo marcado como desactualizado.",
      relabel_aria: "Lo que quería decir el cliente", relabel_pick: "¿Qué quería decir el cliente?",
      intents_failed: "No se cargaron las intenciones: {error}",
      mood_aria: "El estado de ánimo del cliente", mood_detected: "Ánimo: el detectado",
      mood_neutral: "Neutral", mood_anger: "Enfadado", mood_anxiety: "Preocupado", mood_satisfaction: "Satisfecho", mood_sadness: "Triste",
      ents_aria: "Lo que menciona: tipo=valor, separados por punto y coma", ents_ph: "Lo que menciona, p. ej. order_number=10023; country=IT",
      ents_bad: "Escribe lo que menciona como tipo=valor, separados por punto y coma (order_number=10023; country=IT).",
      wrong_aria: "Qué está mal", answer_ph: "La respuesta que debería haber recibido el cliente", answer_aria: "Respuesta mejor",
      note_optional: "Nota (opcional)", why_optional: "¿Por qué? (opcional)", note_aria: "Nota",
      send_correction: "Enviar corrección", cancel: "Cancelar",
      relabelled: "Reetiquetado como «{label}»; pendiente de revisión.", not_sent: "No enviado: {error}",
      photo_bad: "Una foto que no se puede mostrar.", photo_alt: "Foto del cliente", photo_alt_text: "Foto del cliente: {text}",
      photo_open: "Abrir a tamaño completo", photo_caption: "Foto · {w}×{h}", photo_caption_size: "Foto · {w}×{h} · {kb} KB",
      note_meta: "Nota interna · {agent} · {time}",
      agent_option: "{name} · {presence} · {load}/{max}", agent_option_langs: "{name} · {presence} · {load}/{max} · {languages}",
      anonymous: "Visitante anónimo", no_orders: "Sin pedidos.", none: "Ninguna.", rated: "valorada {n}/5",
      order_line: " · {status} · {time}",
      order_pending: "pendiente", order_paid: "pagado", order_shipped: "enviado", order_delivered: "entregado", order_cancelled: "cancelado",
      order_returned: "devuelto",
      ship_label_created: "etiqueta creada", ship_in_transit: "en tránsito", ship_customs: "en aduanas", ship_out_for_delivery: "en reparto",
      ship_delivered: "entregado", ship_exception: "incidencia",
      profile_title: "Perfil", profile_none: "Aún no se recuerda nada.", profile_anonymous: "Visitante anónimo: no se recuerda nada.",
      profile_add: "Añadir", profile_holds: "Es cierto", profile_denies: "No es cierto", profile_forget: "Olvidar", profile_not: "no {value}",
      profile_kind: "Tipo", profile_value: "Valor", profile_value_ph: "p. ej. seca",
      pkind_skin_type: "Tipo de piel", pkind_concern: "Preocupaciones", pkind_finish: "Acabado", pkind_style: "Estilo", pkind_budget: "Presupuesto",
      pkind_category: "Compra", pkind_avoid: "Evita",
      pval_oily: "grasa", pval_dry: "seca", pval_combination: "mixta", pval_normal: "normal", pval_sensitive: "sensible",
      pval_low: "económico", pval_mid: "medio", pval_high: "alta gama", pval_matte: "mate", pval_dewy: "luminoso", pval_acne: "acné",
      pval_pores: "poros", pval_blackheads: "puntos negros", pval_dullness: "falta de luminosidad", pval_wrinkles: "arrugas",
      pval_pigmentation: "manchas", pval_redness: "rojeces", pval_dehydration: "deshidratación",
      psrc_chat: "dicho en el chat", psrc_customer: "palabra del cliente", psrc_agent: "agente", psrc_order: "compró", psrc_event: "navegación",
      plevel_settled: "confirmado", plevel_strong: "fuerte", plevel_likely: "probable", plevel_weak: "débil",
      emotion_line: "Emoción: {emotion} ({intensity})", emotion_intent: "Emoción: {emotion} ({intensity}) · intención {intent}",
      no_article: "Ningún artículo coincide.", no_draft: "Sin borradores.", draft_use: "Usar ({language})",
      draft_src_article: "Artículo de conocimiento", draft_src_promotion: "Promoción",
      sent_untranslated: "Enviado sin traducir: {notice}", sent_untranslated_plain: "Enviado tal cual: ningún proveedor de traducción cubre este par.",
      ckind_coupon: "Cupón", ckind_refund_line: "Reembolso (línea)", ckind_refund_order: "Reembolso (pedido)",
      comp_none: "Aún no se ha concedido nada.", comp_no_orders: "Sin pedidos, no hay nada que compensar.",
      comp_by_rule: "por la regla {rule} (versión {version})", comp_by: "por {name}", comp_order: "pedido {number}",
      comp_revoked: "revocado", comp_granted: "concedido", comp_code: "código del cupón", comp_reason: "Motivo: {reason}",
      comp_revoked_by: "Revocado por {name} · {time}", comp_revoked_by_why: "Revocado por {name} · {time}: {reason}",
      revoke: "Revocar", revoke_ph: "¿Por qué se revoca?", revoke_aria: "Motivo de la revocación",
      revoke_q: "¿Revocar este {kind}? No se avisa al cliente; díselo tú si hace falta.", revoke_need_reason: "Indica un motivo.",
      grant_order_option: "{number} · {total} · {status}", grant_order_refunded: "{number} · {total} · {status} · reembolsado {refunded}",
      grant_line_option: "{name} ({sku}) · {value}", grant_line_refunded: "{name} ({sku}) · {value} · reembolsado {refunded}",
      grant_hint_coupon: "Como máximo el total del pedido, {total}. Válido 30 días, sin compra mínima; el cliente lo recibe en el chat.",
      grant_hint_line: "Vacío: la línea entera. No se avisa al cliente; díselo tú.",
      grant_hint_order: "Vacío: lo que queda de {left}. No se avisa al cliente; díselo tú.",
      grant_amount_bad: "Escribe un importe como 5 o 4,50.",
      err_http: "El servidor respondió {status}.", err_network: "No se puede conectar con el servidor; comprueba la conexión.",
      err_unauthorized: "Tienda, correo o contraseña incorrectos, o la sesión ha caducado.", err_forbidden: "No tienes permiso para hacer esto.",
      err_conflict: "La conversación ha cambiado (quizá la atendió otra persona o se cerró); recarga e inténtalo de nuevo.", err_not_found: "No se encontró.",
      err_invalid: "Algún dato no es válido; revísalo e inténtalo de nuevo.", err_too_large: "El texto es demasiado largo.",
      err_rate_limited: "Demasiadas solicitudes; espera un momento.",
      err_internal: "Error del servidor; inténtalo más tarde.", err_unavailable: "El servicio no está disponible ahora; inténtalo más tarde."
    },
    th: {
      title: "kefu · คอนโซลเจ้าหน้าที่", login_title: "คอนโซลเจ้าหน้าที่ kefu",
      login_shop: "ร้านค้า", login_email: "อีเมล", login_password: "รหัสผ่าน", login_submit: "เข้าสู่ระบบ", login_shop_ph: "เช่น globalmart",
      login_demo: "ทดลองใช้: ร้าน {shop}, {ana} (อังกฤษ, สเปน) หรือ {li}; ร้าน {shop2}, {mei} (จีน); รหัสผ่าน {password}",
      login_wait: "เข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป เพื่อความปลอดภัยของบัญชี โปรดรอ {wait} แล้วลองอีกครั้ง",
      login_again: "ลองเข้าสู่ระบบอีกครั้งได้แล้ว",
      wait_seconds: "{n} วินาที", wait_minutes: "{n} นาที", wait_hours: "{h} ชม. {m} นาที",
      to_admin: "จัดการร้านค้า", logout: "ออกจากระบบ", presence: "สถานะ",
      presence_online: "ออนไลน์", presence_away: "ไม่อยู่", presence_offline: "ออฟไลน์", live: "อัปเดตสด",
      queue: "คิว", queue_empty: "ไม่มีลูกค้ารออยู่", mine: "บทสนทนาของฉัน", mine_empty: "คุณยังไม่ได้ดูแลบทสนทนาใด",
      risk: "การจัดส่งที่เสี่ยงล่าช้า", risk_hint: "การจัดส่งที่โมเดลความเสี่ยงคาดว่าจะถึงช้า", risk_empty: "ไม่มีการจัดส่งที่มีความเสี่ยง",
      conv_empty: "เลือกบทสนทนาจากคิว",
      take: "รับเรื่อง", release: "ส่งคืนให้บอท", transfer_to: "โอนให้", transfer: "โอน", close: "ปิดและขอคะแนน",
      canned: "ข้อความสำเร็จรูป", canned_insert: "แทรก", writing_in: "เขียนเป็นภาษา", writing_in_hint: "ภาษาที่คุณใช้เขียนคำตอบนี้",
      reply_ph: "เขียนเป็นภาษาของคุณ ลูกค้าจะได้รับคำแปล", send: "ส่ง",
      notes: "บันทึกภายใน", notes_private: "(ไม่ส่งถึงลูกค้า)", note_ph: "บันทึกถึงเพื่อนร่วมงาน", note_add: "เพิ่มบันทึก",
      customer: "ลูกค้า", orders: "คำสั่งซื้อ", earlier: "บทสนทนาก่อนหน้า",
      comp: "การชดเชย", comp_hint: "สิ่งที่ลูกค้ารายนี้ได้รับ จากกฎหรือจากเจ้าหน้าที่ ล่าสุดอยู่บนสุด",
      comp_hold: "รับเรื่องบทสนทนาก่อนจึงจะให้การชดเชยได้",
      grant: "ให้การชดเชย", grant_order: "คำสั่งซื้อ", grant_what: "รูปแบบ", grant_line: "รายการสินค้า", grant_amount: "จำนวนเงิน",
      grant_reason: "เหตุผล", grant_reason_note: "(จำเป็น เพื่อนร่วมงานและผู้ตรวจสอบจะอ่าน)",
      grant_amount_ph: "เช่น 5 หรือ 4.50", grant_reason_ph: "เช่น ส่งช้าไปสองชั่วโมง แซลมอนไม่เย็น",
      grant_kind_coupon: "คูปองสำหรับคำสั่งซื้อครั้งถัดไป", grant_kind_refund_line: "คืนเงินหนึ่งรายการ", grant_kind_refund_order: "คืนเงินทั้งคำสั่งซื้อ",
      assist: "ผู้ช่วย", articles: "บทความ", drafts: "ร่างคำตอบ",
      risk_storm: "พยากรณ์พายุ", risk_heavy_rain: "พยากรณ์ฝนตกหนัก", risk_rain: "พยากรณ์ฝนตก", risk_heat: "อากาศร้อน",
      risk_fragile: "สินค้าแตกง่าย", risk_frozen: "สินค้าแช่แข็ง", risk_chilled: "สินค้าแช่เย็น", risk_long_route: "เส้นทางไกล",
      risk_evening_slot: "รอบส่งช่วงเย็น", risk_tight_promise: "กรอบเวลาส่งกระชั้น",
      rstatus_pending: "ยังไม่ได้แจ้ง", rstatus_sending: "กำลังเขียน", rstatus_sent: "แจ้งลูกค้าแล้ว",
      rstatus_opted_out: "ลูกค้าไม่รับข้อความ", rstatus_failed: "ส่งไม่ได้", rstatus_off: "ปิดข้อความเชิงรุกอยู่",
      rkind_delay_warning: "แจ้งเตือนล่าช้า", rkind_unboxing_guide: "คำแนะนำการแกะกล่อง",
      risk_forecast: "พยากรณ์: {weather}", risk_customer: "ลูกค้า", risk_score: "โอกาสที่จะถึงช้า",
      risk_item: "{order} · {customer}", risk_status: "{kind}: {status}",
      slot_today: "วันนี้ {time}", slot_tomorrow: "พรุ่งนี้ {time}",
      visitor: "ผู้เยี่ยมชม {id}", prio: "P{n}", prio_hint: "ลำดับความสำคัญจริง (ลำดับความสำคัญ + 1 ทุก 5 นาทีที่รอ)", queued: "อยู่ในคิว", vip: "VIP",
      cust_language: "ภาษาของลูกค้า",
      delivery_as_written: "ลูกค้าอ่าน{language}: ส่งตามที่เขียน",
      delivery_translated: "จะแปลด้วยเครื่องเป็น{language}ก่อนส่ง",
      delivery_none: "ไม่มีบริการแปลสำหรับ {from} → {to}: ลูกค้าจะได้รับข้อความตามที่คุณเขียน เลือก{to}หรือข้อความสำเร็จรูปในภาษานั้น",
      status_bot: "บอทดูแล", status_queued: "อยู่ในคิว", status_agent: "เจ้าหน้าที่ดูแล", status_closed: "ปิดแล้ว",
      unknown_language: "ไม่ทราบภาษา",
      conv_reason: "เหตุผล: {reason}, ลำดับความสำคัญ {n}",
      author_customer: "ลูกค้า", author_bot: "บอท", author_system: "ระบบ", author_agent: "เจ้าหน้าที่",
      msg_meta: "{who} · {time}", msg_meta_lang: "{who} · {time} · {language}",
      mt: "แปลด้วยเครื่อง → {language}", mt_by: "แปลด้วยเครื่อง → {language} ({provider})",
      not_translated: "ไม่ได้แปล: {notice}", not_translated_lang: "ไม่ได้แปลจาก{language}: ไม่มีบริการแปลสำหรับภาษานี้",
      you_wrote: "คุณเขียน ({language}); ลูกค้าได้รับคำแปลด้วยเครื่องด้านบน ({provider})",
      coupon_card: "ให้คูปองแล้ว: {amount} · รหัส {code}", recommended: "สินค้าแนะนำ", trace_open: "เปิดรายงานห่วงโซ่ความเย็น",
      tr_intent: "เจตนา {v}", tr_confidence: "ความมั่นใจ {v}", tr_action: "การกระทำ {v}", tr_reason: "เหตุผล {v}",
      tr_skill: "ทักษะ {v}", tr_outcome: "ผลลัพธ์ {v}", tr_emotion: "อารมณ์ {v}",
      llm_kept: "ใช้คำตอบเดิม", llm_in: "ใน {n} มิลลิวินาที", llm_written: "เขียนโดย LLM {model}", llm_written_in: "เขียนโดย LLM {model} ({how})",
      llm_unused: "ไม่ได้ใช้ LLM {model} ({why})",
      llm_v_refused: "ปฏิเสธ", llm_v_invalid: "คำตอบไม่ถูกต้อง", llm_v_timeout: "หมดเวลา", llm_v_error: "ผิดพลาด",
      relabel_open: "เจตนาผิด? ติดป้ายใหม่", flag_open: "แก้ไขคำตอบนี้",
      fix_answer_flagged: "ทำเครื่องหมายว่าผิด", fix_answer_fixed: "ให้คำตอบที่ดีกว่า",
      fix_article_wrong: "บทความไม่ถูกต้อง", fix_article_outdated: "บทความล้าสมัย",
      done_answer_flagged: "ทำเครื่องหมายเพื่อตรวจสอบแล้ว", done_answer_fixed: "ส่งคำตอบที่ดีกว่าเพื่อตรวจสอบแล้ว",
      done_article_wrong: "รายงานว่าบทความไม่ถูกต้องแล้ว", done_article_outdated: "รายงานว่าบทความล้าสมัยแล้ว",
      relabel_aria: "สิ่งที่ลูกค้าต้องการจริง", relabel_pick: "ลูกค้าต้องการอะไร?",
      intents_failed: "โหลดรายการเจตนาไม่ได้: {error}",
      mood_aria: "อารมณ์ของลูกค้า", mood_detected: "อารมณ์: ตามที่ระบบตรวจพบ",
      mood_neutral: "ปกติ", mood_anger: "โกรธ", mood_anxiety: "กังวล", mood_satisfaction: "พอใจ", mood_sadness: "เสียใจ",
      ents_aria: "สิ่งที่กล่าวถึง: ประเภท=ค่า คั่นด้วยเครื่องหมายอัฒภาค", ents_ph: "สิ่งที่กล่าวถึง เช่น order_number=10023; country=IT",
      ents_bad: "เขียนสิ่งที่กล่าวถึงเป็น ประเภท=ค่า คั่นด้วยเครื่องหมายอัฒภาค (order_number=10023; country=IT)",
      wrong_aria: "ผิดตรงไหน", answer_ph: "คำตอบที่ลูกค้าควรได้รับ", answer_aria: "คำตอบที่ดีกว่า",
      note_optional: "บันทึก (ไม่บังคับ)", why_optional: "เพราะอะไร? (ไม่บังคับ)", note_aria: "บันทึก",
      send_correction: "ส่งการแก้ไข", cancel: "ยกเลิก",
      relabelled: "ติดป้ายใหม่เป็น “{label}” แล้ว รอการตรวจสอบ", not_sent: "ส่งไม่สำเร็จ: {error}",
      photo_bad: "รูปภาพที่แสดงไม่ได้", photo_alt: "รูปภาพจากลูกค้า", photo_alt_text: "รูปภาพจากลูกค้า: {text}",
      photo_open: "เปิดขนาดเต็ม", photo_caption: "รูปภาพ · {w}×{h}", photo_caption_size: "รูปภาพ · {w}×{h} · {kb} KB",
      note_meta: "บันทึกภายใน · {agent} · {time}",
      agent_option: "{name} · {presence} · {load}/{max}", agent_option_langs: "{name} · {presence} · {load}/{max} · {languages}",
      anonymous: "ผู้เยี่ยมชมนิรนาม", no_orders: "ไม่มีคำสั่งซื้อ", none: "ไม่มี", rated: "ให้คะแนน {n}/5",
      order_line: " · {status} · {time}",
      order_pending: "รอชำระเงิน", order_paid: "ชำระเงินแล้ว", order_shipped: "จัดส่งแล้ว", order_delivered: "ส่งถึงแล้ว", order_cancelled: "ยกเลิกแล้ว",
      order_returned: "คืนสินค้าแล้ว",
      ship_label_created: "สร้างใบจัดส่งแล้ว", ship_in_transit: "กำลังขนส่ง", ship_customs: "อยู่ที่ศุลกากร", ship_out_for_delivery: "กำลังนำจ่าย",
      ship_delivered: "ส่งถึงแล้ว", ship_exception: "มีปัญหา",
      profile_title: "โปรไฟล์", profile_none: "ยังไม่มีข้อมูลที่จดจำไว้", profile_anonymous: "ผู้เยี่ยมชมนิรนาม: ไม่จดจำข้อมูล",
      profile_add: "เพิ่ม", profile_holds: "ถูกต้อง", profile_denies: "ไม่ถูกต้อง", profile_forget: "ลืม", profile_not: "ไม่ใช่{value}",
      profile_kind: "ประเภท", profile_value: "ค่า", profile_value_ph: "เช่น ผิวแห้ง",
      pkind_skin_type: "สภาพผิว", pkind_concern: "ปัญหาผิว", pkind_finish: "ลุคผิว", pkind_style: "สไตล์", pkind_budget: "งบประมาณ",
      pkind_category: "ซื้อบ่อย", pkind_avoid: "หลีกเลี่ยง",
      pval_oily: "ผิวมัน", pval_dry: "ผิวแห้ง", pval_combination: "ผิวผสม", pval_normal: "ผิวธรรมดา", pval_sensitive: "ผิวแพ้ง่าย",
      pval_low: "ประหยัด", pval_mid: "ระดับกลาง", pval_high: "พรีเมียม", pval_matte: "แมตต์", pval_dewy: "ฉ่ำวาว", pval_acne: "สิว",
      pval_pores: "รูขุมขน", pval_blackheads: "สิวหัวดำ", pval_dullness: "ผิวหมองคล้ำ", pval_wrinkles: "ริ้วรอย",
      pval_pigmentation: "จุดด่างดำ", pval_redness: "ผิวแดง", pval_dehydration: "ผิวขาดน้ำ",
      psrc_chat: "พูดในแชท", psrc_customer: "ลูกค้ายืนยันเอง", psrc_agent: "เจ้าหน้าที่", psrc_order: "ประวัติการซื้อ", psrc_event: "การเข้าชม",
      plevel_settled: "ยืนยันแล้ว", plevel_strong: "ค่อนข้างแน่", plevel_likely: "น่าจะใช่", plevel_weak: "ยังไม่แน่",
      emotion_line: "อารมณ์: {emotion} ({intensity})", emotion_intent: "อารมณ์: {emotion} ({intensity}) · เจตนา {intent}",
      no_article: "ไม่มีบทความที่ตรงกัน", no_draft: "ไม่มีร่างคำตอบ", draft_use: "ใช้ ({language})",
      draft_src_article: "บทความความรู้", draft_src_promotion: "โปรโมชัน",
      sent_untranslated: "ส่งโดยไม่ได้แปล: {notice}", sent_untranslated_plain: "ส่งตามที่เขียน: ไม่มีบริการแปลสำหรับคู่ภาษานี้",
      ckind_coupon: "คูปอง", ckind_refund_line: "คืนเงิน (รายการ)", ckind_refund_order: "คืนเงิน (คำสั่งซื้อ)",
      comp_none: "ยังไม่ได้ให้การชดเชย", comp_no_orders: "ไม่มีคำสั่งซื้อ จึงไม่มีอะไรให้ชดเชย",
      comp_by_rule: "โดยกฎ {rule} (เวอร์ชัน {version})", comp_by: "โดย {name}", comp_order: "คำสั่งซื้อ {number}",
      comp_revoked: "เพิกถอนแล้ว", comp_granted: "ให้แล้ว", comp_code: "รหัสคูปอง", comp_reason: "เหตุผล: {reason}",
      comp_revoked_by: "เพิกถอนโดย {name} · {time}", comp_revoked_by_why: "เพิกถอนโดย {name} · {time}: {reason}",
      revoke: "เพิกถอน", revoke_ph: "เพิกถอนเพราะอะไร?", revoke_aria: "เหตุผลที่เพิกถอน",
      revoke_q: "เพิกถอน{kind}นี้? ระบบจะไม่แจ้งลูกค้า โปรดแจ้งเองหากจำเป็น", revoke_need_reason: "โปรดระบุเหตุผล",
      grant_order_option: "{number} · {total} · {status}", grant_order_refunded: "{number} · {total} · {status} · คืนเงินแล้ว {refunded}",
      grant_line_option: "{name} ({sku}) · {value}", grant_line_refunded: "{name} ({sku}) · {value} · คืนเงินแล้ว {refunded}",
      grant_hint_coupon: "ไม่เกินยอดรวมของคำสั่งซื้อ {total} ใช้ได้ 30 วัน ไม่มียอดขั้นต่ำ ลูกค้าจะได้รับในแชท",
      grant_hint_line: "เว้นว่าง: คืนทั้งรายการ ระบบจะไม่ส่งข้อความถึงลูกค้า โปรดแจ้งเอง",
      grant_hint_order: "เว้นว่าง: คืนส่วนที่เหลือ {left} ระบบจะไม่ส่งข้อความถึงลูกค้า โปรดแจ้งเอง",
      grant_amount_bad: "ใส่จำนวนเงิน เช่น 5 หรือ 4.50",
      err_http: "เซิร์ฟเวอร์ตอบกลับ {status}", err_network: "เชื่อมต่อเซิร์ฟเวอร์ไม่ได้ โปรดตรวจสอบการเชื่อมต่อ",
      err_unauthorized: "ร้านค้า อีเมล หรือรหัสผ่านไม่ถูกต้อง หรือเซสชันหมดอายุ", err_forbidden: "คุณไม่มีสิทธิ์ทำรายการนี้",
      err_conflict: "บทสนทนาเปลี่ยนไปแล้ว (อาจมีคนอื่นรับเรื่องหรือปิดไปแล้ว) โปรดโหลดใหม่แล้วลองอีกครั้ง", err_not_found: "ไม่พบข้อมูล",
      err_invalid: "ข้อมูลบางอย่างไม่ถูกต้อง โปรดตรวจสอบแล้วลองอีกครั้ง", err_too_large: "ข้อความยาวเกินไป",
      err_rate_limited: "ส่งคำขอบ่อยเกินไป โปรดรอสักครู่",
      err_internal: "เซิร์ฟเวอร์ขัดข้อง โปรดลองใหม่ภายหลัง", err_unavailable: "บริการยังไม่พร้อมใช้งาน โปรดลองใหม่ภายหลัง"
    },
    ja: {
      title: "kefu · オペレーター画面", login_title: "kefu オペレーター画面",
      login_shop: "ショップ", login_email: "メールアドレス", login_password: "パスワード", login_submit: "ログイン", login_shop_ph: "例：globalmart",
      login_demo: "デモ：ショップ {shop} は {ana}（英語・スペイン語）または {li}、ショップ {shop2} は {mei}（中国語）。パスワードは {password}。",
      login_wait: "ログインの失敗が続いています。アカウント保護のため、{wait} 後にもう一度お試しください。",
      login_again: "もう一度ログインできます。",
      wait_seconds: "{n} 秒", wait_minutes: "{n} 分", wait_hours: "{h} 時間 {m} 分",
      to_admin: "ショップ管理", logout: "ログアウト", presence: "ステータス",
      presence_online: "対応可能", presence_away: "離席中", presence_offline: "オフライン", live: "リアルタイム更新",
      queue: "待機キュー", queue_empty: "待っているお客様はいません。", mine: "対応中の会話", mine_empty: "対応中の会話はありません。",
      risk: "遅延リスクのある配送", risk_hint: "リスクモデルが遅延を予測している配送", risk_empty: "遅延リスクのある配送はありません。",
      conv_empty: "待機キューから会話を選択してください。",
      take: "対応する", release: "ボットに戻す", transfer_to: "転送先", transfer: "転送", close: "終了して評価を依頼",
      canned: "定型文", canned_insert: "挿入", writing_in: "入力言語", writing_in_hint: "この返信を書いている言語",
      reply_ph: "ご自分の言語で入力してください。お客様には翻訳が届きます。", send: "送信",
      notes: "社内メモ", notes_private: "（お客様には送信されません）", note_ph: "チームへのメモ", note_add: "メモを追加",
      customer: "お客様", orders: "注文", earlier: "過去の会話",
      comp: "補償", comp_hint: "このお客様に付与された補償（ルールまたはオペレーターによる）。新しい順。",
      comp_hold: "補償を付与するには、会話の対応を開始してください。",
      grant: "付与", grant_order: "注文", grant_what: "内容", grant_line: "商品", grant_amount: "金額",
      grant_reason: "理由", grant_reason_note: "（必須。チームと監査担当者が確認します）",
      grant_amount_ph: "例：5 または 4.50", grant_reason_ph: "例：2時間遅れて到着、サーモンがぬるかった",
      grant_kind_coupon: "次回注文用クーポン", grant_kind_refund_line: "商品1点の返金", grant_kind_refund_order: "注文全体の返金",
      assist: "アシスト", articles: "ナレッジ記事", drafts: "返信案",
      risk_storm: "暴風雨の予報", risk_heavy_rain: "大雨の予報", risk_rain: "雨の予報", risk_heat: "猛暑",
      risk_fragile: "割れ物", risk_frozen: "冷凍品", risk_chilled: "冷蔵品", risk_long_route: "長距離ルート",
      risk_evening_slot: "夜間の配達枠", risk_tight_promise: "余裕のないお届け時間",
      rstatus_pending: "未作成", rstatus_sending: "作成中", rstatus_sent: "お客様に通知済み",
      rstatus_opted_out: "お客様が配信停止", rstatus_failed: "作成できませんでした", rstatus_off: "プロアクティブ通知はオフ",
      rkind_delay_warning: "遅延のお知らせ", rkind_unboxing_guide: "開封ガイド",
      risk_forecast: "予報：{weather}", risk_customer: "お客様", risk_score: "遅延の確率",
      risk_item: "{order} · {customer}", risk_status: "{kind}：{status}",
      slot_today: "今日 {time}", slot_tomorrow: "明日 {time}",
      visitor: "訪問者 {id}", prio: "P{n}", prio_hint: "実効優先度（優先度 + 待ち時間5分ごとに1）", queued: "待機中", vip: "VIP",
      cust_language: "お客様の言語",
      delivery_as_written: "お客様は{language}を使用：そのまま送信されます。",
      delivery_translated: "送信前に{language}へ機械翻訳されます。",
      delivery_none: "{from} → {to} に対応する翻訳サービスがありません。入力した文がそのまま届きます。{to}で書くか、その言語の定型文を選んでください。",
      status_bot: "ボット対応", status_queued: "待機中", status_agent: "有人対応中", status_closed: "終了",
      unknown_language: "言語不明",
      conv_reason: "理由：{reason}、優先度 {n}",
      author_customer: "お客様", author_bot: "ボット", author_system: "システム", author_agent: "オペレーター",
      msg_meta: "{who} · {time}", msg_meta_lang: "{who} · {time} · {language}",
      mt: "機械翻訳 → {language}", mt_by: "機械翻訳 → {language}（{provider}）",
      not_translated: "未翻訳：{notice}", not_translated_lang: "{language}からは翻訳されていません：対応する翻訳サービスがありません。",
      you_wrote: "入力した原文（{language}）。お客様には上の機械翻訳が届きました（{provider}）",
      coupon_card: "クーポン付与：{amount} · コード {code}", recommended: "おすすめ商品", trace_open: "コールドチェーンレポートを開く",
      tr_intent: "意図 {v}", tr_confidence: "確信度 {v}", tr_action: "アクション {v}", tr_reason: "理由 {v}",
      tr_skill: "スキル {v}", tr_outcome: "結果 {v}", tr_emotion: "感情 {v}",
      llm_kept: "既存の回答を使用", llm_in: "{n} ミリ秒", llm_written: "LLM {model} が作成", llm_written_in: "LLM {model} が作成（{how}）",
      llm_unused: "LLM {model} は不使用（{why}）",
      llm_v_refused: "回答拒否", llm_v_invalid: "無効な回答", llm_v_timeout: "タイムアウト", llm_v_error: "エラー",
      relabel_open: "意図が違う？ラベルを修正", flag_open: "この回答を修正",
      fix_answer_flagged: "誤りとして報告", fix_answer_fixed: "より良い回答を提案",
      fix_article_wrong: "記事の内容が誤っている", fix_article_outdated: "記事の内容が古い",
      done_answer_flagged: "レビュー待ちとして報告しました。", done_answer_fixed: "より良い回答をレビューに送りました。",
      done_article_wrong: "記事の誤りを報告しました。", done_article_outdated: "記事が古いことを報告しました。",
      relabel_aria: "お客様の本当の意図", relabel_pick: "お客様の意図は何でしたか？",
      intents_failed: "意図の一覧を読み込めません：{error}",
      mood_aria: "お客様の感情", mood_detected: "感情：検出結果のまま",
      mood_neutral: "平常", mood_anger: "怒り", mood_anxiety: "不安", mood_satisfaction: "満足", mood_sadness: "悲しみ",
      ents_aria: "言及された情報：種類=値、セミコロン区切り", ents_ph: "言及された情報、例：order_number=10023; country=IT",
      ents_bad: "言及された情報は「種類=値」の形式で、セミコロンで区切って入力してください（order_number=10023; country=IT）。",
      wrong_aria: "誤りの内容", answer_ph: "お客様が受け取るべきだった回答", answer_aria: "より良い回答",
      note_optional: "メモ（任意）", why_optional: "理由（任意）", note_aria: "メモ",
      send_correction: "修正を送信", cancel: "キャンセル",
      relabelled: "「{label}」にラベルを修正しました。レビュー待ちです。", not_sent: "送信できませんでした：{error}",
      photo_bad: "表示できない画像です。", photo_alt: "お客様からの画像", photo_alt_text: "お客様からの画像：{text}",
      photo_open: "原寸で表示", photo_caption: "画像 · {w}×{h}", photo_caption_size: "画像 · {w}×{h} · {kb} KB",
      note_meta: "社内メモ · {agent} · {time}",
      agent_option: "{name} · {presence} · {load}/{max}", agent_option_langs: "{name} · {presence} · {load}/{max} · {languages}",
      anonymous: "匿名の訪問者", no_orders: "注文はありません。", none: "なし", rated: "評価 {n}/5",
      order_line: " · {status} · {time}",
      order_pending: "支払い待ち", order_paid: "支払い済み", order_shipped: "発送済み", order_delivered: "配達済み", order_cancelled: "キャンセル済み",
      order_returned: "返品済み",
      ship_label_created: "送り状作成済み", ship_in_transit: "輸送中", ship_customs: "通関中", ship_out_for_delivery: "配達中",
      ship_delivered: "配達済み", ship_exception: "配送トラブル",
      profile_title: "プロフィール", profile_none: "まだ記録はありません。", profile_anonymous: "匿名の訪問者：情報は記録されません。",
      profile_add: "追加", profile_holds: "該当する", profile_denies: "該当しない", profile_forget: "削除", profile_not: "{value}ではない",
      profile_kind: "項目", profile_value: "内容", profile_value_ph: "例：乾燥肌",
      pkind_skin_type: "肌質", pkind_concern: "肌悩み", pkind_finish: "仕上がり", pkind_style: "スタイル", pkind_budget: "予算",
      pkind_category: "よく買う", pkind_avoid: "避けたい",
      pval_oily: "脂性肌", pval_dry: "乾燥肌", pval_combination: "混合肌", pval_normal: "普通肌", pval_sensitive: "敏感肌",
      pval_low: "プチプラ", pval_mid: "ミドル", pval_high: "高級", pval_matte: "マット", pval_dewy: "ツヤ", pval_acne: "ニキビ",
      pval_pores: "毛穴", pval_blackheads: "黒ずみ毛穴", pval_dullness: "くすみ", pval_wrinkles: "しわ",
      pval_pigmentation: "シミ", pval_redness: "赤み", pval_dehydration: "インナードライ",
      psrc_chat: "チャットでの発言", psrc_customer: "お客様ご本人の訂正", psrc_agent: "オペレーター", psrc_order: "購入履歴", psrc_event: "閲覧履歴",
      plevel_settled: "確定", plevel_strong: "可能性大", plevel_likely: "可能性あり", plevel_weak: "不確か",
      emotion_line: "感情：{emotion}（{intensity}）", emotion_intent: "感情：{emotion}（{intensity}）· 意図 {intent}",
      no_article: "該当する記事はありません。", no_draft: "返信案はありません。", draft_use: "使用（{language}）",
      draft_src_article: "ナレッジ記事", draft_src_promotion: "キャンペーン",
      sent_untranslated: "翻訳せずに送信：{notice}", sent_untranslated_plain: "原文のまま送信しました：この言語の組み合わせに対応する翻訳サービスがありません。",
      ckind_coupon: "クーポン", ckind_refund_line: "返金（商品単位）", ckind_refund_order: "返金（注文全体）",
      comp_none: "付与された補償はまだありません。", comp_no_orders: "注文がないため、補償の対象はありません。",
      comp_by_rule: "ルール {rule}（バージョン {version}）による", comp_by: "{name} による", comp_order: "注文 {number}",
      comp_revoked: "取り消し済み", comp_granted: "付与済み", comp_code: "クーポンコード", comp_reason: "理由：{reason}",
      comp_revoked_by: "{name} が取り消し · {time}", comp_revoked_by_why: "{name} が取り消し · {time}：{reason}",
      revoke: "取り消す", revoke_ph: "取り消す理由", revoke_aria: "取り消しの理由",
      revoke_q: "この{kind}を取り消しますか？お客様には通知されません。必要に応じてご自身でお伝えください。", revoke_need_reason: "理由を入力してください。",
      grant_order_option: "{number} · {total} · {status}", grant_order_refunded: "{number} · {total} · {status} · 返金済み {refunded}",
      grant_line_option: "{name}（{sku}）· {value}", grant_line_refunded: "{name}（{sku}）· {value} · 返金済み {refunded}",
      grant_hint_coupon: "上限は注文合計の {total}。有効期限30日、最低購入金額なし。お客様にはチャットで届きます。",
      grant_hint_line: "空欄の場合は商品全額。お客様には通知されないため、ご自身でお伝えください。",
      grant_hint_order: "空欄の場合は残額 {left}。お客様には通知されないため、ご自身でお伝えください。",
      grant_amount_bad: "金額を 5 や 4.50 のように入力してください。",
      err_http: "サーバーが {status} を返しました。", err_network: "サーバーに接続できません。通信環境を確認してください。",
      err_unauthorized: "ショップ、メールアドレス、パスワードのいずれかが正しくないか、セッションの有効期限が切れています。", err_forbidden: "この操作を行う権限がありません。",
      err_conflict: "会話の状態が変わりました（他の人が対応を開始したか、終了した可能性があります）。再読み込みしてもう一度お試しください。", err_not_found: "見つかりません。",
      err_invalid: "入力内容に誤りがあります。確認してもう一度お試しください。", err_too_large: "テキストが長すぎます。",
      err_rate_limited: "リクエストが多すぎます。しばらくお待ちください。",
      err_internal: "サーバーでエラーが発生しました。しばらくしてからもう一度お試しください。", err_unavailable: "現在サービスを利用できません。しばらくしてからもう一度お試しください。"
    },
    ko: {
      title: "kefu · 상담원 콘솔", login_title: "kefu 상담원 콘솔",
      login_shop: "쇼핑몰", login_email: "이메일", login_password: "비밀번호", login_submit: "로그인", login_shop_ph: "예: globalmart",
      login_demo: "데모: 쇼핑몰 {shop}, {ana}(영어, 스페인어) 또는 {li}; 쇼핑몰 {shop2}, {mei}(중국어); 비밀번호 {password}.",
      login_wait: "로그인 실패 횟수가 너무 많습니다. 계정 보호를 위해 {wait} 후에 다시 시도해 주세요.",
      login_again: "지금 다시 로그인할 수 있습니다.",
      wait_seconds: "{n}초", wait_minutes: "{n}분", wait_hours: "{h}시간 {m}분",
      to_admin: "쇼핑몰 관리", logout: "로그아웃", presence: "상태",
      presence_online: "상담 가능", presence_away: "자리 비움", presence_offline: "오프라인", live: "실시간 업데이트",
      queue: "대기열", queue_empty: "대기 중인 고객이 없습니다.", mine: "내 상담", mine_empty: "진행 중인 상담이 없습니다.",
      risk: "배송 지연 위험", risk_hint: "위험 예측 모델이 지연을 예상한 배송", risk_empty: "지연 위험이 있는 배송이 없습니다.",
      conv_empty: "대기열에서 상담을 선택하세요.",
      take: "상담 시작", release: "챗봇에 넘기기", transfer_to: "이관 대상", transfer: "이관", close: "종료 후 평가 요청",
      canned: "자주 쓰는 답변", canned_insert: "넣기", writing_in: "작성 언어", writing_in_hint: "이 답변을 작성하는 언어",
      reply_ph: "편한 언어로 작성하세요. 고객에게는 번역본이 전달됩니다.", send: "보내기",
      notes: "내부 메모", notes_private: "(고객에게 전송되지 않음)", note_ph: "동료에게 남길 메모", note_add: "메모 추가",
      customer: "고객", orders: "주문", earlier: "이전 상담",
      comp: "보상", comp_hint: "규칙 또는 상담원이 이 고객에게 지급한 보상입니다. 최신순.",
      comp_hold: "보상을 지급하려면 먼저 상담을 시작하세요.",
      grant: "지급", grant_order: "주문", grant_what: "보상 방식", grant_line: "상품", grant_amount: "금액",
      grant_reason: "사유", grant_reason_note: "(필수, 동료와 감사 담당자가 확인합니다)",
      grant_amount_ph: "예: 5 또는 4.50", grant_reason_ph: "예: 2시간 늦게 배송, 연어가 미지근함",
      grant_kind_coupon: "다음 주문용 쿠폰", grant_kind_refund_line: "상품 1건 환불", grant_kind_refund_order: "주문 전체 환불",
      assist: "상담 도우미", articles: "도움말 문서", drafts: "답변 초안",
      risk_storm: "폭풍 예보", risk_heavy_rain: "호우 예보", risk_rain: "비 예보", risk_heat: "폭염",
      risk_fragile: "파손 주의 상품", risk_frozen: "냉동 상품", risk_chilled: "냉장 상품", risk_long_route: "장거리 배송",
      risk_evening_slot: "저녁 배송", risk_tight_promise: "빠듯한 배송 약속",
      rstatus_pending: "작성 전", rstatus_sending: "작성 중", rstatus_sent: "고객 안내 완료",
      rstatus_opted_out: "고객 수신 거부", rstatus_failed: "작성 실패", rstatus_off: "사전 안내 메시지 꺼짐",
      rkind_delay_warning: "지연 안내", rkind_unboxing_guide: "개봉 안내",
      risk_forecast: "예보: {weather}", risk_customer: "고객", risk_score: "지연 도착 확률",
      risk_item: "{order} · {customer}", risk_status: "{kind}: {status}",
      slot_today: "오늘 {time}", slot_tomorrow: "내일 {time}",
      visitor: "방문자 {id}", prio: "P{n}", prio_hint: "실제 우선순위 (우선순위 + 대기 5분마다 1)", queued: "대기 중", vip: "VIP",
      cust_language: "고객의 언어",
      delivery_as_written: "고객 언어가 {language}입니다. 작성한 그대로 전송됩니다.",
      delivery_translated: "전송 전에 {language}로 기계 번역됩니다.",
      delivery_none: "{from} → {to}를 지원하는 번역 서비스가 없어 작성한 그대로 전달됩니다. {to}로 작성하거나 해당 언어의 자주 쓰는 답변을 선택하세요.",
      status_bot: "챗봇 응대", status_queued: "대기 중", status_agent: "상담원 응대", status_closed: "종료",
      unknown_language: "언어 알 수 없음",
      conv_reason: "사유: {reason}, 우선순위 {n}",
      author_customer: "고객", author_bot: "챗봇", author_system: "시스템", author_agent: "상담원",
      msg_meta: "{who} · {time}", msg_meta_lang: "{who} · {time} · {language}",
      mt: "기계 번역 → {language}", mt_by: "기계 번역 → {language} ({provider})",
      not_translated: "번역 안 됨: {notice}", not_translated_lang: "{language} 번역 안 됨: 지원하는 번역 서비스가 없습니다.",
      you_wrote: "작성한 원문({language}). 고객은 위의 기계 번역본을 받았습니다({provider})",
      coupon_card: "쿠폰 지급: {amount} · 코드 {code}", recommended: "추천 상품", trace_open: "콜드체인 리포트 열기",
      tr_intent: "의도 {v}", tr_confidence: "신뢰도 {v}", tr_action: "조치 {v}", tr_reason: "사유 {v}",
      tr_skill: "스킬 {v}", tr_outcome: "결과 {v}", tr_emotion: "감정 {v}",
      llm_kept: "기존 답변 유지", llm_in: "{n}ms 소요", llm_written: "LLM {model} 작성", llm_written_in: "LLM {model} 작성 ({how})",
      llm_unused: "LLM {model} 미사용 ({why})",
      llm_v_refused: "답변 거부", llm_v_invalid: "잘못된 답변", llm_v_timeout: "시간 초과", llm_v_error: "오류",
      relabel_open: "의도가 틀렸나요? 다시 지정", flag_open: "이 답변 수정",
      fix_answer_flagged: "오답으로 표시", fix_answer_fixed: "더 나은 답변 제안",
      fix_article_wrong: "문서 내용이 틀림", fix_article_outdated: "문서 내용이 오래됨",
      done_answer_flagged: "검토 대상으로 표시했습니다.", done_answer_fixed: "더 나은 답변을 검토 요청했습니다.",
      done_article_wrong: "문서 오류를 신고했습니다.", done_article_outdated: "오래된 문서로 신고했습니다.",
      relabel_aria: "고객의 실제 의도", relabel_pick: "고객이 원한 것은 무엇인가요?",
      intents_failed: "의도 목록을 불러오지 못했습니다: {error}",
      mood_aria: "고객의 감정", mood_detected: "감정: 감지된 그대로",
      mood_neutral: "보통", mood_anger: "화남", mood_anxiety: "불안", mood_satisfaction: "만족", mood_sadness: "슬픔",
      ents_aria: "언급된 정보: 유형=값, 세미콜론으로 구분", ents_ph: "언급된 정보, 예: order_number=10023; country=IT",
      ents_bad: "언급된 정보를 유형=값 형식으로, 세미콜론으로 구분해 입력하세요(order_number=10023; country=IT).",
      wrong_aria: "틀린 부분", answer_ph: "고객이 받았어야 할 답변", answer_aria: "더 나은 답변",
      note_optional: "메모(선택)", why_optional: "이유(선택)", note_aria: "메모",
      send_correction: "수정 보내기", cancel: "취소",
      relabelled: "“{label}”(으)로 다시 지정했습니다. 검토 대기 중입니다.", not_sent: "전송 실패: {error}",
      photo_bad: "표시할 수 없는 사진입니다.", photo_alt: "고객이 보낸 사진", photo_alt_text: "고객이 보낸 사진: {text}",
      photo_open: "원본 크기로 보기", photo_caption: "사진 · {w}×{h}", photo_caption_size: "사진 · {w}×{h} · {kb} KB",
      note_meta: "내부 메모 · {agent} · {time}",
      agent_option: "{name} · {presence} · {load}/{max}", agent_option_langs: "{name} · {presence} · {load}/{max} · {languages}",
      anonymous: "익명 방문자", no_orders: "주문 내역이 없습니다.", none: "없음", rated: "평점 {n}/5",
      order_line: " · {status} · {time}",
      order_pending: "결제 대기", order_paid: "결제 완료", order_shipped: "발송 완료", order_delivered: "배송 완료", order_cancelled: "주문 취소",
      order_returned: "반품 완료",
      ship_label_created: "송장 발행", ship_in_transit: "이동 중", ship_customs: "통관 중", ship_out_for_delivery: "배송 출발",
      ship_delivered: "배송 완료", ship_exception: "배송 문제",
      profile_title: "고객 프로필", profile_none: "아직 기록된 정보가 없습니다.", profile_anonymous: "익명 방문자: 정보를 기록하지 않습니다.",
      profile_add: "추가", profile_holds: "맞음", profile_denies: "아님", profile_forget: "삭제", profile_not: "{value} 아님",
      profile_kind: "항목", profile_value: "내용", profile_value_ph: "예: 건성",
      pkind_skin_type: "피부 타입", pkind_concern: "피부 고민", pkind_finish: "마무리감", pkind_style: "스타일", pkind_budget: "예산",
      pkind_category: "자주 사는 품목", pkind_avoid: "피하는 것",
      pval_oily: "지성", pval_dry: "건성", pval_combination: "복합성", pval_normal: "중성", pval_sensitive: "민감성",
      pval_low: "저가", pval_mid: "중가", pval_high: "프리미엄", pval_matte: "매트", pval_dewy: "물광", pval_acne: "여드름",
      pval_pores: "모공", pval_blackheads: "블랙헤드", pval_dullness: "칙칙함", pval_wrinkles: "주름",
      pval_pigmentation: "기미·잡티", pval_redness: "홍조", pval_dehydration: "속건조",
      psrc_chat: "채팅에서 언급", psrc_customer: "고객 직접 정정", psrc_agent: "상담원", psrc_order: "구매 내역", psrc_event: "탐색 기록",
      plevel_settled: "확정", plevel_strong: "유력", plevel_likely: "가능성 있음", plevel_weak: "불확실",
      emotion_line: "감정: {emotion} ({intensity})", emotion_intent: "감정: {emotion} ({intensity}) · 의도 {intent}",
      no_article: "일치하는 문서가 없습니다.", no_draft: "답변 초안이 없습니다.", draft_use: "사용 ({language})",
      draft_src_article: "도움말 문서", draft_src_promotion: "프로모션",
      sent_untranslated: "번역 없이 전송됨: {notice}", sent_untranslated_plain: "작성한 그대로 전송됨: 이 언어 조합을 지원하는 번역 서비스가 없습니다.",
      ckind_coupon: "쿠폰", ckind_refund_line: "환불(상품)", ckind_refund_order: "환불(주문 전체)",
      comp_none: "아직 지급한 보상이 없습니다.", comp_no_orders: "주문이 없어 보상할 항목이 없습니다.",
      comp_by_rule: "규칙 {rule}(버전 {version})에 따라", comp_by: "{name} 지급", comp_order: "주문 {number}",
      comp_revoked: "취소됨", comp_granted: "지급됨", comp_code: "쿠폰 코드", comp_reason: "사유: {reason}",
      comp_revoked_by: "{name} 취소 · {time}", comp_revoked_by_why: "{name} 취소 · {time}: {reason}",
      revoke: "지급 취소", revoke_ph: "취소 사유", revoke_aria: "지급 취소 사유",
      revoke_q: "이 {kind} 건을 취소할까요? 고객에게는 알림이 가지 않으니 필요하면 직접 안내하세요.", revoke_need_reason: "사유를 입력하세요.",
      grant_order_option: "{number} · {total} · {status}", grant_order_refunded: "{number} · {total} · {status} · 환불 {refunded}",
      grant_line_option: "{name} ({sku}) · {value}", grant_line_refunded: "{name} ({sku}) · {value} · 환불 {refunded}",
      grant_hint_coupon: "최대 주문 총액 {total}까지. 30일간 유효, 최소 주문 금액 없음. 고객은 채팅으로 받습니다.",
      grant_hint_line: "비워 두면 상품 금액 전체. 고객에게 알림이 가지 않으니 직접 안내하세요.",
      grant_hint_order: "비워 두면 남은 금액 {left} 전체. 고객에게 알림이 가지 않으니 직접 안내하세요.",
      grant_amount_bad: "5 또는 4.50처럼 금액을 입력하세요.",
      err_http: "서버 응답: {status}.", err_network: "서버에 연결할 수 없습니다. 네트워크를 확인하세요.",
      err_unauthorized: "쇼핑몰, 이메일 또는 비밀번호가 틀렸거나 세션이 만료되었습니다.", err_forbidden: "이 작업을 할 권한이 없습니다.",
      err_conflict: "상담 상태가 바뀌었습니다(다른 상담원이 시작했거나 종료되었을 수 있음). 새로고침 후 다시 시도하세요.", err_not_found: "찾을 수 없습니다.",
      err_invalid: "입력값이 올바르지 않습니다. 확인 후 다시 시도하세요.", err_too_large: "텍스트가 너무 깁니다.",
      err_rate_limited: "요청이 너무 많습니다. 잠시 기다려 주세요.",
      err_internal: "서버 오류가 발생했습니다. 잠시 후 다시 시도하세요.", err_unavailable: "지금은 서비스를 사용할 수 없습니다. 잠시 후 다시 시도하세요."
    },
    vi: {
      title: "kefu · bảng điều khiển CSKH", login_title: "Bảng điều khiển CSKH kefu",
      login_shop: "Cửa hàng", login_email: "Email", login_password: "Mật khẩu", login_submit: "Đăng nhập", login_shop_ph: "vd: globalmart",
      login_demo: "Demo: cửa hàng {shop}, {ana} (tiếng Anh, tiếng Tây Ban Nha) hoặc {li}; cửa hàng {shop2}, {mei} (tiếng Trung); mật khẩu {password}.",
      login_wait: "Bạn đã đăng nhập sai quá nhiều lần. Để bảo vệ tài khoản, vui lòng đợi {wait} rồi thử lại.",
      login_again: "Bạn có thể thử đăng nhập lại.",
      wait_seconds: "{n} giây", wait_minutes: "{n} phút", wait_hours: "{h} giờ {m} phút",
      to_admin: "Quản lý cửa hàng", logout: "Đăng xuất", presence: "Trạng thái",
      presence_online: "trực tuyến", presence_away: "vắng mặt", presence_offline: "ngoại tuyến", live: "cập nhật trực tiếp",
      queue: "Hàng chờ", queue_empty: "Không có khách nào đang chờ.", mine: "Hội thoại của tôi", mine_empty: "Bạn chưa nhận hội thoại nào.",
      risk: "Đơn có nguy cơ giao trễ", risk_hint: "các đơn mà mô hình rủi ro dự đoán sẽ giao trễ", risk_empty: "Không có đơn nào có nguy cơ.",
      conv_empty: "Chọn một hội thoại trong hàng chờ.",
      take: "Nhận", release: "Trả lại cho bot", transfer_to: "Chuyển cho", transfer: "Chuyển", close: "Kết thúc và xin đánh giá",
      canned: "Câu trả lời mẫu", canned_insert: "Chèn", writing_in: "Ngôn ngữ soạn", writing_in_hint: "ngôn ngữ bạn dùng để soạn câu trả lời này",
      reply_ph: "Soạn bằng ngôn ngữ của bạn; khách sẽ nhận bản dịch.", send: "Gửi",
      notes: "Ghi chú nội bộ", notes_private: "(không bao giờ gửi cho khách)", note_ph: "Ghi chú cho đồng nghiệp", note_add: "Thêm ghi chú",
      customer: "Khách hàng", orders: "Đơn hàng", earlier: "Hội thoại trước",
      comp: "Bồi thường", comp_hint: "Những gì khách này đã được cấp, theo quy tắc hoặc do nhân viên, mới nhất trước.",
      comp_hold: "Nhận hội thoại để cấp bồi thường.",
      grant: "Cấp", grant_order: "Đơn hàng", grant_what: "Hình thức", grant_line: "Sản phẩm", grant_amount: "Số tiền",
      grant_reason: "Lý do", grant_reason_note: "(bắt buộc; đồng nghiệp và kiểm toán viên sẽ đọc)",
      grant_amount_ph: "vd: 5 hoặc 4.50", grant_reason_ph: "vd: giao trễ hai tiếng, cá hồi không còn lạnh",
      grant_kind_coupon: "Mã giảm giá cho đơn sau", grant_kind_refund_line: "Hoàn tiền một sản phẩm", grant_kind_refund_order: "Hoàn tiền cả đơn",
      assist: "Gợi ý", articles: "Bài viết", drafts: "Bản nháp",
      risk_storm: "dự báo có bão", risk_heavy_rain: "dự báo mưa lớn", risk_rain: "dự báo có mưa", risk_heat: "nắng nóng",
      risk_fragile: "hàng dễ vỡ", risk_frozen: "hàng đông lạnh", risk_chilled: "hàng ướp lạnh", risk_long_route: "tuyến đường dài",
      risk_evening_slot: "khung giờ tối", risk_tight_promise: "thời hạn giao gấp",
      rstatus_pending: "chưa soạn", rstatus_sending: "đang soạn", rstatus_sent: "đã báo khách",
      rstatus_opted_out: "khách từ chối nhận tin", rstatus_failed: "không soạn được", rstatus_off: "tin nhắn chủ động đang tắt",
      rkind_delay_warning: "báo giao trễ", rkind_unboxing_guide: "hướng dẫn mở hàng",
      risk_forecast: "Dự báo: {weather}", risk_customer: "khách hàng", risk_score: "xác suất giao trễ",
      risk_item: "{order} · {customer}", risk_status: "{kind}: {status}",
      slot_today: "hôm nay {time}", slot_tomorrow: "ngày mai {time}",
      visitor: "Khách truy cập {id}", prio: "P{n}", prio_hint: "mức ưu tiên thực tế (ưu tiên + 1 cho mỗi 5 phút chờ)", queued: "đang chờ", vip: "VIP",
      cust_language: "ngôn ngữ của khách",
      delivery_as_written: "Khách đọc {language}: gửi nguyên văn.",
      delivery_translated: "Sẽ được dịch máy sang {language} trước khi gửi.",
      delivery_none: "Không có dịch vụ dịch nào hỗ trợ {from} → {to}: khách sẽ nhận nguyên văn. Hãy chọn {to} hoặc một câu trả lời mẫu bằng ngôn ngữ đó.",
      status_bot: "bot đang trả lời", status_queued: "đang chờ", status_agent: "nhân viên đang hỗ trợ", status_closed: "đã kết thúc",
      unknown_language: "chưa rõ ngôn ngữ",
      conv_reason: "lý do: {reason}, ưu tiên {n}",
      author_customer: "khách hàng", author_bot: "bot", author_system: "hệ thống", author_agent: "nhân viên",
      msg_meta: "{who} · {time}", msg_meta_lang: "{who} · {time} · {language}",
      mt: "Dịch máy → {language}", mt_by: "Dịch máy → {language} ({provider})",
      not_translated: "Chưa dịch: {notice}", not_translated_lang: "Chưa dịch từ {language}: không có dịch vụ dịch nào hỗ trợ.",
      you_wrote: "Bạn đã viết ({language}); khách nhận bản dịch máy ở trên ({provider})",
      coupon_card: "Đã cấp mã giảm giá: {amount} · mã {code}", recommended: "Gợi ý sản phẩm", trace_open: "Mở báo cáo chuỗi lạnh",
      tr_intent: "ý định {v}", tr_confidence: "độ tin cậy {v}", tr_action: "hành động {v}", tr_reason: "lý do {v}",
      tr_skill: "kỹ năng {v}", tr_outcome: "kết quả {v}", tr_emotion: "cảm xúc {v}",
      llm_kept: "giữ câu trả lời cũ", llm_in: "trong {n} ms", llm_written: "do LLM {model} viết", llm_written_in: "do LLM {model} viết ({how})",
      llm_unused: "không dùng LLM {model} ({why})",
      llm_v_refused: "từ chối", llm_v_invalid: "câu trả lời không hợp lệ", llm_v_timeout: "hết thời gian", llm_v_error: "lỗi",
      relabel_open: "Sai ý định? Gán lại", flag_open: "Sửa câu trả lời này",
      fix_answer_flagged: "Báo là sai", fix_answer_fixed: "Đưa câu trả lời tốt hơn",
      fix_article_wrong: "Bài viết sai", fix_article_outdated: "Bài viết đã cũ",
      done_answer_flagged: "Đã gắn cờ để xem xét.", done_answer_fixed: "Đã gửi câu trả lời tốt hơn để xem xét.",
      done_article_wrong: "Đã báo bài viết sai.", done_article_outdated: "Đã báo bài viết đã cũ.",
      relabel_aria: "Ý của khách", relabel_pick: "Khách muốn hỏi gì?",
      intents_failed: "Không tải được danh sách ý định: {error}",
      mood_aria: "Tâm trạng của khách", mood_detected: "Tâm trạng: như đã nhận diện",
      mood_neutral: "Bình thường", mood_anger: "Tức giận", mood_anxiety: "Lo lắng", mood_satisfaction: "Hài lòng", mood_sadness: "Buồn",
      ents_aria: "Thông tin được nhắc đến: loại=giá trị, cách nhau bằng dấu chấm phẩy", ents_ph: "Thông tin được nhắc đến, vd: order_number=10023; country=IT",
      ents_bad: "Hãy ghi thông tin dạng loại=giá trị, cách nhau bằng dấu chấm phẩy (order_number=10023; country=IT).",
      wrong_aria: "Sai ở đâu", answer_ph: "Câu trả lời lẽ ra khách phải nhận", answer_aria: "Câu trả lời tốt hơn",
      note_optional: "Ghi chú (không bắt buộc)", why_optional: "Vì sao? (không bắt buộc)", note_aria: "Ghi chú",
      send_correction: "Gửi bản sửa", cancel: "Hủy",
      relabelled: "Đã gán lại thành “{label}”; đang chờ xem xét.", not_sent: "Chưa gửi được: {error}",
      photo_bad: "Ảnh không hiển thị được.", photo_alt: "Ảnh khách gửi", photo_alt_text: "Ảnh khách gửi: {text}",
      photo_open: "Xem kích thước đầy đủ", photo_caption: "Ảnh · {w}×{h}", photo_caption_size: "Ảnh · {w}×{h} · {kb} KB",
      note_meta: "Ghi chú nội bộ · {agent} · {time}",
      agent_option: "{name} · {presence} · {load}/{max}", agent_option_langs: "{name} · {presence} · {load}/{max} · {languages}",
      anonymous: "Khách ẩn danh", no_orders: "Chưa có đơn hàng.", none: "Không có.", rated: "đánh giá {n}/5",
      order_line: " · {status} · {time}",
      order_pending: "chờ thanh toán", order_paid: "đã thanh toán", order_shipped: "đã gửi hàng", order_delivered: "đã giao", order_cancelled: "đã hủy",
      order_returned: "đã trả hàng",
      ship_label_created: "đã tạo vận đơn", ship_in_transit: "đang vận chuyển", ship_customs: "đang thông quan", ship_out_for_delivery: "đang giao",
      ship_delivered: "đã giao", ship_exception: "có sự cố",
      profile_title: "Hồ sơ", profile_none: "Chưa ghi nhận gì.", profile_anonymous: "Khách ẩn danh: không ghi nhận thông tin.",
      profile_add: "Thêm", profile_holds: "Đúng", profile_denies: "Không đúng", profile_forget: "Xóa", profile_not: "không phải {value}",
      profile_kind: "Loại", profile_value: "Giá trị", profile_value_ph: "vd: da khô",
      pkind_skin_type: "Loại da", pkind_concern: "Vấn đề da", pkind_finish: "Lớp nền", pkind_style: "Phong cách", pkind_budget: "Ngân sách",
      pkind_category: "Hay mua", pkind_avoid: "Tránh",
      pval_oily: "da dầu", pval_dry: "da khô", pval_combination: "da hỗn hợp", pval_normal: "da thường", pval_sensitive: "da nhạy cảm",
      pval_low: "bình dân", pval_mid: "tầm trung", pval_high: "cao cấp", pval_matte: "lì", pval_dewy: "căng bóng", pval_acne: "mụn",
      pval_pores: "lỗ chân lông", pval_blackheads: "mụn đầu đen", pval_dullness: "da xỉn màu", pval_wrinkles: "nếp nhăn",
      pval_pigmentation: "thâm nám", pval_redness: "mẩn đỏ", pval_dehydration: "thiếu nước",
      psrc_chat: "nói trong chat", psrc_customer: "khách tự xác nhận", psrc_agent: "nhân viên", psrc_order: "đã mua", psrc_event: "lượt xem",
      plevel_settled: "đã xác nhận", plevel_strong: "rất có thể", plevel_likely: "có thể", plevel_weak: "chưa chắc",
      emotion_line: "Cảm xúc: {emotion} ({intensity})", emotion_intent: "Cảm xúc: {emotion} ({intensity}) · ý định {intent}",
      no_article: "Không có bài viết phù hợp.", no_draft: "Chưa có bản nháp.", draft_use: "Dùng ({language})",
      draft_src_article: "Bài viết kiến thức", draft_src_promotion: "Khuyến mãi",
      sent_untranslated: "Đã gửi không dịch: {notice}", sent_untranslated_plain: "Đã gửi nguyên văn: không có dịch vụ dịch nào hỗ trợ cặp ngôn ngữ này.",
      ckind_coupon: "Mã giảm giá", ckind_refund_line: "Hoàn tiền (sản phẩm)", ckind_refund_order: "Hoàn tiền (cả đơn)",
      comp_none: "Chưa cấp gì.", comp_no_orders: "Chưa có đơn hàng nên không có gì để bồi thường.",
      comp_by_rule: "theo quy tắc {rule} (phiên bản {version})", comp_by: "bởi {name}", comp_order: "đơn {number}",
      comp_revoked: "đã thu hồi", comp_granted: "đã cấp", comp_code: "mã giảm giá", comp_reason: "Lý do: {reason}",
      comp_revoked_by: "{name} đã thu hồi · {time}", comp_revoked_by_why: "{name} đã thu hồi · {time}: {reason}",
      revoke: "Thu hồi", revoke_ph: "Vì sao thu hồi?", revoke_aria: "Lý do thu hồi",
      revoke_q: "Thu hồi {kind} này? Khách sẽ không được báo; hãy tự báo nếu cần.", revoke_need_reason: "Hãy nhập lý do.",
      grant_order_option: "{number} · {total} · {status}", grant_order_refunded: "{number} · {total} · {status} · đã hoàn {refunded}",
      grant_line_option: "{name} ({sku}) · {value}", grant_line_refunded: "{name} ({sku}) · {value} · đã hoàn {refunded}",
      grant_hint_coupon: "Tối đa bằng tổng đơn, {total}. Hiệu lực 30 ngày, không yêu cầu giá trị tối thiểu; khách nhận trong chat.",
      grant_hint_line: "Để trống: hoàn cả sản phẩm. Khách không nhận tin nhắn; hãy tự báo khách.",
      grant_hint_order: "Để trống: phần còn lại của {left}. Khách không nhận tin nhắn; hãy tự báo khách.",
      grant_amount_bad: "Nhập số tiền như 5 hoặc 4.50.",
      err_http: "Máy chủ trả về {status}.", err_network: "Không kết nối được máy chủ; hãy kiểm tra kết nối mạng.",
      err_unauthorized: "Sai cửa hàng, email hoặc mật khẩu, hoặc phiên đăng nhập đã hết hạn.", err_forbidden: "Bạn không có quyền làm việc này.",
      err_conflict: "Hội thoại đã thay đổi (có thể người khác đã nhận hoặc đã kết thúc); hãy tải lại và thử lại.", err_not_found: "Không tìm thấy.",
      err_invalid: "Có thông tin không hợp lệ; hãy kiểm tra và thử lại.", err_too_large: "Nội dung quá dài.",
      err_rate_limited: "Quá nhiều yêu cầu; vui lòng đợi một chút.",
      err_internal: "Máy chủ gặp lỗi; vui lòng thử lại sau.", err_unavailable: "Dịch vụ hiện không khả dụng; vui lòng thử lại sau."
    },
    id: {
      title: "kefu · konsol agen", login_title: "Konsol agen kefu",
      login_shop: "Toko", login_email: "Email", login_password: "Kata sandi", login_submit: "Masuk", login_shop_ph: "mis. globalmart",
      login_demo: "Demo: toko {shop}, {ana} (Inggris, Spanyol) atau {li}; toko {shop2}, {mei} (Mandarin); kata sandi {password}.",
      login_wait: "Terlalu banyak percobaan gagal. Demi keamanan akun, tunggu {wait} sebelum mencoba lagi.",
      login_again: "Sekarang Anda bisa mencoba lagi.",
      wait_seconds: "{n} dtk", wait_minutes: "{n} mnt", wait_hours: "{h} jam {m} mnt",
      to_admin: "Admin toko", logout: "Keluar", presence: "Status",
      presence_online: "online", presence_away: "tidak di tempat", presence_offline: "offline", live: "pembaruan langsung",
      queue: "Antrean", queue_empty: "Tidak ada yang menunggu.", mine: "Percakapan saya", mine_empty: "Anda belum menangani percakapan.",
      risk: "Pengiriman berisiko", risk_hint: "pengiriman yang diperkirakan model risiko akan terlambat", risk_empty: "Tidak ada pengiriman berisiko.",
      conv_empty: "Pilih percakapan dari antrean.",
      take: "Ambil", release: "Kembalikan ke bot", transfer_to: "Alihkan ke", transfer: "Alihkan", close: "Tutup dan minta penilaian",
      canned: "Balasan cepat", canned_insert: "Sisipkan", writing_in: "Bahasa tulisan", writing_in_hint: "bahasa yang Anda pakai untuk menulis balasan ini",
      reply_ph: "Tulis dalam bahasa Anda; pelanggan menerima terjemahannya.", send: "Kirim",
      notes: "Catatan internal", notes_private: "(tidak pernah dikirim ke pelanggan)", note_ph: "Catatan untuk rekan kerja", note_add: "Tambah catatan",
      customer: "Pelanggan", orders: "Pesanan", earlier: "Percakapan sebelumnya",
      comp: "Kompensasi", comp_hint: "Yang sudah diberikan kepada pelanggan ini, oleh aturan atau agen, terbaru di atas.",
      comp_hold: "Ambil percakapan ini untuk memberi kompensasi.",
      grant: "Berikan", grant_order: "Pesanan", grant_what: "Bentuk", grant_line: "Item", grant_amount: "Jumlah",
      grant_reason: "Alasan", grant_reason_note: "(wajib; dibaca rekan kerja dan auditor)",
      grant_amount_ph: "mis. 5 atau 4.50", grant_reason_ph: "mis. terlambat dua jam, salmon tidak dingin lagi",
      grant_kind_coupon: "Kupon untuk pesanan berikutnya", grant_kind_refund_line: "Pengembalian dana satu item", grant_kind_refund_order: "Pengembalian dana seluruh pesanan",
      assist: "Bantuan", articles: "Artikel", drafts: "Draf",
      risk_storm: "prakiraan badai", risk_heavy_rain: "prakiraan hujan lebat", risk_rain: "prakiraan hujan", risk_heat: "cuaca panas",
      risk_fragile: "barang pecah belah", risk_frozen: "produk beku", risk_chilled: "produk dingin", risk_long_route: "rute jauh",
      risk_evening_slot: "slot malam", risk_tight_promise: "janji kirim mepet",
      rstatus_pending: "belum ditulis", rstatus_sending: "sedang ditulis", rstatus_sent: "pelanggan sudah diberi tahu",
      rstatus_opted_out: "pelanggan menolak pesan", rstatus_failed: "gagal ditulis", rstatus_off: "pesan proaktif nonaktif",
      rkind_delay_warning: "pemberitahuan keterlambatan", rkind_unboxing_guide: "panduan membuka paket",
      risk_forecast: "Prakiraan: {weather}", risk_customer: "pelanggan", risk_score: "peluang terlambat",
      risk_item: "{order} · {customer}", risk_status: "{kind}: {status}",
      slot_today: "hari ini {time}", slot_tomorrow: "besok {time}",
      visitor: "Pengunjung {id}", prio: "P{n}", prio_hint: "prioritas efektif (prioritas + 1 setiap 5 mnt menunggu)", queued: "dalam antrean", vip: "VIP",
      cust_language: "bahasa pelanggan",
      delivery_as_written: "Pelanggan membaca {language}: dikirim apa adanya.",
      delivery_translated: "Diterjemahkan mesin ke {language} sebelum dikirim.",
      delivery_none: "Tidak ada layanan terjemahan untuk {from} → {to}: pelanggan menerima teks Anda apa adanya. Pilih {to} atau balasan cepat dalam bahasa itu.",
      status_bot: "ditangani bot", status_queued: "dalam antrean", status_agent: "ditangani agen", status_closed: "ditutup",
      unknown_language: "bahasa tidak diketahui",
      conv_reason: "alasan: {reason}, prioritas {n}",
      author_customer: "pelanggan", author_bot: "bot", author_system: "sistem", author_agent: "agen",
      msg_meta: "{who} · {time}", msg_meta_lang: "{who} · {time} · {language}",
      mt: "Terjemahan mesin → {language}", mt_by: "Terjemahan mesin → {language} ({provider})",
      not_translated: "Tidak diterjemahkan: {notice}", not_translated_lang: "Tidak diterjemahkan dari {language}: tidak ada layanan terjemahan untuk bahasa ini.",
      you_wrote: "Tulisan Anda ({language}); pelanggan menerima terjemahan mesin di atas ({provider})",
      coupon_card: "Kupon diberikan: {amount} · kode {code}", recommended: "Rekomendasi", trace_open: "Buka laporan rantai dingin",
      tr_intent: "maksud {v}", tr_confidence: "keyakinan {v}", tr_action: "tindakan {v}", tr_reason: "alasan {v}",
      tr_skill: "skill {v}", tr_outcome: "hasil {v}", tr_emotion: "emosi {v}",
      llm_kept: "jawaban lama dipakai", llm_in: "dalam {n} md", llm_written: "ditulis oleh LLM {model}", llm_written_in: "ditulis oleh LLM {model} ({how})",
      llm_unused: "LLM {model} tidak dipakai ({why})",
      llm_v_refused: "menolak", llm_v_invalid: "jawaban tidak valid", llm_v_timeout: "waktu habis", llm_v_error: "galat",
      relabel_open: "Maksud salah? Label ulang", flag_open: "Koreksi jawaban ini",
      fix_answer_flagged: "Tandai salah", fix_answer_fixed: "Beri jawaban yang lebih baik",
      fix_article_wrong: "Artikelnya salah", fix_article_outdated: "Artikelnya kedaluwarsa",
      done_answer_flagged: "Ditandai untuk ditinjau.", done_answer_fixed: "Jawaban yang lebih baik dikirim untuk ditinjau.",
      done_article_wrong: "Artikel dilaporkan salah.", done_article_outdated: "Artikel dilaporkan kedaluwarsa.",
      relabel_aria: "Maksud pelanggan", relabel_pick: "Apa maksud pelanggan?",
      intents_failed: "Daftar maksud gagal dimuat: {error}",
      mood_aria: "Suasana hati pelanggan", mood_detected: "Suasana hati: sesuai deteksi",
      mood_neutral: "Netral", mood_anger: "Marah", mood_anxiety: "Cemas", mood_satisfaction: "Puas", mood_sadness: "Sedih",
      ents_aria: "Yang disebutkan: jenis=nilai, dipisah titik koma", ents_ph: "Yang disebutkan, mis. order_number=10023; country=IT",
      ents_bad: "Tulis yang disebutkan sebagai jenis=nilai, dipisah titik koma (order_number=10023; country=IT).",
      wrong_aria: "Apa yang salah", answer_ph: "Jawaban yang seharusnya diterima pelanggan", answer_aria: "Jawaban yang lebih baik",
      note_optional: "Catatan (opsional)", why_optional: "Kenapa? (opsional)", note_aria: "Catatan",
      send_correction: "Kirim koreksi", cancel: "Batal",
      relabelled: "Dilabel ulang sebagai “{label}”; menunggu tinjauan.", not_sent: "Tidak terkirim: {error}",
      photo_bad: "Foto tidak dapat ditampilkan.", photo_alt: "Foto dari pelanggan", photo_alt_text: "Foto dari pelanggan: {text}",
      photo_open: "Buka ukuran penuh", photo_caption: "Foto · {w}×{h}", photo_caption_size: "Foto · {w}×{h} · {kb} KB",
      note_meta: "Catatan internal · {agent} · {time}",
      agent_option: "{name} · {presence} · {load}/{max}", agent_option_langs: "{name} · {presence} · {load}/{max} · {languages}",
      anonymous: "Pengunjung anonim", no_orders: "Belum ada pesanan.", none: "Tidak ada.", rated: "dinilai {n}/5",
      order_line: " · {status} · {time}",
      order_pending: "menunggu pembayaran", order_paid: "dibayar", order_shipped: "dikirim", order_delivered: "diterima", order_cancelled: "dibatalkan",
      order_returned: "dikembalikan",
      ship_label_created: "resi dibuat", ship_in_transit: "dalam perjalanan", ship_customs: "di bea cukai", ship_out_for_delivery: "sedang diantar",
      ship_delivered: "diterima", ship_exception: "ada kendala",
      profile_title: "Profil", profile_none: "Belum ada yang diingat.", profile_anonymous: "Pengunjung anonim: tidak ada yang diingat.",
      profile_add: "Tambah", profile_holds: "Benar", profile_denies: "Tidak benar", profile_forget: "Lupakan", profile_not: "bukan {value}",
      profile_kind: "Jenis", profile_value: "Nilai", profile_value_ph: "mis. kering",
      pkind_skin_type: "Jenis kulit", pkind_concern: "Masalah kulit", pkind_finish: "Hasil akhir", pkind_style: "Gaya", pkind_budget: "Anggaran",
      pkind_category: "Sering beli", pkind_avoid: "Menghindari",
      pval_oily: "berminyak", pval_dry: "kering", pval_combination: "kombinasi", pval_normal: "normal", pval_sensitive: "sensitif",
      pval_low: "hemat", pval_mid: "menengah", pval_high: "premium", pval_matte: "matte", pval_dewy: "dewy", pval_acne: "jerawat",
      pval_pores: "pori-pori", pval_blackheads: "komedo hitam", pval_dullness: "kusam", pval_wrinkles: "kerutan",
      pval_pigmentation: "flek hitam", pval_redness: "kemerahan", pval_dehydration: "dehidrasi",
      psrc_chat: "disebut di chat", psrc_customer: "kata pelanggan sendiri", psrc_agent: "agen", psrc_order: "dibeli", psrc_event: "riwayat lihat",
      plevel_settled: "pasti", plevel_strong: "kuat", plevel_likely: "mungkin", plevel_weak: "lemah",
      emotion_line: "Emosi: {emotion} ({intensity})", emotion_intent: "Emosi: {emotion} ({intensity}) · maksud {intent}",
      no_article: "Tidak ada artikel yang cocok.", no_draft: "Tidak ada draf.", draft_use: "Pakai ({language})",
      draft_src_article: "Artikel pengetahuan", draft_src_promotion: "Promo",
      sent_untranslated: "Terkirim tanpa terjemahan: {notice}", sent_untranslated_plain: "Terkirim apa adanya: tidak ada layanan terjemahan untuk pasangan bahasa ini.",
      ckind_coupon: "Kupon", ckind_refund_line: "Pengembalian dana (item)", ckind_refund_order: "Pengembalian dana (pesanan)",
      comp_none: "Belum ada yang diberikan.", comp_no_orders: "Belum ada pesanan, jadi tidak ada yang perlu dikompensasi.",
      comp_by_rule: "oleh aturan {rule} (versi {version})", comp_by: "oleh {name}", comp_order: "pesanan {number}",
      comp_revoked: "dicabut", comp_granted: "diberikan", comp_code: "kode kupon", comp_reason: "Alasan: {reason}",
      comp_revoked_by: "Dicabut oleh {name} · {time}", comp_revoked_by_why: "Dicabut oleh {name} · {time}: {reason}",
      revoke: "Cabut", revoke_ph: "Kenapa dicabut?", revoke_aria: "Alasan pencabutan",
      revoke_q: "Cabut {kind} ini? Pelanggan tidak diberi tahu; sampaikan sendiri bila perlu.", revoke_need_reason: "Isi alasannya.",
      grant_order_option: "{number} · {total} · {status}", grant_order_refunded: "{number} · {total} · {status} · dana dikembalikan {refunded}",
      grant_line_option: "{name} ({sku}) · {value}", grant_line_refunded: "{name} ({sku}) · {value} · dana dikembalikan {refunded}",
      grant_hint_coupon: "Maksimal total pesanan, {total}. Berlaku 30 hari, tanpa minimum belanja; pelanggan menerimanya di chat.",
      grant_hint_line: "Kosong: seluruh item. Pelanggan tidak diberi pesan; sampaikan sendiri.",
      grant_hint_order: "Kosong: sisa dari {left}. Pelanggan tidak diberi pesan; sampaikan sendiri.",
      grant_amount_bad: "Masukkan jumlah seperti 5 atau 4.50.",
      err_http: "Server menjawab {status}.", err_network: "Server tidak dapat dihubungi; periksa koneksi Anda.",
      err_unauthorized: "Toko, email, atau kata sandi salah, atau sesi sudah berakhir.", err_forbidden: "Anda tidak punya izin untuk ini.",
      err_conflict: "Percakapan sudah berubah (mungkin diambil atau ditutup orang lain); muat ulang dan coba lagi.", err_not_found: "Tidak ditemukan.",
      err_invalid: "Ada data yang tidak valid; periksa lalu coba lagi.", err_too_large: "Teksnya terlalu panjang.",
      err_rate_limited: "Terlalu banyak permintaan; tunggu sebentar.",
      err_internal: "Server bermasalah; coba lagi nanti.", err_unavailable: "Layanan sedang tidak tersedia; coba lagi nanti."
    },
    ms: {
      title: "kefu · konsol ejen", login_title: "Konsol ejen kefu",
      login_shop: "Kedai", login_email: "E-mel", login_password: "Kata laluan", login_submit: "Log masuk", login_shop_ph: "cth. globalmart",
      login_demo: "Demo: kedai {shop}, {ana} (Inggeris, Sepanyol) atau {li}; kedai {shop2}, {mei} (Cina); kata laluan {password}.",
      login_wait: "Terlalu banyak cubaan gagal. Demi keselamatan akaun, sila tunggu {wait} sebelum cuba lagi.",
      login_again: "Anda boleh cuba lagi sekarang.",
      wait_seconds: "{n} saat", wait_minutes: "{n} min", wait_hours: "{h} jam {m} min",
      to_admin: "Pentadbiran kedai", logout: "Log keluar", presence: "Status",
      presence_online: "dalam talian", presence_away: "tiada di tempat", presence_offline: "luar talian", live: "kemas kini langsung",
      queue: "Giliran", queue_empty: "Tiada pelanggan menunggu.", mine: "Perbualan saya", mine_empty: "Anda tidak mengendalikan sebarang perbualan.",
      risk: "Penghantaran berisiko", risk_hint: "penghantaran yang dijangka lewat oleh model risiko", risk_empty: "Tiada penghantaran berisiko.",
      conv_empty: "Pilih perbualan daripada giliran.",
      take: "Ambil", release: "Serah semula kepada bot", transfer_to: "Pindahkan kepada", transfer: "Pindahkan", close: "Tutup dan minta penilaian",
      canned: "Balasan pantas", canned_insert: "Sisipkan", writing_in: "Bahasa tulisan", writing_in_hint: "bahasa yang anda gunakan untuk menulis balasan ini",
      reply_ph: "Tulis dalam bahasa anda; pelanggan menerima terjemahannya.", send: "Hantar",
      notes: "Nota dalaman", notes_private: "(tidak sekali-kali dihantar kepada pelanggan)", note_ph: "Nota untuk rakan sekerja", note_add: "Tambah nota",
      customer: "Pelanggan", orders: "Pesanan", earlier: "Perbualan terdahulu",
      comp: "Pampasan", comp_hint: "Apa yang telah diberikan kepada pelanggan ini, oleh peraturan atau ejen, terbaharu dahulu.",
      comp_hold: "Ambil perbualan ini untuk memberi pampasan.",
      grant: "Beri", grant_order: "Pesanan", grant_what: "Jenis", grant_line: "Item", grant_amount: "Jumlah",
      grant_reason: "Sebab", grant_reason_note: "(wajib; dibaca oleh rakan sekerja dan juruaudit)",
      grant_amount_ph: "cth. 5 atau 4.50", grant_reason_ph: "cth. lewat dua jam, salmon tidak sejuk lagi",
      grant_kind_coupon: "Kupon untuk pesanan seterusnya", grant_kind_refund_line: "Bayaran balik satu item", grant_kind_refund_order: "Bayaran balik seluruh pesanan",
      assist: "Bantuan", articles: "Artikel", drafts: "Draf",
      risk_storm: "ramalan ribut", risk_heavy_rain: "ramalan hujan lebat", risk_rain: "ramalan hujan", risk_heat: "cuaca panas",
      risk_fragile: "barang mudah pecah", risk_frozen: "barang sejuk beku", risk_chilled: "barang dingin", risk_long_route: "laluan jauh",
      risk_evening_slot: "slot petang", risk_tight_promise: "tempoh penghantaran suntuk",
      rstatus_pending: "belum ditulis", rstatus_sending: "sedang ditulis", rstatus_sent: "pelanggan dimaklumkan",
      rstatus_opted_out: "pelanggan menolak mesej", rstatus_failed: "gagal ditulis", rstatus_off: "mesej proaktif dimatikan",
      rkind_delay_warning: "makluman kelewatan", rkind_unboxing_guide: "panduan membuka bungkusan",
      risk_forecast: "Ramalan: {weather}", risk_customer: "pelanggan", risk_score: "kebarangkalian tiba lewat",
      risk_item: "{order} · {customer}", risk_status: "{kind}: {status}",
      slot_today: "hari ini {time}", slot_tomorrow: "esok {time}",
      visitor: "Pelawat {id}", prio: "P{n}", prio_hint: "keutamaan berkesan (keutamaan + 1 bagi setiap 5 min menunggu)", queued: "dalam giliran", vip: "VIP",
      cust_language: "bahasa pelanggan",
      delivery_as_written: "Pelanggan membaca {language}: dihantar seperti ditulis.",
      delivery_translated: "Diterjemah mesin ke {language} sebelum dihantar.",
      delivery_none: "Tiada penyedia terjemahan untuk {from} → {to}: pelanggan menerima teks anda seperti ditulis. Pilih {to} atau balasan pantas dalam bahasa itu.",
      status_bot: "dikendalikan bot", status_queued: "dalam giliran", status_agent: "dikendalikan ejen", status_closed: "ditutup",
      unknown_language: "bahasa tidak diketahui",
      conv_reason: "sebab: {reason}, keutamaan {n}",
      author_customer: "pelanggan", author_bot: "bot", author_system: "sistem", author_agent: "ejen",
      msg_meta: "{who} · {time}", msg_meta_lang: "{who} · {time} · {language}",
      mt: "Terjemahan mesin → {language}", mt_by: "Terjemahan mesin → {language} ({provider})",
      not_translated: "Tidak diterjemah: {notice}", not_translated_lang: "Tidak diterjemah daripada {language}: tiada penyedia terjemahan untuknya.",
      you_wrote: "Tulisan anda ({language}); pelanggan menerima terjemahan mesin di atas ({provider})",
      coupon_card: "Kupon diberi: {amount} · kod {code}", recommended: "Disyorkan", trace_open: "Buka laporan rantaian sejuk",
      tr_intent: "niat {v}", tr_confidence: "keyakinan {v}", tr_action: "tindakan {v}", tr_reason: "sebab {v}",
      tr_skill: "kemahiran {v}", tr_outcome: "hasil {v}", tr_emotion: "emosi {v}",
      llm_kept: "jawapan sedia ada dikekalkan", llm_in: "dalam {n} ms", llm_written: "ditulis oleh LLM {model}", llm_written_in: "ditulis oleh LLM {model} ({how})",
      llm_unused: "LLM {model} tidak digunakan ({why})",
      llm_v_refused: "enggan", llm_v_invalid: "jawapan tidak sah", llm_v_timeout: "tamat masa", llm_v_error: "ralat",
      relabel_open: "Niat salah? Label semula", flag_open: "Betulkan jawapan ini",
      fix_answer_flagged: "Tandakan sebagai salah", fix_answer_fixed: "Beri jawapan yang lebih baik",
      fix_article_wrong: "Artikel ini salah", fix_article_outdated: "Artikel ini sudah lapuk",
      done_answer_flagged: "Ditanda untuk semakan.", done_answer_fixed: "Jawapan yang lebih baik dihantar untuk semakan.",
      done_article_wrong: "Artikel dilaporkan salah.", done_article_outdated: "Artikel dilaporkan lapuk.",
      relabel_aria: "Maksud sebenar pelanggan", relabel_pick: "Apakah maksud pelanggan?",
      intents_failed: "Senarai niat gagal dimuatkan: {error}",
      mood_aria: "Emosi pelanggan", mood_detected: "Emosi: seperti dikesan",
      mood_neutral: "Neutral", mood_anger: "Marah", mood_anxiety: "Risau", mood_satisfaction: "Puas hati", mood_sadness: "Sedih",
      ents_aria: "Perkara yang disebut: jenis=nilai, dipisahkan dengan koma bertitik", ents_ph: "Perkara yang disebut, cth. order_number=10023; country=IT",
      ents_bad: "Tulis perkara yang disebut sebagai jenis=nilai, dipisahkan dengan koma bertitik (order_number=10023; country=IT).",
      wrong_aria: "Apa yang salah", answer_ph: "Jawapan yang sepatutnya diterima pelanggan", answer_aria: "Jawapan yang lebih baik",
      note_optional: "Nota (pilihan)", why_optional: "Kenapa? (pilihan)", note_aria: "Nota",
      send_correction: "Hantar pembetulan", cancel: "Batal",
      relabelled: "Dilabel semula sebagai “{label}”; menunggu semakan.", not_sent: "Tidak dihantar: {error}",
      photo_bad: "Foto yang tidak dapat dipaparkan.", photo_alt: "Foto daripada pelanggan", photo_alt_text: "Foto daripada pelanggan: {text}",
      photo_open: "Buka saiz penuh", photo_caption: "Foto · {w}×{h}", photo_caption_size: "Foto · {w}×{h} · {kb} KB",
      note_meta: "Nota dalaman · {agent} · {time}",
      agent_option: "{name} · {presence} · {load}/{max}", agent_option_langs: "{name} · {presence} · {load}/{max} · {languages}",
      anonymous: "Pelawat tanpa nama", no_orders: "Tiada pesanan.", none: "Tiada.", rated: "dinilai {n}/5",
      order_line: " · {status} · {time}",
      order_pending: "menunggu bayaran", order_paid: "telah dibayar", order_shipped: "telah dihantar", order_delivered: "telah sampai", order_cancelled: "dibatalkan",
      order_returned: "dipulangkan",
      ship_label_created: "label dicipta", ship_in_transit: "dalam transit", ship_customs: "di kastam", ship_out_for_delivery: "dalam penghantaran",
      ship_delivered: "telah sampai", ship_exception: "ada masalah",
      profile_title: "Profil", profile_none: "Belum ada yang diingati.", profile_anonymous: "Pelawat tanpa nama: tiada apa diingati.",
      profile_add: "Tambah", profile_holds: "Betul", profile_denies: "Tidak betul", profile_forget: "Lupakan", profile_not: "bukan {value}",
      profile_kind: "Jenis", profile_value: "Nilai", profile_value_ph: "cth. kering",
      pkind_skin_type: "Jenis kulit", pkind_concern: "Masalah kulit", pkind_finish: "Kemasan", pkind_style: "Gaya", pkind_budget: "Bajet",
      pkind_category: "Kerap beli", pkind_avoid: "Elakkan",
      pval_oily: "berminyak", pval_dry: "kering", pval_combination: "kombinasi", pval_normal: "normal", pval_sensitive: "sensitif",
      pval_low: "mampu milik", pval_mid: "sederhana", pval_high: "premium", pval_matte: "matte", pval_dewy: "berseri", pval_acne: "jerawat",
      pval_pores: "liang roma", pval_blackheads: "bintik hitam", pval_dullness: "kusam", pval_wrinkles: "kedutan",
      pval_pigmentation: "tompok gelap", pval_redness: "kemerahan", pval_dehydration: "kekurangan air",
      psrc_chat: "disebut dalam sembang", psrc_customer: "kata pelanggan sendiri", psrc_agent: "ejen", psrc_order: "dibeli", psrc_event: "semakan laman",
      plevel_settled: "muktamad", plevel_strong: "kuat", plevel_likely: "mungkin", plevel_weak: "lemah",
      emotion_line: "Emosi: {emotion} ({intensity})", emotion_intent: "Emosi: {emotion} ({intensity}) · niat {intent}",
      no_article: "Tiada artikel yang sepadan.", no_draft: "Tiada draf.", draft_use: "Guna ({language})",
      draft_src_article: "Artikel pengetahuan", draft_src_promotion: "Promosi",
      sent_untranslated: "Dihantar tanpa terjemahan: {notice}", sent_untranslated_plain: "Dihantar seperti ditulis: tiada penyedia terjemahan untuk pasangan bahasa ini.",
      ckind_coupon: "Kupon", ckind_refund_line: "Bayaran balik (item)", ckind_refund_order: "Bayaran balik (pesanan)",
      comp_none: "Belum ada yang diberi.", comp_no_orders: "Tiada pesanan, jadi tiada apa untuk dipampas.",
      comp_by_rule: "oleh peraturan {rule} (versi {version})", comp_by: "oleh {name}", comp_order: "pesanan {number}",
      comp_revoked: "ditarik balik", comp_granted: "diberi", comp_code: "kod kupon", comp_reason: "Sebab: {reason}",
      comp_revoked_by: "Ditarik balik oleh {name} · {time}", comp_revoked_by_why: "Ditarik balik oleh {name} · {time}: {reason}",
      revoke: "Tarik balik", revoke_ph: "Kenapa ditarik balik?", revoke_aria: "Sebab tarik balik",
      revoke_q: "Tarik balik {kind} ini? Pelanggan tidak dimaklumkan; maklumkan sendiri jika perlu.", revoke_need_reason: "Nyatakan sebab.",
      grant_order_option: "{number} · {total} · {status}", grant_order_refunded: "{number} · {total} · {status} · dibayar balik {refunded}",
      grant_line_option: "{name} ({sku}) · {value}", grant_line_refunded: "{name} ({sku}) · {value} · dibayar balik {refunded}",
      grant_hint_coupon: "Paling banyak jumlah pesanan, {total}. Sah 30 hari, tiada perbelanjaan minimum; pelanggan menerimanya dalam sembang.",
      grant_hint_line: "Kosong: seluruh item. Pelanggan tidak dihantar mesej; maklumkan sendiri.",
      grant_hint_order: "Kosong: baki daripada {left}. Pelanggan tidak dihantar mesej; maklumkan sendiri.",
      grant_amount_bad: "Masukkan jumlah seperti 5 atau 4.50.",
      err_http: "Pelayan menjawab {status}.", err_network: "Pelayan tidak dapat dihubungi; semak sambungan anda.",
      err_unauthorized: "Kedai, e-mel atau kata laluan salah, atau sesi telah tamat.", err_forbidden: "Anda tidak dibenarkan berbuat demikian.",
      err_conflict: "Perbualan telah berubah (mungkin diambil atau ditutup orang lain); muat semula dan cuba lagi.", err_not_found: "Tidak ditemui.",
      err_invalid: "Ada maklumat yang tidak sah; semak dan cuba lagi.", err_too_large: "Teks terlalu panjang.",
      err_rate_limited: "Terlalu banyak permintaan; tunggu sebentar.",
      err_internal: "Pelayan gagal; cuba lagi kemudian.", err_unavailable: "Perkhidmatan tidak tersedia sekarang; cuba lagi kemudian."
    },
    pt: {
      title: "kefu · console de atendimento", login_title: "Console de atendimento kefu",
      login_shop: "Loja", login_email: "E-mail", login_password: "Senha", login_submit: "Entrar", login_shop_ph: "ex.: globalmart",
      login_demo: "Demo: loja {shop}, {ana} (inglês, espanhol) ou {li}; loja {shop2}, {mei} (chinês); senha {password}.",
      login_wait: "Muitas tentativas sem sucesso. Para a segurança da conta, aguarde {wait} antes de tentar de novo.",
      login_again: "Você já pode tentar de novo.",
      wait_seconds: "{n} s", wait_minutes: "{n} min", wait_hours: "{h} h {m} min",
      to_admin: "Administração da loja", logout: "Sair", presence: "Status",
      presence_online: "disponível", presence_away: "ausente", presence_offline: "offline", live: "atualizações ao vivo",
      queue: "Fila", queue_empty: "Ninguém aguardando.", mine: "Minhas conversas", mine_empty: "Você não está atendendo nenhuma conversa.",
      risk: "Entregas em risco", risk_hint: "entregas que o modelo de risco prevê que vão atrasar", risk_empty: "Nenhuma entrega em risco.",
      conv_empty: "Escolha uma conversa da fila.",
      take: "Atender", release: "Devolver ao bot", transfer_to: "Transferir para", transfer: "Transferir", close: "Encerrar e pedir avaliação",
      canned: "Resposta pronta", canned_insert: "Inserir", writing_in: "Escrevendo em", writing_in_hint: "o idioma em que você escreve esta resposta",
      reply_ph: "Escreva no seu idioma; o cliente recebe uma tradução.", send: "Enviar",
      notes: "Notas internas", notes_private: "(nunca enviadas ao cliente)", note_ph: "Nota para a equipe", note_add: "Adicionar nota",
      customer: "Cliente", orders: "Pedidos", earlier: "Conversas anteriores",
      comp: "Compensações", comp_hint: "O que este cliente recebeu, por regra ou por um atendente; as mais recentes primeiro.",
      comp_hold: "Atenda a conversa para conceder uma compensação.",
      grant: "Conceder", grant_order: "Pedido", grant_what: "Tipo", grant_line: "Item", grant_amount: "Valor",
      grant_reason: "Motivo", grant_reason_note: "(obrigatório; a equipe e os auditores leem)",
      grant_amount_ph: "ex.: 5 ou 4,50", grant_reason_ph: "ex.: entregue com duas horas de atraso, salmão morno",
      grant_kind_coupon: "Cupom para o próximo pedido", grant_kind_refund_line: "Reembolso de um item", grant_kind_refund_order: "Reembolso do pedido",
      assist: "Assistente", articles: "Artigos", drafts: "Rascunhos",
      risk_storm: "previsão de tempestade", risk_heavy_rain: "previsão de chuva forte", risk_rain: "previsão de chuva", risk_heat: "calor",
      risk_fragile: "produto frágil", risk_frozen: "congelados", risk_chilled: "refrigerados", risk_long_route: "rota longa",
      risk_evening_slot: "entrega à noite", risk_tight_promise: "prazo de entrega apertado",
      rstatus_pending: "ainda não escrito", rstatus_sending: "sendo escrito", rstatus_sent: "cliente avisado",
      rstatus_opted_out: "cliente não quer avisos", rstatus_failed: "não foi possível escrever", rstatus_off: "mensagens proativas desligadas",
      rkind_delay_warning: "aviso de atraso", rkind_unboxing_guide: "guia de abertura da embalagem",
      risk_forecast: "Previsão: {weather}", risk_customer: "cliente", risk_score: "probabilidade de atraso",
      risk_item: "{order} · {customer}", risk_status: "{kind}: {status}",
      slot_today: "hoje {time}", slot_tomorrow: "amanhã {time}",
      visitor: "Visitante {id}", prio: "P{n}", prio_hint: "prioridade efetiva (prioridade + 1 a cada 5 min de espera)", queued: "na fila", vip: "VIP",
      cust_language: "o idioma do cliente",
      delivery_as_written: "O cliente lê {language}: enviado como está.",
      delivery_translated: "Tradução automática para {language} antes do envio.",
      delivery_none: "Nenhum serviço de tradução cobre {from} → {to}: o cliente recebe seu texto como está. Escolha {to} ou uma resposta pronta nesse idioma.",
      status_bot: "bot", status_queued: "na fila", status_agent: "com um atendente", status_closed: "encerrada",
      unknown_language: "idioma desconhecido",
      conv_reason: "motivo: {reason}, prioridade {n}",
      author_customer: "cliente", author_bot: "bot", author_system: "sistema", author_agent: "atendente",
      msg_meta: "{who} · {time}", msg_meta_lang: "{who} · {time} · {language}",
      mt: "Tradução automática → {language}", mt_by: "Tradução automática → {language} ({provider})",
      not_translated: "Sem tradução: {notice}", not_translated_lang: "Sem tradução do {language}: nenhum serviço de tradução cobre esse idioma.",
      you_wrote: "Você escreveu ({language}); o cliente recebeu a tradução automática acima ({provider})",
      coupon_card: "Cupom concedido: {amount} · código {code}", recommended: "Recomendados", trace_open: "Abrir o relatório da cadeia de frio",
      tr_intent: "intenção {v}", tr_confidence: "confiança {v}", tr_action: "ação {v}", tr_reason: "motivo {v}",
      tr_skill: "habilidade {v}", tr_outcome: "resultado {v}", tr_emotion: "emoção {v}",
      llm_kept: "resposta mantida", llm_in: "em {n} ms", llm_written: "escrito pelo LLM {model}", llm_written_in: "escrito pelo LLM {model} ({how})",
      llm_unused: "LLM {model} não usado ({why})",
      llm_v_refused: "recusou", llm_v_invalid: "resposta inválida", llm_v_timeout: "tempo esgotado", llm_v_error: "erro",
      relabel_open: "Intenção errada? Reclassificar", flag_open: "Corrigir esta resposta",
      fix_answer_flagged: "Marcar como errada", fix_answer_fixed: "Sugerir uma resposta melhor",
      fix_article_wrong: "O artigo está errado", fix_article_outdated: "O artigo está desatualizado",
      done_answer_flagged: "Marcada para revisão.", done_answer_fixed: "Resposta melhor enviada para revisão.",
      done_article_wrong: "Artigo marcado como errado.", done_article_outdated: "Artigo marcado como desatualizado.",
      relabel_aria: "O que o cliente quis dizer", relabel_pick: "O que o cliente quis dizer?",
      intents_failed: "As intenções não foram carregadas: {error}",
      mood_aria: "O humor do cliente", mood_detected: "Humor: o detectado",
      mood_neutral: "Neutro", mood_anger: "Irritado", mood_anxiety: "Ansioso", mood_satisfaction: "Satisfeito", mood_sadness: "Triste",
      ents_aria: "O que é mencionado: tipo=valor, separados por ponto e vírgula", ents_ph: "O que é mencionado, ex.: order_number=10023; country=IT",
      ents_bad: "Escreva o que é mencionado como tipo=valor, separados por ponto e vírgula (order_number=10023; country=IT).",
      wrong_aria: "O que está errado", answer_ph: "A resposta que o cliente deveria ter recebido", answer_aria: "Resposta melhor",
      note_optional: "Nota (opcional)", why_optional: "Por quê? (opcional)", note_aria: "Nota",
      send_correction: "Enviar correção", cancel: "Cancelar",
      relabelled: "Reclassificada como “{label}”; aguardando revisão.", not_sent: "Não enviado: {error}",
      photo_bad: "Foto que não pode ser exibida.", photo_alt: "Foto do cliente", photo_alt_text: "Foto do cliente: {text}",
      photo_open: "Abrir em tamanho real", photo_caption: "Foto · {w}×{h}", photo_caption_size: "Foto · {w}×{h} · {kb} KB",
      note_meta: "Nota interna · {agent} · {time}",
      agent_option: "{name} · {presence} · {load}/{max}", agent_option_langs: "{name} · {presence} · {load}/{max} · {languages}",
      anonymous: "Visitante anônimo", no_orders: "Nenhum pedido.", none: "Nenhuma.", rated: "avaliou {n}/5",
      order_line: " · {status} · {time}",
      order_pending: "aguardando pagamento", order_paid: "pago", order_shipped: "enviado", order_delivered: "entregue", order_cancelled: "cancelado",
      order_returned: "devolvido",
      ship_label_created: "etiqueta gerada", ship_in_transit: "em trânsito", ship_customs: "na alfândega", ship_out_for_delivery: "saiu para entrega",
      ship_delivered: "entregue", ship_exception: "problema na entrega",
      profile_title: "Perfil", profile_none: "Nada registrado ainda.", profile_anonymous: "Visitante anônimo: nada é registrado.",
      profile_add: "Adicionar", profile_holds: "Confere", profile_denies: "Não confere", profile_forget: "Esquecer", profile_not: "não {value}",
      profile_kind: "Tipo", profile_value: "Valor", profile_value_ph: "ex.: seca",
      pkind_skin_type: "Tipo de pele", pkind_concern: "Preocupações", pkind_finish: "Acabamento", pkind_style: "Estilo", pkind_budget: "Orçamento",
      pkind_category: "Compra", pkind_avoid: "Evita",
      pval_oily: "oleosa", pval_dry: "seca", pval_combination: "mista", pval_normal: "normal", pval_sensitive: "sensível",
      pval_low: "econômico", pval_mid: "intermediário", pval_high: "premium", pval_matte: "matte", pval_dewy: "glow", pval_acne: "acne",
      pval_pores: "poros", pval_blackheads: "cravos", pval_dullness: "pele opaca", pval_wrinkles: "rugas",
      pval_pigmentation: "manchas", pval_redness: "vermelhidão", pval_dehydration: "desidratação",
      psrc_chat: "dito no chat", psrc_customer: "palavra do cliente", psrc_agent: "atendente", psrc_order: "comprou", psrc_event: "navegação",
      plevel_settled: "confirmado", plevel_strong: "forte", plevel_likely: "provável", plevel_weak: "fraco",
      emotion_line: "Emoção: {emotion} ({intensity})", emotion_intent: "Emoção: {emotion} ({intensity}) · intenção {intent}",
      no_article: "Nenhum artigo correspondente.", no_draft: "Nenhum rascunho.", draft_use: "Usar ({language})",
      draft_src_article: "Artigo da base de conhecimento", draft_src_promotion: "Promoção",
      sent_untranslated: "Enviado sem tradução: {notice}", sent_untranslated_plain: "Enviado como está: nenhum serviço de tradução cobre este par.",
      ckind_coupon: "Cupom", ckind_refund_line: "Reembolso (item)", ckind_refund_order: "Reembolso (pedido)",
      comp_none: "Nada concedido ainda.", comp_no_orders: "Sem pedidos, nada a compensar.",
      comp_by_rule: "pela regra {rule} (versão {version})", comp_by: "por {name}", comp_order: "pedido {number}",
      comp_revoked: "revogado", comp_granted: "concedido", comp_code: "código do cupom", comp_reason: "Motivo: {reason}",
      comp_revoked_by: "Revogado por {name} · {time}", comp_revoked_by_why: "Revogado por {name} · {time}: {reason}",
      revoke: "Revogar", revoke_ph: "Por que revogar?", revoke_aria: "Motivo da revogação",
      revoke_q: "Revogar este {kind}? O cliente não é avisado; avise você mesmo se for preciso.", revoke_need_reason: "Informe um motivo.",
      grant_order_option: "{number} · {total} · {status}", grant_order_refunded: "{number} · {total} · {status} · reembolsado {refunded}",
      grant_line_option: "{name} ({sku}) · {value}", grant_line_refunded: "{name} ({sku}) · {value} · reembolsado {refunded}",
      grant_hint_coupon: "No máximo o total do pedido, {total}. Válido por 30 dias, sem valor mínimo; o cliente recebe no chat.",
      grant_hint_line: "Vazio: o item inteiro. O cliente não recebe mensagem; avise você mesmo.",
      grant_hint_order: "Vazio: o que resta de {left}. O cliente não recebe mensagem; avise você mesmo.",
      grant_amount_bad: "Informe um valor como 5 ou 4,50.",
      err_http: "O servidor respondeu {status}.", err_network: "Não foi possível conectar ao servidor; verifique a conexão.",
      err_unauthorized: "Loja, e-mail ou senha incorretos, ou a sessão expirou.", err_forbidden: "Você não tem permissão para isso.",
      err_conflict: "A conversa mudou (outra pessoa pode ter atendido ou encerrado); recarregue e tente de novo.", err_not_found: "Não encontrado.",
      err_invalid: "Algum dado não é válido; confira e tente de novo.", err_too_large: "O texto é longo demais.",
      err_rate_limited: "Muitas solicitações; aguarde um momento.",
      err_internal: "Erro no servidor; tente mais tarde.", err_unavailable: "O serviço não está disponível agora; tente mais tarde."
    },
    fr: {
      title: "kefu · console conseiller", login_title: "Console conseiller kefu",
      login_shop: "Boutique", login_email: "E-mail", login_password: "Mot de passe", login_submit: "Se connecter", login_shop_ph: "ex. globalmart",
      login_demo: "Démo : boutique {shop}, {ana} (anglais, espagnol) ou {li} ; boutique {shop2}, {mei} (chinois) ; mot de passe {password}.",
      login_wait: "Trop de tentatives échouées. Pour la sécurité du compte, attendez {wait} avant de réessayer.",
      login_again: "Vous pouvez réessayer.",
      wait_seconds: "{n} s", wait_minutes: "{n} min", wait_hours: "{h} h {m} min",
      to_admin: "Administration", logout: "Se déconnecter", presence: "Statut",
      presence_online: "disponible", presence_away: "absent", presence_offline: "hors ligne", live: "mises à jour en direct",
      queue: "File d'attente", queue_empty: "Personne n'attend.", mine: "Mes conversations", mine_empty: "Vous n'avez aucune conversation en cours.",
      risk: "Livraisons à risque", risk_hint: "livraisons que le modèle de risque prévoit en retard", risk_empty: "Aucune livraison à risque.",
      conv_empty: "Choisissez une conversation dans la file d'attente.",
      take: "Prendre en charge", release: "Rendre au bot", transfer_to: "Transférer à", transfer: "Transférer", close: "Clôturer et demander un avis",
      canned: "Réponse type", canned_insert: "Insérer", writing_in: "Rédigé en", writing_in_hint: "la langue dans laquelle vous rédigez cette réponse",
      reply_ph: "Écrivez dans votre langue ; le client reçoit une traduction.", send: "Envoyer",
      notes: "Notes internes", notes_private: "(jamais envoyées au client)", note_ph: "Note pour l'équipe", note_add: "Ajouter la note",
      customer: "Client", orders: "Commandes", earlier: "Conversations précédentes",
      comp: "Gestes commerciaux", comp_hint: "Ce que ce client a obtenu, par une règle ou un conseiller ; le plus récent d'abord.",
      comp_hold: "Prenez la conversation en charge pour accorder un geste commercial.",
      grant: "Accorder", grant_order: "Commande", grant_what: "Type", grant_line: "Article", grant_amount: "Montant",
      grant_reason: "Motif", grant_reason_note: "(obligatoire ; lu par l'équipe et les auditeurs)",
      grant_amount_ph: "ex. 5 ou 4,50", grant_reason_ph: "ex. livré avec deux heures de retard, saumon tiède",
      grant_kind_coupon: "Bon d'achat pour une prochaine commande", grant_kind_refund_line: "Remboursement d'un article", grant_kind_refund_order: "Remboursement de la commande",
      assist: "Assistance", articles: "Articles", drafts: "Brouillons",
      risk_storm: "orage prévu", risk_heavy_rain: "fortes pluies prévues", risk_rain: "pluie prévue", risk_heat: "chaleur",
      risk_fragile: "produits fragiles", risk_frozen: "surgelés", risk_chilled: "produits frais", risk_long_route: "long trajet",
      risk_evening_slot: "créneau du soir", risk_tight_promise: "délai de livraison serré",
      rstatus_pending: "pas encore rédigé", rstatus_sending: "en cours de rédaction", rstatus_sent: "client prévenu",
      rstatus_opted_out: "client désinscrit", rstatus_failed: "rédaction impossible", rstatus_off: "messages proactifs désactivés",
      rkind_delay_warning: "avis de retard", rkind_unboxing_guide: "guide de déballage",
      risk_forecast: "Prévision : {weather}", risk_customer: "client", risk_score: "probabilité de retard",
      risk_item: "{order} · {customer}", risk_status: "{kind} : {status}",
      slot_today: "aujourd'hui {time}", slot_tomorrow: "demain {time}",
      visitor: "Visiteur {id}", prio: "P{n}", prio_hint: "priorité effective (priorité + 1 par 5 min d'attente)", queued: "en attente", vip: "VIP",
      cust_language: "la langue du client",
      delivery_as_written: "Le client lit : {language}. Envoyé tel quel.",
      delivery_translated: "Traduit automatiquement en {language} avant l'envoi.",
      delivery_none: "Aucun service de traduction ne couvre {from} → {to} : le client reçoit votre texte tel quel. Choisissez {to} ou une réponse type dans cette langue.",
      status_bot: "bot", status_queued: "en attente", status_agent: "avec un conseiller", status_closed: "clôturée",
      unknown_language: "langue inconnue",
      conv_reason: "motif : {reason}, priorité {n}",
      author_customer: "client", author_bot: "bot", author_system: "système", author_agent: "conseiller",
      msg_meta: "{who} · {time}", msg_meta_lang: "{who} · {time} · {language}",
      mt: "Traduction automatique → {language}", mt_by: "Traduction automatique → {language} ({provider})",
      not_translated: "Non traduit : {notice}", not_translated_lang: "Non traduit ({language}) : aucun service de traduction ne couvre cette langue.",
      you_wrote: "Votre texte ({language}) ; le client a reçu la traduction automatique ci-dessus ({provider})",
      coupon_card: "Bon d'achat accordé : {amount} · code {code}", recommended: "Recommandés", trace_open: "Ouvrir le rapport chaîne du froid",
      tr_intent: "intention {v}", tr_confidence: "confiance {v}", tr_action: "action {v}", tr_reason: "motif {v}",
      tr_skill: "compétence {v}", tr_outcome: "résultat {v}", tr_emotion: "émotion {v}",
      llm_kept: "réponse conservée", llm_in: "en {n} ms", llm_written: "rédigé par le LLM {model}", llm_written_in: "rédigé par le LLM {model} ({how})",
      llm_unused: "LLM {model} non utilisé ({why})",
      llm_v_refused: "refus", llm_v_invalid: "réponse invalide", llm_v_timeout: "délai dépassé", llm_v_error: "erreur",
      relabel_open: "Mauvaise intention ? Corriger", flag_open: "Corriger cette réponse",
      fix_answer_flagged: "La signaler comme fausse", fix_answer_fixed: "Proposer une meilleure réponse",
      fix_article_wrong: "L'article est faux", fix_article_outdated: "L'article est obsolète",
      done_answer_flagged: "Signalée pour relecture.", done_answer_fixed: "Meilleure réponse envoyée en relecture.",
      done_article_wrong: "Article signalé comme faux.", done_article_outdated: "Article signalé comme obsolète.",
      relabel_aria: "Ce que voulait dire le client", relabel_pick: "Que voulait dire le client ?",
      intents_failed: "Intentions non chargées : {error}",
      mood_aria: "L'humeur du client", mood_detected: "Humeur : telle que détectée",
      mood_neutral: "Neutre", mood_anger: "En colère", mood_anxiety: "Inquiet", mood_satisfaction: "Satisfait", mood_sadness: "Triste",
      ents_aria: "Ce qui est mentionné : type=valeur, séparés par des points-virgules", ents_ph: "Ce qui est mentionné, ex. order_number=10023; country=IT",
      ents_bad: "Écrivez ce qui est mentionné sous la forme type=valeur, séparés par des points-virgules (order_number=10023; country=IT).",
      wrong_aria: "Ce qui ne va pas", answer_ph: "La réponse que le client aurait dû recevoir", answer_aria: "Meilleure réponse",
      note_optional: "Note (facultatif)", why_optional: "Pourquoi ? (facultatif)", note_aria: "Note",
      send_correction: "Envoyer la correction", cancel: "Annuler",
      relabelled: "Reclassée en « {label} » ; en attente de relecture.", not_sent: "Non envoyé : {error}",
      photo_bad: "Photo impossible à afficher.", photo_alt: "Photo du client", photo_alt_text: "Photo du client : {text}",
      photo_open: "Ouvrir en taille réelle", photo_caption: "Photo · {w}×{h}", photo_caption_size: "Photo · {w}×{h} · {kb} Ko",
      note_meta: "Note interne · {agent} · {time}",
      agent_option: "{name} · {presence} · {load}/{max}", agent_option_langs: "{name} · {presence} · {load}/{max} · {languages}",
      anonymous: "Visiteur anonyme", no_orders: "Aucune commande.", none: "Aucune.", rated: "noté {n}/5",
      order_line: " · {status} · {time}",
      order_pending: "en attente de paiement", order_paid: "payée", order_shipped: "expédiée", order_delivered: "livrée", order_cancelled: "annulée",
      order_returned: "retournée",
      ship_label_created: "étiquette créée", ship_in_transit: "en transit", ship_customs: "en douane", ship_out_for_delivery: "en cours de livraison",
      ship_delivered: "livré", ship_exception: "incident",
      profile_title: "Profil", profile_none: "Rien de mémorisé pour l'instant.", profile_anonymous: "Visiteur anonyme : rien n'est mémorisé.",
      profile_add: "Ajouter", profile_holds: "Exact", profile_denies: "Inexact", profile_forget: "Oublier", profile_not: "pas {value}",
      profile_kind: "Catégorie", profile_value: "Valeur", profile_value_ph: "ex. sèche",
      pkind_skin_type: "Type de peau", pkind_concern: "Préoccupations", pkind_finish: "Fini", pkind_style: "Style", pkind_budget: "Budget",
      pkind_category: "Achète", pkind_avoid: "Évite",
      pval_oily: "grasse", pval_dry: "sèche", pval_combination: "mixte", pval_normal: "normale", pval_sensitive: "sensible",
      pval_low: "petit prix", pval_mid: "milieu de gamme", pval_high: "haut de gamme", pval_matte: "mat", pval_dewy: "lumineux", pval_acne: "acné",
      pval_pores: "pores", pval_blackheads: "points noirs", pval_dullness: "teint terne", pval_wrinkles: "rides",
      pval_pigmentation: "taches pigmentaires", pval_redness: "rougeurs", pval_dehydration: "déshydratation",
      psrc_chat: "dit dans le chat", psrc_customer: "dit par le client", psrc_agent: "conseiller", psrc_order: "acheté", psrc_event: "navigation",
      plevel_settled: "confirmé", plevel_strong: "fort", plevel_likely: "probable", plevel_weak: "faible",
      emotion_line: "Émotion : {emotion} ({intensity})", emotion_intent: "Émotion : {emotion} ({intensity}) · intention {intent}",
      no_article: "Aucun article correspondant.", no_draft: "Aucun brouillon.", draft_use: "Utiliser ({language})",
      draft_src_article: "Article de la base de connaissances", draft_src_promotion: "Promotion",
      sent_untranslated: "Envoyé sans traduction : {notice}", sent_untranslated_plain: "Envoyé tel quel : aucun service de traduction ne couvre cette paire.",
      ckind_coupon: "Bon d'achat", ckind_refund_line: "Remboursement (article)", ckind_refund_order: "Remboursement (commande)",
      comp_none: "Rien d'accordé pour l'instant.", comp_no_orders: "Aucune commande, donc rien à compenser.",
      comp_by_rule: "par la règle {rule} (version {version})", comp_by: "par {name}", comp_order: "commande {number}",
      comp_revoked: "annulé", comp_granted: "accordé", comp_code: "code du bon", comp_reason: "Motif : {reason}",
      comp_revoked_by: "Annulé par {name} · {time}", comp_revoked_by_why: "Annulé par {name} · {time} : {reason}",
      revoke: "Annuler le geste", revoke_ph: "Pourquoi l'annuler ?", revoke_aria: "Motif de l'annulation",
      revoke_q: "Annuler ce {kind} ? Le client n'est pas prévenu ; prévenez-le vous-même si besoin.", revoke_need_reason: "Indiquez un motif.",
      grant_order_option: "{number} · {total} · {status}", grant_order_refunded: "{number} · {total} · {status} · remboursé {refunded}",
      grant_line_option: "{name} ({sku}) · {value}", grant_line_refunded: "{name} ({sku}) · {value} · remboursé {refunded}",
      grant_hint_coupon: "Au plus le total de la commande, {total}. Valable 30 jours, sans minimum d'achat ; le client le reçoit dans le chat.",
      grant_hint_line: "Vide : l'article entier. Le client ne reçoit pas de message ; prévenez-le vous-même.",
      grant_hint_order: "Vide : le reste de {left}. Le client ne reçoit pas de message ; prévenez-le vous-même.",
      grant_amount_bad: "Saisissez un montant comme 5 ou 4,50.",
      err_http: "Le serveur a répondu {status}.", err_network: "Serveur injoignable ; vérifiez la connexion.",
      err_unauthorized: "Boutique, e-mail ou mot de passe incorrect, ou session expirée.", err_forbidden: "Vous n'avez pas le droit de faire cela.",
      err_conflict: "La conversation a changé (quelqu'un d'autre l'a peut-être prise en charge ou clôturée) ; rechargez et réessayez.", err_not_found: "Introuvable.",
      err_invalid: "Une donnée n'est pas valide ; vérifiez et réessayez.", err_too_large: "Le texte est trop long.",
      err_rate_limited: "Trop de requêtes ; patientez un instant.",
      err_internal: "Erreur du serveur ; réessayez plus tard.", err_unavailable: "Le service n'est pas disponible pour le moment ; réessayez plus tard."
    },
    de: {
      title: "kefu · Agentenkonsole", login_title: "kefu Agentenkonsole",
      login_shop: "Shop", login_email: "E-Mail", login_password: "Passwort", login_submit: "Anmelden", login_shop_ph: "z. B. globalmart",
      login_demo: "Demo: Shop {shop}, {ana} (Englisch, Spanisch) oder {li}; Shop {shop2}, {mei} (Chinesisch); Passwort {password}.",
      login_wait: "Zu viele fehlgeschlagene Versuche. Zum Schutz des Kontos warten Sie bitte {wait}, bevor Sie es erneut versuchen.",
      login_again: "Sie können es jetzt erneut versuchen.",
      wait_seconds: "{n} Sek.", wait_minutes: "{n} Min.", wait_hours: "{h} Std. {m} Min.",
      to_admin: "Shop-Verwaltung", logout: "Abmelden", presence: "Status",
      presence_online: "verfügbar", presence_away: "abwesend", presence_offline: "offline", live: "Live-Aktualisierung",
      queue: "Warteschlange", queue_empty: "Niemand wartet.", mine: "Meine Konversationen", mine_empty: "Sie betreuen gerade keine Konversation.",
      risk: "Gefährdete Lieferungen", risk_hint: "Lieferungen, die laut Risikomodell voraussichtlich zu spät kommen", risk_empty: "Keine Lieferung gefährdet.",
      conv_empty: "Wählen Sie eine Konversation aus der Warteschlange.",
      take: "Übernehmen", release: "An Bot zurückgeben", transfer_to: "Weiterleiten an", transfer: "Weiterleiten", close: "Schließen und um Bewertung bitten",
      canned: "Textbaustein", canned_insert: "Einfügen", writing_in: "Schreibsprache", writing_in_hint: "die Sprache, in der Sie diese Antwort schreiben",
      reply_ph: "Schreiben Sie in Ihrer Sprache; der Kunde erhält eine Übersetzung.", send: "Senden",
      notes: "Interne Notizen", notes_private: "(werden nie an den Kunden gesendet)", note_ph: "Notiz für Kollegen", note_add: "Notiz hinzufügen",
      customer: "Kunde", orders: "Bestellungen", earlier: "Frühere Konversationen",
      comp: "Kulanz", comp_hint: "Was dieser Kunde per Regel oder von einem Agenten erhalten hat, neueste zuerst.",
      comp_hold: "Übernehmen Sie die Konversation, um eine Kulanzleistung zu gewähren.",
      grant: "Gewähren", grant_order: "Bestellung", grant_what: "Art", grant_line: "Position", grant_amount: "Betrag",
      grant_reason: "Grund", grant_reason_note: "(Pflichtfeld; Kollegen und Prüfer lesen ihn)",
      grant_amount_ph: "z. B. 5 oder 4,50", grant_reason_ph: "z. B. zwei Stunden zu spät geliefert, Lachs warm",
      grant_kind_coupon: "Gutschein für die nächste Bestellung", grant_kind_refund_line: "Erstattung einer Position", grant_kind_refund_order: "Erstattung der Bestellung",
      assist: "Assistent", articles: "Wissensartikel", drafts: "Entwürfe",
      risk_storm: "Sturmwarnung", risk_heavy_rain: "Starkregen erwartet", risk_rain: "Regen erwartet", risk_heat: "Hitze",
      risk_fragile: "zerbrechliche Ware", risk_frozen: "Tiefkühlware", risk_chilled: "Kühlware", risk_long_route: "lange Strecke",
      risk_evening_slot: "Abendzustellung", risk_tight_promise: "knappes Lieferfenster",
      rstatus_pending: "noch nicht verfasst", rstatus_sending: "wird verfasst", rstatus_sent: "Kunde informiert",
      rstatus_opted_out: "Kunde hat widersprochen", rstatus_failed: "konnte nicht verfasst werden", rstatus_off: "proaktive Nachrichten aus",
      rkind_delay_warning: "Verspätungshinweis", rkind_unboxing_guide: "Auspackhinweise",
      risk_forecast: "Vorhersage: {weather}", risk_customer: "Kunde", risk_score: "Wahrscheinlichkeit einer Verspätung",
      risk_item: "{order} · {customer}", risk_status: "{kind}: {status}",
      slot_today: "heute {time}", slot_tomorrow: "morgen {time}",
      visitor: "Besucher {id}", prio: "P{n}", prio_hint: "effektive Priorität (Priorität + 1 je 5 Min. Wartezeit)", queued: "wartend", vip: "VIP",
      cust_language: "die Sprache des Kunden",
      delivery_as_written: "Der Kunde liest {language}: wird unverändert gesendet.",
      delivery_translated: "Wird vor dem Senden maschinell übersetzt: {language}.",
      delivery_none: "Kein Übersetzungsdienst deckt {from} → {to} ab: Der Kunde erhält Ihren Text unverändert. Wählen Sie {to} oder einen Textbaustein in dieser Sprache.",
      status_bot: "Bot", status_queued: "wartend", status_agent: "beim Agenten", status_closed: "geschlossen",
      unknown_language: "Sprache unbekannt",
      conv_reason: "Grund: {reason}, Priorität {n}",
      author_customer: "Kunde", author_bot: "Bot", author_system: "System", author_agent: "Agent",
      msg_meta: "{who} · {time}", msg_meta_lang: "{who} · {time} · {language}",
      mt: "Maschinelle Übersetzung → {language}", mt_by: "Maschinelle Übersetzung → {language} ({provider})",
      not_translated: "Nicht übersetzt: {notice}", not_translated_lang: "Nicht übersetzt ({language}): Kein Übersetzungsdienst deckt diese Sprache ab.",
      you_wrote: "Ihr Text ({language}); der Kunde hat die maschinelle Übersetzung oben erhalten ({provider})",
      coupon_card: "Gutschein gewährt: {amount} · Code {code}", recommended: "Empfehlungen", trace_open: "Kühlketten-Bericht öffnen",
      tr_intent: "Anliegen {v}", tr_confidence: "Sicherheit {v}", tr_action: "Aktion {v}", tr_reason: "Grund {v}",
      tr_skill: "Skill {v}", tr_outcome: "Ergebnis {v}", tr_emotion: "Emotion {v}",
      llm_kept: "Antwort beibehalten", llm_in: "in {n} ms", llm_written: "verfasst von LLM {model}", llm_written_in: "verfasst von LLM {model} ({how})",
      llm_unused: "LLM {model} nicht verwendet ({why})",
      llm_v_refused: "abgelehnt", llm_v_invalid: "ungültige Antwort", llm_v_timeout: "Zeitüberschreitung", llm_v_error: "Fehler",
      relabel_open: "Anliegen falsch erkannt? Neu zuordnen", flag_open: "Diese Antwort korrigieren",
      fix_answer_flagged: "Als falsch melden", fix_answer_fixed: "Bessere Antwort vorschlagen",
      fix_article_wrong: "Der Artikel ist falsch", fix_article_outdated: "Der Artikel ist veraltet",
      done_answer_flagged: "Zur Prüfung gemeldet.", done_answer_fixed: "Bessere Antwort zur Prüfung eingereicht.",
      done_article_wrong: "Artikel als falsch gemeldet.", done_article_outdated: "Artikel als veraltet gemeldet.",
      relabel_aria: "Was der Kunde meinte", relabel_pick: "Was meinte der Kunde?",
      intents_failed: "Anliegen nicht geladen: {error}",
      mood_aria: "Stimmung des Kunden", mood_detected: "Stimmung: wie erkannt",
      mood_neutral: "Neutral", mood_anger: "Verärgert", mood_anxiety: "Besorgt", mood_satisfaction: "Zufrieden", mood_sadness: "Traurig",
      ents_aria: "Genannte Angaben: Typ=Wert, getrennt durch Semikolons", ents_ph: "Genannte Angaben, z. B. order_number=10023; country=IT",
      ents_bad: "Geben Sie die Angaben als Typ=Wert an, getrennt durch Semikolons (order_number=10023; country=IT).",
      wrong_aria: "Was ist falsch", answer_ph: "Die Antwort, die der Kunde hätte bekommen sollen", answer_aria: "Bessere Antwort",
      note_optional: "Notiz (optional)", why_optional: "Warum? (optional)", note_aria: "Notiz",
      send_correction: "Korrektur senden", cancel: "Abbrechen",
      relabelled: "Neu zugeordnet als „{label}“; wartet auf Prüfung.", not_sent: "Nicht gesendet: {error}",
      photo_bad: "Ein Foto, das nicht angezeigt werden kann.", photo_alt: "Foto vom Kunden", photo_alt_text: "Foto vom Kunden: {text}",
      photo_open: "In voller Größe öffnen", photo_caption: "Foto · {w}×{h}", photo_caption_size: "Foto · {w}×{h} · {kb} KB",
      note_meta: "Interne Notiz · {agent} · {time}",
      agent_option: "{name} · {presence} · {load}/{max}", agent_option_langs: "{name} · {presence} · {load}/{max} · {languages}",
      anonymous: "Anonymer Besucher", no_orders: "Keine Bestellungen.", none: "Keine.", rated: "bewertet mit {n}/5",
      order_line: " · {status} · {time}",
      order_pending: "offen", order_paid: "bezahlt", order_shipped: "versandt", order_delivered: "zugestellt", order_cancelled: "storniert",
      order_returned: "retourniert",
      ship_label_created: "Label erstellt", ship_in_transit: "unterwegs", ship_customs: "beim Zoll", ship_out_for_delivery: "in Zustellung",
      ship_delivered: "zugestellt", ship_exception: "Problem",
      profile_title: "Profil", profile_none: "Noch nichts gespeichert.", profile_anonymous: "Anonymer Besucher: Es wird nichts gespeichert.",
      profile_add: "Hinzufügen", profile_holds: "Trifft zu", profile_denies: "Trifft nicht zu", profile_forget: "Vergessen", profile_not: "nicht {value}",
      profile_kind: "Art", profile_value: "Wert", profile_value_ph: "z. B. trocken",
      pkind_skin_type: "Hauttyp", pkind_concern: "Hautprobleme", pkind_finish: "Finish", pkind_style: "Stil", pkind_budget: "Budget",
      pkind_category: "Kauft", pkind_avoid: "Meidet",
      pval_oily: "fettig", pval_dry: "trocken", pval_combination: "Mischhaut", pval_normal: "normal", pval_sensitive: "empfindlich",
      pval_low: "günstig", pval_mid: "Mittelklasse", pval_high: "Premium", pval_matte: "matt", pval_dewy: "glowy", pval_acne: "Akne",
      pval_pores: "Poren", pval_blackheads: "Mitesser", pval_dullness: "fahler Teint", pval_wrinkles: "Falten",
      pval_pigmentation: "Pigmentflecken", pval_redness: "Rötungen", pval_dehydration: "Feuchtigkeitsmangel",
      psrc_chat: "im Chat gesagt", psrc_customer: "Angabe des Kunden", psrc_agent: "Agent", psrc_order: "gekauft", psrc_event: "Surfverhalten",
      plevel_settled: "bestätigt", plevel_strong: "stark", plevel_likely: "wahrscheinlich", plevel_weak: "schwach",
      emotion_line: "Emotion: {emotion} ({intensity})", emotion_intent: "Emotion: {emotion} ({intensity}) · Anliegen {intent}",
      no_article: "Kein passender Artikel.", no_draft: "Kein Entwurf.", draft_use: "Verwenden ({language})",
      draft_src_article: "Wissensartikel", draft_src_promotion: "Aktion",
      sent_untranslated: "Unübersetzt gesendet: {notice}", sent_untranslated_plain: "Unverändert gesendet: Kein Übersetzungsdienst deckt dieses Sprachpaar ab.",
      ckind_coupon: "Gutschein", ckind_refund_line: "Erstattung (Position)", ckind_refund_order: "Erstattung (Bestellung)",
      comp_none: "Noch nichts gewährt.", comp_no_orders: "Keine Bestellungen, also nichts zu erstatten.",
      comp_by_rule: "per Regel {rule} (Version {version})", comp_by: "von {name}", comp_order: "Bestellung {number}",
      comp_revoked: "widerrufen", comp_granted: "gewährt", comp_code: "Gutscheincode", comp_reason: "Grund: {reason}",
      comp_revoked_by: "Widerrufen von {name} · {time}", comp_revoked_by_why: "Widerrufen von {name} · {time}: {reason}",
      revoke: "Widerrufen", revoke_ph: "Warum wird widerrufen?", revoke_aria: "Grund für den Widerruf",
      revoke_q: "{kind} widerrufen? Der Kunde wird nicht benachrichtigt; informieren Sie ihn bei Bedarf selbst.", revoke_need_reason: "Geben Sie einen Grund an.",
      grant_order_option: "{number} · {total} · {status}", grant_order_refunded: "{number} · {total} · {status} · erstattet {refunded}",
      grant_line_option: "{name} ({sku}) · {value}", grant_line_refunded: "{name} ({sku}) · {value} · erstattet {refunded}",
      grant_hint_coupon: "Höchstens die Bestellsumme, {total}. 30 Tage gültig, ohne Mindestbestellwert; der Kunde erhält ihn im Chat.",
      grant_hint_line: "Leer: die ganze Position. Der Kunde erhält keine Nachricht; informieren Sie ihn selbst.",
      grant_hint_order: "Leer: der Rest von {left}. Der Kunde erhält keine Nachricht; informieren Sie ihn selbst.",
      grant_amount_bad: "Geben Sie einen Betrag wie 5 oder 4,50 ein.",
      err_http: "Der Server hat mit {status} geantwortet.", err_network: "Der Server ist nicht erreichbar; prüfen Sie die Verbindung.",
      err_unauthorized: "Shop, E-Mail oder Passwort falsch, oder die Sitzung ist abgelaufen.", err_forbidden: "Dazu sind Sie nicht berechtigt.",
      err_conflict: "Die Konversation hat sich geändert (vielleicht hat jemand anderes sie übernommen oder geschlossen); laden Sie neu und versuchen Sie es erneut.", err_not_found: "Nicht gefunden.",
      err_invalid: "Eine Angabe ist ungültig; prüfen Sie sie und versuchen Sie es erneut.", err_too_large: "Der Text ist zu lang.",
      err_rate_limited: "Zu viele Anfragen; bitte einen Moment warten.",
      err_internal: "Serverfehler; versuchen Sie es später erneut.", err_unavailable: "Der Dienst ist gerade nicht verfügbar; versuchen Sie es später erneut."
    },
    ar: {
      title: "kefu · لوحة خدمة العملاء", login_title: "kefu · لوحة خدمة العملاء",
      login_shop: "المتجر", login_email: "البريد الإلكتروني", login_password: "كلمة المرور", login_submit: "تسجيل الدخول", login_shop_ph: "مثلًا globalmart",
      login_demo: "تجربة: المتجر {shop}، {ana} (الإنجليزية، الإسبانية) أو {li}؛ المتجر {shop2}، {mei} (الصينية)؛ كلمة المرور {password}.",
      login_wait: "محاولات فاشلة كثيرة. حفاظًا على أمان الحساب، يُرجى الانتظار {wait} قبل المحاولة مرة أخرى.",
      login_again: "يمكنك المحاولة مرة أخرى الآن.",
      wait_seconds: "{n} ث", wait_minutes: "{n} د", wait_hours: "{h} س {m} د",
      to_admin: "إدارة المتجر", logout: "تسجيل الخروج", presence: "الحالة",
      presence_online: "متصل", presence_away: "بعيد", presence_offline: "غير متصل", live: "تحديث مباشر",
      queue: "قائمة الانتظار", queue_empty: "لا أحد في الانتظار.", mine: "محادثاتي", mine_empty: "ليست لديك أي محادثة حاليًا.",
      risk: "توصيلات معرّضة للتأخير", risk_hint: "توصيلات يتوقع نموذج المخاطر أن تتأخر", risk_empty: "لا توجد توصيلات معرّضة للتأخير.",
      conv_empty: "اختر محادثة من قائمة الانتظار.",
      take: "استلام", release: "إعادة إلى الروبوت", transfer_to: "تحويل إلى", transfer: "تحويل", close: "إغلاق وطلب التقييم",
      canned: "رد جاهز", canned_insert: "إدراج", writing_in: "لغة الكتابة", writing_in_hint: "اللغة التي تكتب بها هذا الرد",
      reply_ph: "اكتب بلغتك؛ يتلقى العميل ترجمة.", send: "إرسال",
      notes: "ملاحظات داخلية", notes_private: "(لا تُرسل إلى العميل أبدًا)", note_ph: "ملاحظة للزملاء", note_add: "إضافة ملاحظة",
      customer: "العميل", orders: "الطلبات", earlier: "محادثات سابقة",
      comp: "التعويضات", comp_hint: "ما مُنح لهذا العميل، بقاعدة أو من موظف، الأحدث أولًا.",
      comp_hold: "استلم المحادثة لمنح تعويض.",
      grant: "منح", grant_order: "الطلب", grant_what: "نوع التعويض", grant_line: "البند", grant_amount: "المبلغ",
      grant_reason: "السبب", grant_reason_note: "(إلزامي؛ يقرؤه الزملاء والمدققون)",
      grant_amount_ph: "مثلًا 5 أو 4.50", grant_reason_ph: "مثلًا: وصل متأخرًا ساعتين والسلمون غير مبرّد",
      grant_kind_coupon: "قسيمة للطلب التالي", grant_kind_refund_line: "استرداد بند واحد", grant_kind_refund_order: "استرداد الطلب كاملًا",
      assist: "مساعدة", articles: "المقالات", drafts: "المسودات",
      risk_storm: "توقعات بعاصفة", risk_heavy_rain: "توقعات بأمطار غزيرة", risk_rain: "توقعات بأمطار", risk_heat: "حرارة مرتفعة",
      risk_fragile: "بضائع قابلة للكسر", risk_frozen: "بضائع مجمدة", risk_chilled: "بضائع مبرّدة", risk_long_route: "مسار طويل",
      risk_evening_slot: "موعد مسائي", risk_tight_promise: "نافذة توصيل ضيقة",
      rstatus_pending: "لم تُكتب بعد", rstatus_sending: "قيد الكتابة", rstatus_sent: "تم إبلاغ العميل",
      rstatus_opted_out: "العميل ألغى الاشتراك", rstatus_failed: "تعذّرت الكتابة", rstatus_off: "الرسائل الاستباقية متوقفة",
      rkind_delay_warning: "تنبيه بالتأخير", rkind_unboxing_guide: "دليل فتح الطرد",
      risk_forecast: "التوقعات: {weather}", risk_customer: "العميل", risk_score: "احتمال التأخر",
      risk_item: "{order} · {customer}", risk_status: "{kind}: {status}",
      slot_today: "اليوم {time}", slot_tomorrow: "غدًا {time}",
      visitor: "زائر {id}", prio: "P{n}", prio_hint: "الأولوية الفعلية (الأولوية + 1 لكل 5 دقائق انتظار)", queued: "في الانتظار", vip: "VIP",
      cust_language: "لغة العميل",
      delivery_as_written: "العميل يقرأ {language}: يُرسل الرد كما كُتب.",
      delivery_translated: "يُترجم آليًا إلى {language} قبل إرساله.",
      delivery_none: "لا يوجد مزوّد ترجمة يدعم {from} ← {to}: سيتلقى العميل نصك كما كتبته. اكتب باللغة {to} أو اختر ردًا جاهزًا بها.",
      status_bot: "الروبوت", status_queued: "في الانتظار", status_agent: "مع موظف", status_closed: "مغلقة",
      unknown_language: "لغة غير معروفة",
      conv_reason: "السبب: {reason}، الأولوية {n}",
      author_customer: "العميل", author_bot: "الروبوت", author_system: "النظام", author_agent: "الموظف",
      msg_meta: "{who} · {time}", msg_meta_lang: "{who} · {time} · {language}",
      mt: "ترجمة آلية ← {language}", mt_by: "ترجمة آلية ← {language} ({provider})",
      not_translated: "لم تُترجم: {notice}", not_translated_lang: "لم تُترجم من {language}: لا يوجد مزوّد ترجمة يدعمها.",
      you_wrote: "ما كتبته ({language})؛ تلقى العميل الترجمة الآلية أعلاه ({provider})",
      coupon_card: "مُنحت قسيمة: {amount} · الرمز {code}", recommended: "منتجات مقترحة", trace_open: "فتح تقرير سلسلة التبريد",
      tr_intent: "النية {v}", tr_confidence: "الثقة {v}", tr_action: "الإجراء {v}", tr_reason: "السبب {v}",
      tr_skill: "المهارة {v}", tr_outcome: "النتيجة {v}", tr_emotion: "المشاعر {v}",
      llm_kept: "أُبقي على الإجابة", llm_in: "خلال {n} ملّي ثانية", llm_written: "كتبها نموذج اللغة {model}", llm_written_in: "كتبها نموذج اللغة {model} ({how})",
      llm_unused: "لم يُستخدم نموذج اللغة {model} ({why})",
      llm_v_refused: "رفض الإجابة", llm_v_invalid: "إجابة غير صالحة", llm_v_timeout: "انتهت المهلة", llm_v_error: "خطأ",
      relabel_open: "النية خاطئة؟ أعد التصنيف", flag_open: "تصحيح هذه الإجابة",
      fix_answer_flagged: "الإشارة إليها كخاطئة", fix_answer_fixed: "تقديم إجابة أفضل",
      fix_article_wrong: "المقالة خاطئة", fix_article_outdated: "المقالة قديمة",
      done_answer_flagged: "أُشير إليها للمراجعة.", done_answer_fixed: "أُرسلت الإجابة الأفضل للمراجعة.",
      done_article_wrong: "أُبلغ عن المقالة كخاطئة.", done_article_outdated: "أُبلغ عن المقالة كقديمة.",
      relabel_aria: "ما قصده العميل", relabel_pick: "ماذا قصد العميل؟",
      intents_failed: "تعذّر تحميل النوايا: {error}",
      mood_aria: "مزاج العميل", mood_detected: "المزاج: كما اكتُشف",
      mood_neutral: "محايد", mood_anger: "غاضب", mood_anxiety: "قلق", mood_satisfaction: "راضٍ", mood_sadness: "حزين",
      ents_aria: "ما تذكره الرسالة: النوع=القيمة، مفصولة بفواصل منقوطة", ents_ph: "ما تذكره الرسالة، مثلًا order_number=10023; country=IT",
      ents_bad: "اكتب ما تذكره الرسالة بصيغة النوع=القيمة، مفصولة بفواصل منقوطة (order_number=10023; country=IT).",
      wrong_aria: "ما الخطأ", answer_ph: "الإجابة التي كان يجب أن يتلقاها العميل", answer_aria: "إجابة أفضل",
      note_optional: "ملاحظة (اختيارية)", why_optional: "السبب (اختياري)", note_aria: "ملاحظة",
      send_correction: "إرسال التصحيح", cancel: "إلغاء",
      relabelled: "أُعيد التصنيف إلى «{label}»؛ بانتظار المراجعة.", not_sent: "لم يُرسل: {error}",
      photo_bad: "صورة لا يمكن عرضها.", photo_alt: "صورة من العميل", photo_alt_text: "صورة من العميل: {text}",
      photo_open: "فتح بالحجم الكامل", photo_caption: "صورة · {w}×{h}", photo_caption_size: "صورة · {w}×{h} · {kb} KB",
      note_meta: "ملاحظة داخلية · {agent} · {time}",
      agent_option: "{name} · {presence} · {load}/{max}", agent_option_langs: "{name} · {presence} · {load}/{max} · {languages}",
      anonymous: "زائر مجهول", no_orders: "لا توجد طلبات.", none: "لا شيء.", rated: "التقييم {n}/5",
      order_line: " · {status} · {time}",
      order_pending: "بانتظار الدفع", order_paid: "مدفوع", order_shipped: "تم الشحن", order_delivered: "تم التوصيل", order_cancelled: "ملغى",
      order_returned: "مُرتجع",
      ship_label_created: "أُنشئت بوليصة الشحن", ship_in_transit: "قيد النقل", ship_customs: "في الجمارك", ship_out_for_delivery: "خرج للتوصيل",
      ship_delivered: "تم التوصيل", ship_exception: "مشكلة في الشحن",
      profile_title: "ملف العميل", profile_none: "لا شيء محفوظ بعد.", profile_anonymous: "زائر مجهول: لا يُحفظ شيء.",
      profile_add: "إضافة", profile_holds: "صحيح", profile_denies: "غير صحيح", profile_forget: "نسيان", profile_not: "ليس {value}",
      profile_kind: "النوع", profile_value: "القيمة", profile_value_ph: "مثلًا جافة",
      pkind_skin_type: "نوع البشرة", pkind_concern: "مشكلات البشرة", pkind_finish: "اللمسة النهائية", pkind_style: "الأسلوب", pkind_budget: "الميزانية",
      pkind_category: "يشتري", pkind_avoid: "يتجنب",
      pval_oily: "دهنية", pval_dry: "جافة", pval_combination: "مختلطة", pval_normal: "عادية", pval_sensitive: "حساسة",
      pval_low: "اقتصادي", pval_mid: "متوسط", pval_high: "فاخر", pval_matte: "مطفأ", pval_dewy: "لامع ندي", pval_acne: "حب الشباب",
      pval_pores: "المسام", pval_blackheads: "الرؤوس السوداء", pval_dullness: "البهتان", pval_wrinkles: "التجاعيد",
      pval_pigmentation: "البقع الداكنة", pval_redness: "الاحمرار", pval_dehydration: "الجفاف",
      psrc_chat: "ذُكر في المحادثة", psrc_customer: "بقول العميل نفسه", psrc_agent: "الموظف", psrc_order: "من المشتريات", psrc_event: "من التصفح",
      plevel_settled: "مؤكَّد", plevel_strong: "قوي", plevel_likely: "مرجَّح", plevel_weak: "ضعيف",
      emotion_line: "المشاعر: {emotion} ({intensity})", emotion_intent: "المشاعر: {emotion} ({intensity}) · النية {intent}",
      no_article: "لا توجد مقالة مطابقة.", no_draft: "لا توجد مسودة.", draft_use: "استخدام ({language})",
      draft_src_article: "مقالة معرفية", draft_src_promotion: "عرض ترويجي",
      sent_untranslated: "أُرسل دون ترجمة: {notice}", sent_untranslated_plain: "أُرسل كما كُتب: لا يوجد مزوّد ترجمة يدعم هذا الزوج من اللغات.",
      ckind_coupon: "قسيمة", ckind_refund_line: "استرداد (بند)", ckind_refund_order: "استرداد (طلب)",
      comp_none: "لم يُمنح شيء بعد.", comp_no_orders: "لا توجد طلبات، فلا شيء للتعويض عنه.",
      comp_by_rule: "بالقاعدة {rule} (الإصدار {version})", comp_by: "من {name}", comp_order: "الطلب {number}",
      comp_revoked: "مُلغى", comp_granted: "ممنوح", comp_code: "رمز القسيمة", comp_reason: "السبب: {reason}",
      comp_revoked_by: "ألغاه {name} · {time}", comp_revoked_by_why: "ألغاه {name} · {time}: {reason}",
      revoke: "إلغاء المنح", revoke_ph: "لماذا يُلغى؟", revoke_aria: "سبب الإلغاء",
      revoke_q: "إلغاء هذا التعويض ({kind})؟ لن يُبلَّغ العميل؛ أبلغه بنفسك عند الحاجة.", revoke_need_reason: "اذكر سببًا.",
      grant_order_option: "{number} · {total} · {status}", grant_order_refunded: "{number} · {total} · {status} · مُسترد {refunded}",
      grant_line_option: "{name} ({sku}) · {value}", grant_line_refunded: "{name} ({sku}) · {value} · مُسترد {refunded}",
      grant_hint_coupon: "بحد أقصى إجمالي الطلب، {total}. صالحة 30 يومًا، دون حد أدنى للشراء؛ يتلقاها العميل في المحادثة.",
      grant_hint_line: "فارغ: البند كاملًا. لن تُرسل رسالة إلى العميل؛ أبلغه بنفسك.",
      grant_hint_order: "فارغ: المتبقي من {left}. لن تُرسل رسالة إلى العميل؛ أبلغه بنفسك.",
      grant_amount_bad: "أدخل مبلغًا مثل 5 أو 4.50.",
      err_http: "ردّ الخادم بـ {status}.", err_network: "تعذّر الوصول إلى الخادم؛ تحقّق من الاتصال.",
      err_unauthorized: "المتجر أو البريد الإلكتروني أو كلمة المرور غير صحيحة، أو انتهت الجلسة.", err_forbidden: "لا تملك صلاحية القيام بذلك.",
      err_conflict: "تغيّرت المحادثة (ربما استلمها شخص آخر أو أغلقها)؛ أعد التحميل وحاول مرة أخرى.", err_not_found: "غير موجود.",
      err_invalid: "هناك قيمة غير صالحة؛ تحقّق منها وحاول مرة أخرى.", err_too_large: "النص طويل جدًا.",
      err_rate_limited: "طلبات كثيرة جدًا؛ انتظر قليلًا.",
      err_internal: "حدث خطأ في الخادم؛ حاول لاحقًا.", err_unavailable: "الخدمة غير متاحة الآن؛ حاول لاحقًا."
    },
    "zh-Hant": {
      title: "kefu · 客服工作台", login_title: "kefu 客服工作台",
      login_shop: "商店", login_email: "電子郵件", login_password: "密碼", login_submit: "登入", login_shop_ph: "例如 globalmart",
      login_demo: "示範：商店 {shop}，{ana}（英語、西班牙語）或 {li}；商店 {shop2}，{mei}（中文）；密碼 {password}。",
      login_wait: "登入失敗次數過多。為了帳戶安全，請等待 {wait} 後再試。",
      login_again: "現在可以重新登入了。",
      wait_seconds: "{n} 秒", wait_minutes: "{n} 分鐘", wait_hours: "{h} 小時 {m} 分鐘",
      to_admin: "商店管理", logout: "登出", presence: "線上狀態",
      presence_online: "線上", presence_away: "離開", presence_offline: "離線", live: "即時更新",
      queue: "排隊中", queue_empty: "沒有客戶在等待。", mine: "我的對話", mine_empty: "您目前沒有接待中的對話。",
      risk: "有延誤風險的配送", risk_hint: "風險模型預計會遲到的配送", risk_empty: "沒有存在風險的配送。",
      conv_empty: "從排隊列表中選擇一個對話。",
      take: "接手", release: "交還機器人", transfer_to: "轉接給", transfer: "轉接", close: "結束並邀請評價",
      canned: "快速回覆", canned_insert: "插入", writing_in: "書寫語言", writing_in_hint: "您撰寫這條回覆所用的語言",
      reply_ph: "用您的語言書寫；客戶會收到譯文。", send: "傳送",
      notes: "內部備註", notes_private: "（不會發給客戶）", note_ph: "給同事的備註", note_add: "新增備註",
      customer: "客戶", orders: "訂單", earlier: "歷史對話",
      comp: "補償", comp_hint: "該客戶獲得的補償（由規則或客服發放），最新的在前。",
      comp_hold: "接手對話後才能發放補償。",
      grant: "發放補償", grant_order: "訂單", grant_what: "補償方式", grant_line: "商品行", grant_amount: "金額",
      grant_reason: "原因", grant_reason_note: "（必填；同事和稽核人員會檢視）",
      grant_amount_ph: "例如 5 或 4.50", grant_reason_ph: "例如：晚到兩小時，鮭魚已回溫",
      grant_kind_coupon: "下次訂單優惠券", grant_kind_refund_line: "退還單個商品", grant_kind_refund_order: "整單退款",
      assist: "輔助", articles: "知識文章", drafts: "回覆草稿",
      risk_storm: "預報有暴風雨", risk_heavy_rain: "預報有大雨", risk_rain: "預報有雨", risk_heat: "高溫",
      risk_fragile: "易碎商品", risk_frozen: "冷凍商品", risk_chilled: "冷藏商品", risk_long_route: "路線較長",
      risk_evening_slot: "晚間時段", risk_tight_promise: "送達時間緊",
      rstatus_pending: "尚未通知", rstatus_sending: "正在撰寫", rstatus_sent: "已通知客戶",
      rstatus_opted_out: "客戶已退訂", rstatus_failed: "無法傳送", rstatus_off: "主動訊息已關閉",
      rkind_delay_warning: "延誤提醒", rkind_unboxing_guide: "開箱指南",
      risk_forecast: "天氣預報：{weather}", risk_customer: "客戶", risk_score: "遲到的機率",
      risk_item: "{order} · {customer}", risk_status: "{kind}：{status}",
      slot_today: "今天 {time}", slot_tomorrow: "明天 {time}",
      visitor: "訪客 {id}", prio: "P{n}", prio_hint: "實際優先順序（優先順序 + 每等待 5 分鐘加 1）", queued: "排隊中", vip: "VIP",
      cust_language: "客戶的語言",
      delivery_as_written: "客戶使用{language}：按原文傳送。",
      delivery_translated: "傳送前會機器翻譯成{language}。",
      delivery_none: "沒有翻譯服務支援 {from} → {to}：客戶會收到您寫的原文。請改用{to}或選擇該語言的快速回覆。",
      status_bot: "機器人接待", status_queued: "排隊中", status_agent: "人工接待", status_closed: "已結束",
      unknown_language: "語言未知",
      conv_reason: "原因：{reason}，優先順序 {n}",
      author_customer: "客戶", author_bot: "機器人", author_system: "系統", author_agent: "客服",
      msg_meta: "{who} · {time}", msg_meta_lang: "{who} · {time} · {language}",
      mt: "機器翻譯 → {language}", mt_by: "機器翻譯 → {language}（{provider}）",
      not_translated: "未翻譯：{notice}", not_translated_lang: "未從{language}翻譯：沒有翻譯服務支援該語言。",
      you_wrote: "您寫的原文（{language}）；客戶收到的是上面的機器譯文（{provider}）",
      coupon_card: "已發放優惠券：{amount} · 優惠碼 {code}", recommended: "推薦商品", trace_open: "開啟冷鏈報告",
      tr_intent: "意圖 {v}", tr_confidence: "信賴度 {v}", tr_action: "動作 {v}", tr_reason: "原因 {v}",
      tr_skill: "技能 {v}", tr_outcome: "結果 {v}", tr_emotion: "情緒 {v}",
      llm_kept: "沿用已有回答", llm_in: "耗時 {n} 毫秒", llm_written: "由大型語言模型 {model} 撰寫", llm_written_in: "由大型語言模型 {model} 撰寫（{how}）",
      llm_unused: "未採用大型語言模型 {model}（{why}）",
      llm_v_refused: "拒絕回答", llm_v_invalid: "回答無效", llm_v_timeout: "逾時", llm_v_error: "出錯",
      relabel_open: "意圖識別錯了？重新標註", flag_open: "糾正這條回答",
      fix_answer_flagged: "標記為錯誤", fix_answer_fixed: "提供更好的回答",
      fix_article_wrong: "文章內容有誤", fix_article_outdated: "文章已過時",
      done_answer_flagged: "已標記，等待稽核。", done_answer_fixed: "更好的回答已提交稽核。",
      done_article_wrong: "已報告文章有誤。", done_article_outdated: "已報告文章過時。",
      relabel_aria: "客戶的真實意思", relabel_pick: "客戶想表達什麼？",
      intents_failed: "意圖列表載入失敗：{error}",
      mood_aria: "客戶的情緒", mood_detected: "情緒：按系統識別",
      mood_neutral: "平靜", mood_anger: "生氣", mood_anxiety: "焦慮", mood_satisfaction: "滿意", mood_sadness: "難過",
      ents_aria: "提到的資訊：類型=值，用分號分隔", ents_ph: "提到的資訊，例如 order_number=10023; country=IT",
      ents_bad: "請按「類型=值」填寫，用分號分隔（order_number=10023; country=IT）。",
      wrong_aria: "哪裡有問題", answer_ph: "客戶本應得到的回答", answer_aria: "更好的回答",
      note_optional: "備註（選填）", why_optional: "原因（選填）", note_aria: "備註",
      send_correction: "提交更正", cancel: "取消",
      relabelled: "已重新標註為「{label}」，等待稽核。", not_sent: "未能提交：{error}",
      photo_bad: "無法顯示的圖片。", photo_alt: "客戶傳送的圖片", photo_alt_text: "客戶傳送的圖片：{text}",
      photo_open: "檢視原圖", photo_caption: "圖片 · {w}×{h}", photo_caption_size: "圖片 · {w}×{h} · {kb} KB",
      note_meta: "內部備註 · {agent} · {time}",
      agent_option: "{name} · {presence} · {load}/{max}", agent_option_langs: "{name} · {presence} · {load}/{max} · {languages}",
      anonymous: "匿名訪客", no_orders: "尚無訂單。", none: "無。", rated: "評分 {n}/5",
      order_line: " · {status} · {time}",
      order_pending: "待付款", order_paid: "已付款", order_shipped: "已出貨", order_delivered: "已送達", order_cancelled: "已取消",
      order_returned: "已退貨",
      ship_label_created: "已產生託運單", ship_in_transit: "運輸中", ship_customs: "清關中", ship_out_for_delivery: "配送中",
      ship_delivered: "已簽收", ship_exception: "配送異常",
      profile_title: "客戶輪廓", profile_none: "尚無記錄。", profile_anonymous: "匿名訪客：不記錄輪廓。",
      profile_add: "新增", profile_holds: "屬實", profile_denies: "不屬實", profile_forget: "忘記", profile_not: "不是{value}",
      profile_kind: "類別", profile_value: "內容", profile_value_ph: "例如 乾性肌膚",
      pkind_skin_type: "膚質", pkind_concern: "肌膚問題", pkind_finish: "妝效", pkind_style: "風格", pkind_budget: "預算",
      pkind_category: "常買類別", pkind_avoid: "避免",
      pval_oily: "油皮", pval_dry: "乾性肌膚", pval_combination: "混合皮", pval_normal: "中性皮", pval_sensitive: "敏感肌",
      pval_low: "平價", pval_mid: "中價位", pval_high: "高階", pval_matte: "霧面", pval_dewy: "光澤", pval_acne: "痘痘",
      pval_pores: "毛孔", pval_blackheads: "粉刺", pval_dullness: "暗沉", pval_wrinkles: "細紋",
      pval_pigmentation: "色斑", pval_redness: "泛紅", pval_dehydration: "缺水",
      psrc_chat: "聊天中提到", psrc_customer: "客戶本人更正", psrc_agent: "客服", psrc_order: "購買記錄", psrc_event: "瀏覽行為",
      plevel_settled: "已確認", plevel_strong: "很可能", plevel_likely: "可能", plevel_weak: "較弱",
      emotion_line: "情緒：{emotion}（{intensity}）", emotion_intent: "情緒：{emotion}（{intensity}）· 意圖 {intent}",
      no_article: "沒有匹配的文章。", no_draft: "尚無草稿。", draft_use: "使用（{language}）",
      draft_src_article: "知識文章", draft_src_promotion: "促銷活動",
      sent_untranslated: "已按原文傳送（未翻譯）：{notice}", sent_untranslated_plain: "已按原文傳送：沒有翻譯服務支援這對語言。",
      ckind_coupon: "優惠券", ckind_refund_line: "退款（單個商品）", ckind_refund_order: "退款（整單）",
      comp_none: "尚未發放任何補償。", comp_no_orders: "沒有訂單，無需補償。",
      comp_by_rule: "由規則 {rule}（版本 {version}）發放", comp_by: "由 {name} 發放", comp_order: "訂單 {number}",
      comp_revoked: "已撤銷", comp_granted: "已發放", comp_code: "優惠優惠碼", comp_reason: "原因：{reason}",
      comp_revoked_by: "由 {name} 撤銷 · {time}", comp_revoked_by_why: "由 {name} 撤銷 · {time}：{reason}",
      revoke: "撤銷", revoke_ph: "為什麼撤銷？", revoke_aria: "撤銷原因",
      revoke_q: "撤銷這項{kind}？系統不會通知客戶；如有需要請自行告知。", revoke_need_reason: "請填寫原因。",
      grant_order_option: "{number} · {total} · {status}", grant_order_refunded: "{number} · {total} · {status} · 已退款 {refunded}",
      grant_line_option: "{name}（{sku}）· {value}", grant_line_refunded: "{name}（{sku}）· {value} · 已退款 {refunded}",
      grant_hint_coupon: "最多為訂單總額 {total}。有效期 30 天，無最低消費；客戶會在聊天中收到。",
      grant_hint_line: "留空：退還整行商品。系統不會通知客戶，請自行告知。",
      grant_hint_order: "留空：退還剩餘的 {left}。系統不會通知客戶，請自行告知。",
      grant_amount_bad: "請輸入金額，例如 5 或 4.50。",
      err_http: "伺服器傳回了 {status}。", err_network: "無法連線伺服器，請檢查網路。",
      err_unauthorized: "商店、電子郵件或密碼錯誤，或登入已過期。", err_forbidden: "您沒有執行此操作的權限。",
      err_conflict: "對話狀態已變化（可能已被他人接手或已結束），請重新整理後再試。", err_not_found: "找不到該內容。",
      err_invalid: "輸入有誤，請檢查後再試。", err_too_large: "內容太長。", err_rate_limited: "操作太頻繁，請稍後再試。",
      err_internal: "伺服器出錯，請稍後再試。", err_unavailable: "服務暫時不可用，請稍後再試。"
    },
    ru: {
      title: "kefu · консоль оператора", login_title: "kefu — консоль оператора",
      login_shop: "Магазин", login_email: "Эл. почта", login_password: "Пароль", login_submit: "Войти", login_shop_ph: "например, globalmart",
      login_demo: "Демо: магазин {shop}, {ana} (английский, испанский) или {li}; магазин {shop2}, {mei} (китайский); пароль {password}.",
      login_wait: "Слишком много неудачных попыток. В целях безопасности учётной записи подождите {wait}, прежде чем пробовать снова.",
      login_again: "Теперь можно попробовать снова.",
      wait_seconds: "{n} с", wait_minutes: "{n} мин", wait_hours: "{h} ч {m} мин",
      to_admin: "Управление магазином", logout: "Выйти", presence: "Статус",
      presence_online: "в сети", presence_away: "нет на месте", presence_offline: "не в сети", live: "обновления в реальном времени",
      queue: "Очередь", queue_empty: "В очереди никого нет.", mine: "Мои диалоги", mine_empty: "У вас нет открытых диалогов.",
      risk: "Доставки под угрозой", risk_hint: "доставки, которые по оценке модели риска могут опоздать", risk_empty: "Доставок под угрозой нет.",
      conv_empty: "Выберите диалог в очереди.",
      take: "Взять", release: "Вернуть боту", transfer_to: "Передать", transfer: "Передать", close: "Закрыть и попросить оценку",
      canned: "Шаблон ответа", canned_insert: "Вставить", writing_in: "Язык ответа", writing_in_hint: "язык, на котором вы пишете этот ответ",
      reply_ph: "Пишите на своём языке — клиент получит перевод.", send: "Отправить",
      notes: "Внутренние заметки", notes_private: "(клиенту не отправляются)", note_ph: "Заметка для коллег", note_add: "Добавить заметку",
      customer: "Клиент", orders: "Заказы", earlier: "Прошлые диалоги",
      comp: "Компенсации", comp_hint: "Что получил этот клиент по правилу или от оператора, сначала новые.",
      comp_hold: "Возьмите диалог, чтобы выдать компенсацию.",
      grant: "Выдать", grant_order: "Заказ", grant_what: "Что", grant_line: "Позиция", grant_amount: "Сумма",
      grant_reason: "Причина", grant_reason_note: "(обязательно; её читают коллеги и аудиторы)",
      grant_amount_ph: "например, 5 или 4,50", grant_reason_ph: "например, доставили на два часа позже, лосось тёплый",
      grant_kind_coupon: "Купон на следующий заказ", grant_kind_refund_line: "Возврат за одну позицию", grant_kind_refund_order: "Возврат за весь заказ",
      assist: "Подсказки", articles: "Статьи", drafts: "Черновики",
      risk_storm: "прогноз шторма", risk_heavy_rain: "прогноз ливня", risk_rain: "прогноз дождя", risk_heat: "жара",
      risk_fragile: "хрупкий товар", risk_frozen: "замороженный товар", risk_chilled: "охлаждённый товар", risk_long_route: "длинный маршрут",
      risk_evening_slot: "вечерний интервал", risk_tight_promise: "узкое окно доставки",
      rstatus_pending: "ещё не написано", rstatus_sending: "пишется", rstatus_sent: "клиент уведомлён",
      rstatus_opted_out: "клиент отказался от сообщений", rstatus_failed: "не удалось написать", rstatus_off: "проактивные сообщения выключены",
      rkind_delay_warning: "предупреждение о задержке", rkind_unboxing_guide: "советы по распаковке",
      risk_forecast: "Прогноз: {weather}", risk_customer: "клиент", risk_score: "вероятность опоздания",
      risk_item: "{order} · {customer}", risk_status: "{kind}: {status}",
      slot_today: "сегодня {time}", slot_tomorrow: "завтра {time}",
      visitor: "Посетитель {id}", prio: "P{n}", prio_hint: "итоговый приоритет (приоритет + 1 за каждые 5 мин ожидания)", queued: "в очереди", vip: "VIP",
      cust_language: "язык клиента",
      delivery_as_written: "Язык клиента — {language}: текст отправится как есть.",
      delivery_translated: "Перед отправкой текст будет машинно переведён на {language}.",
      delivery_none: "Нет сервиса перевода для пары {from} → {to}: клиент получит ваш текст как есть. Выберите {to} или шаблон ответа на этом языке.",
      status_bot: "бот", status_queued: "в очереди", status_agent: "у оператора", status_closed: "закрыт",
      unknown_language: "язык неизвестен",
      conv_reason: "причина: {reason}, приоритет {n}",
      author_customer: "клиент", author_bot: "бот", author_system: "система", author_agent: "оператор",
      msg_meta: "{who} · {time}", msg_meta_lang: "{who} · {time} · {language}",
      mt: "Машинный перевод → {language}", mt_by: "Машинный перевод → {language} ({provider})",
      not_translated: "Не переведено: {notice}", not_translated_lang: "Не переведено ({language}): нет сервиса перевода для этого языка.",
      you_wrote: "Ваш текст ({language}); клиент получил машинный перевод выше ({provider})",
      coupon_card: "Выдан купон: {amount} · код {code}", recommended: "Рекомендуем", trace_open: "Открыть отчёт о холодовой цепи",
      tr_intent: "тема {v}", tr_confidence: "уверенность {v}", tr_action: "действие {v}", tr_reason: "причина {v}",
      tr_skill: "навык {v}", tr_outcome: "результат {v}", tr_emotion: "эмоция {v}",
      llm_kept: "ответ сохранён", llm_in: "за {n} мс", llm_written: "написано LLM {model}", llm_written_in: "написано LLM {model} ({how})",
      llm_unused: "LLM {model} не использована ({why})",
      llm_v_refused: "отказ", llm_v_invalid: "некорректный ответ", llm_v_timeout: "превышено время ожидания", llm_v_error: "ошибка",
      relabel_open: "Тема определена неверно? Исправить", flag_open: "Исправить этот ответ",
      fix_answer_flagged: "Отметить как неверный", fix_answer_fixed: "Предложить ответ лучше",
      fix_article_wrong: "Статья неверна", fix_article_outdated: "Статья устарела",
      done_answer_flagged: "Отправлено на проверку.", done_answer_fixed: "Улучшенный ответ отправлен на проверку.",
      done_article_wrong: "Отмечено: статья неверна.", done_article_outdated: "Отмечено: статья устарела.",
      relabel_aria: "Что имел в виду клиент", relabel_pick: "Что имел в виду клиент?",
      intents_failed: "Темы не загружены: {error}",
      mood_aria: "Настроение клиента", mood_detected: "Настроение: как определено",
      mood_neutral: "Нейтральное", mood_anger: "Злится", mood_anxiety: "Тревожится", mood_satisfaction: "Доволен", mood_sadness: "Расстроен",
      ents_aria: "Упомянутые данные: тип=значение через точку с запятой", ents_ph: "Упомянутые данные, например order_number=10023; country=IT",
      ents_bad: "Укажите данные в виде тип=значение через точку с запятой (order_number=10023; country=IT).",
      wrong_aria: "Что неверно", answer_ph: "Ответ, который клиент должен был получить", answer_aria: "Улучшенный ответ",
      note_optional: "Заметка (необязательно)", why_optional: "Почему? (необязательно)", note_aria: "Заметка",
      send_correction: "Отправить исправление", cancel: "Отмена",
      relabelled: "Тема изменена на «{label}»; ожидает проверки.", not_sent: "Не отправлено: {error}",
      photo_bad: "Фото невозможно показать.", photo_alt: "Фото от клиента", photo_alt_text: "Фото от клиента: {text}",
      photo_open: "Открыть в полном размере", photo_caption: "Фото · {w}×{h}", photo_caption_size: "Фото · {w}×{h} · {kb} КБ",
      note_meta: "Внутренняя заметка · {agent} · {time}",
      agent_option: "{name} · {presence} · {load}/{max}", agent_option_langs: "{name} · {presence} · {load}/{max} · {languages}",
      anonymous: "Анонимный посетитель", no_orders: "Заказов нет.", none: "Нет.", rated: "оценка {n}/5",
      order_line: " · {status} · {time}",
      order_pending: "ожидает оплаты", order_paid: "оплачен", order_shipped: "отправлен", order_delivered: "доставлен", order_cancelled: "отменён",
      order_returned: "возвращён",
      ship_label_created: "накладная создана", ship_in_transit: "в пути", ship_customs: "на таможне", ship_out_for_delivery: "передан курьеру",
      ship_delivered: "доставлен", ship_exception: "проблема",
      profile_title: "Профиль", profile_none: "Пока ничего не сохранено.", profile_anonymous: "Анонимный посетитель: ничего не сохраняется.",
      profile_add: "Добавить", profile_holds: "Верно", profile_denies: "Неверно", profile_forget: "Забыть", profile_not: "не {value}",
      profile_kind: "Тип", profile_value: "Значение", profile_value_ph: "например, сухая",
      pkind_skin_type: "Тип кожи", pkind_concern: "Проблемы кожи", pkind_finish: "Финиш", pkind_style: "Стиль", pkind_budget: "Бюджет",
      pkind_category: "Покупает", pkind_avoid: "Избегает",
      pval_oily: "жирная", pval_dry: "сухая", pval_combination: "комбинированная", pval_normal: "нормальная", pval_sensitive: "чувствительная",
      pval_low: "бюджетный", pval_mid: "средний", pval_high: "премиум", pval_matte: "матовый", pval_dewy: "сияющий", pval_acne: "акне",
      pval_pores: "поры", pval_blackheads: "чёрные точки", pval_dullness: "тусклость", pval_wrinkles: "морщины",
      pval_pigmentation: "пигментные пятна", pval_redness: "покраснения", pval_dehydration: "обезвоженность",
      psrc_chat: "сказано в чате", psrc_customer: "со слов клиента", psrc_agent: "оператор", psrc_order: "покупка", psrc_event: "просмотры",
      plevel_settled: "подтверждено", plevel_strong: "высокая", plevel_likely: "вероятно", plevel_weak: "низкая",
      emotion_line: "Эмоция: {emotion} ({intensity})", emotion_intent: "Эмоция: {emotion} ({intensity}) · тема {intent}",
      no_article: "Подходящих статей нет.", no_draft: "Черновика нет.", draft_use: "Использовать ({language})",
      draft_src_article: "Статья базы знаний", draft_src_promotion: "Акция",
      sent_untranslated: "Отправлено без перевода: {notice}", sent_untranslated_plain: "Отправлено как есть: нет сервиса перевода для этой пары языков.",
      ckind_coupon: "Купон", ckind_refund_line: "Возврат (позиция)", ckind_refund_order: "Возврат (заказ)",
      comp_none: "Пока ничего не выдано.", comp_no_orders: "Заказов нет — компенсировать нечего.",
      comp_by_rule: "по правилу {rule} (версия {version})", comp_by: "от {name}", comp_order: "заказ {number}",
      comp_revoked: "отозвано", comp_granted: "выдано", comp_code: "код купона", comp_reason: "Причина: {reason}",
      comp_revoked_by: "Отозвано: {name} · {time}", comp_revoked_by_why: "Отозвано: {name} · {time}: {reason}",
      revoke: "Отозвать", revoke_ph: "Почему отзывается?", revoke_aria: "Причина отзыва",
      revoke_q: "Отозвать ({kind})? Клиент не получит уведомления; при необходимости сообщите ему сами.", revoke_need_reason: "Укажите причину.",
      grant_order_option: "{number} · {total} · {status}", grant_order_refunded: "{number} · {total} · {status} · возвращено {refunded}",
      grant_line_option: "{name} ({sku}) · {value}", grant_line_refunded: "{name} ({sku}) · {value} · возвращено {refunded}",
      grant_hint_coupon: "Не больше суммы заказа, {total}. Действует 30 дней, без минимальной суммы; клиент получит его в чате.",
      grant_hint_line: "Пусто — вся позиция. Клиенту ничего не придёт; сообщите ему сами.",
      grant_hint_order: "Пусто — остаток из {left}. Клиенту ничего не придёт; сообщите ему сами.",
      grant_amount_bad: "Введите сумму, например 5 или 4,50.",
      err_http: "Сервер ответил: {status}.", err_network: "Сервер недоступен; проверьте подключение.",
      err_unauthorized: "Неверный магазин, эл. почта или пароль, либо сеанс истёк.", err_forbidden: "У вас нет прав на это действие.",
      err_conflict: "Диалог изменился (возможно, его взял или закрыл кто-то другой); обновите страницу и попробуйте снова.", err_not_found: "Не найдено.",
      err_invalid: "Что-то указано неверно; проверьте и попробуйте снова.", err_too_large: "Текст слишком длинный.",
      err_rate_limited: "Слишком много запросов; подождите немного.",
      err_internal: "Ошибка сервера; попробуйте позже.", err_unavailable: "Сервис сейчас недоступен; попробуйте позже."
    },
    tr: {
      title: "kefu · temsilci konsolu", login_title: "kefu temsilci konsolu",
      login_shop: "Mağaza", login_email: "E-posta", login_password: "Şifre", login_submit: "Giriş yap", login_shop_ph: "ör. globalmart",
      login_demo: "Demo: {shop} mağazası, {ana} (İngilizce, İspanyolca) veya {li}; {shop2} mağazası, {mei} (Çince); şifre {password}.",
      login_wait: "Çok fazla başarısız deneme yapıldı. Hesabınızın güvenliği için tekrar denemeden önce lütfen {wait} bekleyin.",
      login_again: "Şimdi tekrar deneyebilirsiniz.",
      wait_seconds: "{n} sn", wait_minutes: "{n} dk", wait_hours: "{h} sa {m} dk",
      to_admin: "Mağaza yönetimi", logout: "Çıkış yap", presence: "Durum",
      presence_online: "çevrimiçi", presence_away: "uzakta", presence_offline: "çevrimdışı", live: "canlı güncelleme",
      queue: "Kuyruk", queue_empty: "Bekleyen kimse yok.", mine: "Görüşmelerim", mine_empty: "Üzerinizde görüşme yok.",
      risk: "Riskli teslimatlar", risk_hint: "risk modeline göre gecikmesi beklenen teslimatlar", risk_empty: "Riskli teslimat yok.",
      conv_empty: "Kuyruktan bir görüşme seçin.",
      take: "Üstlen", release: "Bota devret", transfer_to: "Aktarılacak kişi", transfer: "Aktar", close: "Kapat ve puan iste",
      canned: "Hazır yanıt", canned_insert: "Ekle", writing_in: "Yazma dili", writing_in_hint: "bu yanıtı yazdığınız dil",
      reply_ph: "Kendi dilinizde yazın; müşteri çevirisini alır.", send: "Gönder",
      notes: "Dahili notlar", notes_private: "(müşteriye asla gönderilmez)", note_ph: "Çalışma arkadaşlarınız için not", note_add: "Not ekle",
      customer: "Müşteri", orders: "Siparişler", earlier: "Önceki görüşmeler",
      comp: "Telafiler", comp_hint: "Bu müşteriye bir kuralla veya bir temsilci tarafından verilenler, en yenisi önce.",
      comp_hold: "Telafi vermek için görüşmeyi üstlenin.",
      grant: "Ver", grant_order: "Sipariş", grant_what: "Tür", grant_line: "Kalem", grant_amount: "Tutar",
      grant_reason: "Gerekçe", grant_reason_note: "(zorunlu; çalışma arkadaşlarınız ve denetçiler okur)",
      grant_amount_ph: "ör. 5 veya 4,50", grant_reason_ph: "ör. iki saat geç teslim edildi, somon ılıktı",
      grant_kind_coupon: "Sonraki sipariş için kupon", grant_kind_refund_line: "Bir kalemin iadesi", grant_kind_refund_order: "Siparişin iadesi",
      assist: "Yardımcı", articles: "Makaleler", drafts: "Taslaklar",
      risk_storm: "fırtına beklentisi", risk_heavy_rain: "şiddetli yağış beklentisi", risk_rain: "yağmur beklentisi", risk_heat: "sıcak hava",
      risk_fragile: "kırılabilir ürün", risk_frozen: "dondurulmuş ürün", risk_chilled: "soğutulmuş ürün", risk_long_route: "uzun güzergâh",
      risk_evening_slot: "akşam teslimatı", risk_tight_promise: "dar teslimat aralığı",
      rstatus_pending: "henüz yazılmadı", rstatus_sending: "yazılıyor", rstatus_sent: "müşteri bilgilendirildi",
      rstatus_opted_out: "müşteri mesaj almak istemiyor", rstatus_failed: "yazılamadı", rstatus_off: "proaktif mesajlar kapalı",
      rkind_delay_warning: "gecikme uyarısı", rkind_unboxing_guide: "kutu açma rehberi",
      risk_forecast: "Tahmin: {weather}", risk_customer: "müşteri", risk_score: "geç kalma olasılığı",
      risk_item: "{order} · {customer}", risk_status: "{kind}: {status}",
      slot_today: "bugün {time}", slot_tomorrow: "yarın {time}",
      visitor: "Ziyaretçi {id}", prio: "P{n}", prio_hint: "etkin öncelik (öncelik + her 5 dk bekleme için 1)", queued: "kuyrukta", vip: "VIP",
      cust_language: "müşterinin dili",
      delivery_as_written: "Müşterinin dili: {language}. Yazdığınız gibi gönderilir.",
      delivery_translated: "Gönderilmeden önce makine çevirisiyle çevrilir: {language}.",
      delivery_none: "{from} → {to} için çeviri hizmeti yok: müşteri metninizi yazdığınız gibi alır. {to} dilini ya da o dilde bir hazır yanıtı seçin.",
      status_bot: "bot", status_queued: "kuyrukta", status_agent: "temsilcide", status_closed: "kapalı",
      unknown_language: "dil bilinmiyor",
      conv_reason: "neden: {reason}, öncelik {n}",
      author_customer: "müşteri", author_bot: "bot", author_system: "sistem", author_agent: "temsilci",
      msg_meta: "{who} · {time}", msg_meta_lang: "{who} · {time} · {language}",
      mt: "Makine çevirisi → {language}", mt_by: "Makine çevirisi → {language} ({provider})",
      not_translated: "Çevrilmedi: {notice}", not_translated_lang: "Çevrilmedi ({language}): bu dil için çeviri hizmeti yok.",
      you_wrote: "Sizin yazdığınız ({language}); müşteri yukarıdaki makine çevirisini aldı ({provider})",
      coupon_card: "Kupon verildi: {amount} · kod {code}", recommended: "Önerilenler", trace_open: "Soğuk zincir raporunu aç",
      tr_intent: "konu {v}", tr_confidence: "güven {v}", tr_action: "eylem {v}", tr_reason: "neden {v}",
      tr_skill: "beceri {v}", tr_outcome: "sonuç {v}", tr_emotion: "duygu {v}",
      llm_kept: "yanıt korundu", llm_in: "{n} ms içinde", llm_written: "LLM {model} yazdı", llm_written_in: "LLM {model} yazdı ({how})",
      llm_unused: "LLM {model} kullanılmadı ({why})",
      llm_v_refused: "reddetti", llm_v_invalid: "geçersiz yanıt", llm_v_timeout: "zaman aşımı", llm_v_error: "hata",
      relabel_open: "Konu yanlış mı? Yeniden etiketle", flag_open: "Bu yanıtı düzelt",
      fix_answer_flagged: "Yanlış olarak işaretle", fix_answer_fixed: "Daha iyi bir yanıt ver",
      fix_article_wrong: "Makale yanlış", fix_article_outdated: "Makale güncel değil",
      done_answer_flagged: "İncelemeye gönderildi.", done_answer_fixed: "Daha iyi yanıt incelemeye gönderildi.",
      done_article_wrong: "Makale yanlış olarak bildirildi.", done_article_outdated: "Makale güncel değil olarak bildirildi.",
      relabel_aria: "Müşterinin kastettiği", relabel_pick: "Müşteri ne demek istedi?",
      intents_failed: "Konular yüklenemedi: {error}",
      mood_aria: "Müşterinin ruh hâli", mood_detected: "Ruh hâli: algılandığı gibi",
      mood_neutral: "Nötr", mood_anger: "Kızgın", mood_anxiety: "Endişeli", mood_satisfaction: "Memnun", mood_sadness: "Üzgün",
      ents_aria: "Geçen bilgiler: tür=değer, noktalı virgülle ayrılmış", ents_ph: "Geçen bilgiler, ör. order_number=10023; country=IT",
      ents_bad: "Geçen bilgileri tür=değer biçiminde, noktalı virgülle ayırarak yazın (order_number=10023; country=IT).",
      wrong_aria: "Yanlış olan ne", answer_ph: "Müşterinin alması gereken yanıt", answer_aria: "Daha iyi yanıt",
      note_optional: "Not (isteğe bağlı)", why_optional: "Neden? (isteğe bağlı)", note_aria: "Not",
      send_correction: "Düzeltmeyi gönder", cancel: "İptal",
      relabelled: "“{label}” olarak yeniden etiketlendi; inceleme bekliyor.", not_sent: "Gönderilmedi: {error}",
      photo_bad: "Gösterilemeyen bir fotoğraf.", photo_alt: "Müşteriden fotoğraf", photo_alt_text: "Müşteriden fotoğraf: {text}",
      photo_open: "Tam boyutta aç", photo_caption: "Fotoğraf · {w}×{h}", photo_caption_size: "Fotoğraf · {w}×{h} · {kb} KB",
      note_meta: "Dahili not · {agent} · {time}",
      agent_option: "{name} · {presence} · {load}/{max}", agent_option_langs: "{name} · {presence} · {load}/{max} · {languages}",
      anonymous: "Anonim ziyaretçi", no_orders: "Sipariş yok.", none: "Yok.", rated: "{n}/5 puan verdi",
      order_line: " · {status} · {time}",
      order_pending: "beklemede", order_paid: "ödendi", order_shipped: "kargoya verildi", order_delivered: "teslim edildi", order_cancelled: "iptal edildi",
      order_returned: "iade edildi",
      ship_label_created: "etiket oluşturuldu", ship_in_transit: "yolda", ship_customs: "gümrükte", ship_out_for_delivery: "dağıtımda",
      ship_delivered: "teslim edildi", ship_exception: "sorun var",
      profile_title: "Profil", profile_none: "Henüz kayıtlı bilgi yok.", profile_anonymous: "Anonim ziyaretçi: hiçbir bilgi saklanmaz.",
      profile_add: "Ekle", profile_holds: "Geçerli", profile_denies: "Geçerli değil", profile_forget: "Unut", profile_not: "{value} değil",
      profile_kind: "Tür", profile_value: "Değer", profile_value_ph: "ör. kuru",
      pkind_skin_type: "Cilt tipi", pkind_concern: "Cilt sorunları", pkind_finish: "Bitiş", pkind_style: "Tarz", pkind_budget: "Bütçe",
      pkind_category: "Satın aldıkları", pkind_avoid: "Kaçındıkları",
      pval_oily: "yağlı", pval_dry: "kuru", pval_combination: "karma", pval_normal: "normal", pval_sensitive: "hassas",
      pval_low: "uygun fiyatlı", pval_mid: "orta segment", pval_high: "premium", pval_matte: "mat", pval_dewy: "ışıltılı", pval_acne: "akne",
      pval_pores: "gözenekler", pval_blackheads: "siyah noktalar", pval_dullness: "donukluk", pval_wrinkles: "kırışıklıklar",
      pval_pigmentation: "lekeler", pval_redness: "kızarıklık", pval_dehydration: "nem kaybı",
      psrc_chat: "sohbette söyledi", psrc_customer: "müşterinin beyanı", psrc_agent: "temsilci", psrc_order: "satın aldı", psrc_event: "gezinme",
      plevel_settled: "kesin", plevel_strong: "güçlü", plevel_likely: "olası", plevel_weak: "zayıf",
      emotion_line: "Duygu: {emotion} ({intensity})", emotion_intent: "Duygu: {emotion} ({intensity}) · konu {intent}",
      no_article: "Uygun makale yok.", no_draft: "Taslak yok.", draft_use: "Kullan ({language})",
      draft_src_article: "Bilgi makalesi", draft_src_promotion: "Kampanya",
      sent_untranslated: "Çevrilmeden gönderildi: {notice}", sent_untranslated_plain: "Yazıldığı gibi gönderildi: bu dil çifti için çeviri hizmeti yok.",
      ckind_coupon: "Kupon", ckind_refund_line: "İade (kalem)", ckind_refund_order: "İade (sipariş)",
      comp_none: "Henüz bir şey verilmedi.", comp_no_orders: "Sipariş yok, dolayısıyla telafi edilecek bir şey yok.",
      comp_by_rule: "{rule} kuralıyla (sürüm {version})", comp_by: "veren: {name}", comp_order: "sipariş {number}",
      comp_revoked: "geri alındı", comp_granted: "verildi", comp_code: "kupon kodu", comp_reason: "Gerekçe: {reason}",
      comp_revoked_by: "Geri alan: {name} · {time}", comp_revoked_by_why: "Geri alan: {name} · {time}: {reason}",
      revoke: "Geri al", revoke_ph: "Neden geri alınıyor?", revoke_aria: "Geri alma gerekçesi",
      revoke_q: "{kind} geri alınsın mı? Müşteriye bildirilmez; gerekirse kendiniz haber verin.", revoke_need_reason: "Bir gerekçe yazın.",
      grant_order_option: "{number} · {total} · {status}", grant_order_refunded: "{number} · {total} · {status} · iade edilen {refunded}",
      grant_line_option: "{name} ({sku}) · {value}", grant_line_refunded: "{name} ({sku}) · {value} · iade edilen {refunded}",
      grant_hint_coupon: "En fazla sipariş toplamı kadar, {total}. 30 gün geçerli, asgari sipariş tutarı yok; müşteri kuponu sohbette alır.",
      grant_hint_line: "Boş: kalemin tamamı. Müşteriye mesaj gitmez; kendiniz haber verin.",
      grant_hint_order: "Boş: {left} tutarından kalanın tamamı. Müşteriye mesaj gitmez; kendiniz haber verin.",
      grant_amount_bad: "5 veya 4,50 gibi bir tutar girin.",
      err_http: "Sunucu {status} yanıtını verdi.", err_network: "Sunucuya ulaşılamıyor; bağlantıyı kontrol edin.",
      err_unauthorized: "Mağaza, e-posta veya şifre yanlış ya da oturumun süresi doldu.", err_forbidden: "Bunu yapma yetkiniz yok.",
      err_conflict: "Görüşme değişti (başka biri üstlenmiş veya kapatmış olabilir); sayfayı yenileyip tekrar deneyin.", err_not_found: "Bulunamadı.",
      err_invalid: "Geçersiz bir bilgi var; kontrol edip tekrar deneyin.", err_too_large: "Metin çok uzun.",
      err_rate_limited: "Çok fazla istek; lütfen biraz bekleyin.",
      err_internal: "Sunucu hatası; daha sonra tekrar deneyin.", err_unavailable: "Hizmet şu anda kullanılamıyor; daha sonra tekrar deneyin."
    },
    fil: {
      title: "kefu · console ng agent", login_title: "kefu console ng agent",
      login_shop: "Tindahan", login_email: "Email", login_password: "Password", login_submit: "Mag-log in", login_shop_ph: "hal. globalmart",
      login_demo: "Demo: tindahang {shop}, {ana} (Ingles, Espanyol) o {li}; tindahang {shop2}, {mei} (Chinese); password {password}.",
      login_wait: "Masyadong maraming maling pagsubok. Para sa kaligtasan ng account, maghintay muna ng {wait} bago sumubok ulit.",
      login_again: "Puwede ka nang sumubok ulit.",
      wait_seconds: "{n} seg", wait_minutes: "{n} min", wait_hours: "{h} oras {m} min",
      to_admin: "Admin ng tindahan", logout: "Mag-log out", presence: "Status",
      presence_online: "online", presence_away: "wala sa puwesto", presence_offline: "offline", live: "live na update",
      queue: "Pila", queue_empty: "Walang naghihintay.", mine: "Mga usapan ko", mine_empty: "Wala kang hawak na usapan.",
      risk: "Mga delivery na nanganganib", risk_hint: "mga delivery na inaasahang maaantala ayon sa risk model", risk_empty: "Walang delivery na nanganganib.",
      conv_empty: "Pumili ng usapan sa pila.",
      take: "Kunin", release: "Ibalik sa bot", transfer_to: "Ilipat kay", transfer: "Ilipat", close: "Isara at humingi ng rating",
      canned: "Nakahandang sagot", canned_insert: "Ilagay", writing_in: "Wika ng sagot", writing_in_hint: "ang wikang ginagamit mo sa sagot na ito",
      reply_ph: "Sumulat sa sarili mong wika; isasalin ito para sa customer.", send: "Ipadala",
      notes: "Mga internal na tala", notes_private: "(hindi kailanman ipinapadala sa customer)", note_ph: "Tala para sa mga kasamahan", note_add: "Idagdag ang tala",
      customer: "Customer", orders: "Mga order", earlier: "Mga naunang usapan",
      comp: "Mga kompensasyon", comp_hint: "Mga ibinigay sa customer na ito, ayon sa patakaran o ng isang agent, pinakabago muna.",
      comp_hold: "Kunin muna ang usapan para makapagbigay ng kompensasyon.",
      grant: "Ibigay", grant_order: "Order", grant_what: "Uri", grant_line: "Item", grant_amount: "Halaga",
      grant_reason: "Dahilan", grant_reason_note: "(kailangan; binabasa ito ng mga kasamahan at auditor)",
      grant_amount_ph: "hal. 5 o 4.50", grant_reason_ph: "hal. dalawang oras na late dumating, mainit na ang salmon",
      grant_kind_coupon: "Coupon para sa susunod na order", grant_kind_refund_line: "Refund ng isang item", grant_kind_refund_order: "Refund ng buong order",
      assist: "Tulong", articles: "Mga artikulo", drafts: "Mga draft",
      risk_storm: "may bagyong paparating", risk_heavy_rain: "inaasahang malakas na ulan", risk_rain: "inaasahang ulan", risk_heat: "matinding init",
      risk_fragile: "babasagin", risk_frozen: "frozen na produkto", risk_chilled: "chilled na produkto", risk_long_route: "malayong ruta",
      risk_evening_slot: "delivery sa gabi", risk_tight_promise: "masikip na delivery window",
      rstatus_pending: "hindi pa naisusulat", rstatus_sending: "isinusulat", rstatus_sent: "nasabihan na ang customer",
      rstatus_opted_out: "ayaw ng customer ng ganitong mensahe", rstatus_failed: "hindi naisulat", rstatus_off: "naka-off ang proactive na mensahe",
      rkind_delay_warning: "abiso ng pagkaantala", rkind_unboxing_guide: "gabay sa pagbukas ng package",
      risk_forecast: "Forecast: {weather}", risk_customer: "customer", risk_score: "posibilidad na ma-late",
      risk_item: "{order} · {customer}", risk_status: "{kind}: {status}",
      slot_today: "ngayon {time}", slot_tomorrow: "bukas {time}",
      visitor: "Bisita {id}", prio: "P{n}", prio_hint: "aktuwal na prayoridad (prayoridad + 1 bawat 5 min na paghihintay)", queued: "nakapila", vip: "VIP",
      cust_language: "wika ng customer",
      delivery_as_written: "Ang wika ng customer ay {language}: ipapadala nang walang pagbabago.",
      delivery_translated: "Awtomatiko muna itong isasalin sa {language} bago ipadala.",
      delivery_none: "Walang serbisyo ng pagsasalin para sa {from} → {to}: matatanggap ng customer ang teksto mo nang hindi isinalin. Piliin ang {to} o isang nakahandang sagot sa wikang iyon.",
      status_bot: "bot", status_queued: "nakapila", status_agent: "hawak ng agent", status_closed: "sarado",
      unknown_language: "hindi alam ang wika",
      conv_reason: "dahilan: {reason}, prayoridad {n}",
      author_customer: "customer", author_bot: "bot", author_system: "sistema", author_agent: "agent",
      msg_meta: "{who} · {time}", msg_meta_lang: "{who} · {time} · {language}",
      mt: "Awtomatikong salin → {language}", mt_by: "Awtomatikong salin → {language} ({provider})",
      not_translated: "Hindi isinalin: {notice}", not_translated_lang: "Hindi isinalin ({language}): walang serbisyo ng pagsasalin para rito.",
      you_wrote: "Isinulat mo ({language}); natanggap ng customer ang awtomatikong salin sa itaas ({provider})",
      coupon_card: "Nabigyan ng coupon: {amount} · code {code}", recommended: "Inirerekomenda", trace_open: "Buksan ang cold-chain report",
      tr_intent: "pakay {v}", tr_confidence: "kumpiyansa {v}", tr_action: "aksyon {v}", tr_reason: "dahilan {v}",
      tr_skill: "skill {v}", tr_outcome: "resulta {v}", tr_emotion: "emosyon {v}",
      llm_kept: "pinanatili ang sagot", llm_in: "sa loob ng {n} ms", llm_written: "isinulat ng LLM {model}", llm_written_in: "isinulat ng LLM {model} ({how})",
      llm_unused: "hindi ginamit ang LLM {model} ({why})",
      llm_v_refused: "tumanggi", llm_v_invalid: "di-wastong sagot", llm_v_timeout: "nag-time out", llm_v_error: "error",
      relabel_open: "Mali ang pakay? Palitan ang label", flag_open: "Itama ang sagot na ito",
      fix_answer_flagged: "Markahang mali", fix_answer_fixed: "Magbigay ng mas magandang sagot",
      fix_article_wrong: "Mali ang artikulo", fix_article_outdated: "Luma na ang artikulo",
      done_answer_flagged: "Minarkahan para sa review.", done_answer_fixed: "Naipadala para sa review ang mas magandang sagot.",
      done_article_wrong: "Inireport na mali ang artikulo.", done_article_outdated: "Inireport na luma na ang artikulo.",
      relabel_aria: "Ang ibig sabihin ng customer", relabel_pick: "Ano ang ibig sabihin ng customer?",
      intents_failed: "Hindi na-load ang mga pakay: {error}",
      mood_aria: "Mood ng customer", mood_detected: "Mood: ayon sa nakita ng sistema",
      mood_neutral: "Neutral", mood_anger: "Galit", mood_anxiety: "Nag-aalala", mood_satisfaction: "Kuntento", mood_sadness: "Malungkot",
      ents_aria: "Mga binanggit: uri=halaga, hinihiwalay ng semicolon", ents_ph: "Mga binanggit, hal. order_number=10023; country=IT",
      ents_bad: "Isulat ang mga binanggit bilang uri=halaga, hinihiwalay ng semicolon (order_number=10023; country=IT).",
      wrong_aria: "Ano ang mali", answer_ph: "Ang sagot na dapat natanggap ng customer", answer_aria: "Mas magandang sagot",
      note_optional: "Tala (opsyonal)", why_optional: "Bakit? (opsyonal)", note_aria: "Tala",
      send_correction: "Ipadala ang pagtatama", cancel: "Kanselahin",
      relabelled: "Pinalitan ang label ng “{label}”; naghihintay ng review.", not_sent: "Hindi naipadala: {error}",
      photo_bad: "Larawang hindi maipakita.", photo_alt: "Larawan mula sa customer", photo_alt_text: "Larawan mula sa customer: {text}",
      photo_open: "Buksan sa buong laki", photo_caption: "Larawan · {w}×{h}", photo_caption_size: "Larawan · {w}×{h} · {kb} KB",
      note_meta: "Internal na tala · {agent} · {time}",
      agent_option: "{name} · {presence} · {load}/{max}", agent_option_langs: "{name} · {presence} · {load}/{max} · {languages}",
      anonymous: "Anonymous na bisita", no_orders: "Walang order.", none: "Wala.", rated: "nag-rate ng {n}/5",
      order_line: " · {status} · {time}",
      order_pending: "nakabinbin", order_paid: "bayad na", order_shipped: "naipadala na", order_delivered: "naihatid na", order_cancelled: "kinansela",
      order_returned: "ibinalik",
      ship_label_created: "nagawa na ang label", ship_in_transit: "nasa biyahe", ship_customs: "nasa customs", ship_out_for_delivery: "inihahatid na",
      ship_delivered: "naihatid na", ship_exception: "may problema",
      profile_title: "Profile", profile_none: "Wala pang natatandaan.", profile_anonymous: "Anonymous na bisita: walang itinatala.",
      profile_add: "Idagdag", profile_holds: "Totoo", profile_denies: "Hindi totoo", profile_forget: "Kalimutan", profile_not: "hindi {value}",
      profile_kind: "Uri", profile_value: "Halaga", profile_value_ph: "hal. dry",
      pkind_skin_type: "Uri ng balat", pkind_concern: "Mga alalahanin sa balat", pkind_finish: "Finish", pkind_style: "Estilo", pkind_budget: "Budget",
      pkind_category: "Binibili", pkind_avoid: "Iniiwasan",
      pval_oily: "oily", pval_dry: "dry", pval_combination: "combination", pval_normal: "normal", pval_sensitive: "sensitive",
      pval_low: "mura", pval_mid: "katamtaman", pval_high: "premium", pval_matte: "matte", pval_dewy: "dewy", pval_acne: "tigyawat",
      pval_pores: "pores", pval_blackheads: "blackheads", pval_dullness: "pagkapurol ng balat", pval_wrinkles: "kulubot",
      pval_pigmentation: "dark spots", pval_redness: "pamumula", pval_dehydration: "panunuyo ng balat",
      psrc_chat: "sinabi sa chat", psrc_customer: "sariling sabi ng customer", psrc_agent: "agent", psrc_order: "binili", psrc_event: "pag-browse",
      plevel_settled: "tiyak", plevel_strong: "malakas", plevel_likely: "malamang", plevel_weak: "mahina",
      emotion_line: "Emosyon: {emotion} ({intensity})", emotion_intent: "Emosyon: {emotion} ({intensity}) · pakay {intent}",
      no_article: "Walang tugmang artikulo.", no_draft: "Walang draft.", draft_use: "Gamitin ({language})",
      draft_src_article: "Artikulo sa knowledge base", draft_src_promotion: "Promo",
      sent_untranslated: "Naipadala nang hindi isinalin: {notice}", sent_untranslated_plain: "Naipadala nang walang pagbabago: walang serbisyo ng pagsasalin para sa pares na ito.",
      ckind_coupon: "Coupon", ckind_refund_line: "Refund (item)", ckind_refund_order: "Refund (order)",
      comp_none: "Wala pang naibibigay.", comp_no_orders: "Walang order, kaya walang dapat i-compensate.",
      comp_by_rule: "ayon sa patakarang {rule} (bersyon {version})", comp_by: "ni {name}", comp_order: "order {number}",
      comp_revoked: "binawi", comp_granted: "naibigay", comp_code: "coupon code", comp_reason: "Dahilan: {reason}",
      comp_revoked_by: "Binawi ni {name} · {time}", comp_revoked_by_why: "Binawi ni {name} · {time}: {reason}",
      revoke: "Bawiin", revoke_ph: "Bakit ito binabawi?", revoke_aria: "Dahilan ng pagbawi",
      revoke_q: "Bawiin ang {kind} na ito? Hindi ito sasabihin sa customer; ikaw na ang magsabi kung kailangan.", revoke_need_reason: "Maglagay ng dahilan.",
      grant_order_option: "{number} · {total} · {status}", grant_order_refunded: "{number} · {total} · {status} · na-refund ang {refunded}",
      grant_line_option: "{name} ({sku}) · {value}", grant_line_refunded: "{name} ({sku}) · {value} · na-refund ang {refunded}",
      grant_hint_coupon: "Hanggang sa kabuuan ng order, {total}. Valid nang 30 araw, walang minimum na gastos; matatanggap ito ng customer sa chat.",
      grant_hint_line: "Kung blangko: ang buong item. Hindi padadalhan ng mensahe ang customer; ikaw na ang magsabi.",
      grant_hint_order: "Kung blangko: ang natitira sa {left}. Hindi padadalhan ng mensahe ang customer; ikaw na ang magsabi.",
      grant_amount_bad: "Maglagay ng halagang tulad ng 5 o 4.50.",
      err_http: "Sumagot ang server ng {status}.", err_network: "Hindi maabot ang server; tingnan ang koneksyon.",
      err_unauthorized: "Mali ang tindahan, email o password, o nag-expire na ang session.", err_forbidden: "Hindi mo ito puwedeng gawin.",
      err_conflict: "Nagbago ang usapan (baka may ibang kumuha o nagsara nito); i-reload at subukan ulit.", err_not_found: "Hindi nahanap.",
      err_invalid: "May hindi wasto; tingnan ito at subukan ulit.", err_too_large: "Masyadong mahaba ang teksto.",
      err_rate_limited: "Masyadong maraming request; maghintay sandali.",
      err_internal: "Nagka-error ang server; subukan ulit mamaya.", err_unavailable: "Hindi available ang serbisyo ngayon; subukan ulit mamaya."
    },
    it: {
      title: "kefu · console operatori", login_title: "Console operatori kefu",
      login_shop: "Negozio", login_email: "E-mail", login_password: "Password", login_submit: "Accedi", login_shop_ph: "ad es. globalmart",
      login_demo: "Demo: negozio {shop}, {ana} (inglese, spagnolo) o {li}; negozio {shop2}, {mei} (cinese); password {password}.",
      login_wait: "Troppi tentativi non riusciti. Per la sicurezza dell'account, attendi {wait} prima di riprovare.",
      login_again: "Ora puoi riprovare.",
      wait_seconds: "{n} s", wait_minutes: "{n} min", wait_hours: "{h} h {m} min",
      to_admin: "Gestione negozio", logout: "Esci", presence: "Stato",
      presence_online: "online", presence_away: "assente", presence_offline: "offline", live: "aggiornamenti in tempo reale",
      queue: "Coda", queue_empty: "Nessuno è in attesa.", mine: "Le mie conversazioni", mine_empty: "Non hai conversazioni in carico.",
      risk: "Consegne a rischio", risk_hint: "consegne che il modello di rischio prevede in ritardo", risk_empty: "Nessuna consegna è a rischio.",
      conv_empty: "Scegli una conversazione dalla coda.",
      take: "Prendi in carico", release: "Restituisci al bot", transfer_to: "Trasferisci a", transfer: "Trasferisci", close: "Chiudi e chiedi una valutazione",
      canned: "Risposta predefinita", canned_insert: "Inserisci", writing_in: "Scrivi in", writing_in_hint: "la lingua in cui scrivi questa risposta",
      reply_ph: "Scrivi nella tua lingua; il cliente riceve una traduzione.", send: "Invia",
      notes: "Note interne", notes_private: "(mai inviate al cliente)", note_ph: "Nota per i colleghi", note_add: "Aggiungi nota",
      customer: "Cliente", orders: "Ordini", earlier: "Conversazioni precedenti",
      comp: "Indennizzi", comp_hint: "Ciò che è stato concesso a questo cliente, da una regola o da un operatore, dal più recente.",
      comp_hold: "Prendi in carico la conversazione per concedere un indennizzo.",
      grant: "Concedi", grant_order: "Ordine", grant_what: "Cosa", grant_line: "Riga", grant_amount: "Importo",
      grant_reason: "Motivo", grant_reason_note: "(obbligatorio; lo leggono colleghi e revisori)",
      grant_amount_ph: "ad es. 5 o 4,50", grant_reason_ph: "ad es. consegnato con due ore di ritardo, salmone caldo",
      grant_kind_coupon: "Coupon per un prossimo ordine", grant_kind_refund_line: "Rimborso di una riga", grant_kind_refund_order: "Rimborso dell'ordine",
      assist: "Assistenza", articles: "Articoli", drafts: "Bozze",
      risk_storm: "previsto temporale", risk_heavy_rain: "previste forti piogge", risk_rain: "prevista pioggia", risk_heat: "caldo",
      risk_fragile: "merce fragile", risk_frozen: "surgelati", risk_chilled: "prodotti refrigerati", risk_long_route: "percorso lungo",
      risk_evening_slot: "fascia serale", risk_tight_promise: "finestra di consegna stretta",
      rstatus_pending: "non ancora scritto", rstatus_sending: "in scrittura", rstatus_sent: "cliente avvisato",
      rstatus_opted_out: "il cliente ha rifiutato", rstatus_failed: "impossibile scrivere", rstatus_off: "messaggi proattivi disattivati",
      rkind_delay_warning: "avviso di ritardo", rkind_unboxing_guide: "guida al disimballaggio",
      risk_forecast: "Previsioni: {weather}", risk_customer: "cliente", risk_score: "probabilità di arrivare in ritardo",
      risk_item: "{order} · {customer}", risk_status: "{kind}: {status}",
      slot_today: "oggi {time}", slot_tomorrow: "domani {time}",
      visitor: "Visitatore {id}", prio: "P{n}", prio_hint: "priorità effettiva (priorità + 1 ogni 5 min di attesa)", queued: "in coda", vip: "VIP",
      cust_language: "la lingua del cliente",
      delivery_as_written: "Il cliente legge in {language}: inviato così com'è.",
      delivery_translated: "Tradotto automaticamente in {language} prima dell'invio.",
      delivery_none: "Nessun servizio di traduzione copre {from} → {to}: il cliente riceve il tuo testo così com'è. Scegli {to} o una risposta predefinita in quella lingua.",
      status_bot: "bot", status_queued: "in coda", status_agent: "con un operatore", status_closed: "chiusa",
      unknown_language: "lingua sconosciuta",
      conv_reason: "motivo: {reason}, priorità {n}",
      author_customer: "cliente", author_bot: "bot", author_system: "sistema", author_agent: "operatore",
      msg_meta: "{who} · {time}", msg_meta_lang: "{who} · {time} · {language}",
      mt: "Traduzione automatica → {language}", mt_by: "Traduzione automatica → {language} ({provider})",
      not_translated: "Non tradotto: {notice}", not_translated_lang: "Non tradotto (lingua: {language}): nessun servizio di traduzione la copre.",
      you_wrote: "Hai scritto ({language}); il cliente ha ricevuto la traduzione automatica qui sopra ({provider})",
      coupon_card: "Coupon concesso: {amount} · codice {code}", recommended: "Consigliati", trace_open: "Apri il report della catena del freddo",
      tr_intent: "intento {v}", tr_confidence: "affidabilità {v}", tr_action: "azione {v}", tr_reason: "motivo {v}",
      tr_skill: "skill {v}", tr_outcome: "esito {v}", tr_emotion: "emozione {v}",
      llm_kept: "risposta mantenuta", llm_in: "in {n} ms", llm_written: "scritta dal LLM {model}", llm_written_in: "scritta dal LLM {model} ({how})",
      llm_unused: "LLM {model} non usato ({why})",
      llm_v_refused: "rifiutato", llm_v_invalid: "risposta non valida", llm_v_timeout: "tempo scaduto", llm_v_error: "errore",
      relabel_open: "Intento sbagliato? Correggi", flag_open: "Correggi questa risposta",
      fix_answer_flagged: "Segnala come errata", fix_answer_fixed: "Proponi una risposta migliore",
      fix_article_wrong: "L'articolo è sbagliato", fix_article_outdated: "L'articolo non è aggiornato",
      done_answer_flagged: "Segnalata per la revisione.", done_answer_fixed: "Risposta migliore inviata per la revisione.",
      done_article_wrong: "Articolo segnalato come sbagliato.", done_article_outdated: "Articolo segnalato come non aggiornato.",
      relabel_aria: "Cosa intendeva il cliente", relabel_pick: "Cosa intendeva il cliente?",
      intents_failed: "Intenti non caricati: {error}",
      mood_aria: "L'umore del cliente", mood_detected: "Umore: come rilevato",
      mood_neutral: "Neutrale", mood_anger: "Arrabbiato", mood_anxiety: "Preoccupato", mood_satisfaction: "Soddisfatto", mood_sadness: "Triste",
      ents_aria: "Cosa nomina: tipo=valore, separati da punto e virgola", ents_ph: "Cosa nomina, ad es. order_number=10023; country=IT",
      ents_bad: "Scrivi cosa nomina come tipo=valore, separati da punto e virgola (order_number=10023; country=IT).",
      wrong_aria: "Cosa non va", answer_ph: "La risposta che il cliente avrebbe dovuto ricevere", answer_aria: "Risposta migliore",
      note_optional: "Nota (facoltativa)", why_optional: "Perché? (facoltativo)", note_aria: "Nota",
      send_correction: "Invia correzione", cancel: "Annulla",
      relabelled: "Riclassificato come «{label}»; in attesa di revisione.", not_sent: "Non inviato: {error}",
      photo_bad: "Una foto che non può essere mostrata.", photo_alt: "Foto del cliente", photo_alt_text: "Foto del cliente: {text}",
      photo_open: "Apri a grandezza intera", photo_caption: "Foto · {w}×{h}", photo_caption_size: "Foto · {w}×{h} · {kb} KB",
      note_meta: "Nota interna · {agent} · {time}",
      agent_option: "{name} · {presence} · {load}/{max}", agent_option_langs: "{name} · {presence} · {load}/{max} · {languages}",
      anonymous: "Visitatore anonimo", no_orders: "Nessun ordine.", none: "Nessuna.", rated: "valutazione {n}/5",
      order_line: " · {status} · {time}",
      order_pending: "in attesa", order_paid: "pagato", order_shipped: "spedito", order_delivered: "consegnato", order_cancelled: "annullato",
      order_returned: "reso",
      ship_label_created: "etichetta creata", ship_in_transit: "in transito", ship_customs: "in dogana", ship_out_for_delivery: "in consegna",
      ship_delivered: "consegnato", ship_exception: "problema",
      profile_title: "Profilo", profile_none: "Ancora niente in memoria.", profile_anonymous: "Visitatore anonimo: non si ricorda nulla.",
      profile_add: "Aggiungi", profile_holds: "Vale", profile_denies: "Non vale", profile_forget: "Dimentica", profile_not: "non {value}",
      profile_kind: "Tipo", profile_value: "Valore", profile_value_ph: "ad es. secca",
      pkind_skin_type: "Tipo di pelle", pkind_concern: "Problematiche", pkind_finish: "Finish", pkind_style: "Stile", pkind_budget: "Budget",
      pkind_category: "Acquista", pkind_avoid: "Evita",
      pval_oily: "grassa", pval_dry: "secca", pval_combination: "mista", pval_normal: "normale", pval_sensitive: "sensibile",
      pval_low: "basso", pval_mid: "medio", pval_high: "premium", pval_matte: "opaco", pval_dewy: "luminoso", pval_acne: "acne",
      pval_pores: "pori", pval_blackheads: "punti neri", pval_dullness: "colorito spento", pval_wrinkles: "rughe",
      pval_pigmentation: "macchie scure", pval_redness: "rossori", pval_dehydration: "disidratazione",
      psrc_chat: "detto in chat", psrc_customer: "indicato dal cliente", psrc_agent: "operatore", psrc_order: "acquistato", psrc_event: "navigazione",
      plevel_settled: "confermato", plevel_strong: "forte", plevel_likely: "probabile", plevel_weak: "debole",
      emotion_line: "Emozione: {emotion} ({intensity})", emotion_intent: "Emozione: {emotion} ({intensity}) · intento {intent}",
      no_article: "Nessun articolo corrispondente.", no_draft: "Nessuna bozza.", draft_use: "Usa ({language})",
      draft_src_article: "Articolo della base di conoscenza", draft_src_promotion: "Promozione",
      sent_untranslated: "Inviato senza traduzione: {notice}", sent_untranslated_plain: "Inviato così com'è: nessun servizio di traduzione copre questa coppia.",
      ckind_coupon: "Coupon", ckind_refund_line: "Rimborso (riga)", ckind_refund_order: "Rimborso (ordine)",
      comp_none: "Ancora niente concesso.", comp_no_orders: "Nessun ordine, quindi niente da indennizzare.",
      comp_by_rule: "dalla regola {rule} (versione {version})", comp_by: "da {name}", comp_order: "ordine {number}",
      comp_revoked: "revocato", comp_granted: "concesso", comp_code: "codice coupon", comp_reason: "Motivo: {reason}",
      comp_revoked_by: "Revocato da {name} · {time}", comp_revoked_by_why: "Revocato da {name} · {time}: {reason}",
      revoke: "Revoca", revoke_ph: "Perché viene revocato?", revoke_aria: "Motivo della revoca",
      revoke_q: "Revocare questo {kind}? Il cliente non viene avvisato; informalo tu se necessario.", revoke_need_reason: "Indica un motivo.",
      grant_order_option: "{number} · {total} · {status}", grant_order_refunded: "{number} · {total} · {status} · rimborsato {refunded}",
      grant_line_option: "{name} ({sku}) · {value}", grant_line_refunded: "{name} ({sku}) · {value} · rimborsato {refunded}",
      grant_hint_coupon: "Al massimo il totale dell'ordine, {total}. Valido 30 giorni, senza spesa minima; il cliente lo riceve in chat.",
      grant_hint_line: "Vuoto: l'intera riga. Il cliente non riceve messaggi; informalo tu.",
      grant_hint_order: "Vuoto: quanto resta di {left}. Il cliente non riceve messaggi; informalo tu.",
      grant_amount_bad: "Inserisci un importo come 5 o 4,50.",
      err_http: "Il server ha risposto {status}.", err_network: "Il server non è raggiungibile; controlla la connessione.",
      err_unauthorized: "Negozio, e-mail o password errati, oppure la sessione è scaduta.", err_forbidden: "Non hai i permessi per farlo.",
      err_conflict: "La conversazione è cambiata (forse qualcun altro l'ha presa in carico o chiusa); ricarica e riprova.", err_not_found: "Non trovato.",
      err_invalid: "Un dato non è valido; controllalo e riprova.", err_too_large: "Il testo è troppo lungo.",
      err_rate_limited: "Troppe richieste; attendi un momento.",
      err_internal: "Errore del server; riprova più tardi.", err_unavailable: "Il servizio non è disponibile ora; riprova più tardi."
    },
    nl: {
      title: "kefu · medewerkersconsole", login_title: "kefu-medewerkersconsole",
      login_shop: "Winkel", login_email: "E-mail", login_password: "Wachtwoord", login_submit: "Inloggen", login_shop_ph: "bijv. globalmart",
      login_demo: "Demo: winkel {shop}, {ana} (Engels, Spaans) of {li}; winkel {shop2}, {mei} (Chinees); wachtwoord {password}.",
      login_wait: "Te veel mislukte pogingen. Wacht voor de veiligheid van het account {wait} voordat u het opnieuw probeert.",
      login_again: "U kunt het nu opnieuw proberen.",
      wait_seconds: "{n} s", wait_minutes: "{n} min", wait_hours: "{h} u {m} min",
      to_admin: "Winkelbeheer", logout: "Uitloggen", presence: "Status",
      presence_online: "online", presence_away: "afwezig", presence_offline: "offline", live: "live-updates",
      queue: "Wachtrij", queue_empty: "Er wacht niemand.", mine: "Mijn gesprekken", mine_empty: "U hebt geen gesprekken.",
      risk: "Leveringen met risico", risk_hint: "leveringen die volgens het risicomodel te laat komen", risk_empty: "Geen enkele levering loopt risico.",
      conv_empty: "Kies een gesprek uit de wachtrij.",
      take: "Overnemen", release: "Teruggeven aan bot", transfer_to: "Doorsturen naar", transfer: "Doorsturen", close: "Sluiten en om beoordeling vragen",
      canned: "Standaardantwoord", canned_insert: "Invoegen", writing_in: "Schrijftaal", writing_in_hint: "de taal waarin u dit antwoord schrijft",
      reply_ph: "Schrijf in uw eigen taal; de klant krijgt een vertaling.", send: "Versturen",
      notes: "Interne notities", notes_private: "(nooit naar de klant verstuurd)", note_ph: "Notitie voor collega's", note_add: "Notitie toevoegen",
      customer: "Klant", orders: "Bestellingen", earlier: "Eerdere gesprekken",
      comp: "Compensaties", comp_hint: "Wat deze klant kreeg, via een regel of van een medewerker, nieuwste eerst.",
      comp_hold: "Neem het gesprek over om een compensatie toe te kennen.",
      grant: "Toekennen", grant_order: "Bestelling", grant_what: "Wat", grant_line: "Orderregel", grant_amount: "Bedrag",
      grant_reason: "Reden", grant_reason_note: "(verplicht; collega's en controleurs lezen dit)",
      grant_amount_ph: "bijv. 5 of 4,50", grant_reason_ph: "bijv. twee uur te laat bezorgd, zalm warm",
      grant_kind_coupon: "Kortingsbon voor een volgende bestelling", grant_kind_refund_line: "Terugbetaling van één orderregel", grant_kind_refund_order: "Terugbetaling van de bestelling",
      assist: "Hulp", articles: "Artikelen", drafts: "Concepten",
      risk_storm: "storm verwacht", risk_heavy_rain: "zware regen verwacht", risk_rain: "regen verwacht", risk_heat: "hitte",
      risk_fragile: "breekbare goederen", risk_frozen: "diepvriesproducten", risk_chilled: "gekoelde producten", risk_long_route: "lange route",
      risk_evening_slot: "avondlevering", risk_tight_promise: "krap levervenster",
      rstatus_pending: "nog niet geschreven", rstatus_sending: "wordt geschreven", rstatus_sent: "klant geïnformeerd",
      rstatus_opted_out: "klant heeft zich afgemeld", rstatus_failed: "kon niet schrijven", rstatus_off: "proactieve berichten uit",
      rkind_delay_warning: "vertragingsmelding", rkind_unboxing_guide: "uitpakinstructies",
      risk_forecast: "Verwachting: {weather}", risk_customer: "klant", risk_score: "kans op te late levering",
      risk_item: "{order} · {customer}", risk_status: "{kind}: {status}",
      slot_today: "vandaag {time}", slot_tomorrow: "morgen {time}",
      visitor: "Bezoeker {id}", prio: "P{n}", prio_hint: "effectieve prioriteit (prioriteit + 1 per 5 min wachten)", queued: "in wachtrij", vip: "VIP",
      cust_language: "de taal van de klant",
      delivery_as_written: "De klant leest {language}: verstuurd zoals geschreven.",
      delivery_translated: "Wordt vóór verzending automatisch vertaald naar het {language}.",
      delivery_none: "Geen vertaaldienst ondersteunt {from} → {to}: de klant krijgt uw tekst zoals geschreven. Kies {to} of een standaardantwoord in die taal.",
      status_bot: "bot", status_queued: "in wachtrij", status_agent: "bij een medewerker", status_closed: "gesloten",
      unknown_language: "taal onbekend",
      conv_reason: "reden: {reason}, prioriteit {n}",
      author_customer: "klant", author_bot: "bot", author_system: "systeem", author_agent: "medewerker",
      msg_meta: "{who} · {time}", msg_meta_lang: "{who} · {time} · {language}",
      mt: "Automatische vertaling → {language}", mt_by: "Automatische vertaling → {language} ({provider})",
      not_translated: "Niet vertaald: {notice}", not_translated_lang: "Niet vertaald uit het {language}: geen vertaaldienst ondersteunt deze taal.",
      you_wrote: "U schreef ({language}); de klant kreeg de automatische vertaling hierboven ({provider})",
      coupon_card: "Kortingsbon toegekend: {amount} · code {code}", recommended: "Aanbevolen", trace_open: "Koelketenrapport openen",
      tr_intent: "intentie {v}", tr_confidence: "zekerheid {v}", tr_action: "actie {v}", tr_reason: "reden {v}",
      tr_skill: "skill {v}", tr_outcome: "uitkomst {v}", tr_emotion: "emotie {v}",
      llm_kept: "antwoord behouden", llm_in: "in {n} ms", llm_written: "geschreven door LLM {model}", llm_written_in: "geschreven door LLM {model} ({how})",
      llm_unused: "LLM {model} niet gebruikt ({why})",
      llm_v_refused: "geweigerd", llm_v_invalid: "ongeldig antwoord", llm_v_timeout: "time-out", llm_v_error: "fout",
      relabel_open: "Verkeerde intentie? Corrigeren", flag_open: "Dit antwoord corrigeren",
      fix_answer_flagged: "Als fout markeren", fix_answer_fixed: "Beter antwoord geven",
      fix_article_wrong: "Het artikel klopt niet", fix_article_outdated: "Het artikel is verouderd",
      done_answer_flagged: "Gemarkeerd voor controle.", done_answer_fixed: "Beter antwoord ter controle verstuurd.",
      done_article_wrong: "Artikel gemeld als onjuist.", done_article_outdated: "Artikel gemeld als verouderd.",
      relabel_aria: "Wat de klant bedoelde", relabel_pick: "Wat bedoelde de klant?",
      intents_failed: "Intenties niet geladen: {error}",
      mood_aria: "De stemming van de klant", mood_detected: "Stemming: zoals herkend",
      mood_neutral: "Neutraal", mood_anger: "Boos", mood_anxiety: "Bezorgd", mood_satisfaction: "Tevreden", mood_sadness: "Verdrietig",
      ents_aria: "Wat het noemt: type=waarde, gescheiden door puntkomma's", ents_ph: "Wat het noemt, bijv. order_number=10023; country=IT",
      ents_bad: "Schrijf wat het noemt als type=waarde, gescheiden door puntkomma's (order_number=10023; country=IT).",
      wrong_aria: "Wat er mis is", answer_ph: "Het antwoord dat de klant had moeten krijgen", answer_aria: "Beter antwoord",
      note_optional: "Notitie (optioneel)", why_optional: "Waarom? (optioneel)", note_aria: "Notitie",
      send_correction: "Correctie versturen", cancel: "Annuleren",
      relabelled: "Gecorrigeerd naar ‘{label}’; wacht op controle.", not_sent: "Niet verstuurd: {error}",
      photo_bad: "Een foto die niet kan worden getoond.", photo_alt: "Foto van de klant", photo_alt_text: "Foto van de klant: {text}",
      photo_open: "Op volle grootte openen", photo_caption: "Foto · {w}×{h}", photo_caption_size: "Foto · {w}×{h} · {kb} KB",
      note_meta: "Interne notitie · {agent} · {time}",
      agent_option: "{name} · {presence} · {load}/{max}", agent_option_langs: "{name} · {presence} · {load}/{max} · {languages}",
      anonymous: "Anonieme bezoeker", no_orders: "Geen bestellingen.", none: "Geen.", rated: "beoordeeld met {n}/5",
      order_line: " · {status} · {time}",
      order_pending: "in behandeling", order_paid: "betaald", order_shipped: "verzonden", order_delivered: "bezorgd", order_cancelled: "geannuleerd",
      order_returned: "geretourneerd",
      ship_label_created: "label aangemaakt", ship_in_transit: "onderweg", ship_customs: "bij de douane", ship_out_for_delivery: "wordt bezorgd",
      ship_delivered: "bezorgd", ship_exception: "probleem",
      profile_title: "Profiel", profile_none: "Nog niets onthouden.", profile_anonymous: "Anonieme bezoeker: er wordt niets onthouden.",
      profile_add: "Toevoegen", profile_holds: "Klopt", profile_denies: "Klopt niet", profile_forget: "Vergeten", profile_not: "niet {value}",
      profile_kind: "Soort", profile_value: "Waarde", profile_value_ph: "bijv. droog",
      pkind_skin_type: "Huidtype", pkind_concern: "Aandachtspunten", pkind_finish: "Finish", pkind_style: "Stijl", pkind_budget: "Budget",
      pkind_category: "Koopt", pkind_avoid: "Vermijdt",
      pval_oily: "vet", pval_dry: "droog", pval_combination: "gemengd", pval_normal: "normaal", pval_sensitive: "gevoelig",
      pval_low: "laag", pval_mid: "middensegment", pval_high: "premium", pval_matte: "mat", pval_dewy: "stralend", pval_acne: "acne",
      pval_pores: "poriën", pval_blackheads: "mee-eters", pval_dullness: "doffe huid", pval_wrinkles: "rimpels",
      pval_pigmentation: "pigmentvlekken", pval_redness: "roodheid", pval_dehydration: "vochttekort",
      psrc_chat: "gezegd in chat", psrc_customer: "door klant zelf opgegeven", psrc_agent: "medewerker", psrc_order: "gekocht", psrc_event: "surfgedrag",
      plevel_settled: "vastgesteld", plevel_strong: "sterk", plevel_likely: "waarschijnlijk", plevel_weak: "zwak",
      emotion_line: "Emotie: {emotion} ({intensity})", emotion_intent: "Emotie: {emotion} ({intensity}) · intentie {intent}",
      no_article: "Geen passend artikel.", no_draft: "Geen concept.", draft_use: "Gebruiken ({language})",
      draft_src_article: "Kennisbankartikel", draft_src_promotion: "Actie",
      sent_untranslated: "Onvertaald verstuurd: {notice}", sent_untranslated_plain: "Verstuurd zoals geschreven: geen vertaaldienst ondersteunt deze combinatie.",
      ckind_coupon: "Kortingsbon", ckind_refund_line: "Terugbetaling (orderregel)", ckind_refund_order: "Terugbetaling (bestelling)",
      comp_none: "Nog niets toegekend.", comp_no_orders: "Geen bestellingen, dus niets te compenseren.",
      comp_by_rule: "via regel {rule} (versie {version})", comp_by: "door {name}", comp_order: "bestelling {number}",
      comp_revoked: "ingetrokken", comp_granted: "toegekend", comp_code: "kortingscode", comp_reason: "Reden: {reason}",
      comp_revoked_by: "Ingetrokken door {name} · {time}", comp_revoked_by_why: "Ingetrokken door {name} · {time}: {reason}",
      revoke: "Intrekken", revoke_ph: "Waarom wordt dit ingetrokken?", revoke_aria: "Reden voor intrekken",
      revoke_q: "Deze {kind} intrekken? De klant krijgt geen bericht; informeer hem zelf als dat nodig is.", revoke_need_reason: "Geef een reden op.",
      grant_order_option: "{number} · {total} · {status}", grant_order_refunded: "{number} · {total} · {status} · terugbetaald {refunded}",
      grant_line_option: "{name} ({sku}) · {value}", grant_line_refunded: "{name} ({sku}) · {value} · terugbetaald {refunded}",
      grant_hint_coupon: "Hoogstens het totaal van de bestelling, {total}. 30 dagen geldig, geen minimumbedrag; de klant krijgt hem in de chat.",
      grant_hint_line: "Leeg: de hele orderregel. De klant krijgt geen bericht; informeer hem zelf.",
      grant_hint_order: "Leeg: wat er over is van {left}. De klant krijgt geen bericht; informeer hem zelf.",
      grant_amount_bad: "Voer een bedrag in zoals 5 of 4,50.",
      err_http: "De server antwoordde {status}.", err_network: "De server is niet bereikbaar; controleer de verbinding.",
      err_unauthorized: "Verkeerde winkel, e-mail of wachtwoord, of de sessie is verlopen.", err_forbidden: "Dit mag u niet doen.",
      err_conflict: "Het gesprek is gewijzigd (misschien heeft iemand anders het overgenomen of gesloten); laad opnieuw en probeer het nog eens.", err_not_found: "Niet gevonden.",
      err_invalid: "Er is iets ongeldig; controleer het en probeer het opnieuw.", err_too_large: "De tekst is te lang.",
      err_rate_limited: "Te veel verzoeken; wacht even.",
      err_internal: "Serverfout; probeer het later opnieuw.", err_unavailable: "De dienst is nu niet beschikbaar; probeer het later opnieuw."
    },
    pl: {
      title: "kefu · konsola konsultanta", login_title: "Konsola konsultanta kefu",
      login_shop: "Sklep", login_email: "E-mail", login_password: "Hasło", login_submit: "Zaloguj się", login_shop_ph: "np. globalmart",
      login_demo: "Demo: sklep {shop}, {ana} (angielski, hiszpański) lub {li}; sklep {shop2}, {mei} (chiński); hasło {password}.",
      login_wait: "Zbyt wiele nieudanych prób. Ze względu na bezpieczeństwo konta odczekaj {wait}, zanim spróbujesz ponownie.",
      login_again: "Możesz spróbować ponownie.",
      wait_seconds: "{n} s", wait_minutes: "{n} min", wait_hours: "{h} godz. {m} min",
      to_admin: "Zarządzanie sklepem", logout: "Wyloguj się", presence: "Dostępność",
      presence_online: "dostępny", presence_away: "zaraz wracam", presence_offline: "niedostępny", live: "aktualizacje na żywo",
      queue: "Kolejka", queue_empty: "Nikt nie czeka.", mine: "Moje rozmowy", mine_empty: "Nie prowadzisz żadnej rozmowy.",
      risk: "Zagrożone dostawy", risk_hint: "dostawy, które według modelu ryzyka mogą się spóźnić", risk_empty: "Żadna dostawa nie jest zagrożona.",
      conv_empty: "Wybierz rozmowę z kolejki.",
      take: "Przejmij", release: "Oddaj botowi", transfer_to: "Przekaż do", transfer: "Przekaż", close: "Zamknij i poproś o ocenę",
      canned: "Gotowa odpowiedź", canned_insert: "Wstaw", writing_in: "Język pisania", writing_in_hint: "język, w którym piszesz tę odpowiedź",
      reply_ph: "Pisz w swoim języku; klient otrzyma tłumaczenie.", send: "Wyślij",
      notes: "Notatki wewnętrzne", notes_private: "(nigdy nie trafiają do klienta)", note_ph: "Notatka dla współpracowników", note_add: "Dodaj notatkę",
      customer: "Klient", orders: "Zamówienia", earlier: "Wcześniejsze rozmowy",
      comp: "Rekompensaty", comp_hint: "Co przyznano temu klientowi, na podstawie reguły lub przez konsultanta, od najnowszych.",
      comp_hold: "Przejmij rozmowę, aby przyznać rekompensatę.",
      grant: "Przyznaj", grant_order: "Zamówienie", grant_what: "Co", grant_line: "Pozycja", grant_amount: "Kwota",
      grant_reason: "Powód", grant_reason_note: "(wymagany; czytają go współpracownicy i audytorzy)",
      grant_amount_ph: "np. 5 lub 4,50", grant_reason_ph: "np. dostawa spóźniona o dwie godziny, ciepły łosoś",
      grant_kind_coupon: "Kupon na kolejne zamówienie", grant_kind_refund_line: "Zwrot za jedną pozycję", grant_kind_refund_order: "Zwrot za zamówienie",
      assist: "Wsparcie", articles: "Artykuły", drafts: "Szkice",
      risk_storm: "prognozowana burza", risk_heavy_rain: "prognozowane ulewy", risk_rain: "prognozowany deszcz", risk_heat: "upał",
      risk_fragile: "towar delikatny", risk_frozen: "towar mrożony", risk_chilled: "towar chłodzony", risk_long_route: "długa trasa",
      risk_evening_slot: "dostawa wieczorna", risk_tight_promise: "wąskie okno dostawy",
      rstatus_pending: "jeszcze nie napisano", rstatus_sending: "w trakcie pisania", rstatus_sent: "klient poinformowany",
      rstatus_opted_out: "klient zrezygnował", rstatus_failed: "nie udało się napisać", rstatus_off: "wiadomości proaktywne wyłączone",
      rkind_delay_warning: "ostrzeżenie o opóźnieniu", rkind_unboxing_guide: "instrukcja rozpakowania",
      risk_forecast: "Prognoza: {weather}", risk_customer: "klient", risk_score: "prawdopodobieństwo spóźnienia",
      risk_item: "{order} · {customer}", risk_status: "{kind}: {status}",
      slot_today: "dziś {time}", slot_tomorrow: "jutro {time}",
      visitor: "Odwiedzający {id}", prio: "P{n}", prio_hint: "priorytet efektywny (priorytet + 1 za każde 5 min oczekiwania)", queued: "w kolejce", vip: "VIP",
      cust_language: "język klienta",
      delivery_as_written: "Klient czyta w języku: {language}, więc tekst zostanie wysłany bez zmian.",
      delivery_translated: "Przed wysłaniem zostanie przetłumaczone maszynowo na język: {language}.",
      delivery_none: "Żaden dostawca tłumaczeń nie obsługuje pary {from} → {to}: klient otrzyma tekst w oryginale. Wybierz {to} lub gotową odpowiedź w tym języku.",
      status_bot: "bot", status_queued: "w kolejce", status_agent: "u konsultanta", status_closed: "zamknięta",
      unknown_language: "nieznany język",
      conv_reason: "powód: {reason}, priorytet {n}",
      author_customer: "klient", author_bot: "bot", author_system: "system", author_agent: "konsultant",
      msg_meta: "{who} · {time}", msg_meta_lang: "{who} · {time} · {language}",
      mt: "Tłumaczenie maszynowe → {language}", mt_by: "Tłumaczenie maszynowe → {language} ({provider})",
      not_translated: "Nie przetłumaczono: {notice}", not_translated_lang: "Nie przetłumaczono (język: {language}): żaden dostawca tłumaczeń go nie obsługuje.",
      you_wrote: "Twój tekst ({language}); klient otrzymał tłumaczenie maszynowe powyżej ({provider})",
      coupon_card: "Przyznano kupon: {amount} · kod {code}", recommended: "Polecane", trace_open: "Otwórz raport łańcucha chłodniczego",
      tr_intent: "intencja {v}", tr_confidence: "pewność {v}", tr_action: "działanie {v}", tr_reason: "powód {v}",
      tr_skill: "umiejętność {v}", tr_outcome: "wynik {v}", tr_emotion: "emocja {v}",
      llm_kept: "odpowiedź zachowana", llm_in: "w {n} ms", llm_written: "napisane przez LLM {model}", llm_written_in: "napisane przez LLM {model} ({how})",
      llm_unused: "LLM {model} nie został użyty ({why})",
      llm_v_refused: "odmowa", llm_v_invalid: "nieprawidłowa odpowiedź", llm_v_timeout: "przekroczono czas", llm_v_error: "błąd",
      relabel_open: "Zła intencja? Popraw", flag_open: "Popraw tę odpowiedź",
      fix_answer_flagged: "Oznacz jako błędną", fix_answer_fixed: "Podaj lepszą odpowiedź",
      fix_article_wrong: "Artykuł jest błędny", fix_article_outdated: "Artykuł jest nieaktualny",
      done_answer_flagged: "Oznaczono do przeglądu.", done_answer_fixed: "Lepszą odpowiedź wysłano do przeglądu.",
      done_article_wrong: "Zgłoszono artykuł jako błędny.", done_article_outdated: "Zgłoszono artykuł jako nieaktualny.",
      relabel_aria: "Co klient miał na myśli", relabel_pick: "Co klient miał na myśli?",
      intents_failed: "Nie wczytano intencji: {error}",
      mood_aria: "Nastrój klienta", mood_detected: "Nastrój: jak wykryto",
      mood_neutral: "Neutralny", mood_anger: "Zły", mood_anxiety: "Zaniepokojony", mood_satisfaction: "Zadowolony", mood_sadness: "Smutny",
      ents_aria: "Co wymienia: typ=wartość, oddzielone średnikami", ents_ph: "Co wymienia, np. order_number=10023; country=IT",
      ents_bad: "Zapisz, co wymienia, jako typ=wartość, oddzielone średnikami (order_number=10023; country=IT).",
      wrong_aria: "Co jest nie tak", answer_ph: "Odpowiedź, którą klient powinien był otrzymać", answer_aria: "Lepsza odpowiedź",
      note_optional: "Notatka (opcjonalnie)", why_optional: "Dlaczego? (opcjonalnie)", note_aria: "Notatka",
      send_correction: "Wyślij poprawkę", cancel: "Anuluj",
      relabelled: "Zmieniono na „{label}”; czeka na przegląd.", not_sent: "Nie wysłano: {error}",
      photo_bad: "Zdjęcie, którego nie można wyświetlić.", photo_alt: "Zdjęcie od klienta", photo_alt_text: "Zdjęcie od klienta: {text}",
      photo_open: "Otwórz w pełnym rozmiarze", photo_caption: "Zdjęcie · {w}×{h}", photo_caption_size: "Zdjęcie · {w}×{h} · {kb} KB",
      note_meta: "Notatka wewnętrzna · {agent} · {time}",
      agent_option: "{name} · {presence} · {load}/{max}", agent_option_langs: "{name} · {presence} · {load}/{max} · {languages}",
      anonymous: "Anonimowy odwiedzający", no_orders: "Brak zamówień.", none: "Brak.", rated: "ocena {n}/5",
      order_line: " · {status} · {time}",
      order_pending: "oczekuje", order_paid: "opłacone", order_shipped: "wysłane", order_delivered: "dostarczone", order_cancelled: "anulowane",
      order_returned: "zwrócone",
      ship_label_created: "etykieta utworzona", ship_in_transit: "w drodze", ship_customs: "w odprawie celnej", ship_out_for_delivery: "wydane do doręczenia",
      ship_delivered: "doręczona", ship_exception: "problem",
      profile_title: "Profil", profile_none: "Nic jeszcze nie zapamiętano.", profile_anonymous: "Anonimowy odwiedzający: nic nie jest zapamiętywane.",
      profile_add: "Dodaj", profile_holds: "Dotyczy", profile_denies: "Nie dotyczy", profile_forget: "Zapomnij", profile_not: "nie {value}",
      profile_kind: "Rodzaj", profile_value: "Wartość", profile_value_ph: "np. sucha",
      pkind_skin_type: "Typ cery", pkind_concern: "Problemy", pkind_finish: "Wykończenie", pkind_style: "Styl", pkind_budget: "Budżet",
      pkind_category: "Kupuje", pkind_avoid: "Unika",
      pval_oily: "tłusta", pval_dry: "sucha", pval_combination: "mieszana", pval_normal: "normalna", pval_sensitive: "wrażliwa",
      pval_low: "niski", pval_mid: "średni", pval_high: "premium", pval_matte: "matowe", pval_dewy: "rozświetlone", pval_acne: "trądzik",
      pval_pores: "pory", pval_blackheads: "zaskórniki", pval_dullness: "szara cera", pval_wrinkles: "zmarszczki",
      pval_pigmentation: "przebarwienia", pval_redness: "zaczerwienienia", pval_dehydration: "odwodnienie",
      psrc_chat: "powiedziane na czacie", psrc_customer: "podane przez klienta", psrc_agent: "konsultant", psrc_order: "zakup", psrc_event: "przeglądanie",
      plevel_settled: "potwierdzone", plevel_strong: "silne", plevel_likely: "prawdopodobne", plevel_weak: "słabe",
      emotion_line: "Emocja: {emotion} ({intensity})", emotion_intent: "Emocja: {emotion} ({intensity}) · intencja {intent}",
      no_article: "Brak pasującego artykułu.", no_draft: "Brak szkicu.", draft_use: "Użyj ({language})",
      draft_src_article: "Artykuł z bazy wiedzy", draft_src_promotion: "Promocja",
      sent_untranslated: "Wysłano bez tłumaczenia: {notice}", sent_untranslated_plain: "Wysłano w oryginale: żaden dostawca tłumaczeń nie obsługuje tej pary.",
      ckind_coupon: "Kupon", ckind_refund_line: "Zwrot (pozycja)", ckind_refund_order: "Zwrot (zamówienie)",
      comp_none: "Nic jeszcze nie przyznano.", comp_no_orders: "Brak zamówień, więc nie ma czego rekompensować.",
      comp_by_rule: "reguła {rule} (wersja {version})", comp_by: "przyznane przez: {name}", comp_order: "zamówienie {number}",
      comp_revoked: "cofnięto", comp_granted: "przyznano", comp_code: "kod kuponu", comp_reason: "Powód: {reason}",
      comp_revoked_by: "Cofnięte przez: {name} · {time}", comp_revoked_by_why: "Cofnięte przez: {name} · {time}: {reason}",
      revoke: "Cofnij", revoke_ph: "Dlaczego cofasz?", revoke_aria: "Powód cofnięcia",
      revoke_q: "Cofnąć: {kind}? Klient nie zostanie powiadomiony; w razie potrzeby poinformuj go samodzielnie.", revoke_need_reason: "Podaj powód.",
      grant_order_option: "{number} · {total} · {status}", grant_order_refunded: "{number} · {total} · {status} · zwrócono {refunded}",
      grant_line_option: "{name} ({sku}) · {value}", grant_line_refunded: "{name} ({sku}) · {value} · zwrócono {refunded}",
      grant_hint_coupon: "Najwyżej wartość zamówienia, {total}. Ważny 30 dni, bez minimalnej kwoty zakupu; klient otrzyma go na czacie.",
      grant_hint_line: "Puste: cała pozycja. Klient nie dostanie wiadomości; poinformuj go samodzielnie.",
      grant_hint_order: "Puste: pozostała część z {left}. Klient nie dostanie wiadomości; poinformuj go samodzielnie.",
      grant_amount_bad: "Wpisz kwotę, np. 5 lub 4,50.",
      err_http: "Serwer odpowiedział {status}.", err_network: "Brak połączenia z serwerem; sprawdź połączenie.",
      err_unauthorized: "Nieprawidłowy sklep, e-mail lub hasło albo sesja wygasła.", err_forbidden: "Nie masz do tego uprawnień.",
      err_conflict: "Rozmowa się zmieniła (ktoś inny mógł ją przejąć lub zamknąć); odśwież i spróbuj ponownie.", err_not_found: "Nie znaleziono.",
      err_invalid: "Coś jest nieprawidłowe; sprawdź i spróbuj ponownie.", err_too_large: "Tekst jest za długi.",
      err_rate_limited: "Zbyt wiele żądań; poczekaj chwilę.",
      err_internal: "Błąd serwera; spróbuj ponownie później.", err_unavailable: "Usługa jest teraz niedostępna; spróbuj ponownie później."
    }
  };

  // The page's texts in its language (labels.js: English the fallback,
  // Cantonese and Traditional Chinese reading zh-Hant, Tagalog Filipino,
  // {name} placeholders filled as plain text).
  var texts = window.kefuLabels.texts(TEXT);
  var lang = pickLanguage(navigator.language);

  // loc is the locale dates, times and numbers are formatted with: the
  // language, with the Gregorian calendar for Thai (as the rest of kefu
  // shows dates) and Western digits for Arabic (labels.js locale).
  function loc() { return window.kefuLabels.locale(lang); }

  function pickLanguage(tag) { return texts.pick(tag); }

  // listSep separates the items of a list in running text: the
  // enumeration comma for Chinese and Japanese.
  function listSep() { return lang === "zh" || lang === "zh-Hant" || lang === "ja" ? "、" : lang === "ar" ? "، " : ", "; }
  function t(key, vars) { return texts.t(lang, key, vars); }

  // has says whether key is a text (for codes that may have none).
  function has(key) { return TEXT.en[key] !== undefined; }

  // label names a code (intent, reason, emotion, channel, action) by
  // labels.js; server is a label the API sent with it.
  function label(kind, code, server) {
    return window.kefuLabels ? window.kefuLabels.label(lang, kind, code, server) : (server || String(code || "").replace(/_/g, " "));
  }

  // word names a code of the console's own (status_bot, order_paid, ...),
  // else shows the code with spaces.
  function word(prefix, code) {
    return has(prefix + code) ? t(prefix + code) : String(code || "").replace(/_/g, " ");
  }

  // errText is an API error for people: the server's own sentence in
  // English, else the error code's text in the console's language.
  function errText(err) {
    if (!err) return "";
    if (lang !== "en" && !err.local) {
      if (err.code && TEXT[lang]["err_" + err.code]) return t("err_" + err.code);
      if (!err.status) return t("err_network");
      if (!err.code) return t("err_http", { status: err.status });
    }
    return err.message || (err.code && has("err_" + err.code) ? t("err_" + err.code) : String(err));
  }

  // applyTexts translates the static parts of the page: data-i18n is the
  // text, data-i18n-placeholder, -title and -aria-label the attributes.
  function applyTexts() {
    document.documentElement.setAttribute("lang", lang === "zh" ? "zh-Hans" : lang);
    document.documentElement.setAttribute("dir", window.kefuLabels.dir(lang));
    document.title = t("title");
    var nodes = document.querySelectorAll("[data-i18n]");
    for (var i = 0; i < nodes.length; i++) nodes[i].textContent = t(nodes[i].getAttribute("data-i18n"));
    ["placeholder", "title", "aria-label"].forEach(function (a) {
      var ns = document.querySelectorAll("[data-i18n-" + a + "]");
      for (var j = 0; j < ns.length; j++) ns[j].setAttribute(a, t(ns[j].getAttribute("data-i18n-" + a)));
    });
    var demo = $("login-demo-hint");
    if (demo) {
      // The demo accounts stay <code>; only the words around them change.
      var codes = {};
      var cs = demo.querySelectorAll("code[data-name]");
      for (var k = 0; k < cs.length; k++) codes[cs[k].getAttribute("data-name")] = cs[k].textContent;
      clear(demo);
      t("login_demo").split(/(\{[a-z0-9_]+\})/).forEach(function (part) {
        var m = /^\{([a-z0-9_]+)\}$/.exec(part);
        if (m && codes[m[1]] !== undefined) demo.appendChild(el("code", { "data-name": m[1], text: codes[m[1]] }));
        else if (part) demo.appendChild(document.createTextNode(part));
      });
    }
  }

  var state = {
    me: null,        // the SessionResponse
    csrf: "",
    open: "",        // ID of the conversation shown
    view: null,      // its last View
    seen: {},        // message IDs shown in the open conversation
    queue: [],
    ws: null,
    wsRetry: 0,
    replyLang: "",   // language of the reply box text; "" = the agent's
    names: {}        // customer names by conversation ID, from the queue and the views
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
          var err = new Error((data.error && data.error.message) || t("err_http", { status: res.status }));
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
    if (sec < 60) return t("wait_seconds", { n: fmtNum(sec) });
    var m = Math.floor(sec / 60);
    if (m < 60) return t("wait_minutes", { n: fmtNum(m) });
    return t("wait_hours", { h: fmtNum(Math.floor(m / 60)), m: fmtNum(m % 60) });
  }

  function fmtNum(n) {
    try { return new Intl.NumberFormat(loc()).format(n); } catch (e) { return String(n); }
  }

  function fmtTime(s) {
    var d = new Date(s);
    if (isNaN(d)) return "";
    try { return d.toLocaleString(loc(), { dateStyle: "medium", timeStyle: "short" }); } catch (e) { return d.toLocaleString(loc()); }
  }

  // ---- login ----

  function showLogin() {
    state.me = null;
    if (state.ws) { state.ws.onclose = null; state.ws.close(); state.ws = null; }
    closeConversation();
    $("app").hidden = true;
    $("login").hidden = false;
  }

  function startApp(me) {
    state.me = me;
    state.csrf = me.csrf_token;
    lang = pickLanguage(me.language || navigator.language);
    applyTexts();
    intentList = null; // its labels are in the agent's language
    $("login").hidden = true;
    $("app").hidden = false;
    $("me-name").textContent = me.agent.name || me.agent.email;
    $("me-name").title = languageLabel(me.language);
    $("me-tenant").textContent = me.tenant_name;
    $("to-admin").hidden = !(me.agent.role === "admin" || me.agent.role === "owner");
    $("presence").value = me.agent.presence;
    setReplyLang("");
    loadLists();
    loadCanned();
    connect();
    openFromHash();
  }

  // closeConversation empties the conversation and its side panels, so
  // that the next agent to sign in on this page (in their own language)
  // sees nothing of the last one's.
  function closeConversation() {
    state.open = "";
    state.view = null;
    state.seen = {};
    state.names = {};
    comp = null;
    ["messages", "notes", "ctx-customer", "ctx-profile", "ctx-orders", "ctx-earlier", "assist-articles", "assist-drafts", "comp-list"].forEach(function (id) { clear($(id)); });
    ["assist-emotion", "assist-strategy", "conv-title", "conv-status", "conv-lang", "conv-reason", "action-error", "reply-notice"].forEach(function (id) { $(id).textContent = ""; });
    ["reply-text", "note-text", "profile-value", "grant-amount", "grant-reason"].forEach(function (id) { $(id).value = ""; });
    $("conv").hidden = true;
    $("conv-empty").hidden = false;
    $("comp-block").hidden = true;
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
      $("login-error").textContent = errText(err);
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
        $("login-error").textContent = t("login_again");
        $("login-submit").disabled = false;
        return;
      }
      $("login-error").textContent = t("login_wait", { wait: fmtWait(left) });
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

  // reasonLabel names a hand-off reason (kefu's decision reasons and
  // dialog.DefaultHandoffs) for people, by labels.js.
  function reasonLabel(code) { return label("reason", code); }
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
      renderMine(r.conversations || []);
    }).catch(function () {});
    api("GET", "/console/api/at-risk").then(renderRisk).catch(function () {});
  }

  // ---- at-risk deliveries (docs/proactive.md) ----

  // fmtSlot shows a delivery's slot in the shop's time zone tz ("today
  // 19:00", "tomorrow 19:00", "Dec 9 19:00").
  function fmtSlot(iso, tz) {
    var zone = {};
    try { if (tz) { new Intl.DateTimeFormat([], { timeZone: tz }); zone = { timeZone: tz }; } } catch (e) { zone = {}; }
    var day = function (d) { return d.toLocaleDateString("en-CA", zone); };
    var d = new Date(iso);
    var hm = d.toLocaleTimeString(loc(), Object.assign({ hour: "2-digit", minute: "2-digit", hourCycle: "h23" }, zone));
    if (day(d) === day(new Date())) return t("slot_today", { time: hm });
    if (day(d) === day(new Date(Date.now() + 86400000))) return t("slot_tomorrow", { time: hm });
    return d.toLocaleDateString(loc(), Object.assign({ month: "short", day: "numeric" }, zone)) + " " + hm;
  }

  function renderRisk(r) {
    var list = $("at-risk");
    clear(list);
    var orders = r.orders || [];
    $("risk-count").textContent = String(orders.length);
    $("risk-empty").hidden = orders.length > 0;
    orders.forEach(function (n) {
      var status = n.status === "pending" && !r.enabled ? t("rstatus_off") : word("rstatus_", n.status);
      var why = (n.reasons || []).map(function (c) { return word("risk_", c); }).join(listSep());
      var li = el("li", { "class": "risk-item", "data-id": n.conversation_id || "", "data-order": n.order_number, "data-testid": "risk-item",
          title: n.weather ? t("risk_forecast", { weather: n.weather }) : null },
        el("div", { "class": "qi-top" },
          el("span", { "class": "qi-name", text: t("risk_item", { order: n.order_number, customer: n.customer_name || t("risk_customer") }) }),
          el("span", { "class": "risk-score", "data-high": n.score >= 0.6 ? "true" : "false", title: t("risk_score"),
            text: fmtPct(n.score) })),
        el("div", { "class": "qi-meta" },
          el("span", { "class": "risk-slot", text: fmtSlot(n.slot, r.timezone) }),
          el("span", { "class": "risk-why", text: why }),
          el("span", { "class": "risk-status", "data-status": n.status, text: t("risk_status", { kind: word("rkind_", n.kind), status: status }) })));
      if (n.conversation_id) {
        li.addEventListener("click", function () { openConversation(n.conversation_id); });
      }
      list.appendChild(li);
    });
  }

  function fmtPct(x) {
    try { return new Intl.NumberFormat(loc(), { style: "percent", maximumFractionDigits: 0 }).format(x || 0); } catch (e) { return Math.round((x || 0) * 100) + "%"; }
  }

  // customerName is what the lists call a conversation: the customer's
  // name when known, else "Visitor" and the end of its ID.
  function customerName(id) {
    return state.names[id] || t("visitor", { id: String(id).slice(-4) });
  }

  function renderQueue() {
    var q = $("queue");
    clear(q);
    $("queue-count").textContent = String(state.queue.length);
    $("queue-empty").hidden = state.queue.length > 0;
    var now = Date.now();
    state.queue.forEach(function (it) {
      var c = it.conversation;
      if (it.customer_name) state.names[c.id] = it.customer_name;
      var since = new Date(it.since).getTime();
      var li = el("li", { "class": "queue-item", "data-id": c.id, "data-testid": "queue-item", "aria-current": c.id === state.open ? "true" : "false" },
        el("div", { "class": "qi-top" },
          el("span", { "class": "qi-name", text: customerName(c.id) }),
          el("span", { "class": "qi-prio", "data-high": it.effective_priority >= 3 ? "true" : "false", title: t("prio_hint"), text: t("prio", { n: it.effective_priority }) })),
        el("div", { "class": "qi-meta" },
          el("span", { "class": "qi-reason", "data-reason": it.reason || "", text: it.reason ? reasonLabel(it.reason) : t("queued") }),
          el("span", { "class": "qi-lang", "data-language": c.language || "", title: c.language || null, text: c.language ? languageLabel(c.language) : "" }),
          el("span", { "class": "qi-wait", "data-since": String(since), text: fmtWait(Math.max(0, Math.round((now - since) / 1000))) }),
          it.vip ? el("span", { "class": "qi-vip", text: t("vip") }) : null));
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
    $("mine-empty").hidden = convs.length > 0;
    convs.forEach(function (c) {
      var li = el("li", { "class": "mine-item", "data-id": c.id, "data-testid": "mine-item", "aria-current": c.id === state.open ? "true" : "false", title: c.id },
        el("span", { "class": "qi-name", text: customerName(c.id) }), " ",
        c.language ? el("span", { "class": "badge", "data-language": c.language, text: languageLabel(c.language) }) : null);
      li.addEventListener("click", function () { openConversation(c.id); });
      m.appendChild(li);
    });
  }

  // ---- the language of the reply ----

  // regionLabel names a country code ("DE") in the console's language;
  // anything else is shown as it is.
  function regionLabel(code) {
    if (!code || !/^[A-Za-z]{2}$/.test(code)) return code || "";
    try { return new Intl.DisplayNames([lang], { type: "region" }).of(code.toUpperCase()) || code; } catch (e) { return code; }
  }

  // languageLabel names a language tag in the console's language.
  function languageLabel(tag) {
    if (!tag) return "";
    try {
      var n = new Intl.DisplayNames([lang], { type: "language" }).of(tag);
      if (n) return n;
    } catch (e) { /* an old browser or an odd tag */ }
    return tag;
  }

  // setReplyLang fills the "writing in" list from the view's write
  // languages (adding lang when a canned reply or draft is in another)
  // and selects lang ("" = the agent's own); the line under it says how
  // the customer will get the reply, before it is sent.
  function setReplyLang(write) {
    var sel = $("reply-lang");
    var v = state.view || {};
    var opts = (v.write_languages || []).slice();
    var mine = state.me ? state.me.language : "";
    if (!write) write = mine;
    if (write && !opts.some(function (o) { return o.language === write; })) {
      opts.push({ language: write, delivery: write === v.customer_language ? "as_written" : "translated" });
    }
    clear(sel);
    opts.forEach(function (o) {
      sel.appendChild(el("option", { value: o.language, "data-delivery": o.delivery, text: languageLabel(o.language) + " (" + o.language + ")" }));
    });
    sel.value = write;
    state.replyLang = write === mine ? "" : write;
    var chosen = opts.filter(function (o) { return o.language === write; })[0];
    var cust = v.customer_language ? languageLabel(v.customer_language) : t("cust_language");
    var line = "";
    if (chosen && chosen.delivery === "as_written") line = t("delivery_as_written", { language: cust });
    else if (chosen && chosen.delivery === "translated") line = t("delivery_translated", { language: cust });
    else if (chosen) line = t("delivery_none", { from: languageLabel(write), to: cust });
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
      if (v.customer && v.customer.name) state.names[id] = v.customer.name;
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
    if (customer) $("conv-title").textContent = customer.name || customer.external_id || customerName(c.id);
    else if (!state.view || !state.view.customer) $("conv-title").textContent = customerName(c.id);
    $("conv-status").textContent = word("status_", c.status);
    $("conv-status").setAttribute("data-status", c.status);
    $("conv-lang").textContent = c.language ? languageLabel(c.language) : t("unknown_language");
    $("conv-lang").setAttribute("data-language", c.language || "");
    $("conv-reason").textContent = c.handoff_reason ? t("conv_reason", { reason: reasonLabel(c.handoff_reason), n: c.priority }) : "";
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
    var who = word("author_", m.author);
    if (m.author === "agent" && m.author_name) who = m.author_name;
    var li = el("li", { "class": "msg", "data-author": m.author, "data-id": m.id, "data-kind": m.kind || null, "data-testid": "msg" },
      el("span", { "class": "msg-who", text: m.language ? t("msg_meta_lang", { who: who, time: fmtTime(m.created_at), language: languageLabel(m.language) })
        : t("msg_meta", { who: who, time: fmtTime(m.created_at) }) }),
      el("span", { "class": "msg-text", text: m.text }));
    if (m.translation) {
      var tr = m.translation;
      if (tr.machine) {
        li.appendChild(el("span", { "class": "msg-translation", "data-testid": "msg-translation" },
          el("span", { "class": "mt-label", text: tr.provider ? t("mt_by", { language: languageLabel(tr.language), provider: tr.provider })
            : t("mt", { language: languageLabel(tr.language) }) }),
          tr.text));
      } else if (tr.notice) {
        // The server's notice is English: other agents read why in theirs.
        li.appendChild(el("span", { "class": "msg-notice", "data-notice": tr.notice,
          text: lang === "en" ? t("not_translated", { notice: tr.notice }) : t("not_translated_lang", { language: languageLabel(tr.language) }) }));
      }
    }
    if (m.original_text) {
      li.appendChild(el("span", { "class": "msg-original", "data-testid": "msg-original" },
        el("span", { "class": "mt-label", text: t("you_wrote", { language: languageLabel(m.original_language), provider: m.translated_by }) }),
        m.original_text));
    }
    (m.cards || []).forEach(function (card) {
      if (card.type === "coupon") {
        // A compensation the bot granted, as the customer saw it.
        li.appendChild(el("span", { "class": "msg-card", "data-testid": "msg-coupon-card",
          text: t("coupon_card", { amount: fmtMoney(card.amount, card.currency), code: card.code || "" }) +
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
        li.appendChild(el("div", { "class": "msg-card" }, el("span", { "class": "card-title", text: card.title || t("recommended") }), list));
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
        box.appendChild(el("a", { href: url, target: "_blank", rel: "noopener noreferrer", text: t("trace_open") }));
      }
      li.appendChild(box);
    });
    if (m.trace) li.appendChild(renderTrace(m.trace));
    if (m.author === "bot" && m.reply_to && m.trace) replyTraces[m.reply_to] = m.trace;
    if (m.id && m.conversation_id && (m.author === "customer" || (m.author === "bot" && !m.kind))) {
      li.appendChild(renderCorrect(m));
    }
    var log = $("messages");
    log.appendChild(li);
    log.scrollTop = log.scrollHeight;
  }

  // renderTrace is what kefu understood of a message and did about it,
  // in words: intent, confidence, action, reason, skill, outcome, emotion
  // (the codes in data- attributes, for tests and styles).
  function renderTrace(tr) {
    var parts = [["intent", t("tr_intent", { v: label("intent", tr.intent) }), tr.intent],
      ["confidence", t("tr_confidence", { v: fmtDec(tr.confidence || 0) }), null],
      ["action", t("tr_action", { v: label("action", tr.action) }), tr.action]];
    if (tr.reason) parts.push(["reason", t("tr_reason", { v: reasonLabel(tr.reason) }), tr.reason]);
    if (tr.skill) parts.push(["skill", t("tr_skill", { v: label("skill", tr.skill) }), tr.skill]);
    if (tr.outcome) parts.push(["outcome", t("tr_outcome", { v: label("outcome", tr.outcome) }), tr.outcome]);
    if (tr.emotion) parts.push(["emotion", t("tr_emotion", { v: label("emotion", tr.emotion.label) }), tr.emotion.label]);
    var l = llmTrace(tr.extra && tr.extra.llm);
    if (l) parts.push(["llm", l, null]);
    var box = el("span", { "class": "msg-trace", "data-testid": "msg-trace", "data-intent": tr.intent || "", "data-action": tr.action || "" });
    parts.forEach(function (p, i) {
      if (i) box.appendChild(document.createTextNode(" · "));
      box.appendChild(el("span", { "data-part": p[0], "data-code": p[2] || null, text: p[1] }));
    });
    return box;
  }

  function fmtDec(x) {
    try { return new Intl.NumberFormat(loc(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(x); } catch (e) { return x.toFixed(2); }
  }

  // llmTrace describes a language model's part in a reply (the trace's
  // extra.llm, docs/llm.md): written by it, or tried and refused.
  function llmTrace(l) {
    if (!l) return "";
    var how = l.cached ? t("llm_kept") : typeof l.latency_ms === "number" ? t("llm_in", { n: fmtNum(Math.round(l.latency_ms)) }) : "";
    if (l.verdict === "answered") return how ? t("llm_written_in", { model: l.model, how: how }) : t("llm_written", { model: l.model });
    var why = word("llm_v_", l.verdict);
    return t("llm_unused", { model: l.model, why: how ? why + ", " + how : why });
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
      intentList = api("GET", "/console/api/intents").then(function (r) {
        var list = (r.intents || []).map(function (it) { return { intent: it.intent, label: label("intent", it.intent, lang === "en" ? "" : it.label) }; });
        list.sort(function (a, b) { return a.label.localeCompare(b.label, lang); });
        return list;
      },
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
      text: relabel ? t("relabel_open") : t("flag_open") });
    box.appendChild(open);
    var status = el("span", { "class": "msg-correct-status", role: "status" });
    var kinds = ["answer_flagged", "answer_fixed"];
    if (article) kinds.push("article_wrong", "article_outdated");
    open.addEventListener("click", function () {
      open.hidden = true;
      var form = el("form", { "class": "msg-correct-form" });
      var select = null, kind = null, answer = null, mood = null, ents = null;
      if (relabel) {
        select = el("select", { "aria-label": t("relabel_aria"), "data-testid": "relabel-intent", required: true },
          el("option", { value: "", text: t("relabel_pick") }));
        form.appendChild(select);
        intentOptions().then(function (list) {
          list.forEach(function (it) { select.appendChild(el("option", { value: it.intent, text: it.label })); });
        }, function (err) { status.textContent = t("intents_failed", { error: errText(err) }); });
        mood = el("select", { "aria-label": t("mood_aria"), "data-testid": "relabel-emotion" },
          el("option", { value: "", text: t("mood_detected") }));
        ["neutral", "anger", "anxiety", "satisfaction", "sadness"].forEach(function (e) {
          mood.appendChild(el("option", { value: e, text: t("mood_" + e) }));
        });
        form.appendChild(mood);
        ents = el("input", { type: "text", maxlength: "2000", "data-testid": "relabel-entities",
          "aria-label": t("ents_aria"), placeholder: t("ents_ph") });
        ents.value = entitiesText((replyTraces[m.id] || {}).entities);
        form.appendChild(ents);
      } else {
        kind = el("select", { "aria-label": t("wrong_aria"), "data-testid": "correct-kind" });
        kinds.forEach(function (k) { kind.appendChild(el("option", { value: k, text: t("fix_" + k) })); });
        form.appendChild(kind);
        answer = el("textarea", { rows: "2", maxlength: "4000", placeholder: t("answer_ph"),
          "aria-label": t("answer_aria"), "data-testid": "correct-answer", hidden: true });
        kind.addEventListener("change", function () {
          answer.hidden = kind.value !== "answer_fixed";
          answer.required = !answer.hidden;
        });
      }
      var reason = el("input", { type: "text", maxlength: "1000", placeholder: relabel ? t("note_optional") : t("why_optional"),
        "aria-label": t("note_aria"), "data-testid": "correct-reason" });
      form.appendChild(reason);
      if (answer) form.appendChild(answer);
      form.appendChild(el("button", { type: "submit", "data-testid": "correct-send", text: relabel ? t("send_correction") : t("send") }));
      var cancel = el("button", { type: "button", "class": "link-button", text: t("cancel") });
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
            status.textContent = t("ents_bad");
            ents.focus();
            return;
          }
          body.entities = parsed;
        }
        if (k === "answer_fixed") body.answer = answer.value.trim();
        if (k === "article_wrong" || k === "article_outdated") body.article_id = article;
        api("POST", "/console/api/conversations/" + m.conversation_id + "/feedback", body).then(function () {
          form.remove();
          status.textContent = relabel ? t("relabelled", { label: select.options[select.selectedIndex].text }) : t("done_" + k);
        }, function (err) { status.textContent = t("not_sent", { error: errText(err) }); });
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
      return el("span", { "class": "msg-notice", text: t("photo_bad") });
    }
    var url = "/console/api/conversations/" + m.conversation_id + "/attachments/" + a.id;
    var img = el("img", { "class": "msg-photo", src: url, alt: m.text ? t("photo_alt_text", { text: m.text }) : t("photo_alt"),
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
    var dims = { w: a.width || "?", h: a.height || "?", kb: fmtNum(Math.max(1, Math.round((a.size || 0) / 1024))) };
    return el("figure", { "class": "msg-attachment", "data-testid": "msg-attachment" },
      el("a", { href: url, target: "_blank", rel: "noopener noreferrer", title: t("photo_open") }, img),
      el("figcaption", { "class": "mt-label", text: t(a.size > 0 ? "photo_caption_size" : "photo_caption", dims) }));
  }

  function renderNotes(notes) {
    var n = $("notes");
    clear(n);
    notes.forEach(addNote);
  }

  function addNote(note) {
    $("notes").appendChild(el("li", { "class": "note", "data-testid": "note", "data-id": note.id },
      el("span", { "class": "note-meta", text: t("note_meta", { agent: agentName(note.agent_id), time: fmtTime(note.created_at) }) }),
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
        var v = { name: a.name || a.email || a.id, presence: word("presence_", a.presence), load: a.load, max: a.max_chats,
          languages: (a.languages || []).map(languageLabel).join(listSep()) };
        sel.appendChild(el("option", { value: a.id, text: t(v.languages ? "agent_option_langs" : "agent_option", v) }));
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
        cust.appendChild(el("div", { "class": "ctx-name", text: (c.name || c.external_id) + (c.vip ? " · " + t("vip") : "") }));
        cust.appendChild(el("div", { "class": "muted", text: [c.external_id, c.email, c.phone, regionLabel(c.country), languageLabel(c.language)].filter(Boolean).join(" · ") }));
      } else {
        cust.appendChild(el("div", { "class": "muted", text: t("anonymous") }));
      }
      var orders = $("ctx-orders");
      clear(orders);
      cx.orders.forEach(function (oc) {
        var o = oc.order;
        var li = el("li", { "class": "ctx-order", "data-number": o.number },
          el("strong", { text: o.number }), t("order_line", { status: word("order_", o.status), time: fmtTime(o.placed_at) }));
        oc.shipments.forEach(function (s) {
          var last = s.events && s.events.length ? s.events[s.events.length - 1] : null;
          li.appendChild(el("div", { "class": "muted", "data-status": s.status, text: s.carrier + " " + s.tracking_number + " · " + word("ship_", s.status) + (last ? " · " + (last.location || "") + " " + (last.description || "") : "") }));
        });
        orders.appendChild(li);
      });
      if (!cx.orders.length) orders.appendChild(el("li", { "class": "muted", text: t("no_orders") }));
      var earlier = $("ctx-earlier");
      clear(earlier);
      cx.earlier.forEach(function (c) {
        earlier.appendChild(el("li", { text: fmtTime(c.created_at) + " · " + word("status_", c.status) + (c.rating ? " · " + t("rated", { n: c.rating }) : "") }));
      });
      if (!cx.earlier.length) earlier.appendChild(el("li", { "class": "muted", text: t("none") }));
    }).catch(function () {});
  }

  // ---- customer profile ----

  var traitKinds = ["skin_type", "concern", "finish", "style", "budget", "category", "avoid"];

  function strengthLevel(b) {
    if (b.strength >= 0.999 && (b.sources[0] === "customer" || b.sources[0] === "agent")) return "settled";
    if (b.strength >= 0.7) return "strong";
    if (b.strength >= 0.45) return "likely";
    return "weak";
  }

  function renderProfile(p, anonymous) {
    var box = $("ctx-profile");
    clear(box);
    var form = $("profile-form");
    form.hidden = anonymous;
    if (anonymous) {
      box.appendChild(el("div", { "class": "muted", text: t("profile_anonymous") }));
      return;
    }
    var kinds = $("profile-kind");
    if (!kinds.options.length || kinds.getAttribute("data-lang") !== lang) {
      clear(kinds);
      traitKinds.forEach(function (k) { kinds.appendChild(el("option", { value: k, text: t("pkind_" + k) })); });
      kinds.setAttribute("data-lang", lang);
    }
    var any = false;
    traitKinds.forEach(function (k) {
      var bs = p.beliefs[k] || [];
      // Values the customer or an agent said do not hold, for the record.
      var denied = [];
      p.traits.forEach(function (tr) {
        if (tr.kind === k && tr.negated && (tr.source === "customer" || tr.source === "agent") &&
            !bs.some(function (b) { return b.value === tr.value; }) && denied.indexOf(tr.value) < 0) denied.push(tr.value);
      });
      if (!bs.length && !denied.length) return;
      any = true;
      box.appendChild(el("div", { "class": "trait-kind", text: word("pkind_", k) }));
      bs.forEach(function (b) {
        var lvl = strengthLevel(b);
        var actions = el("span", { "class": "trait-actions" },
          el("button", { type: "button", "class": "trait-confirm", title: t("profile_holds"), "aria-label": t("profile_holds"), text: "✓" }),
          el("button", { type: "button", "class": "trait-deny", title: t("profile_denies"), "aria-label": t("profile_denies"), text: "✗" }),
          el("button", { type: "button", "class": "trait-forget", title: t("profile_forget"), "aria-label": t("profile_forget"), text: t("profile_forget") }));
        actions.querySelector(".trait-confirm").addEventListener("click", function () { correctTrait(k, b.value, false, false); });
        actions.querySelector(".trait-deny").addEventListener("click", function () { correctTrait(k, b.value, true, false); });
        actions.querySelector(".trait-forget").addEventListener("click", function () { correctTrait(k, b.value, false, true); });
        box.appendChild(el("div", { "class": "trait", "data-kind": k, "data-value": b.value },
          el("span", { "class": "trait-value", text: traitValue(b.value) }),
          el("span", { "class": "trait-strength", "data-level": lvl, text: t("plevel_" + lvl) + " " + fmtPct(b.strength) }),
          actions,
          el("span", { "class": "trait-sources", text: b.sources.map(function (s) { return word("psrc_", s); }).join(" · ") })));
      });
      denied.forEach(function (v) {
        box.appendChild(el("div", { "class": "trait trait-denied", "data-kind": k, "data-value": v, "data-negated": "true",
          text: t("profile_not", { value: traitValue(v) }) }));
      });
    });
    if (!any) box.appendChild(el("div", { "class": "muted", text: t("profile_none") }));
  }

  // traitValue names a remembered value: kefu's own words for the known
  // ones, else the value as it was said.
  function traitValue(v) { return has("pval_" + v) ? t("pval_" + v) : v; }

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
      $("profile-error").textContent = errText(err);
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
      $("assist-emotion").textContent = !a.emotion ? "" : t(a.intent ? "emotion_intent" : "emotion_line",
        { emotion: label("emotion", a.emotion.label), intensity: fmtDec(a.emotion.intensity), intent: label("intent", a.intent) });
      $("assist-strategy").textContent = a.strategy ? a.strategy.text : "";
      var arts = $("assist-articles");
      clear(arts);
      a.articles.forEach(function (art) {
        arts.appendChild(el("li", { "class": "article", "data-id": art.id }, el("strong", { text: art.title }), "\n" + art.body));
      });
      if (!a.articles.length) arts.appendChild(el("li", { "class": "muted", text: t("no_article") }));
      var drafts = $("assist-drafts");
      clear(drafts);
      a.drafts.forEach(function (d) {
        var use = el("button", { type: "button", "class": "draft-use", text: t("draft_use", { language: languageLabel(d.language) }) });
        use.addEventListener("click", function () {
          $("reply-text").value = d.text;
          setReplyLang(d.language);
          $("reply-text").focus();
        });
        drafts.appendChild(el("li", { "class": "draft", "data-source": d.source },
          el("strong", { text: draftSource(d.source) + (d.title ? " · " + d.title : "") }), "\n" + d.text,
          d.preview ? el("span", { "class": "draft-preview", text: languageLabel(d.preview_language) + ": " + d.preview }) : null, "\n", use));
      });
      if (!a.drafts.length) drafts.appendChild(el("li", { "class": "muted", text: t("no_draft") }));
    }).catch(function () {});
  }

  // draftSource names where a draft comes from: an article, a promotion
  // or a skill (by labels.js).
  function draftSource(src) { return has("draft_src_" + src) ? t("draft_src_" + src) : label("skill", src); }

  function actionError(err) { $("action-error").textContent = errText(err); }

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
      $("reply-notice").textContent = !r.notice ? "" : lang === "en" ? t("sent_untranslated", { notice: r.notice }) : t("sent_untranslated_plain");
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
    try { return new Intl.NumberFormat(loc(), { style: "currency", currency: cur }).format(v); } catch (e) { return v.toFixed(2) + " " + (cur || ""); }
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

  function loadCompensations() {
    var id = state.open;
    return api("GET", "/console/api/conversations/" + encodeURIComponent(id) + "/compensations").then(function (r) {
      if (id !== state.open) return;
      comp = r;
      renderCompensations();
    }).catch(function (err) { $("comp-status").textContent = errText(err); });
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
    if (!comp.entries.length) list.appendChild(el("li", { "class": "muted", text: comp.orders.length ? t("comp_none") : t("comp_no_orders") }));
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
    var by = e.rule_id ? t("comp_by_rule", { rule: e.rule_id, version: e.rule_version }) : t("comp_by", { name: e.granted_by_name || e.granted_by });
    var revoker = { name: e.revoked_by_name || e.revoked_by, time: fmtTime(e.revoked_at), reason: e.revoke_reason };
    var li = el("li", { "class": "comp-entry", "data-id": e.id, "data-status": e.status, "data-testid": "comp-entry" },
      el("div", { "class": "comp-head" },
        el("span", { "class": "comp-what", text: word("ckind_", e.kind) + " " + fmtMoney(e.amount, e.currency) }),
        el("span", { "class": "muted", text: t("comp_order", { number: e.order_number || "—" }) }),
        el("span", { "class": "badge", "data-status": e.status, text: e.status === "revoked" ? t("comp_revoked") : t("comp_granted") })),
      e.code ? el("code", { "class": "comp-code", title: t("comp_code"), text: e.code }) : null,
      el("span", { "class": "comp-by", text: by + " · " + fmtTime(e.at) }),
      e.reason ? el("span", { "class": "comp-reason", dir: "auto", text: t("comp_reason", { reason: e.reason }) }) : null,
      e.status === "revoked" ? el("span", { "class": "comp-reason", dir: "auto",
        text: t(e.revoke_reason ? "comp_revoked_by_why" : "comp_revoked_by", revoker) }) : null);
    if (e.can_revoke) {
      var b = el("button", { type: "button", "class": "comp-revoke", text: t("revoke") });
      b.addEventListener("click", function () { askRevokeReason(b, e); });
      li.appendChild(b);
    }
    return li;
  }

  // askRevokeReason asks beside the button why the grant is revoked;
  // nothing is sent without a reason.
  function askRevokeReason(button, e) {
    var reason = el("input", { "class": "revoke-reason", maxlength: 1000, placeholder: t("revoke_ph"), "aria-label": t("revoke_aria") });
    var ok = el("button", { type: "submit", "class": "confirm-ok", text: t("revoke") });
    var no = el("button", { type: "button", "class": "confirm-cancel", text: t("cancel") });
    var err = el("span", { "class": "error", role: "alert" });
    var box = el("form", { "class": "confirm", "aria-label": t("revoke") },
      el("span", { "class": "confirm-q", text: t("revoke_q", { kind: word("ckind_", e.kind).toLocaleLowerCase(lang) }) }),
      reason, el("span", { "class": "actions-row" }, ok, no), err);
    no.addEventListener("click", function () { box.parentNode.removeChild(box); button.hidden = false; button.focus(); });
    box.addEventListener("submit", function (ev) {
      ev.preventDefault();
      if (!reason.value.trim()) { err.textContent = t("revoke_need_reason"); reason.setAttribute("aria-invalid", "true"); reason.focus(); return; }
      ok.disabled = true;
      api("POST", "/console/api/compensations/" + encodeURIComponent(e.id) + "/revoke", { reason: reason.value.trim(), conversation_id: state.open }).then(function () {
        loadCompensations();
        loadView(); // the note
      }).catch(function (x) { err.textContent = errText(x); ok.disabled = false; });
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
      var cur = o.currency || comp.currency;
      sel.appendChild(el("option", { value: o.number, text: t(o.refunded ? "grant_order_refunded" : "grant_order_option",
        { number: o.number, total: fmtMoney(o.total, cur), status: word("order_", o.status), refunded: fmtMoney(o.refunded, cur) }) }));
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
      sku.appendChild(el("option", { value: l.sku, text: t(l.refunded ? "grant_line_refunded" : "grant_line_option",
        { name: l.name || l.sku, sku: l.sku, value: fmtMoney(l.value, cur), refunded: fmtMoney(l.refunded, cur) }) }));
    });
    if (was) sku.value = was;
    $("grant-amount-hint").textContent = kind === "coupon" ? t("grant_hint_coupon", { total: fmtMoney(o.total, cur) })
      : kind === "refund_line" ? t("grant_hint_line")
      : t("grant_hint_order", { left: fmtMoney(o.total - o.refunded, cur) });
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
    if (!slot) { $("grant-error").textContent = errText(err); return; }
    slot.textContent = errText(err);
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
      if (isNaN(body.amount)) { grantError({ field: "amount", message: t("grant_amount_bad"), local: true }); return; }
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

  applyTexts(); // in the browser's language until the agent's is known
  api("GET", "/console/api/me").then(startApp).catch(showLogin);
})();
