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

  // ---- texts ----

  // TEXT holds the dashboard's texts per language, as admin.js does:
  // English, Chinese, Spanish, Thai (as the console), Japanese, Korean,
  // Vietnamese, Indonesian, Malay, Portuguese (Brazil), French and
  // German; other languages fall back to English. {name} placeholders
  // are filled by t() as plain text. Codes (intents, hand-off reasons,
  // emotions, channels, skin types) are named by labels.js.
  var TEXT = {
    en: {
      title: "kefu · dashboard", title_shop: "kefu · dashboard · {shop}", dashboard: "dashboard",
      to_admin: "Shop admin", to_console: "Agent console", logout: "Log out", me: "{name} · {role}",
      role_agent: "agent", role_admin: "admin", role_owner: "owner",
      filters: "Filters", from: "From", to: "To", quick: "Quick ranges", last: "Last", days_7: "7 days", days_30: "30 days", days_90: "90 days",
      channel: "Channel", all_channels: "All channels", language: "Language", all_languages: "All languages",
      intent: "Intent", all_intents: "All intents", product: "Product", all_products: "All products", apply: "Apply", reset: "Reset",
      kpis: "Key figures", csv: "Download CSV",
      h_volume: "Conversations and containment over time",
      hint_volume: "Conversations per day, those the bot contained and those handed off to a person; containment rate on the right axis.",
      h_intents: "Intents", h_handoff: "Hand-off reasons", h_emotions: "Customer emotions", h_languages: "Languages",
      h_latency: "Response times",
      hint_latency: "Percentiles: half of the answers are faster than p50, nine in ten faster than p90, ninety-nine in a hundred faster than p99.",
      people: "People", h_channels: "Channels",
      h_top: "Top questions", hint_top: "What customers ask most, grouped across languages; the arrow compares with the period of the same length before.",
      h_unanswered: "Unanswered questions",
      hint_unanswered: "Questions the bot could not answer: it asked to clarify, did not understand, fell back or handed off for that reason. Good candidates for new knowledge articles.",
      h_heat: "Pain points by category and region",
      hint_heat: "Each cell: customer messages about the category from the region; the darker, the larger the share of complaints and negative emotions.",
      fewer_complaints: "fewer complaints", more_complaints: "more complaints", by_product: "By product",
      h_insights: "Insights",
      hint_insights: "Suggested actions for the product, supply-chain and marketing teams, with the evidence behind them. Accept creates a draft article or task; Dismiss hides the suggestion.",
      insight_status: "Insight status", tab_open: "Open", tab_accepted: "Accepted", tab_dismissed: "Dismissed",
      pct: "{n} %", ms: "{n} ms", sec: "{n} s", min: "{n} min", hours: "{n} h",
      unknown_region: "Unknown region", unknown_language: "Unknown language",
      err_404: "The analytics API is not available on this server ({path} answered 404 Not Found). The dashboard needs a kefu version with /v1/analytics.",
      err_403: "The server refused: {error}", err_400: "A filter is not valid: {error}",
      err_network: "The server cannot be reached ({error}). Check the connection and reload.", err_other: "Something went wrong: {error}",
      err_json: "the server's answer was not JSON", err_http: "HTTP {status}",
      no_data: "{title}: no data", loading: "Loading…",
      not_available: "Not available: this server has no analytics API.",
      some_failed: "Some panels could not be loaded: {error}", dates_reversed: "The start date is after the end date.",
      no_chart: "The chart library did not load; tables still work.",
      customer_messages: "Customer messages", count: "Count", share: "Share",
      k_conversations: "Conversations", k_conversations_sub: "{n} customer messages",
      k_containment: "Containment", k_containment_sub: "closed by the bot, no return within 24 h",
      k_resolution: "Resolution", k_handoff: "Hand-off rate", k_clarification: "Clarification rate",
      k_csat: "Satisfaction", k_csat_value: "{mean} / 5", k_csat_sub: "{n} ratings", k_csat_none: "no ratings yet",
      k_thumbs: "Thumbs", k_bot_time: "Bot answer time", k_bot_time_sub: "p90 {p90} · p99 {p99}",
      k_compensation: "Compensation ({currency})", k_compensation_sub: "{n} goodwill payments",
      k_proactive: "Proactive messages", k_proactive_sub: "{replied} replied · {opted_out} opted out",
      s_conversations: "Conversations", s_contained: "Contained by the bot", s_contained_short: "Contained", s_handed_off: "Handed off",
      s_rate: "Containment rate", axis_conversations: "conversations", axis_containment: "containment",
      per_day: "Conversations per day", empty_period: "No conversations in this period.", nothing_period: "Nothing to show for this period.",
      bot_answer: "Bot answer", bot_answer_time: "Bot answer time", bot_percentiles: "Bot answer time percentiles",
      first_response: "Agents' first response", handling: "Agents' handling time", percentiles: "p50 {p50} · p90 {p90} · p99 {p99}",
      no_agents: "no conversations with agents in this period",
      chg_new: "new", chg_new_hint: "nothing in the previous period", chg_hint: "compared with the previous period of the same length",
      chg_up: "up", chg_down: "down", chg_flat: "unchanged",
      example_1: "1 example", examples: "{n} examples",
      col_question: "Question", col_count: "Count", col_share: "Share", col_answered: "Answered", col_change: "Change", col_trend: "Trend",
      col_languages: "Languages", col_products: "Products", col_examples: "Examples", col_category: "Category", col_product: "Product",
      col_messages: "Messages", col_complaints: "Complaints", col_top_intents: "Top intents",
      all_answered: "The bot answered every question in this period.", no_questions: "No questions in this period.",
      heat_caption: "Pain points: customer messages per product category (rows) and region (columns); complaints and share in each cell.",
      no_category: "No category", heat_cell: "{category} · {region}: {count} messages, {negative} complaints or negative ({share})",
      products_caption: "Pain points by product", no_pain: "No complaints or questions about products in this period.",
      aud_product: "Product team", aud_supply_chain: "Supply chain", aud_marketing: "Marketing",
      no_open_insights: "No open insights for this period.", no_accepted_insights: "No accepted insights.", no_dismissed_insights: "No dismissed insights.",
      conversations_1: "1 conversation", conversations_n: "{n} conversations",
      evidence: "Evidence: ", suggested: "Suggested action: ", read_convs: "Read the conversations: ",
      conv_link: "Conversation {n} of this insight, in the console",
      accept: "Accept", dismiss: "Dismiss", accepting: "Accepting…", dismissing: "Dismissing…",
      accepted_article: "Accepted: a draft article is waiting in Shop admin › Knowledge.", accepted: "Accepted.", dismissed: "Dismissed.",
      status_accepted: "Accepted", status_dismissed: "Dismissed",
      ins_product_title: "{product}: {turns} questions about {topic}",
      ins_product_evidence: "{turns} of the {total} questions about {product} ({sku}) from {from} to {to} were about {topic}{examples}.",
      ins_product_action: "Add a note on {topic} to the detail page of {product}, and an article the bot can answer from.",
      ins_supply_title: "{carrier}: {complaints} spoilage, temperature or delivery complaints",
      ins_supply_evidence: "{complaints} of {turns} customer turns about orders shipped with {carrier} from {from} to {to} were complaints: {by}{trend}.",
      ins_supply_action: "Review the cold chain with {carrier}: insulated packaging and ice packs, delivery slots, and the temperature loggers of the affected shipments; consider moving chilled orders to another carrier.",
      ins_marketing_title: "Customers with {segment} skin ask for {topic}",
      ins_marketing_evidence: "{turns} {topic} questions from {from} to {to} came from customers whose profile says {segment} skin.",
      ins_marketing_action: "Run a campaign for {segment}-skin customers (their profile's skin type) with the products made for it, e.g. oil control for oily skin, and answer {topic} in the bot with those products.",
      ins_examples: ", e.g. {list}",
      ins_quote: "“{text}”",
      ins_list_sep: ", ",
      ins_count: "{what} {n}",
      ins_trend: "; {change} against the previous period"
    },
    zh: {
      title: "kefu · 数据看板", title_shop: "kefu · 数据看板 · {shop}", dashboard: "数据看板",
      to_admin: "店铺管理", to_console: "客服工作台", logout: "退出登录", me: "{name} · {role}",
      role_agent: "客服", role_admin: "管理员", role_owner: "店主",
      filters: "筛选", from: "开始日期", to: "结束日期", quick: "快捷时间范围", last: "最近", days_7: "7 天", days_30: "30 天", days_90: "90 天",
      channel: "渠道", all_channels: "全部渠道", language: "语言", all_languages: "全部语言",
      intent: "意图", all_intents: "全部意图", product: "商品", all_products: "全部商品", apply: "应用", reset: "重置",
      kpis: "关键指标", csv: "下载 CSV",
      h_volume: "会话量与机器人独立解决率趋势",
      hint_volume: "每日会话数、机器人独立解决的会话数和转人工的会话数；右侧坐标轴为独立解决率。",
      h_intents: "意图分布", h_handoff: "转人工原因", h_emotions: "客户情绪", h_languages: "语言分布",
      h_latency: "响应时间",
      hint_latency: "百分位数：一半的回答快于 p50，九成快于 p90，百分之九十九快于 p99。",
      people: "人工客服", h_channels: "渠道分布",
      h_top: "热门问题", hint_top: "客户问得最多的问题（跨语言归类）；箭头表示与前一个同长度时段的对比。",
      h_unanswered: "未解答的问题",
      hint_unanswered: "机器人未能回答的问题：请客户澄清、没有理解、兜底回复或因此转人工。适合补充为新的知识文章。",
      h_heat: "按品类和地区的痛点",
      hint_heat: "每个单元格：来自该地区、关于该品类的客户消息数；颜色越深，投诉和负面情绪的占比越高。",
      fewer_complaints: "投诉较少", more_complaints: "投诉较多", by_product: "按商品",
      h_insights: "洞察建议",
      hint_insights: "给产品、供应链和营销团队的建议行动及其依据。“采纳”会创建一篇文章草稿或任务；“忽略”会隐藏该建议。",
      insight_status: "建议状态", tab_open: "待处理", tab_accepted: "已采纳", tab_dismissed: "已忽略",
      pct: "{n}%", ms: "{n} 毫秒", sec: "{n} 秒", min: "{n} 分钟", hours: "{n} 小时",
      unknown_region: "未知地区", unknown_language: "未知语言",
      err_404: "此服务器没有数据分析接口（{path} 返回 404 Not Found）。数据看板需要带有 /v1/analytics 的 kefu 版本。",
      err_403: "服务器拒绝了请求：{error}", err_400: "筛选条件无效：{error}",
      err_network: "无法连接服务器（{error}）。请检查网络后刷新页面。", err_other: "出错了：{error}",
      err_json: "服务器返回的不是 JSON", err_http: "HTTP {status}",
      no_data: "{title}：暂无数据", loading: "加载中…",
      not_available: "不可用：此服务器没有数据分析接口。",
      some_failed: "部分面板未能加载：{error}", dates_reversed: "开始日期晚于结束日期。",
      no_chart: "图表库未能加载；表格仍可使用。",
      customer_messages: "客户消息", count: "数量", share: "占比",
      k_conversations: "会话数", k_conversations_sub: "{n} 条客户消息",
      k_containment: "独立解决率", k_containment_sub: "由机器人结束，且 24 小时内客户未再咨询",
      k_resolution: "解决率", k_handoff: "转人工率", k_clarification: "澄清率",
      k_csat: "满意度", k_csat_value: "{mean} / 5", k_csat_sub: "{n} 个评分", k_csat_none: "暂无评分",
      k_thumbs: "点赞 / 点踩", k_bot_time: "机器人回答用时", k_bot_time_sub: "p90 {p90} · p99 {p99}",
      k_compensation: "补偿（{currency}）", k_compensation_sub: "{n} 笔补偿",
      k_proactive: "主动消息", k_proactive_sub: "{replied} 条收到回复 · {opted_out} 人退订",
      s_conversations: "会话数", s_contained: "机器人独立解决", s_contained_short: "独立解决", s_handed_off: "转人工",
      s_rate: "独立解决率", axis_conversations: "会话数", axis_containment: "独立解决率",
      per_day: "每日会话数", empty_period: "此时段内没有会话。", nothing_period: "此时段内没有可显示的数据。",
      bot_answer: "机器人回答", bot_answer_time: "机器人回答用时", bot_percentiles: "机器人回答用时百分位数",
      first_response: "人工首次响应", handling: "人工处理时长", percentiles: "p50 {p50} · p90 {p90} · p99 {p99}",
      no_agents: "此时段内没有人工接待的会话",
      chg_new: "新出现", chg_new_hint: "前一时段没有", chg_hint: "与前一个同长度时段相比",
      chg_up: "上升", chg_down: "下降", chg_flat: "持平",
      example_1: "1 个示例", examples: "{n} 个示例",
      col_question: "问题", col_count: "数量", col_share: "占比", col_answered: "已解答", col_change: "变化", col_trend: "趋势",
      col_languages: "语言", col_products: "商品", col_examples: "示例", col_category: "品类", col_product: "商品",
      col_messages: "消息数", col_complaints: "投诉数", col_top_intents: "主要意图",
      all_answered: "此时段内机器人回答了所有问题。", no_questions: "此时段内没有问题。",
      heat_caption: "痛点：按商品品类（行）和地区（列）统计的客户消息；每格显示投诉数和占比。",
      no_category: "未分类", heat_cell: "{category} · {region}：{count} 条消息，{negative} 条投诉或负面（{share}）",
      products_caption: "按商品的痛点", no_pain: "此时段内没有关于商品的投诉或问题。",
      aud_product: "产品团队", aud_supply_chain: "供应链", aud_marketing: "营销团队",
      no_open_insights: "此时段内没有待处理的建议。", no_accepted_insights: "没有已采纳的建议。", no_dismissed_insights: "没有已忽略的建议。",
      conversations_1: "1 个会话", conversations_n: "{n} 个会话",
      evidence: "依据：", suggested: "建议行动：", read_convs: "查看相关会话：",
      conv_link: "此建议的第 {n} 个会话（在客服工作台中打开）",
      accept: "采纳", dismiss: "忽略", accepting: "正在采纳…", dismissing: "正在忽略…",
      accepted_article: "已采纳：文章草稿已在“店铺管理 › 知识库”中等待审核。", accepted: "已采纳。", dismissed: "已忽略。",
      status_accepted: "已采纳", status_dismissed: "已忽略",
      ins_product_title: "{product}：{turns} 个关于{topic}的问题",
      ins_product_evidence: "{from}至{to}，关于{product}（{sku}）的 {total} 个问题中，有 {turns} 个是关于{topic}{examples}。",
      ins_product_action: "在{product}的详情页补充关于{topic}的说明，并写一篇机器人可以据此回答的文章。",
      ins_supply_title: "{carrier}：{complaints} 条变质、温度或配送投诉",
      ins_supply_evidence: "{from}至{to}，由{carrier}配送的订单相关的 {turns} 条客户消息中，有 {complaints} 条是投诉：{by}{trend}。",
      ins_supply_action: "与{carrier}一起检查冷链：保温包装和冰袋、配送时段，以及相关运单的温度记录；考虑将冷藏订单改由其他承运商配送。",
      ins_marketing_title: "{segment}肤质的客户在询问{topic}",
      ins_marketing_evidence: "{from}至{to}，有 {turns} 个关于{topic}的问题来自档案中肤质为{segment}的客户。",
      ins_marketing_action: "面向{segment}肤质的客户（按其档案中的肤质）开展活动，推荐适合的产品（例如油性肌肤的控油产品），并让机器人在回答{topic}时推荐这些产品。",
      ins_examples: "，例如{list}",
      ins_quote: "“{text}”",
      ins_list_sep: "、",
      ins_count: "{what} {n}",
      ins_trend: "；较上一周期{change}"
    },
    es: {
      title: "kefu · panel", title_shop: "kefu · panel · {shop}", dashboard: "panel",
      to_admin: "Administración de la tienda", to_console: "Consola de agentes", logout: "Cerrar sesión", me: "{name} · {role}",
      role_agent: "agente", role_admin: "administrador", role_owner: "propietario",
      filters: "Filtros", from: "Desde", to: "Hasta", quick: "Periodos rápidos", last: "Últimos", days_7: "7 días", days_30: "30 días", days_90: "90 días",
      channel: "Canal", all_channels: "Todos los canales", language: "Idioma", all_languages: "Todos los idiomas",
      intent: "Intención", all_intents: "Todas las intenciones", product: "Producto", all_products: "Todos los productos", apply: "Aplicar", reset: "Restablecer",
      kpis: "Cifras clave", csv: "Descargar CSV",
      h_volume: "Conversaciones y contención a lo largo del tiempo",
      hint_volume: "Conversaciones por día, las que resolvió el bot y las derivadas a una persona; la tasa de contención en el eje derecho.",
      h_intents: "Intenciones", h_handoff: "Motivos de derivación", h_emotions: "Emociones de los clientes", h_languages: "Idiomas",
      h_latency: "Tiempos de respuesta",
      hint_latency: "Percentiles: la mitad de las respuestas son más rápidas que p50, nueve de cada diez más rápidas que p90 y noventa y nueve de cada cien más rápidas que p99.",
      people: "Personas", h_channels: "Canales",
      h_top: "Preguntas principales", hint_top: "Lo que más preguntan los clientes, agrupado entre idiomas; la flecha compara con el periodo anterior de la misma duración.",
      h_unanswered: "Preguntas sin respuesta",
      hint_unanswered: "Preguntas que el bot no pudo responder: pidió aclarar, no entendió, dio una respuesta genérica o derivó por ese motivo. Buenas candidatas para nuevos artículos.",
      h_heat: "Puntos débiles por categoría y región",
      hint_heat: "Cada celda: mensajes de clientes sobre la categoría desde la región; cuanto más oscura, mayor la proporción de quejas y emociones negativas.",
      fewer_complaints: "menos quejas", more_complaints: "más quejas", by_product: "Por producto",
      h_insights: "Recomendaciones",
      hint_insights: "Acciones sugeridas para los equipos de producto, cadena de suministro y marketing, con las pruebas que las respaldan. Aceptar crea un borrador de artículo o una tarea; Descartar oculta la sugerencia.",
      insight_status: "Estado de la recomendación", tab_open: "Abiertas", tab_accepted: "Aceptadas", tab_dismissed: "Descartadas",
      pct: "{n} %", ms: "{n} ms", sec: "{n} s", min: "{n} min", hours: "{n} h",
      unknown_region: "Región desconocida", unknown_language: "Idioma desconocido",
      err_404: "La API de analítica no está disponible en este servidor ({path} respondió 404 Not Found). El panel necesita una versión de kefu con /v1/analytics.",
      err_403: "El servidor lo rechazó: {error}", err_400: "Un filtro no es válido: {error}",
      err_network: "No se puede conectar con el servidor ({error}). Comprueba la conexión y recarga.", err_other: "Algo salió mal: {error}",
      err_json: "la respuesta del servidor no era JSON", err_http: "HTTP {status}",
      no_data: "{title}: sin datos", loading: "Cargando…",
      not_available: "No disponible: este servidor no tiene API de analítica.",
      some_failed: "Algunos paneles no se pudieron cargar: {error}", dates_reversed: "La fecha de inicio es posterior a la de fin.",
      no_chart: "La biblioteca de gráficos no se cargó; las tablas siguen funcionando.",
      customer_messages: "Mensajes de clientes", count: "Cantidad", share: "Proporción",
      k_conversations: "Conversaciones", k_conversations_sub: "{n} mensajes de clientes",
      k_containment: "Contención", k_containment_sub: "cerradas por el bot, sin volver en 24 h",
      k_resolution: "Resolución", k_handoff: "Tasa de derivación", k_clarification: "Tasa de aclaración",
      k_csat: "Satisfacción", k_csat_value: "{mean} / 5", k_csat_sub: "{n} valoraciones", k_csat_none: "aún sin valoraciones",
      k_thumbs: "Pulgares", k_bot_time: "Tiempo de respuesta del bot", k_bot_time_sub: "p90 {p90} · p99 {p99}",
      k_compensation: "Compensaciones ({currency})", k_compensation_sub: "{n} pagos de cortesía",
      k_proactive: "Mensajes proactivos", k_proactive_sub: "{replied} respondidos · {opted_out} bajas",
      s_conversations: "Conversaciones", s_contained: "Resueltas por el bot", s_contained_short: "Resueltas", s_handed_off: "Derivadas",
      s_rate: "Tasa de contención", axis_conversations: "conversaciones", axis_containment: "contención",
      per_day: "Conversaciones por día", empty_period: "No hay conversaciones en este periodo.", nothing_period: "No hay nada que mostrar en este periodo.",
      bot_answer: "Respuesta del bot", bot_answer_time: "Tiempo de respuesta del bot", bot_percentiles: "Percentiles del tiempo de respuesta del bot",
      first_response: "Primera respuesta de los agentes", handling: "Tiempo de gestión de los agentes", percentiles: "p50 {p50} · p90 {p90} · p99 {p99}",
      no_agents: "no hubo conversaciones con agentes en este periodo",
      chg_new: "nueva", chg_new_hint: "nada en el periodo anterior", chg_hint: "comparado con el periodo anterior de la misma duración",
      chg_up: "sube", chg_down: "baja", chg_flat: "sin cambios",
      example_1: "1 ejemplo", examples: "{n} ejemplos",
      col_question: "Pregunta", col_count: "Cantidad", col_share: "Proporción", col_answered: "Respondidas", col_change: "Cambio", col_trend: "Tendencia",
      col_languages: "Idiomas", col_products: "Productos", col_examples: "Ejemplos", col_category: "Categoría", col_product: "Producto",
      col_messages: "Mensajes", col_complaints: "Quejas", col_top_intents: "Intenciones principales",
      all_answered: "El bot respondió todas las preguntas de este periodo.", no_questions: "No hay preguntas en este periodo.",
      heat_caption: "Puntos débiles: mensajes de clientes por categoría de producto (filas) y región (columnas); quejas y proporción en cada celda.",
      no_category: "Sin categoría", heat_cell: "{category} · {region}: {count} mensajes, {negative} quejas o negativos ({share})",
      products_caption: "Puntos débiles por producto", no_pain: "No hay quejas ni preguntas sobre productos en este periodo.",
      aud_product: "Equipo de producto", aud_supply_chain: "Cadena de suministro", aud_marketing: "Marketing",
      no_open_insights: "No hay recomendaciones abiertas en este periodo.", no_accepted_insights: "No hay recomendaciones aceptadas.", no_dismissed_insights: "No hay recomendaciones descartadas.",
      conversations_1: "1 conversación", conversations_n: "{n} conversaciones",
      evidence: "Pruebas: ", suggested: "Acción sugerida: ", read_convs: "Leer las conversaciones: ",
      conv_link: "Conversación {n} de esta recomendación, en la consola",
      accept: "Aceptar", dismiss: "Descartar", accepting: "Aceptando…", dismissing: "Descartando…",
      accepted_article: "Aceptada: un borrador de artículo espera en Administración de la tienda › Conocimiento.", accepted: "Aceptada.", dismissed: "Descartada.",
      status_accepted: "Aceptada", status_dismissed: "Descartada",
      ins_product_title: "{product}: {turns} preguntas sobre {topic}",
      ins_product_evidence: "{turns} de las {total} preguntas sobre {product} ({sku}) del {from} al {to} fueron sobre {topic}{examples}.",
      ins_product_action: "Añade una nota sobre {topic} en la página de {product} y un artículo con el que el bot pueda responder.",
      ins_supply_title: "{carrier}: {complaints} quejas por deterioro, temperatura o entrega",
      ins_supply_evidence: "{complaints} de {turns} mensajes de clientes sobre pedidos enviados con {carrier} del {from} al {to} fueron quejas: {by}{trend}.",
      ins_supply_action: "Revisa la cadena de frío con {carrier}: embalaje aislante y placas de hielo, franjas de entrega y los registradores de temperatura de los envíos afectados; considera enviar los pedidos refrigerados con otro transportista.",
      ins_marketing_title: "Clientes con piel {segment} preguntan por {topic}",
      ins_marketing_evidence: "{turns} preguntas sobre {topic} del {from} al {to} vinieron de clientes cuyo perfil indica piel {segment}.",
      ins_marketing_action: "Lanza una campaña para clientes con piel {segment} (según el tipo de piel de su perfil) con los productos pensados para ella, p. ej. control del brillo para piel grasa, y haz que el bot responda sobre {topic} con esos productos.",
      ins_examples: ", p. ej., {list}",
      ins_quote: "«{text}»",
      ins_list_sep: ", ",
      ins_count: "{what} {n}",
      ins_trend: "; {change} respecto al periodo anterior"
    },
    th: {
      title: "kefu · แดชบอร์ด", title_shop: "kefu · แดชบอร์ด · {shop}", dashboard: "แดชบอร์ด",
      to_admin: "จัดการร้านค้า", to_console: "คอนโซลเจ้าหน้าที่", logout: "ออกจากระบบ", me: "{name} · {role}",
      role_agent: "เจ้าหน้าที่", role_admin: "ผู้ดูแล", role_owner: "เจ้าของร้าน",
      filters: "ตัวกรอง", from: "ตั้งแต่", to: "ถึง", quick: "ช่วงเวลาด่วน", last: "ล่าสุด", days_7: "7 วัน", days_30: "30 วัน", days_90: "90 วัน",
      channel: "ช่องทาง", all_channels: "ทุกช่องทาง", language: "ภาษา", all_languages: "ทุกภาษา",
      intent: "เจตนา", all_intents: "ทุกเจตนา", product: "สินค้า", all_products: "สินค้าทั้งหมด", apply: "ใช้", reset: "รีเซ็ต",
      kpis: "ตัวเลขสำคัญ", csv: "ดาวน์โหลด CSV",
      h_volume: "บทสนทนาและอัตราที่บอทจัดการเองตามช่วงเวลา",
      hint_volume: "จำนวนบทสนทนาต่อวัน ที่บอทจัดการเองได้ และที่ส่งต่อให้เจ้าหน้าที่ อัตราที่บอทจัดการเองอยู่บนแกนขวา",
      h_intents: "เจตนา", h_handoff: "เหตุผลที่ส่งต่อเจ้าหน้าที่", h_emotions: "อารมณ์ของลูกค้า", h_languages: "ภาษา",
      h_latency: "เวลาตอบกลับ",
      hint_latency: "เปอร์เซ็นไทล์: ครึ่งหนึ่งของคำตอบเร็วกว่า p50 เก้าในสิบเร็วกว่า p90 และเก้าสิบเก้าในร้อยเร็วกว่า p99",
      people: "เจ้าหน้าที่", h_channels: "ช่องทาง",
      h_top: "คำถามยอดนิยม", hint_top: "สิ่งที่ลูกค้าถามมากที่สุด รวมทุกภาษา ลูกศรเทียบกับช่วงก่อนหน้าที่ยาวเท่ากัน",
      h_unanswered: "คำถามที่ไม่ได้รับคำตอบ",
      hint_unanswered: "คำถามที่บอทตอบไม่ได้: ขอให้อธิบายเพิ่ม ไม่เข้าใจ ตอบแบบทั่วไป หรือส่งต่อเจ้าหน้าที่ด้วยเหตุนี้ เหมาะจะเขียนเป็นบทความความรู้ใหม่",
      h_heat: "จุดที่มีปัญหาตามหมวดหมู่และภูมิภาค",
      hint_heat: "แต่ละช่อง: ข้อความของลูกค้าเกี่ยวกับหมวดหมู่นั้นจากภูมิภาคนั้น ยิ่งสีเข้ม สัดส่วนคำร้องเรียนและอารมณ์เชิงลบยิ่งสูง",
      fewer_complaints: "ร้องเรียนน้อย", more_complaints: "ร้องเรียนมาก", by_product: "ตามสินค้า",
      h_insights: "ข้อเสนอแนะ",
      hint_insights: "การดำเนินการที่แนะนำสำหรับทีมสินค้า ซัพพลายเชน และการตลาด พร้อมหลักฐาน กดยอมรับเพื่อสร้างร่างบทความหรืองาน กดปัดทิ้งเพื่อซ่อนข้อเสนอแนะ",
      insight_status: "สถานะข้อเสนอแนะ", tab_open: "รอดำเนินการ", tab_accepted: "ยอมรับแล้ว", tab_dismissed: "ปัดทิ้งแล้ว",
      pct: "{n}%", ms: "{n} มิลลิวินาที", sec: "{n} วินาที", min: "{n} นาที", hours: "{n} ชม.",
      unknown_region: "ไม่ทราบภูมิภาค", unknown_language: "ไม่ทราบภาษา",
      err_404: "เซิร์ฟเวอร์นี้ไม่มี API วิเคราะห์ข้อมูล ({path} ตอบกลับ 404 Not Found) แดชบอร์ดต้องใช้ kefu รุ่นที่มี /v1/analytics",
      err_403: "เซิร์ฟเวอร์ปฏิเสธ: {error}", err_400: "ตัวกรองไม่ถูกต้อง: {error}",
      err_network: "เชื่อมต่อเซิร์ฟเวอร์ไม่ได้ ({error}) โปรดตรวจสอบการเชื่อมต่อแล้วโหลดใหม่", err_other: "เกิดข้อผิดพลาด: {error}",
      err_json: "คำตอบของเซิร์ฟเวอร์ไม่ใช่ JSON", err_http: "HTTP {status}",
      no_data: "{title}: ไม่มีข้อมูล", loading: "กำลังโหลด…",
      not_available: "ใช้ไม่ได้: เซิร์ฟเวอร์นี้ไม่มี API วิเคราะห์ข้อมูล",
      some_failed: "โหลดบางส่วนไม่สำเร็จ: {error}", dates_reversed: "วันที่เริ่มอยู่หลังวันที่สิ้นสุด",
      no_chart: "โหลดไลบรารีกราฟไม่สำเร็จ ตารางยังใช้งานได้",
      customer_messages: "ข้อความของลูกค้า", count: "จำนวน", share: "สัดส่วน",
      k_conversations: "บทสนทนา", k_conversations_sub: "ข้อความของลูกค้า {n} ข้อความ",
      k_containment: "บอทจัดการเอง", k_containment_sub: "บอทปิดเรื่อง และลูกค้าไม่กลับมาภายใน 24 ชม.",
      k_resolution: "แก้ไขสำเร็จ", k_handoff: "อัตราส่งต่อเจ้าหน้าที่", k_clarification: "อัตราขอคำอธิบายเพิ่ม",
      k_csat: "ความพึงพอใจ", k_csat_value: "{mean} / 5", k_csat_sub: "{n} คะแนน", k_csat_none: "ยังไม่มีคะแนน",
      k_thumbs: "ถูกใจ / ไม่ถูกใจ", k_bot_time: "เวลาตอบของบอท", k_bot_time_sub: "p90 {p90} · p99 {p99}",
      k_compensation: "การชดเชย ({currency})", k_compensation_sub: "ชดเชย {n} ครั้ง",
      k_proactive: "ข้อความเชิงรุก", k_proactive_sub: "ตอบกลับ {replied} · ยกเลิกรับ {opted_out}",
      s_conversations: "บทสนทนา", s_contained: "บอทจัดการเอง", s_contained_short: "จัดการเอง", s_handed_off: "ส่งต่อเจ้าหน้าที่",
      s_rate: "อัตราที่บอทจัดการเอง", axis_conversations: "บทสนทนา", axis_containment: "อัตราที่บอทจัดการเอง",
      per_day: "บทสนทนาต่อวัน", empty_period: "ไม่มีบทสนทนาในช่วงเวลานี้", nothing_period: "ไม่มีข้อมูลในช่วงเวลานี้",
      bot_answer: "คำตอบของบอท", bot_answer_time: "เวลาตอบของบอท", bot_percentiles: "เปอร์เซ็นไทล์ของเวลาตอบของบอท",
      first_response: "เวลาตอบครั้งแรกของเจ้าหน้าที่", handling: "เวลาดูแลของเจ้าหน้าที่", percentiles: "p50 {p50} · p90 {p90} · p99 {p99}",
      no_agents: "ไม่มีบทสนทนากับเจ้าหน้าที่ในช่วงเวลานี้",
      chg_new: "ใหม่", chg_new_hint: "ไม่มีในช่วงก่อนหน้า", chg_hint: "เทียบกับช่วงก่อนหน้าที่ยาวเท่ากัน",
      chg_up: "เพิ่มขึ้น", chg_down: "ลดลง", chg_flat: "คงที่",
      example_1: "ตัวอย่าง 1 รายการ", examples: "ตัวอย่าง {n} รายการ",
      col_question: "คำถาม", col_count: "จำนวน", col_share: "สัดส่วน", col_answered: "ตอบแล้ว", col_change: "เปลี่ยนแปลง", col_trend: "แนวโน้ม",
      col_languages: "ภาษา", col_products: "สินค้า", col_examples: "ตัวอย่าง", col_category: "หมวดหมู่", col_product: "สินค้า",
      col_messages: "ข้อความ", col_complaints: "ร้องเรียน", col_top_intents: "เจตนาหลัก",
      all_answered: "บอทตอบทุกคำถามในช่วงเวลานี้", no_questions: "ไม่มีคำถามในช่วงเวลานี้",
      heat_caption: "จุดที่มีปัญหา: ข้อความของลูกค้าตามหมวดหมู่สินค้า (แถว) และภูมิภาค (คอลัมน์) พร้อมจำนวนร้องเรียนและสัดส่วนในแต่ละช่อง",
      no_category: "ไม่มีหมวดหมู่", heat_cell: "{category} · {region}: {count} ข้อความ, ร้องเรียนหรือเชิงลบ {negative} ({share})",
      products_caption: "จุดที่มีปัญหาตามสินค้า", no_pain: "ไม่มีคำร้องเรียนหรือคำถามเกี่ยวกับสินค้าในช่วงเวลานี้",
      aud_product: "ทีมสินค้า", aud_supply_chain: "ซัพพลายเชน", aud_marketing: "การตลาด",
      no_open_insights: "ไม่มีข้อเสนอแนะที่รอดำเนินการในช่วงเวลานี้", no_accepted_insights: "ไม่มีข้อเสนอแนะที่ยอมรับแล้ว", no_dismissed_insights: "ไม่มีข้อเสนอแนะที่ปัดทิ้งแล้ว",
      conversations_1: "1 บทสนทนา", conversations_n: "{n} บทสนทนา",
      evidence: "หลักฐาน: ", suggested: "สิ่งที่แนะนำ: ", read_convs: "อ่านบทสนทนา: ",
      conv_link: "บทสนทนาที่ {n} ของข้อเสนอแนะนี้ ในคอนโซล",
      accept: "ยอมรับ", dismiss: "ปัดทิ้ง", accepting: "กำลังยอมรับ…", dismissing: "กำลังปัดทิ้ง…",
      accepted_article: "ยอมรับแล้ว: ร่างบทความรออยู่ใน จัดการร้านค้า › ความรู้", accepted: "ยอมรับแล้ว", dismissed: "ปัดทิ้งแล้ว",
      status_accepted: "ยอมรับแล้ว", status_dismissed: "ปัดทิ้งแล้ว",
      ins_product_title: "{product}: มีคำถามเรื่อง{topic} {turns} ข้อ",
      ins_product_evidence: "ตั้งแต่ {from} ถึง {to} จากคำถามเกี่ยวกับ {product} ({sku}) ทั้งหมด {total} ข้อ มี {turns} ข้อเป็นเรื่อง{topic}{examples}",
      ins_product_action: "เพิ่มหมายเหตุเรื่อง{topic}ในหน้ารายละเอียดของ {product} และเขียนบทความที่บอทใช้ตอบได้",
      ins_supply_title: "{carrier}: ข้อร้องเรียนเรื่องสินค้าเสีย อุณหภูมิ หรือการจัดส่ง {complaints} รายการ",
      ins_supply_evidence: "ตั้งแต่ {from} ถึง {to} จากข้อความลูกค้า {turns} ข้อความเกี่ยวกับคำสั่งซื้อที่จัดส่งโดย {carrier} มี {complaints} ข้อความเป็นข้อร้องเรียน: {by}{trend}",
      ins_supply_action: "ตรวจสอบห่วงโซ่ความเย็นร่วมกับ {carrier}: บรรจุภัณฑ์เก็บความเย็นและเจลเย็น ช่วงเวลาจัดส่ง และบันทึกอุณหภูมิของพัสดุที่ได้รับผลกระทบ และพิจารณาย้ายคำสั่งซื้อแช่เย็นไปใช้ผู้ให้บริการขนส่งรายอื่น",
      ins_marketing_title: "ลูกค้าผิว{segment}ถามเรื่อง{topic}",
      ins_marketing_evidence: "ตั้งแต่ {from} ถึง {to} มีคำถามเรื่อง{topic} {turns} ข้อจากลูกค้าที่โปรไฟล์ระบุว่าผิว{segment}",
      ins_marketing_action: "จัดแคมเปญสำหรับลูกค้าผิว{segment} (ตามประเภทผิวในโปรไฟล์) ด้วยสินค้าที่เหมาะกับผิวนั้น เช่น สินค้าควบคุมความมันสำหรับผิวมัน และให้บอทตอบเรื่อง{topic}ด้วยสินค้าเหล่านั้น",
      ins_examples: " เช่น {list}",
      ins_quote: "“{text}”",
      ins_list_sep: ", ",
      ins_count: "{what} {n}",
      ins_trend: " ({change} เทียบกับช่วงก่อนหน้า)"
    },
    ja: {
      title: "kefu · ダッシュボード", title_shop: "kefu · ダッシュボード · {shop}", dashboard: "ダッシュボード",
      to_admin: "ショップ管理", to_console: "オペレーター画面", logout: "ログアウト", me: "{name} · {role}",
      role_agent: "オペレーター", role_admin: "管理者", role_owner: "オーナー",
      filters: "絞り込み", from: "開始日", to: "終了日", quick: "期間のショートカット", last: "過去", days_7: "7日間", days_30: "30日間", days_90: "90日間",
      channel: "チャネル", all_channels: "すべてのチャネル", language: "言語", all_languages: "すべての言語",
      intent: "問い合わせ種別", all_intents: "すべての種別", product: "商品", all_products: "すべての商品", apply: "適用", reset: "リセット",
      kpis: "主要指標", csv: "CSVをダウンロード",
      h_volume: "会話数とボット完結率の推移",
      hint_volume: "1日あたりの会話数、ボットだけで完結した会話と有人対応に切り替えた会話。右軸はボット完結率です。",
      h_intents: "問い合わせ種別", h_handoff: "有人切り替えの理由", h_emotions: "お客様の感情", h_languages: "言語",
      h_latency: "応答時間",
      hint_latency: "パーセンタイル：回答の半数は p50 より速く、10件中9件は p90 より速く、100件中99件は p99 より速く返されています。",
      people: "オペレーター", h_channels: "チャネル",
      h_top: "よくある質問", hint_top: "お客様からの多い質問（言語をまたいでまとめています）。矢印は直前の同じ長さの期間との比較です。",
      h_unanswered: "未回答の質問",
      hint_unanswered: "ボットが回答できなかった質問：聞き返した、理解できなかった、代替応答をした、またはそのために有人対応へ切り替えたもの。新しいナレッジ記事の候補です。",
      h_heat: "カテゴリ・地域別の課題",
      hint_heat: "各セル：その地域から届いた、そのカテゴリに関するお客様のメッセージ数。色が濃いほど苦情やネガティブな感情の割合が高くなります。",
      fewer_complaints: "苦情が少ない", more_complaints: "苦情が多い", by_product: "商品別",
      h_insights: "改善提案",
      hint_insights: "商品・サプライチェーン・マーケティングの各チームへの推奨アクションと、その根拠です。「採用」で記事の下書きまたはタスクを作成し、「却下」で提案を非表示にします。",
      insight_status: "提案のステータス", tab_open: "未対応", tab_accepted: "採用済み", tab_dismissed: "却下済み",
      pct: "{n}%", ms: "{n}\u00a0ms", sec: "{n}秒", min: "{n}分", hours: "{n}時間",
      unknown_region: "不明な地域", unknown_language: "不明な言語",
      err_404: "このサーバーでは分析APIを利用できません（{path} が 404 Not Found を返しました）。ダッシュボードには /v1/analytics を備えた kefu のバージョンが必要です。",
      err_403: "サーバーに拒否されました：{error}", err_400: "絞り込み条件が正しくありません：{error}",
      err_network: "サーバーに接続できません（{error}）。接続を確認して再読み込みしてください。", err_other: "問題が発生しました：{error}",
      err_json: "サーバーの応答が JSON ではありません", err_http: "HTTP {status}",
      no_data: "{title}：データなし", loading: "読み込み中…",
      not_available: "利用できません：このサーバーには分析APIがありません。",
      some_failed: "一部のパネルを読み込めませんでした：{error}", dates_reversed: "開始日が終了日より後になっています。",
      no_chart: "グラフライブラリを読み込めませんでした。表は引き続き利用できます。",
      customer_messages: "お客様のメッセージ", count: "件数", share: "割合",
      k_conversations: "会話数", k_conversations_sub: "お客様のメッセージ {n}件",
      k_containment: "ボット完結率", k_containment_sub: "ボットが完了し、24時間以内の再問い合わせなし",
      k_resolution: "解決率", k_handoff: "有人切り替え率", k_clarification: "聞き返し率",
      k_csat: "顧客満足度", k_csat_value: "{mean} / 5", k_csat_sub: "評価 {n}件", k_csat_none: "評価はまだありません",
      k_thumbs: "高評価 / 低評価", k_bot_time: "ボットの応答時間", k_bot_time_sub: "p90 {p90} · p99 {p99}",
      k_compensation: "補償（{currency}）", k_compensation_sub: "補償 {n}件",
      k_proactive: "プロアクティブ通知", k_proactive_sub: "返信 {replied}件 · 配信停止 {opted_out}件",
      s_conversations: "会話数", s_contained: "ボットで完結", s_contained_short: "ボット完結", s_handed_off: "有人切り替え",
      s_rate: "ボット完結率", axis_conversations: "会話数", axis_containment: "ボット完結率",
      per_day: "1日あたりの会話数", empty_period: "この期間の会話はありません。", nothing_period: "この期間に表示するデータはありません。",
      bot_answer: "ボットの回答", bot_answer_time: "ボットの応答時間", bot_percentiles: "ボットの応答時間（パーセンタイル）",
      first_response: "オペレーターの初回応答時間", handling: "オペレーターの対応時間", percentiles: "p50 {p50} · p90 {p90} · p99 {p99}",
      no_agents: "この期間にオペレーターが対応した会話はありません",
      chg_new: "新規", chg_new_hint: "前の期間にはなし", chg_hint: "直前の同じ長さの期間との比較",
      chg_up: "増加", chg_down: "減少", chg_flat: "変化なし",
      example_1: "例 1件", examples: "例 {n}件",
      col_question: "質問", col_count: "件数", col_share: "割合", col_answered: "回答済み", col_change: "増減", col_trend: "推移",
      col_languages: "言語", col_products: "商品", col_examples: "例", col_category: "カテゴリ", col_product: "商品",
      col_messages: "メッセージ数", col_complaints: "苦情数", col_top_intents: "主な問い合わせ種別",
      all_answered: "この期間、ボットはすべての質問に回答しました。", no_questions: "この期間の質問はありません。",
      heat_caption: "課題：商品カテゴリ（行）と地域（列）ごとのお客様のメッセージ数。各セルに苦情数と割合を表示します。",
      no_category: "カテゴリなし", heat_cell: "{category} · {region}：メッセージ {count}件、苦情・ネガティブ {negative}件（{share}）",
      products_caption: "商品別の課題", no_pain: "この期間、商品に関する苦情や質問はありません。",
      aud_product: "商品チーム", aud_supply_chain: "サプライチェーン", aud_marketing: "マーケティング",
      no_open_insights: "この期間の未対応の提案はありません。", no_accepted_insights: "採用済みの提案はありません。", no_dismissed_insights: "却下済みの提案はありません。",
      conversations_1: "会話 1件", conversations_n: "会話 {n}件",
      evidence: "根拠：", suggested: "推奨アクション：", read_convs: "会話を読む：",
      conv_link: "この提案の会話 {n}（オペレーター画面で開く）",
      accept: "採用", dismiss: "却下", accepting: "採用しています…", dismissing: "却下しています…",
      accepted_article: "採用しました：記事の下書きが「ショップ管理 › ナレッジ」でレビューを待っています。", accepted: "採用しました。", dismissed: "却下しました。",
      status_accepted: "採用済み", status_dismissed: "却下済み",
      ins_product_title: "{product}：{topic}に関する質問 {turns}件",
      ins_product_evidence: "{from}から{to}まで、{product}（{sku}）に関する質問 {total}件のうち {turns}件が{topic}に関するものでした{examples}。",
      ins_product_action: "{product}の商品ページに{topic}についての説明を追加し、ボットが回答に使える記事も作成しましょう。",
      ins_supply_title: "{carrier}：傷み・温度・配送に関する苦情 {complaints}件",
      ins_supply_evidence: "{from}から{to}まで、{carrier}で発送した注文に関するお客様のメッセージ {turns}件のうち {complaints}件が苦情でした：{by}{trend}。",
      ins_supply_action: "{carrier}とコールドチェーンを見直しましょう：保冷梱包と保冷剤、配達時間帯、該当する出荷の温度記録。冷蔵品の注文を別の配送業者に切り替えることも検討してください。",
      ins_marketing_title: "{segment}肌のお客様から{topic}に関する質問",
      ins_marketing_evidence: "{from}から{to}まで、{topic}に関する質問 {turns}件が、プロフィールの肌タイプが{segment}肌のお客様から寄せられました。",
      ins_marketing_action: "{segment}肌のお客様（プロフィールの肌タイプ）向けに、その肌に合った商品（例：脂性肌には皮脂ケア）でキャンペーンを行い、ボットが{topic}に答えるときにもそれらの商品を紹介しましょう。",
      ins_examples: "（例：{list}）",
      ins_quote: "「{text}」",
      ins_list_sep: "、",
      ins_count: "{what} {n}件",
      ins_trend: "（前の期間比 {change}）"
    },
    ko: {
      title: "kefu · 대시보드", title_shop: "kefu · 대시보드 · {shop}", dashboard: "대시보드",
      to_admin: "쇼핑몰 관리", to_console: "상담원 콘솔", logout: "로그아웃", me: "{name} · {role}",
      role_agent: "상담원", role_admin: "관리자", role_owner: "대표",
      filters: "필터", from: "시작일", to: "종료일", quick: "빠른 기간 선택", last: "최근", days_7: "7일", days_30: "30일", days_90: "90일",
      channel: "채널", all_channels: "모든 채널", language: "언어", all_languages: "모든 언어",
      intent: "문의 유형", all_intents: "모든 문의 유형", product: "상품", all_products: "모든 상품", apply: "적용", reset: "초기화",
      kpis: "핵심 지표", csv: "CSV 다운로드",
      h_volume: "기간별 대화 수와 챗봇 자체 해결률",
      hint_volume: "일별 대화 수, 챗봇이 자체 해결한 대화와 상담원에게 연결된 대화입니다. 오른쪽 축은 자체 해결률입니다.",
      h_intents: "문의 유형", h_handoff: "상담원 연결 사유", h_emotions: "고객 감정", h_languages: "언어",
      h_latency: "응답 시간",
      hint_latency: "백분위수: 답변의 절반은 p50보다 빠르고, 10건 중 9건은 p90보다, 100건 중 99건은 p99보다 빠릅니다.",
      people: "상담원", h_channels: "채널",
      h_top: "자주 묻는 질문", hint_top: "고객이 가장 많이 묻는 질문(언어 구분 없이 묶음)입니다. 화살표는 같은 길이의 직전 기간과 비교한 것입니다.",
      h_unanswered: "답변하지 못한 질문",
      hint_unanswered: "챗봇이 답하지 못한 질문: 다시 물었거나, 이해하지 못했거나, 기본 응답으로 넘어갔거나, 그 때문에 상담원에게 연결한 경우입니다. 새 지식 문서로 만들기 좋은 후보입니다.",
      h_heat: "카테고리·지역별 불만 지점",
      hint_heat: "각 칸: 해당 지역에서 온 해당 카테고리 관련 고객 메시지 수입니다. 색이 진할수록 불만과 부정적 감정의 비율이 높습니다.",
      fewer_complaints: "불만 적음", more_complaints: "불만 많음", by_product: "상품별",
      h_insights: "인사이트",
      hint_insights: "상품·공급망·마케팅팀을 위한 추천 조치와 그 근거입니다. 수락하면 문서 초안이나 작업이 생성되고, 무시하면 제안이 숨겨집니다.",
      insight_status: "인사이트 상태", tab_open: "미처리", tab_accepted: "수락됨", tab_dismissed: "무시됨",
      pct: "{n}%", ms: "{n}ms", sec: "{n}초", min: "{n}분", hours: "{n}시간",
      unknown_region: "알 수 없는 지역", unknown_language: "알 수 없는 언어",
      err_404: "이 서버에서는 분석 API를 사용할 수 없습니다({path}에서 404 Not Found 응답). 대시보드를 쓰려면 /v1/analytics가 있는 kefu 버전이 필요합니다.",
      err_403: "서버가 요청을 거부했습니다: {error}", err_400: "필터가 올바르지 않습니다: {error}",
      err_network: "서버에 연결할 수 없습니다({error}). 연결을 확인하고 새로 고침하세요.", err_other: "문제가 발생했습니다: {error}",
      err_json: "서버 응답이 JSON이 아닙니다", err_http: "HTTP {status}",
      no_data: "{title}: 데이터 없음", loading: "불러오는 중…",
      not_available: "사용할 수 없음: 이 서버에는 분석 API가 없습니다.",
      some_failed: "일부 패널을 불러오지 못했습니다: {error}", dates_reversed: "시작일이 종료일보다 늦습니다.",
      no_chart: "차트 라이브러리를 불러오지 못했습니다. 표는 계속 사용할 수 있습니다.",
      customer_messages: "고객 메시지", count: "건수", share: "비율",
      k_conversations: "대화 수", k_conversations_sub: "고객 메시지 {n}건",
      k_containment: "자체 해결률", k_containment_sub: "챗봇이 종료, 24시간 내 재문의 없음",
      k_resolution: "해결률", k_handoff: "상담원 연결률", k_clarification: "재질문률",
      k_csat: "고객 만족도", k_csat_value: "{mean} / 5", k_csat_sub: "평가 {n}건", k_csat_none: "아직 평가 없음",
      k_thumbs: "좋아요 / 싫어요", k_bot_time: "챗봇 응답 시간", k_bot_time_sub: "p90 {p90} · p99 {p99}",
      k_compensation: "보상({currency})", k_compensation_sub: "보상 지급 {n}건",
      k_proactive: "선제 안내 메시지", k_proactive_sub: "답장 {replied}건 · 수신 거부 {opted_out}건",
      s_conversations: "대화 수", s_contained: "챗봇 자체 해결", s_contained_short: "자체 해결", s_handed_off: "상담원 연결",
      s_rate: "자체 해결률", axis_conversations: "대화 수", axis_containment: "자체 해결률",
      per_day: "일별 대화 수", empty_period: "이 기간에는 대화가 없습니다.", nothing_period: "이 기간에는 표시할 내용이 없습니다.",
      bot_answer: "챗봇 답변", bot_answer_time: "챗봇 응답 시간", bot_percentiles: "챗봇 응답 시간 백분위수",
      first_response: "상담원 첫 응답 시간", handling: "상담원 처리 시간", percentiles: "p50 {p50} · p90 {p90} · p99 {p99}",
      no_agents: "이 기간에는 상담원이 응대한 대화가 없습니다",
      chg_new: "신규", chg_new_hint: "직전 기간에는 없음", chg_hint: "같은 길이의 직전 기간과 비교",
      chg_up: "증가", chg_down: "감소", chg_flat: "변동 없음",
      example_1: "예시 1건", examples: "예시 {n}건",
      col_question: "질문", col_count: "건수", col_share: "비율", col_answered: "답변됨", col_change: "증감", col_trend: "추이",
      col_languages: "언어", col_products: "상품", col_examples: "예시", col_category: "카테고리", col_product: "상품",
      col_messages: "메시지", col_complaints: "불만", col_top_intents: "주요 문의 유형",
      all_answered: "이 기간에 챗봇이 모든 질문에 답했습니다.", no_questions: "이 기간에는 질문이 없습니다.",
      heat_caption: "불만 지점: 상품 카테고리(행)와 지역(열)별 고객 메시지 수이며, 각 칸에 불만 건수와 비율을 표시합니다.",
      no_category: "카테고리 없음", heat_cell: "{category} · {region}: 메시지 {count}건, 불만·부정 {negative}건({share})",
      products_caption: "상품별 불만 지점", no_pain: "이 기간에는 상품에 대한 불만이나 질문이 없습니다.",
      aud_product: "상품팀", aud_supply_chain: "공급망", aud_marketing: "마케팅",
      no_open_insights: "이 기간에는 미처리 인사이트가 없습니다.", no_accepted_insights: "수락한 인사이트가 없습니다.", no_dismissed_insights: "무시한 인사이트가 없습니다.",
      conversations_1: "대화 1건", conversations_n: "대화 {n}건",
      evidence: "근거: ", suggested: "추천 조치: ", read_convs: "대화 보기: ",
      conv_link: "이 인사이트의 대화 {n}(상담원 콘솔에서 열기)",
      accept: "수락", dismiss: "무시", accepting: "수락하는 중…", dismissing: "무시하는 중…",
      accepted_article: "수락됨: 문서 초안이 쇼핑몰 관리 › 지식 베이스에서 검토를 기다리고 있습니다.", accepted: "수락했습니다.", dismissed: "무시했습니다.",
      status_accepted: "수락됨", status_dismissed: "무시됨",
      ins_product_title: "{product}: {topic} 관련 질문 {turns}건",
      ins_product_evidence: "{from}~{to} {product}({sku})에 대한 질문 {total}건 중 {turns}건이 {topic} 관련이었습니다{examples}.",
      ins_product_action: "{product} 상세 페이지에 {topic} 관련 안내를 추가하고, 챗봇이 답변에 쓸 수 있는 문서도 작성하세요.",
      ins_supply_title: "{carrier}: 변질·온도·배송 불만 {complaints}건",
      ins_supply_evidence: "{from}~{to} {carrier}(으)로 배송한 주문에 대한 고객 메시지 {turns}건 중 {complaints}건이 불만이었습니다: {by}{trend}.",
      ins_supply_action: "{carrier}와(과) 콜드체인을 점검하세요: 보냉 포장과 아이스팩, 배송 시간대, 해당 배송 건의 온도 기록. 냉장 주문은 다른 택배사로 옮기는 것도 검토하세요.",
      ins_marketing_title: "{segment} 피부 고객의 {topic} 문의",
      ins_marketing_evidence: "{from}~{to} {topic} 관련 질문 {turns}건이 프로필상 {segment} 피부인 고객에게서 왔습니다.",
      ins_marketing_action: "{segment} 피부 고객(프로필의 피부 타입 기준)을 대상으로 그 피부에 맞는 상품(예: 지성 피부용 유분 조절 제품)으로 캠페인을 진행하고, 챗봇이 {topic} 질문에 답할 때도 이 상품들을 추천하게 하세요.",
      ins_examples: "(예: {list})",
      ins_quote: "“{text}”",
      ins_list_sep: ", ",
      ins_count: "{what} {n}건",
      ins_trend: "(직전 기간 대비 {change})"
    },
    vi: {
      title: "kefu · bảng điều khiển", title_shop: "kefu · bảng điều khiển · {shop}", dashboard: "bảng điều khiển",
      to_admin: "Quản lý cửa hàng", to_console: "Bảng làm việc nhân viên", logout: "Đăng xuất", me: "{name} · {role}",
      role_agent: "nhân viên hỗ trợ", role_admin: "quản trị viên", role_owner: "chủ cửa hàng",
      filters: "Bộ lọc", from: "Từ ngày", to: "Đến ngày", quick: "Khoảng thời gian nhanh", last: "Gần đây", days_7: "7 ngày", days_30: "30 ngày", days_90: "90 ngày",
      channel: "Kênh", all_channels: "Tất cả kênh", language: "Ngôn ngữ", all_languages: "Tất cả ngôn ngữ",
      intent: "Ý định", all_intents: "Tất cả ý định", product: "Sản phẩm", all_products: "Tất cả sản phẩm", apply: "Áp dụng", reset: "Đặt lại",
      kpis: "Chỉ số chính", csv: "Tải CSV",
      h_volume: "Hội thoại và tỷ lệ bot tự xử lý theo thời gian",
      hint_volume: "Số hội thoại mỗi ngày, số hội thoại bot tự xử lý và số chuyển cho nhân viên; tỷ lệ bot tự xử lý ở trục bên phải.",
      h_intents: "Ý định", h_handoff: "Lý do chuyển nhân viên", h_emotions: "Cảm xúc khách hàng", h_languages: "Ngôn ngữ",
      h_latency: "Thời gian phản hồi",
      hint_latency: "Phân vị: một nửa số câu trả lời nhanh hơn p50, chín trên mười nhanh hơn p90, chín mươi chín trên một trăm nhanh hơn p99.",
      people: "Nhân viên", h_channels: "Kênh",
      h_top: "Câu hỏi hàng đầu", hint_top: "Những điều khách hỏi nhiều nhất, gộp qua các ngôn ngữ; mũi tên so với kỳ trước có cùng độ dài.",
      h_unanswered: "Câu hỏi chưa được trả lời",
      hint_unanswered: "Câu hỏi bot không trả lời được: bot hỏi lại, không hiểu, trả lời dự phòng hoặc chuyển nhân viên vì lý do đó. Nên bổ sung thành bài viết kiến thức mới.",
      h_heat: "Điểm nóng theo danh mục và khu vực",
      hint_heat: "Mỗi ô: số tin nhắn của khách hàng về danh mục đó từ khu vực đó; màu càng đậm, tỷ lệ khiếu nại và cảm xúc tiêu cực càng cao.",
      fewer_complaints: "ít khiếu nại", more_complaints: "nhiều khiếu nại", by_product: "Theo sản phẩm",
      h_insights: "Đề xuất",
      hint_insights: "Hành động đề xuất cho nhóm sản phẩm, chuỗi cung ứng và marketing, kèm bằng chứng. Chấp nhận sẽ tạo bản nháp bài viết hoặc công việc; Bỏ qua sẽ ẩn đề xuất.",
      insight_status: "Trạng thái đề xuất", tab_open: "Đang mở", tab_accepted: "Đã chấp nhận", tab_dismissed: "Đã bỏ qua",
      pct: "{n}%", ms: "{n}\u00a0ms", sec: "{n}\u00a0giây", min: "{n}\u00a0phút", hours: "{n}\u00a0giờ",
      unknown_region: "Khu vực không xác định", unknown_language: "Ngôn ngữ không xác định",
      err_404: "Máy chủ này không có API phân tích ({path} trả về 404 Not Found). Bảng điều khiển cần phiên bản kefu có /v1/analytics.",
      err_403: "Máy chủ từ chối: {error}", err_400: "Bộ lọc không hợp lệ: {error}",
      err_network: "Không kết nối được máy chủ ({error}). Hãy kiểm tra kết nối và tải lại trang.", err_other: "Đã xảy ra lỗi: {error}",
      err_json: "phản hồi của máy chủ không phải JSON", err_http: "HTTP {status}",
      no_data: "{title}: không có dữ liệu", loading: "Đang tải…",
      not_available: "Không khả dụng: máy chủ này không có API phân tích.",
      some_failed: "Không tải được một số bảng: {error}", dates_reversed: "Ngày bắt đầu sau ngày kết thúc.",
      no_chart: "Không tải được thư viện biểu đồ; bảng số liệu vẫn dùng được.",
      customer_messages: "Tin nhắn của khách", count: "Số lượng", share: "Tỷ lệ",
      k_conversations: "Hội thoại", k_conversations_sub: "{n} tin nhắn của khách",
      k_containment: "Bot tự xử lý", k_containment_sub: "bot đóng, khách không quay lại trong 24 giờ",
      k_resolution: "Tỷ lệ giải quyết", k_handoff: "Tỷ lệ chuyển nhân viên", k_clarification: "Tỷ lệ hỏi lại",
      k_csat: "Mức hài lòng", k_csat_value: "{mean} / 5", k_csat_sub: "{n} lượt đánh giá", k_csat_none: "chưa có đánh giá",
      k_thumbs: "Thích / Không thích", k_bot_time: "Thời gian bot trả lời", k_bot_time_sub: "p90 {p90} · p99 {p99}",
      k_compensation: "Bồi thường ({currency})", k_compensation_sub: "{n} khoản bồi thường thiện chí",
      k_proactive: "Tin nhắn chủ động", k_proactive_sub: "{replied} được trả lời · {opted_out} hủy nhận",
      s_conversations: "Hội thoại", s_contained: "Bot tự xử lý", s_contained_short: "Tự xử lý", s_handed_off: "Chuyển nhân viên",
      s_rate: "Tỷ lệ bot tự xử lý", axis_conversations: "hội thoại", axis_containment: "tỷ lệ tự xử lý",
      per_day: "Hội thoại mỗi ngày", empty_period: "Không có hội thoại nào trong kỳ này.", nothing_period: "Không có gì để hiển thị trong kỳ này.",
      bot_answer: "Bot trả lời", bot_answer_time: "Thời gian bot trả lời", bot_percentiles: "Phân vị thời gian bot trả lời",
      first_response: "Phản hồi đầu tiên của nhân viên", handling: "Thời gian xử lý của nhân viên", percentiles: "p50 {p50} · p90 {p90} · p99 {p99}",
      no_agents: "không có hội thoại nào với nhân viên trong kỳ này",
      chg_new: "mới", chg_new_hint: "kỳ trước không có", chg_hint: "so với kỳ trước có cùng độ dài",
      chg_up: "tăng", chg_down: "giảm", chg_flat: "không đổi",
      example_1: "1 ví dụ", examples: "{n} ví dụ",
      col_question: "Câu hỏi", col_count: "Số lượng", col_share: "Tỷ lệ", col_answered: "Đã trả lời", col_change: "Thay đổi", col_trend: "Xu hướng",
      col_languages: "Ngôn ngữ", col_products: "Sản phẩm", col_examples: "Ví dụ", col_category: "Danh mục", col_product: "Sản phẩm",
      col_messages: "Tin nhắn", col_complaints: "Khiếu nại", col_top_intents: "Ý định chính",
      all_answered: "Bot đã trả lời mọi câu hỏi trong kỳ này.", no_questions: "Không có câu hỏi nào trong kỳ này.",
      heat_caption: "Điểm nóng: tin nhắn của khách theo danh mục sản phẩm (hàng) và khu vực (cột); mỗi ô có số khiếu nại và tỷ lệ.",
      no_category: "Chưa phân loại", heat_cell: "{category} · {region}: {count} tin nhắn, {negative} khiếu nại hoặc tiêu cực ({share})",
      products_caption: "Điểm nóng theo sản phẩm", no_pain: "Không có khiếu nại hay câu hỏi nào về sản phẩm trong kỳ này.",
      aud_product: "Nhóm sản phẩm", aud_supply_chain: "Chuỗi cung ứng", aud_marketing: "Marketing",
      no_open_insights: "Không có đề xuất nào đang mở trong kỳ này.", no_accepted_insights: "Không có đề xuất nào đã chấp nhận.", no_dismissed_insights: "Không có đề xuất nào đã bỏ qua.",
      conversations_1: "1 hội thoại", conversations_n: "{n} hội thoại",
      evidence: "Bằng chứng: ", suggested: "Hành động đề xuất: ", read_convs: "Đọc các hội thoại: ",
      conv_link: "Hội thoại {n} của đề xuất này, trong bảng làm việc nhân viên",
      accept: "Chấp nhận", dismiss: "Bỏ qua", accepting: "Đang chấp nhận…", dismissing: "Đang bỏ qua…",
      accepted_article: "Đã chấp nhận: một bản nháp bài viết đang chờ trong Quản lý cửa hàng › Kiến thức.", accepted: "Đã chấp nhận.", dismissed: "Đã bỏ qua.",
      status_accepted: "Đã chấp nhận", status_dismissed: "Đã bỏ qua",
      ins_product_title: "{product}: {turns} câu hỏi về {topic}",
      ins_product_evidence: "Từ {from} đến {to}, {turns} trong số {total} câu hỏi về {product} ({sku}) là về {topic}{examples}.",
      ins_product_action: "Thêm ghi chú về {topic} vào trang chi tiết của {product}, và một bài viết để bot dựa vào đó trả lời.",
      ins_supply_title: "{carrier}: {complaints} khiếu nại về hàng hỏng, nhiệt độ hoặc giao hàng",
      ins_supply_evidence: "Từ {from} đến {to}, {complaints} trong số {turns} tin nhắn của khách về đơn hàng giao bởi {carrier} là khiếu nại: {by}{trend}.",
      ins_supply_action: "Rà soát chuỗi lạnh cùng {carrier}: bao bì cách nhiệt và túi đá giữ lạnh, khung giờ giao hàng, và nhật ký nhiệt độ của các lô hàng bị ảnh hưởng; cân nhắc chuyển đơn hàng đông lạnh sang đơn vị vận chuyển khác.",
      ins_marketing_title: "Khách hàng da {segment} hỏi về {topic}",
      ins_marketing_evidence: "Từ {from} đến {to}, có {turns} câu hỏi về {topic} đến từ khách hàng có hồ sơ ghi da {segment}.",
      ins_marketing_action: "Chạy chiến dịch cho khách hàng da {segment} (theo loại da trong hồ sơ) với các sản phẩm dành cho loại da này, ví dụ kiểm soát dầu cho da dầu, và để bot giới thiệu các sản phẩm đó khi trả lời về {topic}.",
      ins_examples: ", ví dụ {list}",
      ins_quote: "“{text}”",
      ins_list_sep: ", ",
      ins_count: "{what} ({n})",
      ins_trend: "; {change} so với kỳ trước"
    },
    id: {
      title: "kefu · dasbor", title_shop: "kefu · dasbor · {shop}", dashboard: "dasbor",
      to_admin: "Admin toko", to_console: "Konsol agen", logout: "Keluar", me: "{name} · {role}",
      role_agent: "agen", role_admin: "admin", role_owner: "pemilik",
      filters: "Filter", from: "Dari", to: "Sampai", quick: "Rentang cepat", last: "Terakhir", days_7: "7 hari", days_30: "30 hari", days_90: "90 hari",
      channel: "Kanal", all_channels: "Semua kanal", language: "Bahasa", all_languages: "Semua bahasa",
      intent: "Jenis pertanyaan", all_intents: "Semua jenis pertanyaan", product: "Produk", all_products: "Semua produk", apply: "Terapkan", reset: "Atur ulang",
      kpis: "Angka utama", csv: "Unduh CSV",
      h_volume: "Percakapan dan penyelesaian oleh bot dari waktu ke waktu",
      hint_volume: "Percakapan per hari, yang diselesaikan bot sendiri dan yang dialihkan ke agen; tingkat penyelesaian oleh bot di sumbu kanan.",
      h_intents: "Jenis pertanyaan", h_handoff: "Alasan pengalihan ke agen", h_emotions: "Emosi pelanggan", h_languages: "Bahasa",
      h_latency: "Waktu respons",
      hint_latency: "Persentil: separuh jawaban lebih cepat dari p50, sembilan dari sepuluh lebih cepat dari p90, sembilan puluh sembilan dari seratus lebih cepat dari p99.",
      people: "Agen", h_channels: "Kanal",
      h_top: "Pertanyaan teratas", hint_top: "Yang paling sering ditanyakan pelanggan, dikelompokkan lintas bahasa; panah membandingkan dengan periode sebelumnya yang sama panjang.",
      h_unanswered: "Pertanyaan tak terjawab",
      hint_unanswered: "Pertanyaan yang tidak bisa dijawab bot: bot meminta penjelasan, tidak paham, memberi jawaban cadangan, atau mengalihkan ke agen karena itu. Cocok dijadikan artikel pengetahuan baru.",
      h_heat: "Titik masalah per kategori dan wilayah",
      hint_heat: "Setiap sel: pesan pelanggan tentang kategori itu dari wilayah itu; makin gelap, makin besar porsi keluhan dan emosi negatif.",
      fewer_complaints: "lebih sedikit keluhan", more_complaints: "lebih banyak keluhan", by_product: "Per produk",
      h_insights: "Rekomendasi",
      hint_insights: "Tindakan yang disarankan untuk tim produk, rantai pasok, dan pemasaran, beserta buktinya. Terima membuat draf artikel atau tugas; Abaikan menyembunyikan saran.",
      insight_status: "Status rekomendasi", tab_open: "Terbuka", tab_accepted: "Diterima", tab_dismissed: "Diabaikan",
      pct: "{n}%", ms: "{n}\u00a0ms", sec: "{n}\u00a0dtk", min: "{n}\u00a0mnt", hours: "{n}\u00a0jam",
      unknown_region: "Wilayah tidak diketahui", unknown_language: "Bahasa tidak diketahui",
      err_404: "API analitik tidak tersedia di server ini ({path} menjawab 404 Not Found). Dasbor memerlukan versi kefu dengan /v1/analytics.",
      err_403: "Server menolak: {error}", err_400: "Filter tidak valid: {error}",
      err_network: "Server tidak dapat dihubungi ({error}). Periksa koneksi lalu muat ulang.", err_other: "Terjadi kesalahan: {error}",
      err_json: "jawaban server bukan JSON", err_http: "HTTP {status}",
      no_data: "{title}: tidak ada data", loading: "Memuat…",
      not_available: "Tidak tersedia: server ini tidak memiliki API analitik.",
      some_failed: "Beberapa panel gagal dimuat: {error}", dates_reversed: "Tanggal mulai setelah tanggal akhir.",
      no_chart: "Pustaka grafik gagal dimuat; tabel tetap berfungsi.",
      customer_messages: "Pesan pelanggan", count: "Jumlah", share: "Porsi",
      k_conversations: "Percakapan", k_conversations_sub: "{n} pesan pelanggan",
      k_containment: "Diselesaikan bot", k_containment_sub: "ditutup oleh bot, pelanggan tidak kembali dalam 24 jam",
      k_resolution: "Tingkat penyelesaian", k_handoff: "Tingkat pengalihan", k_clarification: "Tingkat klarifikasi",
      k_csat: "Kepuasan", k_csat_value: "{mean} / 5", k_csat_sub: "{n} penilaian", k_csat_none: "belum ada penilaian",
      k_thumbs: "Suka / Tidak suka", k_bot_time: "Waktu jawab bot", k_bot_time_sub: "p90 {p90} · p99 {p99}",
      k_compensation: "Kompensasi ({currency})", k_compensation_sub: "{n} kompensasi",
      k_proactive: "Pesan proaktif", k_proactive_sub: "{replied} dibalas · {opted_out} berhenti langganan",
      s_conversations: "Percakapan", s_contained: "Diselesaikan bot", s_contained_short: "Oleh bot", s_handed_off: "Dialihkan ke agen",
      s_rate: "Tingkat penyelesaian oleh bot", axis_conversations: "percakapan", axis_containment: "diselesaikan bot",
      per_day: "Percakapan per hari", empty_period: "Tidak ada percakapan pada periode ini.", nothing_period: "Tidak ada yang bisa ditampilkan untuk periode ini.",
      bot_answer: "Jawaban bot", bot_answer_time: "Waktu jawab bot", bot_percentiles: "Persentil waktu jawab bot",
      first_response: "Respons pertama agen", handling: "Waktu penanganan agen", percentiles: "p50 {p50} · p90 {p90} · p99 {p99}",
      no_agents: "tidak ada percakapan dengan agen pada periode ini",
      chg_new: "baru", chg_new_hint: "tidak ada pada periode sebelumnya", chg_hint: "dibandingkan periode sebelumnya yang sama panjang",
      chg_up: "naik", chg_down: "turun", chg_flat: "tetap",
      example_1: "1 contoh", examples: "{n} contoh",
      col_question: "Pertanyaan", col_count: "Jumlah", col_share: "Porsi", col_answered: "Terjawab", col_change: "Perubahan", col_trend: "Tren",
      col_languages: "Bahasa", col_products: "Produk", col_examples: "Contoh", col_category: "Kategori", col_product: "Produk",
      col_messages: "Pesan", col_complaints: "Keluhan", col_top_intents: "Jenis pertanyaan teratas",
      all_answered: "Bot menjawab semua pertanyaan pada periode ini.", no_questions: "Tidak ada pertanyaan pada periode ini.",
      heat_caption: "Titik masalah: pesan pelanggan per kategori produk (baris) dan wilayah (kolom); keluhan dan porsinya di setiap sel.",
      no_category: "Tanpa kategori", heat_cell: "{category} · {region}: {count} pesan, {negative} keluhan atau negatif ({share})",
      products_caption: "Titik masalah per produk", no_pain: "Tidak ada keluhan atau pertanyaan tentang produk pada periode ini.",
      aud_product: "Tim produk", aud_supply_chain: "Rantai pasok", aud_marketing: "Pemasaran",
      no_open_insights: "Tidak ada rekomendasi terbuka untuk periode ini.", no_accepted_insights: "Tidak ada rekomendasi yang diterima.", no_dismissed_insights: "Tidak ada rekomendasi yang diabaikan.",
      conversations_1: "1 percakapan", conversations_n: "{n} percakapan",
      evidence: "Bukti: ", suggested: "Tindakan yang disarankan: ", read_convs: "Baca percakapannya: ",
      conv_link: "Percakapan {n} dari rekomendasi ini, di konsol",
      accept: "Terima", dismiss: "Abaikan", accepting: "Menerima…", dismissing: "Mengabaikan…",
      accepted_article: "Diterima: draf artikel menunggu di Admin toko › Pengetahuan.", accepted: "Diterima.", dismissed: "Diabaikan.",
      status_accepted: "Diterima", status_dismissed: "Diabaikan",
      ins_product_title: "{product}: {turns} pertanyaan tentang {topic}",
      ins_product_evidence: "{turns} dari {total} pertanyaan tentang {product} ({sku}) dari {from} sampai {to} membahas {topic}{examples}.",
      ins_product_action: "Tambahkan catatan tentang {topic} di halaman detail {product}, serta artikel yang bisa dipakai bot untuk menjawab.",
      ins_supply_title: "{carrier}: {complaints} keluhan barang rusak, suhu, atau pengiriman",
      ins_supply_evidence: "{complaints} dari {turns} pesan pelanggan tentang pesanan yang dikirim dengan {carrier} dari {from} sampai {to} adalah keluhan: {by}{trend}.",
      ins_supply_action: "Tinjau rantai dingin bersama {carrier}: kemasan berinsulasi dan ice pack, jadwal pengiriman, serta catatan suhu pengiriman yang terdampak; pertimbangkan memindahkan pesanan berpendingin ke kurir lain.",
      ins_marketing_title: "Pelanggan berkulit {segment} bertanya tentang {topic}",
      ins_marketing_evidence: "{turns} pertanyaan tentang {topic} dari {from} sampai {to} datang dari pelanggan yang profilnya menyebut kulit {segment}.",
      ins_marketing_action: "Jalankan kampanye untuk pelanggan berkulit {segment} (jenis kulit di profil mereka) dengan produk yang cocok, misalnya pengontrol minyak untuk kulit berminyak, dan minta bot menjawab soal {topic} dengan produk tersebut.",
      ins_examples: ", misalnya {list}",
      ins_quote: "“{text}”",
      ins_list_sep: ", ",
      ins_count: "{what} ({n})",
      ins_trend: "; {change} dibanding periode sebelumnya"
    },
    ms: {
      title: "kefu · papan pemuka", title_shop: "kefu · papan pemuka · {shop}", dashboard: "papan pemuka",
      to_admin: "Pentadbiran kedai", to_console: "Konsol ejen", logout: "Log keluar", me: "{name} · {role}",
      role_agent: "ejen", role_admin: "pentadbir", role_owner: "pemilik",
      filters: "Penapis", from: "Dari", to: "Hingga", quick: "Julat pantas", last: "Terkini", days_7: "7 hari", days_30: "30 hari", days_90: "90 hari",
      channel: "Saluran", all_channels: "Semua saluran", language: "Bahasa", all_languages: "Semua bahasa",
      intent: "Jenis pertanyaan", all_intents: "Semua jenis pertanyaan", product: "Produk", all_products: "Semua produk", apply: "Guna", reset: "Set semula",
      kpis: "Angka utama", csv: "Muat turun CSV",
      h_volume: "Perbualan dan kadar selesai oleh bot mengikut masa",
      hint_volume: "Perbualan sehari, yang diselesaikan bot sendiri dan yang diserahkan kepada ejen; kadar selesai oleh bot pada paksi kanan.",
      h_intents: "Jenis pertanyaan", h_handoff: "Sebab serahan kepada ejen", h_emotions: "Emosi pelanggan", h_languages: "Bahasa",
      h_latency: "Masa respons",
      hint_latency: "Persentil: separuh jawapan lebih pantas daripada p50, sembilan daripada sepuluh lebih pantas daripada p90, sembilan puluh sembilan daripada seratus lebih pantas daripada p99.",
      people: "Ejen", h_channels: "Saluran",
      h_top: "Soalan teratas", hint_top: "Perkara yang paling kerap ditanya pelanggan, dikumpulkan merentas bahasa; anak panah membandingkan dengan tempoh sebelumnya yang sama panjang.",
      h_unanswered: "Soalan tidak berjawab",
      hint_unanswered: "Soalan yang tidak dapat dijawab bot: bot meminta penjelasan, tidak faham, memberi jawapan sandaran atau menyerahkan kepada ejen kerana itu. Sesuai dijadikan artikel pengetahuan baharu.",
      h_heat: "Titik masalah mengikut kategori dan wilayah",
      hint_heat: "Setiap sel: mesej pelanggan tentang kategori itu dari wilayah itu; lebih gelap, lebih besar bahagian aduan dan emosi negatif.",
      fewer_complaints: "kurang aduan", more_complaints: "lebih banyak aduan", by_product: "Mengikut produk",
      h_insights: "Cadangan",
      hint_insights: "Tindakan yang dicadangkan untuk pasukan produk, rantaian bekalan dan pemasaran, berserta buktinya. Terima mencipta draf artikel atau tugasan; Tolak menyembunyikan cadangan.",
      insight_status: "Status cadangan", tab_open: "Terbuka", tab_accepted: "Diterima", tab_dismissed: "Ditolak",
      pct: "{n}%", ms: "{n}\u00a0ms", sec: "{n}\u00a0saat", min: "{n}\u00a0min", hours: "{n}\u00a0jam",
      unknown_region: "Wilayah tidak diketahui", unknown_language: "Bahasa tidak diketahui",
      err_404: "API analitik tiada pada pelayan ini ({path} menjawab 404 Not Found). Papan pemuka memerlukan versi kefu yang mempunyai /v1/analytics.",
      err_403: "Pelayan menolak: {error}", err_400: "Penapis tidak sah: {error}",
      err_network: "Pelayan tidak dapat dihubungi ({error}). Semak sambungan dan muat semula.", err_other: "Berlaku ralat: {error}",
      err_json: "jawapan pelayan bukan JSON", err_http: "HTTP {status}",
      no_data: "{title}: tiada data", loading: "Memuatkan…",
      not_available: "Tidak tersedia: pelayan ini tiada API analitik.",
      some_failed: "Sesetengah panel gagal dimuatkan: {error}", dates_reversed: "Tarikh mula selepas tarikh akhir.",
      no_chart: "Pustaka carta gagal dimuatkan; jadual masih berfungsi.",
      customer_messages: "Mesej pelanggan", count: "Bilangan", share: "Bahagian",
      k_conversations: "Perbualan", k_conversations_sub: "{n} mesej pelanggan",
      k_containment: "Selesai oleh bot", k_containment_sub: "ditutup oleh bot, pelanggan tidak kembali dalam 24 jam",
      k_resolution: "Kadar penyelesaian", k_handoff: "Kadar serahan", k_clarification: "Kadar penjelasan",
      k_csat: "Kepuasan", k_csat_value: "{mean} / 5", k_csat_sub: "{n} penilaian", k_csat_none: "belum ada penilaian",
      k_thumbs: "Suka / Tidak suka", k_bot_time: "Masa jawapan bot", k_bot_time_sub: "p90 {p90} · p99 {p99}",
      k_compensation: "Pampasan ({currency})", k_compensation_sub: "{n} bayaran muhibah",
      k_proactive: "Mesej proaktif", k_proactive_sub: "{replied} dibalas · {opted_out} berhenti langgan",
      s_conversations: "Perbualan", s_contained: "Selesai oleh bot", s_contained_short: "Oleh bot", s_handed_off: "Diserahkan kepada ejen",
      s_rate: "Kadar selesai oleh bot", axis_conversations: "perbualan", axis_containment: "selesai oleh bot",
      per_day: "Perbualan sehari", empty_period: "Tiada perbualan dalam tempoh ini.", nothing_period: "Tiada apa-apa untuk dipaparkan bagi tempoh ini.",
      bot_answer: "Jawapan bot", bot_answer_time: "Masa jawapan bot", bot_percentiles: "Persentil masa jawapan bot",
      first_response: "Respons pertama ejen", handling: "Masa pengendalian ejen", percentiles: "p50 {p50} · p90 {p90} · p99 {p99}",
      no_agents: "tiada perbualan dengan ejen dalam tempoh ini",
      chg_new: "baharu", chg_new_hint: "tiada dalam tempoh sebelumnya", chg_hint: "berbanding tempoh sebelumnya yang sama panjang",
      chg_up: "naik", chg_down: "turun", chg_flat: "tidak berubah",
      example_1: "1 contoh", examples: "{n} contoh",
      col_question: "Soalan", col_count: "Bilangan", col_share: "Bahagian", col_answered: "Dijawab", col_change: "Perubahan", col_trend: "Aliran",
      col_languages: "Bahasa", col_products: "Produk", col_examples: "Contoh", col_category: "Kategori", col_product: "Produk",
      col_messages: "Mesej", col_complaints: "Aduan", col_top_intents: "Jenis pertanyaan utama",
      all_answered: "Bot menjawab setiap soalan dalam tempoh ini.", no_questions: "Tiada soalan dalam tempoh ini.",
      heat_caption: "Titik masalah: mesej pelanggan mengikut kategori produk (baris) dan wilayah (lajur); aduan dan bahagiannya dalam setiap sel.",
      no_category: "Tiada kategori", heat_cell: "{category} · {region}: {count} mesej, {negative} aduan atau negatif ({share})",
      products_caption: "Titik masalah mengikut produk", no_pain: "Tiada aduan atau soalan tentang produk dalam tempoh ini.",
      aud_product: "Pasukan produk", aud_supply_chain: "Rantaian bekalan", aud_marketing: "Pemasaran",
      no_open_insights: "Tiada cadangan terbuka untuk tempoh ini.", no_accepted_insights: "Tiada cadangan yang diterima.", no_dismissed_insights: "Tiada cadangan yang ditolak.",
      conversations_1: "1 perbualan", conversations_n: "{n} perbualan",
      evidence: "Bukti: ", suggested: "Tindakan dicadangkan: ", read_convs: "Baca perbualan: ",
      conv_link: "Perbualan {n} bagi cadangan ini, dalam konsol",
      accept: "Terima", dismiss: "Tolak", accepting: "Menerima…", dismissing: "Menolak…",
      accepted_article: "Diterima: draf artikel sedang menunggu dalam Pentadbiran kedai › Pengetahuan.", accepted: "Diterima.", dismissed: "Ditolak.",
      status_accepted: "Diterima", status_dismissed: "Ditolak",
      ins_product_title: "{product}: {turns} soalan tentang {topic}",
      ins_product_evidence: "{turns} daripada {total} soalan tentang {product} ({sku}) dari {from} hingga {to} adalah tentang {topic}{examples}.",
      ins_product_action: "Tambah nota tentang {topic} pada halaman butiran {product}, dan artikel yang boleh digunakan bot untuk menjawab.",
      ins_supply_title: "{carrier}: {complaints} aduan tentang barang rosak, suhu atau penghantaran",
      ins_supply_evidence: "{complaints} daripada {turns} mesej pelanggan tentang pesanan yang dihantar dengan {carrier} dari {from} hingga {to} ialah aduan: {by}{trend}.",
      ins_supply_action: "Semak rantaian sejuk bersama {carrier}: pembungkusan bertebat dan pek ais, slot penghantaran, serta log suhu penghantaran yang terjejas; pertimbangkan untuk memindahkan pesanan dingin kepada syarikat penghantaran lain.",
      ins_marketing_title: "Pelanggan berkulit {segment} bertanya tentang {topic}",
      ins_marketing_evidence: "{turns} soalan tentang {topic} dari {from} hingga {to} datang daripada pelanggan yang profilnya menyatakan kulit {segment}.",
      ins_marketing_action: "Jalankan kempen untuk pelanggan berkulit {segment} (jenis kulit dalam profil mereka) dengan produk yang sesuai, contohnya kawalan minyak untuk kulit berminyak, dan minta bot menjawab tentang {topic} dengan produk tersebut.",
      ins_examples: ", contohnya {list}",
      ins_quote: "“{text}”",
      ins_list_sep: ", ",
      ins_count: "{what} ({n})",
      ins_trend: "; {change} berbanding tempoh sebelumnya"
    },
    pt: {
      title: "kefu · painel", title_shop: "kefu · painel · {shop}", dashboard: "painel",
      to_admin: "Administração da loja", to_console: "Console de atendimento", logout: "Sair", me: "{name} · {role}",
      role_agent: "atendente", role_admin: "administrador", role_owner: "proprietário",
      filters: "Filtros", from: "De", to: "Até", quick: "Períodos rápidos", last: "Últimos", days_7: "7 dias", days_30: "30 dias", days_90: "90 dias",
      channel: "Canal", all_channels: "Todos os canais", language: "Idioma", all_languages: "Todos os idiomas",
      intent: "Intenção", all_intents: "Todas as intenções", product: "Produto", all_products: "Todos os produtos", apply: "Aplicar", reset: "Redefinir",
      kpis: "Números-chave", csv: "Baixar CSV",
      h_volume: "Conversas e contenção ao longo do tempo",
      hint_volume: "Conversas por dia, as resolvidas pelo bot e as transferidas para um atendente; a taxa de contenção no eixo direito.",
      h_intents: "Intenções", h_handoff: "Motivos de transferência", h_emotions: "Emoções dos clientes", h_languages: "Idiomas",
      h_latency: "Tempos de resposta",
      hint_latency: "Percentis: metade das respostas é mais rápida que p50, nove em cada dez mais rápidas que p90 e noventa e nove em cada cem mais rápidas que p99.",
      people: "Atendentes", h_channels: "Canais",
      h_top: "Principais perguntas", hint_top: "O que os clientes mais perguntam, agrupado entre idiomas; a seta compara com o período anterior de mesma duração.",
      h_unanswered: "Perguntas sem resposta",
      hint_unanswered: "Perguntas que o bot não conseguiu responder: pediu esclarecimento, não entendeu, deu uma resposta genérica ou transferiu por esse motivo. Boas candidatas a novos artigos.",
      h_heat: "Pontos críticos por categoria e região",
      hint_heat: "Cada célula: mensagens de clientes sobre a categoria vindas da região; quanto mais escura, maior a proporção de reclamações e emoções negativas.",
      fewer_complaints: "menos reclamações", more_complaints: "mais reclamações", by_product: "Por produto",
      h_insights: "Recomendações",
      hint_insights: "Ações sugeridas para as equipes de produto, cadeia de suprimentos e marketing, com as evidências. Aceitar cria um rascunho de artigo ou uma tarefa; Descartar oculta a sugestão.",
      insight_status: "Status da recomendação", tab_open: "Abertas", tab_accepted: "Aceitas", tab_dismissed: "Descartadas",
      pct: "{n}%", ms: "{n}\u00a0ms", sec: "{n}\u00a0s", min: "{n}\u00a0min", hours: "{n}\u00a0h",
      unknown_region: "Região desconhecida", unknown_language: "Idioma desconhecido",
      err_404: "A API de análise não está disponível neste servidor ({path} respondeu 404 Not Found). O painel precisa de uma versão do kefu com /v1/analytics.",
      err_403: "O servidor recusou: {error}", err_400: "Um filtro não é válido: {error}",
      err_network: "Não foi possível conectar ao servidor ({error}). Verifique a conexão e recarregue.", err_other: "Algo deu errado: {error}",
      err_json: "a resposta do servidor não era JSON", err_http: "HTTP {status}",
      no_data: "{title}: sem dados", loading: "Carregando…",
      not_available: "Indisponível: este servidor não tem API de análise.",
      some_failed: "Alguns painéis não puderam ser carregados: {error}", dates_reversed: "A data inicial é posterior à data final.",
      no_chart: "A biblioteca de gráficos não carregou; as tabelas continuam funcionando.",
      customer_messages: "Mensagens de clientes", count: "Quantidade", share: "Proporção",
      k_conversations: "Conversas", k_conversations_sub: "{n} mensagens de clientes",
      k_containment: "Contenção", k_containment_sub: "encerradas pelo bot, sem retorno em 24 h",
      k_resolution: "Resolução", k_handoff: "Taxa de transferência", k_clarification: "Taxa de esclarecimento",
      k_csat: "Satisfação", k_csat_value: "{mean} / 5", k_csat_sub: "{n} avaliações", k_csat_none: "ainda sem avaliações",
      k_thumbs: "Gostei / Não gostei", k_bot_time: "Tempo de resposta do bot", k_bot_time_sub: "p90 {p90} · p99 {p99}",
      k_compensation: "Compensações ({currency})", k_compensation_sub: "{n} compensações de cortesia",
      k_proactive: "Mensagens proativas", k_proactive_sub: "{replied} respondidas · {opted_out} descadastros",
      s_conversations: "Conversas", s_contained: "Resolvidas pelo bot", s_contained_short: "Resolvidas", s_handed_off: "Transferidas",
      s_rate: "Taxa de contenção", axis_conversations: "conversas", axis_containment: "contenção",
      per_day: "Conversas por dia", empty_period: "Nenhuma conversa neste período.", nothing_period: "Nada para mostrar neste período.",
      bot_answer: "Resposta do bot", bot_answer_time: "Tempo de resposta do bot", bot_percentiles: "Percentis do tempo de resposta do bot",
      first_response: "Primeira resposta dos atendentes", handling: "Tempo de atendimento", percentiles: "p50 {p50} · p90 {p90} · p99 {p99}",
      no_agents: "nenhuma conversa com atendentes neste período",
      chg_new: "nova", chg_new_hint: "nada no período anterior", chg_hint: "comparado ao período anterior de mesma duração",
      chg_up: "alta", chg_down: "queda", chg_flat: "estável",
      example_1: "1 exemplo", examples: "{n} exemplos",
      col_question: "Pergunta", col_count: "Quantidade", col_share: "Proporção", col_answered: "Respondidas", col_change: "Variação", col_trend: "Tendência",
      col_languages: "Idiomas", col_products: "Produtos", col_examples: "Exemplos", col_category: "Categoria", col_product: "Produto",
      col_messages: "Mensagens", col_complaints: "Reclamações", col_top_intents: "Principais intenções",
      all_answered: "O bot respondeu todas as perguntas deste período.", no_questions: "Nenhuma pergunta neste período.",
      heat_caption: "Pontos críticos: mensagens de clientes por categoria de produto (linhas) e região (colunas); reclamações e proporção em cada célula.",
      no_category: "Sem categoria", heat_cell: "{category} · {region}: {count} mensagens, {negative} reclamações ou negativas ({share})",
      products_caption: "Pontos críticos por produto", no_pain: "Nenhuma reclamação ou pergunta sobre produtos neste período.",
      aud_product: "Equipe de produto", aud_supply_chain: "Cadeia de suprimentos", aud_marketing: "Marketing",
      no_open_insights: "Nenhuma recomendação aberta neste período.", no_accepted_insights: "Nenhuma recomendação aceita.", no_dismissed_insights: "Nenhuma recomendação descartada.",
      conversations_1: "1 conversa", conversations_n: "{n} conversas",
      evidence: "Evidências: ", suggested: "Ação sugerida: ", read_convs: "Ler as conversas: ",
      conv_link: "Conversa {n} desta recomendação, no console",
      accept: "Aceitar", dismiss: "Descartar", accepting: "Aceitando…", dismissing: "Descartando…",
      accepted_article: "Aceita: um rascunho de artigo aguarda em Administração da loja › Conhecimento.", accepted: "Aceita.", dismissed: "Descartada.",
      status_accepted: "Aceita", status_dismissed: "Descartada",
      ins_product_title: "{product}: {turns} perguntas sobre {topic}",
      ins_product_evidence: "{turns} das {total} perguntas sobre {product} ({sku}) de {from} a {to} foram sobre {topic}{examples}.",
      ins_product_action: "Adicione uma nota sobre {topic} à página de {product} e um artigo que o bot possa usar para responder.",
      ins_supply_title: "{carrier}: {complaints} reclamações de deterioração, temperatura ou entrega",
      ins_supply_evidence: "{complaints} de {turns} mensagens de clientes sobre pedidos enviados com {carrier} de {from} a {to} foram reclamações: {by}{trend}.",
      ins_supply_action: "Revise a cadeia de frio com {carrier}: embalagem térmica e gelo reutilizável, janelas de entrega e os registradores de temperatura das remessas afetadas; considere enviar os pedidos refrigerados por outra transportadora.",
      ins_marketing_title: "Clientes com pele {segment} perguntam sobre {topic}",
      ins_marketing_evidence: "{turns} perguntas sobre {topic} de {from} a {to} vieram de clientes cujo perfil indica pele {segment}.",
      ins_marketing_action: "Faça uma campanha para clientes com pele {segment} (tipo de pele do perfil) com os produtos indicados para ela, p. ex. controle de oleosidade para pele oleosa, e faça o bot responder sobre {topic} com esses produtos.",
      ins_examples: ", p. ex. {list}",
      ins_quote: "“{text}”",
      ins_list_sep: ", ",
      ins_count: "{what} ({n})",
      ins_trend: "; {change} em relação ao período anterior"
    },
    fr: {
      title: "kefu · tableau de bord", title_shop: "kefu · tableau de bord · {shop}", dashboard: "tableau de bord",
      to_admin: "Administration de la boutique", to_console: "Console des conseillers", logout: "Se déconnecter", me: "{name} · {role}",
      role_agent: "conseiller", role_admin: "administrateur", role_owner: "propriétaire",
      filters: "Filtres", from: "Du", to: "Au", quick: "Périodes rapides", last: "Derniers", days_7: "7 jours", days_30: "30 jours", days_90: "90 jours",
      channel: "Canal", all_channels: "Tous les canaux", language: "Langue", all_languages: "Toutes les langues",
      intent: "Intention", all_intents: "Toutes les intentions", product: "Produit", all_products: "Tous les produits", apply: "Appliquer", reset: "Réinitialiser",
      kpis: "Chiffres clés", csv: "Télécharger le CSV",
      h_volume: "Conversations et taux d'automatisation dans le temps",
      hint_volume: "Conversations par jour, celles que le bot a traitées seul et celles transférées à un conseiller ; taux d'automatisation sur l'axe de droite.",
      h_intents: "Intentions", h_handoff: "Motifs de transfert", h_emotions: "Émotions des clients", h_languages: "Langues",
      h_latency: "Temps de réponse",
      hint_latency: "Centiles : la moitié des réponses sont plus rapides que p50, neuf sur dix plus rapides que p90, quatre-vingt-dix-neuf sur cent plus rapides que p99.",
      people: "Conseillers", h_channels: "Canaux",
      h_top: "Questions les plus posées", hint_top: "Ce que les clients demandent le plus, regroupé toutes langues confondues ; la flèche compare avec la période précédente de même durée.",
      h_unanswered: "Questions sans réponse",
      hint_unanswered: "Questions auxquelles le bot n'a pas su répondre : il a demandé de reformuler, n'a pas compris, a donné une réponse par défaut ou a transféré pour cette raison. De bons candidats pour de nouveaux articles.",
      h_heat: "Points de friction par catégorie et région",
      hint_heat: "Chaque case : messages de clients sur la catégorie venant de la région ; plus elle est foncée, plus la part de réclamations et d'émotions négatives est élevée.",
      fewer_complaints: "moins de réclamations", more_complaints: "plus de réclamations", by_product: "Par produit",
      h_insights: "Recommandations",
      hint_insights: "Actions suggérées aux équipes produit, supply chain et marketing, avec les éléments qui les justifient. Accepter crée un brouillon d'article ou une tâche ; Ignorer masque la suggestion.",
      insight_status: "Statut des recommandations", tab_open: "Ouvertes", tab_accepted: "Acceptées", tab_dismissed: "Ignorées",
      pct: "{n}\u00a0%", ms: "{n}\u00a0ms", sec: "{n}\u00a0s", min: "{n}\u00a0min", hours: "{n}\u00a0h",
      unknown_region: "Région inconnue", unknown_language: "Langue inconnue",
      err_404: "L'API d'analyse n'est pas disponible sur ce serveur ({path} a répondu 404 Not Found). Le tableau de bord nécessite une version de kefu avec /v1/analytics.",
      err_403: "Le serveur a refusé : {error}", err_400: "Un filtre n'est pas valide : {error}",
      err_network: "Le serveur est injoignable ({error}). Vérifiez la connexion et rechargez la page.", err_other: "Une erreur s'est produite : {error}",
      err_json: "la réponse du serveur n'était pas du JSON", err_http: "HTTP {status}",
      no_data: "{title} : aucune donnée", loading: "Chargement…",
      not_available: "Indisponible : ce serveur n'a pas d'API d'analyse.",
      some_failed: "Certains panneaux n'ont pas pu être chargés : {error}", dates_reversed: "La date de début est postérieure à la date de fin.",
      no_chart: "La bibliothèque de graphiques ne s'est pas chargée ; les tableaux fonctionnent toujours.",
      customer_messages: "Messages des clients", count: "Nombre", share: "Part",
      k_conversations: "Conversations", k_conversations_sub: "{n} messages de clients",
      k_containment: "Automatisation", k_containment_sub: "clôturées par le bot, sans retour sous 24 h",
      k_resolution: "Résolution", k_handoff: "Taux de transfert", k_clarification: "Taux de reformulation",
      k_csat: "Satisfaction", k_csat_value: "{mean} / 5", k_csat_sub: "{n} évaluations", k_csat_none: "pas encore d'évaluation",
      k_thumbs: "J'aime / Je n'aime pas", k_bot_time: "Temps de réponse du bot", k_bot_time_sub: "p90 {p90} · p99 {p99}",
      k_compensation: "Gestes commerciaux ({currency})", k_compensation_sub: "{n} gestes commerciaux",
      k_proactive: "Messages proactifs", k_proactive_sub: "{replied} réponses · {opted_out} désinscriptions",
      s_conversations: "Conversations", s_contained: "Traitées par le bot", s_contained_short: "Traitées", s_handed_off: "Transférées",
      s_rate: "Taux d'automatisation", axis_conversations: "conversations", axis_containment: "automatisation",
      per_day: "Conversations par jour", empty_period: "Aucune conversation sur cette période.", nothing_period: "Rien à afficher sur cette période.",
      bot_answer: "Réponse du bot", bot_answer_time: "Temps de réponse du bot", bot_percentiles: "Centiles du temps de réponse du bot",
      first_response: "Première réponse des conseillers", handling: "Temps de traitement des conseillers", percentiles: "p50 {p50} · p90 {p90} · p99 {p99}",
      no_agents: "aucune conversation avec un conseiller sur cette période",
      chg_new: "nouveau", chg_new_hint: "rien sur la période précédente", chg_hint: "par rapport à la période précédente de même durée",
      chg_up: "en hausse", chg_down: "en baisse", chg_flat: "stable",
      example_1: "1 exemple", examples: "{n} exemples",
      col_question: "Question", col_count: "Nombre", col_share: "Part", col_answered: "Répondues", col_change: "Évolution", col_trend: "Tendance",
      col_languages: "Langues", col_products: "Produits", col_examples: "Exemples", col_category: "Catégorie", col_product: "Produit",
      col_messages: "Messages", col_complaints: "Réclamations", col_top_intents: "Principales intentions",
      all_answered: "Le bot a répondu à toutes les questions sur cette période.", no_questions: "Aucune question sur cette période.",
      heat_caption: "Points de friction : messages de clients par catégorie de produit (lignes) et région (colonnes) ; réclamations et part dans chaque case.",
      no_category: "Sans catégorie", heat_cell: "{category} · {region} : {count} messages, {negative} réclamations ou négatifs ({share})",
      products_caption: "Points de friction par produit", no_pain: "Aucune réclamation ni question sur les produits sur cette période.",
      aud_product: "Équipe produit", aud_supply_chain: "Supply chain", aud_marketing: "Marketing",
      no_open_insights: "Aucune recommandation ouverte sur cette période.", no_accepted_insights: "Aucune recommandation acceptée.", no_dismissed_insights: "Aucune recommandation ignorée.",
      conversations_1: "1 conversation", conversations_n: "{n} conversations",
      evidence: "Constat : ", suggested: "Action suggérée : ", read_convs: "Lire les conversations : ",
      conv_link: "Conversation {n} de cette recommandation, dans la console",
      accept: "Accepter", dismiss: "Ignorer", accepting: "Acceptation…", dismissing: "Masquage…",
      accepted_article: "Acceptée : un brouillon d'article attend dans Administration de la boutique › Base de connaissances.", accepted: "Acceptée.", dismissed: "Ignorée.",
      status_accepted: "Acceptée", status_dismissed: "Ignorée",
      ins_product_title: "{product} : {turns} questions sur «\u00a0{topic}\u00a0»",
      ins_product_evidence: "Du {from} au {to}, {turns} des {total} questions sur {product} ({sku}) portaient sur «\u00a0{topic}\u00a0»{examples}.",
      ins_product_action: "Ajoutez une mention sur «\u00a0{topic}\u00a0» à la fiche produit de {product}, et un article dont le bot pourra se servir pour répondre.",
      ins_supply_title: "{carrier} : {complaints} réclamations pour produits abîmés, température ou livraison",
      ins_supply_evidence: "Du {from} au {to}, {complaints} des {turns} messages de clients sur des commandes expédiées avec {carrier} étaient des réclamations : {by}{trend}.",
      ins_supply_action: "Revoyez la chaîne du froid avec {carrier} : emballages isothermes et pains de glace, créneaux de livraison et enregistreurs de température des envois concernés ; envisagez de confier les commandes réfrigérées à un autre transporteur.",
      ins_marketing_title: "Des clients à la peau {segment} posent des questions sur «\u00a0{topic}\u00a0»",
      ins_marketing_evidence: "Du {from} au {to}, {turns} questions sur «\u00a0{topic}\u00a0» venaient de clients dont le profil indique une peau {segment}.",
      ins_marketing_action: "Lancez une campagne pour les clients à la peau {segment} (type de peau de leur profil) avec les produits qui lui sont destinés, p. ex. anti-brillance pour les peaux grasses, et faites répondre le bot sur «\u00a0{topic}\u00a0» avec ces produits.",
      ins_examples: ", p. ex. {list}",
      ins_quote: "«\u00a0{text}\u00a0»",
      ins_list_sep: ", ",
      ins_count: "{what} ({n})",
      ins_trend: " ; {change} par rapport à la période précédente"
    },
    de: {
      title: "kefu · Dashboard", title_shop: "kefu · Dashboard · {shop}", dashboard: "Dashboard",
      to_admin: "Shop-Verwaltung", to_console: "Agenten-Konsole", logout: "Abmelden", me: "{name} · {role}",
      role_agent: "Agent", role_admin: "Administrator", role_owner: "Inhaber",
      filters: "Filter", from: "Von", to: "Bis", quick: "Schnellauswahl", last: "Letzte", days_7: "7 Tage", days_30: "30 Tage", days_90: "90 Tage",
      channel: "Kanal", all_channels: "Alle Kanäle", language: "Sprache", all_languages: "Alle Sprachen",
      intent: "Anliegen", all_intents: "Alle Anliegen", product: "Produkt", all_products: "Alle Produkte", apply: "Anwenden", reset: "Zurücksetzen",
      kpis: "Kennzahlen", csv: "CSV herunterladen",
      h_volume: "Gespräche und Automatisierungsquote im Zeitverlauf",
      hint_volume: "Gespräche pro Tag, die der Bot allein erledigt hat, und die an einen Agenten übergeben wurden; Automatisierungsquote auf der rechten Achse.",
      h_intents: "Anliegen", h_handoff: "Gründe für Übergaben", h_emotions: "Stimmung der Kunden", h_languages: "Sprachen",
      h_latency: "Antwortzeiten",
      hint_latency: "Perzentile: Die Hälfte der Antworten ist schneller als p50, neun von zehn schneller als p90, neunundneunzig von hundert schneller als p99.",
      people: "Agenten", h_channels: "Kanäle",
      h_top: "Häufigste Fragen", hint_top: "Was Kunden am häufigsten fragen, über alle Sprachen zusammengefasst; der Pfeil vergleicht mit dem gleich langen Zeitraum davor.",
      h_unanswered: "Unbeantwortete Fragen",
      hint_unanswered: "Fragen, die der Bot nicht beantworten konnte: Er hat nachgefragt, nicht verstanden, eine Ausweichantwort gegeben oder deshalb übergeben. Gute Kandidaten für neue Wissensartikel.",
      h_heat: "Problemfelder nach Kategorie und Region",
      hint_heat: "Jedes Feld: Kundennachrichten zur Kategorie aus der Region; je dunkler, desto höher der Anteil an Beschwerden und negativer Stimmung.",
      fewer_complaints: "weniger Beschwerden", more_complaints: "mehr Beschwerden", by_product: "Nach Produkt",
      h_insights: "Empfehlungen",
      hint_insights: "Empfohlene Maßnahmen für Produktteam, Lieferkette und Marketing, mit den Belegen dafür. Annehmen legt einen Artikelentwurf oder eine Aufgabe an; Verwerfen blendet die Empfehlung aus.",
      insight_status: "Status der Empfehlungen", tab_open: "Offen", tab_accepted: "Angenommen", tab_dismissed: "Verworfen",
      pct: "{n}\u00a0%", ms: "{n}\u00a0ms", sec: "{n}\u00a0s", min: "{n}\u00a0min", hours: "{n}\u00a0Std.",
      unknown_region: "Unbekannte Region", unknown_language: "Unbekannte Sprache",
      err_404: "Die Analyse-API ist auf diesem Server nicht verfügbar ({path} antwortete mit 404 Not Found). Das Dashboard braucht eine kefu-Version mit /v1/analytics.",
      err_403: "Der Server hat abgelehnt: {error}", err_400: "Ein Filter ist ungültig: {error}",
      err_network: "Der Server ist nicht erreichbar ({error}). Bitte Verbindung prüfen und neu laden.", err_other: "Etwas ist schiefgelaufen: {error}",
      err_json: "die Antwort des Servers war kein JSON", err_http: "HTTP {status}",
      no_data: "{title}: keine Daten", loading: "Wird geladen…",
      not_available: "Nicht verfügbar: Dieser Server hat keine Analyse-API.",
      some_failed: "Einige Bereiche konnten nicht geladen werden: {error}", dates_reversed: "Das Startdatum liegt nach dem Enddatum.",
      no_chart: "Die Diagrammbibliothek wurde nicht geladen; die Tabellen funktionieren weiterhin.",
      customer_messages: "Kundennachrichten", count: "Anzahl", share: "Anteil",
      k_conversations: "Gespräche", k_conversations_sub: "{n} Kundennachrichten",
      k_containment: "Automatisierung", k_containment_sub: "vom Bot beendet, 24 Std. ohne Rückkehr",
      k_resolution: "Lösungsquote", k_handoff: "Übergabequote", k_clarification: "Rückfragequote",
      k_csat: "Zufriedenheit", k_csat_value: "{mean} / 5", k_csat_sub: "{n} Bewertungen", k_csat_none: "noch keine Bewertungen",
      k_thumbs: "Daumen hoch / runter", k_bot_time: "Bot-Antwortzeit", k_bot_time_sub: "p90 {p90} · p99 {p99}",
      k_compensation: "Kulanz ({currency})", k_compensation_sub: "{n} Kulanzzahlungen",
      k_proactive: "Proaktive Nachrichten", k_proactive_sub: "{replied} beantwortet · {opted_out} abgemeldet",
      s_conversations: "Gespräche", s_contained: "Vom Bot erledigt", s_contained_short: "Bot erledigt", s_handed_off: "Übergeben",
      s_rate: "Automatisierungsquote", axis_conversations: "Gespräche", axis_containment: "Automatisierung",
      per_day: "Gespräche pro Tag", empty_period: "Keine Gespräche in diesem Zeitraum.", nothing_period: "Für diesen Zeitraum gibt es nichts anzuzeigen.",
      bot_answer: "Bot-Antwort", bot_answer_time: "Antwortzeit des Bots", bot_percentiles: "Perzentile der Antwortzeit des Bots",
      first_response: "Erste Antwort der Agenten", handling: "Bearbeitungszeit der Agenten", percentiles: "p50 {p50} · p90 {p90} · p99 {p99}",
      no_agents: "keine Gespräche mit Agenten in diesem Zeitraum",
      chg_new: "neu", chg_new_hint: "im Vorzeitraum nicht vorhanden", chg_hint: "verglichen mit dem gleich langen Zeitraum davor",
      chg_up: "gestiegen", chg_down: "gesunken", chg_flat: "unverändert",
      example_1: "1 Beispiel", examples: "{n} Beispiele",
      col_question: "Frage", col_count: "Anzahl", col_share: "Anteil", col_answered: "Beantwortet", col_change: "Veränderung", col_trend: "Verlauf",
      col_languages: "Sprachen", col_products: "Produkte", col_examples: "Beispiele", col_category: "Kategorie", col_product: "Produkt",
      col_messages: "Nachrichten", col_complaints: "Beschwerden", col_top_intents: "Häufigste Anliegen",
      all_answered: "Der Bot hat in diesem Zeitraum jede Frage beantwortet.", no_questions: "Keine Fragen in diesem Zeitraum.",
      heat_caption: "Problemfelder: Kundennachrichten nach Produktkategorie (Zeilen) und Region (Spalten); Beschwerden und Anteil in jedem Feld.",
      no_category: "Ohne Kategorie", heat_cell: "{category} · {region}: {count} Nachrichten, {negative} Beschwerden oder negativ ({share})",
      products_caption: "Problemfelder nach Produkt", no_pain: "Keine Beschwerden oder Fragen zu Produkten in diesem Zeitraum.",
      aud_product: "Produktteam", aud_supply_chain: "Lieferkette", aud_marketing: "Marketing",
      no_open_insights: "Keine offenen Empfehlungen für diesen Zeitraum.", no_accepted_insights: "Keine angenommenen Empfehlungen.", no_dismissed_insights: "Keine verworfenen Empfehlungen.",
      conversations_1: "1 Gespräch", conversations_n: "{n} Gespräche",
      evidence: "Beleg: ", suggested: "Empfohlene Maßnahme: ", read_convs: "Gespräche lesen: ",
      conv_link: "Gespräch {n} dieser Empfehlung, in der Konsole",
      accept: "Annehmen", dismiss: "Verwerfen", accepting: "Wird angenommen…", dismissing: "Wird verworfen…",
      accepted_article: "Angenommen: Ein Artikelentwurf wartet unter Shop-Verwaltung › Wissen.", accepted: "Angenommen.", dismissed: "Verworfen.",
      status_accepted: "Angenommen", status_dismissed: "Verworfen",
      ins_product_title: "{product}: {turns} Fragen zum Thema „{topic}“",
      ins_product_evidence: "{turns} der {total} Fragen zu {product} ({sku}) vom {from} bis {to} betrafen „{topic}“{examples}.",
      ins_product_action: "Ergänzen Sie auf der Produktseite von {product} einen Hinweis zu „{topic}“ und legen Sie einen Artikel an, mit dem der Bot antworten kann.",
      ins_supply_title: "{carrier}: {complaints} Beschwerden über Verderb, Temperatur oder Zustellung",
      ins_supply_evidence: "{complaints} von {turns} Kundennachrichten zu Bestellungen, die vom {from} bis {to} mit {carrier} verschickt wurden, waren Beschwerden: {by}{trend}.",
      ins_supply_action: "Prüfen Sie die Kühlkette mit {carrier}: Isolierverpackung und Kühlakkus, Zustellfenster und die Temperaturlogger der betroffenen Sendungen; erwägen Sie, gekühlte Bestellungen mit einem anderen Versanddienstleister zu verschicken.",
      ins_marketing_title: "Kunden mit Hauttyp „{segment}“ fragen nach „{topic}“",
      ins_marketing_evidence: "{turns} Fragen zu „{topic}“ vom {from} bis {to} kamen von Kunden, deren Profil den Hauttyp „{segment}“ angibt.",
      ins_marketing_action: "Starten Sie eine Kampagne für Kunden mit Hauttyp „{segment}“ (laut Profil) mit passenden Produkten, z. B. mattierender Pflege bei fettiger Haut, und lassen Sie den Bot bei „{topic}“ diese Produkte empfehlen.",
      ins_examples: ", z. B. {list}",
      ins_quote: "„{text}“",
      ins_list_sep: ", ",
      ins_count: "{what} ({n})",
      ins_trend: "; {change} gegenüber dem Vorzeitraum"
    },
    ar: {
      title: "kefu · لوحة المعلومات", title_shop: "kefu · لوحة المعلومات · {shop}", dashboard: "لوحة المعلومات",
      to_admin: "إدارة المتجر", to_console: "لوحة خدمة العملاء", logout: "تسجيل الخروج", me: "{name} · {role}",
      role_agent: "موظف دعم", role_admin: "مشرف", role_owner: "مالك",
      filters: "عوامل التصفية", from: "من", to: "إلى", quick: "فترات سريعة", last: "آخر", days_7: "7 أيام", days_30: "30 يومًا", days_90: "90 يومًا",
      channel: "القناة", all_channels: "كل القنوات", language: "اللغة", all_languages: "كل اللغات",
      intent: "النية", all_intents: "كل النوايا", product: "المنتج", all_products: "كل المنتجات", apply: "تطبيق", reset: "إعادة تعيين",
      kpis: "المؤشرات الرئيسية", csv: "تنزيل CSV",
      h_volume: "المحادثات ونسبة الاحتواء عبر الزمن",
      hint_volume: "المحادثات يوميًا، وما احتواه الروبوت منها، وما حُوّل إلى موظف؛ نسبة الاحتواء على المحور الأيمن.",
      h_intents: "النوايا", h_handoff: "أسباب التحويل", h_emotions: "مشاعر العملاء", h_languages: "اللغات",
      h_latency: "أزمنة الاستجابة",
      hint_latency: "المئينات: نصف الإجابات أسرع من p50، وتسع من كل عشر أسرع من p90، وتسع وتسعون من كل مئة أسرع من p99.",
      people: "الموظفون", h_channels: "القنوات",
      h_top: "أكثر الأسئلة", hint_top: "أكثر ما يسأل عنه العملاء، مجمّعًا عبر اللغات؛ يقارن السهم بالفترة السابقة المماثلة في الطول.",
      h_unanswered: "أسئلة بلا إجابة",
      hint_unanswered: "أسئلة لم يستطع الروبوت الإجابة عنها: طلب توضيحًا، أو لم يفهم، أو لجأ إلى الرد الاحتياطي، أو حوّل المحادثة لهذا السبب. مرشحة جيدة لمقالات معرفية جديدة.",
      h_heat: "نقاط الشكوى حسب الفئة والمنطقة",
      hint_heat: "كل خلية: رسائل العملاء عن الفئة من المنطقة؛ كلما كان اللون أغمق، زادت نسبة الشكاوى والمشاعر السلبية.",
      fewer_complaints: "شكاوى أقل", more_complaints: "شكاوى أكثر", by_product: "حسب المنتج",
      h_insights: "رؤى",
      hint_insights: "إجراءات مقترحة لفرق المنتج وسلسلة الإمداد والتسويق، مع الأدلة التي تستند إليها. «قبول» ينشئ مسودة مقالة أو مهمة؛ «تجاهل» يخفي الاقتراح.",
      insight_status: "حالة الرؤية", tab_open: "مفتوحة", tab_accepted: "مقبولة", tab_dismissed: "متجاهَلة",
      pct: "{n}%", ms: "{n} ملّي ثانية", sec: "{n} ث", min: "{n} د", hours: "{n} س",
      unknown_region: "منطقة غير معروفة", unknown_language: "لغة غير معروفة",
      err_404: "واجهة التحليلات غير متاحة على هذا الخادم ({path} ردّ بـ 404 Not Found). تحتاج لوحة المعلومات إلى إصدار من kefu يتضمن /v1/analytics.",
      err_403: "رفض الخادم الطلب: {error}", err_400: "أحد عوامل التصفية غير صالح: {error}",
      err_network: "تعذّر الوصول إلى الخادم ({error}). تحقّق من الاتصال وأعد التحميل.", err_other: "حدث خطأ: {error}",
      err_json: "ردّ الخادم ليس بصيغة JSON", err_http: "HTTP {status}",
      no_data: "{title}: لا توجد بيانات", loading: "جارٍ التحميل…",
      not_available: "غير متاح: لا يحتوي هذا الخادم على واجهة تحليلات.",
      some_failed: "تعذّر تحميل بعض اللوحات: {error}", dates_reversed: "تاريخ البداية بعد تاريخ النهاية.",
      no_chart: "لم تُحمَّل مكتبة الرسوم البيانية؛ الجداول لا تزال تعمل.",
      customer_messages: "رسائل العملاء", count: "العدد", share: "النسبة",
      k_conversations: "المحادثات", k_conversations_sub: "{n} رسالة من العملاء",
      k_containment: "الاحتواء", k_containment_sub: "أغلقها الروبوت دون عودة العميل خلال 24 ساعة",
      k_resolution: "الحل", k_handoff: "نسبة التحويل", k_clarification: "نسبة طلب التوضيح",
      k_csat: "الرضا", k_csat_value: "{mean} / 5", k_csat_sub: "{n} تقييم", k_csat_none: "لا توجد تقييمات بعد",
      k_thumbs: "إعجاب / عدم إعجاب", k_bot_time: "زمن إجابة الروبوت", k_bot_time_sub: "p90 {p90} · p99 {p99}",
      k_compensation: "التعويضات ({currency})", k_compensation_sub: "{n} دفعة تعويض",
      k_proactive: "الرسائل الاستباقية", k_proactive_sub: "{replied} ردّ · {opted_out} ألغى الاشتراك",
      s_conversations: "المحادثات", s_contained: "احتواها الروبوت", s_contained_short: "محتواة", s_handed_off: "محوّلة",
      s_rate: "نسبة الاحتواء", axis_conversations: "المحادثات", axis_containment: "الاحتواء",
      per_day: "المحادثات يوميًا", empty_period: "لا توجد محادثات في هذه الفترة.", nothing_period: "لا شيء لعرضه في هذه الفترة.",
      bot_answer: "إجابة الروبوت", bot_answer_time: "زمن إجابة الروبوت", bot_percentiles: "مئينات زمن إجابة الروبوت",
      first_response: "أول رد من الموظفين", handling: "زمن المعالجة لدى الموظفين", percentiles: "p50 {p50} · p90 {p90} · p99 {p99}",
      no_agents: "لا توجد محادثات مع الموظفين في هذه الفترة",
      chg_new: "جديد", chg_new_hint: "لا شيء في الفترة السابقة", chg_hint: "مقارنة بالفترة السابقة المماثلة في الطول",
      chg_up: "ارتفاع", chg_down: "انخفاض", chg_flat: "دون تغيير",
      example_1: "مثال واحد", examples: "{n} أمثلة",
      col_question: "السؤال", col_count: "العدد", col_share: "النسبة", col_answered: "أُجيب", col_change: "التغيّر", col_trend: "الاتجاه",
      col_languages: "اللغات", col_products: "المنتجات", col_examples: "أمثلة", col_category: "الفئة", col_product: "المنتج",
      col_messages: "الرسائل", col_complaints: "الشكاوى", col_top_intents: "أبرز النوايا",
      all_answered: "أجاب الروبوت عن كل الأسئلة في هذه الفترة.", no_questions: "لا توجد أسئلة في هذه الفترة.",
      heat_caption: "نقاط الشكوى: رسائل العملاء حسب فئة المنتج (الصفوف) والمنطقة (الأعمدة)؛ الشكاوى ونسبتها في كل خلية.",
      no_category: "بلا فئة", heat_cell: "{category} · {region}: {count} رسالة، {negative} شكوى أو سلبية ({share})",
      products_caption: "نقاط الشكوى حسب المنتج", no_pain: "لا توجد شكاوى أو أسئلة عن المنتجات في هذه الفترة.",
      aud_product: "فريق المنتج", aud_supply_chain: "سلسلة الإمداد", aud_marketing: "التسويق",
      no_open_insights: "لا توجد رؤى مفتوحة لهذه الفترة.", no_accepted_insights: "لا توجد رؤى مقبولة.", no_dismissed_insights: "لا توجد رؤى متجاهَلة.",
      conversations_1: "محادثة واحدة", conversations_n: "{n} محادثات",
      evidence: "الأدلة: ", suggested: "الإجراء المقترح: ", read_convs: "اقرأ المحادثات: ",
      conv_link: "المحادثة {n} من هذه الرؤية، في لوحة خدمة العملاء",
      accept: "قبول", dismiss: "تجاهل", accepting: "جارٍ القبول…", dismissing: "جارٍ التجاهل…",
      accepted_article: "قُبلت: مسودة مقالة بانتظارك في إدارة المتجر › المعرفة.", accepted: "قُبلت.", dismissed: "تم التجاهل.",
      status_accepted: "مقبولة", status_dismissed: "متجاهَلة",
      ins_product_title: "{product}: {turns} سؤالًا عن {topic}",
      ins_product_evidence: "{turns} من أصل {total} سؤالًا عن {product} ({sku}) من {from} إلى {to} كانت عن {topic}{examples}.",
      ins_product_action: "أضف ملاحظة عن {topic} إلى صفحة تفاصيل {product}، ومقالة يستطيع الروبوت الإجابة منها.",
      ins_supply_title: "{carrier}: {complaints} شكوى من التلف أو الحرارة أو التوصيل",
      ins_supply_evidence: "{complaints} من أصل {turns} رسالة من العملاء عن طلبات شُحنت مع {carrier} من {from} إلى {to} كانت شكاوى: {by}{trend}.",
      ins_supply_action: "راجع سلسلة التبريد مع {carrier}: التغليف العازل وأكياس الثلج، ومواعيد التوصيل، ومسجلات الحرارة للشحنات المتأثرة؛ وفكّر في نقل الطلبات المبرّدة إلى شركة شحن أخرى.",
      ins_marketing_title: "عملاء ذوو بشرة {segment} يسألون عن {topic}",
      ins_marketing_evidence: "{turns} سؤالًا عن {topic} من {from} إلى {to} جاءت من عملاء يذكر ملفهم أن بشرتهم {segment}.",
      ins_marketing_action: "أطلق حملة لعملاء البشرة {segment} (نوع البشرة في ملفهم) بالمنتجات المناسبة لها، مثل منتجات التحكم في الزيوت للبشرة الدهنية، واجعل الروبوت يجيب عن {topic} بهذه المنتجات.",
      ins_examples: "، مثل {list}",
      ins_quote: "«{text}»",
      ins_list_sep: "، ",
      ins_count: "{what} {n}",
      ins_trend: "؛ {change} مقارنة بالفترة السابقة"
    },
    "zh-Hant": {
      title: "kefu · 資料儀表板", title_shop: "kefu · 資料儀表板 · {shop}", dashboard: "資料儀表板",
      to_admin: "商店管理", to_console: "客服工作台", logout: "登出", me: "{name} · {role}",
      role_agent: "客服", role_admin: "管理員", role_owner: "店主",
      filters: "篩選", from: "開始日期", to: "結束日期", quick: "快速時間範圍", last: "最近", days_7: "7 天", days_30: "30 天", days_90: "90 天",
      channel: "管道", all_channels: "全部管道", language: "語言", all_languages: "全部語言",
      intent: "意圖", all_intents: "全部意圖", product: "商品", all_products: "全部商品", apply: "套用", reset: "重設",
      kpis: "關鍵指標", csv: "下載 CSV",
      h_volume: "對話量與機器人獨立解決率趨勢",
      hint_volume: "每日對話數、機器人獨立解決的對話數和轉真人客服的對話數；右側座標軸為獨立解決率。",
      h_intents: "意圖分佈", h_handoff: "轉真人客服原因", h_emotions: "客戶情緒", h_languages: "語言分佈",
      h_latency: "回應時間",
      hint_latency: "百分位數：一半的回答快於 p50，九成快於 p90，百分之九十九快於 p99。",
      people: "真人客服", h_channels: "管道分佈",
      h_top: "熱門問題", hint_top: "客戶問得最多的問題（跨語言歸類）；箭頭表示與前一個同長度時段的對比。",
      h_unanswered: "未解答的問題",
      hint_unanswered: "機器人未能回答的問題：請客戶澄清、沒有理解、預設回覆或因此轉真人客服。適合補充為新的知識文章。",
      h_heat: "按類別和地區的痛點",
      hint_heat: "每個儲存格：來自該地區、關於該類別的客戶訊息數；顏色越深，客訴和負面情緒的佔比越高。",
      fewer_complaints: "客訴較少", more_complaints: "客訴較多", by_product: "按商品",
      h_insights: "洞察建議",
      hint_insights: "給產品、供應鏈和行銷團隊的建議行動及其依據。「採納」會建立一篇文章草稿或任務；「忽略」會隱藏該建議。",
      insight_status: "建議狀態", tab_open: "待處理", tab_accepted: "已採納", tab_dismissed: "已忽略",
      pct: "{n}%", ms: "{n} 毫秒", sec: "{n} 秒", min: "{n} 分鐘", hours: "{n} 小時",
      unknown_region: "未知地區", unknown_language: "未知語言",
      err_404: "此伺服器沒有資料分析介面（{path} 傳回 404 Not Found）。資料儀表板需要帶有 /v1/analytics 的 kefu 版本。",
      err_403: "伺服器拒絕了請求：{error}", err_400: "篩選條件無效：{error}",
      err_network: "無法連線伺服器（{error}）。請檢查網路後重新整理頁面。", err_other: "出錯了：{error}",
      err_json: "伺服器傳回的不是 JSON", err_http: "HTTP {status}",
      no_data: "{title}：尚無資料", loading: "載入中…",
      not_available: "不可用：此伺服器沒有資料分析介面。",
      some_failed: "部分面板未能載入：{error}", dates_reversed: "開始日期晚於結束日期。",
      no_chart: "圖表庫未能載入；表格仍可使用。",
      customer_messages: "客戶訊息", count: "數量", share: "佔比",
      k_conversations: "對話數", k_conversations_sub: "{n} 條客戶訊息",
      k_containment: "獨立解決率", k_containment_sub: "由機器人結束，且 24 小時內客戶未再諮詢",
      k_resolution: "解決率", k_handoff: "轉真人客服率", k_clarification: "澄清率",
      k_csat: "滿意度", k_csat_value: "{mean} / 5", k_csat_sub: "{n} 個評分", k_csat_none: "尚無評分",
      k_thumbs: "按讚 / 倒讚", k_bot_time: "機器人回答耗時", k_bot_time_sub: "p90 {p90} · p99 {p99}",
      k_compensation: "補償（{currency}）", k_compensation_sub: "{n} 筆補償",
      k_proactive: "主動訊息", k_proactive_sub: "{replied} 條收到回覆 · {opted_out} 人退訂",
      s_conversations: "對話數", s_contained: "機器人獨立解決", s_contained_short: "獨立解決", s_handed_off: "轉真人客服",
      s_rate: "獨立解決率", axis_conversations: "對話數", axis_containment: "獨立解決率",
      per_day: "每日對話數", empty_period: "此時段內沒有對話。", nothing_period: "此時段內沒有可顯示的資料。",
      bot_answer: "機器人回答", bot_answer_time: "機器人回答耗時", bot_percentiles: "機器人回答耗時百分位數",
      first_response: "人工首次回應", handling: "人工處理時長", percentiles: "p50 {p50} · p90 {p90} · p99 {p99}",
      no_agents: "此時段內沒有人工接待的對話",
      chg_new: "新出現", chg_new_hint: "前一時段沒有", chg_hint: "與前一個同長度時段相比",
      chg_up: "上升", chg_down: "下降", chg_flat: "持平",
      example_1: "1 個範例", examples: "{n} 個範例",
      col_question: "問題", col_count: "數量", col_share: "佔比", col_answered: "已解答", col_change: "變化", col_trend: "趨勢",
      col_languages: "語言", col_products: "商品", col_examples: "範例", col_category: "類別", col_product: "商品",
      col_messages: "訊息數", col_complaints: "客訴數", col_top_intents: "主要意圖",
      all_answered: "此時段內機器人回答了所有問題。", no_questions: "此時段內沒有問題。",
      heat_caption: "痛點：按商品類別（行）和地區（列）統計的客戶訊息；每格顯示客訴數和佔比。",
      no_category: "未分類", heat_cell: "{category} · {region}：{count} 條訊息，{negative} 條客訴或負面（{share}）",
      products_caption: "按商品的痛點", no_pain: "此時段內沒有關於商品的客訴或問題。",
      aud_product: "產品團隊", aud_supply_chain: "供應鏈", aud_marketing: "行銷團隊",
      no_open_insights: "此時段內沒有待處理的建議。", no_accepted_insights: "沒有已採納的建議。", no_dismissed_insights: "沒有已忽略的建議。",
      conversations_1: "1 個對話", conversations_n: "{n} 個對話",
      evidence: "依據：", suggested: "建議行動：", read_convs: "檢視相關對話：",
      conv_link: "此建議的第 {n} 個對話（在客服工作台中開啟）",
      accept: "採納", dismiss: "忽略", accepting: "正在採納…", dismissing: "正在忽略…",
      accepted_article: "已採納：文章草稿已在「商店管理 › 知識庫」中等待稽核。", accepted: "已採納。", dismissed: "已忽略。",
      status_accepted: "已採納", status_dismissed: "已忽略",
      ins_product_title: "{product}：{turns} 個關於{topic}的問題",
      ins_product_evidence: "{from}至{to}，關於{product}（{sku}）的 {total} 個問題中，有 {turns} 個是關於{topic}{examples}。",
      ins_product_action: "在{product}的詳情頁補充關於{topic}的說明，並寫一篇機器人可以據此回答的文章。",
      ins_supply_title: "{carrier}：{complaints} 條變質、溫度或配送客訴",
      ins_supply_evidence: "{from}至{to}，由{carrier}配送的訂單相關的 {turns} 條客戶訊息中，有 {complaints} 條是客訴：{by}{trend}。",
      ins_supply_action: "與{carrier}一起檢查冷鏈：保溫包裝和冰袋、配送時段，以及相關託運單的溫度記錄；考慮將冷藏訂單改由其他承運商配送。",
      ins_marketing_title: "{segment}膚質的客戶在詢問{topic}",
      ins_marketing_evidence: "{from}至{to}，有 {turns} 個關於{topic}的問題來自輪廓中膚質為{segment}的客戶。",
      ins_marketing_action: "面向{segment}膚質的客戶（按其輪廓中的膚質）開展活動，推薦適合的產品（例如油性肌膚的控油產品），並讓機器人在回答{topic}時推薦這些產品。",
      ins_examples: "，例如{list}",
      ins_quote: "「{text}」",
      ins_list_sep: "、",
      ins_count: "{what} {n}",
      ins_trend: "；較上一週期{change}"
    },
    ru: {
      title: "kefu · панель аналитики", title_shop: "kefu · панель аналитики · {shop}", dashboard: "панель аналитики",
      to_admin: "Управление магазином", to_console: "Консоль оператора", logout: "Выйти", me: "{name} · {role}",
      role_agent: "оператор", role_admin: "администратор", role_owner: "владелец",
      filters: "Фильтры", from: "С", to: "По", quick: "Быстрый выбор периода", last: "Последние", days_7: "7 дней", days_30: "30 дней", days_90: "90 дней",
      channel: "Канал", all_channels: "Все каналы", language: "Язык", all_languages: "Все языки",
      intent: "Тема", all_intents: "Все темы", product: "Товар", all_products: "Все товары", apply: "Применить", reset: "Сбросить",
      kpis: "Ключевые показатели", csv: "Скачать CSV",
      h_volume: "Диалоги и доля решённых ботом по дням",
      hint_volume: "Диалоги за день: решённые ботом и переданные оператору; доля решённых ботом — на правой оси.",
      h_intents: "Темы обращений", h_handoff: "Причины передачи оператору", h_emotions: "Эмоции клиентов", h_languages: "Языки",
      h_latency: "Время ответа",
      hint_latency: "Процентили: половина ответов быстрее p50, девять из десяти — быстрее p90, девяносто девять из ста — быстрее p99.",
      people: "Операторы", h_channels: "Каналы",
      h_top: "Частые вопросы", hint_top: "О чём клиенты спрашивают чаще всего, с группировкой по всем языкам; стрелка — сравнение с предыдущим периодом той же длины.",
      h_unanswered: "Вопросы без ответа",
      hint_unanswered: "Вопросы, на которые бот не смог ответить: переспросил, не понял, ответил запасной фразой или из-за этого передал оператору. Хорошие кандидаты для новых статей базы знаний.",
      h_heat: "Проблемные места по категориям и регионам",
      hint_heat: "В каждой ячейке — сообщения клиентов о категории из региона; чем темнее, тем больше доля жалоб и негативных эмоций.",
      fewer_complaints: "меньше жалоб", more_complaints: "больше жалоб", by_product: "По товарам",
      h_insights: "Выводы",
      hint_insights: "Рекомендуемые действия для команд продукта, логистики и маркетинга с обоснованием. «Принять» создаёт черновик статьи или задачу; «Отклонить» скрывает рекомендацию.",
      insight_status: "Статус вывода", tab_open: "Открытые", tab_accepted: "Принятые", tab_dismissed: "Отклонённые",
      pct: "{n}\u00a0%", ms: "{n}\u00a0мс", sec: "{n}\u00a0с", min: "{n}\u00a0мин", hours: "{n}\u00a0ч",
      unknown_region: "Неизвестный регион", unknown_language: "Неизвестный язык",
      err_404: "API аналитики на этом сервере недоступен ({path} ответил 404 Not Found). Для панели нужна версия kefu с /v1/analytics.",
      err_403: "Сервер отказал: {error}", err_400: "Фильтр указан неверно: {error}",
      err_network: "Сервер недоступен ({error}). Проверьте подключение и обновите страницу.", err_other: "Что-то пошло не так: {error}",
      err_json: "ответ сервера не в формате JSON", err_http: "HTTP {status}",
      no_data: "{title}: нет данных", loading: "Загрузка…",
      not_available: "Недоступно: на этом сервере нет API аналитики.",
      some_failed: "Не удалось загрузить некоторые панели: {error}", dates_reversed: "Дата начала позже даты окончания.",
      no_chart: "Библиотека графиков не загрузилась; таблицы работают.",
      customer_messages: "Сообщения клиентов", count: "Количество", share: "Доля",
      k_conversations: "Диалоги", k_conversations_sub: "сообщений клиентов: {n}",
      k_containment: "Решено ботом", k_containment_sub: "закрыто ботом без повторного обращения в течение 24 ч",
      k_resolution: "Решено", k_handoff: "Доля передач оператору", k_clarification: "Доля уточнений",
      k_csat: "Удовлетворённость", k_csat_value: "{mean} / 5", k_csat_sub: "оценок: {n}", k_csat_none: "оценок пока нет",
      k_thumbs: "Лайки", k_bot_time: "Время ответа бота", k_bot_time_sub: "p90 {p90} · p99 {p99}",
      k_compensation: "Компенсации ({currency})", k_compensation_sub: "компенсаций: {n}",
      k_proactive: "Проактивные сообщения", k_proactive_sub: "ответили: {replied} · отказались: {opted_out}",
      s_conversations: "Диалоги", s_contained: "Решено ботом", s_contained_short: "Решено ботом", s_handed_off: "Передано оператору",
      s_rate: "Доля решённых ботом", axis_conversations: "диалоги", axis_containment: "доля решённых ботом",
      per_day: "Диалоги по дням", empty_period: "За этот период диалогов нет.", nothing_period: "За этот период нечего показать.",
      bot_answer: "Ответ бота", bot_answer_time: "Время ответа бота", bot_percentiles: "Процентили времени ответа бота",
      first_response: "Первый ответ оператора", handling: "Время обработки оператором", percentiles: "p50 {p50} · p90 {p90} · p99 {p99}",
      no_agents: "за этот период диалогов с операторами не было",
      chg_new: "новое", chg_new_hint: "в предыдущем периоде не было", chg_hint: "по сравнению с предыдущим периодом той же длины",
      chg_up: "рост", chg_down: "снижение", chg_flat: "без изменений",
      example_1: "1 пример", examples: "Примеры: {n}",
      col_question: "Вопрос", col_count: "Количество", col_share: "Доля", col_answered: "С ответом", col_change: "Изменение", col_trend: "Динамика",
      col_languages: "Языки", col_products: "Товары", col_examples: "Примеры", col_category: "Категория", col_product: "Товар",
      col_messages: "Сообщения", col_complaints: "Жалобы", col_top_intents: "Основные темы",
      all_answered: "За этот период бот ответил на все вопросы.", no_questions: "За этот период вопросов нет.",
      heat_caption: "Проблемные места: сообщения клиентов по категориям товаров (строки) и регионам (столбцы); в каждой ячейке — жалобы и их доля.",
      no_category: "Без категории", heat_cell: "{category} · {region}: сообщений — {count}, жалоб или негатива — {negative} ({share})",
      products_caption: "Проблемные места по товарам", no_pain: "За этот период нет жалоб и вопросов о товарах.",
      aud_product: "Команда продукта", aud_supply_chain: "Логистика", aud_marketing: "Маркетинг",
      no_open_insights: "Открытых выводов за этот период нет.", no_accepted_insights: "Принятых выводов нет.", no_dismissed_insights: "Отклонённых выводов нет.",
      conversations_1: "1 диалог", conversations_n: "Диалогов: {n}",
      evidence: "Обоснование: ", suggested: "Рекомендуемое действие: ", read_convs: "Читать диалоги: ",
      conv_link: "Диалог {n} по этому выводу в консоли",
      accept: "Принять", dismiss: "Отклонить", accepting: "Принимаем…", dismissing: "Отклоняем…",
      accepted_article: "Принято: черновик статьи ждёт в разделе «Управление магазином › База знаний».", accepted: "Принято.", dismissed: "Отклонено.",
      status_accepted: "Принято", status_dismissed: "Отклонено",
      ins_product_title: "{product}: вопросов на тему «{topic}» — {turns}",
      ins_product_evidence: "С {from} по {to} о товаре {product} ({sku}) задано вопросов: {total}, из них на тему «{topic}»: {turns}{examples}.",
      ins_product_action: "Добавьте на страницу товара {product} пояснение на тему «{topic}», а также статью, по которой бот сможет отвечать.",
      ins_supply_title: "{carrier}: жалоб на порчу, температуру или доставку — {complaints}",
      ins_supply_evidence: "Сообщений клиентов о заказах, отправленных через {carrier} с {from} по {to}: {turns}, из них жалоб: {complaints} — {by}{trend}.",
      ins_supply_action: "Проверьте холодовую цепь вместе с {carrier}: термоупаковку и хладоэлементы, интервалы доставки и термологгеры затронутых отправлений; рассмотрите передачу охлаждённых заказов другому перевозчику.",
      ins_marketing_title: "Клиенты с типом кожи «{segment}» задают вопросы на тему «{topic}»",
      ins_marketing_evidence: "Вопросов на тему «{topic}» с {from} по {to} от клиентов, у которых в профиле указан тип кожи «{segment}»: {turns}.",
      ins_marketing_action: "Запустите кампанию для клиентов с типом кожи «{segment}» (по профилю) с подходящими товарами, например с матирующим уходом для жирной кожи, и пусть бот на тему «{topic}» рекомендует эти товары.",
      ins_examples: ", например: {list}",
      ins_quote: "«{text}»",
      ins_list_sep: ", ",
      ins_count: "{what} ({n})",
      ins_trend: "; {change} по сравнению с предыдущим периодом"
    },
    tr: {
      title: "kefu · gösterge paneli", title_shop: "kefu · gösterge paneli · {shop}", dashboard: "gösterge paneli",
      to_admin: "Mağaza yönetimi", to_console: "Temsilci konsolu", logout: "Çıkış yap", me: "{name} · {role}",
      role_agent: "temsilci", role_admin: "yönetici", role_owner: "mağaza sahibi",
      filters: "Filtreler", from: "Başlangıç", to: "Bitiş", quick: "Hızlı aralıklar", last: "Son", days_7: "7 gün", days_30: "30 gün", days_90: "90 gün",
      channel: "Kanal", all_channels: "Tüm kanallar", language: "Dil", all_languages: "Tüm diller",
      intent: "Konu", all_intents: "Tüm konular", product: "Ürün", all_products: "Tüm ürünler", apply: "Uygula", reset: "Sıfırla",
      kpis: "Temel göstergeler", csv: "CSV indir",
      h_volume: "Zaman içinde görüşmeler ve bot çözüm oranı",
      hint_volume: "Günlük görüşmeler, botun kendi başına çözdükleri ve bir temsilciye devredilenler; bot çözüm oranı sağ eksende.",
      h_intents: "Konular", h_handoff: "Temsilciye devir nedenleri", h_emotions: "Müşteri duyguları", h_languages: "Diller",
      h_latency: "Yanıt süreleri",
      hint_latency: "Yüzdelikler: yanıtların yarısı p50'den, onda dokuzu p90'dan, yüzde doksan dokuzu p99'dan hızlıdır.",
      people: "Temsilciler", h_channels: "Kanallar",
      h_top: "En sık sorulanlar", hint_top: "Müşterilerin en çok sorduğu konular, tüm dillerde gruplanmış; ok, aynı uzunluktaki önceki dönemle karşılaştırır.",
      h_unanswered: "Yanıtsız sorular",
      hint_unanswered: "Botun yanıtlayamadığı sorular: açıklama istedi, anlamadı, yedek yanıt verdi ya da bu nedenle temsilciye devretti. Yeni bilgi makaleleri için iyi adaylar.",
      h_heat: "Kategori ve bölgeye göre sorunlu alanlar",
      hint_heat: "Her hücre: bölgeden gelen, kategoriyle ilgili müşteri mesajları; renk koyulaştıkça şikâyet ve olumsuz duygu payı artar.",
      fewer_complaints: "daha az şikâyet", more_complaints: "daha çok şikâyet", by_product: "Ürüne göre",
      h_insights: "Öngörüler",
      hint_insights: "Ürün, tedarik zinciri ve pazarlama ekipleri için önerilen aksiyonlar ve dayanakları. Kabul et bir makale taslağı veya görev oluşturur; Yoksay öneriyi gizler.",
      insight_status: "Öngörü durumu", tab_open: "Açık", tab_accepted: "Kabul edilenler", tab_dismissed: "Yoksayılanlar",
      pct: "%{n}", ms: "{n}\u00a0ms", sec: "{n}\u00a0sn", min: "{n}\u00a0dk", hours: "{n}\u00a0sa",
      unknown_region: "Bilinmeyen bölge", unknown_language: "Bilinmeyen dil",
      err_404: "Bu sunucuda analiz API'si yok ({path} 404 Not Found yanıtını verdi). Gösterge paneli için /v1/analytics içeren bir kefu sürümü gerekir.",
      err_403: "Sunucu reddetti: {error}", err_400: "Bir filtre geçersiz: {error}",
      err_network: "Sunucuya ulaşılamıyor ({error}). Bağlantıyı kontrol edip sayfayı yenileyin.", err_other: "Bir sorun oluştu: {error}",
      err_json: "sunucunun yanıtı JSON değildi", err_http: "HTTP {status}",
      no_data: "{title}: veri yok", loading: "Yükleniyor…",
      not_available: "Kullanılamıyor: bu sunucuda analiz API'si yok.",
      some_failed: "Bazı paneller yüklenemedi: {error}", dates_reversed: "Başlangıç tarihi bitiş tarihinden sonra.",
      no_chart: "Grafik kitaplığı yüklenmedi; tablolar yine de çalışır.",
      customer_messages: "Müşteri mesajları", count: "Adet", share: "Pay",
      k_conversations: "Görüşmeler", k_conversations_sub: "{n} müşteri mesajı",
      k_containment: "Bot çözümü", k_containment_sub: "bot tarafından kapatılan, 24 saat içinde geri dönülmeyen",
      k_resolution: "Çözüm", k_handoff: "Devir oranı", k_clarification: "Açıklama isteme oranı",
      k_csat: "Memnuniyet", k_csat_value: "{mean} / 5", k_csat_sub: "{n} puanlama", k_csat_none: "henüz puanlama yok",
      k_thumbs: "Beğeniler", k_bot_time: "Bot yanıt süresi", k_bot_time_sub: "p90 {p90} · p99 {p99}",
      k_compensation: "Telafi ({currency})", k_compensation_sub: "{n} jest ödemesi",
      k_proactive: "Proaktif mesajlar", k_proactive_sub: "{replied} yanıtladı · {opted_out} mesaj almak istemedi",
      s_conversations: "Görüşmeler", s_contained: "Botun çözdüğü", s_contained_short: "Bot çözdü", s_handed_off: "Devredilen",
      s_rate: "Bot çözüm oranı", axis_conversations: "görüşme", axis_containment: "bot çözüm oranı",
      per_day: "Günlük görüşmeler", empty_period: "Bu dönemde görüşme yok.", nothing_period: "Bu dönem için gösterilecek bir şey yok.",
      bot_answer: "Bot yanıtı", bot_answer_time: "Bot yanıt süresi", bot_percentiles: "Bot yanıt süresi yüzdelikleri",
      first_response: "Temsilcilerin ilk yanıtı", handling: "Temsilcilerin işlem süresi", percentiles: "p50 {p50} · p90 {p90} · p99 {p99}",
      no_agents: "bu dönemde temsilcilerle görüşme yok",
      chg_new: "yeni", chg_new_hint: "önceki dönemde yoktu", chg_hint: "aynı uzunluktaki önceki dönemle karşılaştırıldığında",
      chg_up: "arttı", chg_down: "azaldı", chg_flat: "değişmedi",
      example_1: "1 örnek", examples: "{n} örnek",
      col_question: "Soru", col_count: "Adet", col_share: "Pay", col_answered: "Yanıtlanan", col_change: "Değişim", col_trend: "Eğilim",
      col_languages: "Diller", col_products: "Ürünler", col_examples: "Örnekler", col_category: "Kategori", col_product: "Ürün",
      col_messages: "Mesajlar", col_complaints: "Şikâyetler", col_top_intents: "Başlıca konular",
      all_answered: "Bot bu dönemdeki her soruyu yanıtladı.", no_questions: "Bu dönemde soru yok.",
      heat_caption: "Sorunlu alanlar: ürün kategorisine (satırlar) ve bölgeye (sütunlar) göre müşteri mesajları; her hücrede şikâyetler ve payları.",
      no_category: "Kategorisiz", heat_cell: "{category} · {region}: {count} mesaj, {negative} şikâyet veya olumsuz ({share})",
      products_caption: "Ürüne göre sorunlu alanlar", no_pain: "Bu dönemde ürünlerle ilgili şikâyet veya soru yok.",
      aud_product: "Ürün ekibi", aud_supply_chain: "Tedarik zinciri", aud_marketing: "Pazarlama",
      no_open_insights: "Bu dönem için açık öngörü yok.", no_accepted_insights: "Kabul edilmiş öngörü yok.", no_dismissed_insights: "Yoksayılmış öngörü yok.",
      conversations_1: "1 görüşme", conversations_n: "{n} görüşme",
      evidence: "Dayanak: ", suggested: "Önerilen aksiyon: ", read_convs: "Görüşmeleri okuyun: ",
      conv_link: "Bu öngörünün {n}. görüşmesi, konsolda",
      accept: "Kabul et", dismiss: "Yoksay", accepting: "Kabul ediliyor…", dismissing: "Yoksayılıyor…",
      accepted_article: "Kabul edildi: bir makale taslağı Mağaza yönetimi › Bilgi bankası bölümünde bekliyor.", accepted: "Kabul edildi.", dismissed: "Yoksayıldı.",
      status_accepted: "Kabul edildi", status_dismissed: "Yoksayıldı",
      ins_product_title: "{product}: “{topic}” hakkında {turns} soru",
      ins_product_evidence: "{from} – {to} arasında {product} ({sku}) hakkındaki {total} sorunun {turns} tanesi “{topic}” ile ilgiliydi{examples}.",
      ins_product_action: "{product} ürün sayfasına “{topic}” hakkında bir not ve botun yanıt verebileceği bir makale ekleyin.",
      ins_supply_title: "{carrier}: bozulma, sıcaklık veya teslimatla ilgili {complaints} şikâyet",
      ins_supply_evidence: "{from} – {to} arasında {carrier} ile gönderilen siparişlerle ilgili {turns} müşteri mesajının {complaints} tanesi şikâyetti: {by}{trend}.",
      ins_supply_action: "Soğuk zinciri {carrier} ile birlikte gözden geçirin: yalıtımlı ambalaj ve buz aküleri, teslimat aralıkları ve etkilenen gönderilerin sıcaklık kaydedicileri; soğutulmuş siparişleri başka bir kargo firmasına taşımayı değerlendirin.",
      ins_marketing_title: "Cilt tipi “{segment}” olan müşteriler “{topic}” soruyor",
      ins_marketing_evidence: "{from} – {to} arasında “{topic}” hakkındaki {turns} soru, profilinde cilt tipi “{segment}” olan müşterilerden geldi.",
      ins_marketing_action: "Cilt tipi “{segment}” olan müşteriler (profildeki cilt tipine göre) için bu cilt tipine uygun ürünlerle bir kampanya başlatın (ör. yağlı cilt için yağ kontrolü) ve botun “{topic}” sorularını bu ürünlerle yanıtlamasını sağlayın.",
      ins_examples: ", ör. {list}",
      ins_quote: "“{text}”",
      ins_list_sep: ", ",
      ins_count: "{what} ({n})",
      ins_trend: "; önceki döneme göre {change}"
    },
    fil: {
      title: "kefu · dashboard", title_shop: "kefu · dashboard · {shop}", dashboard: "dashboard",
      to_admin: "Admin ng tindahan", to_console: "Console ng agent", logout: "Mag-log out", me: "{name} · {role}",
      role_agent: "agent", role_admin: "admin", role_owner: "may-ari",
      filters: "Mga filter", from: "Mula", to: "Hanggang", quick: "Mabilisang saklaw", last: "Huling", days_7: "7 araw", days_30: "30 araw", days_90: "90 araw",
      channel: "Channel", all_channels: "Lahat ng channel", language: "Wika", all_languages: "Lahat ng wika",
      intent: "Pakay", all_intents: "Lahat ng pakay", product: "Produkto", all_products: "Lahat ng produkto", apply: "Ilapat", reset: "I-reset",
      kpis: "Mga pangunahing numero", csv: "I-download ang CSV",
      h_volume: "Mga usapan at ang mga natapos ng bot sa paglipas ng panahon",
      hint_volume: "Mga usapan bawat araw, ang mga natapos ng bot nang mag-isa at ang mga ipinasa sa tao; nasa kanang axis ang rate ng natapos ng bot.",
      h_intents: "Mga pakay", h_handoff: "Mga dahilan ng pagpasa sa tao", h_emotions: "Emosyon ng mga customer", h_languages: "Mga wika",
      h_latency: "Bilis ng pagsagot",
      hint_latency: "Mga percentile: kalahati ng mga sagot ay mas mabilis sa p50, siyam sa sampu ay mas mabilis sa p90, siyamnapu't siyam sa isandaan ay mas mabilis sa p99.",
      people: "Mga agent", h_channels: "Mga channel",
      h_top: "Mga madalas itanong", hint_top: "Ang pinakamadalas itanong ng mga customer, pinagsama-sama sa lahat ng wika; ikinukumpara ng arrow sa naunang panahon na kasinghaba.",
      h_unanswered: "Mga tanong na walang sagot",
      hint_unanswered: "Mga tanong na hindi nasagot ng bot: nagtanong ito para linawin, hindi nakaintindi, gumamit ng fallback o ipinasa sa tao dahil dito. Magandang gawan ng bagong artikulo sa knowledge base.",
      h_heat: "Mga problema ayon sa kategorya at rehiyon",
      hint_heat: "Bawat cell: mga mensahe ng customer tungkol sa kategorya mula sa rehiyon; habang dumidilim, lumalaki ang bahagi ng reklamo at negatibong emosyon.",
      fewer_complaints: "mas kaunting reklamo", more_complaints: "mas maraming reklamo", by_product: "Ayon sa produkto",
      h_insights: "Mga insight",
      hint_insights: "Mga mungkahing aksyon para sa mga team ng produkto, supply chain at marketing, kasama ang ebidensya. Gumagawa ang Tanggapin ng draft na artikulo o task; itinatago ng Huwag pansinin ang mungkahi.",
      insight_status: "Status ng insight", tab_open: "Bukas", tab_accepted: "Tinanggap", tab_dismissed: "Hindi pinansin",
      pct: "{n}%", ms: "{n}\u00a0ms", sec: "{n}\u00a0seg", min: "{n}\u00a0min", hours: "{n}\u00a0oras",
      unknown_region: "Hindi alam na rehiyon", unknown_language: "Hindi alam na wika",
      err_404: "Walang analytics API sa server na ito (sumagot ang {path} ng 404 Not Found). Kailangan ng dashboard ang bersyon ng kefu na may /v1/analytics.",
      err_403: "Tumanggi ang server: {error}", err_400: "May filter na hindi wasto: {error}",
      err_network: "Hindi maabot ang server ({error}). Tingnan ang koneksyon at i-reload.", err_other: "May nagkaproblema: {error}",
      err_json: "hindi JSON ang sagot ng server", err_http: "HTTP {status}",
      no_data: "{title}: walang data", loading: "Naglo-load…",
      not_available: "Hindi available: walang analytics API ang server na ito.",
      some_failed: "Hindi na-load ang ilang panel: {error}", dates_reversed: "Mas huli ang petsa ng simula kaysa sa petsa ng katapusan.",
      no_chart: "Hindi na-load ang chart library; gumagana pa rin ang mga table.",
      customer_messages: "Mga mensahe ng customer", count: "Bilang", share: "Bahagi",
      k_conversations: "Mga usapan", k_conversations_sub: "{n} mensahe ng customer",
      k_containment: "Natapos ng bot", k_containment_sub: "isinara ng bot, walang balik sa loob ng 24 oras",
      k_resolution: "Resolusyon", k_handoff: "Rate ng pagpasa sa tao", k_clarification: "Rate ng paglilinaw",
      k_csat: "Kasiyahan", k_csat_value: "{mean} / 5", k_csat_sub: "{n} rating", k_csat_none: "wala pang rating",
      k_thumbs: "Mga reaksyon", k_bot_time: "Bilis ng sagot ng bot", k_bot_time_sub: "p90 {p90} · p99 {p99}",
      k_compensation: "Kompensasyon ({currency})", k_compensation_sub: "{n} ibinigay na kompensasyon",
      k_proactive: "Mga proactive na mensahe", k_proactive_sub: "{replied} sumagot · {opted_out} umayaw",
      s_conversations: "Mga usapan", s_contained: "Natapos ng bot", s_contained_short: "Natapos ng bot", s_handed_off: "Ipinasa sa tao",
      s_rate: "Rate ng natapos ng bot", axis_conversations: "mga usapan", axis_containment: "natapos ng bot",
      per_day: "Mga usapan bawat araw", empty_period: "Walang usapan sa panahong ito.", nothing_period: "Walang maipapakita sa panahong ito.",
      bot_answer: "Sagot ng bot", bot_answer_time: "Bilis ng sagot ng bot", bot_percentiles: "Mga percentile ng bilis ng sagot ng bot",
      first_response: "Unang sagot ng mga agent", handling: "Tagal ng pag-asikaso ng mga agent", percentiles: "p50 {p50} · p90 {p90} · p99 {p99}",
      no_agents: "walang usapan sa mga agent sa panahong ito",
      chg_new: "bago", chg_new_hint: "wala sa naunang panahon", chg_hint: "kumpara sa naunang panahon na kasinghaba",
      chg_up: "tumaas", chg_down: "bumaba", chg_flat: "walang pagbabago",
      example_1: "1 halimbawa", examples: "{n} halimbawa",
      col_question: "Tanong", col_count: "Bilang", col_share: "Bahagi", col_answered: "Nasagot", col_change: "Pagbabago", col_trend: "Takbo",
      col_languages: "Mga wika", col_products: "Mga produkto", col_examples: "Mga halimbawa", col_category: "Kategorya", col_product: "Produkto",
      col_messages: "Mga mensahe", col_complaints: "Mga reklamo", col_top_intents: "Pangunahing pakay",
      all_answered: "Nasagot ng bot ang lahat ng tanong sa panahong ito.", no_questions: "Walang tanong sa panahong ito.",
      heat_caption: "Mga problema: mga mensahe ng customer ayon sa kategorya ng produkto (mga row) at rehiyon (mga column); mga reklamo at bahagi sa bawat cell.",
      no_category: "Walang kategorya", heat_cell: "{category} · {region}: {count} mensahe, {negative} reklamo o negatibo ({share})",
      products_caption: "Mga problema ayon sa produkto", no_pain: "Walang reklamo o tanong tungkol sa mga produkto sa panahong ito.",
      aud_product: "Team ng produkto", aud_supply_chain: "Supply chain", aud_marketing: "Marketing",
      no_open_insights: "Walang bukas na insight sa panahong ito.", no_accepted_insights: "Walang tinanggap na insight.", no_dismissed_insights: "Walang insight na hindi pinansin.",
      conversations_1: "1 usapan", conversations_n: "{n} usapan",
      evidence: "Ebidensya: ", suggested: "Mungkahing aksyon: ", read_convs: "Basahin ang mga usapan: ",
      conv_link: "Usapan {n} ng insight na ito, sa console",
      accept: "Tanggapin", dismiss: "Huwag pansinin", accepting: "Tinatanggap…", dismissing: "Inaalis…",
      accepted_article: "Tinanggap: may draft na artikulong naghihintay sa Admin ng tindahan › Knowledge base.", accepted: "Tinanggap.", dismissed: "Hindi pinansin.",
      status_accepted: "Tinanggap", status_dismissed: "Hindi pinansin",
      ins_product_title: "{product}: {turns} tanong tungkol sa “{topic}”",
      ins_product_evidence: "{turns} sa {total} tanong tungkol sa {product} ({sku}) mula {from} hanggang {to} ay tungkol sa “{topic}”{examples}.",
      ins_product_action: "Magdagdag ng paliwanag tungkol sa “{topic}” sa detail page ng {product}, at ng artikulong magagamit ng bot sa pagsagot.",
      ins_supply_title: "{carrier}: {complaints} reklamo sa pagkasira, temperatura o delivery",
      ins_supply_evidence: "{complaints} sa {turns} mensahe ng customer tungkol sa mga order na ipinadala sa {carrier} mula {from} hanggang {to} ay reklamo: {by}{trend}.",
      ins_supply_action: "Suriin ang cold chain kasama ang {carrier}: insulated na packaging at ice pack, mga delivery slot, at ang temperature logger ng mga apektadong padala; pag-isipang ilipat sa ibang courier ang mga chilled na order.",
      ins_marketing_title: "Nagtatanong tungkol sa “{topic}” ang mga customer na {segment} ang balat",
      ins_marketing_evidence: "{turns} tanong tungkol sa “{topic}” mula {from} hanggang {to} ay galing sa mga customer na {segment} ang balat ayon sa kanilang profile.",
      ins_marketing_action: "Magpatakbo ng campaign para sa mga customer na {segment} ang balat (ayon sa skin type sa profile) gamit ang mga produktong para rito, hal. oil control para sa oily na balat, at ipasagot sa bot ang mga tanong tungkol sa “{topic}” gamit ang mga produktong iyon.",
      ins_examples: ", hal. {list}",
      ins_quote: "“{text}”",
      ins_list_sep: ", ",
      ins_count: "{what} ({n})",
      ins_trend: "; {change} kumpara sa naunang panahon"
    },
    it: {
      title: "kefu · dashboard", title_shop: "kefu · dashboard · {shop}", dashboard: "dashboard",
      to_admin: "Gestione negozio", to_console: "Console operatori", logout: "Esci", me: "{name} · {role}",
      role_agent: "operatore", role_admin: "amministratore", role_owner: "titolare",
      filters: "Filtri", from: "Dal", to: "Al", quick: "Periodi rapidi", last: "Ultimi", days_7: "7 giorni", days_30: "30 giorni", days_90: "90 giorni",
      channel: "Canale", all_channels: "Tutti i canali", language: "Lingua", all_languages: "Tutte le lingue",
      intent: "Intento", all_intents: "Tutti gli intenti", product: "Prodotto", all_products: "Tutti i prodotti", apply: "Applica", reset: "Reimposta",
      kpis: "Indicatori chiave", csv: "Scarica CSV",
      h_volume: "Conversazioni e tasso di automazione nel tempo",
      hint_volume: "Conversazioni al giorno, quelle gestite dal bot in autonomia e quelle passate a un operatore; tasso di automazione sull'asse destro.",
      h_intents: "Intenti", h_handoff: "Motivi del passaggio a un operatore", h_emotions: "Emozioni dei clienti", h_languages: "Lingue",
      h_latency: "Tempi di risposta",
      hint_latency: "Percentili: metà delle risposte è più veloce di p50, nove su dieci più veloci di p90, novantanove su cento più veloci di p99.",
      people: "Operatori", h_channels: "Canali",
      h_top: "Domande più frequenti", hint_top: "Ciò che i clienti chiedono più spesso, raggruppato per tutte le lingue; la freccia confronta con il periodo precedente della stessa durata.",
      h_unanswered: "Domande senza risposta",
      hint_unanswered: "Domande a cui il bot non ha saputo rispondere: ha chiesto di riformulare, non ha capito, ha dato una risposta di ripiego o per questo ha passato la chat a un operatore. Buoni spunti per nuovi articoli.",
      h_heat: "Criticità per categoria e regione",
      hint_heat: "Ogni cella: messaggi dei clienti sulla categoria provenienti dalla regione; più è scura, maggiore è la quota di reclami ed emozioni negative.",
      fewer_complaints: "meno reclami", more_complaints: "più reclami", by_product: "Per prodotto",
      h_insights: "Suggerimenti",
      hint_insights: "Azioni suggerite ai team prodotto, logistica e marketing, con i dati che le motivano. Accetta crea una bozza di articolo o un'attività; Ignora nasconde il suggerimento.",
      insight_status: "Stato dei suggerimenti", tab_open: "Aperti", tab_accepted: "Accettati", tab_dismissed: "Ignorati",
      pct: "{n}%", ms: "{n}\u00a0ms", sec: "{n}\u00a0s", min: "{n}\u00a0min", hours: "{n}\u00a0h",
      unknown_region: "Regione sconosciuta", unknown_language: "Lingua sconosciuta",
      err_404: "L'API di analisi non è disponibile su questo server ({path} ha risposto 404 Not Found). La dashboard richiede una versione di kefu con /v1/analytics.",
      err_403: "Il server ha rifiutato: {error}", err_400: "Un filtro non è valido: {error}",
      err_network: "Il server non è raggiungibile ({error}). Controlla la connessione e ricarica la pagina.", err_other: "Si è verificato un errore: {error}",
      err_json: "la risposta del server non era JSON", err_http: "HTTP {status}",
      no_data: "{title}: nessun dato", loading: "Caricamento…",
      not_available: "Non disponibile: questo server non ha l'API di analisi.",
      some_failed: "Non è stato possibile caricare alcuni pannelli: {error}", dates_reversed: "La data di inizio è successiva alla data di fine.",
      no_chart: "La libreria dei grafici non è stata caricata; le tabelle funzionano comunque.",
      customer_messages: "Messaggi dei clienti", count: "Numero", share: "Quota",
      k_conversations: "Conversazioni", k_conversations_sub: "{n} messaggi dei clienti",
      k_containment: "Automazione", k_containment_sub: "chiuse dal bot, senza ritorno entro 24 h",
      k_resolution: "Risoluzione", k_handoff: "Tasso di passaggio", k_clarification: "Tasso di riformulazione",
      k_csat: "Soddisfazione", k_csat_value: "{mean} / 5", k_csat_sub: "{n} valutazioni", k_csat_none: "ancora nessuna valutazione",
      k_thumbs: "Pollice su / giù", k_bot_time: "Tempo di risposta del bot", k_bot_time_sub: "p90 {p90} · p99 {p99}",
      k_compensation: "Indennizzi ({currency})", k_compensation_sub: "{n} indennizzi",
      k_proactive: "Messaggi proattivi", k_proactive_sub: "{replied} risposte · {opted_out} disiscrizioni",
      s_conversations: "Conversazioni", s_contained: "Gestite dal bot", s_contained_short: "Gestite", s_handed_off: "Passate a un operatore",
      s_rate: "Tasso di automazione", axis_conversations: "conversazioni", axis_containment: "automazione",
      per_day: "Conversazioni al giorno", empty_period: "Nessuna conversazione in questo periodo.", nothing_period: "Niente da mostrare per questo periodo.",
      bot_answer: "Risposta del bot", bot_answer_time: "Tempo di risposta del bot", bot_percentiles: "Percentili del tempo di risposta del bot",
      first_response: "Prima risposta degli operatori", handling: "Tempo di gestione degli operatori", percentiles: "p50 {p50} · p90 {p90} · p99 {p99}",
      no_agents: "nessuna conversazione con operatori in questo periodo",
      chg_new: "nuovo", chg_new_hint: "niente nel periodo precedente", chg_hint: "rispetto al periodo precedente della stessa durata",
      chg_up: "in aumento", chg_down: "in calo", chg_flat: "invariato",
      example_1: "1 esempio", examples: "{n} esempi",
      col_question: "Domanda", col_count: "Numero", col_share: "Quota", col_answered: "Con risposta", col_change: "Variazione", col_trend: "Andamento",
      col_languages: "Lingue", col_products: "Prodotti", col_examples: "Esempi", col_category: "Categoria", col_product: "Prodotto",
      col_messages: "Messaggi", col_complaints: "Reclami", col_top_intents: "Intenti principali",
      all_answered: "Il bot ha risposto a tutte le domande in questo periodo.", no_questions: "Nessuna domanda in questo periodo.",
      heat_caption: "Criticità: messaggi dei clienti per categoria di prodotto (righe) e regione (colonne); reclami e quota in ogni cella.",
      no_category: "Senza categoria", heat_cell: "{category} · {region}: {count} messaggi, {negative} reclami o negativi ({share})",
      products_caption: "Criticità per prodotto", no_pain: "Nessun reclamo o domanda sui prodotti in questo periodo.",
      aud_product: "Team prodotto", aud_supply_chain: "Logistica", aud_marketing: "Marketing",
      no_open_insights: "Nessun suggerimento aperto per questo periodo.", no_accepted_insights: "Nessun suggerimento accettato.", no_dismissed_insights: "Nessun suggerimento ignorato.",
      conversations_1: "1 conversazione", conversations_n: "{n} conversazioni",
      evidence: "Dati: ", suggested: "Azione suggerita: ", read_convs: "Leggi le conversazioni: ",
      conv_link: "Conversazione {n} di questo suggerimento, nella console",
      accept: "Accetta", dismiss: "Ignora", accepting: "Accettazione…", dismissing: "Rimozione…",
      accepted_article: "Accettato: una bozza di articolo ti aspetta in Gestione negozio › Base di conoscenza.", accepted: "Accettato.", dismissed: "Ignorato.",
      status_accepted: "Accettato", status_dismissed: "Ignorato",
      ins_product_title: "{product}: {turns} domande su «{topic}»",
      ins_product_evidence: "Dal {from} al {to}, {turns} delle {total} domande su {product} ({sku}) riguardavano «{topic}»{examples}.",
      ins_product_action: "Aggiungi una nota su «{topic}» alla scheda prodotto di {product} e un articolo da cui il bot possa rispondere.",
      ins_supply_title: "{carrier}: {complaints} reclami per merce deteriorata, temperatura o consegna",
      ins_supply_evidence: "Dal {from} al {to}, {complaints} dei {turns} messaggi dei clienti su ordini spediti con {carrier} erano reclami: {by}{trend}.",
      ins_supply_action: "Verifica la catena del freddo con {carrier}: imballaggi isotermici e siberini, fasce orarie di consegna e i registratori di temperatura delle spedizioni interessate; valuta di affidare gli ordini refrigerati a un altro corriere.",
      ins_marketing_title: "Clienti con pelle {segment} chiedono di «{topic}»",
      ins_marketing_evidence: "Dal {from} al {to}, {turns} domande su «{topic}» sono arrivate da clienti il cui profilo indica pelle {segment}.",
      ins_marketing_action: "Lancia una campagna per i clienti con pelle {segment} (il tipo di pelle del loro profilo) con i prodotti pensati per loro, ad es. opacizzanti per la pelle grassa, e fai rispondere il bot su «{topic}» con quei prodotti.",
      ins_examples: ", ad es. {list}",
      ins_quote: "«{text}»",
      ins_list_sep: ", ",
      ins_count: "{what} ({n})",
      ins_trend: "; {change} rispetto al periodo precedente"
    },
    nl: {
      title: "kefu · dashboard", title_shop: "kefu · dashboard · {shop}", dashboard: "dashboard",
      to_admin: "Winkelbeheer", to_console: "Medewerkersconsole", logout: "Uitloggen", me: "{name} · {role}",
      role_agent: "medewerker", role_admin: "beheerder", role_owner: "eigenaar",
      filters: "Filters", from: "Van", to: "Tot en met", quick: "Snelle periodes", last: "Laatste", days_7: "7 dagen", days_30: "30 dagen", days_90: "90 dagen",
      channel: "Kanaal", all_channels: "Alle kanalen", language: "Taal", all_languages: "Alle talen",
      intent: "Intentie", all_intents: "Alle intenties", product: "Product", all_products: "Alle producten", apply: "Toepassen", reset: "Herstellen",
      kpis: "Kerncijfers", csv: "CSV downloaden",
      h_volume: "Gesprekken en automatiseringsgraad in de tijd",
      hint_volume: "Gesprekken per dag, die de bot zelf afhandelde en die naar een medewerker gingen; automatiseringsgraad op de rechteras.",
      h_intents: "Intenties", h_handoff: "Redenen voor overdracht", h_emotions: "Emoties van klanten", h_languages: "Talen",
      h_latency: "Reactietijden",
      hint_latency: "Percentielen: de helft van de antwoorden is sneller dan p50, negen op de tien sneller dan p90, negenennegentig op de honderd sneller dan p99.",
      people: "Medewerkers", h_channels: "Kanalen",
      h_top: "Meest gestelde vragen", hint_top: "Wat klanten het vaakst vragen, over alle talen samengevoegd; de pijl vergelijkt met de even lange periode daarvoor.",
      h_unanswered: "Onbeantwoorde vragen",
      hint_unanswered: "Vragen die de bot niet kon beantwoorden: hij vroeg om verduidelijking, begreep het niet, gaf een standaardantwoord of droeg daarom over. Goede kandidaten voor nieuwe kennisbankartikelen.",
      h_heat: "Knelpunten per categorie en regio",
      hint_heat: "Elk vak: berichten van klanten over de categorie uit de regio; hoe donkerder, hoe groter het aandeel klachten en negatieve emoties.",
      fewer_complaints: "minder klachten", more_complaints: "meer klachten", by_product: "Per product",
      h_insights: "Inzichten",
      hint_insights: "Voorgestelde acties voor het productteam, logistiek en marketing, met het bewijs erachter. Accepteren maakt een conceptartikel of taak aan; Negeren verbergt het voorstel.",
      insight_status: "Status van inzichten", tab_open: "Open", tab_accepted: "Geaccepteerd", tab_dismissed: "Genegeerd",
      pct: "{n}%", ms: "{n}\u00a0ms", sec: "{n}\u00a0s", min: "{n}\u00a0min", hours: "{n}\u00a0u",
      unknown_region: "Onbekende regio", unknown_language: "Onbekende taal",
      err_404: "De analyse-API is niet beschikbaar op deze server ({path} gaf 404 Not Found). Het dashboard heeft een kefu-versie met /v1/analytics nodig.",
      err_403: "De server weigerde: {error}", err_400: "Een filter is ongeldig: {error}",
      err_network: "De server is niet bereikbaar ({error}). Controleer de verbinding en laad de pagina opnieuw.", err_other: "Er ging iets mis: {error}",
      err_json: "het antwoord van de server was geen JSON", err_http: "HTTP {status}",
      no_data: "{title}: geen gegevens", loading: "Laden…",
      not_available: "Niet beschikbaar: deze server heeft geen analyse-API.",
      some_failed: "Sommige onderdelen konden niet worden geladen: {error}", dates_reversed: "De begindatum ligt na de einddatum.",
      no_chart: "De grafiekbibliotheek is niet geladen; de tabellen werken nog wel.",
      customer_messages: "Berichten van klanten", count: "Aantal", share: "Aandeel",
      k_conversations: "Gesprekken", k_conversations_sub: "{n} berichten van klanten",
      k_containment: "Automatisering", k_containment_sub: "door de bot afgesloten, 24 u niet teruggekomen",
      k_resolution: "Oplossingsgraad", k_handoff: "Overdrachtsgraad", k_clarification: "Verduidelijkingsgraad",
      k_csat: "Tevredenheid", k_csat_value: "{mean} / 5", k_csat_sub: "{n} beoordelingen", k_csat_none: "nog geen beoordelingen",
      k_thumbs: "Duim omhoog / omlaag", k_bot_time: "Reactietijd bot", k_bot_time_sub: "p90 {p90} · p99 {p99}",
      k_compensation: "Compensaties ({currency})", k_compensation_sub: "{n} coulancebetalingen",
      k_proactive: "Proactieve berichten", k_proactive_sub: "{replied} beantwoord · {opted_out} afgemeld",
      s_conversations: "Gesprekken", s_contained: "Door de bot afgehandeld", s_contained_short: "Afgehandeld", s_handed_off: "Overgedragen",
      s_rate: "Automatiseringsgraad", axis_conversations: "gesprekken", axis_containment: "automatisering",
      per_day: "Gesprekken per dag", empty_period: "Geen gesprekken in deze periode.", nothing_period: "Niets te tonen voor deze periode.",
      bot_answer: "Antwoord van de bot", bot_answer_time: "Reactietijd van de bot", bot_percentiles: "Percentielen van de reactietijd van de bot",
      first_response: "Eerste reactie van medewerkers", handling: "Afhandeltijd van medewerkers", percentiles: "p50 {p50} · p90 {p90} · p99 {p99}",
      no_agents: "geen gesprekken met medewerkers in deze periode",
      chg_new: "nieuw", chg_new_hint: "niets in de vorige periode", chg_hint: "vergeleken met de even lange periode daarvoor",
      chg_up: "gestegen", chg_down: "gedaald", chg_flat: "onveranderd",
      example_1: "1 voorbeeld", examples: "{n} voorbeelden",
      col_question: "Vraag", col_count: "Aantal", col_share: "Aandeel", col_answered: "Beantwoord", col_change: "Verandering", col_trend: "Trend",
      col_languages: "Talen", col_products: "Producten", col_examples: "Voorbeelden", col_category: "Categorie", col_product: "Product",
      col_messages: "Berichten", col_complaints: "Klachten", col_top_intents: "Belangrijkste intenties",
      all_answered: "De bot heeft in deze periode elke vraag beantwoord.", no_questions: "Geen vragen in deze periode.",
      heat_caption: "Knelpunten: berichten van klanten per productcategorie (rijen) en regio (kolommen); klachten en aandeel in elk vak.",
      no_category: "Geen categorie", heat_cell: "{category} · {region}: {count} berichten, {negative} klachten of negatief ({share})",
      products_caption: "Knelpunten per product", no_pain: "Geen klachten of vragen over producten in deze periode.",
      aud_product: "Productteam", aud_supply_chain: "Logistiek", aud_marketing: "Marketing",
      no_open_insights: "Geen open inzichten voor deze periode.", no_accepted_insights: "Geen geaccepteerde inzichten.", no_dismissed_insights: "Geen genegeerde inzichten.",
      conversations_1: "1 gesprek", conversations_n: "{n} gesprekken",
      evidence: "Bewijs: ", suggested: "Voorgestelde actie: ", read_convs: "Lees de gesprekken: ",
      conv_link: "Gesprek {n} van dit inzicht, in de console",
      accept: "Accepteren", dismiss: "Negeren", accepting: "Accepteren…", dismissing: "Negeren…",
      accepted_article: "Geaccepteerd: er staat een conceptartikel klaar in Winkelbeheer › Kennisbank.", accepted: "Geaccepteerd.", dismissed: "Genegeerd.",
      status_accepted: "Geaccepteerd", status_dismissed: "Genegeerd",
      ins_product_title: "{product}: {turns} vragen over ‘{topic}’",
      ins_product_evidence: "{turns} van de {total} vragen over {product} ({sku}) van {from} tot en met {to} gingen over ‘{topic}’{examples}.",
      ins_product_action: "Voeg op de productpagina van {product} een opmerking over ‘{topic}’ toe, en een artikel waarmee de bot kan antwoorden.",
      ins_supply_title: "{carrier}: {complaints} klachten over bederf, temperatuur of bezorging",
      ins_supply_evidence: "{complaints} van {turns} berichten van klanten over bestellingen die van {from} tot en met {to} met {carrier} zijn verzonden, waren klachten: {by}{trend}.",
      ins_supply_action: "Bespreek de koelketen met {carrier}: geïsoleerde verpakking en koelelementen, bezorgvensters en de temperatuurloggers van de betrokken zendingen; overweeg gekoelde bestellingen met een andere vervoerder te verzenden.",
      ins_marketing_title: "Klanten met huidtype ‘{segment}’ vragen naar ‘{topic}’",
      ins_marketing_evidence: "{turns} vragen over ‘{topic}’ van {from} tot en met {to} kwamen van klanten met huidtype ‘{segment}’ in hun profiel.",
      ins_marketing_action: "Start een campagne voor klanten met huidtype ‘{segment}’ (volgens hun profiel) met de producten die daarvoor bedoeld zijn, bijv. matterende verzorging bij een vette huid, en laat de bot bij ‘{topic}’ die producten aanraden.",
      ins_examples: ", bijv. {list}",
      ins_quote: "‘{text}’",
      ins_list_sep: ", ",
      ins_count: "{what} ({n})",
      ins_trend: "; {change} ten opzichte van de vorige periode"
    },
    pl: {
      title: "kefu · pulpit", title_shop: "kefu · pulpit · {shop}", dashboard: "pulpit",
      to_admin: "Zarządzanie sklepem", to_console: "Konsola konsultanta", logout: "Wyloguj się", me: "{name} · {role}",
      role_agent: "konsultant", role_admin: "administrator", role_owner: "właściciel",
      filters: "Filtry", from: "Od", to: "Do", quick: "Szybki wybór", last: "Ostatnie", days_7: "7 dni", days_30: "30 dni", days_90: "90 dni",
      channel: "Kanał", all_channels: "Wszystkie kanały", language: "Język", all_languages: "Wszystkie języki",
      intent: "Intencja", all_intents: "Wszystkie intencje", product: "Produkt", all_products: "Wszystkie produkty", apply: "Zastosuj", reset: "Resetuj",
      kpis: "Kluczowe wskaźniki", csv: "Pobierz CSV",
      h_volume: "Rozmowy i poziom automatyzacji w czasie",
      hint_volume: "Rozmowy dziennie: obsłużone samodzielnie przez bota i przekazane konsultantowi; poziom automatyzacji na prawej osi.",
      h_intents: "Intencje", h_handoff: "Powody przekazania", h_emotions: "Emocje klientów", h_languages: "Języki",
      h_latency: "Czasy odpowiedzi",
      hint_latency: "Percentyle: połowa odpowiedzi jest szybsza niż p50, dziewięć na dziesięć szybszych niż p90, dziewięćdziesiąt dziewięć na sto szybszych niż p99.",
      people: "Konsultanci", h_channels: "Kanały",
      h_top: "Najczęstsze pytania", hint_top: "O co klienci pytają najczęściej, zgrupowane ze wszystkich języków; strzałka porównuje z poprzednim okresem tej samej długości.",
      h_unanswered: "Pytania bez odpowiedzi",
      hint_unanswered: "Pytania, na które bot nie umiał odpowiedzieć: poprosił o doprecyzowanie, nie zrozumiał, dał odpowiedź zastępczą lub z tego powodu przekazał rozmowę. Dobre tematy na nowe artykuły.",
      h_heat: "Problemy według kategorii i regionu",
      hint_heat: "Każde pole: wiadomości klientów o danej kategorii z danego regionu; im ciemniejsze, tym większy udział skarg i negatywnych emocji.",
      fewer_complaints: "mniej skarg", more_complaints: "więcej skarg", by_product: "Według produktu",
      h_insights: "Wnioski",
      hint_insights: "Sugerowane działania dla zespołów produktu, łańcucha dostaw i marketingu wraz z uzasadnieniem. Akceptuj tworzy szkic artykułu lub zadanie; Odrzuć ukrywa sugestię.",
      insight_status: "Status wniosków", tab_open: "Otwarte", tab_accepted: "Zaakceptowane", tab_dismissed: "Odrzucone",
      pct: "{n}%", ms: "{n}\u00a0ms", sec: "{n}\u00a0s", min: "{n}\u00a0min", hours: "{n}\u00a0godz.",
      unknown_region: "Nieznany region", unknown_language: "Nieznany język",
      err_404: "API analityki nie jest dostępne na tym serwerze ({path} odpowiedział 404 Not Found). Pulpit wymaga wersji kefu z /v1/analytics.",
      err_403: "Serwer odmówił: {error}", err_400: "Filtr jest nieprawidłowy: {error}",
      err_network: "Brak połączenia z serwerem ({error}). Sprawdź połączenie i odśwież stronę.", err_other: "Coś poszło nie tak: {error}",
      err_json: "odpowiedź serwera nie była w formacie JSON", err_http: "HTTP {status}",
      no_data: "{title}: brak danych", loading: "Wczytywanie…",
      not_available: "Niedostępne: ten serwer nie ma API analityki.",
      some_failed: "Nie udało się wczytać niektórych paneli: {error}", dates_reversed: "Data początkowa jest późniejsza niż data końcowa.",
      no_chart: "Biblioteka wykresów się nie wczytała; tabele nadal działają.",
      customer_messages: "Wiadomości klientów", count: "Liczba", share: "Udział",
      k_conversations: "Rozmowy", k_conversations_sub: "wiadomości klientów: {n}",
      k_containment: "Automatyzacja", k_containment_sub: "zamknięte przez bota, bez powrotu w ciągu 24 godz.",
      k_resolution: "Rozwiązanie", k_handoff: "Odsetek przekazań", k_clarification: "Odsetek doprecyzowań",
      k_csat: "Zadowolenie", k_csat_value: "{mean} / 5", k_csat_sub: "ocen: {n}", k_csat_none: "brak ocen",
      k_thumbs: "Kciuk w górę / w dół", k_bot_time: "Czas odpowiedzi bota", k_bot_time_sub: "p90 {p90} · p99 {p99}",
      k_compensation: "Rekompensaty ({currency})", k_compensation_sub: "rekompensat: {n}",
      k_proactive: "Wiadomości proaktywne", k_proactive_sub: "odpowiedzi: {replied} · rezygnacje: {opted_out}",
      s_conversations: "Rozmowy", s_contained: "Obsłużone przez bota", s_contained_short: "Przez bota", s_handed_off: "Przekazane",
      s_rate: "Poziom automatyzacji", axis_conversations: "rozmowy", axis_containment: "automatyzacja",
      per_day: "Rozmowy dziennie", empty_period: "Brak rozmów w tym okresie.", nothing_period: "Brak danych do wyświetlenia w tym okresie.",
      bot_answer: "Odpowiedź bota", bot_answer_time: "Czas odpowiedzi bota", bot_percentiles: "Percentyle czasu odpowiedzi bota",
      first_response: "Pierwsza odpowiedź konsultantów", handling: "Czas obsługi przez konsultantów", percentiles: "p50 {p50} · p90 {p90} · p99 {p99}",
      no_agents: "brak rozmów z konsultantami w tym okresie",
      chg_new: "nowe", chg_new_hint: "brak w poprzednim okresie", chg_hint: "w porównaniu z poprzednim okresem tej samej długości",
      chg_up: "wzrost", chg_down: "spadek", chg_flat: "bez zmian",
      example_1: "1 przykład", examples: "przykłady: {n}",
      col_question: "Pytanie", col_count: "Liczba", col_share: "Udział", col_answered: "Z odpowiedzią", col_change: "Zmiana", col_trend: "Trend",
      col_languages: "Języki", col_products: "Produkty", col_examples: "Przykłady", col_category: "Kategoria", col_product: "Produkt",
      col_messages: "Wiadomości", col_complaints: "Skargi", col_top_intents: "Główne intencje",
      all_answered: "Bot odpowiedział na każde pytanie w tym okresie.", no_questions: "Brak pytań w tym okresie.",
      heat_caption: "Problemy: wiadomości klientów według kategorii produktu (wiersze) i regionu (kolumny); skargi i udział w każdym polu.",
      no_category: "Bez kategorii", heat_cell: "{category} · {region}: wiadomości {count}, skargi lub negatywne {negative} ({share})",
      products_caption: "Problemy według produktu", no_pain: "Brak skarg i pytań o produkty w tym okresie.",
      aud_product: "Zespół produktu", aud_supply_chain: "Łańcuch dostaw", aud_marketing: "Marketing",
      no_open_insights: "Brak otwartych wniosków w tym okresie.", no_accepted_insights: "Brak zaakceptowanych wniosków.", no_dismissed_insights: "Brak odrzuconych wniosków.",
      conversations_1: "1 rozmowa", conversations_n: "rozmowy: {n}",
      evidence: "Uzasadnienie: ", suggested: "Sugerowane działanie: ", read_convs: "Przeczytaj rozmowy: ",
      conv_link: "Rozmowa {n} tego wniosku, w konsoli",
      accept: "Akceptuj", dismiss: "Odrzuć", accepting: "Akceptowanie…", dismissing: "Odrzucanie…",
      accepted_article: "Zaakceptowano: szkic artykułu czeka w Zarządzanie sklepem › Baza wiedzy.", accepted: "Zaakceptowano.", dismissed: "Odrzucono.",
      status_accepted: "Zaakceptowany", status_dismissed: "Odrzucony",
      ins_product_title: "{product}: pytania o „{topic}” ({turns})",
      ins_product_evidence: "Od {from} do {to} pytania o „{topic}” stanowiły {turns} z {total} pytań o {product} ({sku}){examples}.",
      ins_product_action: "Dodaj informację o „{topic}” na stronie produktu {product} oraz artykuł, na podstawie którego bot będzie mógł odpowiadać.",
      ins_supply_title: "{carrier}: skargi na zepsucie, temperaturę lub dostawę ({complaints})",
      ins_supply_evidence: "Od {from} do {to} skargi stanowiły {complaints} z {turns} wiadomości klientów o zamówieniach wysłanych przez {carrier}: {by}{trend}.",
      ins_supply_action: "Przejrzyj łańcuch chłodniczy z {carrier}: opakowania izolacyjne i wkłady chłodzące, okna dostaw oraz rejestratory temperatury w tych przesyłkach; rozważ wysyłanie zamówień chłodzonych innym przewoźnikiem.",
      ins_marketing_title: "Klienci z cerą typu „{segment}” pytają o „{topic}”",
      ins_marketing_evidence: "Od {from} do {to} pytania o „{topic}” ({turns}) zadawali klienci, których profil wskazuje cerę typu „{segment}”.",
      ins_marketing_action: "Przeprowadź kampanię dla klientów z cerą typu „{segment}” (według profilu) z przeznaczonymi dla niej produktami, np. matującymi przy cerze tłustej, i niech bot odpowiada na „{topic}”, polecając te produkty.",
      ins_examples: ", np. {list}",
      ins_quote: "„{text}”",
      ins_list_sep: ", ",
      ins_count: "{what} ({n})",
      ins_trend: "; {change} w porównaniu z poprzednim okresem"
    }
  };

  // LOWER_TOPIC are the languages whose insight templates put an intent's
  // name ("Track an order") in lower case inside a sentence.
  var LOWER_TOPIC = { es: true, vi: true, id: true, ms: true, pt: true };

  // LOCALE is the locale each language formats dates and numbers with;
  // Thai keeps the Gregorian calendar of the date fields and the URL;
  // Arabic writes Western digits, as the order numbers beside them
  // (labels.js locale).
  var LOCALE = { en: "en-GB", zh: "zh-CN", es: "es-ES", th: "th-TH-u-ca-gregory", ja: "ja-JP", ko: "ko-KR", vi: "vi-VN", id: "id-ID", ms: "ms-MY", pt: "pt-BR", fr: "fr-FR", de: "de-DE",
    it: "it-IT",
    nl: "nl-NL",
    pl: "pl-PL",
    ru: "ru-RU",
    tr: "tr-TR",
    fil: "fil-PH" };
  LOCALE.ar = "ar-u-nu-latn";
  LOCALE["zh-Hant"] = "zh-Hant";

  // The page's texts in its language (labels.js: English the fallback,
  // Cantonese and Traditional Chinese reading zh-Hant, Tagalog Filipino,
  // {name} placeholders filled as plain text).
  var texts = window.kefuLabels.texts(TEXT);
  var lang = pickLanguage(navigator.language);

  function pickLanguage(tag) { return texts.pick(tag); }
  function t(key, vars) { return texts.t(lang, key, vars); }

  // label names a code (intent, reason, emotion, channel) by labels.js;
  // server is the English label the analytics API sent with it.
  function label(kind, code, server) {
    return window.kefuLabels ? window.kefuLabels.label(lang, kind, code, server) : (server || String(code || "").replace(/_/g, " "));
  }

  // applyTexts translates the static parts of the page: data-i18n is the
  // text, data-i18n-title and -aria-label the attributes.
  function applyTexts() {
    document.documentElement.setAttribute("lang", lang === "zh" ? "zh-Hans" : lang);
    document.documentElement.setAttribute("dir", window.kefuLabels.dir(lang));
    var nodes = document.querySelectorAll("[data-i18n]");
    for (var i = 0; i < nodes.length; i++) nodes[i].textContent = t(nodes[i].getAttribute("data-i18n"));
    ["title", "aria-label"].forEach(function (a) {
      var ns = document.querySelectorAll("[data-i18n-" + a + "]");
      for (var j = 0; j < ns.length; j++) ns[j].setAttribute(a, t(ns[j].getAttribute("data-i18n-" + a)));
    });
  }

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

  // The formatters follow the chosen language (setFormats).
  var numberFmt, dayFmt, isoFmt, regionNames, languageNames, wordSegmenter;
  function setFormats() {
    var loc = LOCALE[lang] || lang;
    numberFmt = new Intl.NumberFormat(loc);
    dayFmt = new Intl.DateTimeFormat(loc, { day: "numeric", month: "short", timeZone: "UTC" });
    isoFmt = new Intl.DateTimeFormat(loc, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
    regionNames = languageNames = wordSegmenter = null;
    try {
      regionNames = new Intl.DisplayNames([loc], { type: "region" });
      languageNames = new Intl.DisplayNames([loc], { type: "language" });
      wordSegmenter = new Intl.Segmenter(loc, { granularity: "word" });
    } catch (e) { /* old browser */ }
  }
  setFormats();

  // dec formats x with digits decimals in the chosen locale.
  function dec(x, digits) {
    return new Intl.NumberFormat(LOCALE[lang] || lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);
  }
  function num(n) { return n === null || n === undefined ? "–" : numberFmt.format(n); }
  function pct(x, digits) {
    if (x === null || x === undefined || isNaN(x)) return "–";
    return t("pct", { n: dec(x * 100, digits === undefined ? 0 : digits) });
  }
  // ms formats a duration in milliseconds for people.
  function ms(v) {
    if (v === null || v === undefined || isNaN(v)) return "–";
    if (v > 0 && v < 10) return t("ms", { n: dec(v, 1) });
    if (v < 1000) return t("ms", { n: dec(Math.round(v), 0) });
    if (v < 60000) return t("sec", { n: dec(v / 1000, v < 10000 ? 1 : 0) });
    if (v < 3600000) return t("min", { n: dec(v / 60000, 1) });
    return t("hours", { n: dec(v / 3600000, 1) });
  }

  // dayLabel shows a UTC day "2026-12-01" as "1 Dec" (in the chosen
  // language).
  function dayLabel(day) {
    var d = new Date(day + "T00:00:00Z");
    return isNaN(d) ? day : dayFmt.format(d);
  }

  // dateLabel shows a time as its UTC day, "30 Nov 2026".
  function dateLabel(at) {
    var d = new Date(at);
    return isNaN(d) ? "" : isoFmt.format(d);
  }

  // languageName names a language code in the chosen language; server is
  // the analytics API's English name.
  function languageName(code, server) {
    if (!code) return t("unknown_language");
    if (languageNames) {
      try { var n = languageNames.of(code); if (n && n !== code) return n; } catch (e) { /* odd code */ }
    }
    return server || code;
  }

  // regionName names a country code ("DE" -> "Germany"); other region
  // names are shown as they come.
  function regionName(code) {
    if (!code) return t("unknown_region");
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
          var err = new Error(e.message || t("err_http", { status: res.status }));
          err.status = res.status;
          err.code = e.code || "";
          err.field = e.field || "";
          err.path = path.split("?")[0];
          if (res.status === 401) signIn();
          throw err;
        }
        if (data === null) {
          var bad = new Error(t("err_json"));
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
    if (err.status === 404) return t("err_404", { path: err.path || "/v1/analytics" });
    if (err.status === 403) return t("err_403", { error: err.message });
    if (err.status === 400) return t("err_400", { error: err.message });
    if (!err.status) return t("err_network", { error: err.message });
    return t("err_other", { error: err.message });
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
    canvas.setAttribute("aria-label", labels.length ? title + ": " + top + (labels.length > 5 ? ", …" : "") : t("no_data", { title: title }));
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

  // barChart draws a horizontal bar chart of a [{key,label,count}] list;
  // name names an item in the chosen language.
  function barChart(id, title, list, color, name) {
    list = (list || []).slice().sort(function (a, b) { return b.count - a.count; });
    var labels = list.map(name);
    var data = list.map(function (x) { return x.count; });
    draw(id, {
      type: "bar",
      data: { labels: labels.map(function (l) { return wrap(l, 18); }), datasets: [{ label: t("customer_messages"), data: data, backgroundColor: color || GREEN, borderRadius: 3, maxBarThickness: 22 }] },
      options: {
        indexAxis: "y",
        plugins: { legend: { display: false }, tooltip: { callbacks: { title: function (c) { return labels[c[0].dataIndex]; }, label: function (c) { return num(c.parsed.x); } } } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { ticks: { autoSkip: false } } }
      }
    });
    describe($(id), title, labels, [{ name: t("count"), data: data, fmt: num }]);
    sizeToBars($(id), labels.length);
    return list.length;
  }

  // wrap splits a long axis label into lines of about width columns, so
  // that Chart.js does not clip it. It breaks between words: at spaces,
  // and where Intl.Segmenter finds words in languages written without
  // them (Japanese, Thai); a CJK or Hangul character takes two columns.
  function wrap(label, width) {
    var s = String(label), lines = [], line = "";
    wordPieces(s).forEach(function (w) {
      if (/^\s+$/.test(w)) { if (line) line += " "; return; }
      if (line.trim() && columns(line + w) > width) { lines.push(line.trim()); line = w; } else line += w;
    });
    if (line.trim()) lines.push(line.trim());
    return lines.length > 1 ? lines : s;
  }

  // wordPieces splits s into words and runs of spaces; punctuation sticks
  // to the word before it ("Sensitive:", "敏感："), or after it when it
  // follows a space ("(EUR)"), so that no line starts with it.
  function wordPieces(s) {
    if (!wordSegmenter) return s.split(/(\s+)/);
    var pieces = [], glue = "";
    Array.from(wordSegmenter.segment(s)).forEach(function (x) {
      var w = x.segment, prev = pieces[pieces.length - 1];
      if (/^\s+$/.test(w)) {
        if (glue) { pieces.push(glue); glue = ""; }
        pieces.push(w);
      } else if (x.isWordLike) {
        pieces.push(glue + w);
        glue = "";
      } else if (prev !== undefined && !glue && !/^\s+$/.test(prev)) {
        pieces[pieces.length - 1] = prev + w;
      } else {
        glue += w;
      }
    });
    if (glue) pieces.push(glue);
    return pieces;
  }

  // columns is the width of s in columns: two for the wide characters of
  // Chinese, Japanese and Korean, none for Thai vowel and tone marks
  // (drawn above or below a consonant), one for others.
  function columns(s) {
    return s.length + (s.match(/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g) || []).length -
      (s.match(/[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g) || []).length;
  }

  // sizeToBars gives a horizontal bar chart room for its labels.
  function sizeToBars(canvas, n) {
    canvas.parentNode.style.height = Math.max(160, Math.min(420, 40 + n * 26)) + "px";
  }

  // doughnut draws shares of a [{key,label,count}] list; name names an
  // item in the chosen language.
  function doughnut(id, title, list, name) {
    list = (list || []).slice().sort(function (a, b) { return b.count - a.count; });
    var labels = list.map(name);
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
      { name: t("count"), data: data, fmt: num },
      { name: t("share"), data: data.map(function (d) { return total ? d / total : 0; }), fmt: function (x) { return pct(x); } }
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
    k.appendChild(kpi(t("k_conversations"), num(s.conversations), t("k_conversations_sub", { n: num(s.customer_messages) }), "conversations"));
    k.appendChild(kpi(t("k_containment"), pct(s.containment), t("k_containment_sub"), "containment"));
    k.appendChild(kpi(t("k_resolution"), pct(s.resolution), null, "resolution"));
    k.appendChild(kpi(t("k_handoff"), pct(s.handoff_rate), null, "handoff_rate"));
    k.appendChild(kpi(t("k_clarification"), pct(s.clarification_rate), null, "clarification_rate"));
    k.appendChild(kpi(t("k_csat"), csat.count ? t("k_csat_value", { mean: dec(csat.mean || 0, 1) }) : "–",
      csat.count ? t("k_csat_sub", { n: num(csat.count) }) : t("k_csat_none"), "csat"));
    k.appendChild(kpi(t("k_thumbs"), "▲ " + num(thumbs.up || 0) + "  ▼ " + num(thumbs.down || 0), null, "thumbs"));
    var bl = s.bot_latency_ms || {};
    k.appendChild(kpi(t("k_bot_time"), ms(bl.p50), t("k_bot_time_sub", { p90: ms(bl.p90), p99: ms(bl.p99) }), "bot_latency"));
    (s.compensation || []).forEach(function (c) {
      k.appendChild(kpi(t("k_compensation", { currency: c.currency }), money(c.amount, c.currency), t("k_compensation_sub", { n: num(c.count) }), "compensation"));
    });
    var pr = s.proactive;
    if (pr && pr.sent) {
      k.appendChild(kpi(t("k_proactive"), num(pr.sent), t("k_proactive_sub", { replied: num(pr.replied), opted_out: num(pr.opted_out) }), "proactive"));
    }
  }

  // money shows a decimal amount ("12.50", as the analytics API sends
  // it) in cur, formatted for the chosen language.
  function money(amount, cur) {
    var v = Number(amount);
    if (isNaN(v)) return amount + " " + cur;
    try { return new Intl.NumberFormat(LOCALE[lang] || lang, { style: "currency", currency: cur }).format(v); } catch (e) { return amount + " " + cur; }
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
          { label: t("s_conversations"), data: conv, borderColor: GREEN, backgroundColor: "rgba(11,110,79,.12)", fill: true, tension: 0.25, pointRadius: 2 },
          { label: t("s_contained"), data: contained, borderColor: "#56B4E9", backgroundColor: "rgba(86,180,233,.10)", fill: true, tension: 0.25, pointRadius: 2 },
          { label: t("s_handed_off"), data: handoffs, borderColor: "#D55E00", backgroundColor: "#D55E00", tension: 0.25, pointRadius: 2 },
          { label: t("s_rate"), data: rate, yAxisID: "rate", borderColor: "#7a5195", backgroundColor: "#7a5195", borderDash: [5, 4], tension: 0.25, pointRadius: 0, spanGaps: true }
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
          y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: t("axis_conversations") } },
          rate: { position: "right", min: 0, max: 1, grid: { drawOnChartArea: false }, ticks: { callback: function (v) { return pct(v); } }, title: { display: true, text: t("axis_containment") } }
        }
      }
    });
    describe($("c-volume"), t("per_day"), days, [
      { name: t("s_conversations"), data: conv, fmt: num }, { name: t("s_contained_short"), data: contained, fmt: num },
      { name: t("s_handed_off"), data: handoffs, fmt: num }, { name: t("s_rate"), data: rate, fmt: function (x) { return pct(x); } }
    ]);
    panelState("p-volume", series.length ? "ready" : "empty", series.length ? "" : t("empty_period"));

    var by = function (kind) { return function (x) { return label(kind, x.key, x.label); }; };
    [["p-intents", "c-intents", t("h_intents"), s.intents, GREEN, false, by("intent")],
      ["p-handoff", "c-handoff", t("h_handoff"), s.handoff_reasons, "#D55E00", false, by("reason")],
      ["p-emotions", "c-emotions", t("h_emotions"), s.emotions, null, true, by("emotion")],
      ["p-languages", "c-languages", t("h_languages"), s.languages, null, true, function (x) { return languageName(x.key, x.label); }],
      ["p-channels", "c-channels", t("h_channels"), s.channels, null, true, by("channel")]].forEach(function (x) {
      var n = x[5] ? doughnut(x[1], x[2], x[3], x[6]) : barChart(x[1], x[2], x[3], x[4], x[6]);
      panelState(x[0], n ? "ready" : "empty", n ? "" : t("nothing_period"));
    });

    var lat = [[t("bot_answer"), s.bot_latency_ms]];
    var names = lat.map(function (x) { return x[0]; });
    var pick = function (p) { return lat.map(function (x) { return (x[1] || {})[p] || 0; }); };
    draw("c-latency", {
      type: "bar",
      data: {
        labels: ["p50", "p90", "p99"],
        datasets: [{ label: t("bot_answer_time"), data: [pick("p50")[0], pick("p90")[0], pick("p99")[0]], backgroundColor: ["#56B4E9", "#0072B2", "#7a5195"], borderRadius: 3, maxBarThickness: 48 }]
      },
      options: {
        plugins: { legend: { display: false }, tooltip: { callbacks: { label: function (c) { return ms(c.parsed.y); } } } },
        scales: { y: { beginAtZero: true, ticks: { callback: function (v) { return ms(v); } } } }
      }
    });
    describe($("c-latency"), t("bot_percentiles"), ["p50", "p90", "p99"], [{ name: names[0], data: [pick("p50")[0], pick("p90")[0], pick("p99")[0]], fmt: ms }]);
    var times = $("agent-times");
    clear(times);
    [[t("first_response"), s.first_response_ms], [t("handling"), s.handling_ms]].forEach(function (x) {
      var v = x[1] || {};
      times.appendChild(el("dt", { text: x[0] }));
      times.appendChild(el("dd", { text: v.p50 || v.p90 || v.p99 ? t("percentiles", { p50: ms(v.p50), p90: ms(v.p90), p99: ms(v.p99) }) : t("no_agents") }));
    });
    panelState("p-latency", "ready", "");
  }

  // ---- options of the filters ----

  // seen keeps every option a filter has shown, so that choosing one
  // intent does not empty the intent list.
  var seen = { channel: {}, language: {}, intent: {}, product: {} };

  // remember keeps the options of a filter: kind's list, each item's
  // key field and its name in the chosen language.
  function remember(kind, list, key, name) {
    (list || []).forEach(function (x) { if (x[key]) seen[kind][x[key]] = name(x); });
  }
  var names = {
    channel: function (x) { return label("channel", x.key, x.label); },
    language: function (x) { return languageName(x.key, x.label); },
    intent: function (x) { return label("intent", x.key, x.label); },
    product: function (x) { return x.name || x.sku; }
  };

  function fillSelect(kind, current) {
    var sel = $("f-" + kind);
    var first = sel.options[0];
    clear(sel);
    sel.appendChild(first);
    if (current && !seen[kind][current]) seen[kind][current] = current;
    Object.keys(seen[kind]).sort(function (a, b) { return seen[kind][a].localeCompare(seen[kind][b], LOCALE[lang] || lang); }).forEach(function (k) {
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
    if (x === null || x === undefined) return el("span", { "class": "chg", "data-dir": "new", title: t("chg_new_hint"), text: t("chg_new") });
    var dir = x > 0.005 ? "up" : x < -0.005 ? "down" : "flat";
    var arrow = dir === "up" ? "▲" : dir === "down" ? "▼" : "▶";
    var sign = x > 0 ? "+" : "";
    return el("span", { "class": "chg", "data-dir": dir, title: t("chg_hint") }, [
      el("span", { "aria-hidden": "true", text: arrow + " " }),
      el("span", { "class": "sr", text: t("chg_" + dir) + " " }),
      sign + pct(x)
    ]);
  }

  // chips lists [{label|name, count}] as small inline badges, each named
  // by nameOf in the chosen language.
  function chips(list, nameOf, max) {
    var box = el("span", { "class": "chips" });
    (list || []).slice(0, max || 3).forEach(function (x) {
      var name = nameOf(x);
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
      var b = el("span", { title: dayLabel(d.day) + ": " + num(d.count), "class": d.count ? null : "zero" });
      b.style.height = (max && d.count ? Math.max(3, Math.round(d.count / max * 18)) : 1) + "px";
      box.appendChild(b);
    });
    return box;
  }

  function examples(list) {
    list = list || [];
    if (!list.length) return el("span", { "class": "muted", text: "–" });
    var d = el("details", { "class": "examples" }, [el("summary", { text: list.length === 1 ? t("example_1") : t("examples", { n: num(list.length) }) })]);
    var ul = el("ul");
    list.slice(0, 5).forEach(function (x) {
      var when = x.at ? new Date(x.at) : null;
      ul.appendChild(el("li", { lang: x.language || null }, [
        el("q", { "class": "example-text", text: x.text }),
        el("span", { "class": "muted small", text: " · " + (x.language ? languageName(x.language) : "") + (when && !isNaN(when) ? " · " + dateLabel(when) : "") })
      ]));
    });
    d.appendChild(ul);
    return d;
  }

  function renderQuestions(tableID, panelID, data, unanswered) {
    var tbl = $(tableID);
    clear(tbl);
    var qs = data.questions || [];
    tbl.appendChild(el("caption", { "class": "sr", text: unanswered ? t("h_unanswered") : t("h_top") }));
    tbl.appendChild(el("thead", null, [el("tr", null, [
      th(t("col_question")), th(t("col_count"), "num"), th(t("col_share"), "num"),
      unanswered ? null : th(t("col_answered"), "num"), th(t("col_change"), "num"), th(t("col_trend")), th(t("col_languages")),
      th(t("col_products")), th(t("col_examples"))
    ])]));
    var tb = el("tbody");
    qs.forEach(function (q) {
      tb.appendChild(el("tr", { "data-question": q.id }, [
        el("td", { "class": "q-cell" }, [el("span", { "class": "q-text", text: q.text }), el("span", { "class": "q-intent", "data-intent": q.intent, text: label("intent", q.intent, q.label) })]),
        el("td", { "class": "num", text: num(q.count) }),
        el("td", { "class": "num", text: pct(q.share) }),
        unanswered ? null : el("td", { "class": "num", text: pct(q.answered_share) }),
        el("td", { "class": "num" }, [change(q.change)]),
        el("td", null, [spark(q.trend)]),
        el("td", null, [chips(q.languages, names.language)]),
        el("td", null, [chips(q.products, names.product)]),
        el("td", null, [examples(q.examples)])
      ]));
    });
    tbl.appendChild(tb);
    panelState(panelID, qs.length ? "ready" : "empty", qs.length ? "" : unanswered ? t("all_answered") : t("no_questions"));
  }

  // shade maps a score in [0,1] to a background from white to deep red.
  function shade(score) {
    var s = Math.max(0, Math.min(1, score || 0));
    var l = 97 - s * 52; // lightness 97 % .. 45 %
    return { bg: "hsl(8, " + Math.round(40 + s * 40) + "%, " + l.toFixed(0) + "%)", dark: l < 62 };
  }

  function renderHeat(h) {
    var tbl = $("t-heat");
    clear(tbl);
    h = h || {};
    var rows = h.rows || [], cols = h.columns || [];
    var cell = {};
    (h.cells || []).forEach(function (c) { cell[c.row + "\u0000" + c.column] = c; });
    tbl.appendChild(el("caption", { "class": "sr", text: t("heat_caption") }));
    tbl.appendChild(el("thead", null, [el("tr", null, [th(t("col_category"))].concat(cols.map(function (c) { return el("th", { scope: "col", title: c, text: regionName(c) }); })))]));
    var tb = el("tbody");
    rows.forEach(function (r) {
      var tr = el("tr", null, [el("th", { scope: "row", text: r || t("no_category") })]);
      cols.forEach(function (c) {
        var x = cell[r + "\u0000" + c];
        if (!x || !x.count) {
          tr.appendChild(el("td", { "class": "heat-cell empty", text: "–" }));
          return;
        }
        var sh = shade(x.score);
        var td = el("td", { "class": "heat-cell" + (sh.dark ? " dark" : ""), "data-score": x.score,
          title: t("heat_cell", { category: r || t("no_category"), region: regionName(c), count: num(x.count), negative: num(x.negative), share: pct(x.score) }) }, [
          el("strong", { text: num(x.negative) }),
          el("span", { "class": "small", text: " / " + num(x.count) })
        ]);
        td.style.backgroundColor = sh.bg;
        tr.appendChild(td);
      });
      tb.appendChild(tr);
    });
    tbl.appendChild(tb);
  }

  function renderProducts(list) {
    var tbl = $("t-products");
    clear(tbl);
    list = list || [];
    tbl.appendChild(el("caption", { "class": "sr", text: t("products_caption") }));
    tbl.appendChild(el("thead", null, [el("tr", null, [th(t("col_product")), th(t("col_category")), th(t("col_messages"), "num"),
      th(t("col_complaints"), "num"), th(t("col_share"), "num"), th(t("col_change"), "num"), th(t("col_top_intents"))])]));
    var tb = el("tbody");
    list.forEach(function (p) {
      tb.appendChild(el("tr", { "data-sku": p.sku }, [
        el("td", { "class": "p-name", text: p.name || p.sku, title: p.sku }),
        el("td", { text: p.category || "–" }),
        el("td", { "class": "num", text: num(p.count) }),
        el("td", { "class": "num", text: num(p.negative) }),
        el("td", { "class": "num", text: pct(p.count ? p.negative / p.count : 0) }),
        el("td", { "class": "num" }, [change(p.change)]),
        el("td", null, [chips(p.top_intents, names.intent)])
      ]));
    });
    tbl.appendChild(tb);
  }

  function renderPain(d) {
    remember("product", d.by_product, "sku", names.product);
    renderHeat(d.heatmap);
    renderProducts(d.by_product);
    var n = ((d.heatmap || {}).rows || []).length + (d.by_product || []).length;
    panelState("p-heat", n ? "ready" : "empty", n ? "" : t("no_pain"));
  }

  // ---- insights ----

  var insightStatus = "open";

  function renderInsights(d) {
    var ul = $("insights");
    clear(ul);
    var list = d.insights || [];
    list.forEach(function (x) { ul.appendChild(insightItem(x)); });
    panelState("p-insights", list.length ? "ready" : "empty", list.length ? "" :
      t("no_" + insightStatus + "_insights"));
  }

  // insightTexts says an insight in the page's language from its params
  // (the server writes its texts in English); English pages, and
  // insights stored before they had params, show the server's texts.
  function insightTexts(x) {
    var p = x.params, kind = { product: "product", supply_chain: "supply", marketing: "marketing" }[x.audience];
    if (lang === "en" || !p || !kind) return { title: x.title, evidence: x.evidence, action: x.action };
    // A topic is an intent's name inside a sentence: lower case where
    // the language has case (LOWER_TOPIC); French and German templates
    // quote it instead, Asian scripts have no case.
    var topic = function (code) {
      var s = label("intent", code);
      return LOWER_TOPIC[lang] ? s.charAt(0).toLowerCase() + s.slice(1) : s;
    };
    var v = {
      product: p.product || p.sku || "", sku: p.sku || "", carrier: p.carrier || "",
      turns: num(p.turns), total: num(p.total), complaints: num(p.complaints),
      from: p.from ? dayLabel(p.from) : "", to: p.to ? dayLabel(p.to) : "",
      topic: p.intent ? topic(p.intent) : "", segment: p.segment ? label("skin", p.segment) : "",
      examples: "", by: "", trend: ""
    };
    if (Array.isArray(p.examples) && p.examples.length) {
      v.examples = t("ins_examples", { list: p.examples.map(function (q) { return t("ins_quote", { text: q }); }).join(t("ins_list_sep")) });
    }
    if (p.by && typeof p.by === "object") {
      v.by = Object.keys(p.by).sort(function (a, b) { return p.by[b] - p.by[a] || (a < b ? -1 : 1); })
        .map(function (k) { return t("ins_count", { what: topic(k), n: num(p.by[k]) }); }).join(t("ins_list_sep"));
    }
    if (typeof p.change === "number") v.trend = t("ins_trend", { change: (p.change > 0 ? "+" : "") + pct(p.change) });
    return { title: t("ins_" + kind + "_title", v), evidence: t("ins_" + kind + "_evidence", v), action: t("ins_" + kind + "_action", v) };
  }

  function insightItem(x) {
    var msg = el("p", { "class": "admin-msg", role: "status" });
    var says = insightTexts(x);
    var li = el("li", { "class": "insight", "data-id": x.id, "data-status": x.status, "data-audience": x.audience }, [
      el("div", { "class": "insight-head" }, [
        el("span", { "class": "badge audience", "data-audience": x.audience, text: TEXT.en["aud_" + x.audience] ? t("aud_" + x.audience) : x.audience }),
        el("h3", { "class": "insight-title", text: says.title }),
        el("span", { "class": "muted small", text: (x.count === 1 ? t("conversations_1") : t("conversations_n", { n: num(x.count) })) + (x.created_at ? " · " + dateLabel(x.created_at) : "") })
      ]),
      el("p", { "class": "insight-evidence" }, [el("span", { "class": "label", text: t("evidence") }), el("span", { text: says.evidence })]),
      el("p", { "class": "insight-action" }, [el("span", { "class": "label", text: t("suggested") }), el("span", { text: says.action })])
    ]);
    // The conversations behind it, opened in the agents' console.
    var ids = (x.conversation_ids || []).filter(function (id) { return /^[A-Za-z0-9_-]{1,100}$/.test(id); }).slice(0, 8);
    if (ids.length) {
      var convs = el("p", { "class": "insight-convs small" }, [el("span", { "class": "label", text: t("read_convs") })]);
      ids.forEach(function (id, i) {
        if (i) convs.appendChild(document.createTextNode(" · "));
        convs.appendChild(el("a", { href: "/console#conversation=" + id, target: "_blank", rel: "noopener",
          "aria-label": t("conv_link", { n: i + 1 }), text: num(i + 1) }));
      });
      li.appendChild(convs);
    }
    if (x.status === "open") {
      var accept = el("button", { type: "button", "class": "primary accept", text: t("accept") });
      var dismiss = el("button", { type: "button", "class": "dismiss", text: t("dismiss") });
      var act = function (verb) {
        accept.disabled = dismiss.disabled = true;
        msg.textContent = verb === "accept" ? t("accepting") : t("dismissing");
        api("POST", "/v1/analytics/insights/" + encodeURIComponent(x.id) + "/" + verb).then(function (r) {
          li.setAttribute("data-status", (r.insight && r.insight.status) || (verb === "accept" ? "accepted" : "dismissed"));
          msg.setAttribute("data-kind", "ok");
          msg.textContent = verb === "accept" ? (r.article_id ? t("accepted_article") : t("accepted")) : t("dismissed");
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
      li.appendChild(el("p", { "class": "muted small", text: x.status === "accepted" ? t("status_accepted") : t("status_dismissed") }));
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
      panelState("p-insights", "loading", t("loading"));
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
    say(t("loading"));
    ["p-volume", "p-intents", "p-handoff", "p-emotions", "p-languages", "p-latency", "p-channels", "p-top", "p-unanswered", "p-heat", "p-insights"].forEach(function (id) {
      $(id).setAttribute("data-state", "loading");
    });
    var failures = [];
    var fail = function (panels) {
      return function (err) {
        if (gen !== generation) return;
        failures.push(err);
        panels.forEach(function (p) { panelState(p, "error", err.status === 404 ? t("not_available") : explain(err)); });
        if (err.status === 400 && err.field && FILTERS.indexOf(err.field) >= 0) {
          $("f-error").textContent = explain(err);
          $("f-" + err.field).setAttribute("aria-invalid", "true");
        }
      };
    };
    var live = function (f) { return function (d) { if (gen === generation) f(d); }; };
    var jobs = [
      api("GET", "/v1/analytics/summary" + qs(q)).then(live(function (s) {
        remember("channel", s.channels, "key", names.channel);
        remember("language", s.languages, "key", names.language);
        remember("intent", s.intents, "key", names.intent);
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
        remember("channel", s.channels, "key", names.channel);
        remember("language", s.languages, "key", names.language);
        remember("intent", s.intents, "key", names.intent);
      }).catch(function () {}));
      jobs.push(api("GET", "/v1/analytics/pain-points" + qs(wide)).then(function (d) { remember("product", d.by_product, "sku", names.product); }).catch(function () {}));
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
        failures.length === 1 ? explain(failures[0]) : t("some_failed", { error: explain(failures[0]) }), "error");
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
      $("f-error").textContent = t("dates_reversed");
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

  // start learns the signed-in agent's language (their profile's, as
  // the console and admin pages use it; else the browser's), translates
  // the page and loads the view.
  function start(me) {
    if (me) {
      lang = pickLanguage(me.language || navigator.language);
      setFormats();
      var who = me.agent || {};
      $("me-name").textContent = t("me", { name: who.name || who.email || "", role: t("role_" + who.role) });
    }
    applyTexts();
    var shop = $("me-tenant").textContent;
    document.title = shop ? t("title_shop", { shop: shop }) : t("title");
    if (window.Chart) Chart.defaults.locale = LOCALE[lang] || lang;
    // Right to left (Arabic): legends and tooltips read from the right;
    // the axes keep time running left to right, as the hints say.
    if (window.Chart) Chart.defaults.plugins.legend.rtl = Chart.defaults.plugins.tooltip.rtl = window.kefuLabels.dir(lang) === "rtl";
    if (!window.Chart) say(t("no_chart"), "error");
    load();
  }

  api("GET", "/console/api/me").then(start, function () { start(null); });
})();
