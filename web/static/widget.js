/*
 * kefu chat widget. Hand-written, no dependencies, no build step.
 *
 * Embed it on a shop page with:
 *   <script src="https://kefu.example/static/widget.js" data-tenant="globalmart" defer></script>
 * and optionally data-customer / data-signature (a customer identity signed
 * by the shop's server: hex HMAC-SHA256(widget secret, external ID)),
 * data-language ("zh", "en", ... or "auto"), data-title, and
 * data-mode="page" to fill the page instead of showing a chat bubble.
 *
 * Message text is only ever rendered with textContent, never as HTML:
 * texts, names, card labels and codes all come from other people.
 * Stable hooks for browser tests: #kefu-launcher, #kefu-panel, #kefu-input,
 * #kefu-send, #kefu-lang, .kefu-msg[data-author=customer|bot|agent|system],
 * .kefu-msg[data-id], .kefu-msg[data-kind], #kefu-typing, #kefu-queue,
 * #kefu-queue-position, #kefu-queue-wait, .kefu-translated, .kefu-original,
 * .kefu-rating .kefu-star[data-rating=1..5], .kefu-card[data-type=progress|offer|product|traceability|coupon],
 * .kefu-step, .kefu-code, .kefu-copy, #kefu-attach, #kefu-file,
 * .kefu-card[data-type=attachment] .kefu-photo. See docs/widget.md.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script || !script.dataset.tenant || document.getElementById('kefu-root')) {
    return;
  }
  var cfg = script.dataset;
  var origin = new URL(script.src, location.href).origin;
  var tenant = cfg.tenant;
  var inline = cfg.mode === 'page';
  var customer = cfg.customer || '';
  var signature = cfg.signature || '';
  var storageKey = 'kefu:' + tenant + ':' + (customer || '~');
  var MAX_BYTES = 4000;
  var MAX_SEND_ATTEMPTS = 6;
  var MAX_PHOTO_BYTES = 8 * 1024 * 1024; // the server's limit (docs/attachments.md)
  var PHOTO_TYPES = { 'image/jpeg': true, 'image/png': true, 'image/webp': true };
  var ATTACHMENT_URL = /^\/v1\/conversations\/[A-Za-z0-9_-]+\/attachments\/[A-Za-z0-9_-]+$/;
  var QUEUE_POLL_MS = 10000; // how often a queued conversation refreshes its place

  var TEXT = {
    en: {
      title: 'Customer service', placeholder: 'Type your message…', send: 'Send',
      open: 'Chat with us', close: 'Close chat', language: 'Language', auto: 'Auto',
      welcome: 'Hi! Ask us about your order, shipping, returns or our products.',
      typing: 'Typing…', offline: 'Connection lost. Reconnecting…',
      retrying: 'Network problem. Retrying…', failed: 'Not sent.', retry: 'Retry',
      tooLong: 'This message is too long.', bot: 'Assistant', agent: 'Agent',
      queued: 'Waiting for an agent', agentOn: 'With an agent', closed: 'Closed',
      queueWaiting: 'Waiting for the next available agent…',
      queuePos: 'You are number {n} in the queue.', queueWait: 'Estimated wait: about {m} min.',
      joined: '{name} joined the chat.', agentNamed: 'With {name}',
      translated: 'Translated', showOriginal: 'Show original', original: 'Original',
      stopAlerts: 'Stop delivery heads-ups', alertsStopped: 'Delivery heads-ups are off.',
      rate: 'Rate this chat', star: '{n} of 5', rateFailed: 'Your rating was not sent. Please try again.',
      copy: 'Copy', copied: 'Copied', code: 'Code', progress: 'Progress', report: 'Open the full report', addToCart: 'Add to cart', reviews: '{n} reviews', picks: 'Recommended products',
      attach: 'Attach a photo', photo: 'Photo', sendingPhoto: 'Sending photo…',
      photoTooBig: 'This photo is over 8 MB. Please choose a smaller one.',
      photoType: 'Please choose a JPEG, PNG or WebP photo.',
      photoInvalid: 'This file cannot be used as a photo (JPEG, PNG or WebP, up to 40 megapixels).',
      photoLimit: 'Too many photos for now. Please try again later.', photoFailed: 'The photo was not sent.',
      helpful: 'Helpful', notHelpful: 'Not helpful', whyNot: 'What went wrong? (optional)',
      feedbackThanks: 'Thanks for your feedback.'
    },
    zh: {
      title: '在线客服', placeholder: '请输入消息…', send: '发送',
      open: '联系客服', close: '关闭', language: '语言', auto: '自动',
      welcome: '您好！订单、物流、退换货或商品问题都可以问我。',
      typing: '正在输入…', offline: '连接已断开，正在重连…',
      retrying: '网络异常，正在重试…', failed: '发送失败。', retry: '重试',
      tooLong: '消息太长了。', bot: '智能客服', agent: '人工客服',
      queued: '正在为您转接人工', agentOn: '人工客服接待中', closed: '已结束',
      queueWaiting: '正在为您接入人工客服…',
      queuePos: '您当前排在第 {n} 位。', queueWait: '预计等待约 {m} 分钟。',
      joined: '{name} 已加入对话。', agentNamed: '{name} 为您服务',
      translated: '机器翻译', showOriginal: '查看原文', original: '原文',
      stopAlerts: '不再接收配送提醒', alertsStopped: '已关闭配送提醒。',
      rate: '为本次服务评分', star: '{n} 星', rateFailed: '评分未能提交，请重试。',
      copy: '复制', copied: '已复制', code: '优惠码', progress: '物流进度', report: '查看完整报告', addToCart: '加入购物车', reviews: '{n}条评价', picks: '推荐商品',
      attach: '发送图片', photo: '图片', sendingPhoto: '图片发送中…',
      photoTooBig: '图片超过 8 MB，请选择较小的图片。',
      photoType: '请选择 JPEG、PNG 或 WebP 格式的图片。',
      photoInvalid: '该文件无法作为图片使用（支持 JPEG、PNG、WebP，最大 4000 万像素）。',
      photoLimit: '发送的图片太多了，请稍后再试。', photoFailed: '图片发送失败。',
      helpful: '有帮助', notHelpful: '没帮助', whyNot: '哪里不对？（选填）',
      feedbackThanks: '感谢您的反馈。'
    },
    es: {
      title: 'Atención al cliente', placeholder: 'Escribe tu mensaje…', send: 'Enviar',
      open: 'Chatea con nosotros', close: 'Cerrar chat', language: 'Idioma', auto: 'Auto',
      welcome: '¡Hola! Pregúntanos por tu pedido, envío, devoluciones o productos.',
      typing: 'Escribiendo…', offline: 'Conexión perdida. Reconectando…',
      retrying: 'Problema de red. Reintentando…', failed: 'No enviado.', retry: 'Reintentar',
      tooLong: 'El mensaje es demasiado largo.', bot: 'Asistente', agent: 'Agente',
      queued: 'Esperando a un agente', agentOn: 'Con un agente', closed: 'Cerrada',
      queueWaiting: 'Esperando al próximo agente disponible…',
      queuePos: 'Estás en la posición {n} de la cola.', queueWait: 'Espera estimada: unos {m} min.',
      joined: '{name} se ha unido al chat.', agentNamed: 'Con {name}',
      translated: 'Traducido', showOriginal: 'Ver original', original: 'Original',
      stopAlerts: 'No recibir más avisos de entrega', alertsStopped: 'Avisos de entrega desactivados.',
      rate: 'Valora este chat', star: '{n} de 5', rateFailed: 'No se pudo enviar tu valoración. Inténtalo de nuevo.',
      copy: 'Copiar', copied: 'Copiado', code: 'Código', progress: 'Seguimiento', report: 'Ver el informe completo', addToCart: 'Añadir al carrito', reviews: '{n} opiniones', picks: 'Productos recomendados',
      attach: 'Adjuntar una foto', photo: 'Foto', sendingPhoto: 'Enviando foto…',
      photoTooBig: 'La foto pesa más de 8 MB. Elige una más pequeña.',
      photoType: 'Elige una foto JPEG, PNG o WebP.',
      photoInvalid: 'Este archivo no se puede usar como foto (JPEG, PNG o WebP, hasta 40 megapíxeles).',
      photoLimit: 'Demasiadas fotos por ahora. Inténtalo más tarde.', photoFailed: 'La foto no se envió.',
      helpful: 'Útil', notHelpful: 'No es útil', whyNot: '¿Qué falló? (opcional)',
      feedbackThanks: 'Gracias por tu opinión.'
    },
    th: {
      title: 'ฝ่ายบริการลูกค้า', placeholder: 'พิมพ์ข้อความ…', send: 'ส่ง',
      open: 'แชทกับเรา', close: 'ปิดแชท', language: 'ภาษา', auto: 'อัตโนมัติ',
      welcome: 'สวัสดีค่ะ สอบถามเรื่องคำสั่งซื้อ การจัดส่ง การคืนสินค้า หรือสินค้าได้เลย',
      typing: 'กำลังพิมพ์…', offline: 'การเชื่อมต่อขาดหาย กำลังเชื่อมต่อใหม่…',
      retrying: 'เครือข่ายมีปัญหา กำลังลองใหม่…', failed: 'ส่งไม่สำเร็จ', retry: 'ลองใหม่',
      tooLong: 'ข้อความยาวเกินไป', bot: 'ผู้ช่วย', agent: 'เจ้าหน้าที่',
      queued: 'กำลังรอเจ้าหน้าที่', agentOn: 'คุยกับเจ้าหน้าที่', closed: 'ปิดแล้ว',
      queueWaiting: 'กำลังรอเจ้าหน้าที่คนถัดไป…',
      queuePos: 'คุณอยู่ลำดับที่ {n} ในคิว', queueWait: 'เวลารอโดยประมาณ {m} นาที',
      joined: '{name} เข้าร่วมแชทแล้ว', agentNamed: 'คุยกับ {name}',
      translated: 'แปลโดยเครื่อง', showOriginal: 'ดูต้นฉบับ', original: 'ต้นฉบับ',
      stopAlerts: 'ไม่รับการแจ้งเตือนการจัดส่ง', alertsStopped: 'ปิดการแจ้งเตือนการจัดส่งแล้ว',
      rate: 'ให้คะแนนแชทนี้', star: '{n} จาก 5', rateFailed: 'ส่งคะแนนไม่สำเร็จ กรุณาลองใหม่',
      copy: 'คัดลอก', copied: 'คัดลอกแล้ว', code: 'รหัส', progress: 'สถานะการจัดส่ง', report: 'ดูรายงานฉบับเต็ม', addToCart: 'ใส่ตะกร้า', reviews: '{n} รีวิว', picks: 'สินค้าแนะนำ',
      attach: 'แนบรูปภาพ', photo: 'รูปภาพ', sendingPhoto: 'กำลังส่งรูปภาพ…',
      photoTooBig: 'รูปภาพมีขนาดเกิน 8 MB กรุณาเลือกรูปที่เล็กกว่านี้',
      photoType: 'กรุณาเลือกรูปภาพ JPEG, PNG หรือ WebP',
      photoInvalid: 'ไฟล์นี้ใช้เป็นรูปภาพไม่ได้ (JPEG, PNG หรือ WebP ไม่เกิน 40 ล้านพิกเซล)',
      photoLimit: 'ส่งรูปภาพมากเกินไป กรุณาลองใหม่ภายหลัง', photoFailed: 'ส่งรูปภาพไม่สำเร็จ',
      helpful: 'มีประโยชน์', notHelpful: 'ไม่มีประโยชน์', whyNot: 'มีอะไรผิดพลาด (ไม่บังคับ)',
      feedbackThanks: 'ขอบคุณสำหรับความคิดเห็น'
    },
    ar: {
      title: 'خدمة العملاء', placeholder: 'اكتب رسالتك…', send: 'إرسال',
      open: 'تحدث معنا', close: 'إغلاق', language: 'اللغة', auto: 'تلقائي',
      welcome: 'مرحبًا! اسألنا عن طلبك أو الشحن أو الإرجاع أو منتجاتنا.',
      typing: 'يكتب…', offline: 'انقطع الاتصال. جارٍ إعادة الاتصال…',
      retrying: 'مشكلة في الشبكة. جارٍ إعادة المحاولة…', failed: 'لم تُرسل.', retry: 'إعادة المحاولة',
      tooLong: 'الرسالة طويلة جدًا.', bot: 'المساعد', agent: 'موظف',
      queued: 'في انتظار موظف', agentOn: 'مع موظف', closed: 'مغلقة',
      queueWaiting: 'في انتظار أول موظف متاح…',
      queuePos: 'ترتيبك في قائمة الانتظار: {n}.', queueWait: 'الانتظار المتوقع: حوالي {m} دقيقة.',
      joined: 'انضم {name} إلى المحادثة.', agentNamed: 'مع {name}',
      translated: 'ترجمة آلية', showOriginal: 'عرض النص الأصلي', original: 'الأصل',
      stopAlerts: 'إيقاف تنبيهات التوصيل', alertsStopped: 'تم إيقاف تنبيهات التوصيل.',
      rate: 'قيّم هذه المحادثة', star: '{n} من 5', rateFailed: 'لم يُرسل تقييمك. حاول مرة أخرى.',
      copy: 'نسخ', copied: 'تم النسخ', code: 'الرمز', progress: 'تتبع الشحنة', report: 'عرض التقرير الكامل', addToCart: 'أضف إلى السلة', reviews: '{n} مراجعة', picks: 'منتجات مقترحة',
      attach: 'إرفاق صورة', photo: 'صورة', sendingPhoto: 'جارٍ إرسال الصورة…',
      photoTooBig: 'حجم الصورة أكبر من 8 ميغابايت. يُرجى اختيار صورة أصغر.',
      photoType: 'يُرجى اختيار صورة بصيغة JPEG أو PNG أو WebP.',
      photoInvalid: 'لا يمكن استخدام هذا الملف كصورة (JPEG أو PNG أو WebP، حتى 40 ميغابكسل).',
      photoLimit: 'صور كثيرة جدًا حاليًا. حاول مرة أخرى لاحقًا.', photoFailed: 'لم تُرسل الصورة.',
      helpful: 'مفيد', notHelpful: 'غير مفيد', whyNot: 'ما الخطأ؟ (اختياري)',
      feedbackThanks: 'شكرًا على ملاحظاتك.'
    },
    yue: {
      title: '網上客服', placeholder: '輸入訊息…', send: '傳送', open: '同我哋傾偈', close: '閂埋對話', language: '語言', auto: '自動',
      welcome: '你好！訂單、送貨、退換貨或者貨品嘅問題，都可以問我哋㗎。', typing: '輸入緊…', offline: '斷咗線，重新連接緊…', retrying: '網絡有問題，重試緊…',
      failed: '傳送唔到。', retry: '再試', tooLong: '訊息太長喇。', bot: '智能客服', agent: '真人客服', queued: '等緊真人客服',
      agentOn: '真人客服跟進緊', closed: '已結束', queueWaiting: '等緊下一位有空嘅同事…', queuePos: '你而家排第 {n} 位。',
      queueWait: '預計要等大約 {m} 分鐘。', joined: '{name} 加入咗對話。', agentNamed: '{name} 幫緊你', translated: '機器翻譯',
      showOriginal: '睇原文', original: '原文', stopAlerts: '唔再收送貨提醒', alertsStopped: '已經閂咗送貨提醒。', rate: '幫今次對話評分',
      star: '{n} 粒星（滿分 5 粒）', rateFailed: '評分傳送唔到，請再試吓。', copy: '複製', copied: '複製咗', code: '優惠碼', progress: '物流進度',
      report: '睇完整報告', addToCart: '加入購物車', reviews: '{n} 個評價', picks: '推介貨品', attach: '傳相', photo: '相片',
      sendingPhoto: '傳緊相…', photoTooBig: '張相超過 8 MB，請揀張細啲嘅。', photoType: '請揀 JPEG、PNG 或者 WebP 格式嘅相。',
      photoInvalid: '呢個檔案用唔到做相片（支援 JPEG、PNG、WebP，最大 4000 萬像素）。', photoLimit: '傳咗太多相喇，請遲啲再試。', photoFailed: '張相傳送唔到。',
      helpful: '有幫助', notHelpful: '冇幫助', whyNot: '邊度唔啱？（可以唔填）',
      feedbackThanks: '多謝你嘅意見。'
    },
    'zh-Hant': {
      title: '線上客服', placeholder: '請輸入訊息…', send: '傳送', open: '聯絡客服', close: '關閉', language: '語言', auto: '自動',
      welcome: '您好！訂單、物流、退換貨或商品問題都可以問我。', typing: '正在輸入…', offline: '連線中斷，正在重新連線…', retrying: '網路異常，正在重試…',
      failed: '傳送失敗。', retry: '重試', tooLong: '訊息太長了。', bot: '智慧客服', agent: '真人客服', queued: '正在為您轉接真人客服',
      agentOn: '真人客服服務中', closed: '已結束', queueWaiting: '正在等待下一位有空的客服人員…', queuePos: '您目前排在第 {n} 位。',
      queueWait: '預計等待約 {m} 分鐘。', joined: '{name} 已加入對話。', agentNamed: '{name} 為您服務', translated: '機器翻譯',
      showOriginal: '查看原文', original: '原文', stopAlerts: '不再接收配送提醒', alertsStopped: '已關閉配送提醒。', rate: '為本次服務評分',
      star: '{n} 顆星（滿分 5 顆）', rateFailed: '評分未能送出，請再試一次。', copy: '複製', copied: '已複製', code: '優惠碼', progress: '物流進度',
      report: '查看完整報告', addToCart: '加入購物車', reviews: '{n} 則評價', picks: '推薦商品', attach: '傳送照片', photo: '照片',
      sendingPhoto: '照片傳送中…', photoTooBig: '照片超過 8 MB，請選擇較小的照片。', photoType: '請選擇 JPEG、PNG 或 WebP 格式的照片。',
      photoInvalid: '此檔案無法當作照片使用（支援 JPEG、PNG、WebP，最大 4000 萬像素）。', photoLimit: '傳送的照片太多了，請稍後再試。',
      photoFailed: '照片傳送失敗。',
      helpful: '有幫助', notHelpful: '沒幫助', whyNot: '哪裡不對？（選填）',
      feedbackThanks: '感謝您的意見。'
    },
    de: {
      title: 'Kundenservice', placeholder: 'Nachricht eingeben…', send: 'Senden', open: 'Chatten Sie mit uns',
      close: 'Chat schließen', language: 'Sprache', auto: 'Automatisch',
      welcome: 'Hallo! Fragen Sie uns zu Ihrer Bestellung, zum Versand, zu Rücksendungen oder zu unseren Produkten.',
      typing: 'Schreibt…', offline: 'Verbindung unterbrochen. Neu verbinden…',
      retrying: 'Netzwerkproblem. Neuer Versuch…', failed: 'Nicht gesendet.', retry: 'Erneut versuchen',
      tooLong: 'Diese Nachricht ist zu lang.', bot: 'Assistent', agent: 'Mitarbeiter',
      queued: 'Warten auf einen Mitarbeiter', agentOn: 'Mit einem Mitarbeiter verbunden', closed: 'Beendet',
      queueWaiting: 'Warten auf den nächsten freien Mitarbeiter…',
      queuePos: 'Sie sind Nummer {n} in der Warteschlange.', queueWait: 'Geschätzte Wartezeit: etwa {m} Min.',
      joined: '{name} ist dem Chat beigetreten.', agentNamed: 'Verbunden mit {name}', translated: 'Übersetzt',
      showOriginal: 'Original anzeigen', original: 'Original', stopAlerts: 'Keine Lieferhinweise mehr',
      alertsStopped: 'Lieferhinweise sind ausgeschaltet.', rate: 'Chat bewerten', star: '{n} von 5',
      rateFailed: 'Ihre Bewertung wurde nicht gesendet. Bitte versuchen Sie es erneut.', copy: 'Kopieren',
      copied: 'Kopiert', code: 'Code', progress: 'Sendungsverlauf', report: 'Vollständigen Bericht öffnen',
      addToCart: 'In den Warenkorb', reviews: '{n} Bewertungen', picks: 'Empfohlene Produkte', attach: 'Foto anhängen',
      photo: 'Foto', sendingPhoto: 'Foto wird gesendet…',
      photoTooBig: 'Dieses Foto ist größer als 8 MB. Bitte wählen Sie ein kleineres.',
      photoType: 'Bitte wählen Sie ein Foto im Format JPEG, PNG oder WebP.',
      photoInvalid: 'Diese Datei kann nicht als Foto verwendet werden (JPEG, PNG oder WebP, bis 40 Megapixel).',
      photoLimit: 'Zu viele Fotos in kurzer Zeit. Bitte versuchen Sie es später erneut.',
      photoFailed: 'Das Foto wurde nicht gesendet.',
      helpful: 'Hilfreich', notHelpful: 'Nicht hilfreich', whyNot: 'Was war falsch? (optional)',
      feedbackThanks: 'Danke für Ihr Feedback.'
    },
    fil: {
      title: 'Customer Service', placeholder: 'Mag-type ng message…', send: 'Ipadala', open: 'Mag-chat sa amin',
      close: 'Isara ang chat', language: 'Wika', auto: 'Auto',
      welcome: 'Hi po! Magtanong lang tungkol sa order, shipping, returns o sa mga product namin.',
      typing: 'Nagta-type…', offline: 'Nawala ang connection. Kumokonekta ulit…',
      retrying: 'May problema sa network. Sinusubukan ulit…', failed: 'Hindi naipadala.', retry: 'Subukan ulit',
      tooLong: 'Masyadong mahaba ang message na ito.', bot: 'Assistant', agent: 'Agent',
      queued: 'Naghihintay ng agent', agentOn: 'Kausap ang agent', closed: 'Sarado na',
      queueWaiting: 'Naghihintay ng susunod na available na agent…', queuePos: 'Pang-{n} po kayo sa pila.',
      queueWait: 'Tinatayang paghihintay: mga {m} min.', joined: 'Sumali na si {name} sa chat.',
      agentNamed: 'Kausap si {name}', translated: 'Isinalin', showOriginal: 'Ipakita ang orihinal',
      original: 'Orihinal', stopAlerts: 'Itigil ang delivery heads-up',
      alertsStopped: 'Naka-off na ang delivery heads-up.', rate: 'I-rate ang chat na ito', star: '{n} sa 5',
      rateFailed: 'Hindi naipadala ang rating ninyo. Pakisubukan ulit.', copy: 'Kopyahin', copied: 'Nakopya na',
      code: 'Code', progress: 'Tracking', report: 'Buksan ang buong report', addToCart: 'Idagdag sa cart',
      reviews: '{n} reviews', picks: 'Mga recommended na product', attach: 'Mag-attach ng photo', photo: 'Photo',
      sendingPhoto: 'Ipinapadala ang photo…', photoTooBig: 'Lampas sa 8 MB ang photo na ito. Pumili po ng mas maliit.',
      photoType: 'Pumili po ng JPEG, PNG o WebP na photo.',
      photoInvalid: 'Hindi puwedeng gamitin bilang photo ang file na ito (JPEG, PNG o WebP, hanggang 40 megapixels).',
      photoLimit: 'Masyadong maraming photo sa ngayon. Pakisubukan ulit mamaya.',
      photoFailed: 'Hindi naipadala ang photo.',
      helpful: 'Nakatulong', notHelpful: 'Hindi nakatulong', whyNot: 'Ano ang mali? (opsyonal)',
      feedbackThanks: 'Salamat sa inyong feedback.'
    },
    fr: {
      title: 'Service client', placeholder: 'Écrivez votre message…', send: 'Envoyer', open: 'Discutez avec nous',
      close: 'Fermer la discussion', language: 'Langue', auto: 'Automatique',
      welcome: 'Bonjour ! Posez-nous vos questions sur votre commande, la livraison, les retours ou nos produits.',
      typing: 'En train d\'écrire…', offline: 'Connexion perdue. Reconnexion en cours…',
      retrying: 'Problème de réseau. Nouvel essai en cours…', failed: 'Non envoyé.', retry: 'Réessayer',
      tooLong: 'Ce message est trop long.', bot: 'Assistant', agent: 'Conseiller',
      queued: 'En attente d\'un conseiller', agentOn: 'Avec un conseiller', closed: 'Terminée',
      queueWaiting: 'En attente du prochain conseiller disponible…',
      queuePos: 'Vous êtes en position {n} dans la file d\'attente.', queueWait: 'Attente estimée : environ {m} min.',
      joined: '{name} a rejoint la discussion.', agentNamed: 'Avec {name}', translated: 'Traduit',
      showOriginal: 'Voir l\'original', original: 'Original', stopAlerts: 'Ne plus recevoir d\'alertes de livraison',
      alertsStopped: 'Les alertes de livraison sont désactivées.', rate: 'Notez cette discussion', star: '{n} sur 5',
      rateFailed: 'Votre note n\'a pas été envoyée. Veuillez réessayer.', copy: 'Copier', copied: 'Copié',
      code: 'Code', progress: 'Suivi', report: 'Ouvrir le rapport complet', addToCart: 'Ajouter au panier',
      reviews: '{n} avis', picks: 'Produits recommandés', attach: 'Joindre une photo', photo: 'Photo',
      sendingPhoto: 'Envoi de la photo…',
      photoTooBig: 'Cette photo dépasse 8 Mo. Veuillez en choisir une plus légère.',
      photoType: 'Veuillez choisir une photo au format JPEG, PNG ou WebP.',
      photoInvalid: 'Ce fichier ne peut pas être utilisé comme photo (JPEG, PNG ou WebP, 40 mégapixels maximum).',
      photoLimit: 'Trop de photos envoyées pour le moment. Veuillez réessayer plus tard.',
      photoFailed: 'La photo n\'a pas été envoyée.',
      helpful: 'Utile', notHelpful: 'Pas utile', whyNot: 'Qu’est-ce qui n’allait pas ? (facultatif)',
      feedbackThanks: 'Merci pour votre avis.'
    },
    id: {
      title: 'Layanan Pelanggan', placeholder: 'Ketik pesan…', send: 'Kirim', open: 'Chat dengan kami',
      close: 'Tutup chat', language: 'Bahasa', auto: 'Otomatis',
      welcome: 'Halo Kak! Silakan tanya seputar pesanan, pengiriman, retur, atau produk kami.',
      typing: 'Sedang mengetik…', offline: 'Koneksi terputus. Menyambungkan ulang…',
      retrying: 'Jaringan bermasalah. Mencoba lagi…', failed: 'Tidak terkirim.', retry: 'Coba lagi',
      tooLong: 'Pesan ini terlalu panjang.', bot: 'Asisten', agent: 'CS', queued: 'Menunggu CS',
      agentOn: 'Terhubung dengan CS', closed: 'Selesai', queueWaiting: 'Menunggu CS berikutnya yang tersedia…',
      queuePos: 'Anda berada di antrean ke-{n}.', queueWait: 'Perkiraan waktu tunggu: sekitar {m} menit.',
      joined: '{name} bergabung ke chat.', agentNamed: 'Bersama {name}', translated: 'Diterjemahkan',
      showOriginal: 'Lihat teks asli', original: 'Asli', stopAlerts: 'Berhenti menerima info pengiriman',
      alertsStopped: 'Info pengiriman sudah dimatikan.', rate: 'Beri nilai chat ini', star: '{n} dari 5',
      rateFailed: 'Penilaian Anda gagal terkirim. Silakan coba lagi.', copy: 'Salin', copied: 'Tersalin', code: 'Kode',
      progress: 'Lacak pesanan', report: 'Buka laporan lengkap', addToCart: 'Tambah ke keranjang',
      reviews: '{n} ulasan', picks: 'Produk rekomendasi', attach: 'Lampirkan foto', photo: 'Foto',
      sendingPhoto: 'Mengirim foto…',
      photoTooBig: 'Ukuran foto ini lebih dari 8 MB. Silakan pilih foto yang lebih kecil.',
      photoType: 'Silakan pilih foto JPEG, PNG, atau WebP.',
      photoInvalid: 'File ini tidak bisa dipakai sebagai foto (JPEG, PNG, atau WebP, maksimal 40 megapiksel).',
      photoLimit: 'Terlalu banyak foto untuk saat ini. Silakan coba lagi nanti.', photoFailed: 'Foto tidak terkirim.',
      helpful: 'Membantu', notHelpful: 'Tidak membantu', whyNot: 'Apa yang salah? (opsional)',
      feedbackThanks: 'Terima kasih atas masukan Anda.'
    },
    it: {
      title: 'Assistenza clienti', placeholder: 'Scrivi un messaggio…', send: 'Invia', open: 'Scrivici',
      close: 'Chiudi la chat', language: 'Lingua', auto: 'Auto',
      welcome: 'Ciao! Chiedici del tuo ordine, della spedizione, dei resi o dei nostri prodotti.',
      typing: 'Sta scrivendo…', offline: 'Connessione persa. Riconnessione in corso…',
      retrying: 'Problema di rete. Nuovo tentativo in corso…', failed: 'Non inviato.', retry: 'Riprova',
      tooLong: 'Il messaggio è troppo lungo.', bot: 'Assistente', agent: 'Operatore',
      queued: 'In attesa di un operatore', agentOn: 'Con un operatore', closed: 'Chat chiusa',
      queueWaiting: 'In attesa del primo operatore disponibile…', queuePos: 'La tua posizione in coda: {n}.',
      queueWait: 'Attesa stimata: circa {m} min.', joined: '{name} è ora in chat.', agentNamed: 'Con {name}',
      translated: 'Tradotto', showOriginal: 'Mostra l\'originale', original: 'Originale',
      stopAlerts: 'Disattiva gli avvisi di consegna', alertsStopped: 'Avvisi di consegna disattivati.',
      rate: 'Valuta questa chat', star: '{n} su 5',
      rateFailed: 'Non è stato possibile inviare la tua valutazione. Riprova.', copy: 'Copia', copied: 'Copiato',
      code: 'Codice', progress: 'Avanzamento', report: 'Apri il report completo', addToCart: 'Aggiungi al carrello',
      reviews: '{n} recensioni', picks: 'Prodotti consigliati', attach: 'Allega una foto', photo: 'Foto',
      sendingPhoto: 'Invio della foto…', photoTooBig: 'La foto supera gli 8 MB. Scegline una più piccola.',
      photoType: 'Scegli una foto JPEG, PNG o WebP.',
      photoInvalid: 'Questo file non può essere usato come foto (JPEG, PNG o WebP, fino a 40 megapixel).',
      photoLimit: 'Troppe foto per ora. Riprova più tardi.', photoFailed: 'La foto non è stata inviata.',
      helpful: 'Utile', notHelpful: 'Non utile', whyNot: 'Cosa non andava? (facoltativo)',
      feedbackThanks: 'Grazie per il tuo feedback.'
    },
    ja: {
      title: 'カスタマーサポート', placeholder: 'メッセージを入力…', send: '送信', open: 'チャットで問い合わせる', close: 'チャットを閉じる', language: '言語',
      auto: '自動', welcome: 'こんにちは！ご注文、配送、返品、商品について、お気軽にお尋ねください。', typing: '入力中…', offline: '接続が切れました。再接続しています…',
      retrying: '通信エラーが発生しました。再試行しています…', failed: '送信できませんでした。', retry: '再送信', tooLong: 'メッセージが長すぎます。', bot: 'アシスタント',
      agent: 'スタッフ', queued: 'スタッフの対応待ち', agentOn: 'スタッフが対応中', closed: '終了', queueWaiting: 'スタッフが対応できるまで、少々お待ちください…',
      queuePos: '現在{n}番目にお待ちいただいています。', queueWait: '待ち時間の目安：約{m}分', joined: '{name}がチャットに参加しました。',
      agentNamed: '担当：{name}', translated: '翻訳済み', showOriginal: '原文を表示', original: '原文', stopAlerts: '配送のお知らせを停止する',
      alertsStopped: '配送のお知らせを停止しました。', rate: 'このチャットを評価する', star: '5段階中{n}', rateFailed: '評価を送信できませんでした。もう一度お試しください。',
      copy: 'コピー', copied: 'コピーしました', code: 'コード', progress: '配送状況', report: '詳しいレポートを見る', addToCart: 'カートに入れる',
      reviews: 'レビュー{n}件', picks: 'おすすめ商品', attach: '写真を添付', photo: '写真', sendingPhoto: '写真を送信中…',
      photoTooBig: '写真が8 MBを超えています。もっと小さい写真を選んでください。', photoType: 'JPEG、PNG、WebP形式の写真を選んでください。',
      photoInvalid: 'このファイルは写真として使用できません（JPEG、PNG、WebP形式、4,000万画素まで）。',
      photoLimit: '写真の送信数が上限に達しました。しばらくしてから再度お試しください。', photoFailed: '写真を送信できませんでした。',
      helpful: '役に立った', notHelpful: '役に立たなかった', whyNot: 'どこが違いましたか？（任意）',
      feedbackThanks: 'ご意見ありがとうございます。'
    },
    ko: {
      title: '고객센터', placeholder: '메시지를 입력하세요…', send: '보내기', open: '채팅 상담', close: '채팅 닫기', language: '언어',
      auto: '자동', welcome: '안녕하세요! 주문, 배송, 반품, 상품에 대해 무엇이든 물어보세요.', typing: '입력 중…', offline: '연결이 끊겼습니다. 다시 연결하는 중…',
      retrying: '네트워크 문제가 발생했습니다. 다시 시도하는 중…', failed: '전송되지 않았습니다.', retry: '다시 시도', tooLong: '메시지가 너무 깁니다.',
      bot: '상담 도우미', agent: '상담원', queued: '상담원 연결 대기 중', agentOn: '상담원과 상담 중', closed: '종료됨',
      queueWaiting: '상담원이 곧 연결됩니다. 잠시만 기다려 주세요…', queuePos: '현재 대기 순서는 {n}번째입니다.', queueWait: '예상 대기 시간: 약 {m}분',
      joined: '{name} 상담원이 채팅에 참여했습니다.', agentNamed: '{name} 상담원과 상담 중', translated: '번역됨', showOriginal: '원문 보기',
      original: '원문', stopAlerts: '배송 알림 받지 않기', alertsStopped: '배송 알림을 껐습니다.', rate: '이 상담 평가하기', star: '5점 중 {n}점',
      rateFailed: '평가가 전송되지 않았습니다. 다시 시도해 주세요.', copy: '복사', copied: '복사됨', code: '코드', progress: '배송 현황',
      report: '전체 보고서 보기', addToCart: '장바구니 담기', reviews: '리뷰 {n}개', picks: '추천 상품', attach: '사진 첨부', photo: '사진',
      sendingPhoto: '사진 보내는 중…', photoTooBig: '사진이 8 MB를 넘습니다. 더 작은 사진을 선택해 주세요.',
      photoType: 'JPEG, PNG, WebP 형식의 사진을 선택해 주세요.',
      photoInvalid: '이 파일은 사진으로 사용할 수 없습니다(JPEG, PNG, WebP 형식, 최대 4천만 화소).',
      photoLimit: '지금은 사진을 더 보낼 수 없습니다. 잠시 후 다시 시도해 주세요.', photoFailed: '사진이 전송되지 않았습니다.',
      helpful: '도움이 됨', notHelpful: '도움이 안 됨', whyNot: '무엇이 잘못되었나요? (선택)',
      feedbackThanks: '의견 감사합니다.'
    },
    ms: {
      title: 'Khidmat Pelanggan', placeholder: 'Taip mesej anda…', send: 'Hantar', open: 'Sembang dengan kami',
      close: 'Tutup sembang', language: 'Bahasa', auto: 'Auto',
      welcome: 'Hai! Tanya kami tentang pesanan, penghantaran, pemulangan atau produk kami.', typing: 'Sedang menaip…',
      offline: 'Sambungan terputus. Menyambung semula…', retrying: 'Masalah rangkaian. Mencuba semula…',
      failed: 'Tidak dihantar.', retry: 'Cuba lagi', tooLong: 'Mesej ini terlalu panjang.', bot: 'Pembantu',
      agent: 'Ejen', queued: 'Menunggu ejen', agentOn: 'Bersama ejen', closed: 'Ditutup',
      queueWaiting: 'Menunggu ejen seterusnya yang tersedia…', queuePos: 'Anda di giliran ke-{n}.',
      queueWait: 'Anggaran masa menunggu: kira-kira {m} min.', joined: '{name} telah menyertai sembang.',
      agentNamed: 'Bersama {name}', translated: 'Diterjemahkan', showOriginal: 'Tunjuk teks asal',
      original: 'Teks asal', stopAlerts: 'Henti makluman penghantaran',
      alertsStopped: 'Makluman penghantaran telah dimatikan.', rate: 'Nilai sembang ini', star: '{n} daripada 5',
      rateFailed: 'Penilaian anda tidak dihantar. Sila cuba lagi.', copy: 'Salin', copied: 'Disalin', code: 'Kod',
      progress: 'Status penghantaran', report: 'Buka laporan penuh', addToCart: 'Tambah ke troli',
      reviews: '{n} ulasan', picks: 'Produk disyorkan', attach: 'Lampirkan foto', photo: 'Foto',
      sendingPhoto: 'Menghantar foto…', photoTooBig: 'Foto ini melebihi 8 MB. Sila pilih foto yang lebih kecil.',
      photoType: 'Sila pilih foto JPEG, PNG atau WebP.',
      photoInvalid: 'Fail ini tidak boleh digunakan sebagai foto (JPEG, PNG atau WebP, sehingga 40 megapiksel).',
      photoLimit: 'Terlalu banyak foto buat masa ini. Sila cuba lagi nanti.', photoFailed: 'Foto tidak dihantar.',
      helpful: 'Membantu', notHelpful: 'Tidak membantu', whyNot: 'Apa yang salah? (pilihan)',
      feedbackThanks: 'Terima kasih atas maklum balas anda.'
    },
    nl: {
      title: 'Klantenservice', placeholder: 'Typ uw bericht…', send: 'Verzenden', open: 'Chat met ons',
      close: 'Chat sluiten', language: 'Taal', auto: 'Automatisch',
      welcome: 'Hallo! Stel ons uw vraag over uw bestelling, verzending, retourneren of onze producten.',
      typing: 'Aan het typen…', offline: 'Verbinding verbroken. Opnieuw verbinden…',
      retrying: 'Netwerkprobleem. Opnieuw proberen…', failed: 'Niet verzonden.', retry: 'Opnieuw proberen',
      tooLong: 'Dit bericht is te lang.', bot: 'Assistent', agent: 'Medewerker', queued: 'Wachten op een medewerker',
      agentOn: 'In gesprek met een medewerker', closed: 'Afgesloten',
      queueWaiting: 'Wachten op de eerstvolgende beschikbare medewerker…',
      queuePos: 'U bent nummer {n} in de wachtrij.', queueWait: 'Geschatte wachttijd: ongeveer {m} min.',
      joined: '{name} neemt nu deel aan de chat.', agentNamed: 'In gesprek met {name}', translated: 'Vertaald',
      showOriginal: 'Origineel tonen', original: 'Origineel', stopAlerts: 'Geen bezorgmeldingen meer',
      alertsStopped: 'Bezorgmeldingen staan uit.', rate: 'Beoordeel deze chat', star: '{n} van 5',
      rateFailed: 'Uw beoordeling is niet verzonden. Probeer het opnieuw.', copy: 'Kopiëren', copied: 'Gekopieerd',
      code: 'Code', progress: 'Voortgang', report: 'Volledig rapport openen', addToCart: 'In winkelwagen',
      reviews: '{n} beoordelingen', picks: 'Aanbevolen producten', attach: 'Foto toevoegen', photo: 'Foto',
      sendingPhoto: 'Foto wordt verzonden…', photoTooBig: 'Deze foto is groter dan 8 MB. Kies een kleinere foto.',
      photoType: 'Kies een foto in JPEG-, PNG- of WebP-formaat.',
      photoInvalid: 'Dit bestand kan niet als foto worden gebruikt (JPEG, PNG of WebP, maximaal 40 megapixel).',
      photoLimit: 'Te veel foto\'s in korte tijd. Probeer het later opnieuw.',
      photoFailed: 'De foto is niet verzonden.',
      helpful: 'Nuttig', notHelpful: 'Niet nuttig', whyNot: 'Wat ging er mis? (optioneel)',
      feedbackThanks: 'Bedankt voor je feedback.'
    },
    pl: {
      title: 'Obsługa klienta', placeholder: 'Napisz wiadomość…', send: 'Wyślij', open: 'Napisz do nas',
      close: 'Zamknij czat', language: 'Język', auto: 'Auto',
      welcome: 'Dzień dobry! Zapytaj nas o zamówienie, dostawę, zwroty lub nasze produkty.', typing: 'Pisze…',
      offline: 'Utracono połączenie. Łączymy ponownie…', retrying: 'Problem z siecią. Ponawiamy próbę…',
      failed: 'Nie wysłano.', retry: 'Ponów', tooLong: 'Ta wiadomość jest za długa.', bot: 'Asystent',
      agent: 'Konsultant', queued: 'Oczekiwanie na konsultanta', agentOn: 'Rozmowa z konsultantem',
      closed: 'Czat zakończony', queueWaiting: 'Czekamy na pierwszego wolnego konsultanta…',
      queuePos: 'Twoje miejsce w kolejce: {n}.', queueWait: 'Szacowany czas oczekiwania: ok. {m} min.',
      joined: '{name} jest teraz na czacie.', agentNamed: 'Rozmowa z: {name}', translated: 'Przetłumaczono',
      showOriginal: 'Pokaż oryginał', original: 'Oryginał', stopAlerts: 'Wyłącz powiadomienia o dostawie',
      alertsStopped: 'Powiadomienia o dostawie są wyłączone.', rate: 'Oceń ten czat', star: '{n} z 5',
      rateFailed: 'Nie udało się wysłać oceny. Spróbuj ponownie.', copy: 'Kopiuj', copied: 'Skopiowano', code: 'Kod',
      progress: 'Status przesyłki', report: 'Otwórz pełny raport', addToCart: 'Dodaj do koszyka',
      reviews: 'opinie: {n}', picks: 'Polecane produkty', attach: 'Dołącz zdjęcie', photo: 'Zdjęcie',
      sendingPhoto: 'Wysyłanie zdjęcia…', photoTooBig: 'To zdjęcie ma ponad 8 MB. Wybierz mniejsze.',
      photoType: 'Wybierz zdjęcie w formacie JPEG, PNG lub WebP.',
      photoInvalid: 'Tego pliku nie można użyć jako zdjęcia (JPEG, PNG lub WebP, maks. 40 megapikseli).',
      photoLimit: 'Za dużo zdjęć naraz. Spróbuj ponownie później.', photoFailed: 'Nie udało się wysłać zdjęcia.',
      helpful: 'Pomocne', notHelpful: 'Niepomocne', whyNot: 'Co było nie tak? (opcjonalnie)',
      feedbackThanks: 'Dziękujemy za opinię.'
    },
    pt: {
      title: 'Atendimento ao cliente', placeholder: 'Escreva a sua mensagem…', send: 'Enviar',
      open: 'Iniciar conversa', close: 'Fechar a conversa', language: 'Idioma', auto: 'Automático',
      welcome: 'Olá! Pergunte-nos sobre o seu pedido, envios, devoluções ou os nossos produtos.',
      typing: 'Escrevendo…', offline: 'Sem conexão. Reconectando…', retrying: 'Problema de rede. Tentando novamente…',
      failed: 'Não enviada.', retry: 'Tentar novamente', tooLong: 'Esta mensagem é muito longa.', bot: 'Assistente',
      agent: 'Atendente', queued: 'À espera de um atendente', agentOn: 'Com um atendente', closed: 'Encerrada',
      queueWaiting: 'À espera do próximo atendente disponível…', queuePos: 'Você está na posição {n} da fila.',
      queueWait: 'Espera estimada: cerca de {m} min.', joined: '{name} entrou na conversa.', agentNamed: 'Com {name}',
      translated: 'Traduzida', showOriginal: 'Ver original', original: 'Original',
      stopAlerts: 'Não receber mais avisos de entrega', alertsStopped: 'Os avisos de entrega estão desativados.',
      rate: 'Avaliar esta conversa', star: '{n} de 5', rateFailed: 'A sua avaliação não foi enviada. Tente novamente.',
      copy: 'Copiar', copied: 'Copiado', code: 'Código', progress: 'Acompanhamento',
      report: 'Abrir o relatório completo', addToCart: 'Adicionar ao carrinho', reviews: '{n} avaliações',
      picks: 'Produtos recomendados', attach: 'Anexar uma foto', photo: 'Foto', sendingPhoto: 'Enviando a foto…',
      photoTooBig: 'Esta foto tem mais de 8 MB. Escolha uma foto menor.',
      photoType: 'Escolha uma foto em JPEG, PNG ou WebP.',
      photoInvalid: 'Não é possível usar este item como foto (JPEG, PNG ou WebP, até 40 megapixels).',
      photoLimit: 'Foram enviadas muitas fotos. Tente novamente mais tarde.', photoFailed: 'A foto não foi enviada.',
      helpful: 'Útil', notHelpful: 'Não foi útil', whyNot: 'O que deu errado? (opcional)',
      feedbackThanks: 'Obrigado pelo seu feedback.'
    },
    ru: {
      title: 'Служба поддержки', placeholder: 'Введите сообщение…', send: 'Отправить', open: 'Написать нам',
      close: 'Закрыть чат', language: 'Язык', auto: 'Авто',
      welcome: 'Здравствуйте! Спросите нас о заказе, доставке, возврате или наших товарах.', typing: 'Печатает…',
      offline: 'Соединение потеряно. Переподключаемся…', retrying: 'Проблема с сетью. Пробуем ещё раз…',
      failed: 'Не отправлено.', retry: 'Повторить', tooLong: 'Сообщение слишком длинное.', bot: 'Ассистент',
      agent: 'Оператор', queued: 'Ожидание оператора', agentOn: 'На связи оператор', closed: 'Чат завершён',
      queueWaiting: 'Ожидаем первого свободного оператора…', queuePos: 'Ваше место в очереди: {n}.',
      queueWait: 'Примерное время ожидания: {m} мин.', joined: '{name} теперь в чате.',
      agentNamed: 'Вам отвечает {name}', translated: 'Переведено', showOriginal: 'Показать оригинал',
      original: 'Оригинал', stopAlerts: 'Отключить уведомления о доставке',
      alertsStopped: 'Уведомления о доставке отключены.', rate: 'Оцените этот чат', star: '{n} из 5',
      rateFailed: 'Не удалось отправить оценку. Пожалуйста, попробуйте ещё раз.', copy: 'Копировать',
      copied: 'Скопировано', code: 'Промокод', progress: 'Отслеживание', report: 'Открыть полный отчёт',
      addToCart: 'В корзину', reviews: 'отзывов: {n}', picks: 'Рекомендуемые товары', attach: 'Прикрепить фото',
      photo: 'Фото', sendingPhoto: 'Отправляем фото…',
      photoTooBig: 'Размер фото больше 8 МБ. Пожалуйста, выберите файл поменьше.',
      photoType: 'Пожалуйста, выберите фото в формате JPEG, PNG или WebP.',
      photoInvalid: 'Этот файл нельзя использовать как фото (JPEG, PNG или WebP, не более 40 мегапикселей).',
      photoLimit: 'Слишком много фото. Пожалуйста, попробуйте позже.', photoFailed: 'Фото не отправлено.',
      helpful: 'Полезно', notHelpful: 'Бесполезно', whyNot: 'Что было не так? (необязательно)',
      feedbackThanks: 'Спасибо за отзыв.'
    },
    tr: {
      title: 'Müşteri Hizmetleri', placeholder: 'Mesajınızı yazın…', send: 'Gönder', open: 'Bize yazın',
      close: 'Sohbeti kapat', language: 'Dil', auto: 'Otomatik',
      welcome: 'Merhaba! Siparişiniz, kargo, iadeler veya ürünlerimiz hakkında bize sorabilirsiniz.',
      typing: 'Yazıyor…', offline: 'Bağlantı koptu. Yeniden bağlanılıyor…', retrying: 'Ağ sorunu. Yeniden deneniyor…',
      failed: 'Gönderilemedi.', retry: 'Tekrar dene', tooLong: 'Bu mesaj çok uzun.', bot: 'Asistan', agent: 'Temsilci',
      queued: 'Temsilci bekleniyor', agentOn: 'Temsilciyle görüşülüyor', closed: 'Sohbet sona erdi',
      queueWaiting: 'İlk müsait temsilci bekleniyor…', queuePos: 'Sıradaki yeriniz: {n}.',
      queueWait: 'Tahmini bekleme süresi: yaklaşık {m} dk.', joined: '{name} sohbete katıldı.',
      agentNamed: 'Görüştüğünüz temsilci: {name}', translated: 'Çevrildi', showOriginal: 'Orijinalini göster',
      original: 'Orijinal', stopAlerts: 'Teslimat bildirimlerini kapat',
      alertsStopped: 'Teslimat bildirimleri kapatıldı.', rate: 'Bu sohbeti değerlendirin', star: '5 üzerinden {n}',
      rateFailed: 'Değerlendirmeniz gönderilemedi. Lütfen tekrar deneyin.', copy: 'Kopyala', copied: 'Kopyalandı',
      code: 'Kod', progress: 'Kargo durumu', report: 'Raporun tamamını aç', addToCart: 'Sepete ekle',
      reviews: '{n} değerlendirme', picks: 'Önerilen ürünler', attach: 'Fotoğraf ekle', photo: 'Fotoğraf',
      sendingPhoto: 'Fotoğraf gönderiliyor…',
      photoTooBig: 'Bu fotoğraf 8 MB\'tan büyük. Lütfen daha küçük bir fotoğraf seçin.',
      photoType: 'Lütfen JPEG, PNG veya WebP formatında bir fotoğraf seçin.',
      photoInvalid: 'Bu dosya fotoğraf olarak kullanılamıyor (JPEG, PNG veya WebP, en fazla 40 megapiksel).',
      photoLimit: 'Şu an için çok fazla fotoğraf gönderildi. Lütfen daha sonra tekrar deneyin.',
      photoFailed: 'Fotoğraf gönderilemedi.',
      helpful: 'Faydalı', notHelpful: 'Faydalı değil', whyNot: 'Ne yanlıştı? (isteğe bağlı)',
      feedbackThanks: 'Geri bildiriminiz için teşekkürler.'
    },
    vi: {
      title: 'Chăm sóc khách hàng', placeholder: 'Nhập tin nhắn…', send: 'Gửi', open: 'Chat với shop',
      close: 'Đóng chat', language: 'Ngôn ngữ', auto: 'Tự động',
      welcome: 'Xin chào! Anh/chị cứ hỏi shop về đơn hàng, vận chuyển, đổi trả hoặc sản phẩm nhé.',
      typing: 'Đang soạn tin…', offline: 'Mất kết nối. Đang kết nối lại…', retrying: 'Lỗi mạng. Đang thử lại…',
      failed: 'Chưa gửi được.', retry: 'Thử lại', tooLong: 'Tin nhắn này quá dài.', bot: 'Trợ lý ảo',
      agent: 'Nhân viên', queued: 'Đang chờ nhân viên', agentOn: 'Đang chat với nhân viên', closed: 'Đã kết thúc',
      queueWaiting: 'Đang chờ nhân viên tiếp theo…', queuePos: 'Anh/chị đang ở vị trí thứ {n} trong hàng chờ.',
      queueWait: 'Thời gian chờ dự kiến: khoảng {m} phút.', joined: '{name} đã tham gia cuộc trò chuyện.',
      agentNamed: 'Đang chat với {name}', translated: 'Đã dịch', showOriginal: 'Xem bản gốc', original: 'Bản gốc',
      stopAlerts: 'Tắt thông báo giao hàng', alertsStopped: 'Đã tắt thông báo giao hàng.',
      rate: 'Đánh giá cuộc trò chuyện', star: '{n}/5 sao',
      rateFailed: 'Chưa gửi được đánh giá. Anh/chị vui lòng thử lại.', copy: 'Sao chép', copied: 'Đã sao chép',
      code: 'Mã', progress: 'Hành trình đơn hàng', report: 'Xem báo cáo đầy đủ', addToCart: 'Thêm vào giỏ hàng',
      reviews: '{n} đánh giá', picks: 'Sản phẩm gợi ý', attach: 'Đính kèm ảnh', photo: 'Ảnh',
      sendingPhoto: 'Đang gửi ảnh…', photoTooBig: 'Ảnh này lớn hơn 8 MB. Anh/chị vui lòng chọn ảnh nhỏ hơn.',
      photoType: 'Anh/chị vui lòng chọn ảnh JPEG, PNG hoặc WebP.',
      photoInvalid: 'Không thể dùng tệp này làm ảnh (JPEG, PNG hoặc WebP, tối đa 40 megapixel).',
      photoLimit: 'Anh/chị đã gửi quá nhiều ảnh. Vui lòng thử lại sau.', photoFailed: 'Chưa gửi được ảnh.',
      helpful: 'Hữu ích', notHelpful: 'Không hữu ích', whyNot: 'Có gì chưa đúng? (không bắt buộc)',
      feedbackThanks: 'Cảm ơn anh/chị đã góp ý.'
    }
  };
  // LANGUAGES are the 21 languages kefu understands and answers in, each
  // named in itself.
  var LANGUAGES = [
    ['auto', ''], ['zh', '简体中文'], ['zh-Hant', '繁體中文'], ['yue', '廣東話'], ['en', 'English'],
    ['es', 'Español'], ['th', 'ไทย'], ['vi', 'Tiếng Việt'], ['id', 'Bahasa Indonesia'],
    ['ms', 'Bahasa Melayu'], ['fil', 'Filipino'], ['pt', 'Português'], ['fr', 'Français'],
    ['de', 'Deutsch'], ['it', 'Italiano'], ['nl', 'Nederlands'], ['pl', 'Polski'], ['ru', 'Русский'],
    ['ar', 'العربية'], ['ja', '日本語'], ['ko', '한국어'], ['tr', 'Türkçe']
  ];
  var RTL = { ar: true, he: true, fa: true, ur: true };

  // ---- session ------------------------------------------------------------

  function loadSession() {
    try {
      return JSON.parse(sessionStorage.getItem(storageKey) || 'null') || {};
    } catch (e) {
      return {};
    }
  }

  var saved = loadSession();
  var state = {
    id: saved.id || '',
    token: saved.token || '',
    lang: saved.lang || cfg.language || 'auto',
    lastId: 0,
    seen: {},          // message ID -> true, for de-duplication
    queue: [],         // messages waiting to be sent, in order
    sending: false,
    creating: null,    // promise of the conversation being created
    ws: null,
    wsAttempt: 0,
    wsTimer: 0,
    opened: false,
    status: '',        // the conversation's status
    queueInfo: null,   // {position, estimated_wait_seconds} while queued
    pollTimer: 0,
    agentName: '',     // the agent who has the conversation, from agent_joined
    rating: 0,         // the conversation's stored rating
    thumbs: {},        // bot message ID -> 'up' or 'down', the customer's stored thumbs
    ratingBoxes: []    // CSAT controls not answered yet
  };

  function saveSession() {
    try {
      sessionStorage.setItem(storageKey, JSON.stringify({ id: state.id, token: state.token, lang: state.lang }));
    } catch (e) { /* private mode: the conversation lasts until reload */ }
  }

  function forgetConversation() {
    state.id = '';
    state.token = '';
    state.lastId = 0;
    state.agentName = '';
    state.rating = 0;
    showConversationStatus('');
    if (state.ws) {
      state.ws.onclose = null;
      state.ws.close();
      state.ws = null;
    }
    clearTimeout(state.wsTimer);
    saveSession();
  }

  // ---- DOM ------------------------------------------------------------------

  function el(tag, attrs, parent) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') {
        e.textContent = attrs[k];
      } else if (k === 'className') {
        e.className = attrs[k];
      } else {
        e.setAttribute(k, attrs[k]);
      }
    });
    if (parent) {
      parent.appendChild(e);
    }
    return e;
  }

  if (!inline && !document.querySelector('link[data-kefu-css]')) {
    el('link', { rel: 'stylesheet', href: origin + '/static/widget.css', 'data-kefu-css': '' }, document.head);
  }

  var root = el('div', { id: 'kefu-root', className: 'kefu-root' + (inline ? ' kefu-inline kefu-open' : '') });
  var launcher = null;
  if (!inline) {
    launcher = el('button', { id: 'kefu-launcher', type: 'button', 'aria-expanded': 'false', 'aria-controls': 'kefu-panel' }, root);
    // A speech-bubble icon drawn as SVG: emoji fonts are not everywhere.
    var svgNS = 'http://www.w3.org/2000/svg';
    var icon = document.createElementNS(svgNS, 'svg');
    icon.setAttribute('viewBox', '0 0 24 24');
    icon.setAttribute('width', '28');
    icon.setAttribute('height', '28');
    icon.setAttribute('aria-hidden', 'true');
    var pathEl = document.createElementNS(svgNS, 'path');
    pathEl.setAttribute('fill', 'currentColor');
    pathEl.setAttribute('d', 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zm5 0a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z');
    icon.appendChild(pathEl);
    launcher.appendChild(icon);
  }
  var panel = el('section', { id: 'kefu-panel', className: 'kefu-panel', role: inline ? 'region' : 'dialog' }, root);
  panel.hidden = !inline;
  var header = el('header', { className: 'kefu-header' }, panel);
  var titleEl = el('span', { className: 'kefu-title', id: 'kefu-title' }, header);
  var stateEl = el('span', { className: 'kefu-state', id: 'kefu-state' }, header);
  var langLabel = el('label', { className: 'kefu-sr', 'for': 'kefu-lang' }, header);
  var langSel = el('select', { id: 'kefu-lang' }, header);
  LANGUAGES.forEach(function (l) {
    el('option', { value: l[0], text: l[1] }, langSel);
  });
  var closeBtn = null;
  if (!inline) {
    closeBtn = el('button', { className: 'kefu-close', id: 'kefu-close', type: 'button', text: '\u00D7' }, header);
  }
  // The waiting banner, shown while a person is being found.
  var queueEl = el('div', { id: 'kefu-queue', className: 'kefu-queue', role: 'status' }, panel);
  queueEl.hidden = true;
  var queueTitle = el('span', { className: 'kefu-queue-title' }, queueEl);
  var queuePos = el('span', { id: 'kefu-queue-position', className: 'kefu-queue-line' }, queueEl);
  var queueWait = el('span', { id: 'kefu-queue-wait', className: 'kefu-queue-line' }, queueEl);
  var log = el('div', { id: 'kefu-log', className: 'kefu-log', role: 'log', 'aria-live': 'polite' }, panel);
  var welcome = el('div', { className: 'kefu-welcome', id: 'kefu-welcome' }, log);
  var typing = el('div', { id: 'kefu-typing', className: 'kefu-typing', role: 'status' }, log);
  typing.hidden = true;
  el('span', {}, typing);
  el('span', {}, typing);
  el('span', {}, typing);
  var statusEl = el('div', { id: 'kefu-status', className: 'kefu-status', role: 'alert' }, panel);
  var form = el('form', { id: 'kefu-form', className: 'kefu-form' }, panel);
  // The picker lists the types the server takes, so that phones convert
  // HEIC photos to JPEG rather than sending a format it refuses.
  var fileInput = el('input', { id: 'kefu-file', type: 'file', accept: 'image/jpeg,image/png,image/webp', className: 'kefu-sr', tabindex: '-1', 'aria-hidden': 'true' }, form);
  var attachBtn = el('button', { id: 'kefu-attach', className: 'kefu-attach', type: 'button' }, form);
  attachBtn.appendChild(paperclip());
  var input = el('textarea', { id: 'kefu-input', rows: '1', autocomplete: 'off' }, form);
  var sendBtn = el('button', { id: 'kefu-send', type: 'submit' }, form);

  // paperclip draws the attach button's icon (as the launcher's, SVG
  // rather than an emoji, which not every system can draw).
  function paperclip() {
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('width', '20');
    svg.setAttribute('height', '20');
    svg.setAttribute('aria-hidden', 'true');
    var p = document.createElementNS(ns, 'path');
    p.setAttribute('fill', 'none');
    p.setAttribute('stroke', 'currentColor');
    p.setAttribute('stroke-width', '2');
    p.setAttribute('stroke-linecap', 'round');
    p.setAttribute('d', 'M20 11.5l-7.8 7.8a5 5 0 0 1-7.1-7.1l8.5-8.5a3.3 3.3 0 0 1 4.7 4.7l-8.5 8.5a1.7 1.7 0 0 1-2.4-2.4l7.8-7.8');
    svg.appendChild(p);
    return svg;
  }

  // textLang maps a language tag to the TEXT table that writes it:
  // Traditional Chinese for zh-Hant, zh-TW and zh-HK, Cantonese for yue,
  // Filipino for tl, else the tag's language ("pt" for "pt-BR").
  function textLang(tag) {
    var l = String(tag || '').toLowerCase().replace(/_/g, '-');
    var base = l.split('-')[0];
    if (base === 'zh' && /-(hant|tw|hk|mo)\b/.test(l)) return 'zh-Hant';
    if (base === 'yue') return 'yue';
    if (base === 'tl') return 'fil';
    if (base === 'in') return 'id';
    return base;
  }

  function uiLang() {
    return textLang(state.lang !== 'auto' ? state.lang : (navigator.language || 'en'));
  }

  function t(key) {
    var d = TEXT[uiLang()] || TEXT.en;
    return d[key] || TEXT.en[key];
  }

  // tIn is a UI string in a message's language when the widget has it
  // (a card's button reads like the card), else in the UI's language.
  function tIn(key, lang) {
    var d = TEXT[textLang(lang)];
    return (d && d[key]) || t(key);
  }

  // tf fills {name} placeholders of a UI string. The result is plain text
  // for textContent; a function replacer keeps "$&" in values literal.
  function tf(key, vals) {
    return t(key).replace(/\{(\w+)\}/g, function (all, k) {
      return Object.prototype.hasOwnProperty.call(vals, k) ? String(vals[k]) : all;
    });
  }

  function applyLanguage() {
    var l = uiLang();
    root.setAttribute('lang', l);
    root.setAttribute('dir', RTL[l] ? 'rtl' : 'ltr');
    titleEl.textContent = cfg.title || t('title');
    langLabel.textContent = t('language');
    langSel.options[0].textContent = t('auto');
    langSel.value = state.lang;
    if (langSel.value !== state.lang) {
      langSel.value = 'auto';
    }
    input.setAttribute('placeholder', t('placeholder'));
    input.setAttribute('aria-label', t('placeholder'));
    sendBtn.textContent = t('send');
    attachBtn.setAttribute('aria-label', t('attach'));
    attachBtn.setAttribute('title', t('attach'));
    typing.setAttribute('aria-label', t('typing'));
    welcome.textContent = t('welcome');
    panel.setAttribute('aria-label', cfg.title || t('title'));
    if (launcher) {
      launcher.setAttribute('aria-label', t('open'));
      launcher.setAttribute('title', t('open'));
    }
    if (closeBtn) {
      closeBtn.setAttribute('aria-label', t('close'));
    }
    showConversationStatus(state.status);
    Array.prototype.forEach.call(log.querySelectorAll('[data-i18n]'), function (n) {
      n.textContent = t(n.getAttribute('data-i18n'));
    });
    Array.prototype.forEach.call(log.querySelectorAll('[data-i18n-alt]'), function (n) {
      n.setAttribute('alt', t(n.getAttribute('data-i18n-alt')));
    });
    Array.prototype.forEach.call(log.querySelectorAll('[data-i18n-label]'), function (n) {
      n.setAttribute('aria-label', t(n.getAttribute('data-i18n-label')));
      n.title = t(n.getAttribute('data-i18n-label'));
    });
    Array.prototype.forEach.call(log.querySelectorAll('[data-i18n-placeholder]'), function (n) {
      n.placeholder = t(n.getAttribute('data-i18n-placeholder'));
    });
  }

  function setStatus(text) {
    statusEl.textContent = text || '';
  }

  function showTyping(on) {
    typing.hidden = !on;
    scrollDown();
  }

  function scrollDown() {
    log.scrollTop = log.scrollHeight;
  }

  // showConversationStatus shows the status in the header and the waiting
  // banner, and polls the conversation for its place in the queue while it
  // is queued (nothing is pushed when others ahead are taken).
  function showConversationStatus(s) {
    state.status = s || '';
    root.setAttribute('data-status', state.status);
    var label = { queued: 'queued', agent: 'agentOn', closed: 'closed' }[state.status];
    stateEl.textContent = state.status === 'agent' && state.agentName ? tf('agentNamed', { name: state.agentName }) : (label ? t(label) : '');
    if (state.status !== 'queued') {
      state.queueInfo = null;
    }
    showQueue();
    if (state.status === 'queued' && state.id) {
      if (!state.pollTimer) {
        state.pollTimer = setInterval(pollConversation, QUEUE_POLL_MS);
      }
    } else if (state.pollTimer) {
      clearInterval(state.pollTimer);
      state.pollTimer = 0;
    }
  }

  function showQueue() {
    var q = state.queueInfo;
    queueEl.hidden = state.status !== 'queued';
    queueTitle.textContent = t('queueWaiting');
    queuePos.textContent = q && q.position > 0 ? tf('queuePos', { n: q.position }) : '';
    queueWait.textContent = q && q.estimated_wait_seconds > 0 ?
      tf('queueWait', { m: Math.max(1, Math.round(q.estimated_wait_seconds / 60)) }) : '';
  }

  // showConversation applies a conversation read from the API or pushed
  // over the websocket; queue is the place in the queue, when known.
  function showConversation(c, queue) {
    if (!c) {
      return;
    }
    if (c.rating) {
      state.rating = c.rating;
    }
    if (c.status !== 'queued') {
      state.queueInfo = null;
    } else if (queue) {
      state.queueInfo = queue;
    }
    if (c.status === 'closed' || c.status === 'bot') {
      state.agentName = '';
    }
    showConversationStatus(c.status);
  }

  // pollConversation refreshes the status and the place in the queue.
  function pollConversation() {
    if (!state.id || !state.token || document.hidden) {
      return;
    }
    api('GET', conversationPath(), undefined, state.token).then(function (data) {
      showConversation(data.conversation, data.queue);
    }, function () { /* the next poll or the websocket catches up */ });
  }

  function noteSeen(m) {
    if (m && m.id) {
      state.seen[m.id] = true;
      if (m.id > state.lastId) {
        state.lastId = m.id;
      }
    }
  }

  // renderMessage adds a message to the log. Text goes through textContent
  // only, so nothing a customer, agent or bot writes can become markup.
  function renderMessage(m, pending) {
    var node = el('div', { className: 'kefu-msg', 'data-author': m.author, dir: 'auto' });
    if (m.kind) {
      node.setAttribute('data-kind', m.kind);
    }
    if (m.author === 'bot') {
      el('span', { className: 'kefu-who', 'data-i18n': 'bot', text: t('bot') }, node);
    } else if (m.author === 'agent') {
      if (m.author_name) {
        el('span', { className: 'kefu-who', text: m.author_name }, node);
      } else {
        el('span', { className: 'kefu-who', 'data-i18n': 'agent', text: t('agent') }, node);
      }
    }
    var text = m.text || '';
    if (m.author === 'system' && !text && m.kind === 'agent_joined' && m.author_name) {
      text = tf('joined', { name: m.author_name });
    }
    var cards = m.cards || [];
    cards.forEach(function (card) {
      // The text repeats a products card's list ("\n1. …") for clients
      // that cannot draw it: show only what comes before.
      if (card.type === 'products' && (card.items || []).length) {
        var at = text.indexOf('\n1. ');
        if (at > 0) {
          text = text.slice(0, at);
        }
        return;
      }
      // The text repeats a timeline for clients that cannot draw it; when
      // it does so under the card's title, show only what comes before.
      if (card.type !== 'progress' || !card.title) {
        return;
      }
      var cut = text.indexOf('\n' + card.title);
      if (cut > 0) {
        text = text.slice(0, cut);
      }
    });
    el('span', { className: 'kefu-text', text: text }, node);
    if (m.translated_by && m.original_text) {
      renderOriginal(node, m);
    }
    cards.forEach(function (card) {
      renderCard(node, card, m.language);
    });
    if (m.author === 'system' && m.kind === 'rating_asked') {
      renderRating(node);
    }
    if (m.author === 'bot' && m.id && !m.kind) {
      renderThumbs(node, m.id);
    }
    if (m.kind === 'proactive' && customer) {
      renderStopAlerts(node);
    }
    if (m.id) {
      node.setAttribute('data-id', String(m.id));
    }
    if (pending) {
      node.setAttribute('data-state', 'pending');
    }
    log.insertBefore(node, typing);
    noteSeen(m);
    scrollDown();
    return node;
  }

  // receive shows a stored message unless it is already on screen. A
  // customer message we are still sending is matched by its client ID.
  function receive(m) {
    if (!m || !m.id || state.seen[m.id]) {
      return;
    }
    if (m.author === 'customer' && m.client_message_id) {
      for (var i = 0; i < state.queue.length; i++) {
        if (state.queue[i].cid === m.client_message_id) {
          settle(state.queue[i], m);
          return;
        }
      }
    }
    renderMessage(m, false);
    noteSystem(m);
    if (m.author !== 'customer') {
      showTyping(false);
    }
  }

  // renderOriginal adds the "translated" marker to a machine-translated
  // message; it shows the author's own words on click (and as a tooltip).
  function renderOriginal(node, m) {
    var btn = el('button', { className: 'kefu-translated', type: 'button', 'aria-expanded': 'false', 'data-i18n': 'translated' }, node);
    btn.textContent = t('translated');
    btn.title = m.original_text;
    var orig = el('span', { className: 'kefu-original', dir: 'auto' }, node);
    if (m.original_language) {
      orig.setAttribute('lang', m.original_language);
    }
    orig.textContent = m.original_text;
    orig.hidden = true;
    btn.addEventListener('click', function () {
      orig.hidden = !orig.hidden;
      btn.setAttribute('aria-expanded', orig.hidden ? 'false' : 'true');
      scrollDown();
    });
  }

  // formatTime shows an RFC 3339 time in the reader's time zone, in the
  // message's language when the browser knows it.
  function formatTime(at, lang) {
    var d = new Date(at);
    if (isNaN(d.getTime())) {
      return '';
    }
    var opts = { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' };
    try {
      return new Intl.DateTimeFormat([lang || uiLang(), 'en'], opts).format(d);
    } catch (e) {
      return d.toLocaleString();
    }
  }

  // renderCard draws a progress card as a vertical timeline (oldest step
  // first, the last one marked current), an offer card as its title and a
  // coupon code with a copy button, a product card as its name, a line of
  // price and stock, and its SKU, and a traceability card as the food, its
  // verdict, the key numbers and a link to the report (which the page
  // shows to this conversation's customer only). Types it does not know
  // are skipped: the message's text says the same.
  function renderCard(node, card, lang) {
    if (card.type === 'attachment') {
      renderPhoto(node, card);
      return;
    }
    if (card.type === 'products') {
      renderProducts(node, card, lang);
      return;
    }
    if (card.type !== 'progress' && card.type !== 'offer' && card.type !== 'product' && card.type !== 'traceability' &&
        card.type !== 'coupon') {
      return;
    }
    var box = el('div', { className: 'kefu-card', 'data-type': card.type }, node);
    if (card.title) {
      el('div', { className: 'kefu-card-title', text: card.title }, box);
    }
    if (card.subtitle) {
      el('div', { className: 'kefu-card-subtitle', text: card.subtitle }, box);
    }
    if (card.type === 'product') {
      if (card.code) {
        el('code', { className: 'kefu-card-sku', dir: 'ltr', text: card.code }, box);
      }
      return;
    }
    if (card.type === 'traceability') {
      box.setAttribute('data-verdict', String(card.verdict || ''));
      var facts = el('dl', { className: 'kefu-facts' }, box);
      (card.facts || []).forEach(function (f) {
        el('dt', { text: f.label || '' }, facts);
        el('dd', { text: f.value || '' }, facts);
      });
      // Only kefu's own report pages are linked, with this conversation's
      // credentials so that the page can tell it is the customer's.
      var url = String(card.url || '');
      if (/^\/trace\/[A-Za-z0-9_.-]+$/.test(url) && state.id && state.token) {
        el('a', {
          className: 'kefu-report-link', target: '_blank', rel: 'noopener noreferrer', 'data-i18n': 'report', text: t('report'),
          href: origin + url + '?conversation=' + encodeURIComponent(state.id) + '&token=' + encodeURIComponent(state.token) +
            (lang ? '&lang=' + encodeURIComponent(lang) : '')
        }, box);
      }
      return;
    }
    if (card.type === 'progress') {
      var steps = card.steps || [];
      var list = el('ol', { className: 'kefu-timeline' }, box);
      steps.forEach(function (st, i) {
        var li = el('li', { className: 'kefu-step' }, list);
        if (i === steps.length - 1) {
          li.setAttribute('data-current', 'true');
        }
        el('span', { className: 'kefu-step-label', text: st.label || '' }, li);
        if (st.location) {
          el('span', { className: 'kefu-step-location', text: st.location }, li);
        }
        if (st.at) {
          el('time', { className: 'kefu-step-time', datetime: st.at, text: formatTime(st.at, lang) }, li);
        }
      });
      return;
    }
    if (card.type === 'coupon' && card.amount) {
      var amount = (card.amount / 100).toFixed(2) + ' ' + String(card.currency || '');
      el('div', { className: 'kefu-coupon-amount', dir: 'ltr', text: amount }, box);
    }
    if (card.code) {
      var row = el('div', { className: 'kefu-offer' }, box);
      el('span', { className: 'kefu-code-label', 'data-i18n': 'code', text: t('code') }, row);
      var code = el('code', { className: 'kefu-code', dir: 'ltr', text: card.code }, row);
      var copy = el('button', { className: 'kefu-copy', type: 'button', 'data-i18n': 'copy', text: t('copy') }, row);
      copy.addEventListener('click', function () {
        copyText(card.code, code).then(function () {
          copy.textContent = t('copied');
          copy.setAttribute('data-copied', 'true');
          setTimeout(function () {
            copy.textContent = t('copy');
            copy.removeAttribute('data-copied');
          }, 2000);
        }, function () { /* the code stays selected for a manual copy */ });
      });
    }
  }

  // renderProducts draws a products card as a row of product tiles: an
  // image placeholder with the name's first letter, the name, the price,
  // why it fits, the rating and a short review, the promotion, when to use
  // it, and an add-to-cart link (http or https only, in a new tab). All
  // text goes through textContent.
  function renderProducts(node, card, lang) {
    var items = card.items || [];
    if (!items.length) {
      return;
    }
    var box = el('div', { className: 'kefu-card', 'data-type': 'products' }, node);
    el('div', { className: 'kefu-card-title', text: card.title || tIn('picks', lang) }, box);
    var list = el('ol', { className: 'kefu-products' }, box);
    items.forEach(function (it) {
      var li = el('li', { className: 'kefu-product', 'data-sku': String(it.sku || '') }, list);
      var name = String(it.name || it.sku || '');
      var pic = el('div', { className: 'kefu-product-image', 'aria-hidden': 'true', text: name.charAt(0).toUpperCase() }, li);
      if (/^https:\/\//i.test(String(it.image || ''))) {
        pic.textContent = '';
        el('img', { src: String(it.image), alt: '', loading: 'lazy', referrerpolicy: 'no-referrer' }, pic);
      }
      var body = el('div', { className: 'kefu-product-body' }, li);
      el('div', { className: 'kefu-product-name', dir: 'auto', text: name }, body);
      var meta = el('div', { className: 'kefu-product-meta' }, body);
      if (it.price) {
        el('span', { className: 'kefu-product-price', dir: 'ltr', text: it.price }, meta);
      }
      if (it.rating && it.reviews) {
        el('span', { className: 'kefu-product-rating', text: '★ ' + Number(it.rating).toFixed(1) + ' · ' + tIn('reviews', lang).replace('{n}', String(it.reviews)) }, meta);
      }
      if (it.usage) {
        el('span', { className: 'kefu-product-usage', text: it.usage }, meta);
      }
      var reasons = it.reasons || [];
      if (reasons.length) {
        var ul = el('ul', { className: 'kefu-product-reasons' }, body);
        reasons.forEach(function (r) {
          el('li', { text: String(r) }, ul);
        });
      }
      if (it.review) {
        el('q', { className: 'kefu-product-review', dir: 'auto', text: String(it.review) }, body);
      }
      if (it.promotion) {
        el('div', { className: 'kefu-product-promo', text: String(it.promotion) }, body);
      }
      var url = String(it.url || '');
      if (/^https?:\/\//i.test(url)) {
        el('a', { className: 'kefu-product-cart', href: url, target: '_blank', rel: 'noopener noreferrer', text: tIn('addToCart', lang) }, body);
      }
    });
  }

  // renderPhoto shows an attachment card's photo as a thumbnail that
  // grows to the panel's width on click. Only kefu's own attachment paths
  // are loaded, with this conversation's token in the query: an <img>
  // cannot send a header.
  function renderPhoto(node, card) {
    var url = String(card.url || '');
    if (!ATTACHMENT_URL.test(url) || !state.token) {
      return;
    }
    var box = el('div', { className: 'kefu-card', 'data-type': 'attachment' }, node);
    var a = card.attachment || {};
    var img = el('img', {
      className: 'kefu-photo', alt: t('photo'), 'data-i18n-alt': 'photo', tabindex: '0', role: 'button', 'aria-expanded': 'false',
      src: origin + url + '?token=' + encodeURIComponent(state.token)
    }, box);
    if (a.width > 0 && a.height > 0) {
      img.setAttribute('width', String(a.width));
      img.setAttribute('height', String(a.height));
    }
    img.addEventListener('load', scrollDown);
    function toggle() {
      var open = box.getAttribute('data-expanded') !== 'true';
      box.setAttribute('data-expanded', open ? 'true' : 'false');
      img.setAttribute('aria-expanded', open ? 'true' : 'false');
    }
    img.addEventListener('click', toggle);
    img.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        toggle();
      }
    });
  }

  // copyText copies text to the clipboard, falling back to selecting the
  // element (older browsers, or pages without clipboard permission).
  function copyText(text, node) {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      return navigator.clipboard.writeText(text).catch(function () {
        return selectCopy(node);
      });
    }
    return selectCopy(node);
  }

  function selectCopy(node) {
    var range = document.createRange();
    range.selectNodeContents(node);
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    var ok = false;
    try {
      ok = document.execCommand('copy');
    } catch (e) { /* not supported */ }
    return ok ? Promise.resolve() : Promise.reject(new Error('copy'));
  }

  // renderRating adds a 1-5 star control (CSAT) under a rating request.
  // It stays active until the conversation is rated (a rating_given
  // message follows it).
  // renderStopAlerts offers, under a message kefu wrote first, to turn
  // such messages off for this customer.
  function renderStopAlerts(node) {
    var b = el('button', { className: 'kefu-stop-alerts', type: 'button' }, node);
    b.textContent = t('stopAlerts');
    b.addEventListener('click', function () {
      b.disabled = true;
      api('POST', conversationPath('/proactive-opt-out'), { opt_out: true }, state.token).then(function (res) {
        b.textContent = t('alertsStopped');
        receive(res.message);
      }, function () {
        b.disabled = false;
        setStatus(t('failed'));
      });
    });
  }

  // renderThumbs adds thumbs up and down under a bot reply (docs/learning.md):
  // a thumbs-down asks, optionally, what went wrong. A second choice
  // replaces the first on the server.
  function renderThumbs(node, id) {
    var box = el('div', { className: 'kefu-thumbs', role: 'group', 'data-for': String(id) }, node);
    var up = el('button', { className: 'kefu-thumb', type: 'button', 'data-rating': 'up', 'aria-pressed': 'false', 'data-i18n-label': 'helpful' }, box);
    var down = el('button', { className: 'kefu-thumb', type: 'button', 'data-rating': 'down', 'aria-pressed': 'false', 'data-i18n-label': 'notHelpful' }, box);
    up.appendChild(thumbIcon(false));
    down.appendChild(thumbIcon(true));
    [up, down].forEach(function (b) {
      b.setAttribute('aria-label', t(b.getAttribute('data-i18n-label')));
      b.title = t(b.getAttribute('data-i18n-label'));
    });
    if (state.thumbs[id]) {
      showThumbs(box, state.thumbs[id]);
    }
    var form = null;
    function send(rating, reason) {
      var body = { rating: rating };
      if (reason) {
        body.reason = reason;
      }
      return api('POST', conversationPath('/messages/' + id + '/feedback'), body, state.token).then(function () {
        state.thumbs[id] = rating;
        showThumbs(box, rating);
      }, function () {
        setStatus(t('failed'));
      });
    }
    up.addEventListener('click', function () {
      if (form) {
        form.remove();
        form = null;
      }
      send('up').then(function () { thank(); });
    });
    down.addEventListener('click', function () {
      send('down');
      if (form) {
        return;
      }
      form = el('form', { className: 'kefu-thumbs-reason' }, node);
      var input = el('input', { type: 'text', maxLength: 1000, 'data-i18n-placeholder': 'whyNot' }, form);
      input.placeholder = t('whyNot');
      input.setAttribute('aria-label', t('whyNot'));
      var go = el('button', { type: 'submit', 'data-i18n': 'send', text: t('send') }, form);
      form.addEventListener('submit', function (e) {
        e.preventDefault();
        var reason = input.value.trim();
        go.disabled = true;
        (reason ? send('down', reason) : Promise.resolve()).then(function () {
          if (form) {
            form.remove();
            form = null;
          }
          thank();
        });
      });
      input.focus();
    });
    function thank() {
      var old = node.querySelector('.kefu-thumbs-thanks');
      if (!old) {
        el('span', { className: 'kefu-thumbs-thanks', 'data-i18n': 'feedbackThanks', text: t('feedbackThanks') }, box);
      }
    }
  }

  // showThumbs marks the chosen thumb of a reply.
  function showThumbs(box, rating) {
    Array.prototype.forEach.call(box.querySelectorAll('.kefu-thumb'), function (b) {
      b.setAttribute('aria-pressed', b.getAttribute('data-rating') === rating ? 'true' : 'false');
    });
    box.setAttribute('data-state', 'sent');
  }

  // loadThumbs fetches the customer's stored thumbs, so that replies shown
  // again after a reload keep them.
  function loadThumbs() {
    api('GET', conversationPath('/feedback'), undefined, state.token).then(function (data) {
      (data.feedback || []).slice().reverse().forEach(function (f) {
        state.thumbs[f.message_id] = f.kind === 'thumbs_up' ? 'up' : 'down';
      });
      Array.prototype.forEach.call(log.querySelectorAll('.kefu-thumbs[data-for]'), function (box) {
        var r = state.thumbs[box.getAttribute('data-for')];
        if (r) {
          showThumbs(box, r);
        }
      });
    }, function () {});
  }

  // thumbIcon draws a thumb (down: turned over) as SVG, as the launcher's
  // icon is: emoji fonts are not everywhere.
  function thumbIcon(down) {
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('width', '14');
    svg.setAttribute('height', '14');
    svg.setAttribute('aria-hidden', 'true');
    if (down) {
      svg.setAttribute('transform', 'rotate(180)');
    }
    var path = document.createElementNS(ns, 'path');
    path.setAttribute('fill', 'currentColor');
    path.setAttribute('d', 'M2 21h4V9H2v12zm20-11a2 2 0 0 0-2-2h-6.3l.95-4.57.03-.32c0-.41-.17-.79-.44-1.06L13.17 1 7.59 6.59C7.22 6.95 7 7.45 7 8v11a2 2 0 0 0 2 2h9c.83 0 1.54-.5 1.84-1.22l3.02-7.05c.09-.23.14-.47.14-.73v-2z');
    svg.appendChild(path);
    return svg;
  }

  function renderRating(node) {
    var box = el('div', { className: 'kefu-rating', role: 'group' }, node);
    box.setAttribute('aria-label', t('rate'));
    for (var n = 1; n <= 5; n++) {
      var b = el('button', { className: 'kefu-star', type: 'button', 'data-rating': String(n), 'aria-pressed': 'false' }, box);
      b.textContent = '\u2605';
      b.setAttribute('aria-label', tf('star', { n: n }));
      b.title = tf('star', { n: n });
      b.addEventListener('click', rate.bind(null, n, box));
    }
    state.ratingBoxes.push(box);
  }

  function rate(n, box) {
    if (box.getAttribute('data-state')) {
      return;
    }
    box.setAttribute('data-state', 'sending');
    box.setAttribute('data-chosen', String(n));
    showStars(box, n);
    api('POST', conversationPath('/rating'), { rating: n }, state.token).then(function (res) {
      state.rating = n;
      ratingDone();
      receive(res.message);
    }, function (err) {
      if (err.status === 409) {
        // Already rated (another tab) or no longer asked.
        ratingDone();
        return;
      }
      box.removeAttribute('data-state');
      box.removeAttribute('data-chosen');
      showStars(box, 0);
      setStatus(t('rateFailed'));
    });
  }

  function showStars(box, n) {
    Array.prototype.forEach.call(box.querySelectorAll('.kefu-star'), function (b) {
      b.setAttribute('aria-pressed', Number(b.getAttribute('data-rating')) <= n ? 'true' : 'false');
    });
  }

  // ratingDone closes every open CSAT control, showing the stars chosen
  // there (the thank-you may arrive over the websocket before the reply to
  // the post) or else the stored rating.
  function ratingDone() {
    state.ratingBoxes.forEach(function (box) {
      box.setAttribute('data-state', 'done');
      showStars(box, Number(box.getAttribute('data-chosen')) || state.rating);
      Array.prototype.forEach.call(box.querySelectorAll('.kefu-star'), function (b) {
        b.disabled = true;
      });
    });
    state.ratingBoxes = [];
  }

  // noteSystem follows the hand-off steps that system messages record.
  function noteSystem(m) {
    if (m.author !== 'system') {
      return;
    }
    switch (m.kind) {
      case 'agent_joined':
      case 'transferred':
        if (m.author_name) {
          state.agentName = m.author_name;
        }
        break;
      case 'agent_left':
      case 'closed':
        state.agentName = '';
        break;
      case 'rating_given':
        ratingDone();
        return;
      default:
        return;
    }
    showConversationStatus(state.status);
  }

  function settle(item, m) {
    item.node.setAttribute('data-id', String(m.id));
    item.node.removeAttribute('data-state');
    noteSeen(m);
  }

  // ---- API ------------------------------------------------------------------

  function api(method, path, body, token) {
    var headers = { Accept: 'application/json' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (token) {
      headers.Authorization = 'Bearer ' + token;
    }
    return fetch(origin + path, {
      method: method,
      headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store'
    }).then(function (res) {
      return res.json().catch(function () { return null; }).then(function (data) {
        if (res.ok) {
          return data;
        }
        var err = new Error((data && data.error && data.error.message) || ('HTTP ' + res.status));
        err.status = res.status;
        err.retry = res.status >= 500 || res.status === 429;
        // Seconds a 429 (rate_limited) asks to wait; 0 when none.
        err.retryAfter = parseInt(res.headers.get('Retry-After'), 10) || 0;
        throw err;
      });
    }, function () {
      var err = new Error('network');
      err.retry = true;
      throw err;
    });
  }

  function conversationPath(suffix) {
    return '/v1/conversations/' + encodeURIComponent(state.id) + (suffix || '');
  }

  function ensureConversation() {
    if (state.id && state.token) {
      return Promise.resolve();
    }
    if (state.creating) {
      return state.creating;
    }
    var body = {};
    if (state.lang !== 'auto') {
      body.language = state.lang;
    }
    if (customer) {
      body.customer = { external_id: customer, signature: signature };
    }
    state.creating = api('POST', '/v1/widget/' + encodeURIComponent(tenant) + '/conversations', body)
      .then(function (data) {
        state.id = data.conversation.id;
        state.token = data.token;
        state.lastId = 0;
        state.seen = {};
        saveSession();
        showConversation(data.conversation, data.queue);
        connect();
      })
      .finally(function () {
        state.creating = null;
      });
    return state.creating;
  }

  // adopt takes over, for a signed-in customer without a conversation in
  // this tab, the conversation kefu opened to write to them first (their
  // delivery is at risk), if there is one; it creates none.
  function adopt() {
    if (state.id || !customer) {
      return;
    }
    var body = { customer: { external_id: customer, signature: signature }, existing_only: true };
    if (state.lang !== 'auto') {
      body.language = state.lang;
    }
    api('POST', '/v1/widget/' + encodeURIComponent(tenant) + '/conversations', body).then(function (data) {
      if (!data || !data.conversation || state.id) {
        return;
      }
      state.id = data.conversation.id;
      state.token = data.token;
      state.lastId = 0;
      state.seen = {};
      saveSession();
      showConversation(data.conversation, data.queue);
      connect();
    }, function () {});
  }

  // resume reloads a conversation kept in sessionStorage; the websocket
  // then replays its messages.
  function resume() {
    if (!state.id || !state.token) {
      return;
    }
    api('GET', conversationPath(), undefined, state.token).then(function (data) {
      showConversation(data.conversation, data.queue);
      connect();
      loadThumbs();
    }, function (err) {
      if (err.status === 401 || err.status === 404) {
        forgetConversation();
      } else {
        connect();
      }
    });
  }

  // ---- sending ----------------------------------------------------------------

  function uuid() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var b = new Uint8Array(16);
    if (window.crypto && crypto.getRandomValues) {
      crypto.getRandomValues(b);
    } else {
      for (var i = 0; i < 16; i++) {
        b[i] = Math.floor(Math.random() * 256);
      }
    }
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function byteLength(s) {
    return window.TextEncoder ? new TextEncoder().encode(s).length : unescape(encodeURIComponent(s)).length;
  }

  function submit() {
    var text = input.value;
    if (!text.trim()) {
      return;
    }
    if (byteLength(text) > MAX_BYTES) {
      setStatus(t('tooLong'));
      return;
    }
    setStatus('');
    input.value = '';
    // The client message ID is fixed now and reused for every retry, so
    // the server stores the message once however often we resend it.
    var item = {
      text: text,
      cid: uuid(),
      language: state.lang === 'auto' ? '' : state.lang,
      attempts: 0,
      recreated: false
    };
    item.node = renderMessage({ author: 'customer', text: text }, true);
    state.queue.push(item);
    pump();
  }

  // pump sends queued messages one at a time, in order.
  function pump() {
    if (state.sending || !state.queue.length) {
      return;
    }
    var item = state.queue[0];
    state.sending = true;
    showTyping(true);
    ensureConversation().then(function () {
      var body = { text: item.text, client_message_id: item.cid };
      if (item.language) {
        body.language = item.language;
      }
      return api('POST', conversationPath('/messages'), body, state.token);
    }).then(function (res) {
      state.queue.shift();
      state.sending = false;
      setStatus('');
      settle(item, res.message);
      if (res.reply) {
        receive(res.reply);
      }
      showTyping(false);
      pump();
    }, function (err) {
      state.sending = false;
      showTyping(false);
      if ((err.status === 401 || err.status === 404) && state.id && !item.recreated) {
        // The stored conversation is gone: start a new one and resend.
        item.recreated = true;
        forgetConversation();
        pump();
        return;
      }
      if (err.retry && ++item.attempts < MAX_SEND_ATTEMPTS) {
        setStatus(t('retrying'));
        setTimeout(pump, Math.max(Math.min(30000, 1000 * Math.pow(2, item.attempts - 1)), 1000 * (err.retryAfter || 0)));
        return;
      }
      state.queue.shift();
      fail(item, err);
      pump();
    });
  }

  // fail marks a message as not sent and offers to resend it with the
  // same client message ID.
  function fail(item, err) {
    item.node.setAttribute('data-state', 'failed');
    var note = el('button', { className: 'kefu-retry', type: 'button' }, item.node);
    note.textContent = t('failed') + ' ' + (err && err.status && !err.retry ? err.message + ' ' : '') + t('retry');
    note.addEventListener('click', function () {
      note.remove();
      item.node.setAttribute('data-state', 'pending');
      item.attempts = 0;
      state.queue.push(item);
      pump();
    });
    setStatus('');
  }

  // ---- photos ----------------------------------------------------------------

  // attach checks a chosen photo and uploads it, with the text typed so
  // far as its caption. The server checks everything again (type from
  // the bytes, size, pixels); these checks only save a useless upload.
  function attach(file) {
    if (!file) {
      return;
    }
    if (file.type && !PHOTO_TYPES[file.type]) {
      setStatus(t('photoType'));
      return;
    }
    if (file.size > MAX_PHOTO_BYTES) {
      setStatus(t('photoTooBig'));
      return;
    }
    var caption = input.value.trim();
    if (byteLength(caption) > MAX_BYTES) {
      setStatus(t('tooLong'));
      return;
    }
    setStatus('');
    input.value = '';
    var node = renderMessage({ author: 'customer', kind: 'attachment', text: caption ? caption + '\n' + t('sendingPhoto') : t('sendingPhoto') }, true);
    upload(file, caption, false).then(function (res) {
      node.remove();
      receive(res.message);
      if (res.reply) {
        // The bot asked for this photo and answers it (an after-sales report).
        receive(res.reply);
      }
    }, function (err) {
      node.remove();
      setStatus(photoError(err));
      if (caption && !input.value) {
        input.value = caption;
      }
    });
  }

  function upload(file, caption, recreated) {
    return ensureConversation().then(function () {
      var fd = new FormData();
      fd.append('file', file);
      if (caption) {
        fd.append('caption', caption);
      }
      return fetch(origin + conversationPath('/attachments'), {
        method: 'POST',
        headers: { Accept: 'application/json', Authorization: 'Bearer ' + state.token },
        body: fd,
        credentials: 'omit',
        cache: 'no-store'
      }).then(function (res) {
        return res.json().catch(function () { return null; }).then(function (data) {
          if (res.ok) {
            return data;
          }
          var err = new Error((data && data.error && data.error.message) || ('HTTP ' + res.status));
          err.status = res.status;
          throw err;
        });
      });
    }).catch(function (err) {
      if ((err.status === 401 || err.status === 404) && state.id && !recreated) {
        // The stored conversation is gone: start a new one and resend.
        forgetConversation();
        return upload(file, caption, true);
      }
      throw err;
    });
  }

  function photoError(err) {
    switch (err && err.status) {
      case 413:
        return t('photoTooBig');
      case 400:
        return t('photoInvalid');
      case 429:
        return t('photoLimit');
    }
    return t('photoFailed');
  }

  // ---- live events ---------------------------------------------------------------

  function connect() {
    if (!state.id || !state.token || state.ws || !window.WebSocket) {
      return;
    }
    clearTimeout(state.wsTimer);
    var u = new URL(conversationPath('/ws'), origin);
    u.protocol = u.protocol === 'https:' ? 'wss:' : 'ws:';
    u.searchParams.set('after', String(state.lastId));
    u.searchParams.set('token', state.token);
    var ws = new WebSocket(u.toString());
    state.ws = ws;
    ws.onopen = function () {
      state.wsAttempt = 0;
      if (statusEl.textContent === t('offline')) {
        setStatus('');
      }
      // The socket replays missed messages (?after=) but not status
      // changes: a hand-off while it was (re)connecting would leave the
      // banner hidden. The server subscribes before the handshake, so one
      // read now closes the gap.
      pollConversation();
    };
    ws.onmessage = function (e) {
      var ev;
      try {
        ev = JSON.parse(e.data);
      } catch (x) {
        return;
      }
      if (ev.type === 'message.created') {
        receive(ev.message);
      } else if (ev.type === 'conversation.status' && ev.conversation) {
        showConversation(ev.conversation, null);
        if (ev.conversation.status === 'queued') {
          pollConversation(); // the event does not carry the place in the queue
        }
      }
    };
    ws.onclose = function (e) {
      if (state.ws !== ws) {
        return;
      }
      state.ws = null;
      // 1013 "try again later": we fell behind; reconnect at once from the
      // last message we have. Anything else backs off up to 30 seconds.
      var delay = e.code === 1013 ? 200 : Math.min(30000, 1000 * Math.pow(2, state.wsAttempt++));
      if (e.code !== 1013 && state.wsAttempt > 2) {
        setStatus(t('offline'));
      }
      state.wsTimer = setTimeout(connect, delay);
    };
  }

  // ---- wiring ---------------------------------------------------------------------

  function open() {
    panel.hidden = false;
    root.classList.add('kefu-open');
    if (launcher) {
      launcher.setAttribute('aria-expanded', 'true');
    }
    if (!state.opened) {
      state.opened = true;
      resume();
      adopt();
    }
    input.focus();
    scrollDown();
  }

  function close() {
    if (inline) {
      return;
    }
    panel.hidden = true;
    root.classList.remove('kefu-open');
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
  }

  if (launcher) {
    launcher.addEventListener('click', function () {
      if (panel.hidden) {
        open();
      } else {
        close();
      }
    });
  }
  if (closeBtn) {
    closeBtn.addEventListener('click', close);
  }
  panel.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') {
      close();
    }
  });
  attachBtn.addEventListener('click', function () {
    fileInput.click();
  });
  fileInput.addEventListener('change', function () {
    var file = fileInput.files && fileInput.files[0];
    fileInput.value = ''; // the same photo may be chosen again
    attach(file);
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    submit();
  });
  input.addEventListener('keydown', function (e) {
    // Enter sends, Shift+Enter starts a new line; never while an input
    // method (Chinese, Japanese, Thai...) is composing.
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
      e.preventDefault();
      submit();
    }
  });
  langSel.addEventListener('change', function () {
    state.lang = langSel.value;
    saveSession();
    applyLanguage();
  });

  applyLanguage();
  (document.body || document.documentElement).appendChild(root);
  if (inline) {
    open();
  }
}());
