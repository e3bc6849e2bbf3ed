// kefu's readable names for the codes the console and the dashboard show
// (intents, hand-off reasons, emotions, channels, skills, the common
// outcomes, dialog actions, skin types), per language: those of the
// pages (en, zh, es, th, ja, ko, vi, id, ms, pt, fr, de, ar, zh-Hant, it, nl, pl, ru, tr,
// fil). The analytics API already sends English labels
// (analytics/labels.go), and the English table repeats them so that both
// pages name a code the same way; the other languages are kefu's own.
// A code missing from a language falls back to the server's label, then
// to the English one, then to the code with spaces. Loaded before
// console.js and dashboard.js, which read window.kefuLabels.
(function () {
  "use strict";

  var LABELS = {
    en: {
      intent_: "Not understood",
      intent_account_problem: "Account problem", intent_acknowledge: "Acknowledges", intent_cancel_order: "Cancel an order",
      intent_certification: "Certification", intent_change_address: "Change the address", intent_change_order: "Change an order",
      intent_chitchat: "Small talk", intent_complaint: "Complaint", intent_contact: "Contact details",
      intent_customs_duty: "Customs and duty", intent_exchange_item: "Exchange an item", intent_fresh_allergen: "Allergens",
      intent_fresh_bad_smell: "Food smells bad", intent_fresh_compensation: "Compensation for fresh food",
      intent_fresh_crushed_produce: "Crushed produce", intent_fresh_damaged_package: "Food package damaged",
      intent_fresh_dead_seafood: "Seafood arrived dead", intent_fresh_expired: "Food expired",
      intent_fresh_foreign_object: "Foreign object in food", intent_fresh_late_delivery: "Fresh delivery late",
      intent_fresh_leaking: "Package leaking", intent_fresh_left_outside: "Left outside", intent_fresh_missing_item: "Item missing",
      intent_fresh_mold: "Mould", intent_fresh_not_fresh: "Food not fresh", intent_fresh_quality_complaint: "Quality complaint",
      intent_fresh_size_mismatch: "Size not as described", intent_fresh_spoiled: "Food arrived spoiled",
      intent_fresh_storage_question: "Storage question", intent_fresh_traceability: "Cold-chain record",
      intent_fresh_underweight: "Underweight", intent_fresh_wrong_item: "Wrong item",
      intent_fresh_wrong_temperature: "Food arrived warm or thawed", intent_goodbye: "Goodbye", intent_greeting: "Greeting",
      intent_human_agent: "Asks for a person", intent_invoice: "Invoice", intent_out_of_scope: "Out of scope",
      intent_payment_methods: "Payment methods", intent_payment_problem: "Payment problem", intent_place_order: "Place an order",
      intent_price_promotion: "Price or promotion", intent_product_question: "Product question",
      intent_recommendation: "Recommendation", intent_refund_request: "Refund request", intent_refund_status: "Refund status",
      intent_return_policy: "Returns", intent_shipping_cost: "Shipping cost", intent_shipping_time: "Delivery time",
      intent_skin_advice: "Skin advice", intent_stock_availability: "Stock availability", intent_thanks: "Thanks",
      intent_track_order: "Track an order", intent_warranty: "Warranty",

      reason_: "Other",
      reason_customer_asked: "Customer asked for a person", reason_anger: "Angry customer",
      reason_repeated_misunderstanding: "Bot did not understand", reason_low_confidence: "Bot was unsure",
      reason_no_handler: "Nothing could answer", reason_after_sales: "After-sales problem", reason_skill_error: "Skill failed",
      reason_sensitive_health: "Sensitive: health", reason_sensitive_legal: "Sensitive: legal", reason_sensitive_fraud: "Sensitive: fraud",
      reason_order_change: "Order change", reason_payment_problem: "Payment problem", reason_refund: "Refund",
      reason_account: "Account problem", reason_complaint: "Complaint",
      reason_agent_has_conversation: "A person has the chat", reason_queued_for_agent: "Waiting for a person",
      reason_slot_answer: "Answer to the bot's question", reason_intent: "Intent", reason_smalltalk: "Small talk",
      reason_article: "Knowledge article", reason_evidence: "Evidence", reason_attachment: "Photo",

      emotion_neutral: "Neutral", emotion_anger: "Anger", emotion_anxiety: "Anxiety", emotion_satisfaction: "Satisfaction",
      emotion_sadness: "Sadness",

      channel_web: "Web", channel_widget: "Widget", channel_api: "API", channel_cli: "Command line", channel_ws: "WebSocket",

      skill_catalog: "Catalogue", skill_freshness: "Fresh food", skill_aftersales: "After-sales", skill_order_tracking: "Order tracking",
      skill_advisor: "Beauty advisor", skill_knowledge: "Knowledge base", skill_customs: "Customs",

      outcome_clarify: "Asked to rephrase", outcome_handoff: "Queued for a person", outcome_handoff_busy: "Queued, everyone busy",
      outcome_no_handler: "No answer", outcome_article: "Answered by an article", outcome_no_article: "No article matched",
      outcome_error: "Skill failed", outcome_order_not_found: "Order not found",

      action_skill: "Skill", action_clarify: "Asked to rephrase", action_handoff: "Handed off", action_smalltalk: "Small talk",
      action_silent: "Stayed silent",
      skin_oily: "oily", skin_dry: "dry", skin_combination: "combination", skin_normal: "normal", skin_sensitive: "sensitive", skin_combination_oily: "combination-to-oily"
    },
    zh: {
      intent_: "未识别",
      intent_account_problem: "账户问题", intent_acknowledge: "表示确认", intent_cancel_order: "取消订单",
      intent_certification: "资质认证", intent_change_address: "修改地址", intent_change_order: "修改订单",
      intent_chitchat: "闲聊", intent_complaint: "投诉", intent_contact: "联系方式",
      intent_customs_duty: "关税与清关", intent_exchange_item: "换货", intent_fresh_allergen: "过敏原",
      intent_fresh_bad_smell: "食品有异味", intent_fresh_compensation: "生鲜赔偿",
      intent_fresh_crushed_produce: "果蔬压坏", intent_fresh_damaged_package: "食品包装破损",
      intent_fresh_dead_seafood: "海鲜到货已死", intent_fresh_expired: "食品过期",
      intent_fresh_foreign_object: "食品有异物", intent_fresh_late_delivery: "生鲜配送延迟",
      intent_fresh_leaking: "包装渗漏", intent_fresh_left_outside: "包裹被放在门外", intent_fresh_missing_item: "少件漏发",
      intent_fresh_mold: "发霉", intent_fresh_not_fresh: "食品不新鲜", intent_fresh_quality_complaint: "质量投诉",
      intent_fresh_size_mismatch: "规格与描述不符", intent_fresh_spoiled: "食品到货变质",
      intent_fresh_storage_question: "储存方法咨询", intent_fresh_traceability: "冷链溯源",
      intent_fresh_underweight: "重量不足", intent_fresh_wrong_item: "发错商品",
      intent_fresh_wrong_temperature: "到货温度不对（变温或解冻）", intent_goodbye: "道别", intent_greeting: "问候",
      intent_human_agent: "要求转人工", intent_invoice: "发票", intent_out_of_scope: "超出服务范围",
      intent_payment_methods: "支付方式", intent_payment_problem: "支付问题", intent_place_order: "下单",
      intent_price_promotion: "价格与优惠", intent_product_question: "商品咨询",
      intent_recommendation: "商品推荐", intent_refund_request: "申请退款", intent_refund_status: "退款进度",
      intent_return_policy: "退货政策", intent_shipping_cost: "运费", intent_shipping_time: "配送时效",
      intent_skin_advice: "护肤建议", intent_stock_availability: "库存查询", intent_thanks: "致谢",
      intent_track_order: "查询物流", intent_warranty: "保修",

      reason_: "其他",
      reason_customer_asked: "客户要求转人工", reason_anger: "客户情绪激动",
      reason_repeated_misunderstanding: "机器人多次未理解", reason_low_confidence: "机器人没有把握",
      reason_no_handler: "无法自动回答", reason_after_sales: "售后问题", reason_skill_error: "技能出错",
      reason_sensitive_health: "敏感：健康与安全", reason_sensitive_legal: "敏感：法律", reason_sensitive_fraud: "敏感：欺诈",
      reason_order_change: "订单变更", reason_payment_problem: "支付问题", reason_refund: "退款",
      reason_account: "账户问题", reason_complaint: "投诉",
      reason_agent_has_conversation: "人工客服接待中", reason_queued_for_agent: "等待人工客服",
      reason_slot_answer: "回答机器人的追问", reason_intent: "意图", reason_smalltalk: "寒暄",
      reason_article: "知识库文章", reason_evidence: "凭证", reason_attachment: "图片",

      emotion_neutral: "平静", emotion_anger: "愤怒", emotion_anxiety: "焦虑", emotion_satisfaction: "满意",
      emotion_sadness: "难过",

      channel_web: "网页", channel_widget: "聊天窗口", channel_api: "API 接口", channel_cli: "命令行", channel_ws: "WebSocket 连接",

      skill_catalog: "商品目录", skill_freshness: "生鲜", skill_aftersales: "售后", skill_order_tracking: "物流查询",
      skill_advisor: "美妆顾问", skill_knowledge: "知识库", skill_customs: "海关",

      outcome_clarify: "请客户换个说法", outcome_handoff: "已转人工排队", outcome_handoff_busy: "已排队，客服都在忙",
      outcome_no_handler: "无法回答", outcome_article: "由文章回答", outcome_no_article: "没有匹配的文章",
      outcome_error: "技能出错", outcome_order_not_found: "找不到订单",

      action_skill: "技能", action_clarify: "请客户换个说法", action_handoff: "转人工", action_smalltalk: "寒暄",
      action_silent: "保持静默",
      skin_oily: "油性", skin_dry: "干性", skin_combination: "混合性", skin_normal: "中性", skin_sensitive: "敏感", skin_combination_oily: "混油"
    },
    es: {
      intent_: "No entendido",
      intent_account_problem: "Problema con la cuenta", intent_acknowledge: "Confirma", intent_cancel_order: "Cancelar un pedido",
      intent_certification: "Certificaciones", intent_change_address: "Cambiar la dirección", intent_change_order: "Modificar un pedido",
      intent_chitchat: "Charla", intent_complaint: "Queja", intent_contact: "Datos de contacto",
      intent_customs_duty: "Aduanas y aranceles", intent_exchange_item: "Cambiar un artículo", intent_fresh_allergen: "Alérgenos",
      intent_fresh_bad_smell: "El alimento huele mal", intent_fresh_compensation: "Compensación por productos frescos",
      intent_fresh_crushed_produce: "Productos aplastados", intent_fresh_damaged_package: "Envase de alimentos dañado",
      intent_fresh_dead_seafood: "El marisco llegó muerto", intent_fresh_expired: "Alimento caducado",
      intent_fresh_foreign_object: "Objeto extraño en el alimento", intent_fresh_late_delivery: "Entrega de frescos con retraso",
      intent_fresh_leaking: "El envase gotea", intent_fresh_left_outside: "Dejado fuera", intent_fresh_missing_item: "Falta un artículo",
      intent_fresh_mold: "Moho", intent_fresh_not_fresh: "Alimento no fresco", intent_fresh_quality_complaint: "Queja de calidad",
      intent_fresh_size_mismatch: "Tamaño distinto al descrito", intent_fresh_spoiled: "El alimento llegó en mal estado",
      intent_fresh_storage_question: "Cómo conservarlo", intent_fresh_traceability: "Registro de la cadena de frío",
      intent_fresh_underweight: "Falta peso", intent_fresh_wrong_item: "Artículo equivocado",
      intent_fresh_wrong_temperature: "Llegó caliente o descongelado", intent_goodbye: "Despedida", intent_greeting: "Saludo",
      intent_human_agent: "Pide hablar con una persona", intent_invoice: "Factura", intent_out_of_scope: "Fuera de ámbito",
      intent_payment_methods: "Formas de pago", intent_payment_problem: "Problema con el pago", intent_place_order: "Hacer un pedido",
      intent_price_promotion: "Precio o promoción", intent_product_question: "Pregunta sobre un producto",
      intent_recommendation: "Recomendación", intent_refund_request: "Solicitud de reembolso", intent_refund_status: "Estado del reembolso",
      intent_return_policy: "Devoluciones", intent_shipping_cost: "Gastos de envío", intent_shipping_time: "Plazo de entrega",
      intent_skin_advice: "Consejo para la piel", intent_stock_availability: "Disponibilidad", intent_thanks: "Agradecimiento",
      intent_track_order: "Seguir un pedido", intent_warranty: "Garantía",

      reason_: "Otro",
      reason_customer_asked: "El cliente pidió una persona", reason_anger: "Cliente enfadado",
      reason_repeated_misunderstanding: "El bot no entendió", reason_low_confidence: "El bot no estaba seguro",
      reason_no_handler: "Nada podía responder", reason_after_sales: "Problema de posventa", reason_skill_error: "Falló una habilidad",
      reason_sensitive_health: "Delicado: salud", reason_sensitive_legal: "Delicado: legal", reason_sensitive_fraud: "Delicado: fraude",
      reason_order_change: "Cambio de pedido", reason_payment_problem: "Problema con el pago", reason_refund: "Reembolso",
      reason_account: "Problema con la cuenta", reason_complaint: "Queja",
      reason_agent_has_conversation: "Lo atiende una persona", reason_queued_for_agent: "Esperando a una persona",
      reason_slot_answer: "Respuesta a la pregunta del bot", reason_intent: "Intención", reason_smalltalk: "Charla",
      reason_article: "Artículo de conocimiento", reason_evidence: "Pruebas", reason_attachment: "Foto",

      emotion_neutral: "Neutral", emotion_anger: "Enfado", emotion_anxiety: "Ansiedad", emotion_satisfaction: "Satisfacción",
      emotion_sadness: "Tristeza",

      channel_web: "Web", channel_widget: "Widget de chat", channel_api: "API", channel_cli: "Línea de comandos", channel_ws: "WebSocket",

      skill_catalog: "Catálogo", skill_freshness: "Frescos", skill_aftersales: "Posventa", skill_order_tracking: "Seguimiento de pedidos",
      skill_advisor: "Asesora de belleza", skill_knowledge: "Base de conocimiento", skill_customs: "Aduanas",

      outcome_clarify: "Pidió reformular", outcome_handoff: "En cola para una persona", outcome_handoff_busy: "En cola, todos ocupados",
      outcome_no_handler: "Sin respuesta", outcome_article: "Respondido con un artículo", outcome_no_article: "Ningún artículo coincidió",
      outcome_error: "Falló una habilidad", outcome_order_not_found: "Pedido no encontrado",

      action_skill: "Habilidad", action_clarify: "Pidió reformular", action_handoff: "Derivado a una persona", action_smalltalk: "Charla",
      action_silent: "En silencio",
      skin_oily: "grasa", skin_dry: "seca", skin_combination: "mixta", skin_normal: "normal", skin_sensitive: "sensible", skin_combination_oily: "mixta a grasa"
    },
    th: {
      intent_: "ไม่เข้าใจ",
      intent_account_problem: "ปัญหาบัญชี", intent_acknowledge: "รับทราบ", intent_cancel_order: "ยกเลิกคำสั่งซื้อ",
      intent_certification: "การรับรอง", intent_change_address: "เปลี่ยนที่อยู่", intent_change_order: "แก้ไขคำสั่งซื้อ",
      intent_chitchat: "คุยเล่น", intent_complaint: "ร้องเรียน", intent_contact: "ข้อมูลติดต่อ",
      intent_customs_duty: "ศุลกากรและภาษี", intent_exchange_item: "เปลี่ยนสินค้า", intent_fresh_allergen: "สารก่อภูมิแพ้",
      intent_fresh_bad_smell: "อาหารมีกลิ่นเหม็น", intent_fresh_compensation: "ชดเชยอาหารสด",
      intent_fresh_crushed_produce: "ผักผลไม้ช้ำ", intent_fresh_damaged_package: "บรรจุภัณฑ์อาหารเสียหาย",
      intent_fresh_dead_seafood: "อาหารทะเลตายระหว่างส่ง", intent_fresh_expired: "อาหารหมดอายุ",
      intent_fresh_foreign_object: "มีสิ่งแปลกปลอมในอาหาร", intent_fresh_late_delivery: "อาหารสดส่งล่าช้า",
      intent_fresh_leaking: "บรรจุภัณฑ์รั่ว", intent_fresh_left_outside: "ถูกวางทิ้งไว้ข้างนอก", intent_fresh_missing_item: "สินค้าขาดหาย",
      intent_fresh_mold: "ขึ้นรา", intent_fresh_not_fresh: "อาหารไม่สด", intent_fresh_quality_complaint: "ร้องเรียนเรื่องคุณภาพ",
      intent_fresh_size_mismatch: "ขนาดไม่ตรงตามที่ระบุ", intent_fresh_spoiled: "อาหารเสียเมื่อได้รับ",
      intent_fresh_storage_question: "วิธีเก็บรักษา", intent_fresh_traceability: "บันทึกห่วงโซ่ความเย็น",
      intent_fresh_underweight: "น้ำหนักไม่ครบ", intent_fresh_wrong_item: "ได้รับสินค้าผิด",
      intent_fresh_wrong_temperature: "อาหารถึงมือไม่เย็นหรือละลาย", intent_goodbye: "บอกลา", intent_greeting: "ทักทาย",
      intent_human_agent: "ขอคุยกับเจ้าหน้าที่", intent_invoice: "ใบกำกับภาษี", intent_out_of_scope: "นอกขอบเขต",
      intent_payment_methods: "วิธีชำระเงิน", intent_payment_problem: "ปัญหาการชำระเงิน", intent_place_order: "สั่งซื้อ",
      intent_price_promotion: "ราคาหรือโปรโมชัน", intent_product_question: "คำถามเกี่ยวกับสินค้า",
      intent_recommendation: "แนะนำสินค้า", intent_refund_request: "ขอคืนเงิน", intent_refund_status: "สถานะการคืนเงิน",
      intent_return_policy: "การคืนสินค้า", intent_shipping_cost: "ค่าจัดส่ง", intent_shipping_time: "ระยะเวลาจัดส่ง",
      intent_skin_advice: "คำแนะนำเรื่องผิว", intent_stock_availability: "สินค้าคงคลัง", intent_thanks: "ขอบคุณ",
      intent_track_order: "ติดตามคำสั่งซื้อ", intent_warranty: "การรับประกัน",

      reason_: "อื่น ๆ",
      reason_customer_asked: "ลูกค้าขอคุยกับเจ้าหน้าที่", reason_anger: "ลูกค้าโกรธ",
      reason_repeated_misunderstanding: "บอทไม่เข้าใจ", reason_low_confidence: "บอทไม่แน่ใจ",
      reason_no_handler: "ไม่มีส่วนใดตอบได้", reason_after_sales: "ปัญหาหลังการขาย", reason_skill_error: "ทักษะทำงานผิดพลาด",
      reason_sensitive_health: "เรื่องอ่อนไหว: สุขภาพ", reason_sensitive_legal: "เรื่องอ่อนไหว: กฎหมาย", reason_sensitive_fraud: "เรื่องอ่อนไหว: การฉ้อโกง",
      reason_order_change: "แก้ไขคำสั่งซื้อ", reason_payment_problem: "ปัญหาการชำระเงิน", reason_refund: "คืนเงิน",
      reason_account: "ปัญหาบัญชี", reason_complaint: "ร้องเรียน",
      reason_agent_has_conversation: "เจ้าหน้าที่ดูแลอยู่", reason_queued_for_agent: "รอเจ้าหน้าที่",
      reason_slot_answer: "ตอบคำถามของบอท", reason_intent: "เจตนา", reason_smalltalk: "คุยเล่น",
      reason_article: "บทความความรู้", reason_evidence: "หลักฐาน", reason_attachment: "รูปภาพ",

      emotion_neutral: "ปกติ", emotion_anger: "โกรธ", emotion_anxiety: "กังวล", emotion_satisfaction: "พอใจ",
      emotion_sadness: "เสียใจ",

      channel_web: "เว็บ", channel_widget: "หน้าต่างแชท", channel_api: "API", channel_cli: "บรรทัดคำสั่ง", channel_ws: "WebSocket",

      skill_catalog: "แคตตาล็อก", skill_freshness: "อาหารสด", skill_aftersales: "หลังการขาย", skill_order_tracking: "ติดตามคำสั่งซื้อ",
      skill_advisor: "ที่ปรึกษาความงาม", skill_knowledge: "คลังความรู้", skill_customs: "ศุลกากร",

      outcome_clarify: "ขอให้อธิบายใหม่", outcome_handoff: "เข้าคิวรอเจ้าหน้าที่", outcome_handoff_busy: "เข้าคิว เจ้าหน้าที่ไม่ว่าง",
      outcome_no_handler: "ไม่มีคำตอบ", outcome_article: "ตอบด้วยบทความ", outcome_no_article: "ไม่มีบทความที่ตรงกัน",
      outcome_error: "ทักษะทำงานผิดพลาด", outcome_order_not_found: "ไม่พบคำสั่งซื้อ",

      action_skill: "ทักษะ", action_clarify: "ขอให้อธิบายใหม่", action_handoff: "ส่งต่อเจ้าหน้าที่", action_smalltalk: "คุยเล่น",
      action_silent: "ไม่ตอบ",
      skin_oily: "มัน", skin_dry: "แห้ง", skin_combination: "ผสม", skin_normal: "ธรรมดา", skin_sensitive: "แพ้ง่าย", skin_combination_oily: "ผสมค่อนข้างมัน"
    },
    ja: {
      intent_: "理解できず",
      intent_account_problem: "アカウントの問題", intent_acknowledge: "了解の返事", intent_cancel_order: "注文のキャンセル",
      intent_certification: "認証・証明書", intent_change_address: "住所の変更", intent_change_order: "注文の変更",
      intent_chitchat: "雑談", intent_complaint: "苦情", intent_contact: "連絡先",
      intent_customs_duty: "関税・通関", intent_exchange_item: "商品の交換", intent_fresh_allergen: "アレルゲン",
      intent_fresh_bad_smell: "食品の異臭", intent_fresh_compensation: "生鮮品の補償",
      intent_fresh_crushed_produce: "青果のつぶれ", intent_fresh_damaged_package: "食品の包装破損",
      intent_fresh_dead_seafood: "魚介の死着", intent_fresh_expired: "期限切れの食品",
      intent_fresh_foreign_object: "食品への異物混入", intent_fresh_late_delivery: "生鮮品の配達遅れ",
      intent_fresh_leaking: "包装からの液漏れ", intent_fresh_left_outside: "屋外に放置", intent_fresh_missing_item: "商品の不足",
      intent_fresh_mold: "カビ", intent_fresh_not_fresh: "鮮度が悪い", intent_fresh_quality_complaint: "品質への苦情",
      intent_fresh_size_mismatch: "サイズが説明と違う", intent_fresh_spoiled: "食品が傷んで到着",
      intent_fresh_storage_question: "保存方法の質問", intent_fresh_traceability: "コールドチェーンの記録",
      intent_fresh_underweight: "重量不足", intent_fresh_wrong_item: "商品違い",
      intent_fresh_wrong_temperature: "ぬるい・解凍された状態で到着", intent_goodbye: "別れのあいさつ", intent_greeting: "あいさつ",
      intent_human_agent: "オペレーターを希望", intent_invoice: "請求書・領収書", intent_out_of_scope: "対象外",
      intent_payment_methods: "支払い方法", intent_payment_problem: "支払いの問題", intent_place_order: "注文したい",
      intent_price_promotion: "価格・キャンペーン", intent_product_question: "商品についての質問",
      intent_recommendation: "おすすめ", intent_refund_request: "返金の依頼", intent_refund_status: "返金の状況",
      intent_return_policy: "返品", intent_shipping_cost: "送料", intent_shipping_time: "お届け日数",
      intent_skin_advice: "肌の相談", intent_stock_availability: "在庫確認", intent_thanks: "お礼",
      intent_track_order: "配送状況の確認", intent_warranty: "保証",

      reason_: "その他",
      reason_customer_asked: "お客様がオペレーターを希望", reason_anger: "お客様が怒っている",
      reason_repeated_misunderstanding: "ボットが理解できなかった", reason_low_confidence: "ボットの確信度が低い",
      reason_no_handler: "回答できる機能がない", reason_after_sales: "アフターサービスの問題", reason_skill_error: "スキルのエラー",
      reason_sensitive_health: "要注意：健康", reason_sensitive_legal: "要注意：法律", reason_sensitive_fraud: "要注意：不正",
      reason_order_change: "注文の変更", reason_payment_problem: "支払いの問題", reason_refund: "返金",
      reason_account: "アカウントの問題", reason_complaint: "苦情",
      reason_agent_has_conversation: "オペレーターが対応中", reason_queued_for_agent: "オペレーター待ち",
      reason_slot_answer: "ボットの質問への回答", reason_intent: "問い合わせ種別", reason_smalltalk: "雑談",
      reason_article: "ナレッジ記事", reason_evidence: "証拠", reason_attachment: "写真",

      emotion_neutral: "平常", emotion_anger: "怒り", emotion_anxiety: "不安", emotion_satisfaction: "満足",
      emotion_sadness: "悲しみ",

      channel_web: "Web", channel_widget: "チャットウィジェット", channel_api: "API", channel_cli: "コマンドライン", channel_ws: "WebSocket",

      skill_catalog: "商品カタログ", skill_freshness: "生鮮食品", skill_aftersales: "アフターサービス", skill_order_tracking: "配送状況の確認",
      skill_advisor: "美容アドバイザー", skill_knowledge: "ナレッジベース", skill_customs: "通関",

      outcome_clarify: "言い換えを依頼", outcome_handoff: "オペレーター待ちに追加", outcome_handoff_busy: "待ちに追加（全員対応中）",
      outcome_no_handler: "回答なし", outcome_article: "記事で回答", outcome_no_article: "該当する記事なし",
      outcome_error: "スキルのエラー", outcome_order_not_found: "注文が見つからない",

      action_skill: "スキル", action_clarify: "言い換えを依頼", action_handoff: "有人対応へ切り替え", action_smalltalk: "雑談",
      action_silent: "応答なし",
      skin_oily: "脂性", skin_dry: "乾燥", skin_combination: "混合", skin_normal: "普通", skin_sensitive: "敏感", skin_combination_oily: "脂性寄りの混合"
    },
    ko: {
      intent_: "이해하지 못함",
      intent_account_problem: "계정 문제", intent_acknowledge: "확인 응답", intent_cancel_order: "주문 취소",
      intent_certification: "인증", intent_change_address: "주소 변경", intent_change_order: "주문 변경",
      intent_chitchat: "잡담", intent_complaint: "불만", intent_contact: "연락처",
      intent_customs_duty: "통관 및 관세", intent_exchange_item: "상품 교환", intent_fresh_allergen: "알레르기 유발 성분",
      intent_fresh_bad_smell: "식품에서 이상한 냄새", intent_fresh_compensation: "신선식품 보상",
      intent_fresh_crushed_produce: "농산물 눌림", intent_fresh_damaged_package: "식품 포장 파손",
      intent_fresh_dead_seafood: "해산물 폐사 도착", intent_fresh_expired: "유통기한 지난 식품",
      intent_fresh_foreign_object: "식품 이물질", intent_fresh_late_delivery: "신선식품 배송 지연",
      intent_fresh_leaking: "포장 누수", intent_fresh_left_outside: "문 밖에 방치", intent_fresh_missing_item: "상품 누락",
      intent_fresh_mold: "곰팡이", intent_fresh_not_fresh: "신선하지 않음", intent_fresh_quality_complaint: "품질 불만",
      intent_fresh_size_mismatch: "크기가 설명과 다름", intent_fresh_spoiled: "식품 변질 도착",
      intent_fresh_storage_question: "보관 방법 문의", intent_fresh_traceability: "콜드체인 기록",
      intent_fresh_underweight: "중량 미달", intent_fresh_wrong_item: "오배송",
      intent_fresh_wrong_temperature: "미지근하거나 해동된 상태로 도착", intent_goodbye: "작별 인사", intent_greeting: "인사",
      intent_human_agent: "상담원 연결 요청", intent_invoice: "세금계산서·영수증", intent_out_of_scope: "범위 밖",
      intent_payment_methods: "결제 수단", intent_payment_problem: "결제 문제", intent_place_order: "주문하기",
      intent_price_promotion: "가격·프로모션", intent_product_question: "상품 문의",
      intent_recommendation: "상품 추천", intent_refund_request: "환불 요청", intent_refund_status: "환불 진행 상황",
      intent_return_policy: "반품", intent_shipping_cost: "배송비", intent_shipping_time: "배송 기간",
      intent_skin_advice: "피부 상담", intent_stock_availability: "재고 확인", intent_thanks: "감사 인사",
      intent_track_order: "배송 조회", intent_warranty: "보증",

      reason_: "기타",
      reason_customer_asked: "고객이 상담원 요청", reason_anger: "화난 고객",
      reason_repeated_misunderstanding: "챗봇이 이해하지 못함", reason_low_confidence: "챗봇 확신 부족",
      reason_no_handler: "답변할 수 있는 기능 없음", reason_after_sales: "A/S 문제", reason_skill_error: "스킬 오류",
      reason_sensitive_health: "민감: 건강", reason_sensitive_legal: "민감: 법률", reason_sensitive_fraud: "민감: 사기",
      reason_order_change: "주문 변경", reason_payment_problem: "결제 문제", reason_refund: "환불",
      reason_account: "계정 문제", reason_complaint: "불만",
      reason_agent_has_conversation: "상담원 응대 중", reason_queued_for_agent: "상담원 대기 중",
      reason_slot_answer: "챗봇 질문에 대한 답", reason_intent: "문의 유형", reason_smalltalk: "잡담",
      reason_article: "지식 문서", reason_evidence: "근거", reason_attachment: "사진",

      emotion_neutral: "중립", emotion_anger: "분노", emotion_anxiety: "불안", emotion_satisfaction: "만족",
      emotion_sadness: "슬픔",

      channel_web: "웹", channel_widget: "채팅 위젯", channel_api: "API", channel_cli: "명령줄", channel_ws: "WebSocket",

      skill_catalog: "상품 카탈로그", skill_freshness: "신선식품", skill_aftersales: "A/S", skill_order_tracking: "배송 조회",
      skill_advisor: "뷰티 어드바이저", skill_knowledge: "지식 베이스", skill_customs: "통관",

      outcome_clarify: "다시 말해 달라고 요청", outcome_handoff: "상담원 대기열에 추가", outcome_handoff_busy: "대기열에 추가, 모두 응대 중",
      outcome_no_handler: "답변 없음", outcome_article: "문서로 답변", outcome_no_article: "일치하는 문서 없음",
      outcome_error: "스킬 오류", outcome_order_not_found: "주문을 찾을 수 없음",

      action_skill: "스킬", action_clarify: "다시 말해 달라고 요청", action_handoff: "상담원 연결", action_smalltalk: "잡담",
      action_silent: "응답 안 함",
      skin_oily: "지성", skin_dry: "건성", skin_combination: "복합성", skin_normal: "중성", skin_sensitive: "민감성", skin_combination_oily: "지성에 가까운 복합성"
    },
    vi: {
      intent_: "Không hiểu",
      intent_account_problem: "Vấn đề tài khoản", intent_acknowledge: "Xác nhận", intent_cancel_order: "Hủy đơn hàng",
      intent_certification: "Chứng nhận", intent_change_address: "Đổi địa chỉ", intent_change_order: "Sửa đơn hàng",
      intent_chitchat: "Trò chuyện", intent_complaint: "Khiếu nại", intent_contact: "Thông tin liên hệ",
      intent_customs_duty: "Hải quan và thuế", intent_exchange_item: "Đổi hàng", intent_fresh_allergen: "Chất gây dị ứng",
      intent_fresh_bad_smell: "Thực phẩm có mùi lạ", intent_fresh_compensation: "Bồi thường hàng tươi sống",
      intent_fresh_crushed_produce: "Rau quả bị dập", intent_fresh_damaged_package: "Bao bì thực phẩm bị hỏng",
      intent_fresh_dead_seafood: "Hải sản chết khi nhận", intent_fresh_expired: "Thực phẩm hết hạn",
      intent_fresh_foreign_object: "Dị vật trong thực phẩm", intent_fresh_late_delivery: "Giao hàng tươi sống trễ",
      intent_fresh_leaking: "Bao bì bị rò rỉ", intent_fresh_left_outside: "Hàng bị để bên ngoài", intent_fresh_missing_item: "Thiếu hàng",
      intent_fresh_mold: "Bị mốc", intent_fresh_not_fresh: "Thực phẩm không tươi", intent_fresh_quality_complaint: "Khiếu nại chất lượng",
      intent_fresh_size_mismatch: "Kích cỡ không đúng mô tả", intent_fresh_spoiled: "Thực phẩm bị hỏng khi nhận",
      intent_fresh_storage_question: "Cách bảo quản", intent_fresh_traceability: "Nhật ký chuỗi lạnh",
      intent_fresh_underweight: "Thiếu cân", intent_fresh_wrong_item: "Giao sai hàng",
      intent_fresh_wrong_temperature: "Hàng đến bị ấm hoặc rã đông", intent_goodbye: "Chào tạm biệt", intent_greeting: "Chào hỏi",
      intent_human_agent: "Muốn gặp nhân viên", intent_invoice: "Hóa đơn", intent_out_of_scope: "Ngoài phạm vi",
      intent_payment_methods: "Phương thức thanh toán", intent_payment_problem: "Vấn đề thanh toán", intent_place_order: "Đặt hàng",
      intent_price_promotion: "Giá hoặc khuyến mãi", intent_product_question: "Hỏi về sản phẩm",
      intent_recommendation: "Gợi ý sản phẩm", intent_refund_request: "Yêu cầu hoàn tiền", intent_refund_status: "Tình trạng hoàn tiền",
      intent_return_policy: "Trả hàng", intent_shipping_cost: "Phí vận chuyển", intent_shipping_time: "Thời gian giao hàng",
      intent_skin_advice: "Tư vấn da", intent_stock_availability: "Tình trạng còn hàng", intent_thanks: "Cảm ơn",
      intent_track_order: "Theo dõi đơn hàng", intent_warranty: "Bảo hành",

      reason_: "Khác",
      reason_customer_asked: "Khách yêu cầu gặp nhân viên", reason_anger: "Khách đang tức giận",
      reason_repeated_misunderstanding: "Bot không hiểu", reason_low_confidence: "Bot không chắc chắn",
      reason_no_handler: "Không có gì trả lời được", reason_after_sales: "Vấn đề hậu mãi", reason_skill_error: "Kỹ năng bị lỗi",
      reason_sensitive_health: "Nhạy cảm: sức khỏe", reason_sensitive_legal: "Nhạy cảm: pháp lý", reason_sensitive_fraud: "Nhạy cảm: gian lận",
      reason_order_change: "Thay đổi đơn hàng", reason_payment_problem: "Vấn đề thanh toán", reason_refund: "Hoàn tiền",
      reason_account: "Vấn đề tài khoản", reason_complaint: "Khiếu nại",
      reason_agent_has_conversation: "Nhân viên đang xử lý", reason_queued_for_agent: "Đang chờ nhân viên",
      reason_slot_answer: "Trả lời câu hỏi của bot", reason_intent: "Ý định", reason_smalltalk: "Trò chuyện",
      reason_article: "Bài viết kiến thức", reason_evidence: "Bằng chứng", reason_attachment: "Ảnh",

      emotion_neutral: "Bình thường", emotion_anger: "Tức giận", emotion_anxiety: "Lo lắng", emotion_satisfaction: "Hài lòng",
      emotion_sadness: "Buồn",

      channel_web: "Web", channel_widget: "Khung chat", channel_api: "API", channel_cli: "Dòng lệnh", channel_ws: "WebSocket",

      skill_catalog: "Danh mục sản phẩm", skill_freshness: "Hàng tươi sống", skill_aftersales: "Hậu mãi", skill_order_tracking: "Theo dõi đơn hàng",
      skill_advisor: "Tư vấn làm đẹp", skill_knowledge: "Cơ sở kiến thức", skill_customs: "Hải quan",

      outcome_clarify: "Đề nghị nói lại", outcome_handoff: "Xếp hàng chờ nhân viên", outcome_handoff_busy: "Xếp hàng, nhân viên đều bận",
      outcome_no_handler: "Không có câu trả lời", outcome_article: "Trả lời bằng bài viết", outcome_no_article: "Không có bài viết phù hợp",
      outcome_error: "Kỹ năng bị lỗi", outcome_order_not_found: "Không tìm thấy đơn hàng",

      action_skill: "Kỹ năng", action_clarify: "Đề nghị nói lại", action_handoff: "Chuyển nhân viên", action_smalltalk: "Trò chuyện",
      action_silent: "Không trả lời",
      skin_oily: "dầu", skin_dry: "khô", skin_combination: "hỗn hợp", skin_normal: "thường", skin_sensitive: "nhạy cảm", skin_combination_oily: "hỗn hợp thiên dầu"
    },
    id: {
      intent_: "Tidak dipahami",
      intent_account_problem: "Masalah akun", intent_acknowledge: "Mengiyakan", intent_cancel_order: "Batalkan pesanan",
      intent_certification: "Sertifikasi", intent_change_address: "Ubah alamat", intent_change_order: "Ubah pesanan",
      intent_chitchat: "Obrolan ringan", intent_complaint: "Keluhan", intent_contact: "Info kontak",
      intent_customs_duty: "Bea cukai dan pajak", intent_exchange_item: "Tukar barang", intent_fresh_allergen: "Alergen",
      intent_fresh_bad_smell: "Makanan berbau tidak sedap", intent_fresh_compensation: "Kompensasi produk segar",
      intent_fresh_crushed_produce: "Sayur/buah penyok", intent_fresh_damaged_package: "Kemasan makanan rusak",
      intent_fresh_dead_seafood: "Makanan laut tiba mati", intent_fresh_expired: "Makanan kedaluwarsa",
      intent_fresh_foreign_object: "Benda asing dalam makanan", intent_fresh_late_delivery: "Pengiriman produk segar terlambat",
      intent_fresh_leaking: "Kemasan bocor", intent_fresh_left_outside: "Ditinggal di luar", intent_fresh_missing_item: "Barang kurang",
      intent_fresh_mold: "Berjamur", intent_fresh_not_fresh: "Makanan tidak segar", intent_fresh_quality_complaint: "Keluhan kualitas",
      intent_fresh_size_mismatch: "Ukuran tidak sesuai deskripsi", intent_fresh_spoiled: "Makanan tiba dalam kondisi busuk",
      intent_fresh_storage_question: "Cara penyimpanan", intent_fresh_traceability: "Catatan rantai dingin",
      intent_fresh_underweight: "Berat kurang", intent_fresh_wrong_item: "Barang salah kirim",
      intent_fresh_wrong_temperature: "Tiba tidak dingin atau mencair", intent_goodbye: "Salam penutup", intent_greeting: "Sapaan",
      intent_human_agent: "Minta bicara dengan agen", intent_invoice: "Faktur", intent_out_of_scope: "Di luar cakupan",
      intent_payment_methods: "Metode pembayaran", intent_payment_problem: "Masalah pembayaran", intent_place_order: "Buat pesanan",
      intent_price_promotion: "Harga atau promo", intent_product_question: "Pertanyaan produk",
      intent_recommendation: "Rekomendasi produk", intent_refund_request: "Permintaan refund", intent_refund_status: "Status refund",
      intent_return_policy: "Pengembalian barang", intent_shipping_cost: "Ongkos kirim", intent_shipping_time: "Waktu pengiriman",
      intent_skin_advice: "Saran perawatan kulit", intent_stock_availability: "Ketersediaan stok", intent_thanks: "Terima kasih",
      intent_track_order: "Lacak pesanan", intent_warranty: "Garansi",

      reason_: "Lainnya",
      reason_customer_asked: "Pelanggan minta agen", reason_anger: "Pelanggan marah",
      reason_repeated_misunderstanding: "Bot tidak paham", reason_low_confidence: "Bot tidak yakin",
      reason_no_handler: "Tidak ada yang bisa menjawab", reason_after_sales: "Masalah purnajual", reason_skill_error: "Skill gagal",
      reason_sensitive_health: "Sensitif: kesehatan", reason_sensitive_legal: "Sensitif: hukum", reason_sensitive_fraud: "Sensitif: penipuan",
      reason_order_change: "Perubahan pesanan", reason_payment_problem: "Masalah pembayaran", reason_refund: "Refund",
      reason_account: "Masalah akun", reason_complaint: "Keluhan",
      reason_agent_has_conversation: "Sedang ditangani agen", reason_queued_for_agent: "Menunggu agen",
      reason_slot_answer: "Jawaban atas pertanyaan bot", reason_intent: "Jenis pertanyaan", reason_smalltalk: "Obrolan ringan",
      reason_article: "Artikel pengetahuan", reason_evidence: "Bukti", reason_attachment: "Foto",

      emotion_neutral: "Netral", emotion_anger: "Marah", emotion_anxiety: "Cemas", emotion_satisfaction: "Puas",
      emotion_sadness: "Sedih",

      channel_web: "Web", channel_widget: "Widget chat", channel_api: "API", channel_cli: "Baris perintah", channel_ws: "WebSocket",

      skill_catalog: "Katalog", skill_freshness: "Produk segar", skill_aftersales: "Purnajual", skill_order_tracking: "Lacak pesanan",
      skill_advisor: "Penasihat kecantikan", skill_knowledge: "Basis pengetahuan", skill_customs: "Bea cukai",

      outcome_clarify: "Minta diulang", outcome_handoff: "Antre untuk agen", outcome_handoff_busy: "Antre, semua agen sibuk",
      outcome_no_handler: "Tidak ada jawaban", outcome_article: "Dijawab dengan artikel", outcome_no_article: "Tidak ada artikel yang cocok",
      outcome_error: "Skill gagal", outcome_order_not_found: "Pesanan tidak ditemukan",

      action_skill: "Skill", action_clarify: "Minta diulang", action_handoff: "Dialihkan ke agen", action_smalltalk: "Obrolan ringan",
      action_silent: "Tidak menjawab",
      skin_oily: "berminyak", skin_dry: "kering", skin_combination: "kombinasi", skin_normal: "normal", skin_sensitive: "sensitif", skin_combination_oily: "kombinasi cenderung berminyak"
    },
    ms: {
      intent_: "Tidak difahami",
      intent_account_problem: "Masalah akaun", intent_acknowledge: "Mengakui", intent_cancel_order: "Batalkan pesanan",
      intent_certification: "Pensijilan", intent_change_address: "Tukar alamat", intent_change_order: "Ubah pesanan",
      intent_chitchat: "Sembang kosong", intent_complaint: "Aduan", intent_contact: "Maklumat hubungan",
      intent_customs_duty: "Kastam dan duti", intent_exchange_item: "Tukar barang", intent_fresh_allergen: "Alergen",
      intent_fresh_bad_smell: "Makanan berbau busuk", intent_fresh_compensation: "Pampasan produk segar",
      intent_fresh_crushed_produce: "Sayur/buah remuk", intent_fresh_damaged_package: "Bungkusan makanan rosak",
      intent_fresh_dead_seafood: "Makanan laut tiba mati", intent_fresh_expired: "Makanan tamat tempoh",
      intent_fresh_foreign_object: "Benda asing dalam makanan", intent_fresh_late_delivery: "Penghantaran produk segar lewat",
      intent_fresh_leaking: "Bungkusan bocor", intent_fresh_left_outside: "Ditinggalkan di luar", intent_fresh_missing_item: "Barang tidak cukup",
      intent_fresh_mold: "Berkulat", intent_fresh_not_fresh: "Makanan tidak segar", intent_fresh_quality_complaint: "Aduan kualiti",
      intent_fresh_size_mismatch: "Saiz tidak seperti diterangkan", intent_fresh_spoiled: "Makanan tiba dalam keadaan rosak",
      intent_fresh_storage_question: "Cara penyimpanan", intent_fresh_traceability: "Rekod rantaian sejuk",
      intent_fresh_underweight: "Berat kurang", intent_fresh_wrong_item: "Barang salah",
      intent_fresh_wrong_temperature: "Tiba tidak sejuk atau sudah cair", intent_goodbye: "Ucapan selamat tinggal", intent_greeting: "Sapaan",
      intent_human_agent: "Minta bercakap dengan ejen", intent_invoice: "Invois", intent_out_of_scope: "Di luar skop",
      intent_payment_methods: "Kaedah pembayaran", intent_payment_problem: "Masalah pembayaran", intent_place_order: "Buat pesanan",
      intent_price_promotion: "Harga atau promosi", intent_product_question: "Soalan produk",
      intent_recommendation: "Cadangan produk", intent_refund_request: "Permintaan bayaran balik", intent_refund_status: "Status bayaran balik",
      intent_return_policy: "Pemulangan", intent_shipping_cost: "Kos penghantaran", intent_shipping_time: "Tempoh penghantaran",
      intent_skin_advice: "Nasihat penjagaan kulit", intent_stock_availability: "Ketersediaan stok", intent_thanks: "Terima kasih",
      intent_track_order: "Jejak pesanan", intent_warranty: "Waranti",

      reason_: "Lain-lain",
      reason_customer_asked: "Pelanggan minta ejen", reason_anger: "Pelanggan marah",
      reason_repeated_misunderstanding: "Bot tidak faham", reason_low_confidence: "Bot tidak pasti",
      reason_no_handler: "Tiada yang boleh menjawab", reason_after_sales: "Masalah selepas jualan", reason_skill_error: "Kemahiran gagal",
      reason_sensitive_health: "Sensitif: kesihatan", reason_sensitive_legal: "Sensitif: undang-undang", reason_sensitive_fraud: "Sensitif: penipuan",
      reason_order_change: "Perubahan pesanan", reason_payment_problem: "Masalah pembayaran", reason_refund: "Bayaran balik",
      reason_account: "Masalah akaun", reason_complaint: "Aduan",
      reason_agent_has_conversation: "Sedang dikendalikan ejen", reason_queued_for_agent: "Menunggu ejen",
      reason_slot_answer: "Jawapan kepada soalan bot", reason_intent: "Jenis pertanyaan", reason_smalltalk: "Sembang kosong",
      reason_article: "Artikel pengetahuan", reason_evidence: "Bukti", reason_attachment: "Foto",

      emotion_neutral: "Neutral", emotion_anger: "Marah", emotion_anxiety: "Bimbang", emotion_satisfaction: "Puas hati",
      emotion_sadness: "Sedih",

      channel_web: "Web", channel_widget: "Widget sembang", channel_api: "API", channel_cli: "Baris arahan", channel_ws: "WebSocket",

      skill_catalog: "Katalog", skill_freshness: "Produk segar", skill_aftersales: "Selepas jualan", skill_order_tracking: "Jejak pesanan",
      skill_advisor: "Penasihat kecantikan", skill_knowledge: "Pangkalan pengetahuan", skill_customs: "Kastam",

      outcome_clarify: "Minta ulang", outcome_handoff: "Beratur untuk ejen", outcome_handoff_busy: "Beratur, semua ejen sibuk",
      outcome_no_handler: "Tiada jawapan", outcome_article: "Dijawab dengan artikel", outcome_no_article: "Tiada artikel yang sepadan",
      outcome_error: "Kemahiran gagal", outcome_order_not_found: "Pesanan tidak ditemui",

      action_skill: "Kemahiran", action_clarify: "Minta ulang", action_handoff: "Diserahkan kepada ejen", action_smalltalk: "Sembang kosong",
      action_silent: "Tidak menjawab",
      skin_oily: "berminyak", skin_dry: "kering", skin_combination: "kombinasi", skin_normal: "normal", skin_sensitive: "sensitif", skin_combination_oily: "kombinasi cenderung berminyak"
    },
    pt: {
      intent_: "Não entendido",
      intent_account_problem: "Problema na conta", intent_acknowledge: "Confirma", intent_cancel_order: "Cancelar um pedido",
      intent_certification: "Certificações", intent_change_address: "Alterar o endereço", intent_change_order: "Alterar um pedido",
      intent_chitchat: "Conversa informal", intent_complaint: "Reclamação", intent_contact: "Dados de contato",
      intent_customs_duty: "Alfândega e impostos", intent_exchange_item: "Trocar um item", intent_fresh_allergen: "Alergênicos",
      intent_fresh_bad_smell: "Alimento com mau cheiro", intent_fresh_compensation: "Compensação por perecíveis",
      intent_fresh_crushed_produce: "Hortifrúti amassado", intent_fresh_damaged_package: "Embalagem de alimento danificada",
      intent_fresh_dead_seafood: "Frutos do mar chegaram mortos", intent_fresh_expired: "Alimento vencido",
      intent_fresh_foreign_object: "Corpo estranho no alimento", intent_fresh_late_delivery: "Entrega de perecíveis atrasada",
      intent_fresh_leaking: "Embalagem vazando", intent_fresh_left_outside: "Deixado do lado de fora", intent_fresh_missing_item: "Item faltando",
      intent_fresh_mold: "Mofo", intent_fresh_not_fresh: "Alimento não fresco", intent_fresh_quality_complaint: "Reclamação de qualidade",
      intent_fresh_size_mismatch: "Tamanho diferente do anunciado", intent_fresh_spoiled: "Alimento chegou estragado",
      intent_fresh_storage_question: "Como conservar", intent_fresh_traceability: "Registro da cadeia de frio",
      intent_fresh_underweight: "Peso abaixo do indicado", intent_fresh_wrong_item: "Item errado",
      intent_fresh_wrong_temperature: "Chegou quente ou descongelado", intent_goodbye: "Despedida", intent_greeting: "Saudação",
      intent_human_agent: "Pede um atendente", intent_invoice: "Nota fiscal", intent_out_of_scope: "Fora do escopo",
      intent_payment_methods: "Formas de pagamento", intent_payment_problem: "Problema no pagamento", intent_place_order: "Fazer um pedido",
      intent_price_promotion: "Preço ou promoção", intent_product_question: "Dúvida sobre produto",
      intent_recommendation: "Recomendação", intent_refund_request: "Pedido de reembolso", intent_refund_status: "Status do reembolso",
      intent_return_policy: "Devoluções", intent_shipping_cost: "Frete", intent_shipping_time: "Prazo de entrega",
      intent_skin_advice: "Conselho para a pele", intent_stock_availability: "Disponibilidade em estoque", intent_thanks: "Agradecimento",
      intent_track_order: "Rastrear um pedido", intent_warranty: "Garantia",

      reason_: "Outro",
      reason_customer_asked: "Cliente pediu um atendente", reason_anger: "Cliente irritado",
      reason_repeated_misunderstanding: "O bot não entendeu", reason_low_confidence: "O bot não tinha certeza",
      reason_no_handler: "Nada podia responder", reason_after_sales: "Problema de pós-venda", reason_skill_error: "Uma habilidade falhou",
      reason_sensitive_health: "Delicado: saúde", reason_sensitive_legal: "Delicado: jurídico", reason_sensitive_fraud: "Delicado: fraude",
      reason_order_change: "Alteração de pedido", reason_payment_problem: "Problema no pagamento", reason_refund: "Reembolso",
      reason_account: "Problema na conta", reason_complaint: "Reclamação",
      reason_agent_has_conversation: "Um atendente está na conversa", reason_queued_for_agent: "Aguardando um atendente",
      reason_slot_answer: "Resposta à pergunta do bot", reason_intent: "Intenção", reason_smalltalk: "Conversa informal",
      reason_article: "Artigo de conhecimento", reason_evidence: "Evidências", reason_attachment: "Foto",

      emotion_neutral: "Neutro", emotion_anger: "Raiva", emotion_anxiety: "Ansiedade", emotion_satisfaction: "Satisfação",
      emotion_sadness: "Tristeza",

      channel_web: "Web", channel_widget: "Widget de chat", channel_api: "API", channel_cli: "Linha de comando", channel_ws: "WebSocket",

      skill_catalog: "Catálogo", skill_freshness: "Perecíveis", skill_aftersales: "Pós-venda", skill_order_tracking: "Rastreamento de pedidos",
      skill_advisor: "Consultora de beleza", skill_knowledge: "Base de conhecimento", skill_customs: "Alfândega",

      outcome_clarify: "Pediu para reformular", outcome_handoff: "Na fila para um atendente", outcome_handoff_busy: "Na fila, todos ocupados",
      outcome_no_handler: "Sem resposta", outcome_article: "Respondido com um artigo", outcome_no_article: "Nenhum artigo correspondente",
      outcome_error: "Uma habilidade falhou", outcome_order_not_found: "Pedido não encontrado",

      action_skill: "Habilidade", action_clarify: "Pediu para reformular", action_handoff: "Transferido a um atendente", action_smalltalk: "Conversa informal",
      action_silent: "Ficou em silêncio",
      skin_oily: "oleosa", skin_dry: "seca", skin_combination: "mista", skin_normal: "normal", skin_sensitive: "sensível", skin_combination_oily: "mista a oleosa"
    },
    fr: {
      intent_: "Non compris",
      intent_account_problem: "Problème de compte", intent_acknowledge: "Acquiesce", intent_cancel_order: "Annuler une commande",
      intent_certification: "Certifications", intent_change_address: "Changer d'adresse", intent_change_order: "Modifier une commande",
      intent_chitchat: "Bavardage", intent_complaint: "Réclamation", intent_contact: "Coordonnées",
      intent_customs_duty: "Douane et taxes", intent_exchange_item: "Échanger un article", intent_fresh_allergen: "Allergènes",
      intent_fresh_bad_smell: "L'aliment sent mauvais", intent_fresh_compensation: "Dédommagement produits frais",
      intent_fresh_crushed_produce: "Fruits et légumes écrasés", intent_fresh_damaged_package: "Emballage alimentaire abîmé",
      intent_fresh_dead_seafood: "Fruits de mer arrivés morts", intent_fresh_expired: "Aliment périmé",
      intent_fresh_foreign_object: "Corps étranger dans l'aliment", intent_fresh_late_delivery: "Livraison de frais en retard",
      intent_fresh_leaking: "Colis qui fuit", intent_fresh_left_outside: "Laissé dehors", intent_fresh_missing_item: "Article manquant",
      intent_fresh_mold: "Moisissure", intent_fresh_not_fresh: "Aliment pas frais", intent_fresh_quality_complaint: "Réclamation qualité",
      intent_fresh_size_mismatch: "Taille non conforme", intent_fresh_spoiled: "Aliment arrivé avarié",
      intent_fresh_storage_question: "Conservation", intent_fresh_traceability: "Relevé de la chaîne du froid",
      intent_fresh_underweight: "Poids insuffisant", intent_fresh_wrong_item: "Mauvais article",
      intent_fresh_wrong_temperature: "Arrivé tiède ou décongelé", intent_goodbye: "Au revoir", intent_greeting: "Salutation",
      intent_human_agent: "Demande un conseiller", intent_invoice: "Facture", intent_out_of_scope: "Hors sujet",
      intent_payment_methods: "Moyens de paiement", intent_payment_problem: "Problème de paiement", intent_place_order: "Passer commande",
      intent_price_promotion: "Prix ou promotion", intent_product_question: "Question produit",
      intent_recommendation: "Recommandation", intent_refund_request: "Demande de remboursement", intent_refund_status: "Suivi du remboursement",
      intent_return_policy: "Retours", intent_shipping_cost: "Frais de port", intent_shipping_time: "Délai de livraison",
      intent_skin_advice: "Conseil peau", intent_stock_availability: "Disponibilité", intent_thanks: "Remerciements",
      intent_track_order: "Suivi de commande", intent_warranty: "Garantie",

      reason_: "Autre",
      reason_customer_asked: "Le client a demandé un conseiller", reason_anger: "Client mécontent",
      reason_repeated_misunderstanding: "Le bot n'a pas compris", reason_low_confidence: "Le bot n'était pas sûr",
      reason_no_handler: "Rien ne pouvait répondre", reason_after_sales: "Problème de SAV", reason_skill_error: "Échec d'une compétence",
      reason_sensitive_health: "Sensible : santé", reason_sensitive_legal: "Sensible : juridique", reason_sensitive_fraud: "Sensible : fraude",
      reason_order_change: "Modification de commande", reason_payment_problem: "Problème de paiement", reason_refund: "Remboursement",
      reason_account: "Problème de compte", reason_complaint: "Réclamation",
      reason_agent_has_conversation: "Un conseiller a la conversation", reason_queued_for_agent: "En attente d'un conseiller",
      reason_slot_answer: "Réponse à la question du bot", reason_intent: "Intention", reason_smalltalk: "Bavardage",
      reason_article: "Article de la base de connaissances", reason_evidence: "Justificatif", reason_attachment: "Photo",

      emotion_neutral: "Neutre", emotion_anger: "Colère", emotion_anxiety: "Inquiétude", emotion_satisfaction: "Satisfaction",
      emotion_sadness: "Tristesse",

      channel_web: "Web", channel_widget: "Widget de chat", channel_api: "API", channel_cli: "Ligne de commande", channel_ws: "WebSocket",

      skill_catalog: "Catalogue", skill_freshness: "Produits frais", skill_aftersales: "SAV", skill_order_tracking: "Suivi de commande",
      skill_advisor: "Conseil beauté", skill_knowledge: "Base de connaissances", skill_customs: "Douane",

      outcome_clarify: "A demandé de reformuler", outcome_handoff: "En file pour un conseiller", outcome_handoff_busy: "En file, tous occupés",
      outcome_no_handler: "Pas de réponse", outcome_article: "Répondu par un article", outcome_no_article: "Aucun article correspondant",
      outcome_error: "Échec d'une compétence", outcome_order_not_found: "Commande introuvable",

      action_skill: "Compétence", action_clarify: "A demandé de reformuler", action_handoff: "Transféré à un conseiller", action_smalltalk: "Bavardage",
      action_silent: "Aucune réponse",
      skin_oily: "grasse", skin_dry: "sèche", skin_combination: "mixte", skin_normal: "normale", skin_sensitive: "sensible", skin_combination_oily: "mixte à grasse"
    },
    de: {
      intent_: "Nicht verstanden",
      intent_account_problem: "Problem mit dem Konto", intent_acknowledge: "Bestätigt", intent_cancel_order: "Bestellung stornieren",
      intent_certification: "Zertifizierung", intent_change_address: "Adresse ändern", intent_change_order: "Bestellung ändern",
      intent_chitchat: "Smalltalk", intent_complaint: "Beschwerde", intent_contact: "Kontaktdaten",
      intent_customs_duty: "Zoll und Abgaben", intent_exchange_item: "Artikel umtauschen", intent_fresh_allergen: "Allergene",
      intent_fresh_bad_smell: "Lebensmittel riecht schlecht", intent_fresh_compensation: "Entschädigung für Frischware",
      intent_fresh_crushed_produce: "Obst/Gemüse zerdrückt", intent_fresh_damaged_package: "Lebensmittelverpackung beschädigt",
      intent_fresh_dead_seafood: "Meeresfrüchte tot angekommen", intent_fresh_expired: "Lebensmittel abgelaufen",
      intent_fresh_foreign_object: "Fremdkörper im Lebensmittel", intent_fresh_late_delivery: "Frischware verspätet",
      intent_fresh_leaking: "Paket läuft aus", intent_fresh_left_outside: "Draußen abgestellt", intent_fresh_missing_item: "Artikel fehlt",
      intent_fresh_mold: "Schimmel", intent_fresh_not_fresh: "Nicht frisch", intent_fresh_quality_complaint: "Qualitätsmangel",
      intent_fresh_size_mismatch: "Größe nicht wie beschrieben", intent_fresh_spoiled: "Verdorben angekommen",
      intent_fresh_storage_question: "Frage zur Lagerung", intent_fresh_traceability: "Kühlketten-Protokoll",
      intent_fresh_underweight: "Untergewicht", intent_fresh_wrong_item: "Falscher Artikel",
      intent_fresh_wrong_temperature: "Warm oder aufgetaut angekommen", intent_goodbye: "Verabschiedung", intent_greeting: "Begrüßung",
      intent_human_agent: "Möchte einen Menschen", intent_invoice: "Rechnung", intent_out_of_scope: "Außerhalb des Angebots",
      intent_payment_methods: "Zahlungsarten", intent_payment_problem: "Zahlungsproblem", intent_place_order: "Bestellung aufgeben",
      intent_price_promotion: "Preis oder Aktion", intent_product_question: "Produktfrage",
      intent_recommendation: "Empfehlung", intent_refund_request: "Erstattung beantragen", intent_refund_status: "Stand der Erstattung",
      intent_return_policy: "Rücksendung", intent_shipping_cost: "Versandkosten", intent_shipping_time: "Lieferzeit",
      intent_skin_advice: "Hautberatung", intent_stock_availability: "Verfügbarkeit", intent_thanks: "Dank",
      intent_track_order: "Sendungsverfolgung", intent_warranty: "Garantie",

      reason_: "Sonstiges",
      reason_customer_asked: "Kunde wollte einen Menschen", reason_anger: "Verärgerter Kunde",
      reason_repeated_misunderstanding: "Bot hat nicht verstanden", reason_low_confidence: "Bot war unsicher",
      reason_no_handler: "Keine passende Antwort", reason_after_sales: "Problem nach dem Kauf", reason_skill_error: "Skill fehlgeschlagen",
      reason_sensitive_health: "Heikel: Gesundheit", reason_sensitive_legal: "Heikel: Recht", reason_sensitive_fraud: "Heikel: Betrug",
      reason_order_change: "Bestelländerung", reason_payment_problem: "Zahlungsproblem", reason_refund: "Erstattung",
      reason_account: "Problem mit dem Konto", reason_complaint: "Beschwerde",
      reason_agent_has_conversation: "Ein Agent betreut das Gespräch", reason_queued_for_agent: "Wartet auf einen Agenten",
      reason_slot_answer: "Antwort auf die Rückfrage des Bots", reason_intent: "Anliegen", reason_smalltalk: "Smalltalk",
      reason_article: "Wissensartikel", reason_evidence: "Beleg", reason_attachment: "Foto",

      emotion_neutral: "Neutral", emotion_anger: "Ärger", emotion_anxiety: "Sorge", emotion_satisfaction: "Zufriedenheit",
      emotion_sadness: "Traurigkeit",

      channel_web: "Web", channel_widget: "Chat-Widget", channel_api: "API", channel_cli: "Kommandozeile", channel_ws: "WebSocket",

      skill_catalog: "Katalog", skill_freshness: "Frischware", skill_aftersales: "Kundendienst", skill_order_tracking: "Sendungsverfolgung",
      skill_advisor: "Beauty-Beratung", skill_knowledge: "Wissensdatenbank", skill_customs: "Zoll",

      outcome_clarify: "Um Umformulierung gebeten", outcome_handoff: "Für Agenten eingereiht", outcome_handoff_busy: "Eingereiht, alle beschäftigt",
      outcome_no_handler: "Keine Antwort", outcome_article: "Per Artikel beantwortet", outcome_no_article: "Kein passender Artikel",
      outcome_error: "Skill fehlgeschlagen", outcome_order_not_found: "Bestellung nicht gefunden",

      action_skill: "Skill", action_clarify: "Um Umformulierung gebeten", action_handoff: "Übergeben", action_smalltalk: "Smalltalk",
      action_silent: "Keine Antwort",
      skin_oily: "fettig", skin_dry: "trocken", skin_combination: "Mischhaut", skin_normal: "normal", skin_sensitive: "empfindlich", skin_combination_oily: "Mischhaut, eher fettig"
    },
    ar: {
      intent_: "غير مفهوم",
      intent_account_problem: "مشكلة في الحساب", intent_acknowledge: "تأكيد", intent_cancel_order: "إلغاء طلب",
      intent_certification: "الشهادات", intent_change_address: "تغيير العنوان", intent_change_order: "تعديل طلب",
      intent_chitchat: "دردشة عامة", intent_complaint: "شكوى", intent_contact: "بيانات التواصل",
      intent_customs_duty: "الجمارك والرسوم", intent_exchange_item: "استبدال منتج", intent_fresh_allergen: "مسببات الحساسية",
      intent_fresh_bad_smell: "رائحة الطعام سيئة", intent_fresh_compensation: "تعويض عن منتجات طازجة",
      intent_fresh_crushed_produce: "خضار أو فواكه مهروسة", intent_fresh_damaged_package: "عبوة الطعام تالفة",
      intent_fresh_dead_seafood: "المأكولات البحرية وصلت نافقة", intent_fresh_expired: "الطعام منتهي الصلاحية",
      intent_fresh_foreign_object: "جسم غريب في الطعام", intent_fresh_late_delivery: "تأخر توصيل المنتجات الطازجة",
      intent_fresh_leaking: "تسرّب من العبوة", intent_fresh_left_outside: "تُرك الطرد في الخارج", intent_fresh_missing_item: "منتج ناقص",
      intent_fresh_mold: "عفن", intent_fresh_not_fresh: "الطعام غير طازج", intent_fresh_quality_complaint: "شكوى من الجودة",
      intent_fresh_size_mismatch: "الحجم لا يطابق الوصف", intent_fresh_spoiled: "وصل الطعام فاسدًا",
      intent_fresh_storage_question: "سؤال عن التخزين", intent_fresh_traceability: "سجل سلسلة التبريد",
      intent_fresh_underweight: "وزن ناقص", intent_fresh_wrong_item: "منتج خاطئ",
      intent_fresh_wrong_temperature: "وصل الطعام دافئًا أو ذائبًا", intent_goodbye: "وداع", intent_greeting: "تحية",
      intent_human_agent: "يطلب موظفًا", intent_invoice: "فاتورة", intent_out_of_scope: "خارج النطاق",
      intent_payment_methods: "طرق الدفع", intent_payment_problem: "مشكلة في الدفع", intent_place_order: "تقديم طلب",
      intent_price_promotion: "السعر أو العروض", intent_product_question: "سؤال عن منتج",
      intent_recommendation: "توصية", intent_refund_request: "طلب استرداد", intent_refund_status: "حالة الاسترداد",
      intent_return_policy: "الإرجاع", intent_shipping_cost: "تكلفة الشحن", intent_shipping_time: "مدة التوصيل",
      intent_skin_advice: "نصيحة للبشرة", intent_stock_availability: "توفر المخزون", intent_thanks: "شكر",
      intent_track_order: "تتبع طلب", intent_warranty: "الضمان",

      reason_: "أخرى",
      reason_customer_asked: "طلب العميل موظفًا", reason_anger: "عميل غاضب",
      reason_repeated_misunderstanding: "لم يفهم الروبوت", reason_low_confidence: "الروبوت غير متأكد",
      reason_no_handler: "لا شيء يمكنه الإجابة", reason_after_sales: "مشكلة ما بعد البيع", reason_skill_error: "فشلت المهارة",
      reason_sensitive_health: "حساس: الصحة", reason_sensitive_legal: "حساس: قانوني", reason_sensitive_fraud: "حساس: احتيال",
      reason_order_change: "تعديل طلب", reason_payment_problem: "مشكلة في الدفع", reason_refund: "استرداد",
      reason_account: "مشكلة في الحساب", reason_complaint: "شكوى",
      reason_agent_has_conversation: "موظف يتولى المحادثة", reason_queued_for_agent: "بانتظار موظف",
      reason_slot_answer: "إجابة عن سؤال الروبوت", reason_intent: "النية", reason_smalltalk: "دردشة عامة",
      reason_article: "مقالة معرفية", reason_evidence: "دليل", reason_attachment: "صورة",

      emotion_neutral: "محايد", emotion_anger: "غضب", emotion_anxiety: "قلق", emotion_satisfaction: "رضا",
      emotion_sadness: "حزن",

      channel_web: "الويب", channel_widget: "أداة الدردشة", channel_api: "API", channel_cli: "سطر الأوامر", channel_ws: "WebSocket",

      skill_catalog: "الكتالوج", skill_freshness: "الأغذية الطازجة", skill_aftersales: "ما بعد البيع", skill_order_tracking: "تتبع الطلبات",
      skill_advisor: "مستشار التجميل", skill_knowledge: "قاعدة المعرفة", skill_customs: "الجمارك",

      outcome_clarify: "طُلبت إعادة الصياغة", outcome_handoff: "في انتظار موظف", outcome_handoff_busy: "في الانتظار، والجميع مشغولون",
      outcome_no_handler: "لا إجابة", outcome_article: "أجابت عنه مقالة", outcome_no_article: "لا توجد مقالة مطابقة",
      outcome_error: "فشلت المهارة", outcome_order_not_found: "الطلب غير موجود",

      action_skill: "مهارة", action_clarify: "طُلبت إعادة الصياغة", action_handoff: "حُوّلت إلى موظف", action_smalltalk: "دردشة عامة",
      action_silent: "بقي صامتًا",
      skin_oily: "دهنية", skin_dry: "جافة", skin_combination: "مختلطة", skin_normal: "عادية", skin_sensitive: "حساسة", skin_combination_oily: "مختلطة تميل إلى الدهنية"
    },
    "zh-Hant": {
      intent_: "未識別",
      intent_account_problem: "帳戶問題", intent_acknowledge: "表示確認", intent_cancel_order: "取消訂單",
      intent_certification: "認證資格", intent_change_address: "修改地址", intent_change_order: "修改訂單",
      intent_chitchat: "閒聊", intent_complaint: "客訴", intent_contact: "聯絡方式",
      intent_customs_duty: "關稅與清關", intent_exchange_item: "換貨", intent_fresh_allergen: "過敏原",
      intent_fresh_bad_smell: "食品有異味", intent_fresh_compensation: "生鮮賠償",
      intent_fresh_crushed_produce: "果蔬壓壞", intent_fresh_damaged_package: "食品包裝破損",
      intent_fresh_dead_seafood: "海鮮到貨已死", intent_fresh_expired: "食品過期",
      intent_fresh_foreign_object: "食品有異物", intent_fresh_late_delivery: "生鮮配送延遲",
      intent_fresh_leaking: "包裝滲漏", intent_fresh_left_outside: "包裹被放在門外", intent_fresh_missing_item: "缺件",
      intent_fresh_mold: "發霉", intent_fresh_not_fresh: "食品不新鮮", intent_fresh_quality_complaint: "品質客訴",
      intent_fresh_size_mismatch: "規格與描述不符", intent_fresh_spoiled: "食品到貨變質",
      intent_fresh_storage_question: "儲存方法諮詢", intent_fresh_traceability: "冷鏈溯源",
      intent_fresh_underweight: "重量不足", intent_fresh_wrong_item: "寄錯商品",
      intent_fresh_wrong_temperature: "到貨溫度不對（變溫或解凍）", intent_goodbye: "道別", intent_greeting: "問候",
      intent_human_agent: "要求轉真人客服", intent_invoice: "發票", intent_out_of_scope: "超出服務範圍",
      intent_payment_methods: "付款方式", intent_payment_problem: "付款問題", intent_place_order: "下單",
      intent_price_promotion: "價格與優惠", intent_product_question: "商品諮詢",
      intent_recommendation: "商品推薦", intent_refund_request: "申請退款", intent_refund_status: "退款進度",
      intent_return_policy: "退貨政策", intent_shipping_cost: "運費", intent_shipping_time: "配送時效",
      intent_skin_advice: "護膚建議", intent_stock_availability: "庫存查詢", intent_thanks: "致謝",
      intent_track_order: "查詢物流", intent_warranty: "保固",

      reason_: "其他",
      reason_customer_asked: "客戶要求轉真人客服", reason_anger: "客戶情緒激動",
      reason_repeated_misunderstanding: "機器人多次未理解", reason_low_confidence: "機器人沒有把握",
      reason_no_handler: "無法自動回答", reason_after_sales: "售後問題", reason_skill_error: "技能出錯",
      reason_sensitive_health: "敏感：健康與安全", reason_sensitive_legal: "敏感：法律", reason_sensitive_fraud: "敏感：欺詐",
      reason_order_change: "訂單變更", reason_payment_problem: "付款問題", reason_refund: "退款",
      reason_account: "帳戶問題", reason_complaint: "客訴",
      reason_agent_has_conversation: "真人客服接待中", reason_queued_for_agent: "等待真人客服",
      reason_slot_answer: "回答機器人的追問", reason_intent: "意圖", reason_smalltalk: "寒暄",
      reason_article: "知識庫文章", reason_evidence: "憑證", reason_attachment: "圖片",

      emotion_neutral: "平靜", emotion_anger: "憤怒", emotion_anxiety: "焦慮", emotion_satisfaction: "滿意",
      emotion_sadness: "難過",

      channel_web: "網頁", channel_widget: "聊天視窗", channel_api: "API 介面", channel_cli: "命令列", channel_ws: "WebSocket 連線",

      skill_catalog: "商品目錄", skill_freshness: "生鮮", skill_aftersales: "售後", skill_order_tracking: "物流查詢",
      skill_advisor: "美妝顧問", skill_knowledge: "知識庫", skill_customs: "海關",

      outcome_clarify: "請客戶換個說法", outcome_handoff: "已轉真人客服排隊", outcome_handoff_busy: "已排隊，客服都在忙",
      outcome_no_handler: "無法回答", outcome_article: "由文章回答", outcome_no_article: "沒有匹配的文章",
      outcome_error: "技能出錯", outcome_order_not_found: "找不到訂單",

      action_skill: "技能", action_clarify: "請客戶換個說法", action_handoff: "轉真人客服", action_smalltalk: "寒暄",
      action_silent: "保持靜默",
      skin_oily: "油性", skin_dry: "乾性", skin_combination: "混合性", skin_normal: "中性", skin_sensitive: "敏感", skin_combination_oily: "混合偏油"
    },
    ru: {
      intent_: "Не распознано",
      intent_account_problem: "Проблема с аккаунтом", intent_acknowledge: "Подтверждение", intent_cancel_order: "Отмена заказа",
      intent_certification: "Сертификаты", intent_change_address: "Смена адреса", intent_change_order: "Изменение заказа",
      intent_chitchat: "Разговор на отвлечённые темы", intent_complaint: "Жалоба", intent_contact: "Контакты",
      intent_customs_duty: "Таможня и пошлины", intent_exchange_item: "Обмен товара", intent_fresh_allergen: "Аллергены",
      intent_fresh_bad_smell: "Продукт плохо пахнет", intent_fresh_compensation: "Компенсация за свежие продукты",
      intent_fresh_crushed_produce: "Помятые фрукты или овощи", intent_fresh_damaged_package: "Упаковка продуктов повреждена",
      intent_fresh_dead_seafood: "Морепродукты прибыли неживыми", intent_fresh_expired: "Продукт просрочен",
      intent_fresh_foreign_object: "Посторонний предмет в продукте", intent_fresh_late_delivery: "Свежие продукты опоздали",
      intent_fresh_leaking: "Посылка протекает", intent_fresh_left_outside: "Оставили у двери", intent_fresh_missing_item: "Не хватает товара",
      intent_fresh_mold: "Плесень", intent_fresh_not_fresh: "Продукт несвежий", intent_fresh_quality_complaint: "Жалоба на качество",
      intent_fresh_size_mismatch: "Размер не как в описании", intent_fresh_spoiled: "Продукт прибыл испорченным",
      intent_fresh_storage_question: "Вопрос о хранении", intent_fresh_traceability: "Журнал холодовой цепи",
      intent_fresh_underweight: "Недовес", intent_fresh_wrong_item: "Не тот товар",
      intent_fresh_wrong_temperature: "Прибыло тёплым или размороженным", intent_goodbye: "Прощание", intent_greeting: "Приветствие",
      intent_human_agent: "Просит оператора", intent_invoice: "Счёт", intent_out_of_scope: "Вне тематики",
      intent_payment_methods: "Способы оплаты", intent_payment_problem: "Проблема с оплатой", intent_place_order: "Оформление заказа",
      intent_price_promotion: "Цена или акция", intent_product_question: "Вопрос о товаре",
      intent_recommendation: "Рекомендация", intent_refund_request: "Запрос возврата средств", intent_refund_status: "Статус возврата средств",
      intent_return_policy: "Возврат товара", intent_shipping_cost: "Стоимость доставки", intent_shipping_time: "Сроки доставки",
      intent_skin_advice: "Консультация по уходу за кожей", intent_stock_availability: "Наличие товара", intent_thanks: "Благодарность",
      intent_track_order: "Отслеживание заказа", intent_warranty: "Гарантия",

      reason_: "Другое",
      reason_customer_asked: "Клиент попросил оператора", reason_anger: "Клиент раздражён",
      reason_repeated_misunderstanding: "Бот не понял", reason_low_confidence: "Бот не уверен",
      reason_no_handler: "Нет подходящего ответа", reason_after_sales: "Послепродажная проблема", reason_skill_error: "Сбой навыка",
      reason_sensitive_health: "Деликатная тема: здоровье", reason_sensitive_legal: "Деликатная тема: право", reason_sensitive_fraud: "Деликатная тема: мошенничество",
      reason_order_change: "Изменение заказа", reason_payment_problem: "Проблема с оплатой", reason_refund: "Возврат средств",
      reason_account: "Проблема с аккаунтом", reason_complaint: "Жалоба",
      reason_agent_has_conversation: "Диалог ведёт оператор", reason_queued_for_agent: "Ждёт оператора",
      reason_slot_answer: "Ответ на вопрос бота", reason_intent: "Тема обращения", reason_smalltalk: "Разговор на отвлечённые темы",
      reason_article: "Статья базы знаний", reason_evidence: "Подтверждение", reason_attachment: "Фото",

      emotion_neutral: "Нейтрально", emotion_anger: "Гнев", emotion_anxiety: "Тревога", emotion_satisfaction: "Удовлетворение",
      emotion_sadness: "Грусть",

      channel_web: "Сайт", channel_widget: "Виджет", channel_api: "API", channel_cli: "Командная строка", channel_ws: "WebSocket",

      skill_catalog: "Каталог", skill_freshness: "Свежие продукты", skill_aftersales: "Послепродажное обслуживание", skill_order_tracking: "Отслеживание заказов",
      skill_advisor: "Бьюти-консультант", skill_knowledge: "База знаний", skill_customs: "Таможня",

      outcome_clarify: "Попросил переформулировать", outcome_handoff: "В очереди к оператору", outcome_handoff_busy: "В очереди, все заняты",
      outcome_no_handler: "Нет ответа", outcome_article: "Ответ по статье", outcome_no_article: "Подходящей статьи нет",
      outcome_error: "Сбой навыка", outcome_order_not_found: "Заказ не найден",

      action_skill: "Навык", action_clarify: "Попросил переформулировать", action_handoff: "Передано оператору", action_smalltalk: "Разговор на отвлечённые темы",
      action_silent: "Без ответа",
      skin_oily: "жирная", skin_dry: "сухая", skin_combination: "комбинированная", skin_normal: "нормальная", skin_sensitive: "чувствительная", skin_combination_oily: "комбинированная, склонная к жирности"
    },
    tr: {
      intent_: "Anlaşılmadı",
      intent_account_problem: "Hesap sorunu", intent_acknowledge: "Onaylama", intent_cancel_order: "Sipariş iptali",
      intent_certification: "Sertifika", intent_change_address: "Adres değişikliği", intent_change_order: "Sipariş değişikliği",
      intent_chitchat: "Sohbet", intent_complaint: "Şikâyet", intent_contact: "İletişim bilgileri",
      intent_customs_duty: "Gümrük ve vergiler", intent_exchange_item: "Ürün değişimi", intent_fresh_allergen: "Alerjenler",
      intent_fresh_bad_smell: "Yiyecek kötü kokuyor", intent_fresh_compensation: "Taze ürün için telafi",
      intent_fresh_crushed_produce: "Ezilmiş meyve/sebze", intent_fresh_damaged_package: "Gıda ambalajı hasarlı",
      intent_fresh_dead_seafood: "Deniz ürünü ölü geldi", intent_fresh_expired: "Son kullanma tarihi geçmiş",
      intent_fresh_foreign_object: "Yiyecekte yabancı madde", intent_fresh_late_delivery: "Taze ürün geç geldi",
      intent_fresh_leaking: "Paket sızdırıyor", intent_fresh_left_outside: "Dışarıda bırakıldı", intent_fresh_missing_item: "Eksik ürün",
      intent_fresh_mold: "Küf", intent_fresh_not_fresh: "Ürün taze değil", intent_fresh_quality_complaint: "Kalite şikâyeti",
      intent_fresh_size_mismatch: "Boyut açıklamadaki gibi değil", intent_fresh_spoiled: "Bozuk geldi",
      intent_fresh_storage_question: "Saklama sorusu", intent_fresh_traceability: "Soğuk zincir kaydı",
      intent_fresh_underweight: "Eksik gramaj", intent_fresh_wrong_item: "Yanlış ürün",
      intent_fresh_wrong_temperature: "Ilık veya çözülmüş geldi", intent_goodbye: "Vedalaşma", intent_greeting: "Selamlaşma",
      intent_human_agent: "Temsilci istiyor", intent_invoice: "Fatura", intent_out_of_scope: "Kapsam dışı",
      intent_payment_methods: "Ödeme yöntemleri", intent_payment_problem: "Ödeme sorunu", intent_place_order: "Sipariş verme",
      intent_price_promotion: "Fiyat veya kampanya", intent_product_question: "Ürün sorusu",
      intent_recommendation: "Öneri", intent_refund_request: "Para iadesi talebi", intent_refund_status: "Para iadesi durumu",
      intent_return_policy: "İadeler", intent_shipping_cost: "Kargo ücreti", intent_shipping_time: "Teslimat süresi",
      intent_skin_advice: "Cilt bakımı tavsiyesi", intent_stock_availability: "Stok durumu", intent_thanks: "Teşekkür",
      intent_track_order: "Sipariş takibi", intent_warranty: "Garanti",

      reason_: "Diğer",
      reason_customer_asked: "Müşteri temsilci istedi", reason_anger: "Kızgın müşteri",
      reason_repeated_misunderstanding: "Bot anlamadı", reason_low_confidence: "Bot emin değildi",
      reason_no_handler: "Yanıt verilemedi", reason_after_sales: "Satış sonrası sorun", reason_skill_error: "Beceri hata verdi",
      reason_sensitive_health: "Hassas konu: sağlık", reason_sensitive_legal: "Hassas konu: hukuk", reason_sensitive_fraud: "Hassas konu: dolandırıcılık",
      reason_order_change: "Sipariş değişikliği", reason_payment_problem: "Ödeme sorunu", reason_refund: "Para iadesi",
      reason_account: "Hesap sorunu", reason_complaint: "Şikâyet",
      reason_agent_has_conversation: "Görüşme bir temsilcide", reason_queued_for_agent: "Temsilci bekliyor",
      reason_slot_answer: "Botun sorusuna yanıt", reason_intent: "Konu", reason_smalltalk: "Sohbet",
      reason_article: "Bilgi makalesi", reason_evidence: "Kanıt", reason_attachment: "Fotoğraf",

      emotion_neutral: "Nötr", emotion_anger: "Öfke", emotion_anxiety: "Endişe", emotion_satisfaction: "Memnuniyet",
      emotion_sadness: "Üzüntü",

      channel_web: "Web", channel_widget: "Widget", channel_api: "API", channel_cli: "Komut satırı", channel_ws: "WebSocket",

      skill_catalog: "Katalog", skill_freshness: "Taze gıda", skill_aftersales: "Satış sonrası", skill_order_tracking: "Sipariş takibi",
      skill_advisor: "Güzellik danışmanı", skill_knowledge: "Bilgi bankası", skill_customs: "Gümrük",

      outcome_clarify: "Yeniden ifade etmesi istendi", outcome_handoff: "Temsilci kuyruğuna alındı", outcome_handoff_busy: "Kuyruğa alındı, herkes meşgul",
      outcome_no_handler: "Yanıt yok", outcome_article: "Makaleyle yanıtlandı", outcome_no_article: "Uygun makale yok",
      outcome_error: "Beceri hata verdi", outcome_order_not_found: "Sipariş bulunamadı",

      action_skill: "Beceri", action_clarify: "Yeniden ifade etmesi istendi", action_handoff: "Temsilciye devredildi", action_smalltalk: "Sohbet",
      action_silent: "Yanıt vermedi",
      skin_oily: "yağlı", skin_dry: "kuru", skin_combination: "karma", skin_normal: "normal", skin_sensitive: "hassas", skin_combination_oily: "karma-yağlı"
    },
    fil: {
      intent_: "Hindi naintindihan",
      intent_account_problem: "Problema sa account", intent_acknowledge: "Pagsang-ayon", intent_cancel_order: "Pagkansela ng order",
      intent_certification: "Sertipikasyon", intent_change_address: "Pagpalit ng address", intent_change_order: "Pagbabago ng order",
      intent_chitchat: "Kuwentuhan", intent_complaint: "Reklamo", intent_contact: "Contact details",
      intent_customs_duty: "Customs at buwis", intent_exchange_item: "Pagpalit ng item", intent_fresh_allergen: "Mga allergen",
      intent_fresh_bad_smell: "Mabaho ang pagkain", intent_fresh_compensation: "Kompensasyon para sa sariwang pagkain",
      intent_fresh_crushed_produce: "Napisang prutas o gulay", intent_fresh_damaged_package: "Sira ang pakete ng pagkain",
      intent_fresh_dead_seafood: "Patay na dumating ang seafood", intent_fresh_expired: "Expired ang pagkain",
      intent_fresh_foreign_object: "May ibang bagay sa pagkain", intent_fresh_late_delivery: "Late ang sariwang delivery",
      intent_fresh_leaking: "Tumatagas ang package", intent_fresh_left_outside: "Iniwan sa labas", intent_fresh_missing_item: "Kulang ang item",
      intent_fresh_mold: "Amag", intent_fresh_not_fresh: "Hindi sariwa ang pagkain", intent_fresh_quality_complaint: "Reklamo sa kalidad",
      intent_fresh_size_mismatch: "Iba ang laki sa nakasulat", intent_fresh_spoiled: "Sira na nang dumating",
      intent_fresh_storage_question: "Tanong sa pag-iimbak", intent_fresh_traceability: "Record ng cold chain",
      intent_fresh_underweight: "Kulang sa timbang", intent_fresh_wrong_item: "Maling item",
      intent_fresh_wrong_temperature: "Dumating na mainit o tunaw na", intent_goodbye: "Paalam", intent_greeting: "Pagbati",
      intent_human_agent: "Gustong makausap ang tao", intent_invoice: "Invoice", intent_out_of_scope: "Labas sa saklaw",
      intent_payment_methods: "Paraan ng pagbabayad", intent_payment_problem: "Problema sa pagbabayad", intent_place_order: "Pag-order",
      intent_price_promotion: "Presyo o promo", intent_product_question: "Tanong tungkol sa produkto",
      intent_recommendation: "Rekomendasyon", intent_refund_request: "Hiling na refund", intent_refund_status: "Status ng refund",
      intent_return_policy: "Pagbabalik ng item", intent_shipping_cost: "Bayad sa shipping", intent_shipping_time: "Tagal ng delivery",
      intent_skin_advice: "Payo sa balat", intent_stock_availability: "Stock ng produkto", intent_thanks: "Pasasalamat",
      intent_track_order: "Pag-track ng order", intent_warranty: "Warranty",

      reason_: "Iba pa",
      reason_customer_asked: "Humiling ang customer na makausap ang tao", reason_anger: "Galit na customer",
      reason_repeated_misunderstanding: "Hindi naintindihan ng bot", reason_low_confidence: "Hindi sigurado ang bot",
      reason_no_handler: "Walang makasagot", reason_after_sales: "Problema pagkatapos bumili", reason_skill_error: "Pumalya ang skill",
      reason_sensitive_health: "Sensitibo: kalusugan", reason_sensitive_legal: "Sensitibo: legal", reason_sensitive_fraud: "Sensitibo: panloloko",
      reason_order_change: "Pagbabago ng order", reason_payment_problem: "Problema sa pagbabayad", reason_refund: "Refund",
      reason_account: "Problema sa account", reason_complaint: "Reklamo",
      reason_agent_has_conversation: "May taong humahawak ng chat", reason_queued_for_agent: "Naghihintay ng tao",
      reason_slot_answer: "Sagot sa tanong ng bot", reason_intent: "Pakay", reason_smalltalk: "Kuwentuhan",
      reason_article: "Artikulo sa knowledge base", reason_evidence: "Ebidensya", reason_attachment: "Larawan",

      emotion_neutral: "Neutral", emotion_anger: "Galit", emotion_anxiety: "Pag-aalala", emotion_satisfaction: "Kasiyahan",
      emotion_sadness: "Lungkot",

      channel_web: "Web", channel_widget: "Widget", channel_api: "API", channel_cli: "Command line", channel_ws: "WebSocket",

      skill_catalog: "Katalogo", skill_freshness: "Sariwang pagkain", skill_aftersales: "After-sales", skill_order_tracking: "Pag-track ng order",
      skill_advisor: "Beauty advisor", skill_knowledge: "Knowledge base", skill_customs: "Customs",

      outcome_clarify: "Pinaulit ang tanong", outcome_handoff: "Nakapila para sa tao", outcome_handoff_busy: "Nakapila, abala ang lahat",
      outcome_no_handler: "Walang sagot", outcome_article: "Sinagot gamit ang artikulo", outcome_no_article: "Walang tugmang artikulo",
      outcome_error: "Pumalya ang skill", outcome_order_not_found: "Hindi nahanap ang order",

      action_skill: "Skill", action_clarify: "Pinaulit ang tanong", action_handoff: "Ipinasa sa tao", action_smalltalk: "Kuwentuhan",
      action_silent: "Hindi sumagot",
      skin_oily: "oily", skin_dry: "dry", skin_combination: "combination", skin_normal: "normal", skin_sensitive: "sensitive", skin_combination_oily: "combination hanggang oily"
    },
    it: {
      intent_: "Non compreso",
      intent_account_problem: "Problema con l'account", intent_acknowledge: "Conferma", intent_cancel_order: "Annullare un ordine",
      intent_certification: "Certificazione", intent_change_address: "Cambiare l'indirizzo", intent_change_order: "Modificare un ordine",
      intent_chitchat: "Conversazione informale", intent_complaint: "Reclamo", intent_contact: "Recapiti",
      intent_customs_duty: "Dogana e dazi", intent_exchange_item: "Cambiare un articolo", intent_fresh_allergen: "Allergeni",
      intent_fresh_bad_smell: "Alimento maleodorante", intent_fresh_compensation: "Indennizzo per prodotti freschi",
      intent_fresh_crushed_produce: "Frutta o verdura schiacciata", intent_fresh_damaged_package: "Confezione alimentare danneggiata",
      intent_fresh_dead_seafood: "Frutti di mare arrivati morti", intent_fresh_expired: "Alimento scaduto",
      intent_fresh_foreign_object: "Corpo estraneo nell'alimento", intent_fresh_late_delivery: "Consegna di freschi in ritardo",
      intent_fresh_leaking: "Pacco che perde", intent_fresh_left_outside: "Lasciato all'esterno", intent_fresh_missing_item: "Articolo mancante",
      intent_fresh_mold: "Muffa", intent_fresh_not_fresh: "Alimento non fresco", intent_fresh_quality_complaint: "Reclamo sulla qualità",
      intent_fresh_size_mismatch: "Misura non come descritta", intent_fresh_spoiled: "Alimento arrivato avariato",
      intent_fresh_storage_question: "Domanda sulla conservazione", intent_fresh_traceability: "Registro della catena del freddo",
      intent_fresh_underweight: "Peso inferiore", intent_fresh_wrong_item: "Articolo sbagliato",
      intent_fresh_wrong_temperature: "Arrivato caldo o scongelato", intent_goodbye: "Saluto finale", intent_greeting: "Saluto",
      intent_human_agent: "Chiede una persona", intent_invoice: "Fattura", intent_out_of_scope: "Fuori ambito",
      intent_payment_methods: "Metodi di pagamento", intent_payment_problem: "Problema di pagamento", intent_place_order: "Fare un ordine",
      intent_price_promotion: "Prezzo o promozione", intent_product_question: "Domanda sul prodotto",
      intent_recommendation: "Consiglio", intent_refund_request: "Richiesta di rimborso", intent_refund_status: "Stato del rimborso",
      intent_return_policy: "Resi", intent_shipping_cost: "Costi di spedizione", intent_shipping_time: "Tempi di consegna",
      intent_skin_advice: "Consulenza per la pelle", intent_stock_availability: "Disponibilità", intent_thanks: "Ringraziamento",
      intent_track_order: "Tracciare un ordine", intent_warranty: "Garanzia",

      reason_: "Altro",
      reason_customer_asked: "Il cliente ha chiesto una persona", reason_anger: "Cliente arrabbiato",
      reason_repeated_misunderstanding: "Il bot non ha capito", reason_low_confidence: "Il bot non era sicuro",
      reason_no_handler: "Nessuna risposta possibile", reason_after_sales: "Problema post-vendita", reason_skill_error: "Skill non riuscita",
      reason_sensitive_health: "Delicato: salute", reason_sensitive_legal: "Delicato: legale", reason_sensitive_fraud: "Delicato: frode",
      reason_order_change: "Modifica dell'ordine", reason_payment_problem: "Problema di pagamento", reason_refund: "Rimborso",
      reason_account: "Problema con l'account", reason_complaint: "Reclamo",
      reason_agent_has_conversation: "Un operatore segue la chat", reason_queued_for_agent: "In attesa di un operatore",
      reason_slot_answer: "Risposta alla domanda del bot", reason_intent: "Intento", reason_smalltalk: "Conversazione informale",
      reason_article: "Articolo della base di conoscenza", reason_evidence: "Prova", reason_attachment: "Foto",

      emotion_neutral: "Neutrale", emotion_anger: "Rabbia", emotion_anxiety: "Ansia", emotion_satisfaction: "Soddisfazione",
      emotion_sadness: "Tristezza",

      channel_web: "Web", channel_widget: "Widget", channel_api: "API", channel_cli: "Riga di comando", channel_ws: "WebSocket",

      skill_catalog: "Catalogo", skill_freshness: "Prodotti freschi", skill_aftersales: "Post-vendita", skill_order_tracking: "Tracciamento ordini",
      skill_advisor: "Consulente beauty", skill_knowledge: "Base di conoscenza", skill_customs: "Dogana",

      outcome_clarify: "Chiesto di riformulare", outcome_handoff: "In coda per un operatore", outcome_handoff_busy: "In coda, tutti occupati",
      outcome_no_handler: "Nessuna risposta", outcome_article: "Risposto con un articolo", outcome_no_article: "Nessun articolo corrispondente",
      outcome_error: "Skill non riuscita", outcome_order_not_found: "Ordine non trovato",

      action_skill: "Skill", action_clarify: "Chiesto di riformulare", action_handoff: "Passato a un operatore", action_smalltalk: "Conversazione informale",
      action_silent: "Nessuna risposta",
      skin_oily: "grassa", skin_dry: "secca", skin_combination: "mista", skin_normal: "normale", skin_sensitive: "sensibile", skin_combination_oily: "da mista a grassa"
    },
    nl: {
      intent_: "Niet begrepen",
      intent_account_problem: "Probleem met account", intent_acknowledge: "Bevestigt", intent_cancel_order: "Bestelling annuleren",
      intent_certification: "Certificering", intent_change_address: "Adres wijzigen", intent_change_order: "Bestelling wijzigen",
      intent_chitchat: "Smalltalk", intent_complaint: "Klacht", intent_contact: "Contactgegevens",
      intent_customs_duty: "Douane en invoerrechten", intent_exchange_item: "Artikel ruilen", intent_fresh_allergen: "Allergenen",
      intent_fresh_bad_smell: "Product ruikt slecht", intent_fresh_compensation: "Compensatie voor versproducten",
      intent_fresh_crushed_produce: "Groente of fruit geplet", intent_fresh_damaged_package: "Voedselverpakking beschadigd",
      intent_fresh_dead_seafood: "Zeevruchten dood aangekomen", intent_fresh_expired: "Product over de datum",
      intent_fresh_foreign_object: "Vreemd voorwerp in product", intent_fresh_late_delivery: "Versbezorging te laat",
      intent_fresh_leaking: "Pakket lekt", intent_fresh_left_outside: "Buiten achtergelaten", intent_fresh_missing_item: "Artikel ontbreekt",
      intent_fresh_mold: "Schimmel", intent_fresh_not_fresh: "Niet vers", intent_fresh_quality_complaint: "Klacht over kwaliteit",
      intent_fresh_size_mismatch: "Maat niet zoals beschreven", intent_fresh_spoiled: "Bedorven aangekomen",
      intent_fresh_storage_question: "Vraag over bewaren", intent_fresh_traceability: "Koelketenregistratie",
      intent_fresh_underweight: "Te licht", intent_fresh_wrong_item: "Verkeerd artikel",
      intent_fresh_wrong_temperature: "Warm of ontdooid aangekomen", intent_goodbye: "Afscheid", intent_greeting: "Begroeting",
      intent_human_agent: "Wil een mens spreken", intent_invoice: "Factuur", intent_out_of_scope: "Buiten het aanbod",
      intent_payment_methods: "Betaalmethoden", intent_payment_problem: "Betaalprobleem", intent_place_order: "Bestelling plaatsen",
      intent_price_promotion: "Prijs of actie", intent_product_question: "Productvraag",
      intent_recommendation: "Aanbeveling", intent_refund_request: "Terugbetaling aanvragen", intent_refund_status: "Status van terugbetaling",
      intent_return_policy: "Retourneren", intent_shipping_cost: "Verzendkosten", intent_shipping_time: "Levertijd",
      intent_skin_advice: "Huidadvies", intent_stock_availability: "Voorraad", intent_thanks: "Bedankt",
      intent_track_order: "Bestelling volgen", intent_warranty: "Garantie",

      reason_: "Overig",
      reason_customer_asked: "Klant vroeg om een mens", reason_anger: "Boze klant",
      reason_repeated_misunderstanding: "Bot begreep het niet", reason_low_confidence: "Bot twijfelde",
      reason_no_handler: "Niets kon antwoorden", reason_after_sales: "Probleem na aankoop", reason_skill_error: "Skill mislukt",
      reason_sensitive_health: "Gevoelig: gezondheid", reason_sensitive_legal: "Gevoelig: juridisch", reason_sensitive_fraud: "Gevoelig: fraude",
      reason_order_change: "Wijziging bestelling", reason_payment_problem: "Betaalprobleem", reason_refund: "Terugbetaling",
      reason_account: "Probleem met account", reason_complaint: "Klacht",
      reason_agent_has_conversation: "Een medewerker heeft het gesprek", reason_queued_for_agent: "Wacht op een medewerker",
      reason_slot_answer: "Antwoord op vraag van de bot", reason_intent: "Intentie", reason_smalltalk: "Smalltalk",
      reason_article: "Kennisbankartikel", reason_evidence: "Bewijs", reason_attachment: "Foto",

      emotion_neutral: "Neutraal", emotion_anger: "Boosheid", emotion_anxiety: "Bezorgdheid", emotion_satisfaction: "Tevredenheid",
      emotion_sadness: "Verdriet",

      channel_web: "Web", channel_widget: "Chatwidget", channel_api: "API", channel_cli: "Opdrachtregel", channel_ws: "WebSocket",

      skill_catalog: "Catalogus", skill_freshness: "Versproducten", skill_aftersales: "Klantenservice na aankoop", skill_order_tracking: "Bestelling volgen",
      skill_advisor: "Beautyadvies", skill_knowledge: "Kennisbank", skill_customs: "Douane",

      outcome_clarify: "Gevraagd anders te formuleren", outcome_handoff: "In wachtrij voor medewerker", outcome_handoff_busy: "In wachtrij, iedereen bezet",
      outcome_no_handler: "Geen antwoord", outcome_article: "Beantwoord met artikel", outcome_no_article: "Geen passend artikel",
      outcome_error: "Skill mislukt", outcome_order_not_found: "Bestelling niet gevonden",

      action_skill: "Skill", action_clarify: "Gevraagd anders te formuleren", action_handoff: "Overgedragen", action_smalltalk: "Smalltalk",
      action_silent: "Geen antwoord",
      skin_oily: "vet", skin_dry: "droog", skin_combination: "gemengd", skin_normal: "normaal", skin_sensitive: "gevoelig", skin_combination_oily: "gemengd tot vet"
    },
    pl: {
      intent_: "Nie zrozumiano",
      intent_account_problem: "Problem z kontem", intent_acknowledge: "Potwierdza", intent_cancel_order: "Anulowanie zamówienia",
      intent_certification: "Certyfikaty", intent_change_address: "Zmiana adresu", intent_change_order: "Zmiana zamówienia",
      intent_chitchat: "Luźna rozmowa", intent_complaint: "Skarga", intent_contact: "Dane kontaktowe",
      intent_customs_duty: "Cło i opłaty celne", intent_exchange_item: "Wymiana produktu", intent_fresh_allergen: "Alergeny",
      intent_fresh_bad_smell: "Nieprzyjemny zapach żywności", intent_fresh_compensation: "Rekompensata za świeże produkty",
      intent_fresh_crushed_produce: "Zgniecione owoce lub warzywa", intent_fresh_damaged_package: "Uszkodzone opakowanie żywności",
      intent_fresh_dead_seafood: "Owoce morza dotarły martwe", intent_fresh_expired: "Przeterminowana żywność",
      intent_fresh_foreign_object: "Ciało obce w żywności", intent_fresh_late_delivery: "Opóźniona dostawa świeżych produktów",
      intent_fresh_leaking: "Przeciekająca paczka", intent_fresh_left_outside: "Zostawiona na zewnątrz", intent_fresh_missing_item: "Brak produktu",
      intent_fresh_mold: "Pleśń", intent_fresh_not_fresh: "Nieświeża żywność", intent_fresh_quality_complaint: "Reklamacja jakości",
      intent_fresh_size_mismatch: "Rozmiar niezgodny z opisem", intent_fresh_spoiled: "Żywność dotarła zepsuta",
      intent_fresh_storage_question: "Pytanie o przechowywanie", intent_fresh_traceability: "Zapis łańcucha chłodniczego",
      intent_fresh_underweight: "Niedowaga", intent_fresh_wrong_item: "Niewłaściwy produkt",
      intent_fresh_wrong_temperature: "Dotarło ciepłe lub rozmrożone", intent_goodbye: "Pożegnanie", intent_greeting: "Powitanie",
      intent_human_agent: "Prosi o człowieka", intent_invoice: "Faktura", intent_out_of_scope: "Poza zakresem",
      intent_payment_methods: "Metody płatności", intent_payment_problem: "Problem z płatnością", intent_place_order: "Złożenie zamówienia",
      intent_price_promotion: "Cena lub promocja", intent_product_question: "Pytanie o produkt",
      intent_recommendation: "Rekomendacja", intent_refund_request: "Wniosek o zwrot pieniędzy", intent_refund_status: "Status zwrotu pieniędzy",
      intent_return_policy: "Zwroty", intent_shipping_cost: "Koszt wysyłki", intent_shipping_time: "Czas dostawy",
      intent_skin_advice: "Porada dotycząca cery", intent_stock_availability: "Dostępność", intent_thanks: "Podziękowanie",
      intent_track_order: "Śledzenie zamówienia", intent_warranty: "Gwarancja",

      reason_: "Inne",
      reason_customer_asked: "Klient poprosił o człowieka", reason_anger: "Zdenerwowany klient",
      reason_repeated_misunderstanding: "Bot nie zrozumiał", reason_low_confidence: "Bot nie był pewien",
      reason_no_handler: "Brak możliwej odpowiedzi", reason_after_sales: "Problem posprzedażowy", reason_skill_error: "Błąd umiejętności",
      reason_sensitive_health: "Drażliwe: zdrowie", reason_sensitive_legal: "Drażliwe: kwestie prawne", reason_sensitive_fraud: "Drażliwe: oszustwo",
      reason_order_change: "Zmiana zamówienia", reason_payment_problem: "Problem z płatnością", reason_refund: "Zwrot pieniędzy",
      reason_account: "Problem z kontem", reason_complaint: "Skarga",
      reason_agent_has_conversation: "Rozmowę prowadzi konsultant", reason_queued_for_agent: "Czeka na konsultanta",
      reason_slot_answer: "Odpowiedź na pytanie bota", reason_intent: "Intencja", reason_smalltalk: "Luźna rozmowa",
      reason_article: "Artykuł z bazy wiedzy", reason_evidence: "Dowód", reason_attachment: "Zdjęcie",

      emotion_neutral: "Spokój", emotion_anger: "Złość", emotion_anxiety: "Niepokój", emotion_satisfaction: "Zadowolenie",
      emotion_sadness: "Smutek",

      channel_web: "Strona WWW", channel_widget: "Widżet", channel_api: "API", channel_cli: "Wiersz poleceń", channel_ws: "WebSocket",

      skill_catalog: "Katalog", skill_freshness: "Świeże produkty", skill_aftersales: "Obsługa posprzedażowa", skill_order_tracking: "Śledzenie zamówień",
      skill_advisor: "Doradca urody", skill_knowledge: "Baza wiedzy", skill_customs: "Cło",

      outcome_clarify: "Prośba o doprecyzowanie", outcome_handoff: "W kolejce do konsultanta", outcome_handoff_busy: "W kolejce, wszyscy zajęci",
      outcome_no_handler: "Brak odpowiedzi", outcome_article: "Odpowiedź z artykułu", outcome_no_article: "Brak pasującego artykułu",
      outcome_error: "Błąd umiejętności", outcome_order_not_found: "Nie znaleziono zamówienia",

      action_skill: "Umiejętność", action_clarify: "Prośba o doprecyzowanie", action_handoff: "Przekazano konsultantowi", action_smalltalk: "Luźna rozmowa",
      action_silent: "Bez odpowiedzi",
      skin_oily: "tłusta", skin_dry: "sucha", skin_combination: "mieszana", skin_normal: "normalna", skin_sensitive: "wrażliwa", skin_combination_oily: "mieszana ze skłonnością do przetłuszczania"
    }
  };

  // humanize turns "fresh_dead_seafood" into "Fresh dead seafood", the
  // last resort for a code no table names.
  function humanize(code) {
    var s = String(code || "").replace(/_/g, " ").trim();
    return s ? s.charAt(0).toUpperCase() + s.slice(1) : "";
  }

  // label names code of kind (intent, reason, emotion, channel, skill,
  // outcome, action, skin: a skin type as an adjective)
  // in lang; server is the label the API sent with it, if any (English).
  function label(lang, kind, code, server) {
    var key = kind + "_" + (code || "");
    var own = LABELS[lang] && LABELS[lang][key];
    if (own) return own;
    if (server) return server;
    return LABELS.en[key] || humanize(code);
  }

  // texts returns the text helpers of a page whose texts per language
  // are TEXT (English the fallback): pick chooses the page's language
  // from a tag (the agent's profile language, else the browser's): its
  // base if TEXT has it, Traditional Chinese and Cantonese reading
  // zh-Hant (see base), Tagalog (tl) reading Filipino (fil), else
  // English; t
  // returns a text in a language with its {name} placeholders filled from
  // vars as plain text; first is pick over a list of tags in order of
  // preference (an agent's languages, then the browser's): the first
  // that TEXT has, else English.
  function texts(TEXT) {
    var base = function (tag) {
      var l = String(tag || "").toLowerCase().replace(/_/g, "-");
      var b = l.split("-")[0];
      // Traditional Chinese: zh-Hant (any region), zh-TW, zh-HK, zh-MO,
      // and Cantonese (yue, yue-Hant, yue-HK). Agents in Hong Kong and
      // Macau read their UI in written Chinese with Traditional
      // characters, and a page's labels in written Cantonese (係, 嘅,
      // 唔) would read as chat, not as software, so Cantonese has no
      // table of its own and reads zh-Hant; only an explicit Simplified
      // tag (yue-Hans, zh-Hans-HK) reads zh. A page without zh-Hant
      // reads zh.
      if (b === "zh" || b === "yue") {
        var hans = /-hans(-|$)/.test(l), hant = /-(hant|tw|hk|mo)(-|$)/.test(l);
        if (!hans && (hant || b === "yue") && TEXT["zh-Hant"]) return "zh-Hant";
        return "zh";
      }
      // Tagalog: browsers send tl or fil for Filipino.
      return b === "tl" ? "fil" : b;
    };
    return {
      pick: function (tag) {
        var b = base(tag);
        return TEXT[b] ? b : "en";
      },
      first: function (tags) {
        for (var i = 0; i < (tags || []).length; i++) {
          var b = base(tags[i]);
          if (b && TEXT[b]) return b;
        }
        return "en";
      },
      t: function (lang, key, vars) {
        var s = TEXT[lang] && TEXT[lang][key];
        if (s === undefined) s = TEXT.en[key];
        if (s === undefined) s = key;
        if (vars) {
          s = s.replace(/\{([a-z_0-9]+)\}/g, function (m, name) {
            return Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : m;
          });
        }
        return s;
      }
    };
  }

  // dir is the writing direction of a page in lang: right to left for
  // Arabic (and the other right-to-left scripts, should a page get one),
  // set on <html> with lang so that the layout mirrors.
  function dir(lang) {
    return /^(ar|he|fa|ur)(-|$)/.test(String(lang || "")) ? "rtl" : "ltr";
  }

  // locale is the locale a page in lang formats numbers and dates with:
  // the Gregorian calendar for Thai (as the rest of kefu shows dates) and
  // Western digits for Arabic, so that counts, amounts and dates read the
  // same way as the order numbers and IDs beside them (Latin digits
  // throughout, as in most Gulf and Maghreb shop software).
  function locale(lang) {
    if (lang === "th") return "th-TH-u-ca-gregory";
    if (lang === "ar") return "ar-u-nu-latn";
    return lang;
  }

  window.kefuLabels = { label: label, humanize: humanize, texts: texts, dir: dir, locale: locale, languages: Object.keys(LABELS) };
})();
