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
      title: "kefu · shop admin",
      pct: "{n} %",
      dur_minutes: "{n} min", dur_hours: "{n} h",
      login_shop_ph: "e.g. globalmart",
      login_demo: "Demo: shop {shop}, {ana}, password {password}.",
      nav_label: "Sections",
      err_unauthorized: "Wrong shop, email or password, or the session has expired.", err_forbidden: "You may not do this.",
      err_not_found: "Not found; someone may have deleted it.", err_rate_limited: "Too many requests; please wait a moment.",
      err_internal: "Server error; please try again later.", err_unavailable: "The service is unavailable right now; please try again later.",
      err_too_large: "It is too long.", err_network: "Cannot reach the server; please check the connection.",
      login_title: "kefu shop admin",
      login_who: "For shop owners and admins. Sign in with your agent console account.",
      login_shop: "Shop", login_email: "Email", login_password: "Password", login_submit: "Sign in",
      login_wait: "Too many failed attempts. For the account's safety, please wait {wait} before trying again.",
      login_again: "You can try again now.", wait_seconds: "{n} s", wait_minutes: "{n} min",
      to_console: "Agent console", to_dashboard: "Dashboard", to_admin: "Shop admin", logout: "Log out", admin: "shop admin",
      refused_title: "Shop admin",
      refused: "Only shop owners and admins can use these pages.",
      refused_who: "You are signed in as {name} ({role}). Ask an owner or admin of {shop} if you need a change.",
      role_agent: "agent", role_admin: "admin", role_owner: "owner",
      nav_settings: "Shop settings", nav_knowledge: "Knowledge", nav_synonyms: "Synonyms", nav_widget: "Widget",
      nav_agents: "Agents", nav_keys: "API keys", nav_promotions: "Promotions", nav_canned: "Canned replies",
      nav_feedback: "Feedback",
      fb_title: "Feedback and corrections",
      fb_hint: "What agents corrected in the console and what customers thought of the bot's replies. Accepted relabels train the next model (kefu model retrain); see docs/learning.md.",
      fb_filter_kind: "Kind", fb_filter_status: "Status", fb_any: "Any", fb_show: "Show",
      fb_empty: "No feedback yet.", fb_more: "Older feedback",
      fb_when: "When", fb_kind: "Kind", fb_who: "Who", fb_what: "What", fb_status: "Status",
      fb_k_relabel: "Relabelled message", fb_k_answer_fixed: "Better answer", fb_k_answer_flagged: "Answer flagged",
      fb_k_article_wrong: "Article wrong", fb_k_article_outdated: "Article outdated",
      fb_k_thumbs_up: "Customer: helpful", fb_k_thumbs_down: "Customer: not helpful",
      fb_s_proposed: "Proposed", fb_s_accepted: "Accepted", fb_s_rejected: "Rejected",
      fb_accept: "Accept", fb_reject: "Reject", fb_customer: "Customer",
      fb_meant: "“{text}” means {intent} (understood: {previous})", fb_reason: "Reason: {reason}",
      fb_article: "Article {id}", fb_answer: "Better answer: {answer}", fb_reply: "On the reply to {intent}",
      fb_reviewed: "by {name}, {time}",
      md_title: "Intent model", md_serving: "Serving this shop: {version}", md_shipped: "the model shipped with kefu",
      md_own: "this shop's own", md_global: "global", md_retrain: "Retrain now",
      md_retraining: "Retraining… this takes about a minute. The candidate serves only if it passes the rule.",
      md_failed: "The last retrain failed: {message}",
      md_hint: "A retrain learns from the accepted relabels below; the candidate is compared with the serving model and promoted only if it gets the corrected messages right without losing more than 0.3 points of dev accuracy or calibration.",
      md_version: "Version", md_created: "Trained", md_dev: "Dev accuracy", md_corrected: "Corrected right", md_verdict: "Verdict",
      md_paired: "{fixed} fixed, {broken} broken",
      md_serves: "Serving", md_kept_out: "Kept out", md_retired: "Rolled back", md_was: "Served before", md_none: "No retrain yet.",
      loading: "Loading…", save: "Save", saving: "Saving…", saved: "Saved.", cancel: "Cancel", reload: "Reload",
      copy: "Copy", copied: "Copied", required: "Required.", error_generic: "Something went wrong: {message}",
      conflict: "Someone else changed this since you opened it. Reload to see their version, then make your change again.",
      session_over: "Your session has ended; please sign in again.",
      // settings
      settings_title: "Shop settings", settings_shop: "Shop: {name} ({id})",
      set_language_legend: "Languages", set_languages: "Languages the shop answers in", set_languages_hint: "Language tags such as en, zh, es, separated by commas. The first is the fallback.",
      set_default_language: "Default language", set_default_language_hint: "The shop's working language.",
      set_currency: "Currency", set_currency_hint: "ISO 4217 code, e.g. EUR, USD, CNY.",
      set_timezone: "Time zone", set_timezone_hint: "IANA name, e.g. Europe/Berlin or Asia/Shanghai; used for times shown to customers.",
      set_cart_url: "Add-to-cart link", set_cart_url_hint: "Your shop's link with {sku} where the product's SKU goes, e.g. https://shop.example/cart/add?sku={sku}; recommended products link to it. Empty: no add-to-cart button.",
      set_confidence: "Confidence threshold", set_confidence_hint: "From 0 to 1. Below it the bot asks the customer to clarify. Empty: kefu's default.",
      set_clarify: "Clarify limit", set_clarify_hint: "How many clarifying questions in a row before a person takes over. Empty: kefu's default.",
      set_handoff: "Hand-off to a person",
      set_anger_handoff: "Hand strongly angry customers to a person",
      set_sensitive_handoff: "Hand sensitive topics (health, legal threats, fraud) to a person",
      set_strategies: "Strategies", set_strategies_hint: "What kefu does when it senses a customer's mood, in the order tried. Unticked ones do not run.",
      set_widget: "Chat widget", set_widget_enabled: "Visitors of the shop's website can chat (the widget is on)",
      set_llm: "Language model", set_llm_answers: "Let the server's language model write answers from our help articles, citing them",
      set_llm_hint: "Only when the server has a language model configured. Customers' questions, without their e-mails, phone and order numbers, are then sent to it; answers it cannot ground in an article are not shown.",
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
      w_sign_code: "Computing the signature on your server (shell, Go)",
      delete: "Delete", saved_name: "Saved {name}.",
      // promotions
      pr_title: "Promotions", pr_new: "New promotion",
      pr_hint: "Offers the bot may mention to customers, for instance to pleased ones. Write each offer in the languages your customers speak.",
      pr_empty: "No promotions yet.",
      pr_active: "Active now", pr_scheduled: "Starts {time}", pr_ended: "Ended {time}",
      pr_from_until: "From {start} until {end}", pr_from: "From {start}, no end", pr_until: "Until {end}", pr_always: "No start or end date",
      pr_everything: "On everything in the shop", pr_categories_line: "Categories: {list}", pr_products_line: "Products (SKU): {list}",
      pr_min_line: "For orders from {amount}",
      pr_id_line: "id {id}", pr_missing: "No text yet in {list}.",
      pr_delete_q: "Delete {name}? The bot stops offering it at once.", pr_deleted: "Deleted {name}.",
      pr_editing: "Edit promotion", pr_creating: "New promotion",
      pr_code: "Code", pr_code_hint: "What customers enter at checkout, e.g. SUMMER10. Optional.",
      pr_id: "ID", pr_id_hint: "Your own name for it, for the API and imports, e.g. summer-sale. It cannot change later.",
      pr_texts: "Offer text", pr_texts_hint: "What the bot tells a customer, in each language; leave a language empty to skip it.",
      pr_add_language: "Add language",
      pr_when: "When", pr_start: "Starts", pr_start_hint: "Empty: from now on.", pr_end: "Ends", pr_end_hint: "Empty: no end.",
      pr_zone: "Times are in your browser's time zone ({zone}).",
      pr_what: "What it applies to",
      pr_categories: "Categories", pr_categories_hint: "Separated by commas. Empty with no products: everything in the shop.",
      pr_products: "Products", pr_products_hint: "SKUs, separated by commas.",
      pr_min_total: "Minimum order total", pr_min_total_hint: "An amount such as 50 or 49.90. Empty: any order.",
      pr_bad_amount: "Enter an amount like 50 or 49.90 (at most {n} decimals).",
      pr_bad_time: "Enter a date and time.",
      pr_need_text: "Write the offer in at least one language.",
      pr_id_taken: "A promotion with this ID exists already; edit that one or choose another ID.",
      // canned replies
      cr_title: "Canned replies", cr_new: "New canned reply",
      cr_hint: "Ready answers agents insert in the console with a click. The console offers an agent the replies in their language first.",
      cr_filter: "Language", cr_all_languages: "All languages", cr_any_language: "any language",
      cr_empty: "No canned replies yet.", cr_untitled: "(no title)",
      cr_delete_q: "Delete this reply?", cr_deleted: "Deleted {title}.",
      cr_editing: "Edit canned reply", cr_creating: "New canned reply",
      cr_title_field: "Title", cr_title_hint: "What agents pick it by, e.g. Where is my parcel. Give its translations the same title.",
      cr_id_hint: "Your own name for it, for the API and imports. Made from the title; it cannot change later.",
      cr_text_hint: "The reply as the agent sends it.",
      cr_id_taken: "A canned reply with this ID exists already; choose another ID.",
      // agents
      ag_title: "Agents", ag_new: "Add agent",
      ag_hint: "The people who answer chats in the agent console. Admins and owners can also use these pages.",
      ag_name: "Name", ag_role: "Role", ag_languages: "Languages", ag_skills: "Skills", ag_presence: "Status", ag_max_chats: "Chats at once",
      ag_you: "you", ag_disabled: "Disabled", ag_disable: "Disable", ag_enable: "Enable",
      ag_disable_q: "Disable {name}? They can no longer sign in and their sessions end.",
      ag_disabled_done: "{name} is disabled.", ag_enabled_done: "{name} can sign in again.",
      ag_owner_only: "Only an owner can change an owner.",
      role_agent_hint: "answers chats", role_admin_hint: "also uses these pages", role_owner_hint: "also makes and changes owners",
      presence_online: "Online", presence_away: "Away", presence_offline: "Offline",
      ag_editing: "Edit {name}", ag_creating: "New agent", ag_created: "Added {name}.",
      ag_email_hint: "They sign in with it.", ag_email_fixed: "An agent's email cannot change.",
      ag_name_hint: "Shown to customers when this agent answers.",
      ag_own_role: "You cannot change your own role.",
      ag_languages_hint: "Language tags such as en, zh, separated by commas; conversations in these languages go to this agent first.",
      ag_skills_hint: "Separated by commas, e.g. billing, cold_chain.",
      ag_max_chats_hint: "How many conversations the agent holds at once, 1 to 100.",
      ag_password_hint: "At least 8 characters. Give it to the agent privately.",
      ag_new_password: "New password", ag_password_keep: "Leave empty to keep the current one. A new password signs the agent out everywhere.",
      ag_disabled_label: "Disabled: cannot sign in (the agent stays listed)",
      // API keys
      key_title: "API keys",
      key_hint: "Keys let your own servers talk to kefu. A key acts for the whole shop: keep it on your servers, never in a web page or an app.",
      key_new: "New key", key_name: "Name", key_name_hint: "What it is for, so that you know which key to revoke later.",
      key_name_example: "e.g. website backend",
      key_scope: "What it may do", key_create: "Create key",
      scope_chat: "Chat", scope_chat_hint: "For the server behind your chat widget or app: it opens conversations and sends customers' messages. It cannot read or change the shop's data.",
      scope_admin: "Admin", scope_admin_hint: "For back-office sync: products, orders, knowledge, promotions and settings through the admin API, and everything a chat key does.",
      key_list: "Keys of this shop", key_empty: "This shop has no API keys yet.",
      key_starts: "Starts with", key_created: "Created", key_state: "Status",
      key_working: "Working", key_revoked_on: "Revoked {time}", key_revoke: "Revoke",
      key_revoke_q: "Revoke “{name}”? Whatever uses it stops working at once.", key_revoked: "Revoked {name}.",
      key_new_title: "New key “{name}” ({scope})",
      key_once: "Copy it now and keep it somewhere safe: you will not see it again. kefu keeps only a fingerprint of it; if you lose it, create a new key and revoke this one.",
      key_use_chat: "Your server sends it as Authorization: Bearer <key> when it opens a conversation.",
      key_use_admin: "Your back office sends it as Authorization: Bearer <key> to the admin API under /v1.",
      key_done: "I have copied it",
      // compensation rules
      nav_rules: "Compensation rules", nav_compensations: "Compensations",
      ru_title: "Compensation rules", ru_new: "New rule",
      ru_hint: "What a customer gets when an order goes wrong. Rules are tried in this order; the first enabled rule whose condition holds decides.",
      ru_empty: "No rules yet: nothing is granted automatically.",
      ru_order: "Order", ru_name: "Name", ru_when: "Condition", ru_grants: "Grants", ru_limit: "Per customer", ru_state: "Status", ru_version: "Version",
      ru_limit_n: "at most {n} in 30 days", ru_no_limit: "no limit", ru_enabled: "Enabled", ru_paused: "Paused",
      ru_coupon_of: "{amount} coupon", ru_min: "on orders from {amount}", ru_no_min: "no minimum",
      ru_valid_days: "valid {n} days", ru_no_expiry: "no expiry",
      gk_coupon: "Coupon", gk_refund_line: "Refund of the line concerned", gk_refund_order: "Refund of the whole order", gk_none: "Nothing (stop here)",
      gk_coupon_words: "Coupon", gk_refund_line_words: "Refund of the line concerned", gk_refund_order_words: "Refund of the whole order",
      gk_none_words: "Nothing; later rules are not tried",
      gk_refund_line_of: "Refund of {amount} (a line)", gk_refund_order_of: "Refund of {amount} (the order)",
      ru_delete_q: "Delete the rule {name}? It stops granting at once; the ledger keeps its versions.", ru_deleted: "Deleted {name}.",
      ru_editing: "Edit rule {name} (version {version})", ru_creating: "New rule",
      ru_name_hint: "What the rule is for, e.g. Late delivery.",
      ru_id_hint: "Your own name for it, for the API and the ledger. Made from the name; it cannot change later.",
      ru_when_hint: "A CEL condition over the incident, e.g. delay_minutes > 30 or kind == \"underweight\" && missing_grams >= 100. See docs/compensation.md for the variables.",
      ru_kind: "What it grants",
      ru_amount: "Coupon amount ({currency})", ru_amount_hint: "An amount such as 5 or 4.50.", ru_no_currency: "Set the shop's currency in Shop settings first.",
      ru_min_order: "Minimum order", ru_min_order_hint: "Empty: the coupon works on any order.",
      ru_days: "Valid for (days)", ru_days_hint: "Empty: it does not expire.",
      ru_order_hint: "Lower numbers are tried first.",
      ru_limit_hint: "Skip customers granted this many compensations in the last 30 days. Empty: no limit.",
      ru_enabled_label: "Enabled: the rule grants (untick to pause it)",
      ru_id_taken: "A rule with this ID exists already; edit that one or choose another ID.",
      ru_saved: "Saved {name} (version {version}).",
      dr_title: "Dry run", dr_hint: "What the rules would have granted for the incidents kefu recorded in these days. Nothing is granted.",
      dr_since: "From", dr_until: "Until", dr_run_current: "Dry run of the current rules", dr_run_draft: "Dry run with this draft",
      dr_running: "Running…", dr_bad_dates: "Choose the dates.", dr_fix_draft: "The draft has an error; see the form.",
      dr_summary: "{n} incidents; {granted} would get something, costing {cost}.",
      dr_with_draft: "With the draft of {name}:",
      dr_limited: "Only the first 10,000 incidents were replayed.", dr_no_rules: "There are no rules to try.",
      dr_matched: "Decided", dr_granted: "Granted", dr_errors: "Errors", dr_cost: "Cost", dr_draft: "draft",
      dr_errors_title: "Errors ({n})", dr_error_line: "Incident {incident}, rule {rule}: {message}",
      // the ledger
      lg_title: "Compensations", lg_hint: "What customers were granted, by a rule or by an agent, newest first. A revoked entry stays listed with who revoked it and why.",
      lg_customer: "Customer", lg_customer_ph: "customer id in your shop", lg_order: "Order", lg_show: "Show",
      lg_empty: "Nothing was granted in this period.",
      lg_date: "Date", lg_what: "What", lg_by: "Granted by",
      lg_coupon: "Coupon of {amount}", lg_rule: "Rule {rule} (version {version})", lg_agent: "Agent {name}",
      lg_granted: "Granted", lg_revoked: "Revoked", lg_revoked_by: "by {name}, {time}",
      lg_reason: "Reason", lg_reason_ph: "Why is it revoked?", lg_revoke_q: "Revoke it?",
      lg_reason_needed: "Give a reason.", lg_revoked_done: "Revoked.",
      // review queue (docs/feeds.md)
      nav_review: "Review queue",
      rq_title: "Review queue",
      rq_hint: "Articles waiting for a decision: drafts written from new products and from conversations your agents resolved, articles a feed made stale (a price or name changed, a promotion ended) and articles someone said are wrong. Stale and agent-flagged articles do not answer customers until you approve them.",
      rq_all: "All ({n})", rq_stale: "Stale ({n})", rq_flagged: "Flagged ({n})", rq_drafts: "Drafts ({n})",
      rq_empty: "Nothing is waiting for review.",
      rq_kind_stale: "Stale", rq_kind_flagged: "Flagged", rq_kind_draft: "Draft",
      rq_withdrawn: "Not answering customers until reviewed",
      rq_src_feed: "Feed {name}", rq_src_agent: "Agent", rq_src_customer: "Customer", rq_src_suggestions: "Suggested from conversations",
      rq_flag_line: "{source} · {who} · {time}", rq_flag_line_nobody: "{source} · {time}", rq_support: "Asked in {n} conversations that agents resolved", rq_reason_new_product: "New product: {name} ({sku})", rq_reason_price: "Price of {name} ({sku}) changed from {old} to {new}", rq_reason_renamed: "{name} ({sku}) was renamed {new_name}", rq_reason_discontinued: "{name} ({sku}) is no longer sold", rq_reason_promo_code: "Promotion {promotion}: code {code} is now {new_code}", rq_reason_promo_withdrawn: "Promotion {promotion} was withdrawn", rq_reason_promo_ended: "Promotion {promotion} ended {time}", rq_reason_more: "and {n} more", fe_currency: "“{value}” is not a currency code such as EUR or SGD", fe_country: "“{value}” is not a country code such as GB, or EU", fe_language: "“{value}” is not a language code such as en, zh-Hant or es-419", fe_canonical: "Write “{want}” instead of “{value}”", fe_regexp: "“{value}” is not a valid regular expression", fe_range: "Enter a number from {min} to {max}", fe_min: "Enter {min} or more", fe_cart_url: "Enter an http or https link with {sku} where the product's SKU goes", fe_queue_cap: "Enter -1 (no cap), 0 (the server's default) or a number from 1 to {max}",
      rq_approve: "Approve and publish", rq_edit: "Edit", rq_reject: "Reject",
      rq_reason: "Reason", rq_reason_ph: "Why is it rejected?", rq_reason_needed: "Give a reason.",
      rq_confirm_reject: "Reject", rq_save: "Save new version",
      rq_approved: "Approved: {title}", rq_rejected: "Rejected: {title}", rq_edited: "Saved a new version of {title}. Approve it to publish.",
      rq_suggest: "Suggest articles from resolved conversations",
      rq_suggested: "{n} suggestions ({new} new) from {conversations} conversations.",
      rq_version: "version {n}",
      rq_feeds: "Feeds", rq_feed_kefu: "kefu feed", rq_feed_shopify: "Shopify", rq_feed_google: "Google Merchant Center",
      rq_feed_polled: "polled every {interval}", rq_feed_webhook: "delivered to its webhook",
      rq_feed_add: "Add a feed", rq_feed_edit: "Edit", rq_feed_poll: "Poll now", rq_feed_delete: "Delete",
      rq_feed_delete_q: "Delete the feed {name}? Products and articles it wrote stay.", rq_feed_deleted: "Deleted the feed {name}.",
      rq_feed_saved: "Saved the feed {name}.", rq_feed_polled_now: "Polled {name}: {products} in the feed, {new} new, {changes} with a new price, {stale} articles made stale.",
      rq_feed_creating: "New feed", rq_feed_editing: "Feed {name}",
      rq_feed_name: "Name", rq_feed_name_hint: "Lower-case letters, digits, - and _, e.g. shopify. It is part of the webhook address and cannot change.",
      rq_feed_format: "Format", rq_feed_url: "Address to poll", rq_feed_url_hint: "Optional: kefu fetches this address on the interval below. Empty: the feed only comes to its webhook.",
      rq_feed_interval: "Poll every", rq_feed_language: "Language of names", rq_feed_language_hint: "For Shopify and Google feeds, which carry one language. Empty: the shop's default language.",
      rq_feed_currency: "Currency of prices", rq_feed_currency_hint: "For Shopify feeds, whose prices name no currency, e.g. EUR.",
      rq_feed_secret: "Signing secret", rq_feed_secret_hint: "Shared with the sender, which signs each delivery (HMAC-SHA256). Empty: keep the current one.",
      rq_feed_secret_set: "A secret is set.", rq_feed_hooks: "Webhook with an admin API key: {keyed}  ·  signed, without a key (Shopify): {signed}",
      rq_feed_never: "nothing received yet", rq_feed_ok: "last received {time}", rq_feed_failed: "last delivery failed {time}: {error}",
      // product knowledge
      nav_profiles: "Product knowledge",
      pk_title: "Product knowledge",
      pk_hint: "What kefu knows about each product, read from its card and ingredient list: who it suits, what to avoid, cautions and more. Each tag says where it came from. Your edits win over what kefu derived and stay when the product changes.",
      pk_find: "Find a product", pk_find_ph: "name or SKU", pk_pick: "Product", pk_none: "No products match.",
      pk_no_products: "The catalogue is empty: send products first.",
      pk_partial: "Only key ingredients are listed, so kefu cannot tell what the product does not contain (fragrance-free, no drying alcohol, …).",
      pk_derived: "Derived {time}", pk_unknown: "not known",
      pk_edits: "Your edits", pk_edits_hint: "Values separated by commas; put - in front to remove one kefu derived (e.g. oily, -dry).",
      pk_save: "Save edits", pk_saved: "Saved; the profile was derived again.", pk_remove: "Remove", pk_remove_label: "Remove {value} from {dimension}",
      pk_shop: "set by the shop",
      pk_lv_ok: "fine", pk_lv_caution: "caution", pk_lv_avoid: "avoid",
      ev_ingredient: "Ingredient {ingredients}", ev_ingredient_rule: "Ingredient {ingredients} ({rule})",
      ev_rule_plain: "Rule {rule}", ev_rule: "Rule {rule}, because {because}", ev_rule_ings: "Rule {rule}, because {because}; from {ingredients}",
      ev_attribute: "The product's “{attribute}”", ev_text: "The words “{note}” in the product's {attribute}",
      ev_catalog: "The catalogue's prices: {note}", ev_shop: "Set by the shop ({attribute})", ev_note: "{text}: {note}",
      dim_category: "Category", dim_brand: "Brand", dim_step: "Routine step", dim_ingredients: "Ingredients", dim_actives: "Actives",
      dim_strength: "Strength", dim_fragrance: "Fragrance", dim_alcohol: "Alcohol", dim_silicones: "Silicones",
      dim_comedogenic: "Pore-clogging", dim_irritants: "Irritants", dim_efficacy: "Does", dim_suits_skin: "Suits skin",
      dim_avoid_skin: "Not for skin", dim_suits_concern: "Helps with", dim_avoid_concern: "Not for", dim_cautions: "Cautions",
      dim_conflicts: "Do not combine with", dim_pregnancy: "Pregnancy", dim_time_of_day: "Time of day", dim_season: "Season",
      dim_finish: "Finish", dim_texture: "Texture", dim_coverage: "Coverage", dim_spf: "Sun protection", dim_price_band: "Price band"
    },
    zh: {
      title: "kefu · 店铺管理",
      pct: "{n}%",
      dur_minutes: "{n} 分钟", dur_hours: "{n} 小时",
      login_shop_ph: "例如 globalmart",
      login_demo: "演示：店铺 {shop}，{ana}，密码 {password}。",
      nav_label: "栏目",
      err_unauthorized: "店铺、邮箱或密码不正确，或会话已过期。", err_forbidden: "你没有权限执行此操作。",
      err_not_found: "找不到，可能已被他人删除。", err_rate_limited: "请求过于频繁，请稍候。",
      err_internal: "服务器出错，请稍后再试。", err_unavailable: "服务暂时不可用，请稍后再试。",
      err_too_large: "内容太长。", err_network: "无法连接服务器，请检查网络。",
      login_title: "kefu 店铺管理",
      login_who: "供店主和管理员使用。请用客服工作台的账号登录。",
      login_shop: "店铺", login_email: "邮箱", login_password: "密码", login_submit: "登录",
      login_wait: "失败次数过多。为保护账号安全，请等待 {wait} 后再试。",
      login_again: "现在可以再试一次了。", wait_seconds: "{n} 秒", wait_minutes: "{n} 分钟",
      to_console: "客服工作台", to_dashboard: "数据看板", to_admin: "店铺管理", logout: "退出登录", admin: "店铺管理",
      refused_title: "店铺管理",
      refused: "只有店主和管理员可以使用这些页面。",
      refused_who: "你当前以 {name}（{role}）身份登录。如需修改，请联系 {shop} 的店主或管理员。",
      role_agent: "客服", role_admin: "管理员", role_owner: "店主",
      nav_settings: "店铺设置", nav_knowledge: "知识库", nav_synonyms: "同义词", nav_widget: "聊天插件",
      nav_agents: "客服人员", nav_keys: "API 密钥", nav_promotions: "促销活动", nav_canned: "快捷回复",
      nav_feedback: "反馈",
      fb_title: "反馈与纠正",
      fb_hint: "客服在工作台里的纠正，以及顾客对机器人回复的评价。已采纳的意图纠正会用于下一次训练（kefu model retrain），详见 docs/learning.md。",
      fb_filter_kind: "类型", fb_filter_status: "状态", fb_any: "全部", fb_show: "查看",
      fb_empty: "还没有反馈。", fb_more: "更早的反馈",
      fb_when: "时间", fb_kind: "类型", fb_who: "提交人", fb_what: "内容", fb_status: "状态",
      fb_k_relabel: "意图纠正", fb_k_answer_fixed: "更好的回答", fb_k_answer_flagged: "回答被标记",
      fb_k_article_wrong: "文章有误", fb_k_article_outdated: "文章过时",
      fb_k_thumbs_up: "顾客：有帮助", fb_k_thumbs_down: "顾客：没帮助",
      fb_s_proposed: "待审核", fb_s_accepted: "已采纳", fb_s_rejected: "已驳回",
      fb_accept: "采纳", fb_reject: "驳回", fb_customer: "顾客",
      fb_meant: "“{text}” 的意图是 {intent}（原识别：{previous}）", fb_reason: "原因：{reason}",
      fb_article: "文章 {id}", fb_answer: "更好的回答：{answer}", fb_reply: "针对 {intent} 的回复",
      fb_reviewed: "{name}，{time}",
      md_title: "意图模型", md_serving: "本店当前使用：{version}", md_shipped: "kefu 自带模型",
      md_own: "本店专属", md_global: "全局", md_retrain: "立即重新训练",
      md_retraining: "正在重新训练……大约需要一分钟。新模型只有通过规则才会上线。",
      md_failed: "上次训练失败：{message}",
      md_hint: "重新训练会学习下面已采纳的意图纠正；新模型会与当前模型对比，只有在纠正过的消息上更准，且开发集准确率和校准下降不超过 0.3 个百分点时才会上线。",
      md_version: "版本", md_created: "训练于", md_dev: "开发集准确率", md_corrected: "纠正消息答对", md_verdict: "结论",
      md_paired: "答对 {fixed} 条新的，答错 {broken} 条原本对的",
      md_serves: "使用中", md_kept_out: "未上线", md_retired: "已回滚", md_was: "曾使用", md_none: "还没有重新训练过。",
      loading: "加载中…", save: "保存", saving: "保存中…", saved: "已保存。", cancel: "取消", reload: "重新加载",
      copy: "复制", copied: "已复制", required: "必填。", error_generic: "出错了：{message}",
      conflict: "在你打开之后，已有其他人修改了这里。请重新加载查看最新内容，然后再做一次修改。",
      session_over: "登录已失效，请重新登录。",
      settings_title: "店铺设置", settings_shop: "店铺：{name}（{id}）",
      set_language_legend: "语言", set_languages: "店铺使用的语言", set_languages_hint: "语言代码，如 en、zh、es，用逗号分隔。第一个为后备语言。",
      set_default_language: "默认语言", set_default_language_hint: "店铺的工作语言。",
      set_currency: "货币", set_currency_hint: "ISO 4217 代码，如 EUR、USD、CNY。",
      set_timezone: "时区", set_timezone_hint: "IANA 名称，如 Asia/Shanghai 或 Europe/Berlin；用于给顾客显示时间。",
      set_cart_url: "加入购物车链接", set_cart_url_hint: "您商店的链接，用 {sku} 表示商品 SKU 的位置，如 https://shop.example/cart/add?sku={sku}；推荐商品会链接到这里。留空则不显示加入购物车按钮。",
      set_confidence: "置信度阈值", set_confidence_hint: "0 到 1 之间。低于此值时机器人会请顾客澄清。留空：使用 kefu 默认值。",
      set_clarify: "澄清次数上限", set_clarify_hint: "连续追问多少次后转人工。留空：使用 kefu 默认值。",
      set_handoff: "转人工",
      set_anger_handoff: "顾客非常生气时转人工",
      set_sensitive_handoff: "敏感话题（健康、法律威胁、欺诈）转人工",
      set_strategies: "应对策略", set_strategies_hint: "kefu 察觉到顾客情绪时的做法，按顺序尝试。未勾选的不会运行。",
      set_widget: "聊天插件", set_widget_enabled: "店铺网站的访客可以聊天（插件已开启）",
      set_llm: "语言模型", set_llm_answers: "让服务器的语言模型根据我们的帮助文章撰写回答，并注明出处",
      set_llm_hint: "仅在服务器配置了语言模型时生效。顾客的问题（去除邮箱、电话和订单号后）会发送给该模型；无法以文章为依据的回答不会显示。",
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
      w_sign_code: "在你的服务器上计算签名（shell、Go）",
      delete: "删除", saved_name: "已保存 {name}。",
      pr_title: "促销活动", pr_new: "新建促销",
      pr_hint: "机器人可以向顾客（例如满意的顾客）提及的优惠。请用顾客使用的语言分别填写。",
      pr_empty: "还没有促销活动。",
      pr_active: "进行中", pr_scheduled: "{time} 开始", pr_ended: "已于 {time} 结束",
      pr_from_until: "{start} 至 {end}", pr_from: "自 {start} 起，无结束时间", pr_until: "截至 {end}", pr_always: "没有开始和结束时间",
      pr_everything: "适用于全店商品", pr_categories_line: "类目：{list}", pr_products_line: "商品（SKU）：{list}",
      pr_min_line: "订单满 {amount}",
      pr_id_line: "编号 {id}", pr_missing: "尚无以下语言的文案：{list}。",
      pr_delete_q: "删除 {name}？机器人会立即停止推荐。", pr_deleted: "已删除 {name}。",
      pr_editing: "编辑促销", pr_creating: "新建促销",
      pr_code: "优惠码", pr_code_hint: "顾客结账时输入的代码，如 SUMMER10。可不填。",
      pr_id: "编号", pr_id_hint: "你自己的名称，用于 API 和导入，如 summer-sale。之后不能修改。",
      pr_texts: "优惠文案", pr_texts_hint: "机器人告诉顾客的内容，每种语言一份；留空的语言会被跳过。",
      pr_add_language: "添加语言",
      pr_when: "时间", pr_start: "开始", pr_start_hint: "留空：从现在起。", pr_end: "结束", pr_end_hint: "留空：不结束。",
      pr_zone: "时间按你浏览器的时区（{zone}）。",
      pr_what: "适用范围",
      pr_categories: "类目", pr_categories_hint: "用逗号分隔。类目和商品都留空：适用于全店。",
      pr_products: "商品", pr_products_hint: "SKU，用逗号分隔。",
      pr_min_total: "订单最低金额", pr_min_total_hint: "金额，如 50 或 49.90。留空：不限。",
      pr_bad_amount: "请输入金额，如 50 或 49.90（最多 {n} 位小数）。",
      pr_bad_time: "请输入日期和时间。",
      pr_need_text: "请至少用一种语言填写优惠文案。",
      pr_id_taken: "已有此编号的促销；请编辑那一个，或换一个编号。",
      cr_title: "快捷回复", cr_new: "新建快捷回复",
      cr_hint: "客服在工作台中一键插入的现成回答。工作台优先提供客服所用语言的回复。",
      cr_filter: "语言", cr_all_languages: "全部语言", cr_any_language: "不限语言",
      cr_empty: "还没有快捷回复。", cr_untitled: "（无标题）",
      cr_delete_q: "删除这条回复？", cr_deleted: "已删除 {title}。",
      cr_editing: "编辑快捷回复", cr_creating: "新建快捷回复",
      cr_title_field: "标题", cr_title_hint: "客服据此选择，如：我的包裹在哪里。各语言版本请用同一个标题。",
      cr_id_hint: "你自己的名称，用于 API 和导入。由标题生成；之后不能修改。",
      cr_text_hint: "客服发送的回复内容。",
      cr_id_taken: "已有此编号的快捷回复；请换一个编号。",
      ag_title: "客服人员", ag_new: "添加客服",
      ag_hint: "在客服工作台回答聊天的人员。管理员和店主还可以使用这些页面。",
      ag_name: "姓名", ag_role: "角色", ag_languages: "语言", ag_skills: "技能", ag_presence: "状态", ag_max_chats: "同时接待数",
      ag_you: "你", ag_disabled: "已停用", ag_disable: "停用", ag_enable: "启用",
      ag_disable_q: "停用 {name}？对方将无法登录，现有会话也会结束。",
      ag_disabled_done: "{name} 已停用。", ag_enabled_done: "{name} 可以重新登录了。",
      ag_owner_only: "只有店主可以修改店主。",
      role_agent_hint: "回答聊天", role_admin_hint: "还可使用这些页面", role_owner_hint: "还可设置和修改店主",
      presence_online: "在线", presence_away: "离开", presence_offline: "离线",
      ag_editing: "编辑 {name}", ag_creating: "新客服", ag_created: "已添加 {name}。",
      ag_email_hint: "用于登录。", ag_email_fixed: "客服的邮箱不能修改。",
      ag_name_hint: "该客服回答时显示给顾客。",
      ag_own_role: "你不能修改自己的角色。",
      ag_languages_hint: "语言代码，如 en、zh，用逗号分隔；这些语言的会话优先分配给此客服。",
      ag_skills_hint: "用逗号分隔，如 billing、cold_chain。",
      ag_max_chats_hint: "客服同时接待的会话数，1 到 100。",
      ag_password_hint: "至少 8 个字符。请私下告诉该客服。",
      ag_new_password: "新密码", ag_password_keep: "留空则保留原密码。设置新密码会让该客服在所有地方退出登录。",
      ag_disabled_label: "停用：无法登录（仍保留在列表中）",
      key_title: "API 密钥",
      key_hint: "密钥让你自己的服务器与 kefu 通信。密钥代表整个店铺：只放在你的服务器上，不要放进网页或应用。",
      key_new: "新建密钥", key_name: "名称", key_name_hint: "用途说明，方便以后知道该撤销哪个密钥。",
      key_name_example: "如：网站后端",
      key_scope: "权限", key_create: "创建密钥",
      scope_chat: "聊天", scope_chat_hint: "用于聊天插件或应用背后的服务器：开启会话、发送顾客消息。不能读取或修改店铺数据。",
      scope_admin: "管理", scope_admin_hint: "用于后台同步：通过管理 API 读写商品、订单、知识库、促销和设置，也能做聊天密钥能做的一切。",
      key_list: "本店铺的密钥", key_empty: "本店铺还没有 API 密钥。",
      key_starts: "开头", key_created: "创建于", key_state: "状态",
      key_working: "有效", key_revoked_on: "已于 {time} 撤销", key_revoke: "撤销",
      key_revoke_q: "撤销“{name}”？使用它的程序会立即失效。", key_revoked: "已撤销 {name}。",
      key_new_title: "新密钥“{name}”（{scope}）",
      key_once: "请立即复制并妥善保存：之后不会再显示。kefu 只保存它的指纹；如果丢失，请新建一个密钥并撤销这个。",
      key_use_chat: "你的服务器在开启会话时以 Authorization: Bearer <密钥> 发送它。",
      key_use_admin: "你的后台以 Authorization: Bearer <密钥> 调用 /v1 下的管理 API。",
      key_done: "我已复制",
      // compensation rules
      nav_rules: "补偿规则", nav_compensations: "补偿记录",
      ru_title: "补偿规则", ru_new: "新建规则",
      ru_hint: "订单出问题时顾客能得到什么。规则按此顺序尝试；第一条条件成立的已启用规则决定结果。",
      ru_empty: "还没有规则：不会自动发放任何补偿。",
      ru_order: "顺序", ru_name: "名称", ru_when: "条件", ru_grants: "发放", ru_limit: "每位顾客", ru_state: "状态", ru_version: "版本",
      ru_limit_n: "30 天内最多 {n} 次", ru_no_limit: "不限", ru_enabled: "已启用", ru_paused: "已暂停",
      ru_coupon_of: "{amount} 优惠券", ru_min: "订单满 {amount} 可用", ru_no_min: "无门槛",
      ru_valid_days: "有效 {n} 天", ru_no_expiry: "长期有效",
      gk_coupon: "优惠券", gk_refund_line: "退还相关商品行的金额", gk_refund_order: "退还整笔订单", gk_none: "不发放（到此为止）",
      gk_coupon_words: "优惠券", gk_refund_line_words: "退还相关商品行的金额", gk_refund_order_words: "退还整笔订单",
      gk_none_words: "不发放；后面的规则不再尝试",
      gk_refund_line_of: "退款 {amount}（商品行）", gk_refund_order_of: "退款 {amount}（整单）",
      ru_delete_q: "删除规则 {name}？它会立即停止发放；补偿记录仍保留其各个版本。", ru_deleted: "已删除 {name}。",
      ru_editing: "编辑规则 {name}（版本 {version}）", ru_creating: "新建规则",
      ru_name_hint: "规则的用途，例如：延迟送达。",
      ru_id_hint: "你自己的标识，用于 API 和补偿记录。根据名称生成；之后不能修改。",
      ru_when_hint: "针对事件的 CEL 条件，例如 delay_minutes > 30 或 kind == \"underweight\" && missing_grams >= 100。变量见 docs/compensation.md。",
      ru_kind: "发放内容",
      ru_amount: "优惠券金额（{currency}）", ru_amount_hint: "金额，例如 5 或 4.50。", ru_no_currency: "请先在店铺设置中设定货币。",
      ru_min_order: "最低订单金额", ru_min_order_hint: "留空：任何订单都可使用。",
      ru_days: "有效天数", ru_days_hint: "留空：长期有效。",
      ru_order_hint: "数字越小越先尝试。",
      ru_limit_hint: "过去 30 天内已获得这么多次补偿的顾客跳过此规则。留空：不限。",
      ru_enabled_label: "启用：规则会发放（取消勾选即暂停）",
      ru_id_taken: "已存在此 ID 的规则；请编辑那条或换一个 ID。",
      ru_saved: "已保存 {name}（版本 {version}）。",
      dr_title: "试运行", dr_hint: "这些规则对这段时间内 kefu 记录的事件会发放什么。不会真正发放。",
      dr_since: "从", dr_until: "到", dr_run_current: "试运行当前规则", dr_run_draft: "用此草稿试运行",
      dr_running: "运行中…", dr_bad_dates: "请选择日期。", dr_fix_draft: "草稿有错误，请查看表单。",
      dr_summary: "{n} 个事件；{granted} 个会获得补偿，成本 {cost}。",
      dr_with_draft: "使用 {name} 的草稿：",
      dr_limited: "只重放了前 10,000 个事件。", dr_no_rules: "没有可尝试的规则。",
      dr_matched: "命中", dr_granted: "发放", dr_errors: "错误", dr_cost: "成本", dr_draft: "草稿",
      dr_errors_title: "错误（{n}）", dr_error_line: "事件 {incident}，规则 {rule}：{message}",
      lg_title: "补偿记录", lg_hint: "顾客获得的补偿（由规则或客服发放），最新的在前。已撤销的记录仍会列出撤销人和原因。",
      lg_customer: "顾客", lg_customer_ph: "你店铺中的顾客 ID", lg_order: "订单", lg_show: "显示",
      lg_empty: "这段时间没有发放补偿。",
      lg_date: "日期", lg_what: "内容", lg_by: "发放者",
      lg_coupon: "{amount} 优惠券", lg_rule: "规则 {rule}（版本 {version}）", lg_agent: "客服 {name}",
      lg_granted: "已发放", lg_revoked: "已撤销", lg_revoked_by: "由 {name} 于 {time}",
      lg_reason: "原因", lg_reason_ph: "撤销原因？", lg_revoke_q: "撤销？",
      lg_reason_needed: "请填写原因。", lg_revoked_done: "已撤销。",
      // review queue (docs/feeds.md)
      nav_review: "待审核",
      rq_title: "待审核",
      rq_hint: "等待处理的文章：根据新商品和客服已解决的会话生成的草稿、因商品源变化而过时的文章（价格或名称变了、促销结束了），以及有人指出有误的文章。过时的文章和客服标记的文章在你批准之前不会用来回答客户。",
      rq_all: "全部（{n}）", rq_stale: "已过时（{n}）", rq_flagged: "被标记（{n}）", rq_drafts: "草稿（{n}）",
      rq_empty: "没有待审核的内容。",
      rq_kind_stale: "已过时", rq_kind_flagged: "被标记", rq_kind_draft: "草稿",
      rq_withdrawn: "审核通过前不会用来回答客户",
      rq_src_feed: "商品源 {name}", rq_src_agent: "客服", rq_src_customer: "客户", rq_src_suggestions: "根据会话建议",
      rq_flag_line: "{source} · {who} · {time}", rq_flag_line_nobody: "{source} · {time}", rq_support: "在 {n} 个客服已解决的会话中被问到", rq_reason_new_product: "新商品：{name}（{sku}）", rq_reason_price: "{name}（{sku}）的价格从 {old} 改为 {new}", rq_reason_renamed: "{name}（{sku}）已更名为 {new_name}", rq_reason_discontinued: "{name}（{sku}）已停售", rq_reason_promo_code: "促销 {promotion}：优惠码 {code} 已改为 {new_code}", rq_reason_promo_withdrawn: "促销 {promotion} 已撤下", rq_reason_promo_ended: "促销 {promotion} 已于 {time} 结束", rq_reason_more: "另有 {n} 项", fe_currency: "“{value}”不是货币代码，例如 EUR 或 SGD", fe_country: "“{value}”不是国家/地区代码，例如 GB 或 EU", fe_language: "“{value}”不是语言代码，例如 en、zh-Hant 或 es-419", fe_canonical: "请写“{want}”，而不是“{value}”", fe_regexp: "“{value}”不是有效的正则表达式", fe_range: "请输入 {min} 到 {max} 之间的数字", fe_min: "请输入 {min} 或更大的数", fe_cart_url: "请输入 http 或 https 链接，并用 {sku} 表示商品 SKU 的位置", fe_queue_cap: "请输入 -1（不设上限）、0（服务器默认值）或 1 到 {max} 之间的数",
      rq_approve: "批准并发布", rq_edit: "编辑", rq_reject: "驳回",
      rq_reason: "原因", rq_reason_ph: "为什么驳回？", rq_reason_needed: "请填写原因。",
      rq_confirm_reject: "驳回", rq_save: "保存为新版本",
      rq_approved: "已批准：{title}", rq_rejected: "已驳回：{title}", rq_edited: "已保存 {title} 的新版本，批准后即可发布。",
      rq_suggest: "根据已解决的会话建议文章",
      rq_suggested: "从 {conversations} 个会话中得到 {n} 条建议（{new} 条为新）。",
      rq_version: "第 {n} 版",
      rq_feeds: "商品源", rq_feed_kefu: "kefu 商品源", rq_feed_shopify: "Shopify", rq_feed_google: "Google Merchant Center",
      rq_feed_polled: "每 {interval} 拉取一次", rq_feed_webhook: "推送到其 Webhook",
      rq_feed_add: "添加商品源", rq_feed_edit: "编辑", rq_feed_poll: "立即拉取", rq_feed_delete: "删除",
      rq_feed_delete_q: "删除商品源 {name}？它写入的商品和文章会保留。", rq_feed_deleted: "已删除商品源 {name}。",
      rq_feed_saved: "已保存商品源 {name}。", rq_feed_polled_now: "已拉取 {name}：源中 {products} 个商品，{new} 个新商品，{changes} 个价格变动，{stale} 篇文章变为过时。",
      rq_feed_creating: "新建商品源", rq_feed_editing: "商品源 {name}",
      rq_feed_name: "名称", rq_feed_name_hint: "小写字母、数字、- 和 _，例如 shopify。它是 Webhook 地址的一部分，之后不能修改。",
      rq_feed_format: "格式", rq_feed_url: "拉取地址", rq_feed_url_hint: "可选：kefu 按下面的间隔拉取这个地址。留空：商品源只推送到 Webhook。",
      rq_feed_interval: "拉取间隔", rq_feed_language: "名称的语言", rq_feed_language_hint: "用于只含一种语言的 Shopify 和 Google 商品源。留空：店铺的默认语言。",
      rq_feed_currency: "价格币种", rq_feed_currency_hint: "用于价格不带币种的 Shopify 商品源，例如 CNY。",
      rq_feed_secret: "签名密钥", rq_feed_secret_hint: "与发送方共享，发送方用它为每次推送签名（HMAC-SHA256）。留空：保留当前密钥。",
      rq_feed_secret_set: "已设置密钥。", rq_feed_hooks: "使用管理 API 密钥的 Webhook：{keyed}  ·  签名、无需密钥（Shopify）：{signed}",
      rq_feed_never: "尚未收到任何内容", rq_feed_ok: "最近一次收到：{time}", rq_feed_failed: "最近一次推送失败（{time}）：{error}",
      nav_profiles: "商品知识",
      pk_title: "商品知识",
      pk_hint: "kefu 从商品信息和成分表中读出的知识：适合谁、谁应避免、注意事项等。每个标签都注明来源。您的修改优先于 kefu 推导的结果，商品更新后依然保留。",
      pk_find: "查找商品", pk_find_ph: "名称或 SKU", pk_pick: "商品", pk_none: "没有匹配的商品。",
      pk_no_products: "商品目录为空：请先上传商品。",
      pk_partial: "只列出了主要成分，因此 kefu 无法判断商品不含什么（无香精、无酒精等）。",
      pk_derived: "推导于 {time}", pk_unknown: "未知",
      pk_edits: "您的修改", pk_edits_hint: "多个值用逗号分隔；在前面加 - 可去掉 kefu 推导的值（如 oily, -dry）。",
      pk_save: "保存修改", pk_saved: "已保存，并已重新推导。", pk_remove: "去掉", pk_remove_label: "从{dimension}中去掉 {value}",
      pk_shop: "店铺设定",
      pk_lv_ok: "无妨", pk_lv_caution: "注意", pk_lv_avoid: "避免",
      ev_ingredient: "成分 {ingredients}", ev_ingredient_rule: "成分 {ingredients}（{rule}）",
      ev_rule_plain: "规则 {rule}", ev_rule: "规则 {rule}，依据 {because}", ev_rule_ings: "规则 {rule}，依据 {because}；来自 {ingredients}",
      ev_attribute: "商品的“{attribute}”", ev_text: "商品{attribute}中的“{note}”",
      ev_catalog: "按目录价格：{note}", ev_shop: "店铺设定（{attribute}）", ev_note: "{text}：{note}",
      dim_category: "类目", dim_brand: "品牌", dim_step: "护肤步骤", dim_ingredients: "成分", dim_actives: "活性成分",
      dim_strength: "浓度", dim_fragrance: "香精", dim_alcohol: "酒精", dim_silicones: "硅油",
      dim_comedogenic: "致痘性", dim_irritants: "刺激性", dim_efficacy: "功效", dim_suits_skin: "适合肤质",
      dim_avoid_skin: "不适合肤质", dim_suits_concern: "改善问题", dim_avoid_concern: "不适合", dim_cautions: "注意事项",
      dim_conflicts: "不宜同用", dim_pregnancy: "孕期", dim_time_of_day: "使用时间", dim_season: "季节",
      dim_finish: "妆效", dim_texture: "质地", dim_coverage: "遮瑕度", dim_spf: "防晒", dim_price_band: "价位"
    },
    es: {
      title: "kefu · administración de la tienda",
      login_title: "Administración de la tienda kefu",
      login_who: "Para propietarios y administradores de la tienda. Entra con tu cuenta de la consola de agentes.",
      login_shop: "Tienda", login_email: "Correo electrónico", login_password: "Contraseña", login_submit: "Entrar",
      pct: "{n} %",
      dur_minutes: "{n} min", dur_hours: "{n} h",
      login_shop_ph: "p. ej. globalmart",
      login_demo: "Demo: tienda {shop}, {ana}, contraseña {password}.",
      login_wait: "Demasiados intentos fallidos. Por la seguridad de la cuenta, espera {wait} antes de volver a intentarlo.",
      login_again: "Ya puedes volver a intentarlo.", wait_seconds: "{n} s", wait_minutes: "{n} min",
      to_console: "Consola de agentes", to_dashboard: "Panel de datos", to_admin: "Administración de la tienda", logout: "Cerrar sesión", admin: "administración de la tienda",
      nav_label: "Secciones",
      refused_title: "Administración de la tienda",
      refused: "Solo los propietarios y administradores de la tienda pueden usar estas páginas.",
      refused_who: "Has iniciado sesión como {name} ({role}). Si necesitas un cambio, pídeselo a un propietario o administrador de {shop}.",
      role_agent: "agente", role_admin: "administrador", role_owner: "propietario",
      nav_settings: "Ajustes de la tienda", nav_knowledge: "Conocimiento", nav_synonyms: "Sinónimos", nav_widget: "Widget de chat",
      nav_agents: "Agentes", nav_keys: "Claves de API", nav_promotions: "Promociones", nav_canned: "Respuestas predefinidas",
      nav_feedback: "Valoraciones",
      fb_title: "Valoraciones y correcciones",
      fb_hint: "Lo que los agentes corrigieron en la consola y lo que opinaron los clientes de las respuestas del bot. Las reclasificaciones aceptadas entrenan el siguiente modelo (kefu model retrain); consulta docs/learning.md.",
      fb_filter_kind: "Tipo", fb_filter_status: "Estado", fb_any: "Todos", fb_show: "Mostrar",
      fb_empty: "Todavía no hay valoraciones.", fb_more: "Valoraciones anteriores",
      fb_when: "Fecha", fb_kind: "Tipo", fb_who: "Quién", fb_what: "Qué", fb_status: "Estado",
      fb_k_relabel: "Mensaje reclasificado", fb_k_answer_fixed: "Respuesta mejorada", fb_k_answer_flagged: "Respuesta señalada",
      fb_k_article_wrong: "Artículo erróneo", fb_k_article_outdated: "Artículo desactualizado",
      fb_k_thumbs_up: "Cliente: útil", fb_k_thumbs_down: "Cliente: no útil",
      fb_s_proposed: "Propuesta", fb_s_accepted: "Aceptada", fb_s_rejected: "Rechazada",
      fb_accept: "Aceptar", fb_reject: "Rechazar", fb_customer: "Cliente",
      fb_meant: "«{text}» significa {intent} (se entendió: {previous})", fb_reason: "Motivo: {reason}",
      fb_article: "Artículo {id}", fb_answer: "Mejor respuesta: {answer}", fb_reply: "Sobre la respuesta a {intent}",
      fb_reviewed: "por {name}, {time}",
      md_title: "Modelo de intenciones", md_serving: "En uso en esta tienda: {version}", md_shipped: "el modelo que trae kefu",
      md_own: "propio de esta tienda", md_global: "global", md_retrain: "Reentrenar ahora",
      md_retraining: "Reentrenando… tarda alrededor de un minuto. El candidato solo entra en uso si cumple la regla.",
      md_failed: "El último reentrenamiento falló: {message}",
      md_hint: "El reentrenamiento aprende de las reclasificaciones aceptadas de abajo; el candidato se compara con el modelo en uso y solo lo sustituye si acierta los mensajes corregidos sin perder más de 0,3 puntos de precisión ni de calibración en el conjunto de validación.",
      md_version: "Versión", md_created: "Entrenado", md_dev: "Precisión (validación)", md_corrected: "Corregidos acertados", md_verdict: "Resultado",
      md_paired: "{fixed} arreglados, {broken} estropeados",
      md_serves: "En uso", md_kept_out: "Descartado", md_retired: "Revertido", md_was: "En uso antes", md_none: "Todavía no se ha reentrenado.",
      loading: "Cargando…", save: "Guardar", saving: "Guardando…", saved: "Guardado.", cancel: "Cancelar", reload: "Recargar",
      copy: "Copiar", copied: "Copiado", required: "Obligatorio.", error_generic: "Algo ha fallado: {message}",
      conflict: "Otra persona lo ha cambiado desde que lo abriste. Recarga para ver su versión y vuelve a hacer tu cambio.",
      session_over: "Tu sesión ha terminado; vuelve a iniciar sesión.",
      err_unauthorized: "Tienda, correo o contraseña incorrectos, o la sesión ha caducado.", err_forbidden: "No tienes permiso para hacer esto.",
      err_not_found: "No se ha encontrado; quizá otra persona lo eliminó.", err_rate_limited: "Demasiadas solicitudes; espera un momento.",
      err_internal: "Error del servidor; inténtalo más tarde.", err_unavailable: "El servicio no está disponible ahora; inténtalo más tarde.",
      err_too_large: "Es demasiado largo.", err_network: "No se puede conectar con el servidor; comprueba la conexión.",
      // settings
      settings_title: "Ajustes de la tienda", settings_shop: "Tienda: {name} ({id})",
      set_language_legend: "Idiomas", set_languages: "Idiomas en los que responde la tienda", set_languages_hint: "Códigos de idioma como en, zh, es, separados por comas. El primero es el de reserva.",
      set_default_language: "Idioma predeterminado", set_default_language_hint: "El idioma de trabajo de la tienda.",
      set_currency: "Moneda", set_currency_hint: "Código ISO 4217, p. ej. EUR, USD, MXN.",
      set_timezone: "Zona horaria", set_timezone_hint: "Nombre IANA, p. ej. Europe/Madrid o America/Mexico_City; se usa para las horas que ven los clientes.",
      set_cart_url: "Enlace para añadir al carrito", set_cart_url_hint: "El enlace de tu tienda con {sku} donde va el SKU del producto, p. ej. https://shop.example/cart/add?sku={sku}; los productos recomendados enlazan con él. Vacío: sin botón de añadir al carrito.",
      set_confidence: "Umbral de confianza", set_confidence_hint: "De 0 a 1. Por debajo, el bot pide al cliente que lo aclare. Vacío: el valor predeterminado de kefu.",
      set_clarify: "Límite de aclaraciones", set_clarify_hint: "Cuántas preguntas aclaratorias seguidas antes de que una persona tome el relevo. Vacío: el valor predeterminado de kefu.",
      set_handoff: "Derivar a una persona",
      set_anger_handoff: "Pasar a una persona a los clientes muy enfadados",
      set_sensitive_handoff: "Pasar a una persona los temas delicados (salud, amenazas legales, fraude)",
      set_strategies: "Estrategias", set_strategies_hint: "Qué hace kefu cuando percibe el estado de ánimo de un cliente, en el orden en que se prueban. Las que no están marcadas no se aplican.",
      set_widget: "Widget de chat", set_widget_enabled: "Los visitantes de la web de la tienda pueden chatear (el widget está activado)",
      set_llm: "Modelo de lenguaje", set_llm_answers: "Dejar que el modelo de lenguaje del servidor redacte respuestas a partir de nuestros artículos de ayuda, citándolos",
      set_llm_hint: "Solo si el servidor tiene configurado un modelo de lenguaje. Las preguntas de los clientes, sin sus correos, teléfonos ni números de pedido, se le envían entonces; las respuestas que no pueda basar en un artículo no se muestran.",
      move_up: "Subir", move_down: "Bajar",
      strategy_anger_priority: "Poner a los clientes muy enfadados por delante de los más tranquilos en la cola",
      strategy_anxiety_progress: "Mostrar a los clientes preocupados todo el recorrido de su envío",
      strategy_satisfaction_offer: "Ofrecer a los clientes satisfechos una de las promociones vigentes de la tienda",
      settings_bad_number: "Escribe un número.",
      // knowledge
      kn_title: "Conocimiento", kn_all: "Todos los artículos", kn_review: "Pendientes de revisión ({n})", kn_new: "Nuevo artículo",
      kn_empty: "Todavía no hay artículos.", kn_review_empty: "No hay nada pendiente de revisión.",
      kn_translate: "Traducir al {language}",
      kn_missing_list: "Aún sin traducir:", kn_other_language: "otro idioma, p. ej. fr", kn_add_translation: "Añadir traducción",
      st_draft: "borrador", st_in_review: "en revisión", st_published: "publicado",
      kn_submit: "Enviar a revisión", kn_publish: "Publicar", kn_send_back: "Devolver", kn_withdraw: "Retirar",
      kn_edit: "Editar", kn_history: "Versiones", kn_version: "versión {n}", kn_updated: "actualizado el {time}",
      kn_key: "Clave", kn_key_hint: "Agrupa las traducciones de un mismo artículo, p. ej. plazos-de-envio.",
      kn_language: "Idioma", kn_title_field: "Título", kn_body: "Texto", kn_tags: "Etiquetas", kn_intents: "Intenciones",
      kn_list_hint: "Separadas por comas.",
      kn_save_submit: "Guardar y enviar a revisión",
      kn_editing: "Editar artículo", kn_creating: "Nuevo artículo", kn_translating: "Nueva traducción",
      kn_source: "Original ({language})",
      kn_live_hint: "Este artículo está publicado: los cambios que guardes responden a los clientes al momento.",
      kn_published: "Publicado.", kn_sent_back: "Devuelto a borrador.", kn_withdrawn: "Retirado a borrador.", kn_submitted: "Enviado a revisión.",
      kn_history_title: "Versiones de {key} ({language})", kn_from: "Desde", kn_to: "Hasta",
      kn_one_version: "De momento solo hay una versión.", kn_close: "Cerrar",
      kn_no_change: "No hay diferencias entre estas versiones.",
      kn_tags_line: "Etiquetas: {tags}", kn_intents_line: "Intenciones: {intents}",
      // synonyms
      syn_title: "Sinónimos",
      syn_hint: "Palabras o expresiones que tus clientes usan para lo mismo, un grupo por fila, separadas por comas, p. ej. paquete, envío. La búsqueda de conocimiento trata cada grupo como una sola palabra.",
      syn_add: "Añadir grupo", syn_remove: "Quitar", syn_empty: "Todavía no hay sinónimos.",
      // widget
      w_title: "El widget en tu web",
      w_off: "El widget de chat está desactivado en Ajustes de la tienda: los fragmentos no muestran nada hasta que lo actives.",
      w_bubble: "Burbuja de chat en todas las páginas",
      w_bubble_hint: "Pégalo antes de </body> en las páginas donde los clientes deban poder chatear.",
      w_frame: "Chat dentro de un marco",
      w_frame_hint: "Para una página de ayuda o la vista web de una app móvil.",
      w_signed: "Clientes con sesión iniciada",
      w_signed_hint: "Para que el bot pueda consultar los pedidos de un cliente, tu servidor garantiza quién ha iniciado sesión: firma el id del cliente en tu tienda con el secreto del widget y pone ambos en la página. Calcula la firma solo en tu servidor: quien tenga el secreto puede hacerse pasar por cualquier cliente. El secreto no se muestra aquí.",
      w_signature: "firma = hex(HMAC-SHA256(secreto del widget, id del cliente))",
      w_secret_set: "Esta tienda tiene un secreto de widget (se mostró una sola vez, al crear la tienda).",
      w_secret_unset: "Esta tienda no tiene secreto de widget, así que los visitantes solo pueden chatear de forma anónima.",
      w_preview: "Abrir la página de chat",
      w_signed_bubble: "Burbuja de chat para un cliente con sesión iniciada",
      w_signed_frame: "Marco para un cliente con sesión iniciada",
      w_sign_code: "Cálculo de la firma en tu servidor (shell, Go)",
      delete: "Eliminar", saved_name: "{name} guardado.",
      // promotions
      pr_title: "Promociones", pr_new: "Nueva promoción",
      pr_hint: "Ofertas que el bot puede mencionar a los clientes, por ejemplo a los que están contentos. Escribe cada oferta en los idiomas que hablan tus clientes.",
      pr_empty: "Todavía no hay promociones.",
      pr_active: "Activa ahora", pr_scheduled: "Empieza el {time}", pr_ended: "Terminó el {time}",
      pr_from_until: "Del {start} al {end}", pr_from: "Desde el {start}, sin fin", pr_until: "Hasta el {end}", pr_always: "Sin fecha de inicio ni de fin",
      pr_everything: "En toda la tienda", pr_categories_line: "Categorías: {list}", pr_products_line: "Productos (SKU): {list}",
      pr_min_line: "Para pedidos desde {amount}",
      pr_id_line: "id {id}", pr_missing: "Aún sin texto en {list}.",
      pr_delete_q: "¿Eliminar {name}? El bot deja de ofrecerla al momento.", pr_deleted: "{name} eliminada.",
      pr_editing: "Editar promoción", pr_creating: "Nueva promoción",
      pr_code: "Código", pr_code_hint: "Lo que los clientes escriben al pagar, p. ej. VERANO10. Opcional.",
      pr_id: "ID", pr_id_hint: "Tu propio nombre para ella, para la API y las importaciones, p. ej. rebajas-verano. No se puede cambiar después.",
      pr_texts: "Texto de la oferta", pr_texts_hint: "Lo que el bot dice al cliente, en cada idioma; deja un idioma vacío para omitirlo.",
      pr_add_language: "Añadir idioma",
      pr_when: "Cuándo", pr_start: "Empieza", pr_start_hint: "Vacío: desde ahora.", pr_end: "Termina", pr_end_hint: "Vacío: sin fin.",
      pr_zone: "Las horas están en la zona horaria de tu navegador ({zone}).",
      pr_what: "A qué se aplica",
      pr_categories: "Categorías", pr_categories_hint: "Separadas por comas. Vacío y sin productos: toda la tienda.",
      pr_products: "Productos", pr_products_hint: "SKU separados por comas.",
      pr_min_total: "Importe mínimo del pedido", pr_min_total_hint: "Un importe como 50 o 49.90. Vacío: cualquier pedido.",
      pr_bad_amount: "Escribe un importe como 50 o 49.90 (como mucho {n} decimales).",
      pr_bad_time: "Indica una fecha y una hora.",
      pr_need_text: "Escribe la oferta al menos en un idioma.",
      pr_id_taken: "Ya existe una promoción con este ID; edita esa o elige otro ID.",
      // canned replies
      cr_title: "Respuestas predefinidas", cr_new: "Nueva respuesta predefinida",
      cr_hint: "Respuestas listas que los agentes insertan en la consola con un clic. La consola ofrece primero a cada agente las respuestas en su idioma.",
      cr_filter: "Idioma", cr_all_languages: "Todos los idiomas", cr_any_language: "cualquier idioma",
      cr_empty: "Todavía no hay respuestas predefinidas.", cr_untitled: "(sin título)",
      cr_delete_q: "¿Eliminar esta respuesta?", cr_deleted: "«{title}» eliminada.",
      cr_editing: "Editar respuesta predefinida", cr_creating: "Nueva respuesta predefinida",
      cr_title_field: "Título", cr_title_hint: "Por lo que la eligen los agentes, p. ej. Dónde está mi paquete. Pon el mismo título a sus traducciones.",
      cr_id_hint: "Tu propio nombre para ella, para la API y las importaciones. Se forma a partir del título; no se puede cambiar después.",
      cr_text_hint: "La respuesta tal como la envía el agente.",
      cr_id_taken: "Ya existe una respuesta predefinida con este ID; elige otro ID.",
      // agents
      ag_title: "Agentes", ag_new: "Añadir agente",
      ag_hint: "Las personas que atienden los chats en la consola de agentes. Los administradores y propietarios también pueden usar estas páginas.",
      ag_name: "Nombre", ag_role: "Rol", ag_languages: "Idiomas", ag_skills: "Habilidades", ag_presence: "Estado", ag_max_chats: "Chats a la vez",
      ag_you: "tú", ag_disabled: "Desactivado", ag_disable: "Desactivar", ag_enable: "Activar",
      ag_disable_q: "¿Desactivar a {name}? Ya no podrá iniciar sesión y sus sesiones terminarán.",
      ag_disabled_done: "{name} está desactivado.", ag_enabled_done: "{name} puede volver a iniciar sesión.",
      ag_owner_only: "Solo un propietario puede modificar a otro propietario.",
      role_agent_hint: "atiende chats", role_admin_hint: "también usa estas páginas", role_owner_hint: "también nombra y modifica propietarios",
      presence_online: "Disponible", presence_away: "Ausente", presence_offline: "Desconectado",
      ag_editing: "Editar a {name}", ag_creating: "Nuevo agente", ag_created: "{name} añadido.",
      ag_email_hint: "Inicia sesión con él.", ag_email_fixed: "El correo de un agente no se puede cambiar.",
      ag_name_hint: "Lo ven los clientes cuando responde este agente.",
      ag_own_role: "No puedes cambiar tu propio rol.",
      ag_languages_hint: "Códigos de idioma como en, es, separados por comas; las conversaciones en estos idiomas van primero a este agente.",
      ag_skills_hint: "Separadas por comas, p. ej. billing, cold_chain.",
      ag_max_chats_hint: "Cuántas conversaciones atiende el agente a la vez, de 1 a 100.",
      ag_password_hint: "Al menos 8 caracteres. Dásela al agente en privado.",
      ag_new_password: "Nueva contraseña", ag_password_keep: "Déjala vacía para mantener la actual. Una contraseña nueva cierra la sesión del agente en todas partes.",
      ag_disabled_label: "Desactivado: no puede iniciar sesión (el agente sigue en la lista)",
      // API keys
      key_title: "Claves de API",
      key_hint: "Las claves permiten que tus propios servidores hablen con kefu. Una clave actúa en nombre de toda la tienda: guárdala en tus servidores, nunca en una página web ni en una app.",
      key_new: "Nueva clave", key_name: "Nombre", key_name_hint: "Para qué es, así sabrás qué clave revocar más adelante.",
      key_name_example: "p. ej. backend de la web",
      key_scope: "Qué puede hacer", key_create: "Crear clave",
      scope_chat: "Chat", scope_chat_hint: "Para el servidor que hay detrás de tu widget de chat o tu app: abre conversaciones y envía los mensajes de los clientes. No puede leer ni cambiar los datos de la tienda.",
      scope_admin: "Administración", scope_admin_hint: "Para sincronizar la trastienda: productos, pedidos, conocimiento, promociones y ajustes mediante la API de administración, y todo lo que hace una clave de chat.",
      key_list: "Claves de esta tienda", key_empty: "Esta tienda todavía no tiene claves de API.",
      key_starts: "Empieza por", key_created: "Creada", key_state: "Estado",
      key_working: "Activa", key_revoked_on: "Revocada el {time}", key_revoke: "Revocar",
      key_revoke_q: "¿Revocar «{name}»? Lo que la use dejará de funcionar al momento.", key_revoked: "«{name}» revocada.",
      key_new_title: "Nueva clave «{name}» ({scope})",
      key_once: "Cópiala ahora y guárdala en un lugar seguro: no volverás a verla. kefu solo guarda una huella de ella; si la pierdes, crea una clave nueva y revoca esta.",
      key_use_chat: "Tu servidor la envía como Authorization: Bearer <key> al abrir una conversación.",
      key_use_admin: "Tu trastienda la envía como Authorization: Bearer <key> a la API de administración en /v1.",
      key_done: "Ya la he copiado",
      // compensation rules
      nav_rules: "Reglas de compensación", nav_compensations: "Compensaciones",
      ru_title: "Reglas de compensación", ru_new: "Nueva regla",
      ru_hint: "Lo que recibe un cliente cuando un pedido sale mal. Las reglas se prueban en este orden; decide la primera regla activa cuya condición se cumple.",
      ru_empty: "Todavía no hay reglas: no se concede nada automáticamente.",
      ru_order: "Orden", ru_name: "Nombre", ru_when: "Condición", ru_grants: "Concede", ru_limit: "Por cliente", ru_state: "Estado", ru_version: "Versión",
      ru_limit_n: "como mucho {n} en 30 días", ru_no_limit: "sin límite", ru_enabled: "Activa", ru_paused: "En pausa",
      ru_coupon_of: "cupón de {amount}", ru_min: "en pedidos desde {amount}", ru_no_min: "sin mínimo",
      ru_valid_days: "válido {n} días", ru_no_expiry: "sin caducidad",
      gk_coupon: "Cupón", gk_refund_line: "Reembolso de la línea afectada", gk_refund_order: "Reembolso del pedido completo", gk_none: "Nada (aquí se detiene)",
      gk_coupon_words: "Cupón", gk_refund_line_words: "Reembolso de la línea afectada", gk_refund_order_words: "Reembolso del pedido completo",
      gk_none_words: "Nada; no se prueban las reglas siguientes",
      gk_refund_line_of: "Reembolso de {amount} (una línea)", gk_refund_order_of: "Reembolso de {amount} (el pedido)",
      ru_delete_q: "¿Eliminar la regla {name}? Deja de conceder al momento; el registro conserva sus versiones.", ru_deleted: "{name} eliminada.",
      ru_editing: "Editar la regla {name} (versión {version})", ru_creating: "Nueva regla",
      ru_name_hint: "Para qué sirve la regla, p. ej. Entrega con retraso.",
      ru_id_hint: "Tu propio nombre para ella, para la API y el registro. Se forma a partir del nombre; no se puede cambiar después.",
      ru_when_hint: "Una condición CEL sobre la incidencia, p. ej. delay_minutes > 30 o kind == \"underweight\" && missing_grams >= 100. Las variables están en docs/compensation.md.",
      ru_kind: "Qué concede",
      ru_amount: "Importe del cupón ({currency})", ru_amount_hint: "Un importe como 5 o 4.50.", ru_no_currency: "Primero indica la moneda de la tienda en Ajustes de la tienda.",
      ru_min_order: "Pedido mínimo", ru_min_order_hint: "Vacío: el cupón sirve para cualquier pedido.",
      ru_days: "Validez (días)", ru_days_hint: "Vacío: no caduca.",
      ru_order_hint: "Los números más bajos se prueban primero.",
      ru_limit_hint: "Omite a los clientes que ya recibieron este número de compensaciones en los últimos 30 días. Vacío: sin límite.",
      ru_enabled_label: "Activa: la regla concede (desmárcala para ponerla en pausa)",
      ru_id_taken: "Ya existe una regla con este ID; edita esa o elige otro ID.",
      ru_saved: "{name} guardada (versión {version}).",
      dr_title: "Simulación", dr_hint: "Lo que las reglas habrían concedido en las incidencias que kefu registró en esas fechas. No se concede nada.",
      dr_since: "Desde", dr_until: "Hasta", dr_run_current: "Simular las reglas actuales", dr_run_draft: "Simular con este borrador",
      dr_running: "Simulando…", dr_bad_dates: "Elige las fechas.", dr_fix_draft: "El borrador tiene un error; revisa el formulario.",
      dr_summary: "{n} incidencias; {granted} recibirían algo, con un coste de {cost}.",
      dr_with_draft: "Con el borrador de {name}:",
      dr_limited: "Solo se simularon las primeras 10.000 incidencias.", dr_no_rules: "No hay reglas que probar.",
      dr_matched: "Decididas", dr_granted: "Concedidas", dr_errors: "Errores", dr_cost: "Coste", dr_draft: "borrador",
      dr_errors_title: "Errores ({n})", dr_error_line: "Incidencia {incident}, regla {rule}: {message}",
      // the ledger
      lg_title: "Compensaciones", lg_hint: "Lo que se concedió a los clientes, por una regla o por un agente, de lo más reciente a lo más antiguo. Una entrada revocada sigue en la lista con quién la revocó y por qué.",
      lg_customer: "Cliente", lg_customer_ph: "id del cliente en tu tienda", lg_order: "Pedido", lg_show: "Mostrar",
      lg_empty: "No se concedió nada en este periodo.",
      lg_date: "Fecha", lg_what: "Qué", lg_by: "Concedido por",
      lg_coupon: "Cupón de {amount}", lg_rule: "Regla {rule} (versión {version})", lg_agent: "Agente {name}",
      lg_granted: "Concedido", lg_revoked: "Revocado", lg_revoked_by: "por {name}, {time}",
      lg_reason: "Motivo", lg_reason_ph: "¿Por qué se revoca?", lg_revoke_q: "¿Revocarlo?",
      lg_reason_needed: "Indica un motivo.", lg_revoked_done: "Revocado.",
      // review queue (docs/feeds.md)
      nav_review: "Pendientes de revisión",
      rq_title: "Pendientes de revisión",
      rq_hint: "Artículos a la espera de una decisión: borradores redactados a partir de productos nuevos y de conversaciones que resolvieron tus agentes, artículos que un feed dejó desactualizados (cambió un precio o un nombre, terminó una promoción) y artículos que alguien señaló como erróneos. Los artículos desactualizados y los señalados por agentes no responden a los clientes hasta que los apruebes.",
      rq_all: "Todos ({n})", rq_stale: "Desactualizados ({n})", rq_flagged: "Señalados ({n})", rq_drafts: "Borradores ({n})",
      rq_empty: "No hay nada pendiente de revisión.",
      rq_kind_stale: "Desactualizado", rq_kind_flagged: "Señalado", rq_kind_draft: "Borrador",
      rq_withdrawn: "No responde a los clientes hasta que se revise",
      rq_src_feed: "Feed {name}", rq_src_agent: "Agente", rq_src_customer: "Cliente", rq_src_suggestions: "Sugerido a partir de conversaciones",
      rq_flag_line: "{source} · {who} · {time}", rq_flag_line_nobody: "{source} · {time}", rq_support: "Preguntado en {n} conversaciones que resolvieron los agentes", rq_reason_new_product: "Producto nuevo: {name} ({sku})", rq_reason_price: "El precio de {name} ({sku}) cambió de {old} a {new}", rq_reason_renamed: "{name} ({sku}) ahora se llama {new_name}", rq_reason_discontinued: "{name} ({sku}) ya no se vende", rq_reason_promo_code: "Promoción {promotion}: el código {code} ahora es {new_code}", rq_reason_promo_withdrawn: "La promoción {promotion} se retiró", rq_reason_promo_ended: "La promoción {promotion} terminó el {time}", rq_reason_more: "y {n} más", fe_currency: "«{value}» no es un código de moneda como EUR o SGD", fe_country: "«{value}» no es un código de país como GB, o EU", fe_language: "«{value}» no es un código de idioma como en, zh-Hant o es-419", fe_canonical: "Escribe «{want}» en lugar de «{value}»", fe_regexp: "«{value}» no es una expresión regular válida", fe_range: "Introduce un número entre {min} y {max}", fe_min: "Introduce {min} o más", fe_cart_url: "Introduce un enlace http o https con {sku} donde va el SKU del producto", fe_queue_cap: "Introduce -1 (sin límite), 0 (el valor del servidor) o un número entre 1 y {max}",
      rq_approve: "Aprobar y publicar", rq_edit: "Editar", rq_reject: "Rechazar",
      rq_reason: "Motivo", rq_reason_ph: "¿Por qué se rechaza?", rq_reason_needed: "Indica un motivo.",
      rq_confirm_reject: "Rechazar", rq_save: "Guardar nueva versión",
      rq_approved: "Aprobado: {title}", rq_rejected: "Rechazado: {title}", rq_edited: "Se guardó una nueva versión de {title}. Apruébala para publicarla.",
      rq_suggest: "Sugerir artículos a partir de conversaciones resueltas",
      rq_suggested: "{n} sugerencias ({new} nuevas) a partir de {conversations} conversaciones.",
      rq_version: "versión {n}",
      rq_feeds: "Feeds de productos", rq_feed_kefu: "Feed de kefu", rq_feed_shopify: "Shopify", rq_feed_google: "Google Merchant Center",
      rq_feed_polled: "consultado cada {interval}", rq_feed_webhook: "llega a su webhook",
      rq_feed_add: "Añadir un feed", rq_feed_edit: "Editar", rq_feed_poll: "Consultar ahora", rq_feed_delete: "Eliminar",
      rq_feed_delete_q: "¿Eliminar el feed {name}? Los productos y artículos que creó se quedan.", rq_feed_deleted: "Feed {name} eliminado.",
      rq_feed_saved: "Feed {name} guardado.", rq_feed_polled_now: "{name} consultado: {products} en el feed, {new} nuevos, {changes} con precio nuevo, {stale} artículos desactualizados.",
      rq_feed_creating: "Nuevo feed", rq_feed_editing: "Feed {name}",
      rq_feed_name: "Nombre", rq_feed_name_hint: "Letras minúsculas, cifras, - y _, p. ej. shopify. Forma parte de la dirección del webhook y no se puede cambiar.",
      rq_feed_format: "Formato", rq_feed_url: "Dirección que consultar", rq_feed_url_hint: "Opcional: kefu descarga esta dirección con la frecuencia de abajo. Vacío: el feed solo llega a su webhook.",
      rq_feed_interval: "Consultar cada", rq_feed_language: "Idioma de los nombres", rq_feed_language_hint: "Para los feeds de Shopify y Google, que traen un solo idioma. Vacío: el idioma predeterminado de la tienda.",
      rq_feed_currency: "Moneda de los precios", rq_feed_currency_hint: "Para los feeds de Shopify, cuyos precios no indican moneda, p. ej. EUR.",
      rq_feed_secret: "Secreto de firma", rq_feed_secret_hint: "Compartido con el remitente, que firma cada envío (HMAC-SHA256). Vacío: se mantiene el actual.",
      rq_feed_secret_set: "Hay un secreto configurado.", rq_feed_hooks: "Webhook con una clave de API de administración: {keyed}  ·  firmado, sin clave (Shopify): {signed}",
      rq_feed_never: "todavía no ha llegado nada", rq_feed_ok: "última recepción: {time}", rq_feed_failed: "el último envío falló el {time}: {error}",
      // product knowledge
      nav_profiles: "Ficha de producto",
      pk_title: "Ficha de producto",
      pk_hint: "Lo que kefu sabe de cada producto, leído de su ficha y de su lista de ingredientes: a quién le va bien, qué evitar, precauciones y más. Cada etiqueta indica de dónde sale. Tus cambios prevalecen sobre lo que dedujo kefu y se mantienen aunque cambie el producto.",
      pk_find: "Buscar un producto", pk_find_ph: "nombre o SKU", pk_pick: "Producto", pk_none: "Ningún producto coincide.",
      pk_no_products: "El catálogo está vacío: primero envía los productos.",
      pk_partial: "Solo figuran los ingredientes principales, así que kefu no puede saber qué no contiene el producto (sin perfume, sin alcohol secante, …).",
      pk_derived: "Deducido el {time}", pk_unknown: "se desconoce",
      pk_edits: "Tus cambios", pk_edits_hint: "Valores separados por comas; pon - delante para quitar uno que dedujo kefu (p. ej. oily, -dry).",
      pk_save: "Guardar cambios", pk_saved: "Guardado; la ficha se ha vuelto a deducir.", pk_remove: "Quitar", pk_remove_label: "Quitar {value} de {dimension}",
      pk_shop: "indicado por la tienda",
      pk_lv_ok: "sin problema", pk_lv_caution: "precaución", pk_lv_avoid: "evitar",
      ev_ingredient: "Ingrediente {ingredients}", ev_ingredient_rule: "Ingrediente {ingredients} ({rule})",
      ev_rule_plain: "Regla {rule}", ev_rule: "Regla {rule}, porque {because}", ev_rule_ings: "Regla {rule}, porque {because}; a partir de {ingredients}",
      ev_attribute: "El campo «{attribute}» del producto", ev_text: "Las palabras «{note}» en el campo {attribute} del producto",
      ev_catalog: "Los precios del catálogo: {note}", ev_shop: "Indicado por la tienda ({attribute})", ev_note: "{text}: {note}",
      dim_category: "Categoría", dim_brand: "Marca", dim_step: "Paso de la rutina", dim_ingredients: "Ingredientes", dim_actives: "Activos",
      dim_strength: "Concentración", dim_fragrance: "Perfume", dim_alcohol: "Alcohol", dim_silicones: "Siliconas",
      dim_comedogenic: "Comedogénico", dim_irritants: "Irritantes", dim_efficacy: "Efecto", dim_suits_skin: "Para piel",
      dim_avoid_skin: "No para piel", dim_suits_concern: "Ayuda con", dim_avoid_concern: "No recomendado para", dim_cautions: "Precauciones",
      dim_conflicts: "No combinar con", dim_pregnancy: "Embarazo", dim_time_of_day: "Momento del día", dim_season: "Estación",
      dim_finish: "Acabado", dim_texture: "Textura", dim_coverage: "Cobertura", dim_spf: "Protección solar", dim_price_band: "Gama de precio"
    },
    th: {
      title: "kefu · จัดการร้านค้า",
      login_title: "ระบบจัดการร้านค้า kefu",
      login_who: "สำหรับเจ้าของร้านและผู้ดูแล เข้าสู่ระบบด้วยบัญชีคอนโซลเจ้าหน้าที่ของคุณ",
      login_shop: "ร้านค้า", login_email: "อีเมล", login_password: "รหัสผ่าน", login_submit: "เข้าสู่ระบบ",
      pct: "{n}%",
      dur_minutes: "{n} นาที", dur_hours: "{n} ชม.",
      login_shop_ph: "เช่น globalmart",
      login_demo: "ทดลองใช้: ร้าน {shop}, {ana}, รหัสผ่าน {password}",
      login_wait: "เข้าสู่ระบบไม่สำเร็จหลายครั้งเกินไป เพื่อความปลอดภัยของบัญชี โปรดรอ {wait} แล้วลองอีกครั้ง",
      login_again: "ลองเข้าสู่ระบบอีกครั้งได้แล้ว", wait_seconds: "{n} วินาที", wait_minutes: "{n} นาที",
      to_console: "คอนโซลเจ้าหน้าที่", to_dashboard: "แดชบอร์ด", to_admin: "จัดการร้านค้า", logout: "ออกจากระบบ", admin: "จัดการร้านค้า",
      nav_label: "หมวดการตั้งค่า",
      refused_title: "จัดการร้านค้า",
      refused: "เฉพาะเจ้าของร้านและผู้ดูแลเท่านั้นที่ใช้หน้านี้ได้",
      refused_who: "คุณเข้าสู่ระบบในชื่อ {name} ({role}) หากต้องการเปลี่ยนแปลงอะไร โปรดติดต่อเจ้าของร้านหรือผู้ดูแลของ {shop}",
      role_agent: "เจ้าหน้าที่", role_admin: "ผู้ดูแล", role_owner: "เจ้าของร้าน",
      nav_settings: "ตั้งค่าร้านค้า", nav_knowledge: "คลังความรู้", nav_synonyms: "คำพ้องความหมาย", nav_widget: "หน้าต่างแชท",
      nav_agents: "เจ้าหน้าที่", nav_keys: "คีย์ API", nav_promotions: "โปรโมชัน", nav_canned: "ข้อความสำเร็จรูป",
      nav_feedback: "ความคิดเห็น",
      fb_title: "ความคิดเห็นและการแก้ไข",
      fb_hint: "สิ่งที่เจ้าหน้าที่แก้ไขในคอนโซล และความเห็นของลูกค้าต่อคำตอบของบอท การจัดหมวดใหม่ที่ยอมรับแล้วจะใช้ฝึกโมเดลรุ่นถัดไป (kefu model retrain) ดู docs/learning.md",
      fb_filter_kind: "ประเภท", fb_filter_status: "สถานะ", fb_any: "ทั้งหมด", fb_show: "แสดง",
      fb_empty: "ยังไม่มีความคิดเห็น", fb_more: "ความคิดเห็นก่อนหน้า",
      fb_when: "เวลา", fb_kind: "ประเภท", fb_who: "ผู้ให้", fb_what: "รายละเอียด", fb_status: "สถานะ",
      fb_k_relabel: "จัดหมวดข้อความใหม่", fb_k_answer_fixed: "คำตอบที่ดีกว่า", fb_k_answer_flagged: "คำตอบถูกแจ้งปัญหา",
      fb_k_article_wrong: "บทความผิด", fb_k_article_outdated: "บทความล้าสมัย",
      fb_k_thumbs_up: "ลูกค้า: เป็นประโยชน์", fb_k_thumbs_down: "ลูกค้า: ไม่เป็นประโยชน์",
      fb_s_proposed: "เสนอแล้ว", fb_s_accepted: "ยอมรับแล้ว", fb_s_rejected: "ปฏิเสธแล้ว",
      fb_accept: "ยอมรับ", fb_reject: "ปฏิเสธ", fb_customer: "ลูกค้า",
      fb_meant: "“{text}” หมายถึง {intent} (ที่เข้าใจ: {previous})", fb_reason: "เหตุผล: {reason}",
      fb_article: "บทความ {id}", fb_answer: "คำตอบที่ดีกว่า: {answer}", fb_reply: "เกี่ยวกับคำตอบเรื่อง {intent}",
      fb_reviewed: "โดย {name}, {time}",
      md_title: "โมเดลจำแนกเจตนา", md_serving: "ที่ร้านนี้ใช้อยู่: {version}", md_shipped: "โมเดลที่มากับ kefu",
      md_own: "ของร้านนี้เอง", md_global: "ส่วนกลาง", md_retrain: "ฝึกใหม่ตอนนี้",
      md_retraining: "กำลังฝึกใหม่… ใช้เวลาประมาณหนึ่งนาที โมเดลใหม่จะถูกใช้งานก็ต่อเมื่อผ่านเกณฑ์เท่านั้น",
      md_failed: "การฝึกใหม่ครั้งล่าสุดล้มเหลว: {message}",
      md_hint: "การฝึกใหม่จะเรียนรู้จากการจัดหมวดใหม่ที่ยอมรับด้านล่าง โมเดลใหม่จะถูกเทียบกับโมเดลที่ใช้อยู่ และจะได้ใช้งานก็ต่อเมื่อตอบข้อความที่แก้ไขแล้วได้ถูกต้อง โดยความแม่นยำหรือการปรับเทียบบนชุดทดสอบลดลงไม่เกิน 0.3 จุด",
      md_version: "เวอร์ชัน", md_created: "ฝึกเมื่อ", md_dev: "ความแม่นยำ (ชุดทดสอบ)", md_corrected: "ข้อความที่แก้ไขแล้วตอบถูก", md_verdict: "ผลการตัดสิน",
      md_paired: "ดีขึ้น {fixed} แย่ลง {broken}",
      md_serves: "ใช้งานอยู่", md_kept_out: "ไม่ผ่านเกณฑ์", md_retired: "ย้อนกลับแล้ว", md_was: "เคยใช้งาน", md_none: "ยังไม่เคยฝึกใหม่",
      loading: "กำลังโหลด…", save: "บันทึก", saving: "กำลังบันทึก…", saved: "บันทึกแล้ว", cancel: "ยกเลิก", reload: "โหลดใหม่",
      copy: "คัดลอก", copied: "คัดลอกแล้ว", required: "จำเป็นต้องกรอก", error_generic: "เกิดข้อผิดพลาด: {message}",
      conflict: "มีคนอื่นแก้ไขรายการนี้หลังจากที่คุณเปิดดู โปรดโหลดใหม่เพื่อดูฉบับของเขา แล้วแก้ไขอีกครั้ง",
      session_over: "เซสชันของคุณหมดอายุแล้ว โปรดเข้าสู่ระบบอีกครั้ง",
      err_unauthorized: "ร้านค้า อีเมล หรือรหัสผ่านไม่ถูกต้อง หรือเซสชันหมดอายุ", err_forbidden: "คุณไม่มีสิทธิ์ทำรายการนี้",
      err_not_found: "ไม่พบข้อมูล อาจมีคนลบไปแล้ว", err_rate_limited: "ส่งคำขอบ่อยเกินไป โปรดรอสักครู่",
      err_internal: "เซิร์ฟเวอร์ขัดข้อง โปรดลองใหม่ภายหลัง", err_unavailable: "บริการยังไม่พร้อมใช้งาน โปรดลองใหม่ภายหลัง",
      err_too_large: "ข้อมูลยาวเกินไป", err_network: "เชื่อมต่อเซิร์ฟเวอร์ไม่ได้ โปรดตรวจสอบการเชื่อมต่อ",
      // settings
      settings_title: "ตั้งค่าร้านค้า", settings_shop: "ร้านค้า: {name} ({id})",
      set_language_legend: "ภาษา", set_languages: "ภาษาที่ร้านใช้ตอบลูกค้า", set_languages_hint: "รหัสภาษา เช่น th, en, zh คั่นด้วยจุลภาค ภาษาแรกใช้เป็นภาษาสำรอง",
      set_default_language: "ภาษาหลัก", set_default_language_hint: "ภาษาที่ร้านใช้ทำงาน",
      set_currency: "สกุลเงิน", set_currency_hint: "รหัส ISO 4217 เช่น THB, USD, EUR",
      set_timezone: "เขตเวลา", set_timezone_hint: "ชื่อตาม IANA เช่น Asia/Bangkok หรือ Europe/Berlin ใช้กับเวลาที่แสดงให้ลูกค้าเห็น",
      set_cart_url: "ลิงก์เพิ่มลงตะกร้า", set_cart_url_hint: "ลิงก์ของร้านคุณที่มี {sku} ในตำแหน่งรหัส SKU ของสินค้า เช่น https://shop.example/cart/add?sku={sku} สินค้าที่แนะนำจะลิงก์ไปที่นี่ เว้นว่าง: ไม่มีปุ่มเพิ่มลงตะกร้า",
      set_confidence: "เกณฑ์ความมั่นใจ", set_confidence_hint: "ตั้งแต่ 0 ถึง 1 ถ้าต่ำกว่านี้ บอทจะขอให้ลูกค้าอธิบายเพิ่ม เว้นว่าง: ใช้ค่าเริ่มต้นของ kefu",
      set_clarify: "จำนวนครั้งที่ถามซ้ำได้", set_clarify_hint: "ถามให้อธิบายเพิ่มติดกันได้กี่ครั้งก่อนส่งต่อให้เจ้าหน้าที่ เว้นว่าง: ใช้ค่าเริ่มต้นของ kefu",
      set_handoff: "ส่งต่อให้เจ้าหน้าที่",
      set_anger_handoff: "ส่งลูกค้าที่โกรธมากให้เจ้าหน้าที่ดูแล",
      set_sensitive_handoff: "ส่งเรื่องอ่อนไหว (สุขภาพ การขู่ดำเนินคดี การฉ้อโกง) ให้เจ้าหน้าที่ดูแล",
      set_strategies: "กลยุทธ์", set_strategies_hint: "สิ่งที่ kefu ทำเมื่อรับรู้อารมณ์ของลูกค้า ตามลำดับที่ลองใช้ ข้อที่ไม่ได้เลือกจะไม่ทำงาน",
      set_widget: "หน้าต่างแชท", set_widget_enabled: "ผู้เข้าชมเว็บไซต์ของร้านแชทได้ (เปิดหน้าต่างแชท)",
      set_llm: "โมเดลภาษา", set_llm_answers: "ให้โมเดลภาษาของเซิร์ฟเวอร์เขียนคำตอบจากบทความช่วยเหลือของเรา พร้อมอ้างอิงบทความ",
      set_llm_hint: "ใช้ได้เฉพาะเมื่อเซิร์ฟเวอร์ตั้งค่าโมเดลภาษาไว้ คำถามของลูกค้าจะถูกส่งไปยังโมเดล โดยตัดอีเมล เบอร์โทร และเลขคำสั่งซื้อออก คำตอบที่อ้างอิงบทความไม่ได้จะไม่แสดง",
      move_up: "เลื่อนขึ้น", move_down: "เลื่อนลง",
      strategy_anger_priority: "ให้ลูกค้าที่โกรธมากได้คิวก่อนลูกค้าที่ใจเย็นกว่า",
      strategy_anxiety_progress: "แสดงความคืบหน้าการจัดส่งทั้งหมดให้ลูกค้าที่กังวล",
      strategy_satisfaction_offer: "เสนอโปรโมชันปัจจุบันของร้านให้ลูกค้าที่พอใจ",
      settings_bad_number: "โปรดใส่ตัวเลข",
      // knowledge
      kn_title: "คลังความรู้", kn_all: "บทความทั้งหมด", kn_review: "รอตรวจ ({n})", kn_new: "บทความใหม่",
      kn_empty: "ยังไม่มีบทความ", kn_review_empty: "ไม่มีรายการรอตรวจ",
      kn_translate: "แปลเป็น{language}",
      kn_missing_list: "ยังไม่ได้แปล:", kn_other_language: "ภาษาอื่น เช่น fr", kn_add_translation: "เพิ่มคำแปล",
      st_draft: "ฉบับร่าง", st_in_review: "รอตรวจ", st_published: "เผยแพร่แล้ว",
      kn_submit: "ส่งตรวจ", kn_publish: "เผยแพร่", kn_send_back: "ส่งกลับ", kn_withdraw: "ถอนกลับ",
      kn_edit: "แก้ไข", kn_history: "เวอร์ชัน", kn_version: "เวอร์ชัน {n}", kn_updated: "อัปเดต {time}",
      kn_key: "คีย์", kn_key_hint: "ใช้รวมคำแปลของบทความเดียวกัน เช่น shipping-times",
      kn_language: "ภาษา", kn_title_field: "หัวข้อ", kn_body: "เนื้อหา", kn_tags: "แท็ก", kn_intents: "เจตนา",
      kn_list_hint: "คั่นด้วยจุลภาค",
      kn_save_submit: "บันทึกและส่งตรวจ",
      kn_editing: "แก้ไขบทความ", kn_creating: "บทความใหม่", kn_translating: "คำแปลใหม่",
      kn_source: "ต้นฉบับ ({language})",
      kn_live_hint: "บทความนี้เผยแพร่แล้ว การแก้ไขที่บันทึกจะใช้ตอบลูกค้าทันที",
      kn_published: "เผยแพร่แล้ว", kn_sent_back: "ส่งกลับเป็นฉบับร่างแล้ว", kn_withdrawn: "ถอนกลับเป็นฉบับร่างแล้ว", kn_submitted: "ส่งตรวจแล้ว",
      kn_history_title: "เวอร์ชันของ {key} ({language})", kn_from: "จาก", kn_to: "ถึง",
      kn_one_version: "ขณะนี้มีเพียงเวอร์ชันเดียว", kn_close: "ปิด",
      kn_no_change: "สองเวอร์ชันนี้ไม่มีความแตกต่าง",
      kn_tags_line: "แท็ก: {tags}", kn_intents_line: "เจตนา: {intents}",
      // synonyms
      syn_title: "คำพ้องความหมาย",
      syn_hint: "คำหรือวลีที่ลูกค้าใช้เรียกสิ่งเดียวกัน หนึ่งกลุ่มต่อแถว คั่นด้วยจุลภาค เช่น พัสดุ, กล่อง การค้นหาคลังความรู้จะถือว่าทั้งกลุ่มเป็นคำเดียวกัน",
      syn_add: "เพิ่มกลุ่ม", syn_remove: "ลบ", syn_empty: "ยังไม่มีคำพ้องความหมาย",
      // widget
      w_title: "หน้าต่างแชทบนเว็บไซต์ของคุณ",
      w_off: "หน้าต่างแชทถูกปิดอยู่ในตั้งค่าร้านค้า โค้ดเหล่านี้จะไม่แสดงอะไรจนกว่าคุณจะเปิด",
      w_bubble: "ปุ่มแชทลอยบนทุกหน้า",
      w_bubble_hint: "วางไว้ก่อน </body> ในหน้าที่ต้องการให้ลูกค้าแชทได้",
      w_frame: "แชทในกรอบ (iframe)",
      w_frame_hint: "สำหรับหน้าช่วยเหลือ หรือเว็บวิวในแอปมือถือ",
      w_signed: "ลูกค้าที่เข้าสู่ระบบแล้ว",
      w_signed_hint: "เพื่อให้บอทค้นหาคำสั่งซื้อของลูกค้าได้ เซิร์ฟเวอร์ของคุณต้องยืนยันว่าใครเข้าสู่ระบบอยู่ โดยลงนามรหัสลูกค้าในร้านของคุณด้วยรหัสลับของหน้าต่างแชท แล้วใส่ทั้งสองค่าไว้ในหน้าเว็บ คำนวณลายเซ็นบนเซิร์ฟเวอร์ของคุณเท่านั้น ใครที่มีรหัสลับจะแอบอ้างเป็นลูกค้าคนใดก็ได้ รหัสลับจะไม่แสดงที่นี่",
      w_signature: "ลายเซ็น = hex(HMAC-SHA256(รหัสลับหน้าต่างแชท, รหัสลูกค้า))",
      w_secret_set: "ร้านนี้มีรหัสลับหน้าต่างแชทแล้ว (แสดงเพียงครั้งเดียวตอนสร้างร้าน)",
      w_secret_unset: "ร้านนี้ไม่มีรหัสลับหน้าต่างแชท ผู้เข้าชมจึงแชทได้แบบไม่ระบุตัวตนเท่านั้น",
      w_preview: "เปิดหน้าแชท",
      w_signed_bubble: "ปุ่มแชทสำหรับลูกค้าที่เข้าสู่ระบบแล้ว",
      w_signed_frame: "กรอบแชทสำหรับลูกค้าที่เข้าสู่ระบบแล้ว",
      w_sign_code: "การคำนวณลายเซ็นบนเซิร์ฟเวอร์ของคุณ (shell, Go)",
      delete: "ลบ", saved_name: "บันทึก {name} แล้ว",
      // promotions
      pr_title: "โปรโมชัน", pr_new: "โปรโมชันใหม่",
      pr_hint: "ข้อเสนอที่บอทอาจแจ้งลูกค้า เช่น ลูกค้าที่พอใจ เขียนข้อเสนอแต่ละรายการเป็นภาษาที่ลูกค้าของคุณใช้",
      pr_empty: "ยังไม่มีโปรโมชัน",
      pr_active: "ใช้งานอยู่", pr_scheduled: "เริ่ม {time}", pr_ended: "สิ้นสุดแล้ว {time}",
      pr_from_until: "ตั้งแต่ {start} ถึง {end}", pr_from: "ตั้งแต่ {start} ไม่มีวันสิ้นสุด", pr_until: "ถึง {end}", pr_always: "ไม่มีวันเริ่มหรือวันสิ้นสุด",
      pr_everything: "ใช้กับสินค้าทุกชิ้นในร้าน", pr_categories_line: "หมวดหมู่: {list}", pr_products_line: "สินค้า (SKU): {list}",
      pr_min_line: "สำหรับคำสั่งซื้อตั้งแต่ {amount}",
      pr_id_line: "รหัส {id}", pr_missing: "ยังไม่มีข้อความภาษา{list}",
      pr_delete_q: "ลบ {name} ใช่ไหม บอทจะหยุดเสนอทันที", pr_deleted: "ลบ {name} แล้ว",
      pr_editing: "แก้ไขโปรโมชัน", pr_creating: "โปรโมชันใหม่",
      pr_code: "โค้ด", pr_code_hint: "โค้ดที่ลูกค้ากรอกตอนชำระเงิน เช่น SUMMER10 ไม่บังคับ",
      pr_id: "รหัส", pr_id_hint: "ชื่อที่คุณตั้งเองสำหรับ API และการนำเข้า เช่น summer-sale เปลี่ยนภายหลังไม่ได้",
      pr_texts: "ข้อความข้อเสนอ", pr_texts_hint: "สิ่งที่บอทบอกลูกค้าในแต่ละภาษา เว้นว่างไว้หากไม่ต้องการใช้ภาษานั้น",
      pr_add_language: "เพิ่มภาษา",
      pr_when: "ช่วงเวลา", pr_start: "เริ่ม", pr_start_hint: "เว้นว่าง: เริ่มตั้งแต่ตอนนี้", pr_end: "สิ้นสุด", pr_end_hint: "เว้นว่าง: ไม่มีวันสิ้นสุด",
      pr_zone: "เวลาเป็นเขตเวลาของเบราว์เซอร์คุณ ({zone})",
      pr_what: "ใช้กับ",
      pr_categories: "หมวดหมู่", pr_categories_hint: "คั่นด้วยจุลภาค เว้นว่างและไม่ระบุสินค้า: ใช้กับทุกอย่างในร้าน",
      pr_products: "สินค้า", pr_products_hint: "รหัส SKU คั่นด้วยจุลภาค",
      pr_min_total: "ยอดสั่งซื้อขั้นต่ำ", pr_min_total_hint: "จำนวนเงิน เช่น 50 หรือ 49.90 เว้นว่าง: ทุกคำสั่งซื้อ",
      pr_bad_amount: "ใส่จำนวนเงิน เช่น 50 หรือ 49.90 (ทศนิยมไม่เกิน {n} ตำแหน่ง)",
      pr_bad_time: "โปรดระบุวันที่และเวลา",
      pr_need_text: "เขียนข้อเสนออย่างน้อยหนึ่งภาษา",
      pr_id_taken: "มีโปรโมชันที่ใช้รหัสนี้อยู่แล้ว แก้ไขรายการนั้นหรือเลือกรหัสอื่น",
      // canned replies
      cr_title: "ข้อความสำเร็จรูป", cr_new: "ข้อความสำเร็จรูปใหม่",
      cr_hint: "คำตอบสำเร็จรูปที่เจ้าหน้าที่แทรกในคอนโซลได้ด้วยคลิกเดียว คอนโซลจะแสดงข้อความในภาษาของเจ้าหน้าที่ก่อน",
      cr_filter: "ภาษา", cr_all_languages: "ทุกภาษา", cr_any_language: "ทุกภาษา",
      cr_empty: "ยังไม่มีข้อความสำเร็จรูป", cr_untitled: "(ไม่มีหัวข้อ)",
      cr_delete_q: "ลบข้อความนี้ใช่ไหม", cr_deleted: "ลบ {title} แล้ว",
      cr_editing: "แก้ไขข้อความสำเร็จรูป", cr_creating: "ข้อความสำเร็จรูปใหม่",
      cr_title_field: "หัวข้อ", cr_title_hint: "ชื่อที่เจ้าหน้าที่ใช้เลือก เช่น พัสดุของฉันอยู่ไหน ใช้หัวข้อเดียวกันกับคำแปลทุกภาษา",
      cr_id_hint: "ชื่อที่คุณตั้งเองสำหรับ API และการนำเข้า สร้างจากหัวข้อ เปลี่ยนภายหลังไม่ได้",
      cr_text_hint: "ข้อความตามที่เจ้าหน้าที่ส่งให้ลูกค้า",
      cr_id_taken: "มีข้อความสำเร็จรูปที่ใช้รหัสนี้อยู่แล้ว โปรดเลือกรหัสอื่น",
      // agents
      ag_title: "เจ้าหน้าที่", ag_new: "เพิ่มเจ้าหน้าที่",
      ag_hint: "ผู้ที่ตอบแชทในคอนโซลเจ้าหน้าที่ ผู้ดูแลและเจ้าของร้านใช้หน้านี้ได้ด้วย",
      ag_name: "ชื่อ", ag_role: "บทบาท", ag_languages: "ภาษา", ag_skills: "ความถนัด", ag_presence: "สถานะ", ag_max_chats: "แชทพร้อมกัน",
      ag_you: "คุณ", ag_disabled: "ระงับแล้ว", ag_disable: "ระงับ", ag_enable: "เปิดใช้",
      ag_disable_q: "ระงับ {name} ใช่ไหม เขาจะเข้าสู่ระบบไม่ได้อีก และเซสชันทั้งหมดจะสิ้นสุด",
      ag_disabled_done: "ระงับ {name} แล้ว", ag_enabled_done: "{name} เข้าสู่ระบบได้อีกครั้ง",
      ag_owner_only: "เฉพาะเจ้าของร้านเท่านั้นที่แก้ไขเจ้าของร้านได้",
      role_agent_hint: "ตอบแชท", role_admin_hint: "ใช้หน้านี้ได้ด้วย", role_owner_hint: "แต่งตั้งและแก้ไขเจ้าของร้านได้ด้วย",
      presence_online: "ออนไลน์", presence_away: "ไม่อยู่", presence_offline: "ออฟไลน์",
      ag_editing: "แก้ไข {name}", ag_creating: "เจ้าหน้าที่ใหม่", ag_created: "เพิ่ม {name} แล้ว",
      ag_email_hint: "ใช้อีเมลนี้เข้าสู่ระบบ", ag_email_fixed: "เปลี่ยนอีเมลของเจ้าหน้าที่ไม่ได้",
      ag_name_hint: "ลูกค้าจะเห็นชื่อนี้เมื่อเจ้าหน้าที่คนนี้ตอบ",
      ag_own_role: "คุณเปลี่ยนบทบาทของตัวเองไม่ได้",
      ag_languages_hint: "รหัสภาษา เช่น th, en คั่นด้วยจุลภาค บทสนทนาในภาษาเหล่านี้จะส่งถึงเจ้าหน้าที่คนนี้ก่อน",
      ag_skills_hint: "คั่นด้วยจุลภาค เช่น billing, cold_chain",
      ag_max_chats_hint: "จำนวนบทสนทนาที่เจ้าหน้าที่ดูแลพร้อมกันได้ 1 ถึง 100",
      ag_password_hint: "อย่างน้อย 8 ตัวอักษร แจ้งให้เจ้าหน้าที่ทราบเป็นการส่วนตัว",
      ag_new_password: "รหัสผ่านใหม่", ag_password_keep: "เว้นว่างเพื่อใช้รหัสผ่านเดิม รหัสผ่านใหม่จะทำให้เจ้าหน้าที่ออกจากระบบทุกเครื่อง",
      ag_disabled_label: "ระงับ: เข้าสู่ระบบไม่ได้ (ยังแสดงในรายชื่อ)",
      // API keys
      key_title: "คีย์ API",
      key_hint: "คีย์ช่วยให้เซิร์ฟเวอร์ของคุณเชื่อมต่อกับ kefu ได้ คีย์หนึ่งดำเนินการแทนทั้งร้าน เก็บไว้บนเซิร์ฟเวอร์เท่านั้น ห้ามใส่ในหน้าเว็บหรือแอป",
      key_new: "คีย์ใหม่", key_name: "ชื่อ", key_name_hint: "ใช้ทำอะไร เพื่อให้รู้ว่าควรเพิกถอนคีย์ไหนในภายหลัง",
      key_name_example: "เช่น ระบบหลังบ้านของเว็บไซต์",
      key_scope: "สิทธิ์ที่ทำได้", key_create: "สร้างคีย์",
      scope_chat: "แชท", scope_chat_hint: "สำหรับเซิร์ฟเวอร์ที่อยู่เบื้องหลังหน้าต่างแชทหรือแอปของคุณ ใช้เปิดบทสนทนาและส่งข้อความของลูกค้า อ่านหรือแก้ไขข้อมูลร้านไม่ได้",
      scope_admin: "ผู้ดูแล", scope_admin_hint: "สำหรับซิงก์ระบบหลังบ้าน: สินค้า คำสั่งซื้อ คลังความรู้ โปรโมชัน และการตั้งค่าผ่าน API ผู้ดูแล รวมถึงทุกอย่างที่คีย์แชททำได้",
      key_list: "คีย์ของร้านนี้", key_empty: "ร้านนี้ยังไม่มีคีย์ API",
      key_starts: "ขึ้นต้นด้วย", key_created: "สร้างเมื่อ", key_state: "สถานะ",
      key_working: "ใช้งานได้", key_revoked_on: "เพิกถอนเมื่อ {time}", key_revoke: "เพิกถอน",
      key_revoke_q: "เพิกถอน “{name}” ใช่ไหม ทุกระบบที่ใช้คีย์นี้จะหยุดทำงานทันที", key_revoked: "เพิกถอน {name} แล้ว",
      key_new_title: "คีย์ใหม่ “{name}” ({scope})",
      key_once: "คัดลอกตอนนี้และเก็บไว้ในที่ปลอดภัย คุณจะไม่เห็นคีย์นี้อีก kefu เก็บไว้เพียงลายนิ้วมือของคีย์ หากทำหาย ให้สร้างคีย์ใหม่และเพิกถอนคีย์นี้",
      key_use_chat: "เซิร์ฟเวอร์ของคุณส่งคีย์เป็น Authorization: Bearer <key> เมื่อเปิดบทสนทนา",
      key_use_admin: "ระบบหลังบ้านของคุณส่งคีย์เป็น Authorization: Bearer <key> ไปยัง API ผู้ดูแลที่ /v1",
      key_done: "คัดลอกแล้ว",
      // compensation rules
      nav_rules: "กฎการชดเชย", nav_compensations: "การชดเชย",
      ru_title: "กฎการชดเชย", ru_new: "กฎใหม่",
      ru_hint: "สิ่งที่ลูกค้าได้รับเมื่อคำสั่งซื้อมีปัญหา ระบบจะลองกฎตามลำดับนี้ กฎแรกที่เปิดใช้และเงื่อนไขเป็นจริงจะเป็นตัวตัดสิน",
      ru_empty: "ยังไม่มีกฎ จึงไม่มีการชดเชยอัตโนมัติ",
      ru_order: "ลำดับ", ru_name: "ชื่อ", ru_when: "เงื่อนไข", ru_grants: "ให้", ru_limit: "ต่อลูกค้า", ru_state: "สถานะ", ru_version: "เวอร์ชัน",
      ru_limit_n: "ไม่เกิน {n} ครั้งใน 30 วัน", ru_no_limit: "ไม่จำกัด", ru_enabled: "เปิดใช้", ru_paused: "หยุดชั่วคราว",
      ru_coupon_of: "คูปอง {amount}", ru_min: "สำหรับคำสั่งซื้อตั้งแต่ {amount}", ru_no_min: "ไม่มียอดขั้นต่ำ",
      ru_valid_days: "ใช้ได้ {n} วัน", ru_no_expiry: "ไม่มีวันหมดอายุ",
      gk_coupon: "คูปอง", gk_refund_line: "คืนเงินรายการที่มีปัญหา", gk_refund_order: "คืนเงินทั้งคำสั่งซื้อ", gk_none: "ไม่ให้อะไร (หยุดที่นี่)",
      gk_coupon_words: "คูปอง", gk_refund_line_words: "คืนเงินรายการที่มีปัญหา", gk_refund_order_words: "คืนเงินทั้งคำสั่งซื้อ",
      gk_none_words: "ไม่ให้อะไร และไม่ลองกฎถัดไป",
      gk_refund_line_of: "คืนเงิน {amount} (รายการ)", gk_refund_order_of: "คืนเงิน {amount} (คำสั่งซื้อ)",
      ru_delete_q: "ลบกฎ {name} ใช่ไหม กฎจะหยุดให้การชดเชยทันที แต่บันทึกยังเก็บเวอร์ชันต่าง ๆ ไว้", ru_deleted: "ลบ {name} แล้ว",
      ru_editing: "แก้ไขกฎ {name} (เวอร์ชัน {version})", ru_creating: "กฎใหม่",
      ru_name_hint: "กฎนี้ใช้กับกรณีใด เช่น ส่งล่าช้า",
      ru_id_hint: "ชื่อที่คุณตั้งเองสำหรับ API และบันทึก สร้างจากชื่อกฎ เปลี่ยนภายหลังไม่ได้",
      ru_when_hint: "เงื่อนไข CEL ของเหตุการณ์ เช่น delay_minutes > 30 หรือ kind == \"underweight\" && missing_grams >= 100 ดูตัวแปรได้ที่ docs/compensation.md",
      ru_kind: "สิ่งที่ให้",
      ru_amount: "มูลค่าคูปอง ({currency})", ru_amount_hint: "จำนวนเงิน เช่น 5 หรือ 4.50", ru_no_currency: "โปรดตั้งสกุลเงินของร้านในตั้งค่าร้านค้าก่อน",
      ru_min_order: "ยอดสั่งซื้อขั้นต่ำ", ru_min_order_hint: "เว้นว่าง: ใช้คูปองได้กับทุกคำสั่งซื้อ",
      ru_days: "ใช้ได้ (วัน)", ru_days_hint: "เว้นว่าง: ไม่มีวันหมดอายุ",
      ru_order_hint: "ตัวเลขน้อยจะถูกลองก่อน",
      ru_limit_hint: "ข้ามลูกค้าที่ได้รับการชดเชยครบจำนวนนี้แล้วใน 30 วันที่ผ่านมา เว้นว่าง: ไม่จำกัด",
      ru_enabled_label: "เปิดใช้: กฎนี้ให้การชดเชย (ยกเลิกเครื่องหมายเพื่อหยุดชั่วคราว)",
      ru_id_taken: "มีกฎที่ใช้รหัสนี้อยู่แล้ว แก้ไขกฎนั้นหรือเลือกรหัสอื่น",
      ru_saved: "บันทึก {name} แล้ว (เวอร์ชัน {version})",
      dr_title: "ทดลองคำนวณ", dr_hint: "สิ่งที่กฎจะให้กับเหตุการณ์ที่ kefu บันทึกไว้ในช่วงวันดังกล่าว ไม่มีการให้จริง",
      dr_since: "จาก", dr_until: "ถึง", dr_run_current: "ทดลองกับกฎปัจจุบัน", dr_run_draft: "ทดลองกับฉบับร่างนี้",
      dr_running: "กำลังคำนวณ…", dr_bad_dates: "โปรดเลือกวันที่", dr_fix_draft: "ฉบับร่างมีข้อผิดพลาด โปรดดูที่แบบฟอร์ม",
      dr_summary: "{n} เหตุการณ์ {granted} รายการจะได้รับการชดเชย รวมมูลค่า {cost}",
      dr_with_draft: "เมื่อใช้ฉบับร่างของ {name}:",
      dr_limited: "คำนวณเฉพาะ 10,000 เหตุการณ์แรกเท่านั้น", dr_no_rules: "ไม่มีกฎให้ทดลอง",
      dr_matched: "ตัดสินแล้ว", dr_granted: "ได้รับ", dr_errors: "ข้อผิดพลาด", dr_cost: "มูลค่า", dr_draft: "ฉบับร่าง",
      dr_errors_title: "ข้อผิดพลาด ({n})", dr_error_line: "เหตุการณ์ {incident} กฎ {rule}: {message}",
      // the ledger
      lg_title: "การชดเชย", lg_hint: "สิ่งที่ลูกค้าได้รับ จากกฎหรือจากเจ้าหน้าที่ เรียงจากล่าสุด รายการที่เพิกถอนยังแสดงอยู่พร้อมผู้เพิกถอนและเหตุผล",
      lg_customer: "ลูกค้า", lg_customer_ph: "รหัสลูกค้าในร้านของคุณ", lg_order: "คำสั่งซื้อ", lg_show: "แสดง",
      lg_empty: "ไม่มีการชดเชยในช่วงเวลานี้",
      lg_date: "วันที่", lg_what: "รายการ", lg_by: "ให้โดย",
      lg_coupon: "คูปอง {amount}", lg_rule: "กฎ {rule} (เวอร์ชัน {version})", lg_agent: "เจ้าหน้าที่ {name}",
      lg_granted: "ให้แล้ว", lg_revoked: "เพิกถอนแล้ว", lg_revoked_by: "โดย {name}, {time}",
      lg_reason: "เหตุผล", lg_reason_ph: "เพิกถอนเพราะอะไร?", lg_revoke_q: "เพิกถอนใช่ไหม",
      lg_reason_needed: "โปรดระบุเหตุผล", lg_revoked_done: "เพิกถอนแล้ว",
      // review queue (docs/feeds.md)
      nav_review: "รายการรอตรวจ",
      rq_title: "รายการรอตรวจ",
      rq_hint: "บทความที่รอการตัดสินใจ: ฉบับร่างที่เขียนจากสินค้าใหม่และจากบทสนทนาที่เจ้าหน้าที่แก้ปัญหาแล้ว บทความที่ฟีดทำให้ล้าสมัย (ราคาหรือชื่อเปลี่ยน โปรโมชันสิ้นสุด) และบทความที่มีคนแจ้งว่าผิด บทความที่ล้าสมัยและที่เจ้าหน้าที่แจ้งจะไม่ใช้ตอบลูกค้าจนกว่าคุณจะอนุมัติ",
      rq_all: "ทั้งหมด ({n})", rq_stale: "ล้าสมัย ({n})", rq_flagged: "ถูกแจ้ง ({n})", rq_drafts: "ฉบับร่าง ({n})",
      rq_empty: "ไม่มีรายการรอตรวจ",
      rq_kind_stale: "ล้าสมัย", rq_kind_flagged: "ถูกแจ้ง", rq_kind_draft: "ฉบับร่าง",
      rq_withdrawn: "ไม่ใช้ตอบลูกค้าจนกว่าจะตรวจ",
      rq_src_feed: "ฟีด {name}", rq_src_agent: "เจ้าหน้าที่", rq_src_customer: "ลูกค้า", rq_src_suggestions: "แนะนำจากบทสนทนา",
      rq_flag_line: "{source} · {who} · {time}", rq_flag_line_nobody: "{source} · {time}", rq_support: "ถูกถามใน {n} บทสนทนาที่เจ้าหน้าที่แก้ปัญหาแล้ว", rq_reason_new_product: "สินค้าใหม่: {name} ({sku})", rq_reason_price: "ราคาของ {name} ({sku}) เปลี่ยนจาก {old} เป็น {new}", rq_reason_renamed: "{name} ({sku}) เปลี่ยนชื่อเป็น {new_name}", rq_reason_discontinued: "{name} ({sku}) เลิกขายแล้ว", rq_reason_promo_code: "โปรโมชัน {promotion}: โค้ด {code} เปลี่ยนเป็น {new_code}", rq_reason_promo_withdrawn: "โปรโมชัน {promotion} ถูกยกเลิกแล้ว", rq_reason_promo_ended: "โปรโมชัน {promotion} สิ้นสุดเมื่อ {time}", rq_reason_more: "และอีก {n} รายการ", fe_currency: "“{value}” ไม่ใช่รหัสสกุลเงิน เช่น EUR หรือ SGD", fe_country: "“{value}” ไม่ใช่รหัสประเทศ เช่น GB หรือ EU", fe_language: "“{value}” ไม่ใช่รหัสภาษา เช่น en, zh-Hant หรือ es-419", fe_canonical: "ให้เขียน “{want}” แทน “{value}”", fe_regexp: "“{value}” ไม่ใช่นิพจน์ปกติ (regex) ที่ถูกต้อง", fe_range: "ใส่ตัวเลขตั้งแต่ {min} ถึง {max}", fe_min: "ใส่ {min} ขึ้นไป", fe_cart_url: "ใส่ลิงก์ http หรือ https ที่มี {sku} ตรงตำแหน่งรหัส SKU ของสินค้า", fe_queue_cap: "ใส่ -1 (ไม่จำกัด), 0 (ค่าเริ่มต้นของเซิร์ฟเวอร์) หรือตัวเลข 1 ถึง {max}",
      rq_approve: "อนุมัติและเผยแพร่", rq_edit: "แก้ไข", rq_reject: "ปฏิเสธ",
      rq_reason: "เหตุผล", rq_reason_ph: "ปฏิเสธเพราะอะไร?", rq_reason_needed: "โปรดระบุเหตุผล",
      rq_confirm_reject: "ปฏิเสธ", rq_save: "บันทึกเวอร์ชันใหม่",
      rq_approved: "อนุมัติแล้ว: {title}", rq_rejected: "ปฏิเสธแล้ว: {title}", rq_edited: "บันทึกเวอร์ชันใหม่ของ {title} แล้ว อนุมัติเพื่อเผยแพร่",
      rq_suggest: "แนะนำบทความจากบทสนทนาที่แก้ปัญหาแล้ว",
      rq_suggested: "{n} คำแนะนำ (ใหม่ {new}) จาก {conversations} บทสนทนา",
      rq_version: "เวอร์ชัน {n}",
      rq_feeds: "ฟีด", rq_feed_kefu: "ฟีด kefu", rq_feed_shopify: "Shopify", rq_feed_google: "Google Merchant Center",
      rq_feed_polled: "ดึงข้อมูลทุก {interval}", rq_feed_webhook: "ส่งมาที่เว็บฮุก",
      rq_feed_add: "เพิ่มฟีด", rq_feed_edit: "แก้ไข", rq_feed_poll: "ดึงข้อมูลตอนนี้", rq_feed_delete: "ลบ",
      rq_feed_delete_q: "ลบฟีด {name} ใช่ไหม สินค้าและบทความที่ฟีดสร้างไว้ยังอยู่", rq_feed_deleted: "ลบฟีด {name} แล้ว",
      rq_feed_saved: "บันทึกฟีด {name} แล้ว", rq_feed_polled_now: "ดึงข้อมูล {name} แล้ว: ในฟีด {products} รายการ ใหม่ {new} ราคาเปลี่ยน {changes} บทความล้าสมัย {stale}",
      rq_feed_creating: "ฟีดใหม่", rq_feed_editing: "ฟีด {name}",
      rq_feed_name: "ชื่อ", rq_feed_name_hint: "ตัวอักษรภาษาอังกฤษพิมพ์เล็ก ตัวเลข - และ _ เช่น shopify ชื่อนี้เป็นส่วนหนึ่งของที่อยู่เว็บฮุกและเปลี่ยนไม่ได้",
      rq_feed_format: "รูปแบบ", rq_feed_url: "ที่อยู่สำหรับดึงข้อมูล", rq_feed_url_hint: "ไม่บังคับ: kefu จะดึงที่อยู่นี้ตามรอบด้านล่าง เว้นว่าง: ฟีดจะส่งมาที่เว็บฮุกเท่านั้น",
      rq_feed_interval: "ดึงข้อมูลทุก", rq_feed_language: "ภาษาของชื่อสินค้า", rq_feed_language_hint: "สำหรับฟีด Shopify และ Google ซึ่งมีภาษาเดียว เว้นว่าง: ใช้ภาษาหลักของร้าน",
      rq_feed_currency: "สกุลเงินของราคา", rq_feed_currency_hint: "สำหรับฟีด Shopify ที่ราคาไม่ระบุสกุลเงิน เช่น THB",
      rq_feed_secret: "รหัสลับสำหรับลงนาม", rq_feed_secret_hint: "ใช้ร่วมกับผู้ส่ง ซึ่งลงนามทุกการส่ง (HMAC-SHA256) เว้นว่าง: ใช้รหัสลับเดิม",
      rq_feed_secret_set: "ตั้งรหัสลับไว้แล้ว", rq_feed_hooks: "เว็บฮุกพร้อมคีย์ API ผู้ดูแล: {keyed}  ·  แบบลงนาม ไม่ใช้คีย์ (Shopify): {signed}",
      rq_feed_never: "ยังไม่ได้รับข้อมูล", rq_feed_ok: "ได้รับล่าสุด {time}", rq_feed_failed: "การส่งครั้งล่าสุดล้มเหลว {time}: {error}",
      // product knowledge
      nav_profiles: "ข้อมูลสินค้า",
      pk_title: "ข้อมูลสินค้า",
      pk_hint: "สิ่งที่ kefu รู้เกี่ยวกับสินค้าแต่ละชิ้น อ่านจากรายละเอียดสินค้าและรายการส่วนผสม: เหมาะกับใคร ควรหลีกเลี่ยงอะไร ข้อควรระวัง และอื่น ๆ แต่ละแท็กบอกที่มา การแก้ไขของคุณมีผลเหนือสิ่งที่ kefu วิเคราะห์ และยังคงอยู่แม้สินค้าจะเปลี่ยน",
      pk_find: "ค้นหาสินค้า", pk_find_ph: "ชื่อหรือ SKU", pk_pick: "สินค้า", pk_none: "ไม่พบสินค้าที่ตรงกัน",
      pk_no_products: "แคตตาล็อกยังว่างอยู่ โปรดส่งข้อมูลสินค้าก่อน",
      pk_partial: "มีเพียงส่วนผสมหลัก kefu จึงบอกไม่ได้ว่าสินค้าไม่มีอะไรบ้าง (ไม่มีน้ำหอม ไม่มีแอลกอฮอล์ที่ทำให้ผิวแห้ง …)",
      pk_derived: "วิเคราะห์เมื่อ {time}", pk_unknown: "ไม่ทราบ",
      pk_edits: "การแก้ไขของคุณ", pk_edits_hint: "ค่าคั่นด้วยจุลภาค ใส่ - ข้างหน้าเพื่อลบค่าที่ kefu วิเคราะห์ (เช่น oily, -dry)",
      pk_save: "บันทึกการแก้ไข", pk_saved: "บันทึกแล้ว วิเคราะห์ข้อมูลสินค้าใหม่แล้ว", pk_remove: "ลบ", pk_remove_label: "ลบ {value} ออกจาก{dimension}",
      pk_shop: "ร้านกำหนด",
      pk_lv_ok: "ใช้ได้", pk_lv_caution: "ระวัง", pk_lv_avoid: "หลีกเลี่ยง",
      ev_ingredient: "ส่วนผสม {ingredients}", ev_ingredient_rule: "ส่วนผสม {ingredients} ({rule})",
      ev_rule_plain: "กฎ {rule}", ev_rule: "กฎ {rule} เพราะ {because}", ev_rule_ings: "กฎ {rule} เพราะ {because} จาก {ingredients}",
      ev_attribute: "ข้อมูล “{attribute}” ของสินค้า", ev_text: "คำว่า “{note}” ใน{attribute}ของสินค้า",
      ev_catalog: "ราคาในแคตตาล็อก: {note}", ev_shop: "ร้านกำหนด ({attribute})", ev_note: "{text}: {note}",
      dim_category: "หมวดหมู่", dim_brand: "แบรนด์", dim_step: "ขั้นตอนการบำรุง", dim_ingredients: "ส่วนผสม", dim_actives: "สารออกฤทธิ์",
      dim_strength: "ความเข้มข้น", dim_fragrance: "น้ำหอม", dim_alcohol: "แอลกอฮอล์", dim_silicones: "ซิลิโคน",
      dim_comedogenic: "อุดตันรูขุมขน", dim_irritants: "สารระคายเคือง", dim_efficacy: "ประโยชน์", dim_suits_skin: "เหมาะกับผิว",
      dim_avoid_skin: "ไม่เหมาะกับผิว", dim_suits_concern: "ช่วยเรื่อง", dim_avoid_concern: "ไม่เหมาะกับ", dim_cautions: "ข้อควรระวัง",
      dim_conflicts: "ไม่ควรใช้ร่วมกับ", dim_pregnancy: "ระหว่างตั้งครรภ์", dim_time_of_day: "ช่วงเวลาที่ใช้", dim_season: "ฤดูกาล",
      dim_finish: "ลุค", dim_texture: "เนื้อสัมผัส", dim_coverage: "การปกปิด", dim_spf: "การป้องกันแดด", dim_price_band: "ช่วงราคา"
    },
    ja: {
      title: "kefu · ショップ管理",
      pct: "{n}%",
      dur_minutes: "{n} 分", dur_hours: "{n} 時間",
      login_shop_ph: "例：globalmart",
      login_demo: "デモ：ショップ {shop}、{ana}、パスワード {password}。",
      nav_label: "メニュー",
      err_unauthorized: "ショップ、メールアドレス、パスワードのいずれかが正しくないか、セッションの有効期限が切れています。", err_forbidden: "この操作を行う権限がありません。",
      err_not_found: "見つかりません。他の人が削除した可能性があります。", err_rate_limited: "リクエストが多すぎます。しばらくお待ちください。",
      err_internal: "サーバーでエラーが発生しました。しばらくしてからもう一度お試しください。", err_unavailable: "現在サービスを利用できません。しばらくしてからもう一度お試しください。",
      err_too_large: "長すぎます。", err_network: "サーバーに接続できません。通信環境を確認してください。",
      login_title: "kefu ショップ管理",
      login_who: "ショップのオーナーと管理者向けです。オペレーター画面のアカウントでログインしてください。",
      login_shop: "ショップ", login_email: "メールアドレス", login_password: "パスワード", login_submit: "ログイン",
      login_wait: "ログインの失敗が続いています。アカウント保護のため、{wait} 後にもう一度お試しください。",
      login_again: "もう一度ログインできます。", wait_seconds: "{n} 秒", wait_minutes: "{n} 分",
      to_console: "オペレーター画面", to_dashboard: "ダッシュボード", to_admin: "ショップ管理", logout: "ログアウト", admin: "ショップ管理",
      refused_title: "ショップ管理",
      refused: "このページはショップのオーナーと管理者のみ利用できます。",
      refused_who: "{name}（{role}）としてログインしています。変更が必要な場合は、{shop} のオーナーまたは管理者にご依頼ください。",
      role_agent: "オペレーター", role_admin: "管理者", role_owner: "オーナー",
      nav_settings: "ショップ設定", nav_knowledge: "ナレッジ", nav_synonyms: "類義語", nav_widget: "ウィジェット",
      nav_agents: "オペレーター", nav_keys: "APIキー", nav_promotions: "キャンペーン", nav_canned: "定型文",
      nav_feedback: "フィードバック",
      fb_title: "フィードバックと修正",
      fb_hint: "オペレーターが画面で修正した内容と、ボットの回答に対するお客様の評価です。承認したラベル修正は次のモデルの学習に使われます（kefu model retrain。docs/learning.md を参照）。",
      fb_filter_kind: "種類", fb_filter_status: "状態", fb_any: "すべて", fb_show: "表示",
      fb_empty: "フィードバックはまだありません。", fb_more: "以前のフィードバック",
      fb_when: "日時", fb_kind: "種類", fb_who: "送信者", fb_what: "内容", fb_status: "状態",
      fb_k_relabel: "ラベル修正", fb_k_answer_fixed: "より良い回答", fb_k_answer_flagged: "回答の誤り報告",
      fb_k_article_wrong: "記事の誤り", fb_k_article_outdated: "記事が古い",
      fb_k_thumbs_up: "お客様：役に立った", fb_k_thumbs_down: "お客様：役に立たなかった",
      fb_s_proposed: "提案中", fb_s_accepted: "承認済み", fb_s_rejected: "却下",
      fb_accept: "承認", fb_reject: "却下", fb_customer: "お客様",
      fb_meant: "「{text}」の意図は {intent}（認識結果：{previous}）", fb_reason: "理由：{reason}",
      fb_article: "記事 {id}", fb_answer: "より良い回答：{answer}", fb_reply: "{intent} への回答について",
      fb_reviewed: "{name} · {time}",
      md_title: "意図モデル", md_serving: "このショップで稼働中：{version}", md_shipped: "kefu に同梱のモデル",
      md_own: "このショップ専用", md_global: "共通", md_retrain: "今すぐ再学習",
      md_retraining: "再学習中です…1分ほどかかります。候補モデルは基準を満たした場合のみ稼働します。",
      md_failed: "前回の再学習に失敗しました：{message}",
      md_hint: "再学習では下の承認済みラベル修正から学習します。候補モデルは稼働中のモデルと比較され、修正されたメッセージを正しく判定し、かつ開発データでの正解率やキャリブレーションの低下が0.3ポイント以内の場合にのみ切り替わります。",
      md_version: "バージョン", md_created: "学習日時", md_dev: "開発データ正解率", md_corrected: "修正分の正解", md_verdict: "判定",
      md_paired: "改善 {fixed} 件、悪化 {broken} 件",
      md_serves: "稼働中", md_kept_out: "不採用", md_retired: "ロールバック済み", md_was: "以前稼働", md_none: "再学習はまだありません。",
      loading: "読み込み中…", save: "保存", saving: "保存中…", saved: "保存しました。", cancel: "キャンセル", reload: "再読み込み",
      copy: "コピー", copied: "コピーしました", required: "必須項目です。", error_generic: "問題が発生しました：{message}",
      conflict: "開いた後に他の人がこの内容を変更しました。再読み込みして最新の内容を確認してから、もう一度変更してください。",
      session_over: "セッションが終了しました。もう一度ログインしてください。",
      // settings
      settings_title: "ショップ設定", settings_shop: "ショップ：{name}（{id}）",
      set_language_legend: "言語", set_languages: "ショップが対応する言語", set_languages_hint: "en、zh、es などの言語タグをカンマ区切りで入力します。先頭の言語が代替言語になります。",
      set_default_language: "既定の言語", set_default_language_hint: "ショップの業務用言語です。",
      set_currency: "通貨", set_currency_hint: "ISO 4217 コード（例：JPY、USD、EUR）。",
      set_timezone: "タイムゾーン", set_timezone_hint: "IANA 名（例：Asia/Tokyo、Europe/Berlin）。お客様に表示する時刻に使われます。",
      set_cart_url: "カート追加リンク", set_cart_url_hint: "商品の SKU が入る位置に {sku} を含むショップのリンク（例：https://shop.example/cart/add?sku={sku}）。おすすめ商品がこのリンクを使います。空欄の場合、カート追加ボタンは表示されません。",
      set_confidence: "確信度のしきい値", set_confidence_hint: "0 から 1 までの値。これを下回ると、ボットはお客様に確認の質問をします。空欄の場合は kefu の既定値です。",
      set_clarify: "確認の質問の上限", set_clarify_hint: "有人対応に切り替えるまでに続けて行う確認の質問の数です。空欄の場合は kefu の既定値です。",
      set_handoff: "有人対応への引き継ぎ",
      set_anger_handoff: "強く怒っているお客様を有人対応に引き継ぐ",
      set_sensitive_handoff: "デリケートな話題（健康、法的措置の示唆、詐欺）を有人対応に引き継ぐ",
      set_strategies: "対応方針", set_strategies_hint: "お客様の感情を察知したときに kefu が行う対応です。上から順に試します。チェックを外したものは実行されません。",
      set_widget: "チャットウィジェット", set_widget_enabled: "ショップのウェブサイト訪問者がチャットできる（ウィジェットを有効にする）",
      set_llm: "言語モデル", set_llm_answers: "サーバーの言語モデルにヘルプ記事をもとに回答を作成させる（記事を引用）",
      set_llm_hint: "サーバーに言語モデルが設定されている場合のみ有効です。お客様の質問はメールアドレス、電話番号、注文番号を除いて送信されます。記事に根拠のない回答は表示されません。",
      move_up: "上へ移動", move_down: "下へ移動",
      strategy_anger_priority: "強く怒っているお客様を待機キューで優先する",
      strategy_anxiety_progress: "不安そうなお客様に配送の進捗をすべて表示する",
      strategy_satisfaction_offer: "満足しているお客様に現在のキャンペーンを1つ案内する",
      settings_bad_number: "数値を入力してください。",
      // knowledge
      kn_title: "ナレッジ", kn_all: "すべての記事", kn_review: "レビュー待ち（{n}）", kn_new: "新しい記事",
      kn_empty: "記事はまだありません。", kn_review_empty: "レビュー待ちの記事はありません。",
      kn_translate: "{language}に翻訳",
      kn_missing_list: "未翻訳：", kn_other_language: "その他の言語（例：fr）", kn_add_translation: "翻訳を追加",
      st_draft: "下書き", st_in_review: "レビュー中", st_published: "公開中",
      kn_submit: "レビューに提出", kn_publish: "公開", kn_send_back: "差し戻す", kn_withdraw: "取り下げる",
      kn_edit: "編集", kn_history: "バージョン", kn_version: "バージョン {n}", kn_updated: "{time} 更新",
      kn_key: "キー", kn_key_hint: "1つの記事の各言語版をまとめるキーです（例：shipping-times）。",
      kn_language: "言語", kn_title_field: "タイトル", kn_body: "本文", kn_tags: "タグ", kn_intents: "意図",
      kn_list_hint: "カンマ区切り。",
      kn_save_submit: "保存してレビューに提出",
      kn_editing: "記事を編集", kn_creating: "新しい記事", kn_translating: "新しい翻訳",
      kn_source: "原文（{language}）",
      kn_live_hint: "この記事は公開中です。保存した変更はすぐにお客様への回答に反映されます。",
      kn_published: "公開しました。", kn_sent_back: "下書きに差し戻しました。", kn_withdrawn: "下書きに取り下げました。", kn_submitted: "レビューに提出しました。",
      kn_history_title: "{key}（{language}）のバージョン", kn_from: "比較元", kn_to: "比較先",
      kn_one_version: "バージョンはまだ1つだけです。", kn_close: "閉じる",
      kn_no_change: "これらのバージョンに違いはありません。",
      kn_tags_line: "タグ：{tags}", kn_intents_line: "意図：{intents}",
      // synonyms
      syn_title: "類義語",
      syn_hint: "お客様が同じものを指して使う言葉や表現です。1行に1グループ、カンマ区切りで入力します（例：荷物, 小包）。ナレッジ検索では各グループを1つの語として扱います。",
      syn_add: "グループを追加", syn_remove: "削除", syn_empty: "類義語はまだありません。",
      // widget
      w_title: "ウェブサイトのウィジェット",
      w_off: "ショップ設定でチャットウィジェットがオフになっています。オンにするまで、以下のコードを貼っても何も表示されません。",
      w_bubble: "全ページにチャットボタンを表示",
      w_bubble_hint: "お客様がチャットできるようにしたいページの </body> の直前に貼り付けてください。",
      w_frame: "フレーム内のチャット",
      w_frame_hint: "ヘルプページやモバイルアプリの WebView 向けです。",
      w_signed: "ログイン中のお客様",
      w_signed_hint: "ボットがお客様の注文を確認できるよう、ログイン中のお客様が誰かをショップのサーバーが証明します。ショップでのお客様 ID をウィジェットシークレットで署名し、両方をページに埋め込みます。署名は必ずサーバー側で計算してください。シークレットを知っている人は誰にでもなりすませます。シークレットはここには表示されません。",
      w_signature: "signature = hex(HMAC-SHA256(ウィジェットシークレット, お客様 ID))",
      w_secret_set: "このショップにはウィジェットシークレットがあります（ショップ作成時に一度だけ表示されました）。",
      w_secret_unset: "このショップにはウィジェットシークレットがないため、訪問者は匿名でのみチャットできます。",
      w_preview: "チャットページを開く",
      w_signed_bubble: "ログイン中のお客様用チャットボタン",
      w_signed_frame: "ログイン中のお客様用フレーム",
      w_sign_code: "サーバーでの署名の計算（シェル、Go）",
      delete: "削除", saved_name: "{name} を保存しました。",
      // promotions
      pr_title: "キャンペーン", pr_new: "新しいキャンペーン",
      pr_hint: "ボットがお客様（満足しているお客様など）に案内できる特典です。お客様が使う各言語で特典の内容を書いてください。",
      pr_empty: "キャンペーンはまだありません。",
      pr_active: "実施中", pr_scheduled: "{time} 開始", pr_ended: "{time} 終了",
      pr_from_until: "{start} から {end} まで", pr_from: "{start} から（終了日なし）", pr_until: "{end} まで", pr_always: "開始日・終了日なし",
      pr_everything: "ショップの全商品が対象", pr_categories_line: "カテゴリ：{list}", pr_products_line: "商品（SKU）：{list}",
      pr_min_line: "{amount} 以上のご注文",
      pr_id_line: "ID {id}", pr_missing: "{list} の文章がまだありません。",
      pr_delete_q: "{name} を削除しますか？ボットはすぐに案内を停止します。", pr_deleted: "{name} を削除しました。",
      pr_editing: "キャンペーンを編集", pr_creating: "新しいキャンペーン",
      pr_code: "コード", pr_code_hint: "お客様が購入手続きで入力するコード（例：SUMMER10）。任意。",
      pr_id: "ID", pr_id_hint: "API やインポートで使う独自の名前（例：summer-sale）。後から変更できません。",
      pr_texts: "特典の文章", pr_texts_hint: "ボットがお客様に伝える内容を言語ごとに入力します。空欄の言語では案内しません。",
      pr_add_language: "言語を追加",
      pr_when: "期間", pr_start: "開始", pr_start_hint: "空欄の場合は今から。", pr_end: "終了", pr_end_hint: "空欄の場合は終了なし。",
      pr_zone: "時刻はブラウザのタイムゾーン（{zone}）です。",
      pr_what: "対象",
      pr_categories: "カテゴリ", pr_categories_hint: "カンマ区切り。商品も空欄の場合はショップの全商品が対象です。",
      pr_products: "商品", pr_products_hint: "SKU をカンマ区切りで入力。",
      pr_min_total: "最低注文金額", pr_min_total_hint: "50 や 49.90 などの金額。空欄の場合はすべての注文が対象です。",
      pr_bad_amount: "50 や 49.90 のように金額を入力してください（小数点以下 {n} 桁まで）。",
      pr_bad_time: "日付と時刻を入力してください。",
      pr_need_text: "少なくとも1つの言語で特典の文章を入力してください。",
      pr_id_taken: "この ID のキャンペーンはすでにあります。そちらを編集するか、別の ID を選んでください。",
      // canned replies
      cr_title: "定型文", cr_new: "新しい定型文",
      cr_hint: "オペレーターがオペレーター画面でワンクリックで挿入できる回答です。オペレーターの言語の定型文が優先して表示されます。",
      cr_filter: "言語", cr_all_languages: "すべての言語", cr_any_language: "全言語",
      cr_empty: "定型文はまだありません。", cr_untitled: "（タイトルなし）",
      cr_delete_q: "この定型文を削除しますか？", cr_deleted: "{title} を削除しました。",
      cr_editing: "定型文を編集", cr_creating: "新しい定型文",
      cr_title_field: "タイトル", cr_title_hint: "オペレーターが選ぶときの名前（例：荷物はどこ）。翻訳版にも同じタイトルを付けてください。",
      cr_id_hint: "API やインポートで使う独自の名前。タイトルから作られ、後から変更できません。",
      cr_text_hint: "オペレーターが送信する回答の本文です。",
      cr_id_taken: "この ID の定型文はすでにあります。別の ID を選んでください。",
      // agents
      ag_title: "オペレーター", ag_new: "オペレーターを追加",
      ag_hint: "オペレーター画面でチャットに対応する人たちです。管理者とオーナーはこのページも利用できます。",
      ag_name: "名前", ag_role: "役割", ag_languages: "言語", ag_skills: "スキル", ag_presence: "ステータス", ag_max_chats: "同時対応数",
      ag_you: "自分", ag_disabled: "無効", ag_disable: "無効にする", ag_enable: "有効にする",
      ag_disable_q: "{name} を無効にしますか？ログインできなくなり、現在のセッションも終了します。",
      ag_disabled_done: "{name} を無効にしました。", ag_enabled_done: "{name} は再びログインできます。",
      ag_owner_only: "オーナーを変更できるのはオーナーだけです。",
      role_agent_hint: "チャットに対応", role_admin_hint: "このページも利用", role_owner_hint: "オーナーの追加・変更も可能",
      presence_online: "対応可能", presence_away: "離席中", presence_offline: "オフライン",
      ag_editing: "{name} を編集", ag_creating: "新しいオペレーター", ag_created: "{name} を追加しました。",
      ag_email_hint: "ログインに使います。", ag_email_fixed: "オペレーターのメールアドレスは変更できません。",
      ag_name_hint: "このオペレーターが回答するときにお客様に表示されます。",
      ag_own_role: "自分の役割は変更できません。",
      ag_languages_hint: "en、zh などの言語タグをカンマ区切りで入力します。これらの言語の会話は優先してこのオペレーターに割り当てられます。",
      ag_skills_hint: "カンマ区切り（例：billing, cold_chain）。",
      ag_max_chats_hint: "このオペレーターが同時に対応する会話の数（1 から 100 まで）。",
      ag_password_hint: "8文字以上。オペレーターには直接伝えてください。",
      ag_new_password: "新しいパスワード", ag_password_keep: "空欄の場合は現在のパスワードのままです。新しいパスワードを設定すると、すべての端末でログアウトされます。",
      ag_disabled_label: "無効：ログイン不可（一覧には残ります）",
      // API keys
      key_title: "APIキー",
      key_hint: "APIキーを使うと、ショップのサーバーから kefu を利用できます。キーはショップ全体の権限を持つため、サーバーだけに保管し、ウェブページやアプリには絶対に含めないでください。",
      key_new: "新しいキー", key_name: "名前", key_name_hint: "用途を書いておくと、後でどのキーを無効化すればよいか分かります。",
      key_name_example: "例：ウェブサイトのバックエンド",
      key_scope: "権限", key_create: "キーを作成",
      scope_chat: "チャット", scope_chat_hint: "チャットウィジェットやアプリの背後にあるサーバー用です。会話を開始し、お客様のメッセージを送信します。ショップのデータの閲覧・変更はできません。",
      scope_admin: "管理", scope_admin_hint: "基幹システムとの同期用です。管理 API で商品、注文、ナレッジ、キャンペーン、設定を扱えるほか、チャットキーでできることもすべて行えます。",
      key_list: "このショップのキー", key_empty: "このショップには APIキーがまだありません。",
      key_starts: "先頭の文字", key_created: "作成日", key_state: "状態",
      key_working: "有効", key_revoked_on: "{time} に無効化", key_revoke: "無効化",
      key_revoke_q: "「{name}」を無効化しますか？このキーを使っているものはすぐに動かなくなります。", key_revoked: "{name} を無効化しました。",
      key_new_title: "新しいキー「{name}」（{scope}）",
      key_once: "今すぐコピーして安全な場所に保管してください。二度と表示されません。kefu はキーのフィンガープリントのみを保存します。紛失した場合は、新しいキーを作成してこのキーを無効化してください。",
      key_use_chat: "会話を開始するとき、サーバーは Authorization: Bearer <key> として送信します。",
      key_use_admin: "基幹システムは /v1 以下の管理 API に Authorization: Bearer <key> として送信します。",
      key_done: "コピーしました",
      // compensation rules
      nav_rules: "補償ルール", nav_compensations: "補償履歴",
      ru_title: "補償ルール", ru_new: "新しいルール",
      ru_hint: "注文に問題があったときにお客様が受け取るものです。ルールはこの順に試され、条件を満たす最初の有効なルールで決まります。",
      ru_empty: "ルールはまだありません。自動では何も付与されません。",
      ru_order: "順番", ru_name: "名前", ru_when: "条件", ru_grants: "付与内容", ru_limit: "お客様ごとの上限", ru_state: "状態", ru_version: "バージョン",
      ru_limit_n: "30日間に {n} 回まで", ru_no_limit: "上限なし", ru_enabled: "有効", ru_paused: "一時停止中",
      ru_coupon_of: "{amount} のクーポン", ru_min: "{amount} 以上の注文", ru_no_min: "最低金額なし",
      ru_valid_days: "有効期間 {n} 日", ru_no_expiry: "有効期限なし",
      gk_coupon: "クーポン", gk_refund_line: "該当商品の返金", gk_refund_order: "注文全体の返金", gk_none: "なし（ここで終了）",
      gk_coupon_words: "クーポン", gk_refund_line_words: "該当商品の返金", gk_refund_order_words: "注文全体の返金",
      gk_none_words: "なし（以降のルールは試されません）",
      gk_refund_line_of: "{amount} の返金（商品単位）", gk_refund_order_of: "{amount} の返金（注文全体）",
      ru_delete_q: "ルール {name} を削除しますか？すぐに付与が停止されます。各バージョンは履歴に残ります。", ru_deleted: "{name} を削除しました。",
      ru_editing: "ルール {name} を編集（バージョン {version}）", ru_creating: "新しいルール",
      ru_name_hint: "ルールの目的（例：配達遅延）。",
      ru_id_hint: "API や履歴で使う独自の名前。名前から作られ、後から変更できません。",
      ru_when_hint: "トラブルに対する CEL の条件式（例：delay_minutes > 30 や kind == \"underweight\" && missing_grams >= 100）。使える変数は docs/compensation.md を参照してください。",
      ru_kind: "付与内容",
      ru_amount: "クーポン金額（{currency}）", ru_amount_hint: "5 や 4.50 などの金額。", ru_no_currency: "先にショップ設定で通貨を設定してください。",
      ru_min_order: "最低注文金額", ru_min_order_hint: "空欄の場合、すべての注文でクーポンを使えます。",
      ru_days: "有効期間（日）", ru_days_hint: "空欄の場合、有効期限はありません。",
      ru_order_hint: "小さい数字から先に試されます。",
      ru_limit_hint: "過去30日間にこの回数の補償を受けたお客様は対象外になります。空欄の場合は上限なし。",
      ru_enabled_label: "有効：このルールで付与する（チェックを外すと一時停止）",
      ru_id_taken: "この ID のルールはすでにあります。そちらを編集するか、別の ID を選んでください。",
      ru_saved: "{name} を保存しました（バージョン {version}）。",
      dr_title: "試算", dr_hint: "この期間に kefu が記録したトラブルに対して、ルールが何を付与したかを試算します。実際には何も付与されません。",
      dr_since: "開始", dr_until: "終了", dr_run_current: "現在のルールで試算", dr_run_draft: "この下書きで試算",
      dr_running: "試算中…", dr_bad_dates: "日付を選んでください。", dr_fix_draft: "下書きにエラーがあります。フォームを確認してください。",
      dr_summary: "トラブル {n} 件のうち {granted} 件が付与対象、費用は {cost} です。",
      dr_with_draft: "{name} の下書きの場合：",
      dr_limited: "最初の 10,000 件のトラブルのみ再現しました。", dr_no_rules: "試算するルールがありません。",
      dr_matched: "決定", dr_granted: "付与", dr_errors: "エラー", dr_cost: "費用", dr_draft: "下書き",
      dr_errors_title: "エラー（{n}）", dr_error_line: "トラブル {incident}、ルール {rule}：{message}",
      // the ledger
      lg_title: "補償履歴", lg_hint: "ルールまたはオペレーターによってお客様に付与されたものです。新しい順。取り消したものも、取り消した人と理由とともに表示されます。",
      lg_customer: "お客様", lg_customer_ph: "ショップでのお客様 ID", lg_order: "注文", lg_show: "表示",
      lg_empty: "この期間に付与されたものはありません。",
      lg_date: "日付", lg_what: "内容", lg_by: "付与者",
      lg_coupon: "{amount} のクーポン", lg_rule: "ルール {rule}（バージョン {version}）", lg_agent: "オペレーター {name}",
      lg_granted: "付与済み", lg_revoked: "取り消し済み", lg_revoked_by: "{name} · {time}",
      lg_reason: "理由", lg_reason_ph: "取り消す理由", lg_revoke_q: "取り消しますか？",
      lg_reason_needed: "理由を入力してください。", lg_revoked_done: "取り消しました。",
      // review queue (docs/feeds.md)
      nav_review: "レビュー待ち",
      rq_title: "レビュー待ち",
      rq_hint: "判断を待っている記事です。新商品やオペレーターが解決した会話から作成された下書き、フィードによって古くなった記事（価格や名前の変更、キャンペーンの終了）、誤りが報告された記事があります。古くなった記事とオペレーターが報告した記事は、承認するまでお客様への回答に使われません。",
      rq_all: "すべて（{n}）", rq_stale: "古い（{n}）", rq_flagged: "報告あり（{n}）", rq_drafts: "下書き（{n}）",
      rq_empty: "レビュー待ちの記事はありません。",
      rq_kind_stale: "古い", rq_kind_flagged: "報告あり", rq_kind_draft: "下書き",
      rq_withdrawn: "レビューまで回答に使用しません",
      rq_src_feed: "フィード {name}", rq_src_agent: "オペレーター", rq_src_customer: "お客様", rq_src_suggestions: "会話からの提案",
      rq_flag_line: "{source} · {who} · {time}", rq_flag_line_nobody: "{source} · {time}", rq_support: "オペレーターが解決した {n} 件の会話で質問されました", rq_reason_new_product: "新商品：{name}（{sku}）", rq_reason_price: "{name}（{sku}）の価格が {old} から {new} に変更されました", rq_reason_renamed: "{name}（{sku}）は {new_name} に名称変更されました", rq_reason_discontinued: "{name}（{sku}）は販売終了しました", rq_reason_promo_code: "プロモーション {promotion}：コード {code} は {new_code} に変更されました", rq_reason_promo_withdrawn: "プロモーション {promotion} は取り下げられました", rq_reason_promo_ended: "プロモーション {promotion} は {time} に終了しました", rq_reason_more: "ほか {n} 件", fe_currency: "「{value}」は通貨コード（EUR、SGD など）ではありません", fe_country: "「{value}」は国コード（GB など）または EU ではありません", fe_language: "「{value}」は言語コード（en、zh-Hant、es-419 など）ではありません", fe_canonical: "「{value}」ではなく「{want}」と書いてください", fe_regexp: "「{value}」は正しい正規表現ではありません", fe_range: "{min}～{max} の数値を入力してください", fe_min: "{min} 以上の数値を入力してください", fe_cart_url: "商品の SKU の位置に {sku} を含む http または https のリンクを入力してください", fe_queue_cap: "-1（上限なし）、0（サーバーの既定値）、または 1～{max} の数値を入力してください",
      rq_approve: "承認して公開", rq_edit: "編集", rq_reject: "却下",
      rq_reason: "理由", rq_reason_ph: "却下する理由", rq_reason_needed: "理由を入力してください。",
      rq_confirm_reject: "却下", rq_save: "新しいバージョンを保存",
      rq_approved: "承認しました：{title}", rq_rejected: "却下しました：{title}", rq_edited: "{title} の新しいバージョンを保存しました。公開するには承認してください。",
      rq_suggest: "解決済みの会話から記事を提案",
      rq_suggested: "{conversations} 件の会話から {n} 件の提案（新規 {new} 件）。",
      rq_version: "バージョン {n}",
      rq_feeds: "フィード", rq_feed_kefu: "kefu フィード", rq_feed_shopify: "Shopify", rq_feed_google: "Google Merchant Center",
      rq_feed_polled: "{interval}ごとに取得", rq_feed_webhook: "Webhook で受信",
      rq_feed_add: "フィードを追加", rq_feed_edit: "編集", rq_feed_poll: "今すぐ取得", rq_feed_delete: "削除",
      rq_feed_delete_q: "フィード {name} を削除しますか？このフィードが作成した商品と記事は残ります。", rq_feed_deleted: "フィード {name} を削除しました。",
      rq_feed_saved: "フィード {name} を保存しました。", rq_feed_polled_now: "{name} を取得しました：フィード内の商品 {products}、新規 {new}、価格変更 {changes}、古くなった記事 {stale}。",
      rq_feed_creating: "新しいフィード", rq_feed_editing: "フィード {name}",
      rq_feed_name: "名前", rq_feed_name_hint: "英小文字、数字、- と _（例：shopify）。Webhook のアドレスの一部になり、変更できません。",
      rq_feed_format: "形式", rq_feed_url: "取得先アドレス", rq_feed_url_hint: "任意：kefu が下の間隔でこのアドレスを取得します。空欄の場合、フィードは Webhook でのみ受信します。",
      rq_feed_interval: "取得間隔", rq_feed_language: "商品名の言語", rq_feed_language_hint: "1つの言語だけを含む Shopify と Google のフィード用です。空欄の場合はショップの既定の言語です。",
      rq_feed_currency: "価格の通貨", rq_feed_currency_hint: "価格に通貨が含まれない Shopify フィード用です（例：JPY）。",
      rq_feed_secret: "署名シークレット", rq_feed_secret_hint: "送信元と共有し、送信元が各配信に署名します（HMAC-SHA256）。空欄の場合は現在のシークレットのままです。",
      rq_feed_secret_set: "シークレットは設定済みです。", rq_feed_hooks: "管理 APIキー付きの Webhook：{keyed}  ·  キーなしの署名付き（Shopify）：{signed}",
      rq_feed_never: "まだ何も受信していません", rq_feed_ok: "最終受信 {time}", rq_feed_failed: "{time} の配信に失敗：{error}",
      // product knowledge
      nav_profiles: "商品ナレッジ",
      pk_title: "商品ナレッジ",
      pk_hint: "商品ページと成分表から kefu が把握している各商品の情報です（合う人、避けるべきもの、注意点など）。各タグには情報源が示されます。ショップでの編集は kefu の推定より優先され、商品が変わっても保持されます。",
      pk_find: "商品を検索", pk_find_ph: "商品名または SKU", pk_pick: "商品", pk_none: "該当する商品はありません。",
      pk_no_products: "商品カタログが空です。先に商品を登録してください。",
      pk_partial: "主な成分しか記載されていないため、含まれていない成分（無香料、乾燥させるアルコール不使用など）を kefu は判断できません。",
      pk_derived: "{time} に推定", pk_unknown: "不明",
      pk_edits: "ショップでの編集", pk_edits_hint: "値をカンマ区切りで入力します。kefu の推定を取り消すには前に - を付けます（例：oily, -dry）。",
      pk_save: "編集を保存", pk_saved: "保存しました。プロフィールを再推定しました。", pk_remove: "削除", pk_remove_label: "{dimension}から{value}を削除",
      pk_shop: "ショップが設定",
      pk_lv_ok: "問題なし", pk_lv_caution: "注意", pk_lv_avoid: "避ける",
      ev_ingredient: "成分 {ingredients}", ev_ingredient_rule: "成分 {ingredients}（{rule}）",
      ev_rule_plain: "ルール {rule}", ev_rule: "ルール {rule}（理由：{because}）", ev_rule_ings: "ルール {rule}（理由：{because}、根拠：{ingredients}）",
      ev_attribute: "商品の「{attribute}」", ev_text: "商品の{attribute}にある「{note}」という記述",
      ev_catalog: "カタログの価格：{note}", ev_shop: "ショップが設定（{attribute}）", ev_note: "{text}：{note}",
      dim_category: "カテゴリ", dim_brand: "ブランド", dim_step: "使用ステップ", dim_ingredients: "成分", dim_actives: "有効成分",
      dim_strength: "濃度", dim_fragrance: "香料", dim_alcohol: "アルコール", dim_silicones: "シリコーン",
      dim_comedogenic: "毛穴詰まり", dim_irritants: "刺激成分", dim_efficacy: "効果", dim_suits_skin: "合う肌質",
      dim_avoid_skin: "合わない肌質", dim_suits_concern: "対応する悩み", dim_avoid_concern: "向かない悩み", dim_cautions: "注意点",
      dim_conflicts: "併用を避ける", dim_pregnancy: "妊娠中", dim_time_of_day: "使用時間帯", dim_season: "季節",
      dim_finish: "仕上がり", dim_texture: "テクスチャー", dim_coverage: "カバー力", dim_spf: "紫外線防止", dim_price_band: "価格帯"
    },
    ko: {
      title: "kefu · 쇼핑몰 관리",
      pct: "{n}%",
      dur_minutes: "{n}분", dur_hours: "{n}시간",
      login_shop_ph: "예: globalmart",
      login_demo: "데모: 쇼핑몰 {shop}, {ana}, 비밀번호 {password}.",
      nav_label: "메뉴",
      err_unauthorized: "쇼핑몰, 이메일 또는 비밀번호가 틀렸거나 세션이 만료되었습니다.", err_forbidden: "이 작업을 할 권한이 없습니다.",
      err_not_found: "찾을 수 없습니다. 다른 사람이 삭제했을 수 있습니다.", err_rate_limited: "요청이 너무 많습니다. 잠시 기다려 주세요.",
      err_internal: "서버 오류가 발생했습니다. 잠시 후 다시 시도하세요.", err_unavailable: "지금은 서비스를 사용할 수 없습니다. 잠시 후 다시 시도하세요.",
      err_too_large: "너무 깁니다.", err_network: "서버에 연결할 수 없습니다. 네트워크를 확인하세요.",
      login_title: "kefu 쇼핑몰 관리",
      login_who: "쇼핑몰 소유자와 관리자용입니다. 상담원 콘솔 계정으로 로그인하세요.",
      login_shop: "쇼핑몰", login_email: "이메일", login_password: "비밀번호", login_submit: "로그인",
      login_wait: "로그인 실패 횟수가 너무 많습니다. 계정 보호를 위해 {wait} 후에 다시 시도해 주세요.",
      login_again: "지금 다시 로그인할 수 있습니다.", wait_seconds: "{n}초", wait_minutes: "{n}분",
      to_console: "상담원 콘솔", to_dashboard: "대시보드", to_admin: "쇼핑몰 관리", logout: "로그아웃", admin: "쇼핑몰 관리",
      refused_title: "쇼핑몰 관리",
      refused: "쇼핑몰 소유자와 관리자만 이 페이지를 사용할 수 있습니다.",
      refused_who: "{name}({role}) 계정으로 로그인되어 있습니다. 변경이 필요하면 {shop}의 소유자나 관리자에게 요청하세요.",
      role_agent: "상담원", role_admin: "관리자", role_owner: "소유자",
      nav_settings: "쇼핑몰 설정", nav_knowledge: "지식 베이스", nav_synonyms: "동의어", nav_widget: "위젯",
      nav_agents: "상담원", nav_keys: "API 키", nav_promotions: "프로모션", nav_canned: "자주 쓰는 답변",
      nav_feedback: "피드백",
      fb_title: "피드백과 수정",
      fb_hint: "상담원이 콘솔에서 수정한 내용과 챗봇 답변에 대한 고객의 평가입니다. 수락한 의도 수정은 다음 모델 학습에 쓰입니다(kefu model retrain, docs/learning.md 참고).",
      fb_filter_kind: "종류", fb_filter_status: "상태", fb_any: "전체", fb_show: "보기",
      fb_empty: "아직 피드백이 없습니다.", fb_more: "이전 피드백",
      fb_when: "일시", fb_kind: "종류", fb_who: "작성자", fb_what: "내용", fb_status: "상태",
      fb_k_relabel: "의도 다시 지정", fb_k_answer_fixed: "더 나은 답변", fb_k_answer_flagged: "답변 오류 신고",
      fb_k_article_wrong: "문서 내용 틀림", fb_k_article_outdated: "문서 내용 오래됨",
      fb_k_thumbs_up: "고객: 도움이 됨", fb_k_thumbs_down: "고객: 도움이 안 됨",
      fb_s_proposed: "제안됨", fb_s_accepted: "수락됨", fb_s_rejected: "거절됨",
      fb_accept: "수락", fb_reject: "거절", fb_customer: "고객",
      fb_meant: "“{text}”의 의도는 {intent} (인식 결과: {previous})", fb_reason: "사유: {reason}",
      fb_article: "문서 {id}", fb_answer: "더 나은 답변: {answer}", fb_reply: "{intent}에 대한 답변",
      fb_reviewed: "{name}, {time}",
      md_title: "의도 모델", md_serving: "이 쇼핑몰에서 사용 중: {version}", md_shipped: "kefu 기본 제공 모델",
      md_own: "이 쇼핑몰 전용", md_global: "공용", md_retrain: "지금 재학습",
      md_retraining: "재학습 중입니다… 1분 정도 걸립니다. 후보 모델은 기준을 통과해야만 사용됩니다.",
      md_failed: "마지막 재학습이 실패했습니다: {message}",
      md_hint: "재학습은 아래의 수락된 의도 수정으로 학습합니다. 후보 모델은 현재 모델과 비교되며, 수정된 메시지를 맞히면서 개발 데이터 정확도나 보정 성능이 0.3포인트 넘게 떨어지지 않을 때만 교체됩니다.",
      md_version: "버전", md_created: "학습 일시", md_dev: "개발 데이터 정확도", md_corrected: "수정분 정답", md_verdict: "판정",
      md_paired: "개선 {fixed}건, 악화 {broken}건",
      md_serves: "사용 중", md_kept_out: "제외됨", md_retired: "롤백됨", md_was: "이전에 사용", md_none: "아직 재학습한 적이 없습니다.",
      loading: "불러오는 중…", save: "저장", saving: "저장 중…", saved: "저장했습니다.", cancel: "취소", reload: "새로고침",
      copy: "복사", copied: "복사됨", required: "필수 항목입니다.", error_generic: "문제가 발생했습니다: {message}",
      conflict: "페이지를 연 뒤 다른 사람이 이 내용을 변경했습니다. 새로고침해서 변경된 내용을 확인한 다음 다시 수정하세요.",
      session_over: "세션이 끝났습니다. 다시 로그인하세요.",
      // settings
      settings_title: "쇼핑몰 설정", settings_shop: "쇼핑몰: {name} ({id})",
      set_language_legend: "언어", set_languages: "쇼핑몰이 응대하는 언어", set_languages_hint: "en, zh, es 같은 언어 태그를 쉼표로 구분해 입력합니다. 첫 번째 언어가 기본 대체 언어입니다.",
      set_default_language: "기본 언어", set_default_language_hint: "쇼핑몰의 업무 언어입니다.",
      set_currency: "통화", set_currency_hint: "ISO 4217 코드(예: KRW, USD, EUR).",
      set_timezone: "시간대", set_timezone_hint: "IANA 이름(예: Asia/Seoul, Europe/Berlin). 고객에게 보여 주는 시간에 쓰입니다.",
      set_cart_url: "장바구니 담기 링크", set_cart_url_hint: "상품 SKU가 들어갈 자리에 {sku}를 넣은 쇼핑몰 링크(예: https://shop.example/cart/add?sku={sku}). 추천 상품이 이 링크로 연결됩니다. 비워 두면 장바구니 담기 버튼이 없습니다.",
      set_confidence: "신뢰도 기준값", set_confidence_hint: "0에서 1 사이. 이보다 낮으면 챗봇이 고객에게 되묻습니다. 비워 두면 kefu 기본값입니다.",
      set_clarify: "되묻기 횟수 제한", set_clarify_hint: "상담원에게 넘기기 전에 연속으로 되물을 수 있는 횟수입니다. 비워 두면 kefu 기본값입니다.",
      set_handoff: "상담원 연결",
      set_anger_handoff: "매우 화가 난 고객은 상담원에게 연결",
      set_sensitive_handoff: "민감한 주제(건강, 법적 대응 언급, 사기)는 상담원에게 연결",
      set_strategies: "대응 전략", set_strategies_hint: "고객의 감정을 감지했을 때 kefu가 하는 일이며, 위에서부터 차례로 시도합니다. 선택 해제한 전략은 실행되지 않습니다.",
      set_widget: "채팅 위젯", set_widget_enabled: "쇼핑몰 웹사이트 방문자가 채팅할 수 있음(위젯 켜기)",
      set_llm: "언어 모델", set_llm_answers: "서버의 언어 모델이 도움말 문서를 인용해 답변을 작성하도록 허용",
      set_llm_hint: "서버에 언어 모델이 설정된 경우에만 작동합니다. 고객 질문은 이메일, 전화번호, 주문번호를 뺀 채로 전송되며, 문서에 근거하지 않은 답변은 표시되지 않습니다.",
      move_up: "위로 이동", move_down: "아래로 이동",
      strategy_anger_priority: "매우 화가 난 고객을 대기열에서 우선 처리",
      strategy_anxiety_progress: "불안해하는 고객에게 배송 진행 상황 전체를 보여 주기",
      strategy_satisfaction_offer: "만족한 고객에게 진행 중인 프로모션 하나를 안내",
      settings_bad_number: "숫자를 입력하세요.",
      // knowledge
      kn_title: "지식 베이스", kn_all: "전체 문서", kn_review: "검토 대기({n})", kn_new: "새 문서",
      kn_empty: "아직 문서가 없습니다.", kn_review_empty: "검토를 기다리는 문서가 없습니다.",
      kn_translate: "{language} 번역",
      kn_missing_list: "아직 번역되지 않음:", kn_other_language: "다른 언어(예: fr)", kn_add_translation: "번역 추가",
      st_draft: "초안", st_in_review: "검토 중", st_published: "게시됨",
      kn_submit: "검토 요청", kn_publish: "게시", kn_send_back: "반려", kn_withdraw: "게시 취소",
      kn_edit: "편집", kn_history: "버전", kn_version: "버전 {n}", kn_updated: "{time} 수정",
      kn_key: "키", kn_key_hint: "한 문서의 번역본들을 묶는 키입니다(예: shipping-times).",
      kn_language: "언어", kn_title_field: "제목", kn_body: "본문", kn_tags: "태그", kn_intents: "의도",
      kn_list_hint: "쉼표로 구분합니다.",
      kn_save_submit: "저장하고 검토 요청",
      kn_editing: "문서 편집", kn_creating: "새 문서", kn_translating: "새 번역",
      kn_source: "원문({language})",
      kn_live_hint: "게시된 문서입니다. 저장한 변경 사항은 바로 고객 답변에 반영됩니다.",
      kn_published: "게시했습니다.", kn_sent_back: "초안으로 반려했습니다.", kn_withdrawn: "게시를 취소하고 초안으로 돌렸습니다.", kn_submitted: "검토를 요청했습니다.",
      kn_history_title: "{key}({language})의 버전", kn_from: "비교 기준", kn_to: "비교 대상",
      kn_one_version: "아직 버전이 하나뿐입니다.", kn_close: "닫기",
      kn_no_change: "두 버전 사이에 차이가 없습니다.",
      kn_tags_line: "태그: {tags}", kn_intents_line: "의도: {intents}",
      // synonyms
      syn_title: "동의어",
      syn_hint: "고객이 같은 것을 가리킬 때 쓰는 단어나 표현입니다. 한 줄에 한 그룹씩 쉼표로 구분해 입력합니다(예: 택배, 소포). 지식 검색은 각 그룹을 한 단어로 취급합니다.",
      syn_add: "그룹 추가", syn_remove: "삭제", syn_empty: "아직 동의어가 없습니다.",
      // widget
      w_title: "웹사이트 위젯",
      w_off: "쇼핑몰 설정에서 채팅 위젯이 꺼져 있습니다. 켜기 전까지 아래 코드는 아무것도 표시하지 않습니다.",
      w_bubble: "모든 페이지에 채팅 버튼",
      w_bubble_hint: "고객이 채팅할 수 있어야 하는 페이지의 </body> 바로 앞에 붙여 넣으세요.",
      w_frame: "프레임 안의 채팅",
      w_frame_hint: "도움말 페이지나 모바일 앱의 웹뷰용입니다.",
      w_signed: "로그인한 고객",
      w_signed_hint: "챗봇이 고객의 주문을 조회할 수 있도록, 쇼핑몰 서버가 로그인한 고객이 누구인지 보증합니다. 쇼핑몰의 고객 ID를 위젯 시크릿으로 서명하고 둘 다 페이지에 넣습니다. 서명은 반드시 서버에서만 계산하세요. 시크릿을 가진 사람은 어떤 고객으로든 행세할 수 있습니다. 시크릿은 여기에 표시되지 않습니다.",
      w_signature: "signature = hex(HMAC-SHA256(위젯 시크릿, 고객 ID))",
      w_secret_set: "이 쇼핑몰에는 위젯 시크릿이 있습니다(쇼핑몰을 만들 때 한 번만 표시되었습니다).",
      w_secret_unset: "이 쇼핑몰에는 위젯 시크릿이 없어 방문자는 익명으로만 채팅할 수 있습니다.",
      w_preview: "채팅 페이지 열기",
      w_signed_bubble: "로그인한 고객용 채팅 버튼",
      w_signed_frame: "로그인한 고객용 프레임",
      w_sign_code: "서버에서 서명 계산하기(셸, Go)",
      delete: "삭제", saved_name: "{name}을(를) 저장했습니다.",
      // promotions
      pr_title: "프로모션", pr_new: "새 프로모션",
      pr_hint: "챗봇이 고객(예: 만족한 고객)에게 안내할 수 있는 혜택입니다. 고객이 쓰는 언어별로 혜택 내용을 작성하세요.",
      pr_empty: "아직 프로모션이 없습니다.",
      pr_active: "진행 중", pr_scheduled: "{time} 시작", pr_ended: "{time} 종료",
      pr_from_until: "{start}부터 {end}까지", pr_from: "{start}부터, 종료일 없음", pr_until: "{end}까지", pr_always: "시작일과 종료일 없음",
      pr_everything: "쇼핑몰 전체 상품", pr_categories_line: "카테고리: {list}", pr_products_line: "상품(SKU): {list}",
      pr_min_line: "{amount} 이상 주문 시",
      pr_id_line: "ID {id}", pr_missing: "{list} 문구가 아직 없습니다.",
      pr_delete_q: "{name}을(를) 삭제할까요? 챗봇이 바로 안내를 멈춥니다.", pr_deleted: "{name}을(를) 삭제했습니다.",
      pr_editing: "프로모션 편집", pr_creating: "새 프로모션",
      pr_code: "코드", pr_code_hint: "고객이 결제할 때 입력하는 코드(예: SUMMER10). 선택 사항.",
      pr_id: "ID", pr_id_hint: "API와 가져오기에 쓰는 고유 이름(예: summer-sale). 나중에 바꿀 수 없습니다.",
      pr_texts: "혜택 문구", pr_texts_hint: "챗봇이 고객에게 전하는 내용을 언어별로 입력합니다. 비워 둔 언어에서는 안내하지 않습니다.",
      pr_add_language: "언어 추가",
      pr_when: "기간", pr_start: "시작", pr_start_hint: "비워 두면 지금부터.", pr_end: "종료", pr_end_hint: "비워 두면 종료 없음.",
      pr_zone: "시간은 브라우저 시간대({zone}) 기준입니다.",
      pr_what: "적용 대상",
      pr_categories: "카테고리", pr_categories_hint: "쉼표로 구분합니다. 상품도 비워 두면 쇼핑몰 전체 상품에 적용됩니다.",
      pr_products: "상품", pr_products_hint: "SKU를 쉼표로 구분해 입력합니다.",
      pr_min_total: "최소 주문 금액", pr_min_total_hint: "50 또는 49.90 같은 금액. 비워 두면 모든 주문.",
      pr_bad_amount: "50 또는 49.90처럼 금액을 입력하세요(소수점 이하 최대 {n}자리).",
      pr_bad_time: "날짜와 시간을 입력하세요.",
      pr_need_text: "혜택 문구를 한 가지 이상의 언어로 작성하세요.",
      pr_id_taken: "이 ID의 프로모션이 이미 있습니다. 기존 프로모션을 편집하거나 다른 ID를 선택하세요.",
      // canned replies
      cr_title: "자주 쓰는 답변", cr_new: "새 답변",
      cr_hint: "상담원이 콘솔에서 클릭 한 번으로 넣는 준비된 답변입니다. 콘솔은 상담원의 언어로 된 답변을 먼저 보여 줍니다.",
      cr_filter: "언어", cr_all_languages: "모든 언어", cr_any_language: "모든 언어 공통",
      cr_empty: "아직 자주 쓰는 답변이 없습니다.", cr_untitled: "(제목 없음)",
      cr_delete_q: "이 답변을 삭제할까요?", cr_deleted: "{title}을(를) 삭제했습니다.",
      cr_editing: "자주 쓰는 답변 편집", cr_creating: "새 답변",
      cr_title_field: "제목", cr_title_hint: "상담원이 고를 때 보는 이름(예: 택배가 어디 있나요). 번역본에도 같은 제목을 붙이세요.",
      cr_id_hint: "API와 가져오기에 쓰는 고유 이름. 제목으로 만들어지며 나중에 바꿀 수 없습니다.",
      cr_text_hint: "상담원이 보내는 답변 내용입니다.",
      cr_id_taken: "이 ID의 답변이 이미 있습니다. 다른 ID를 선택하세요.",
      // agents
      ag_title: "상담원", ag_new: "상담원 추가",
      ag_hint: "상담원 콘솔에서 채팅에 응대하는 사람들입니다. 관리자와 소유자는 이 페이지도 사용할 수 있습니다.",
      ag_name: "이름", ag_role: "역할", ag_languages: "언어", ag_skills: "전문 분야", ag_presence: "상태", ag_max_chats: "동시 채팅 수",
      ag_you: "나", ag_disabled: "비활성", ag_disable: "비활성화", ag_enable: "활성화",
      ag_disable_q: "{name}을(를) 비활성화할까요? 더 이상 로그인할 수 없고 현재 세션도 종료됩니다.",
      ag_disabled_done: "{name}을(를) 비활성화했습니다.", ag_enabled_done: "{name}이(가) 다시 로그인할 수 있습니다.",
      ag_owner_only: "소유자는 소유자만 변경할 수 있습니다.",
      role_agent_hint: "채팅 응대", role_admin_hint: "이 페이지도 사용", role_owner_hint: "소유자 추가·변경도 가능",
      presence_online: "상담 가능", presence_away: "자리 비움", presence_offline: "오프라인",
      ag_editing: "{name} 편집", ag_creating: "새 상담원", ag_created: "{name}을(를) 추가했습니다.",
      ag_email_hint: "로그인할 때 씁니다.", ag_email_fixed: "상담원의 이메일은 바꿀 수 없습니다.",
      ag_name_hint: "이 상담원이 답변할 때 고객에게 표시됩니다.",
      ag_own_role: "자신의 역할은 바꿀 수 없습니다.",
      ag_languages_hint: "en, zh 같은 언어 태그를 쉼표로 구분해 입력합니다. 이 언어의 대화는 이 상담원에게 먼저 배정됩니다.",
      ag_skills_hint: "쉼표로 구분합니다(예: billing, cold_chain).",
      ag_max_chats_hint: "상담원이 동시에 맡는 대화 수(1~100).",
      ag_password_hint: "8자 이상. 상담원에게 따로 전달하세요.",
      ag_new_password: "새 비밀번호", ag_password_keep: "비워 두면 현재 비밀번호를 유지합니다. 새 비밀번호를 설정하면 상담원은 모든 기기에서 로그아웃됩니다.",
      ag_disabled_label: "비활성: 로그인 불가(목록에는 남음)",
      // API keys
      key_title: "API 키",
      key_hint: "API 키로 자체 서버가 kefu와 통신할 수 있습니다. 키는 쇼핑몰 전체 권한을 가지므로 서버에만 보관하고 웹페이지나 앱에는 절대 넣지 마세요.",
      key_new: "새 키", key_name: "이름", key_name_hint: "용도를 적어 두면 나중에 어떤 키를 폐기할지 알 수 있습니다.",
      key_name_example: "예: 웹사이트 백엔드",
      key_scope: "권한", key_create: "키 만들기",
      scope_chat: "채팅", scope_chat_hint: "채팅 위젯이나 앱 뒤의 서버용입니다. 대화를 열고 고객 메시지를 보냅니다. 쇼핑몰 데이터는 읽거나 바꿀 수 없습니다.",
      scope_admin: "관리", scope_admin_hint: "백오피스 동기화용입니다. 관리 API로 상품, 주문, 지식 베이스, 프로모션, 설정을 다루며 채팅 키가 하는 모든 작업도 할 수 있습니다.",
      key_list: "이 쇼핑몰의 키", key_empty: "이 쇼핑몰에는 아직 API 키가 없습니다.",
      key_starts: "시작 문자", key_created: "생성일", key_state: "상태",
      key_working: "사용 중", key_revoked_on: "{time} 폐기", key_revoke: "폐기",
      key_revoke_q: "“{name}”을(를) 폐기할까요? 이 키를 쓰는 곳은 바로 작동을 멈춥니다.", key_revoked: "{name}을(를) 폐기했습니다.",
      key_new_title: "새 키 “{name}”({scope})",
      key_once: "지금 복사해서 안전한 곳에 보관하세요. 다시는 볼 수 없습니다. kefu는 키의 지문만 저장합니다. 키를 잃어버리면 새 키를 만들고 이 키를 폐기하세요.",
      key_use_chat: "서버가 대화를 열 때 Authorization: Bearer <key>로 보냅니다.",
      key_use_admin: "백오피스가 /v1 아래 관리 API에 Authorization: Bearer <key>로 보냅니다.",
      key_done: "복사했습니다",
      // compensation rules
      nav_rules: "보상 규칙", nav_compensations: "보상 내역",
      ru_title: "보상 규칙", ru_new: "새 규칙",
      ru_hint: "주문에 문제가 생겼을 때 고객이 받는 보상입니다. 규칙은 이 순서대로 시도되며, 조건을 만족하는 첫 번째 활성 규칙이 결정합니다.",
      ru_empty: "아직 규칙이 없습니다. 자동으로 지급되는 것은 없습니다.",
      ru_order: "순서", ru_name: "이름", ru_when: "조건", ru_grants: "지급 내용", ru_limit: "고객당 한도", ru_state: "상태", ru_version: "버전",
      ru_limit_n: "30일에 최대 {n}회", ru_no_limit: "한도 없음", ru_enabled: "사용", ru_paused: "일시 중지",
      ru_coupon_of: "{amount} 쿠폰", ru_min: "{amount} 이상 주문 시", ru_no_min: "최소 금액 없음",
      ru_valid_days: "{n}일간 유효", ru_no_expiry: "만료 없음",
      gk_coupon: "쿠폰", gk_refund_line: "해당 상품 환불", gk_refund_order: "주문 전체 환불", gk_none: "없음(여기서 중단)",
      gk_coupon_words: "쿠폰", gk_refund_line_words: "해당 상품 환불", gk_refund_order_words: "주문 전체 환불",
      gk_none_words: "없음, 이후 규칙은 시도하지 않음",
      gk_refund_line_of: "{amount} 환불(상품)", gk_refund_order_of: "{amount} 환불(주문 전체)",
      ru_delete_q: "{name} 규칙을 삭제할까요? 바로 지급이 중단되며, 내역에는 각 버전이 남습니다.", ru_deleted: "{name}을(를) 삭제했습니다.",
      ru_editing: "{name} 규칙 편집(버전 {version})", ru_creating: "새 규칙",
      ru_name_hint: "규칙의 용도(예: 배송 지연).",
      ru_id_hint: "API와 보상 내역에 쓰는 고유 이름. 이름으로 만들어지며 나중에 바꿀 수 없습니다.",
      ru_when_hint: "사고 정보에 대한 CEL 조건식(예: delay_minutes > 30 또는 kind == \"underweight\" && missing_grams >= 100). 사용할 수 있는 변수는 docs/compensation.md를 참고하세요.",
      ru_kind: "지급 내용",
      ru_amount: "쿠폰 금액({currency})", ru_amount_hint: "5 또는 4.50 같은 금액.", ru_no_currency: "먼저 쇼핑몰 설정에서 통화를 설정하세요.",
      ru_min_order: "최소 주문 금액", ru_min_order_hint: "비워 두면 모든 주문에 쿠폰을 쓸 수 있습니다.",
      ru_days: "유효 기간(일)", ru_days_hint: "비워 두면 만료되지 않습니다.",
      ru_order_hint: "숫자가 작을수록 먼저 시도됩니다.",
      ru_limit_hint: "최근 30일 동안 이만큼 보상을 받은 고객은 건너뜁니다. 비워 두면 한도 없음.",
      ru_enabled_label: "사용: 이 규칙으로 지급(선택 해제하면 일시 중지)",
      ru_id_taken: "이 ID의 규칙이 이미 있습니다. 기존 규칙을 편집하거나 다른 ID를 선택하세요.",
      ru_saved: "{name}을(를) 저장했습니다(버전 {version}).",
      dr_title: "모의 실행", dr_hint: "이 기간에 kefu가 기록한 사고에 대해 규칙이 무엇을 지급했을지 보여 줍니다. 실제로 지급되는 것은 없습니다.",
      dr_since: "시작", dr_until: "종료", dr_run_current: "현재 규칙으로 모의 실행", dr_run_draft: "이 초안으로 모의 실행",
      dr_running: "실행 중…", dr_bad_dates: "날짜를 선택하세요.", dr_fix_draft: "초안에 오류가 있습니다. 양식을 확인하세요.",
      dr_summary: "사고 {n}건 중 {granted}건이 지급 대상이며, 비용은 {cost}입니다.",
      dr_with_draft: "{name} 초안 적용 시:",
      dr_limited: "처음 10,000건의 사고만 재현했습니다.", dr_no_rules: "시도할 규칙이 없습니다.",
      dr_matched: "결정됨", dr_granted: "지급", dr_errors: "오류", dr_cost: "비용", dr_draft: "초안",
      dr_errors_title: "오류({n})", dr_error_line: "사고 {incident}, 규칙 {rule}: {message}",
      // the ledger
      lg_title: "보상 내역", lg_hint: "규칙 또는 상담원이 고객에게 지급한 보상입니다. 최신순. 지급 취소된 항목도 취소한 사람과 사유와 함께 표시됩니다.",
      lg_customer: "고객", lg_customer_ph: "쇼핑몰의 고객 ID", lg_order: "주문", lg_show: "보기",
      lg_empty: "이 기간에 지급된 보상이 없습니다.",
      lg_date: "날짜", lg_what: "내용", lg_by: "지급자",
      lg_coupon: "{amount} 쿠폰", lg_rule: "규칙 {rule}(버전 {version})", lg_agent: "상담원 {name}",
      lg_granted: "지급됨", lg_revoked: "지급 취소됨", lg_revoked_by: "{name}, {time}",
      lg_reason: "사유", lg_reason_ph: "지급을 취소하는 이유", lg_revoke_q: "지급을 취소할까요?",
      lg_reason_needed: "사유를 입력하세요.", lg_revoked_done: "지급을 취소했습니다.",
      // review queue (docs/feeds.md)
      nav_review: "검토 대기",
      rq_title: "검토 대기",
      rq_hint: "결정을 기다리는 문서입니다. 새 상품과 상담원이 해결한 대화로 작성된 초안, 피드 때문에 오래된 문서(가격이나 이름 변경, 프로모션 종료), 틀렸다고 신고된 문서가 있습니다. 오래된 문서와 상담원이 신고한 문서는 승인하기 전까지 고객 답변에 쓰이지 않습니다.",
      rq_all: "전체({n})", rq_stale: "오래됨({n})", rq_flagged: "신고됨({n})", rq_drafts: "초안({n})",
      rq_empty: "검토를 기다리는 문서가 없습니다.",
      rq_kind_stale: "오래됨", rq_kind_flagged: "신고됨", rq_kind_draft: "초안",
      rq_withdrawn: "검토 전까지 답변에 사용 안 함",
      rq_src_feed: "피드 {name}", rq_src_agent: "상담원", rq_src_customer: "고객", rq_src_suggestions: "대화에서 제안됨",
      rq_flag_line: "{source} · {who} · {time}", rq_flag_line_nobody: "{source} · {time}", rq_support: "상담원이 해결한 대화 {n}건에서 나온 질문", rq_reason_new_product: "신상품: {name} ({sku})", rq_reason_price: "{name}({sku}) 가격이 {old}에서 {new}(으)로 변경됨", rq_reason_renamed: "{name}({sku}) 이름이 {new_name}(으)로 변경됨", rq_reason_discontinued: "{name}({sku}) 판매 종료", rq_reason_promo_code: "프로모션 {promotion}: 코드 {code}이(가) {new_code}(으)로 변경됨", rq_reason_promo_withdrawn: "프로모션 {promotion} 철회됨", rq_reason_promo_ended: "프로모션 {promotion} 종료: {time}", rq_reason_more: "외 {n}건", fe_currency: "“{value}”은(는) EUR, SGD 같은 통화 코드가 아닙니다", fe_country: "“{value}”은(는) GB 같은 국가 코드나 EU가 아닙니다", fe_language: "“{value}”은(는) en, zh-Hant, es-419 같은 언어 코드가 아닙니다", fe_canonical: "“{value}” 대신 “{want}”(으)로 쓰세요", fe_regexp: "“{value}”은(는) 올바른 정규 표현식이 아닙니다", fe_range: "{min}에서 {max} 사이의 숫자를 입력하세요", fe_min: "{min} 이상을 입력하세요", fe_cart_url: "상품 SKU 자리에 {sku}가 들어간 http 또는 https 링크를 입력하세요", fe_queue_cap: "-1(제한 없음), 0(서버 기본값) 또는 1에서 {max} 사이의 숫자를 입력하세요",
      rq_approve: "승인하고 게시", rq_edit: "편집", rq_reject: "거절",
      rq_reason: "사유", rq_reason_ph: "거절하는 이유", rq_reason_needed: "사유를 입력하세요.",
      rq_confirm_reject: "거절", rq_save: "새 버전 저장",
      rq_approved: "승인함: {title}", rq_rejected: "거절함: {title}", rq_edited: "{title}의 새 버전을 저장했습니다. 게시하려면 승인하세요.",
      rq_suggest: "해결된 대화에서 문서 제안",
      rq_suggested: "대화 {conversations}건에서 제안 {n}건(새 제안 {new}건).",
      rq_version: "버전 {n}",
      rq_feeds: "피드", rq_feed_kefu: "kefu 피드", rq_feed_shopify: "Shopify", rq_feed_google: "Google 판매자 센터",
      rq_feed_polled: "{interval}마다 가져옴", rq_feed_webhook: "웹훅으로 수신",
      rq_feed_add: "피드 추가", rq_feed_edit: "편집", rq_feed_poll: "지금 가져오기", rq_feed_delete: "삭제",
      rq_feed_delete_q: "{name} 피드를 삭제할까요? 피드가 만든 상품과 문서는 남습니다.", rq_feed_deleted: "{name} 피드를 삭제했습니다.",
      rq_feed_saved: "{name} 피드를 저장했습니다.", rq_feed_polled_now: "{name}을(를) 가져왔습니다: 피드의 상품 {products}개, 새 상품 {new}개, 가격 변경 {changes}개, 오래된 문서 {stale}개.",
      rq_feed_creating: "새 피드", rq_feed_editing: "{name} 피드",
      rq_feed_name: "이름", rq_feed_name_hint: "영문 소문자, 숫자, -와 _(예: shopify). 웹훅 주소의 일부가 되며 바꿀 수 없습니다.",
      rq_feed_format: "형식", rq_feed_url: "가져올 주소", rq_feed_url_hint: "선택 사항: kefu가 아래 주기로 이 주소를 가져옵니다. 비워 두면 피드는 웹훅으로만 받습니다.",
      rq_feed_interval: "가져오기 주기", rq_feed_language: "상품명 언어", rq_feed_language_hint: "언어가 하나뿐인 Shopify와 Google 피드용입니다. 비워 두면 쇼핑몰 기본 언어입니다.",
      rq_feed_currency: "가격 통화", rq_feed_currency_hint: "가격에 통화가 없는 Shopify 피드용입니다(예: KRW).",
      rq_feed_secret: "서명 시크릿", rq_feed_secret_hint: "발신자와 공유하며, 발신자가 전송할 때마다 서명합니다(HMAC-SHA256). 비워 두면 현재 시크릿을 유지합니다.",
      rq_feed_secret_set: "시크릿이 설정되어 있습니다.", rq_feed_hooks: "관리 API 키를 쓰는 웹훅: {keyed}  ·  키 없이 서명만(Shopify): {signed}",
      rq_feed_never: "아직 받은 것이 없음", rq_feed_ok: "마지막 수신 {time}", rq_feed_failed: "{time} 전송 실패: {error}",
      // product knowledge
      nav_profiles: "상품 지식",
      pk_title: "상품 지식",
      pk_hint: "상품 카드와 성분표에서 kefu가 파악한 각 상품 정보입니다. 어울리는 사람, 피해야 할 것, 주의 사항 등을 담고 있으며 태그마다 출처가 표시됩니다. 직접 수정한 내용은 kefu가 추론한 내용보다 우선하며 상품이 바뀌어도 유지됩니다.",
      pk_find: "상품 찾기", pk_find_ph: "상품명 또는 SKU", pk_pick: "상품", pk_none: "일치하는 상품이 없습니다.",
      pk_no_products: "카탈로그가 비어 있습니다. 먼저 상품을 등록하세요.",
      pk_partial: "주요 성분만 나와 있어서 kefu는 상품에 들어 있지 않은 것(무향, 건조한 알코올 무첨가 등)을 알 수 없습니다.",
      pk_derived: "{time} 추론", pk_unknown: "알 수 없음",
      pk_edits: "직접 수정", pk_edits_hint: "값을 쉼표로 구분합니다. kefu가 추론한 값을 빼려면 앞에 -를 붙입니다(예: oily, -dry).",
      pk_save: "수정 저장", pk_saved: "저장했습니다. 프로필을 다시 추론했습니다.", pk_remove: "삭제", pk_remove_label: "{dimension}에서 {value} 삭제",
      pk_shop: "쇼핑몰에서 설정",
      pk_lv_ok: "괜찮음", pk_lv_caution: "주의", pk_lv_avoid: "피함",
      ev_ingredient: "성분 {ingredients}", ev_ingredient_rule: "성분 {ingredients}({rule})",
      ev_rule_plain: "규칙 {rule}", ev_rule: "규칙 {rule}, 이유: {because}", ev_rule_ings: "규칙 {rule}, 이유: {because}, 근거: {ingredients}",
      ev_attribute: "상품의 “{attribute}”", ev_text: "상품 {attribute}에 있는 “{note}”라는 표현",
      ev_catalog: "카탈로그 가격: {note}", ev_shop: "쇼핑몰에서 설정({attribute})", ev_note: "{text}: {note}",
      dim_category: "카테고리", dim_brand: "브랜드", dim_step: "사용 단계", dim_ingredients: "성분", dim_actives: "유효 성분",
      dim_strength: "농도", dim_fragrance: "향료", dim_alcohol: "알코올", dim_silicones: "실리콘",
      dim_comedogenic: "모공 막힘", dim_irritants: "자극 성분", dim_efficacy: "효과", dim_suits_skin: "맞는 피부",
      dim_avoid_skin: "맞지 않는 피부", dim_suits_concern: "도움 되는 고민", dim_avoid_concern: "맞지 않는 고민", dim_cautions: "주의 사항",
      dim_conflicts: "함께 쓰지 말 것", dim_pregnancy: "임신 중", dim_time_of_day: "사용 시간대", dim_season: "계절",
      dim_finish: "마무리감", dim_texture: "제형", dim_coverage: "커버력", dim_spf: "자외선 차단", dim_price_band: "가격대"
    },
    vi: {
      title: "kefu · quản lý cửa hàng",
      pct: "{n}%",
      dur_minutes: "{n} phút", dur_hours: "{n} giờ",
      login_shop_ph: "vd: globalmart",
      login_demo: "Demo: cửa hàng {shop}, {ana}, mật khẩu {password}.",
      nav_label: "Mục",
      err_unauthorized: "Sai cửa hàng, email hoặc mật khẩu, hoặc phiên đăng nhập đã hết hạn.", err_forbidden: "Bạn không có quyền làm việc này.",
      err_not_found: "Không tìm thấy; có thể ai đó đã xóa mục này.", err_rate_limited: "Quá nhiều yêu cầu; vui lòng đợi một chút.",
      err_internal: "Máy chủ gặp lỗi; vui lòng thử lại sau.", err_unavailable: "Dịch vụ hiện không khả dụng; vui lòng thử lại sau.",
      err_too_large: "Nội dung quá dài.", err_network: "Không kết nối được máy chủ; hãy kiểm tra kết nối mạng.",
      login_title: "Quản lý cửa hàng kefu",
      login_who: "Dành cho chủ cửa hàng và quản trị viên. Đăng nhập bằng tài khoản bảng làm việc nhân viên của bạn.",
      login_shop: "Cửa hàng", login_email: "Email", login_password: "Mật khẩu", login_submit: "Đăng nhập",
      login_wait: "Bạn đã đăng nhập sai quá nhiều lần. Để bảo vệ tài khoản, vui lòng đợi {wait} rồi thử lại.",
      login_again: "Bạn có thể thử đăng nhập lại.", wait_seconds: "{n} giây", wait_minutes: "{n} phút",
      to_console: "Bảng làm việc nhân viên", to_dashboard: "Bảng điều khiển", to_admin: "Quản lý cửa hàng", logout: "Đăng xuất", admin: "quản lý cửa hàng",
      refused_title: "Quản lý cửa hàng",
      refused: "Chỉ chủ cửa hàng và quản trị viên mới dùng được các trang này.",
      refused_who: "Bạn đang đăng nhập với tên {name} ({role}). Nếu cần thay đổi, hãy nhờ chủ cửa hàng hoặc quản trị viên của {shop}.",
      role_agent: "nhân viên", role_admin: "quản trị viên", role_owner: "chủ cửa hàng",
      nav_settings: "Cài đặt cửa hàng", nav_knowledge: "Kiến thức", nav_synonyms: "Từ đồng nghĩa", nav_widget: "Widget",
      nav_agents: "Nhân viên", nav_keys: "Khóa API", nav_promotions: "Khuyến mãi", nav_canned: "Câu trả lời mẫu",
      nav_feedback: "Phản hồi",
      fb_title: "Phản hồi và chỉnh sửa",
      fb_hint: "Những gì nhân viên đã sửa trong bảng làm việc và đánh giá của khách về câu trả lời của bot. Các lần gán lại được chấp nhận sẽ dùng để huấn luyện mô hình tiếp theo (kefu model retrain); xem docs/learning.md.",
      fb_filter_kind: "Loại", fb_filter_status: "Trạng thái", fb_any: "Tất cả", fb_show: "Xem",
      fb_empty: "Chưa có phản hồi nào.", fb_more: "Phản hồi cũ hơn",
      fb_when: "Thời gian", fb_kind: "Loại", fb_who: "Người gửi", fb_what: "Nội dung", fb_status: "Trạng thái",
      fb_k_relabel: "Gán lại ý định", fb_k_answer_fixed: "Câu trả lời tốt hơn", fb_k_answer_flagged: "Câu trả lời bị gắn cờ",
      fb_k_article_wrong: "Bài viết sai", fb_k_article_outdated: "Bài viết đã cũ",
      fb_k_thumbs_up: "Khách: hữu ích", fb_k_thumbs_down: "Khách: không hữu ích",
      fb_s_proposed: "Đề xuất", fb_s_accepted: "Đã chấp nhận", fb_s_rejected: "Đã từ chối",
      fb_accept: "Chấp nhận", fb_reject: "Từ chối", fb_customer: "Khách hàng",
      fb_meant: "“{text}” nghĩa là {intent} (đã hiểu là: {previous})", fb_reason: "Lý do: {reason}",
      fb_article: "Bài viết {id}", fb_answer: "Câu trả lời tốt hơn: {answer}", fb_reply: "Về câu trả lời cho {intent}",
      fb_reviewed: "bởi {name}, {time}",
      md_title: "Mô hình ý định", md_serving: "Đang dùng cho cửa hàng này: {version}", md_shipped: "mô hình có sẵn trong kefu",
      md_own: "riêng của cửa hàng này", md_global: "dùng chung", md_retrain: "Huấn luyện lại ngay",
      md_retraining: "Đang huấn luyện lại… mất khoảng một phút. Mô hình ứng viên chỉ được dùng nếu đạt tiêu chí.",
      md_failed: "Lần huấn luyện lại gần nhất thất bại: {message}",
      md_hint: "Huấn luyện lại học từ các lần gán lại đã chấp nhận bên dưới; mô hình ứng viên được so với mô hình đang dùng và chỉ được thay thế nếu nhận đúng các tin nhắn đã sửa mà độ chính xác trên tập dev hoặc độ hiệu chỉnh không giảm quá 0,3 điểm.",
      md_version: "Phiên bản", md_created: "Huấn luyện lúc", md_dev: "Độ chính xác dev", md_corrected: "Sửa đúng", md_verdict: "Kết luận",
      md_paired: "{fixed} đã sửa, {broken} bị hỏng",
      md_serves: "Đang dùng", md_kept_out: "Không dùng", md_retired: "Đã quay lui", md_was: "Từng dùng", md_none: "Chưa huấn luyện lại lần nào.",
      loading: "Đang tải…", save: "Lưu", saving: "Đang lưu…", saved: "Đã lưu.", cancel: "Hủy", reload: "Tải lại",
      copy: "Sao chép", copied: "Đã sao chép", required: "Bắt buộc.", error_generic: "Đã xảy ra lỗi: {message}",
      conflict: "Người khác đã thay đổi mục này sau khi bạn mở. Hãy tải lại để xem phiên bản của họ rồi thực hiện lại thay đổi của bạn.",
      session_over: "Phiên đăng nhập đã kết thúc; vui lòng đăng nhập lại.",
      // settings
      settings_title: "Cài đặt cửa hàng", settings_shop: "Cửa hàng: {name} ({id})",
      set_language_legend: "Ngôn ngữ", set_languages: "Ngôn ngữ cửa hàng dùng để trả lời", set_languages_hint: "Mã ngôn ngữ như en, zh, vi, cách nhau bằng dấu phẩy. Ngôn ngữ đầu tiên là ngôn ngữ dự phòng.",
      set_default_language: "Ngôn ngữ mặc định", set_default_language_hint: "Ngôn ngữ làm việc của cửa hàng.",
      set_currency: "Tiền tệ", set_currency_hint: "Mã ISO 4217, vd: VND, USD, EUR.",
      set_timezone: "Múi giờ", set_timezone_hint: "Tên IANA, vd: Asia/Ho_Chi_Minh hoặc Europe/Berlin; dùng cho thời gian hiển thị với khách.",
      set_cart_url: "Liên kết thêm vào giỏ", set_cart_url_hint: "Liên kết của cửa hàng với {sku} ở chỗ mã SKU của sản phẩm, vd: https://shop.example/cart/add?sku={sku}; sản phẩm được gợi ý sẽ dẫn tới đó. Để trống: không có nút thêm vào giỏ.",
      set_confidence: "Ngưỡng tin cậy", set_confidence_hint: "Từ 0 đến 1. Dưới ngưỡng này bot sẽ hỏi lại khách cho rõ. Để trống: mặc định của kefu.",
      set_clarify: "Giới hạn hỏi lại", set_clarify_hint: "Số câu hỏi lại liên tiếp trước khi chuyển cho nhân viên. Để trống: mặc định của kefu.",
      set_handoff: "Chuyển cho nhân viên",
      set_anger_handoff: "Chuyển khách đang rất tức giận cho nhân viên",
      set_sensitive_handoff: "Chuyển chủ đề nhạy cảm (sức khỏe, đe dọa pháp lý, gian lận) cho nhân viên",
      set_strategies: "Chiến lược", set_strategies_hint: "Những gì kefu làm khi nhận ra tâm trạng của khách, theo thứ tự thử. Mục không được chọn sẽ không chạy.",
      set_widget: "Widget chat", set_widget_enabled: "Khách truy cập website của cửa hàng có thể chat (bật widget)",
      set_llm: "Mô hình ngôn ngữ", set_llm_answers: "Cho phép mô hình ngôn ngữ của máy chủ viết câu trả lời từ các bài viết trợ giúp, có trích dẫn",
      set_llm_hint: "Chỉ khi máy chủ có cấu hình mô hình ngôn ngữ. Khi đó câu hỏi của khách, đã bỏ email, số điện thoại và mã đơn hàng, sẽ được gửi tới mô hình; câu trả lời không dựa được vào bài viết nào sẽ không được hiển thị.",
      move_up: "Lên trên", move_down: "Xuống dưới",
      strategy_anger_priority: "Ưu tiên khách đang rất tức giận trong hàng chờ",
      strategy_anxiety_progress: "Cho khách đang lo lắng xem toàn bộ tiến trình giao hàng",
      strategy_satisfaction_offer: "Giới thiệu một chương trình khuyến mãi hiện có cho khách hài lòng",
      settings_bad_number: "Hãy nhập một số.",
      // knowledge
      kn_title: "Kiến thức", kn_all: "Tất cả bài viết", kn_review: "Chờ duyệt ({n})", kn_new: "Bài viết mới",
      kn_empty: "Chưa có bài viết nào.", kn_review_empty: "Không có gì đang chờ duyệt.",
      kn_translate: "Dịch sang {language}",
      kn_missing_list: "Chưa dịch:", kn_other_language: "ngôn ngữ khác, vd: fr", kn_add_translation: "Thêm bản dịch",
      st_draft: "bản nháp", st_in_review: "đang duyệt", st_published: "đã đăng",
      kn_submit: "Gửi duyệt", kn_publish: "Đăng", kn_send_back: "Trả lại", kn_withdraw: "Gỡ xuống",
      kn_edit: "Sửa", kn_history: "Phiên bản", kn_version: "phiên bản {n}", kn_updated: "cập nhật {time}",
      kn_key: "Khóa", kn_key_hint: "Gom các bản dịch của một bài viết, vd: shipping-times.",
      kn_language: "Ngôn ngữ", kn_title_field: "Tiêu đề", kn_body: "Nội dung", kn_tags: "Thẻ", kn_intents: "Ý định",
      kn_list_hint: "Cách nhau bằng dấu phẩy.",
      kn_save_submit: "Lưu và gửi duyệt",
      kn_editing: "Sửa bài viết", kn_creating: "Bài viết mới", kn_translating: "Bản dịch mới",
      kn_source: "Bản gốc ({language})",
      kn_live_hint: "Bài viết này đã được đăng: thay đổi đã lưu sẽ được dùng để trả lời khách ngay.",
      kn_published: "Đã đăng.", kn_sent_back: "Đã trả lại thành bản nháp.", kn_withdrawn: "Đã gỡ xuống thành bản nháp.", kn_submitted: "Đã gửi duyệt.",
      kn_history_title: "Các phiên bản của {key} ({language})", kn_from: "Từ", kn_to: "Đến",
      kn_one_version: "Hiện mới có một phiên bản.", kn_close: "Đóng",
      kn_no_change: "Các phiên bản này không có gì khác nhau.",
      kn_tags_line: "Thẻ: {tags}", kn_intents_line: "Ý định: {intents}",
      // synonyms
      syn_title: "Từ đồng nghĩa",
      syn_hint: "Những từ hoặc cụm từ khách dùng để chỉ cùng một thứ, mỗi dòng một nhóm, cách nhau bằng dấu phẩy, vd: bưu kiện, gói hàng. Tìm kiếm kiến thức coi mỗi nhóm như một từ.",
      syn_add: "Thêm nhóm", syn_remove: "Xóa", syn_empty: "Chưa có từ đồng nghĩa nào.",
      // widget
      w_title: "Widget trên website của bạn",
      w_off: "Widget chat đang tắt trong Cài đặt cửa hàng: các đoạn mã sẽ không hiển thị gì cho đến khi bạn bật lại.",
      w_bubble: "Nút chat trên mọi trang",
      w_bubble_hint: "Dán trước </body> trên những trang mà khách cần chat được.",
      w_frame: "Chat trong khung",
      w_frame_hint: "Dành cho trang trợ giúp hoặc web view trong ứng dụng di động.",
      w_signed: "Khách đã đăng nhập",
      w_signed_hint: "Để bot tra được đơn hàng của khách, máy chủ của bạn xác nhận ai đang đăng nhập: nó ký mã khách hàng trong cửa hàng bằng khóa bí mật của widget và đưa cả hai vào trang. Chỉ tính chữ ký trên máy chủ của bạn: ai có khóa bí mật cũng có thể mạo danh bất kỳ khách nào. Khóa bí mật không được hiển thị ở đây.",
      w_signature: "signature = hex(HMAC-SHA256(khóa bí mật widget, mã khách hàng))",
      w_secret_set: "Cửa hàng này có khóa bí mật widget (đã hiển thị một lần khi tạo cửa hàng).",
      w_secret_unset: "Cửa hàng này không có khóa bí mật widget nên khách chỉ chat ẩn danh được.",
      w_preview: "Mở trang chat",
      w_signed_bubble: "Nút chat cho khách đã đăng nhập",
      w_signed_frame: "Khung chat cho khách đã đăng nhập",
      w_sign_code: "Tính chữ ký trên máy chủ của bạn (shell, Go)",
      delete: "Xóa", saved_name: "Đã lưu {name}.",
      // promotions
      pr_title: "Khuyến mãi", pr_new: "Khuyến mãi mới",
      pr_hint: "Ưu đãi mà bot có thể giới thiệu cho khách, chẳng hạn khách đang hài lòng. Hãy viết mỗi ưu đãi bằng các ngôn ngữ khách của bạn dùng.",
      pr_empty: "Chưa có khuyến mãi nào.",
      pr_active: "Đang diễn ra", pr_scheduled: "Bắt đầu {time}", pr_ended: "Đã kết thúc {time}",
      pr_from_until: "Từ {start} đến {end}", pr_from: "Từ {start}, không có ngày kết thúc", pr_until: "Đến {end}", pr_always: "Không có ngày bắt đầu hay kết thúc",
      pr_everything: "Áp dụng cho mọi sản phẩm", pr_categories_line: "Danh mục: {list}", pr_products_line: "Sản phẩm (SKU): {list}",
      pr_min_line: "Cho đơn từ {amount}",
      pr_id_line: "id {id}", pr_missing: "Chưa có nội dung bằng {list}.",
      pr_delete_q: "Xóa {name}? Bot sẽ ngừng giới thiệu ngay.", pr_deleted: "Đã xóa {name}.",
      pr_editing: "Sửa khuyến mãi", pr_creating: "Khuyến mãi mới",
      pr_code: "Mã", pr_code_hint: "Mã khách nhập khi thanh toán, vd: SUMMER10. Không bắt buộc.",
      pr_id: "ID", pr_id_hint: "Tên riêng của bạn, dùng cho API và nhập dữ liệu, vd: summer-sale. Không thể đổi sau này.",
      pr_texts: "Nội dung ưu đãi", pr_texts_hint: "Điều bot nói với khách, theo từng ngôn ngữ; để trống ngôn ngữ nào thì bỏ qua ngôn ngữ đó.",
      pr_add_language: "Thêm ngôn ngữ",
      pr_when: "Thời gian", pr_start: "Bắt đầu", pr_start_hint: "Để trống: từ bây giờ.", pr_end: "Kết thúc", pr_end_hint: "Để trống: không kết thúc.",
      pr_zone: "Thời gian theo múi giờ của trình duyệt ({zone}).",
      pr_what: "Áp dụng cho",
      pr_categories: "Danh mục", pr_categories_hint: "Cách nhau bằng dấu phẩy. Để trống cả danh mục và sản phẩm: mọi sản phẩm trong cửa hàng.",
      pr_products: "Sản phẩm", pr_products_hint: "Mã SKU, cách nhau bằng dấu phẩy.",
      pr_min_total: "Giá trị đơn tối thiểu", pr_min_total_hint: "Một số tiền như 50 hoặc 49.90. Để trống: mọi đơn hàng.",
      pr_bad_amount: "Hãy nhập số tiền như 50 hoặc 49.90 (tối đa {n} chữ số thập phân).",
      pr_bad_time: "Hãy nhập ngày và giờ.",
      pr_need_text: "Hãy viết nội dung ưu đãi bằng ít nhất một ngôn ngữ.",
      pr_id_taken: "Đã có khuyến mãi với ID này; hãy sửa khuyến mãi đó hoặc chọn ID khác.",
      // canned replies
      cr_title: "Câu trả lời mẫu", cr_new: "Câu trả lời mẫu mới",
      cr_hint: "Câu trả lời soạn sẵn mà nhân viên chèn vào bằng một cú nhấp trong bảng làm việc. Bảng làm việc ưu tiên hiện các câu trả lời bằng ngôn ngữ của nhân viên.",
      cr_filter: "Ngôn ngữ", cr_all_languages: "Mọi ngôn ngữ", cr_any_language: "mọi ngôn ngữ",
      cr_empty: "Chưa có câu trả lời mẫu nào.", cr_untitled: "(không có tiêu đề)",
      cr_delete_q: "Xóa câu trả lời này?", cr_deleted: "Đã xóa {title}.",
      cr_editing: "Sửa câu trả lời mẫu", cr_creating: "Câu trả lời mẫu mới",
      cr_title_field: "Tiêu đề", cr_title_hint: "Tên để nhân viên chọn, vd: Đơn hàng của tôi đâu. Đặt cùng tiêu đề cho các bản dịch.",
      cr_id_hint: "Tên riêng của bạn, dùng cho API và nhập dữ liệu. Tạo từ tiêu đề; không thể đổi sau này.",
      cr_text_hint: "Câu trả lời đúng như nhân viên gửi đi.",
      cr_id_taken: "Đã có câu trả lời mẫu với ID này; hãy chọn ID khác.",
      // agents
      ag_title: "Nhân viên", ag_new: "Thêm nhân viên",
      ag_hint: "Những người trả lời chat trong bảng làm việc nhân viên. Quản trị viên và chủ cửa hàng cũng dùng được các trang này.",
      ag_name: "Tên", ag_role: "Vai trò", ag_languages: "Ngôn ngữ", ag_skills: "Kỹ năng", ag_presence: "Trạng thái", ag_max_chats: "Số chat cùng lúc",
      ag_you: "bạn", ag_disabled: "Đã vô hiệu hóa", ag_disable: "Vô hiệu hóa", ag_enable: "Kích hoạt",
      ag_disable_q: "Vô hiệu hóa {name}? Người này sẽ không đăng nhập được nữa và các phiên hiện tại sẽ kết thúc.",
      ag_disabled_done: "Đã vô hiệu hóa {name}.", ag_enabled_done: "{name} có thể đăng nhập lại.",
      ag_owner_only: "Chỉ chủ cửa hàng mới thay đổi được chủ cửa hàng.",
      role_agent_hint: "trả lời chat", role_admin_hint: "dùng được cả các trang này", role_owner_hint: "tạo và thay đổi cả chủ cửa hàng",
      presence_online: "Trực tuyến", presence_away: "Vắng mặt", presence_offline: "Ngoại tuyến",
      ag_editing: "Sửa {name}", ag_creating: "Nhân viên mới", ag_created: "Đã thêm {name}.",
      ag_email_hint: "Dùng để đăng nhập.", ag_email_fixed: "Không thể đổi email của nhân viên.",
      ag_name_hint: "Hiển thị cho khách khi nhân viên này trả lời.",
      ag_own_role: "Bạn không thể đổi vai trò của chính mình.",
      ag_languages_hint: "Mã ngôn ngữ như en, zh, cách nhau bằng dấu phẩy; hội thoại bằng các ngôn ngữ này sẽ được ưu tiên giao cho nhân viên này.",
      ag_skills_hint: "Cách nhau bằng dấu phẩy, vd: billing, cold_chain.",
      ag_max_chats_hint: "Số hội thoại nhân viên xử lý cùng lúc, từ 1 đến 100.",
      ag_password_hint: "Ít nhất 8 ký tự. Hãy gửi riêng cho nhân viên.",
      ag_new_password: "Mật khẩu mới", ag_password_keep: "Để trống để giữ mật khẩu hiện tại. Mật khẩu mới sẽ đăng xuất nhân viên khỏi mọi nơi.",
      ag_disabled_label: "Vô hiệu hóa: không đăng nhập được (vẫn có trong danh sách)",
      // API keys
      key_title: "Khóa API",
      key_hint: "Khóa cho phép máy chủ của bạn làm việc với kefu. Một khóa có quyền của cả cửa hàng: chỉ giữ trên máy chủ, đừng bao giờ đặt trong trang web hay ứng dụng.",
      key_new: "Khóa mới", key_name: "Tên", key_name_hint: "Dùng để làm gì, để sau này bạn biết nên thu hồi khóa nào.",
      key_name_example: "vd: backend của website",
      key_scope: "Quyền", key_create: "Tạo khóa",
      scope_chat: "Chat", scope_chat_hint: "Cho máy chủ đứng sau widget chat hoặc ứng dụng của bạn: mở hội thoại và gửi tin nhắn của khách. Không đọc hay sửa được dữ liệu cửa hàng.",
      scope_admin: "Quản trị", scope_admin_hint: "Để đồng bộ với hệ thống quản lý: sản phẩm, đơn hàng, kiến thức, khuyến mãi và cài đặt qua API quản trị, cùng mọi việc khóa chat làm được.",
      key_list: "Khóa của cửa hàng này", key_empty: "Cửa hàng này chưa có khóa API nào.",
      key_starts: "Bắt đầu bằng", key_created: "Ngày tạo", key_state: "Trạng thái",
      key_working: "Đang hoạt động", key_revoked_on: "Thu hồi {time}", key_revoke: "Thu hồi",
      key_revoke_q: "Thu hồi “{name}”? Mọi thứ dùng khóa này sẽ ngừng hoạt động ngay.", key_revoked: "Đã thu hồi {name}.",
      key_new_title: "Khóa mới “{name}” ({scope})",
      key_once: "Hãy sao chép ngay và cất ở nơi an toàn: bạn sẽ không thấy lại khóa này. kefu chỉ lưu dấu vân tay của khóa; nếu làm mất, hãy tạo khóa mới và thu hồi khóa này.",
      key_use_chat: "Máy chủ của bạn gửi khóa dưới dạng Authorization: Bearer <key> khi mở hội thoại.",
      key_use_admin: "Hệ thống quản lý của bạn gửi khóa dưới dạng Authorization: Bearer <key> tới API quản trị dưới /v1.",
      key_done: "Tôi đã sao chép",
      // compensation rules
      nav_rules: "Quy tắc bồi thường", nav_compensations: "Bồi thường",
      ru_title: "Quy tắc bồi thường", ru_new: "Quy tắc mới",
      ru_hint: "Khách nhận được gì khi đơn hàng gặp sự cố. Các quy tắc được thử theo thứ tự này; quy tắc đang bật đầu tiên thỏa điều kiện sẽ quyết định.",
      ru_empty: "Chưa có quy tắc nào: không có gì được cấp tự động.",
      ru_order: "Thứ tự", ru_name: "Tên", ru_when: "Điều kiện", ru_grants: "Cấp", ru_limit: "Mỗi khách", ru_state: "Trạng thái", ru_version: "Phiên bản",
      ru_limit_n: "tối đa {n} lần trong 30 ngày", ru_no_limit: "không giới hạn", ru_enabled: "Đang bật", ru_paused: "Tạm dừng",
      ru_coupon_of: "mã giảm giá {amount}", ru_min: "cho đơn từ {amount}", ru_no_min: "không có mức tối thiểu",
      ru_valid_days: "hiệu lực {n} ngày", ru_no_expiry: "không hết hạn",
      gk_coupon: "Mã giảm giá", gk_refund_line: "Hoàn tiền sản phẩm liên quan", gk_refund_order: "Hoàn tiền cả đơn", gk_none: "Không cấp (dừng tại đây)",
      gk_coupon_words: "Mã giảm giá", gk_refund_line_words: "Hoàn tiền sản phẩm liên quan", gk_refund_order_words: "Hoàn tiền cả đơn",
      gk_none_words: "Không cấp; các quy tắc sau không được thử",
      gk_refund_line_of: "Hoàn {amount} (một sản phẩm)", gk_refund_order_of: "Hoàn {amount} (cả đơn)",
      ru_delete_q: "Xóa quy tắc {name}? Quy tắc ngừng cấp ngay; sổ bồi thường vẫn giữ các phiên bản của nó.", ru_deleted: "Đã xóa {name}.",
      ru_editing: "Sửa quy tắc {name} (phiên bản {version})", ru_creating: "Quy tắc mới",
      ru_name_hint: "Quy tắc dùng cho việc gì, vd: Giao hàng trễ.",
      ru_id_hint: "Tên riêng của bạn, dùng cho API và sổ bồi thường. Tạo từ tên; không thể đổi sau này.",
      ru_when_hint: "Điều kiện CEL trên sự cố, vd: delay_minutes > 30 hoặc kind == \"underweight\" && missing_grams >= 100. Xem các biến trong docs/compensation.md.",
      ru_kind: "Cấp gì",
      ru_amount: "Giá trị mã giảm giá ({currency})", ru_amount_hint: "Một số tiền như 5 hoặc 4.50.", ru_no_currency: "Hãy đặt tiền tệ của cửa hàng trong Cài đặt cửa hàng trước.",
      ru_min_order: "Đơn tối thiểu", ru_min_order_hint: "Để trống: mã dùng được cho mọi đơn.",
      ru_days: "Hiệu lực (ngày)", ru_days_hint: "Để trống: không hết hạn.",
      ru_order_hint: "Số nhỏ hơn được thử trước.",
      ru_limit_hint: "Bỏ qua khách đã được bồi thường từng này lần trong 30 ngày qua. Để trống: không giới hạn.",
      ru_enabled_label: "Bật: quy tắc được cấp (bỏ chọn để tạm dừng)",
      ru_id_taken: "Đã có quy tắc với ID này; hãy sửa quy tắc đó hoặc chọn ID khác.",
      ru_saved: "Đã lưu {name} (phiên bản {version}).",
      dr_title: "Chạy thử", dr_hint: "Các quy tắc lẽ ra đã cấp gì cho những sự cố kefu ghi nhận trong các ngày này. Không có gì được cấp thật.",
      dr_since: "Từ", dr_until: "Đến", dr_run_current: "Chạy thử quy tắc hiện tại", dr_run_draft: "Chạy thử với bản nháp này",
      dr_running: "Đang chạy…", dr_bad_dates: "Hãy chọn ngày.", dr_fix_draft: "Bản nháp có lỗi; xem biểu mẫu.",
      dr_summary: "{n} sự cố; {granted} sẽ được cấp, tổng chi phí {cost}.",
      dr_with_draft: "Với bản nháp của {name}:",
      dr_limited: "Chỉ chạy lại 10.000 sự cố đầu tiên.", dr_no_rules: "Không có quy tắc nào để thử.",
      dr_matched: "Đã quyết định", dr_granted: "Đã cấp", dr_errors: "Lỗi", dr_cost: "Chi phí", dr_draft: "bản nháp",
      dr_errors_title: "Lỗi ({n})", dr_error_line: "Sự cố {incident}, quy tắc {rule}: {message}",
      // the ledger
      lg_title: "Bồi thường", lg_hint: "Những gì khách đã được cấp, theo quy tắc hoặc do nhân viên, mới nhất trước. Mục đã thu hồi vẫn được liệt kê cùng người thu hồi và lý do.",
      lg_customer: "Khách hàng", lg_customer_ph: "mã khách hàng trong cửa hàng", lg_order: "Đơn hàng", lg_show: "Xem",
      lg_empty: "Không có gì được cấp trong khoảng thời gian này.",
      lg_date: "Ngày", lg_what: "Nội dung", lg_by: "Người cấp",
      lg_coupon: "Mã giảm giá {amount}", lg_rule: "Quy tắc {rule} (phiên bản {version})", lg_agent: "Nhân viên {name}",
      lg_granted: "Đã cấp", lg_revoked: "Đã thu hồi", lg_revoked_by: "bởi {name}, {time}",
      lg_reason: "Lý do", lg_reason_ph: "Vì sao thu hồi?", lg_revoke_q: "Thu hồi mục này?",
      lg_reason_needed: "Hãy nêu lý do.", lg_revoked_done: "Đã thu hồi.",
      // review queue (docs/feeds.md)
      nav_review: "Hàng chờ duyệt",
      rq_title: "Hàng chờ duyệt",
      rq_hint: "Các bài viết đang chờ quyết định: bản nháp viết từ sản phẩm mới và từ hội thoại nhân viên đã giải quyết, bài viết bị nguồn dữ liệu làm lỗi thời (đổi giá hoặc tên, khuyến mãi kết thúc) và bài viết bị báo là sai. Bài viết lỗi thời và bài bị nhân viên gắn cờ sẽ không được dùng để trả lời khách cho đến khi bạn duyệt.",
      rq_all: "Tất cả ({n})", rq_stale: "Lỗi thời ({n})", rq_flagged: "Bị gắn cờ ({n})", rq_drafts: "Bản nháp ({n})",
      rq_empty: "Không có gì đang chờ duyệt.",
      rq_kind_stale: "Lỗi thời", rq_kind_flagged: "Bị gắn cờ", rq_kind_draft: "Bản nháp",
      rq_withdrawn: "Không trả lời khách cho đến khi được duyệt",
      rq_src_feed: "Nguồn {name}", rq_src_agent: "Nhân viên", rq_src_customer: "Khách hàng", rq_src_suggestions: "Gợi ý từ hội thoại",
      rq_flag_line: "{source} · {who} · {time}", rq_flag_line_nobody: "{source} · {time}", rq_support: "Được hỏi trong {n} hội thoại nhân viên đã giải quyết", rq_reason_new_product: "Sản phẩm mới: {name} ({sku})", rq_reason_price: "Giá của {name} ({sku}) đã đổi từ {old} thành {new}", rq_reason_renamed: "{name} ({sku}) đã đổi tên thành {new_name}", rq_reason_discontinued: "{name} ({sku}) đã ngừng bán", rq_reason_promo_code: "Khuyến mãi {promotion}: mã {code} nay là {new_code}", rq_reason_promo_withdrawn: "Khuyến mãi {promotion} đã bị rút", rq_reason_promo_ended: "Khuyến mãi {promotion} đã kết thúc lúc {time}", rq_reason_more: "và {n} mục khác", fe_currency: "“{value}” không phải mã tiền tệ như EUR hoặc SGD", fe_country: "“{value}” không phải mã quốc gia như GB, hoặc EU", fe_language: "“{value}” không phải mã ngôn ngữ như en, zh-Hant hoặc es-419", fe_canonical: "Hãy viết “{want}” thay cho “{value}”", fe_regexp: "“{value}” không phải biểu thức chính quy hợp lệ", fe_range: "Nhập một số từ {min} đến {max}", fe_min: "Nhập {min} trở lên", fe_cart_url: "Nhập liên kết http hoặc https có {sku} ở chỗ mã SKU của sản phẩm", fe_queue_cap: "Nhập -1 (không giới hạn), 0 (mặc định của máy chủ) hoặc một số từ 1 đến {max}",
      rq_approve: "Duyệt và đăng", rq_edit: "Sửa", rq_reject: "Từ chối",
      rq_reason: "Lý do", rq_reason_ph: "Vì sao từ chối?", rq_reason_needed: "Hãy nêu lý do.",
      rq_confirm_reject: "Từ chối", rq_save: "Lưu phiên bản mới",
      rq_approved: "Đã duyệt: {title}", rq_rejected: "Đã từ chối: {title}", rq_edited: "Đã lưu phiên bản mới của {title}. Hãy duyệt để đăng.",
      rq_suggest: "Gợi ý bài viết từ hội thoại đã giải quyết",
      rq_suggested: "{n} gợi ý ({new} mới) từ {conversations} hội thoại.",
      rq_version: "phiên bản {n}",
      rq_feeds: "Nguồn dữ liệu", rq_feed_kefu: "nguồn kefu", rq_feed_shopify: "Shopify", rq_feed_google: "Google Merchant Center",
      rq_feed_polled: "lấy mỗi {interval}", rq_feed_webhook: "nhận qua webhook",
      rq_feed_add: "Thêm nguồn", rq_feed_edit: "Sửa", rq_feed_poll: "Lấy ngay", rq_feed_delete: "Xóa",
      rq_feed_delete_q: "Xóa nguồn {name}? Sản phẩm và bài viết nó đã tạo vẫn được giữ lại.", rq_feed_deleted: "Đã xóa nguồn {name}.",
      rq_feed_saved: "Đã lưu nguồn {name}.", rq_feed_polled_now: "Đã lấy {name}: {products} sản phẩm trong nguồn, {new} mới, {changes} đổi giá, {stale} bài viết trở nên lỗi thời.",
      rq_feed_creating: "Nguồn mới", rq_feed_editing: "Nguồn {name}",
      rq_feed_name: "Tên", rq_feed_name_hint: "Chữ thường, chữ số, - và _, vd: shopify. Là một phần của địa chỉ webhook và không đổi được.",
      rq_feed_format: "Định dạng", rq_feed_url: "Địa chỉ để lấy", rq_feed_url_hint: "Không bắt buộc: kefu lấy địa chỉ này theo chu kỳ bên dưới. Để trống: nguồn chỉ gửi tới webhook.",
      rq_feed_interval: "Lấy mỗi", rq_feed_language: "Ngôn ngữ của tên", rq_feed_language_hint: "Cho nguồn Shopify và Google, vốn chỉ có một ngôn ngữ. Để trống: ngôn ngữ mặc định của cửa hàng.",
      rq_feed_currency: "Tiền tệ của giá", rq_feed_currency_hint: "Cho nguồn Shopify, vì giá không ghi tiền tệ, vd: VND.",
      rq_feed_secret: "Khóa bí mật để ký", rq_feed_secret_hint: "Dùng chung với bên gửi, bên gửi ký mỗi lần gửi (HMAC-SHA256). Để trống: giữ khóa hiện tại.",
      rq_feed_secret_set: "Đã đặt khóa bí mật.", rq_feed_hooks: "Webhook với khóa API quản trị: {keyed}  ·  có chữ ký, không cần khóa (Shopify): {signed}",
      rq_feed_never: "chưa nhận được gì", rq_feed_ok: "nhận lần cuối {time}", rq_feed_failed: "lần gửi cuối thất bại {time}: {error}",
      // product knowledge
      nav_profiles: "Kiến thức sản phẩm",
      pk_title: "Kiến thức sản phẩm",
      pk_hint: "Những gì kefu biết về từng sản phẩm, đọc từ thông tin sản phẩm và bảng thành phần: hợp với ai, nên tránh gì, lưu ý và hơn thế nữa. Mỗi thẻ cho biết nguồn gốc của nó. Chỉnh sửa của bạn được ưu tiên hơn những gì kefu suy ra và vẫn giữ khi sản phẩm thay đổi.",
      pk_find: "Tìm sản phẩm", pk_find_ph: "tên hoặc SKU", pk_pick: "Sản phẩm", pk_none: "Không có sản phẩm phù hợp.",
      pk_no_products: "Danh mục sản phẩm trống: hãy gửi sản phẩm trước.",
      pk_partial: "Chỉ có các thành phần chính nên kefu không biết sản phẩm không chứa gì (không hương liệu, không cồn khô, …).",
      pk_derived: "Suy ra {time}", pk_unknown: "chưa rõ",
      pk_edits: "Chỉnh sửa của bạn", pk_edits_hint: "Các giá trị cách nhau bằng dấu phẩy; thêm - phía trước để bỏ một giá trị kefu suy ra (vd: oily, -dry).",
      pk_save: "Lưu chỉnh sửa", pk_saved: "Đã lưu; hồ sơ đã được suy ra lại.", pk_remove: "Xóa", pk_remove_label: "Xóa {value} khỏi {dimension}",
      pk_shop: "do cửa hàng đặt",
      pk_lv_ok: "ổn", pk_lv_caution: "thận trọng", pk_lv_avoid: "tránh",
      ev_ingredient: "Thành phần {ingredients}", ev_ingredient_rule: "Thành phần {ingredients} ({rule})",
      ev_rule_plain: "Quy tắc {rule}", ev_rule: "Quy tắc {rule}, vì {because}", ev_rule_ings: "Quy tắc {rule}, vì {because}; từ {ingredients}",
      ev_attribute: "“{attribute}” của sản phẩm", ev_text: "Cụm từ “{note}” trong {attribute} của sản phẩm",
      ev_catalog: "Giá trong danh mục: {note}", ev_shop: "Do cửa hàng đặt ({attribute})", ev_note: "{text}: {note}",
      dim_category: "Danh mục", dim_brand: "Thương hiệu", dim_step: "Bước chăm sóc", dim_ingredients: "Thành phần", dim_actives: "Hoạt chất",
      dim_strength: "Nồng độ", dim_fragrance: "Hương liệu", dim_alcohol: "Cồn", dim_silicones: "Silicone",
      dim_comedogenic: "Gây bít tắc lỗ chân lông", dim_irritants: "Chất gây kích ứng", dim_efficacy: "Công dụng", dim_suits_skin: "Hợp với da",
      dim_avoid_skin: "Không hợp với da", dim_suits_concern: "Hỗ trợ", dim_avoid_concern: "Không dành cho", dim_cautions: "Lưu ý",
      dim_conflicts: "Không dùng chung với", dim_pregnancy: "Khi mang thai", dim_time_of_day: "Thời điểm dùng", dim_season: "Mùa",
      dim_finish: "Lớp nền", dim_texture: "Kết cấu", dim_coverage: "Độ che phủ", dim_spf: "Chống nắng", dim_price_band: "Tầm giá"
    },
    id: {
      title: "kefu · admin toko",
      pct: "{n}%",
      dur_minutes: "{n} mnt", dur_hours: "{n} jam",
      login_shop_ph: "mis. globalmart",
      login_demo: "Demo: toko {shop}, {ana}, kata sandi {password}.",
      nav_label: "Bagian",
      err_unauthorized: "Toko, email, atau kata sandi salah, atau sesi sudah berakhir.", err_forbidden: "Anda tidak punya izin untuk ini.",
      err_not_found: "Tidak ditemukan; mungkin sudah dihapus orang lain.", err_rate_limited: "Terlalu banyak permintaan; tunggu sebentar.",
      err_internal: "Server bermasalah; coba lagi nanti.", err_unavailable: "Layanan sedang tidak tersedia; coba lagi nanti.",
      err_too_large: "Terlalu panjang.", err_network: "Server tidak dapat dihubungi; periksa koneksi Anda.",
      login_title: "Admin toko kefu",
      login_who: "Untuk pemilik dan admin toko. Masuk dengan akun konsol agen Anda.",
      login_shop: "Toko", login_email: "Email", login_password: "Kata sandi", login_submit: "Masuk",
      login_wait: "Terlalu banyak percobaan gagal. Demi keamanan akun, tunggu {wait} sebelum mencoba lagi.",
      login_again: "Sekarang Anda bisa mencoba lagi.", wait_seconds: "{n} dtk", wait_minutes: "{n} mnt",
      to_console: "Konsol agen", to_dashboard: "Dasbor", to_admin: "Admin toko", logout: "Keluar", admin: "admin toko",
      refused_title: "Admin toko",
      refused: "Hanya pemilik dan admin toko yang dapat menggunakan halaman ini.",
      refused_who: "Anda masuk sebagai {name} ({role}). Jika perlu perubahan, mintalah kepada pemilik atau admin {shop}.",
      role_agent: "agen", role_admin: "admin", role_owner: "pemilik",
      nav_settings: "Pengaturan toko", nav_knowledge: "Pengetahuan", nav_synonyms: "Sinonim", nav_widget: "Widget",
      nav_agents: "Agen", nav_keys: "Kunci API", nav_promotions: "Promo", nav_canned: "Balasan cepat",
      nav_feedback: "Masukan",
      fb_title: "Masukan dan koreksi",
      fb_hint: "Koreksi agen di konsol dan pendapat pelanggan tentang balasan bot. Label ulang yang diterima melatih model berikutnya (kefu model retrain); lihat docs/learning.md.",
      fb_filter_kind: "Jenis", fb_filter_status: "Status", fb_any: "Semua", fb_show: "Tampilkan",
      fb_empty: "Belum ada masukan.", fb_more: "Masukan lebih lama",
      fb_when: "Waktu", fb_kind: "Jenis", fb_who: "Oleh", fb_what: "Isi", fb_status: "Status",
      fb_k_relabel: "Pesan dilabel ulang", fb_k_answer_fixed: "Jawaban lebih baik", fb_k_answer_flagged: "Jawaban ditandai",
      fb_k_article_wrong: "Artikel salah", fb_k_article_outdated: "Artikel kedaluwarsa",
      fb_k_thumbs_up: "Pelanggan: membantu", fb_k_thumbs_down: "Pelanggan: tidak membantu",
      fb_s_proposed: "Diusulkan", fb_s_accepted: "Diterima", fb_s_rejected: "Ditolak",
      fb_accept: "Terima", fb_reject: "Tolak", fb_customer: "Pelanggan",
      fb_meant: "“{text}” maksudnya {intent} (dipahami: {previous})", fb_reason: "Alasan: {reason}",
      fb_article: "Artikel {id}", fb_answer: "Jawaban lebih baik: {answer}", fb_reply: "Tentang balasan untuk {intent}",
      fb_reviewed: "oleh {name}, {time}",
      md_title: "Model maksud", md_serving: "Dipakai toko ini: {version}", md_shipped: "model bawaan kefu",
      md_own: "milik toko ini", md_global: "global", md_retrain: "Latih ulang sekarang",
      md_retraining: "Sedang melatih ulang… sekitar satu menit. Model kandidat hanya dipakai jika lolos aturan.",
      md_failed: "Pelatihan ulang terakhir gagal: {message}",
      md_hint: "Pelatihan ulang belajar dari label ulang yang diterima di bawah; model kandidat dibandingkan dengan model yang dipakai dan hanya menggantikannya jika menjawab benar pesan yang dikoreksi tanpa kehilangan lebih dari 0,3 poin akurasi dev atau kalibrasi.",
      md_version: "Versi", md_created: "Dilatih", md_dev: "Akurasi dev", md_corrected: "Koreksi benar", md_verdict: "Hasil",
      md_paired: "{fixed} diperbaiki, {broken} rusak",
      md_serves: "Dipakai", md_kept_out: "Tidak dipakai", md_retired: "Dikembalikan", md_was: "Pernah dipakai", md_none: "Belum ada pelatihan ulang.",
      loading: "Memuat…", save: "Simpan", saving: "Menyimpan…", saved: "Tersimpan.", cancel: "Batal", reload: "Muat ulang",
      copy: "Salin", copied: "Tersalin", required: "Wajib diisi.", error_generic: "Terjadi kesalahan: {message}",
      conflict: "Orang lain mengubah ini setelah Anda membukanya. Muat ulang untuk melihat versi mereka, lalu ulangi perubahan Anda.",
      session_over: "Sesi Anda sudah berakhir; silakan masuk lagi.",
      // settings
      settings_title: "Pengaturan toko", settings_shop: "Toko: {name} ({id})",
      set_language_legend: "Bahasa", set_languages: "Bahasa yang dipakai toko untuk menjawab", set_languages_hint: "Kode bahasa seperti en, zh, id, dipisahkan koma. Yang pertama menjadi bahasa cadangan.",
      set_default_language: "Bahasa utama", set_default_language_hint: "Bahasa kerja toko.",
      set_currency: "Mata uang", set_currency_hint: "Kode ISO 4217, mis. IDR, USD, EUR.",
      set_timezone: "Zona waktu", set_timezone_hint: "Nama IANA, mis. Asia/Jakarta atau Europe/Berlin; dipakai untuk waktu yang ditampilkan kepada pelanggan.",
      set_cart_url: "Tautan tambah ke keranjang", set_cart_url_hint: "Tautan toko Anda dengan {sku} di tempat SKU produk, mis. https://shop.example/cart/add?sku={sku}; produk rekomendasi menautkan ke sana. Kosong: tanpa tombol tambah ke keranjang.",
      set_confidence: "Ambang keyakinan", set_confidence_hint: "Dari 0 sampai 1. Di bawahnya bot meminta pelanggan memperjelas. Kosong: bawaan kefu.",
      set_clarify: "Batas klarifikasi", set_clarify_hint: "Berapa pertanyaan klarifikasi berturut-turut sebelum dialihkan ke agen. Kosong: bawaan kefu.",
      set_handoff: "Pengalihan ke agen",
      set_anger_handoff: "Alihkan pelanggan yang sangat marah ke agen",
      set_sensitive_handoff: "Alihkan topik sensitif (kesehatan, ancaman hukum, penipuan) ke agen",
      set_strategies: "Strategi", set_strategies_hint: "Yang dilakukan kefu saat menangkap suasana hati pelanggan, dicoba sesuai urutan. Yang tidak dicentang tidak dijalankan.",
      set_widget: "Widget chat", set_widget_enabled: "Pengunjung situs toko bisa chat (widget aktif)",
      set_llm: "Model bahasa", set_llm_answers: "Izinkan model bahasa server menulis jawaban dari artikel bantuan kami, dengan mengutipnya",
      set_llm_hint: "Hanya jika server memiliki model bahasa. Pertanyaan pelanggan lalu dikirim ke model itu tanpa email, nomor telepon, dan nomor pesanan mereka; jawaban yang tidak berdasar pada artikel tidak ditampilkan.",
      move_up: "Naikkan", move_down: "Turunkan",
      strategy_anger_priority: "Dahulukan pelanggan yang sangat marah di antrean",
      strategy_anxiety_progress: "Tunjukkan seluruh perjalanan kiriman kepada pelanggan yang cemas",
      strategy_satisfaction_offer: "Tawarkan salah satu promo toko yang sedang berjalan kepada pelanggan yang puas",
      settings_bad_number: "Masukkan angka.",
      // knowledge
      kn_title: "Pengetahuan", kn_all: "Semua artikel", kn_review: "Menunggu tinjauan ({n})", kn_new: "Artikel baru",
      kn_empty: "Belum ada artikel.", kn_review_empty: "Tidak ada yang menunggu tinjauan.",
      kn_translate: "Terjemahkan ke {language}",
      kn_missing_list: "Belum diterjemahkan:", kn_other_language: "bahasa lain, mis. fr", kn_add_translation: "Tambah terjemahan",
      st_draft: "draf", st_in_review: "ditinjau", st_published: "terbit",
      kn_submit: "Ajukan tinjauan", kn_publish: "Terbitkan", kn_send_back: "Kembalikan", kn_withdraw: "Tarik",
      kn_edit: "Ubah", kn_history: "Versi", kn_version: "versi {n}", kn_updated: "diperbarui {time}",
      kn_key: "Kunci", kn_key_hint: "Mengelompokkan terjemahan satu artikel, mis. shipping-times.",
      kn_language: "Bahasa", kn_title_field: "Judul", kn_body: "Isi", kn_tags: "Tag", kn_intents: "Maksud",
      kn_list_hint: "Dipisahkan koma.",
      kn_save_submit: "Simpan dan ajukan tinjauan",
      kn_editing: "Ubah artikel", kn_creating: "Artikel baru", kn_translating: "Terjemahan baru",
      kn_source: "Asli ({language})",
      kn_live_hint: "Artikel ini sudah terbit: perubahan yang disimpan langsung dipakai untuk menjawab pelanggan.",
      kn_published: "Diterbitkan.", kn_sent_back: "Dikembalikan ke draf.", kn_withdrawn: "Ditarik ke draf.", kn_submitted: "Diajukan untuk ditinjau.",
      kn_history_title: "Versi {key} ({language})", kn_from: "Dari", kn_to: "Ke",
      kn_one_version: "Sejauh ini baru ada satu versi.", kn_close: "Tutup",
      kn_no_change: "Tidak ada perbedaan antara versi-versi ini.",
      kn_tags_line: "Tag: {tags}", kn_intents_line: "Maksud: {intents}",
      // synonyms
      syn_title: "Sinonim",
      syn_hint: "Kata atau frasa yang dipakai pelanggan untuk hal yang sama, satu kelompok per baris, dipisahkan koma, mis. paket, kiriman. Pencarian pengetahuan memperlakukan tiap kelompok sebagai satu kata.",
      syn_add: "Tambah kelompok", syn_remove: "Hapus", syn_empty: "Belum ada sinonim.",
      // widget
      w_title: "Widget di situs Anda",
      w_off: "Widget chat dimatikan di Pengaturan toko: potongan kode ini tidak menampilkan apa pun sampai Anda menyalakannya.",
      w_bubble: "Gelembung chat di setiap halaman",
      w_bubble_hint: "Tempel sebelum </body> di halaman tempat pelanggan perlu bisa chat.",
      w_frame: "Chat di dalam frame",
      w_frame_hint: "Untuk halaman bantuan atau web view di aplikasi seluler.",
      w_signed: "Pelanggan yang sudah masuk",
      w_signed_hint: "Agar bot dapat melihat pesanan pelanggan, server Anda menjamin siapa yang sedang masuk: server menandatangani ID pelanggan di toko Anda dengan rahasia widget dan menaruh keduanya di halaman. Hitung tanda tangan hanya di server Anda: siapa pun yang memegang rahasia itu bisa mengaku sebagai pelanggan mana pun. Rahasia tidak ditampilkan di sini.",
      w_signature: "signature = hex(HMAC-SHA256(rahasia widget, ID pelanggan))",
      w_secret_set: "Toko ini punya rahasia widget (ditampilkan sekali, saat toko dibuat).",
      w_secret_unset: "Toko ini tidak punya rahasia widget, jadi pengunjung hanya bisa chat secara anonim.",
      w_preview: "Buka halaman chat",
      w_signed_bubble: "Gelembung chat untuk pelanggan yang sudah masuk",
      w_signed_frame: "Frame untuk pelanggan yang sudah masuk",
      w_sign_code: "Menghitung tanda tangan di server Anda (shell, Go)",
      delete: "Hapus", saved_name: "{name} tersimpan.",
      // promotions
      pr_title: "Promo", pr_new: "Promo baru",
      pr_hint: "Penawaran yang boleh disebutkan bot kepada pelanggan, misalnya kepada yang sedang puas. Tulis setiap penawaran dalam bahasa-bahasa yang dipakai pelanggan Anda.",
      pr_empty: "Belum ada promo.",
      pr_active: "Sedang berjalan", pr_scheduled: "Mulai {time}", pr_ended: "Berakhir {time}",
      pr_from_until: "Dari {start} sampai {end}", pr_from: "Dari {start}, tanpa akhir", pr_until: "Sampai {end}", pr_always: "Tanpa tanggal mulai atau akhir",
      pr_everything: "Untuk semua produk di toko", pr_categories_line: "Kategori: {list}", pr_products_line: "Produk (SKU): {list}",
      pr_min_line: "Untuk pesanan mulai {amount}",
      pr_id_line: "id {id}", pr_missing: "Belum ada teks dalam {list}.",
      pr_delete_q: "Hapus {name}? Bot langsung berhenti menawarkannya.", pr_deleted: "{name} dihapus.",
      pr_editing: "Ubah promo", pr_creating: "Promo baru",
      pr_code: "Kode", pr_code_hint: "Yang dimasukkan pelanggan saat checkout, mis. SUMMER10. Opsional.",
      pr_id: "ID", pr_id_hint: "Nama Anda sendiri untuknya, untuk API dan impor, mis. summer-sale. Tidak bisa diubah nanti.",
      pr_texts: "Teks penawaran", pr_texts_hint: "Yang disampaikan bot kepada pelanggan, dalam tiap bahasa; kosongkan bahasa untuk melewatinya.",
      pr_add_language: "Tambah bahasa",
      pr_when: "Waktu", pr_start: "Mulai", pr_start_hint: "Kosong: mulai sekarang.", pr_end: "Berakhir", pr_end_hint: "Kosong: tanpa akhir.",
      pr_zone: "Waktu mengikuti zona waktu browser Anda ({zone}).",
      pr_what: "Berlaku untuk",
      pr_categories: "Kategori", pr_categories_hint: "Dipisahkan koma. Kosong dan tanpa produk: semua produk di toko.",
      pr_products: "Produk", pr_products_hint: "SKU, dipisahkan koma.",
      pr_min_total: "Minimum total pesanan", pr_min_total_hint: "Jumlah seperti 50 atau 49.90. Kosong: pesanan apa pun.",
      pr_bad_amount: "Masukkan jumlah seperti 50 atau 49.90 (paling banyak {n} desimal).",
      pr_bad_time: "Masukkan tanggal dan jam.",
      pr_need_text: "Tulis penawaran dalam setidaknya satu bahasa.",
      pr_id_taken: "Promo dengan ID ini sudah ada; ubah promo itu atau pilih ID lain.",
      // canned replies
      cr_title: "Balasan cepat", cr_new: "Balasan cepat baru",
      cr_hint: "Jawaban siap pakai yang disisipkan agen di konsol dengan sekali klik. Konsol lebih dulu menawarkan balasan dalam bahasa agen.",
      cr_filter: "Bahasa", cr_all_languages: "Semua bahasa", cr_any_language: "bahasa apa pun",
      cr_empty: "Belum ada balasan cepat.", cr_untitled: "(tanpa judul)",
      cr_delete_q: "Hapus balasan ini?", cr_deleted: "{title} dihapus.",
      cr_editing: "Ubah balasan cepat", cr_creating: "Balasan cepat baru",
      cr_title_field: "Judul", cr_title_hint: "Nama yang dipilih agen, mis. Di mana paket saya. Beri terjemahannya judul yang sama.",
      cr_id_hint: "Nama Anda sendiri untuknya, untuk API dan impor. Dibuat dari judul; tidak bisa diubah nanti.",
      cr_text_hint: "Balasan seperti yang dikirim agen.",
      cr_id_taken: "Balasan cepat dengan ID ini sudah ada; pilih ID lain.",
      // agents
      ag_title: "Agen", ag_new: "Tambah agen",
      ag_hint: "Orang-orang yang menjawab chat di konsol agen. Admin dan pemilik juga bisa memakai halaman ini.",
      ag_name: "Nama", ag_role: "Peran", ag_languages: "Bahasa", ag_skills: "Keahlian", ag_presence: "Status", ag_max_chats: "Chat sekaligus",
      ag_you: "Anda", ag_disabled: "Nonaktif", ag_disable: "Nonaktifkan", ag_enable: "Aktifkan",
      ag_disable_q: "Nonaktifkan {name}? Ia tidak bisa masuk lagi dan sesinya berakhir.",
      ag_disabled_done: "{name} dinonaktifkan.", ag_enabled_done: "{name} bisa masuk lagi.",
      ag_owner_only: "Hanya pemilik yang bisa mengubah pemilik.",
      role_agent_hint: "menjawab chat", role_admin_hint: "juga memakai halaman ini", role_owner_hint: "juga menambah dan mengubah pemilik",
      presence_online: "Online", presence_away: "Tidak di tempat", presence_offline: "Offline",
      ag_editing: "Ubah {name}", ag_creating: "Agen baru", ag_created: "{name} ditambahkan.",
      ag_email_hint: "Dipakai untuk masuk.", ag_email_fixed: "Email agen tidak bisa diubah.",
      ag_name_hint: "Ditampilkan kepada pelanggan saat agen ini menjawab.",
      ag_own_role: "Anda tidak bisa mengubah peran Anda sendiri.",
      ag_languages_hint: "Kode bahasa seperti en, zh, dipisahkan koma; percakapan dalam bahasa ini diberikan lebih dulu ke agen ini.",
      ag_skills_hint: "Dipisahkan koma, mis. billing, cold_chain.",
      ag_max_chats_hint: "Berapa percakapan yang ditangani agen sekaligus, 1 sampai 100.",
      ag_password_hint: "Minimal 8 karakter. Berikan kepada agen secara pribadi.",
      ag_new_password: "Kata sandi baru", ag_password_keep: "Kosongkan untuk tetap memakai yang sekarang. Kata sandi baru mengeluarkan agen dari semua perangkat.",
      ag_disabled_label: "Nonaktif: tidak bisa masuk (agen tetap tercantum)",
      // API keys
      key_title: "Kunci API",
      key_hint: "Kunci memungkinkan server Anda sendiri berbicara dengan kefu. Sebuah kunci bertindak atas nama seluruh toko: simpan di server Anda, jangan pernah di halaman web atau aplikasi.",
      key_new: "Kunci baru", key_name: "Nama", key_name_hint: "Untuk apa kunci ini, agar nanti Anda tahu kunci mana yang harus dicabut.",
      key_name_example: "mis. backend situs",
      key_scope: "Izin", key_create: "Buat kunci",
      scope_chat: "Chat", scope_chat_hint: "Untuk server di balik widget chat atau aplikasi Anda: membuka percakapan dan mengirim pesan pelanggan. Tidak bisa membaca atau mengubah data toko.",
      scope_admin: "Admin", scope_admin_hint: "Untuk sinkronisasi back office: produk, pesanan, pengetahuan, promo, dan pengaturan lewat API admin, serta semua yang bisa dilakukan kunci chat.",
      key_list: "Kunci toko ini", key_empty: "Toko ini belum punya kunci API.",
      key_starts: "Diawali", key_created: "Dibuat", key_state: "Status",
      key_working: "Aktif", key_revoked_on: "Dicabut {time}", key_revoke: "Cabut",
      key_revoke_q: "Cabut “{name}”? Semua yang memakainya langsung berhenti bekerja.", key_revoked: "{name} dicabut.",
      key_new_title: "Kunci baru “{name}” ({scope})",
      key_once: "Salin sekarang dan simpan di tempat aman: Anda tidak akan melihatnya lagi. kefu hanya menyimpan sidik jarinya; jika hilang, buat kunci baru dan cabut yang ini.",
      key_use_chat: "Server Anda mengirimnya sebagai Authorization: Bearer <key> saat membuka percakapan.",
      key_use_admin: "Back office Anda mengirimnya sebagai Authorization: Bearer <key> ke API admin di bawah /v1.",
      key_done: "Sudah saya salin",
      // compensation rules
      nav_rules: "Aturan kompensasi", nav_compensations: "Kompensasi",
      ru_title: "Aturan kompensasi", ru_new: "Aturan baru",
      ru_hint: "Yang didapat pelanggan saat pesanan bermasalah. Aturan dicoba sesuai urutan ini; aturan aktif pertama yang kondisinya terpenuhi yang menentukan.",
      ru_empty: "Belum ada aturan: tidak ada yang diberikan otomatis.",
      ru_order: "Urutan", ru_name: "Nama", ru_when: "Kondisi", ru_grants: "Memberi", ru_limit: "Per pelanggan", ru_state: "Status", ru_version: "Versi",
      ru_limit_n: "paling banyak {n} dalam 30 hari", ru_no_limit: "tanpa batas", ru_enabled: "Aktif", ru_paused: "Dijeda",
      ru_coupon_of: "kupon {amount}", ru_min: "untuk pesanan mulai {amount}", ru_no_min: "tanpa minimum",
      ru_valid_days: "berlaku {n} hari", ru_no_expiry: "tanpa kedaluwarsa",
      gk_coupon: "Kupon", gk_refund_line: "Pengembalian dana item terkait", gk_refund_order: "Pengembalian dana seluruh pesanan", gk_none: "Tidak ada (berhenti di sini)",
      gk_coupon_words: "Kupon", gk_refund_line_words: "Pengembalian dana item terkait", gk_refund_order_words: "Pengembalian dana seluruh pesanan",
      gk_none_words: "Tidak ada; aturan berikutnya tidak dicoba",
      gk_refund_line_of: "Pengembalian dana {amount} (item)", gk_refund_order_of: "Pengembalian dana {amount} (pesanan)",
      ru_delete_q: "Hapus aturan {name}? Pemberian langsung berhenti; catatan tetap menyimpan versi-versinya.", ru_deleted: "{name} dihapus.",
      ru_editing: "Ubah aturan {name} (versi {version})", ru_creating: "Aturan baru",
      ru_name_hint: "Untuk apa aturan ini, mis. Pengiriman terlambat.",
      ru_id_hint: "Nama Anda sendiri untuknya, untuk API dan catatan. Dibuat dari nama; tidak bisa diubah nanti.",
      ru_when_hint: "Kondisi CEL atas insiden, mis. delay_minutes > 30 atau kind == \"underweight\" && missing_grams >= 100. Lihat docs/compensation.md untuk variabelnya.",
      ru_kind: "Yang diberikan",
      ru_amount: "Nilai kupon ({currency})", ru_amount_hint: "Jumlah seperti 5 atau 4.50.", ru_no_currency: "Atur dulu mata uang toko di Pengaturan toko.",
      ru_min_order: "Minimum pesanan", ru_min_order_hint: "Kosong: kupon berlaku untuk pesanan apa pun.",
      ru_days: "Berlaku (hari)", ru_days_hint: "Kosong: tidak kedaluwarsa.",
      ru_order_hint: "Angka lebih kecil dicoba lebih dulu.",
      ru_limit_hint: "Lewati pelanggan yang sudah menerima kompensasi sebanyak ini dalam 30 hari terakhir. Kosong: tanpa batas.",
      ru_enabled_label: "Aktif: aturan memberi kompensasi (hapus centang untuk menjeda)",
      ru_id_taken: "Aturan dengan ID ini sudah ada; ubah aturan itu atau pilih ID lain.",
      ru_saved: "{name} tersimpan (versi {version}).",
      dr_title: "Uji coba", dr_hint: "Apa yang akan diberikan aturan untuk insiden yang dicatat kefu pada hari-hari ini. Tidak ada yang benar-benar diberikan.",
      dr_since: "Dari", dr_until: "Sampai", dr_run_current: "Uji coba aturan saat ini", dr_run_draft: "Uji coba dengan draf ini",
      dr_running: "Berjalan…", dr_bad_dates: "Pilih tanggalnya.", dr_fix_draft: "Draf ada kesalahan; lihat formulir.",
      dr_summary: "{n} insiden; {granted} akan mendapat sesuatu, dengan biaya {cost}.",
      dr_with_draft: "Dengan draf {name}:",
      dr_limited: "Hanya 10.000 insiden pertama yang diputar ulang.", dr_no_rules: "Tidak ada aturan untuk dicoba.",
      dr_matched: "Diputuskan", dr_granted: "Diberikan", dr_errors: "Kesalahan", dr_cost: "Biaya", dr_draft: "draf",
      dr_errors_title: "Kesalahan ({n})", dr_error_line: "Insiden {incident}, aturan {rule}: {message}",
      // the ledger
      lg_title: "Kompensasi", lg_hint: "Yang diberikan kepada pelanggan, oleh aturan atau agen, terbaru di atas. Entri yang dicabut tetap tercantum beserta siapa yang mencabut dan alasannya.",
      lg_customer: "Pelanggan", lg_customer_ph: "ID pelanggan di toko Anda", lg_order: "Pesanan", lg_show: "Tampilkan",
      lg_empty: "Tidak ada yang diberikan pada periode ini.",
      lg_date: "Tanggal", lg_what: "Isi", lg_by: "Diberikan oleh",
      lg_coupon: "Kupon {amount}", lg_rule: "Aturan {rule} (versi {version})", lg_agent: "Agen {name}",
      lg_granted: "Diberikan", lg_revoked: "Dicabut", lg_revoked_by: "oleh {name}, {time}",
      lg_reason: "Alasan", lg_reason_ph: "Mengapa dicabut?", lg_revoke_q: "Cabut ini?",
      lg_reason_needed: "Berikan alasan.", lg_revoked_done: "Dicabut.",
      // review queue (docs/feeds.md)
      nav_review: "Antrean tinjauan",
      rq_title: "Antrean tinjauan",
      rq_hint: "Artikel yang menunggu keputusan: draf dari produk baru dan dari percakapan yang diselesaikan agen, artikel yang menjadi usang karena feed (harga atau nama berubah, promo berakhir), dan artikel yang dilaporkan salah. Artikel usang dan yang ditandai agen tidak dipakai untuk menjawab pelanggan sampai Anda menyetujuinya.",
      rq_all: "Semua ({n})", rq_stale: "Usang ({n})", rq_flagged: "Ditandai ({n})", rq_drafts: "Draf ({n})",
      rq_empty: "Tidak ada yang menunggu tinjauan.",
      rq_kind_stale: "Usang", rq_kind_flagged: "Ditandai", rq_kind_draft: "Draf",
      rq_withdrawn: "Tidak menjawab pelanggan sampai ditinjau",
      rq_src_feed: "Feed {name}", rq_src_agent: "Agen", rq_src_customer: "Pelanggan", rq_src_suggestions: "Disarankan dari percakapan",
      rq_flag_line: "{source} · {who} · {time}", rq_flag_line_nobody: "{source} · {time}", rq_support: "Ditanyakan dalam {n} percakapan yang diselesaikan agen", rq_reason_new_product: "Produk baru: {name} ({sku})", rq_reason_price: "Harga {name} ({sku}) berubah dari {old} menjadi {new}", rq_reason_renamed: "{name} ({sku}) berganti nama menjadi {new_name}", rq_reason_discontinued: "{name} ({sku}) tidak dijual lagi", rq_reason_promo_code: "Promosi {promotion}: kode {code} sekarang {new_code}", rq_reason_promo_withdrawn: "Promosi {promotion} ditarik", rq_reason_promo_ended: "Promosi {promotion} berakhir {time}", rq_reason_more: "dan {n} lainnya", fe_currency: "“{value}” bukan kode mata uang seperti EUR atau SGD", fe_country: "“{value}” bukan kode negara seperti GB, atau EU", fe_language: "“{value}” bukan kode bahasa seperti en, zh-Hant, atau es-419", fe_canonical: "Tulis “{want}”, bukan “{value}”", fe_regexp: "“{value}” bukan ekspresi reguler yang valid", fe_range: "Masukkan angka dari {min} sampai {max}", fe_min: "Masukkan {min} atau lebih", fe_cart_url: "Masukkan tautan http atau https dengan {sku} di tempat SKU produk", fe_queue_cap: "Masukkan -1 (tanpa batas), 0 (bawaan server), atau angka 1 sampai {max}",
      rq_approve: "Setujui dan terbitkan", rq_edit: "Ubah", rq_reject: "Tolak",
      rq_reason: "Alasan", rq_reason_ph: "Mengapa ditolak?", rq_reason_needed: "Berikan alasan.",
      rq_confirm_reject: "Tolak", rq_save: "Simpan versi baru",
      rq_approved: "Disetujui: {title}", rq_rejected: "Ditolak: {title}", rq_edited: "Versi baru {title} tersimpan. Setujui untuk menerbitkannya.",
      rq_suggest: "Sarankan artikel dari percakapan yang selesai",
      rq_suggested: "{n} saran ({new} baru) dari {conversations} percakapan.",
      rq_version: "versi {n}",
      rq_feeds: "Feed", rq_feed_kefu: "Feed kefu", rq_feed_shopify: "Shopify", rq_feed_google: "Google Merchant Center",
      rq_feed_polled: "diambil setiap {interval}", rq_feed_webhook: "dikirim ke webhook-nya",
      rq_feed_add: "Tambah feed", rq_feed_edit: "Ubah", rq_feed_poll: "Ambil sekarang", rq_feed_delete: "Hapus",
      rq_feed_delete_q: "Hapus feed {name}? Produk dan artikel yang dibuatnya tetap ada.", rq_feed_deleted: "Feed {name} dihapus.",
      rq_feed_saved: "Feed {name} tersimpan.", rq_feed_polled_now: "{name} diambil: {products} di feed, {new} baru, {changes} dengan harga baru, {stale} artikel menjadi usang.",
      rq_feed_creating: "Feed baru", rq_feed_editing: "Feed {name}",
      rq_feed_name: "Nama", rq_feed_name_hint: "Huruf kecil, angka, - dan _, mis. shopify. Menjadi bagian alamat webhook dan tidak bisa diubah.",
      rq_feed_format: "Format", rq_feed_url: "Alamat yang diambil", rq_feed_url_hint: "Opsional: kefu mengambil alamat ini sesuai interval di bawah. Kosong: feed hanya datang lewat webhook-nya.",
      rq_feed_interval: "Ambil setiap", rq_feed_language: "Bahasa nama produk", rq_feed_language_hint: "Untuk feed Shopify dan Google, yang hanya memuat satu bahasa. Kosong: bahasa utama toko.",
      rq_feed_currency: "Mata uang harga", rq_feed_currency_hint: "Untuk feed Shopify, yang harganya tidak menyebut mata uang, mis. IDR.",
      rq_feed_secret: "Rahasia tanda tangan", rq_feed_secret_hint: "Dibagikan dengan pengirim, yang menandatangani setiap kiriman (HMAC-SHA256). Kosong: tetap memakai yang sekarang.",
      rq_feed_secret_set: "Rahasia sudah diatur.", rq_feed_hooks: "Webhook dengan kunci API admin: {keyed}  ·  bertanda tangan, tanpa kunci (Shopify): {signed}",
      rq_feed_never: "belum ada yang diterima", rq_feed_ok: "terakhir diterima {time}", rq_feed_failed: "kiriman terakhir gagal {time}: {error}",
      // product knowledge
      nav_profiles: "Pengetahuan produk",
      pk_title: "Pengetahuan produk",
      pk_hint: "Yang diketahui kefu tentang tiap produk, dibaca dari kartu produk dan daftar bahannya: cocok untuk siapa, apa yang harus dihindari, peringatan, dan lainnya. Tiap tag menyebut asalnya. Suntingan Anda mengalahkan hasil turunan kefu dan tetap ada saat produk berubah.",
      pk_find: "Cari produk", pk_find_ph: "nama atau SKU", pk_pick: "Produk", pk_none: "Tidak ada produk yang cocok.",
      pk_no_products: "Katalog kosong: kirim produk terlebih dulu.",
      pk_partial: "Hanya bahan utama yang dicantumkan, jadi kefu tidak bisa tahu apa yang tidak dikandung produk (bebas pewangi, tanpa alkohol yang mengeringkan, …).",
      pk_derived: "Diturunkan {time}", pk_unknown: "tidak diketahui",
      pk_edits: "Suntingan Anda", pk_edits_hint: "Nilai dipisahkan koma; beri - di depan untuk menghapus nilai turunan kefu (mis. oily, -dry).",
      pk_save: "Simpan suntingan", pk_saved: "Tersimpan; profil diturunkan ulang.", pk_remove: "Hapus", pk_remove_label: "Hapus {value} dari {dimension}",
      pk_shop: "diatur oleh toko",
      pk_lv_ok: "aman", pk_lv_caution: "hati-hati", pk_lv_avoid: "hindari",
      ev_ingredient: "Bahan {ingredients}", ev_ingredient_rule: "Bahan {ingredients} ({rule})",
      ev_rule_plain: "Aturan {rule}", ev_rule: "Aturan {rule}, karena {because}", ev_rule_ings: "Aturan {rule}, karena {because}; dari {ingredients}",
      ev_attribute: "“{attribute}” produk", ev_text: "Kata “{note}” pada {attribute} produk",
      ev_catalog: "Harga di katalog: {note}", ev_shop: "Diatur oleh toko ({attribute})", ev_note: "{text}: {note}",
      dim_category: "Kategori", dim_brand: "Merek", dim_step: "Langkah rutinitas", dim_ingredients: "Bahan", dim_actives: "Bahan aktif",
      dim_strength: "Kekuatan", dim_fragrance: "Pewangi", dim_alcohol: "Alkohol", dim_silicones: "Silikon",
      dim_comedogenic: "Menyumbat pori", dim_irritants: "Bahan iritan", dim_efficacy: "Manfaat", dim_suits_skin: "Cocok untuk kulit",
      dim_avoid_skin: "Tidak untuk kulit", dim_suits_concern: "Membantu mengatasi", dim_avoid_concern: "Tidak untuk", dim_cautions: "Peringatan",
      dim_conflicts: "Jangan dipadukan dengan", dim_pregnancy: "Kehamilan", dim_time_of_day: "Waktu pemakaian", dim_season: "Musim",
      dim_finish: "Hasil akhir", dim_texture: "Tekstur", dim_coverage: "Daya tutup", dim_spf: "Perlindungan matahari", dim_price_band: "Kisaran harga"
    },
    ms: {
      title: "kefu · pentadbiran kedai",
      pct: "{n}%",
      dur_minutes: "{n}\u00a0min", dur_hours: "{n}\u00a0jam",
      login_shop_ph: "cth. globalmart",
      login_demo: "Demo: kedai {shop}, {ana}, kata laluan {password}.",
      nav_label: "Bahagian",
      err_unauthorized: "Kedai, e-mel atau kata laluan salah, atau sesi telah tamat.", err_forbidden: "Anda tidak dibenarkan melakukan ini.",
      err_not_found: "Tidak ditemui; mungkin seseorang telah memadamnya.", err_rate_limited: "Terlalu banyak permintaan; sila tunggu sebentar.",
      err_internal: "Ralat pelayan; sila cuba lagi kemudian.", err_unavailable: "Perkhidmatan tidak tersedia buat masa ini; sila cuba lagi kemudian.",
      err_too_large: "Terlalu panjang.", err_network: "Pelayan tidak dapat dihubungi; sila semak sambungan.",
      login_title: "Pentadbiran kedai kefu",
      login_who: "Untuk pemilik dan pentadbir kedai. Log masuk dengan akaun konsol ejen anda.",
      login_shop: "Kedai", login_email: "E-mel", login_password: "Kata laluan", login_submit: "Log masuk",
      login_wait: "Terlalu banyak cubaan gagal. Demi keselamatan akaun, sila tunggu {wait} sebelum cuba lagi.",
      login_again: "Anda boleh cuba lagi sekarang.", wait_seconds: "{n} saat", wait_minutes: "{n} min",
      to_console: "Konsol ejen", to_dashboard: "Papan pemuka", to_admin: "Pentadbiran kedai", logout: "Log keluar", admin: "pentadbiran kedai",
      refused_title: "Pentadbiran kedai",
      refused: "Hanya pemilik dan pentadbir kedai boleh menggunakan halaman ini.",
      refused_who: "Anda log masuk sebagai {name} ({role}). Minta pemilik atau pentadbir {shop} jika anda perlukan perubahan.",
      role_agent: "ejen", role_admin: "pentadbir", role_owner: "pemilik",
      nav_settings: "Tetapan kedai", nav_knowledge: "Pengetahuan", nav_synonyms: "Sinonim", nav_widget: "Widget",
      nav_agents: "Ejen", nav_keys: "Kunci API", nav_promotions: "Promosi", nav_canned: "Balasan pantas",
      nav_feedback: "Maklum balas",
      fb_title: "Maklum balas dan pembetulan",
      fb_hint: "Pembetulan ejen dalam konsol dan pendapat pelanggan tentang balasan bot. Label semula yang diterima melatih model seterusnya (kefu model retrain); lihat docs/learning.md.",
      fb_filter_kind: "Jenis", fb_filter_status: "Status", fb_any: "Semua", fb_show: "Tunjukkan",
      fb_empty: "Belum ada maklum balas.", fb_more: "Maklum balas lebih lama",
      fb_when: "Bila", fb_kind: "Jenis", fb_who: "Siapa", fb_what: "Apa", fb_status: "Status",
      fb_k_relabel: "Mesej dilabel semula", fb_k_answer_fixed: "Jawapan lebih baik", fb_k_answer_flagged: "Jawapan ditanda",
      fb_k_article_wrong: "Artikel salah", fb_k_article_outdated: "Artikel lapuk",
      fb_k_thumbs_up: "Pelanggan: membantu", fb_k_thumbs_down: "Pelanggan: tidak membantu",
      fb_s_proposed: "Dicadangkan", fb_s_accepted: "Diterima", fb_s_rejected: "Ditolak",
      fb_accept: "Terima", fb_reject: "Tolak", fb_customer: "Pelanggan",
      fb_meant: "“{text}” bermaksud {intent} (difahami: {previous})", fb_reason: "Sebab: {reason}",
      fb_article: "Artikel {id}", fb_answer: "Jawapan lebih baik: {answer}", fb_reply: "Pada balasan untuk {intent}",
      fb_reviewed: "oleh {name}, {time}",
      md_title: "Model niat", md_serving: "Digunakan untuk kedai ini: {version}", md_shipped: "model yang disertakan dengan kefu",
      md_own: "milik kedai ini", md_global: "global", md_retrain: "Latih semula sekarang",
      md_retraining: "Sedang melatih semula… kira-kira seminit. Calon hanya digunakan jika lulus peraturan.",
      md_failed: "Latihan semula terakhir gagal: {message}",
      md_hint: "Latihan semula belajar daripada label semula yang diterima di bawah; calon dibandingkan dengan model semasa dan hanya dinaikkan jika ia betul pada mesej yang dibetulkan tanpa kehilangan lebih daripada 0.3 mata ketepatan dev atau kalibrasi.",
      md_version: "Versi", md_created: "Dilatih", md_dev: "Ketepatan dev", md_corrected: "Pembetulan tepat", md_verdict: "Keputusan",
      md_paired: "{fixed} dibaiki, {broken} rosak",
      md_serves: "Digunakan", md_kept_out: "Tidak digunakan", md_retired: "Dikembalikan", md_was: "Pernah digunakan", md_none: "Belum ada latihan semula.",
      loading: "Memuatkan…", save: "Simpan", saving: "Menyimpan…", saved: "Disimpan.", cancel: "Batal", reload: "Muat semula",
      copy: "Salin", copied: "Disalin", required: "Wajib.", error_generic: "Berlaku ralat: {message}",
      conflict: "Orang lain telah mengubah ini sejak anda membukanya. Muat semula untuk melihat versi mereka, kemudian buat perubahan anda sekali lagi.",
      session_over: "Sesi anda telah tamat; sila log masuk semula.",
      // settings
      settings_title: "Tetapan kedai", settings_shop: "Kedai: {name} ({id})",
      set_language_legend: "Bahasa", set_languages: "Bahasa yang digunakan kedai untuk menjawab", set_languages_hint: "Tag bahasa seperti en, zh, ms, dipisahkan dengan koma. Yang pertama ialah sandaran.",
      set_default_language: "Bahasa lalai", set_default_language_hint: "Bahasa kerja kedai.",
      set_currency: "Mata wang", set_currency_hint: "Kod ISO 4217, cth. MYR, USD, CNY.",
      set_timezone: "Zon waktu", set_timezone_hint: "Nama IANA, cth. Asia/Kuala_Lumpur atau Asia/Shanghai; untuk masa yang ditunjukkan kepada pelanggan.",
      set_cart_url: "Pautan tambah ke troli", set_cart_url_hint: "Pautan kedai anda dengan {sku} di tempat SKU produk, cth. https://shop.example/cart/add?sku={sku}; produk yang disyorkan memaut kepadanya. Kosong: tiada butang tambah ke troli.",
      set_confidence: "Ambang keyakinan", set_confidence_hint: "Dari 0 hingga 1. Di bawahnya bot meminta pelanggan menjelaskan. Kosong: lalai kefu.",
      set_clarify: "Had penjelasan", set_clarify_hint: "Berapa soalan penjelasan berturut-turut sebelum manusia mengambil alih. Kosong: lalai kefu.",
      set_handoff: "Serahan kepada manusia",
      set_anger_handoff: "Serahkan pelanggan yang sangat marah kepada manusia",
      set_sensitive_handoff: "Serahkan topik sensitif (kesihatan, ancaman undang-undang, penipuan) kepada manusia",
      set_strategies: "Strategi", set_strategies_hint: "Tindakan kefu apabila mengesan emosi pelanggan, mengikut urutan dicuba. Yang tidak ditanda tidak dijalankan.",
      set_widget: "Widget sembang", set_widget_enabled: "Pelawat laman web kedai boleh bersembang (widget dihidupkan)",
      set_llm: "Model bahasa", set_llm_answers: "Benarkan model bahasa pelayan menulis jawapan daripada artikel bantuan kami, dengan rujukan",
      set_llm_hint: "Hanya jika pelayan mempunyai model bahasa. Soalan pelanggan, tanpa e-mel, nombor telefon dan nombor pesanan mereka, akan dihantar kepadanya; jawapan yang tidak berasaskan artikel tidak ditunjukkan.",
      move_up: "Naikkan", move_down: "Turunkan",
      strategy_anger_priority: "Dahulukan pelanggan yang sangat marah dalam giliran",
      strategy_anxiety_progress: "Tunjukkan seluruh perjalanan penghantaran kepada pelanggan yang risau",
      strategy_satisfaction_offer: "Tawarkan salah satu promosi semasa kepada pelanggan yang gembira",
      settings_bad_number: "Masukkan nombor.",
      // knowledge
      kn_title: "Pengetahuan", kn_all: "Semua artikel", kn_review: "Giliran semakan ({n})", kn_new: "Artikel baharu",
      kn_empty: "Belum ada artikel.", kn_review_empty: "Tiada apa-apa menunggu semakan.",
      kn_translate: "Terjemah ke bahasa {language}",
      kn_missing_list: "Belum diterjemah:", kn_other_language: "bahasa, cth. fr", kn_add_translation: "Tambah terjemahan",
      st_draft: "draf", st_in_review: "dalam semakan", st_published: "diterbitkan",
      kn_submit: "Hantar untuk semakan", kn_publish: "Terbitkan", kn_send_back: "Kembalikan", kn_withdraw: "Tarik balik",
      kn_edit: "Sunting", kn_history: "Versi", kn_version: "versi {n}", kn_updated: "dikemas kini pada {time}",
      kn_key: "Kunci", kn_key_hint: "Mengumpulkan terjemahan satu artikel, cth. shipping-times.",
      kn_language: "Bahasa", kn_title_field: "Tajuk", kn_body: "Teks", kn_tags: "Tag", kn_intents: "Niat",
      kn_list_hint: "Dipisahkan dengan koma.",
      kn_save_submit: "Simpan dan hantar untuk semakan",
      kn_editing: "Sunting artikel", kn_creating: "Artikel baharu", kn_translating: "Terjemahan baharu",
      kn_source: "Asal ({language})",
      kn_live_hint: "Artikel ini telah diterbitkan: perubahan yang disimpan terus menjawab pelanggan.",
      kn_published: "Diterbitkan.", kn_sent_back: "Dikembalikan ke draf.", kn_withdrawn: "Ditarik balik ke draf.", kn_submitted: "Dihantar untuk semakan.",
      kn_history_title: "Versi {key} ({language})", kn_from: "Dari", kn_to: "Hingga",
      kn_one_version: "Setakat ini hanya ada satu versi.", kn_close: "Tutup",
      kn_no_change: "Tiada perbezaan antara versi ini.",
      kn_tags_line: "Tag: {tags}", kn_intents_line: "Niat: {intents}",
      // synonyms
      syn_title: "Sinonim",
      syn_hint: "Perkataan atau frasa yang pelanggan gunakan untuk perkara yang sama, satu kumpulan setiap baris, dipisahkan dengan koma, cth. bungkusan, parsel. Carian pengetahuan menganggap setiap kumpulan sebagai satu perkataan.",
      syn_add: "Tambah kumpulan", syn_remove: "Buang", syn_empty: "Belum ada sinonim.",
      // widget
      w_title: "Widget di laman web anda",
      w_off: "Widget sembang dimatikan dalam Tetapan kedai: kod ini tidak memaparkan apa-apa sehingga anda menghidupkannya.",
      w_bubble: "Gelembung sembang di setiap halaman",
      w_bubble_hint: "Tampal sebelum </body> pada halaman yang pelanggan patut boleh bersembang.",
      w_frame: "Sembang dalam bingkai",
      w_frame_hint: "Untuk halaman bantuan atau paparan web aplikasi mudah alih.",
      w_signed: "Pelanggan yang log masuk",
      w_signed_hint: "Supaya bot boleh menyemak pesanan pelanggan, pelayan anda menjamin siapa yang log masuk: ia menandatangani id pelanggan di kedai anda dengan rahsia widget dan meletakkan kedua-duanya dalam halaman. Kira tandatangan di pelayan anda sahaja: sesiapa yang memegang rahsia boleh mengaku sebagai mana-mana pelanggan. Rahsia tidak ditunjukkan di sini.",
      w_signature: "tandatangan = hex(HMAC-SHA256(rahsia widget, id pelanggan))",
      w_secret_set: "Kedai ini mempunyai rahsia widget (ia ditunjukkan sekali, semasa kedai dicipta).",
      w_secret_unset: "Kedai ini tiada rahsia widget, jadi pelawat hanya boleh bersembang tanpa nama.",
      w_preview: "Buka halaman sembang",
      w_signed_bubble: "Gelembung sembang untuk pelanggan yang log masuk",
      w_signed_frame: "Bingkai untuk pelanggan yang log masuk",
      w_sign_code: "Mengira tandatangan di pelayan anda (shell, Go)",
      delete: "Padam", saved_name: "{name} disimpan.",
      // promotions
      pr_title: "Promosi", pr_new: "Promosi baharu",
      pr_hint: "Tawaran yang boleh disebut oleh bot kepada pelanggan, contohnya pelanggan yang gembira. Tulis setiap tawaran dalam bahasa pelanggan anda.",
      pr_empty: "Belum ada promosi.",
      pr_active: "Aktif sekarang", pr_scheduled: "Bermula pada {time}", pr_ended: "Tamat pada {time}",
      pr_from_until: "Dari {start} hingga {end}", pr_from: "Dari {start}, tanpa tarikh tamat", pr_until: "Hingga {end}", pr_always: "Tiada tarikh mula atau tamat",
      pr_everything: "Untuk semua barang di kedai", pr_categories_line: "Kategori: {list}", pr_products_line: "Produk (SKU): {list}",
      pr_min_line: "Untuk pesanan dari {amount}",
      pr_id_line: "id {id}", pr_missing: "Belum ada teks dalam bahasa {list}.",
      pr_delete_q: "Padam {name}? Bot berhenti menawarkannya serta-merta.", pr_deleted: "{name} dipadam.",
      pr_editing: "Sunting promosi", pr_creating: "Promosi baharu",
      pr_code: "Kod", pr_code_hint: "Yang pelanggan masukkan semasa pembayaran, cth. SUMMER10. Pilihan.",
      pr_id: "ID", pr_id_hint: "Nama anda sendiri untuknya, untuk API dan import, cth. summer-sale. Tidak boleh diubah kemudian.",
      pr_texts: "Teks tawaran", pr_texts_hint: "Yang bot beritahu pelanggan, dalam setiap bahasa; biarkan bahasa kosong untuk melangkauinya.",
      pr_add_language: "Tambah bahasa",
      pr_when: "Bila", pr_start: "Bermula", pr_start_hint: "Kosong: mulai sekarang.", pr_end: "Tamat", pr_end_hint: "Kosong: tiada tarikh tamat.",
      pr_zone: "Masa mengikut zon waktu pelayar anda ({zone}).",
      pr_what: "Terpakai untuk",
      pr_categories: "Kategori", pr_categories_hint: "Dipisahkan dengan koma. Kosong tanpa produk: semua barang di kedai.",
      pr_products: "Produk", pr_products_hint: "SKU, dipisahkan dengan koma.",
      pr_min_total: "Jumlah pesanan minimum", pr_min_total_hint: "Amaun seperti 50 atau 49.90. Kosong: sebarang pesanan.",
      pr_bad_amount: "Masukkan amaun seperti 50 atau 49.90 (paling banyak {n} tempat perpuluhan).",
      pr_bad_time: "Masukkan tarikh dan masa.",
      pr_need_text: "Tulis tawaran dalam sekurang-kurangnya satu bahasa.",
      pr_id_taken: "Promosi dengan ID ini sudah wujud; sunting promosi itu atau pilih ID lain.",
      // canned replies
      cr_title: "Balasan pantas", cr_new: "Balasan pantas baharu",
      cr_hint: "Jawapan sedia yang ejen sisipkan dalam konsol dengan satu klik. Konsol menawarkan balasan dalam bahasa ejen dahulu.",
      cr_filter: "Bahasa", cr_all_languages: "Semua bahasa", cr_any_language: "sebarang bahasa",
      cr_empty: "Belum ada balasan pantas.", cr_untitled: "(tiada tajuk)",
      cr_delete_q: "Padam balasan ini?", cr_deleted: "{title} dipadam.",
      cr_editing: "Sunting balasan pantas", cr_creating: "Balasan pantas baharu",
      cr_title_field: "Tajuk", cr_title_hint: "Nama yang ejen gunakan untuk memilihnya, cth. Di mana bungkusan saya. Beri terjemahannya tajuk yang sama.",
      cr_id_hint: "Nama anda sendiri untuknya, untuk API dan import. Dibuat daripada tajuk; tidak boleh diubah kemudian.",
      cr_text_hint: "Balasan seperti yang dihantar oleh ejen.",
      cr_id_taken: "Balasan pantas dengan ID ini sudah wujud; pilih ID lain.",
      // agents
      ag_title: "Ejen", ag_new: "Tambah ejen",
      ag_hint: "Orang yang menjawab sembang dalam konsol ejen. Pentadbir dan pemilik juga boleh menggunakan halaman ini.",
      ag_name: "Nama", ag_role: "Peranan", ag_languages: "Bahasa", ag_skills: "Kemahiran", ag_presence: "Status", ag_max_chats: "Maks. sembang",
      ag_you: "anda", ag_disabled: "Disekat", ag_disable: "Sekat", ag_enable: "Buka sekatan",
      ag_disable_q: "Sekat {name}? Mereka tidak boleh log masuk lagi dan sesi mereka tamat.",
      ag_disabled_done: "{name} telah disekat.", ag_enabled_done: "{name} boleh log masuk semula.",
      ag_owner_only: "Hanya pemilik boleh mengubah pemilik.",
      role_agent_hint: "menjawab sembang", role_admin_hint: "juga menggunakan halaman ini", role_owner_hint: "juga melantik dan mengubah pemilik",
      presence_online: "Dalam talian", presence_away: "Tiada di tempat", presence_offline: "Luar talian",
      ag_editing: "Sunting {name}", ag_creating: "Ejen baharu", ag_created: "{name} ditambah.",
      ag_email_hint: "Digunakan untuk log masuk.", ag_email_fixed: "E-mel ejen tidak boleh diubah.",
      ag_name_hint: "Ditunjukkan kepada pelanggan apabila ejen ini menjawab.",
      ag_own_role: "Anda tidak boleh mengubah peranan anda sendiri.",
      ag_languages_hint: "Tag bahasa seperti en, zh, dipisahkan dengan koma; perbualan dalam bahasa ini pergi kepada ejen ini dahulu.",
      ag_skills_hint: "Dipisahkan dengan koma, cth. billing, cold_chain.",
      ag_max_chats_hint: "Berapa perbualan yang dikendalikan ejen serentak, 1 hingga 100.",
      ag_password_hint: "Sekurang-kurangnya 8 aksara. Berikan kepada ejen secara peribadi.",
      ag_new_password: "Kata laluan baharu", ag_password_keep: "Biarkan kosong untuk mengekalkan yang sedia ada. Kata laluan baharu melog keluar ejen di semua tempat.",
      ag_disabled_label: "Disekat: tidak boleh log masuk (ejen kekal dalam senarai)",
      // API keys
      key_title: "Kunci API",
      key_hint: "Kunci membolehkan pelayan anda sendiri berhubung dengan kefu. Kunci bertindak bagi seluruh kedai: simpan di pelayan anda, jangan sekali-kali dalam halaman web atau aplikasi.",
      key_new: "Kunci baharu", key_name: "Nama", key_name_hint: "Kegunaannya, supaya anda tahu kunci mana yang perlu dibatalkan kelak.",
      key_name_example: "cth. backend laman web",
      key_scope: "Kebenaran", key_create: "Cipta kunci",
      scope_chat: "Sembang", scope_chat_hint: "Untuk pelayan di sebalik widget sembang atau aplikasi anda: ia membuka perbualan dan menghantar mesej pelanggan. Ia tidak boleh membaca atau mengubah data kedai.",
      scope_admin: "Pentadbir", scope_admin_hint: "Untuk penyegerakan sistem belakang: produk, pesanan, pengetahuan, promosi dan tetapan melalui API pentadbir, serta semua yang boleh dibuat oleh kunci sembang.",
      key_list: "Kunci kedai ini", key_empty: "Kedai ini belum mempunyai kunci API.",
      key_starts: "Bermula dengan", key_created: "Dicipta", key_state: "Status",
      key_working: "Aktif", key_revoked_on: "Dibatalkan pada {time}", key_revoke: "Batalkan",
      key_revoke_q: "Batalkan “{name}”? Apa sahaja yang menggunakannya berhenti berfungsi serta-merta.", key_revoked: "{name} dibatalkan.",
      key_new_title: "Kunci baharu “{name}” ({scope})",
      key_once: "Salin sekarang dan simpan di tempat selamat: anda tidak akan melihatnya lagi. kefu hanya menyimpan cap jarinya; jika anda kehilangannya, cipta kunci baharu dan batalkan yang ini.",
      key_use_chat: "Pelayan anda menghantarnya sebagai Authorization: Bearer <key> apabila membuka perbualan.",
      key_use_admin: "Sistem belakang anda menghantarnya sebagai Authorization: Bearer <key> kepada API pentadbir di bawah /v1.",
      key_done: "Saya sudah menyalinnya",
      // compensation rules
      nav_rules: "Peraturan pampasan", nav_compensations: "Pampasan",
      ru_title: "Peraturan pampasan", ru_new: "Peraturan baharu",
      ru_hint: "Apa yang pelanggan dapat apabila pesanan bermasalah. Peraturan dicuba mengikut urutan ini; peraturan aktif pertama yang syaratnya dipenuhi menentukan.",
      ru_empty: "Belum ada peraturan: tiada apa-apa diberi secara automatik.",
      ru_order: "Urutan", ru_name: "Nama", ru_when: "Syarat", ru_grants: "Memberi", ru_limit: "Setiap pelanggan", ru_state: "Status", ru_version: "Versi",
      ru_limit_n: "paling banyak {n} dalam 30 hari", ru_no_limit: "tiada had", ru_enabled: "Aktif", ru_paused: "Dijeda",
      ru_coupon_of: "Kupon {amount}", ru_min: "untuk pesanan dari {amount}", ru_no_min: "tiada minimum",
      ru_valid_days: "sah {n} hari", ru_no_expiry: "tiada tarikh luput",
      gk_coupon: "Kupon", gk_refund_line: "Bayaran balik item berkenaan", gk_refund_order: "Bayaran balik seluruh pesanan", gk_none: "Tiada (berhenti di sini)",
      gk_coupon_words: "Kupon", gk_refund_line_words: "Bayaran balik item berkenaan", gk_refund_order_words: "Bayaran balik seluruh pesanan",
      gk_none_words: "Tiada; peraturan seterusnya tidak dicuba",
      gk_refund_line_of: "Bayaran balik {amount} (satu item)", gk_refund_order_of: "Bayaran balik {amount} (pesanan)",
      ru_delete_q: "Padam peraturan {name}? Ia berhenti memberi serta-merta; lejar menyimpan versinya.", ru_deleted: "{name} dipadam.",
      ru_editing: "Sunting peraturan {name} (versi {version})", ru_creating: "Peraturan baharu",
      ru_name_hint: "Tujuan peraturan, cth. Penghantaran lewat.",
      ru_id_hint: "Nama anda sendiri untuknya, untuk API dan lejar. Dibuat daripada nama; tidak boleh diubah kemudian.",
      ru_when_hint: "Syarat CEL tentang insiden, cth. delay_minutes > 30 atau kind == \"underweight\" && missing_grams >= 100. Lihat docs/compensation.md untuk pemboleh ubah.",
      ru_kind: "Yang diberi",
      ru_amount: "Amaun kupon ({currency})", ru_amount_hint: "Amaun seperti 5 atau 4.50.", ru_no_currency: "Tetapkan mata wang kedai dalam Tetapan kedai dahulu.",
      ru_min_order: "Pesanan minimum", ru_min_order_hint: "Kosong: kupon sah untuk sebarang pesanan.",
      ru_days: "Sah selama (hari)", ru_days_hint: "Kosong: tidak luput.",
      ru_order_hint: "Nombor lebih kecil dicuba dahulu.",
      ru_limit_hint: "Langkau pelanggan yang telah menerima sebanyak ini pampasan dalam 30 hari lepas. Kosong: tiada had.",
      ru_enabled_label: "Aktif: peraturan memberi pampasan (nyahtanda untuk menjeda)",
      ru_id_taken: "Peraturan dengan ID ini sudah wujud; sunting peraturan itu atau pilih ID lain.",
      ru_saved: "{name} disimpan (versi {version}).",
      dr_title: "Larian percubaan", dr_hint: "Apa yang peraturan akan beri bagi insiden yang direkod kefu pada hari-hari ini. Tiada apa-apa diberi.",
      dr_since: "Dari", dr_until: "Hingga", dr_run_current: "Larian percubaan peraturan semasa", dr_run_draft: "Larian percubaan dengan draf ini",
      dr_running: "Sedang berjalan…", dr_bad_dates: "Pilih tarikh.", dr_fix_draft: "Draf mempunyai ralat; lihat borang.",
      dr_summary: "{n} insiden; {granted} akan mendapat sesuatu, dengan kos {cost}.",
      dr_with_draft: "Dengan draf {name}:",
      dr_limited: "Hanya 10,000 insiden pertama dimainkan semula.", dr_no_rules: "Tiada peraturan untuk dicuba.",
      dr_matched: "Diputuskan", dr_granted: "Diberi", dr_errors: "Ralat", dr_cost: "Kos", dr_draft: "draf",
      dr_errors_title: "Ralat ({n})", dr_error_line: "Insiden {incident}, peraturan {rule}: {message}",
      // the ledger
      lg_title: "Pampasan", lg_hint: "Apa yang diberikan kepada pelanggan, oleh peraturan atau ejen, terbaharu dahulu. Rekod yang dibatalkan kekal dalam senarai bersama siapa yang membatalkannya dan sebabnya.",
      lg_customer: "Pelanggan", lg_customer_ph: "id pelanggan di kedai anda", lg_order: "Pesanan", lg_show: "Tunjukkan",
      lg_empty: "Tiada apa-apa diberi dalam tempoh ini.",
      lg_date: "Tarikh", lg_what: "Apa", lg_by: "Diberi oleh",
      lg_coupon: "Kupon {amount}", lg_rule: "Peraturan {rule} (versi {version})", lg_agent: "Ejen {name}",
      lg_granted: "Diberi", lg_revoked: "Dibatalkan", lg_revoked_by: "oleh {name}, {time}",
      lg_reason: "Sebab", lg_reason_ph: "Mengapa ia dibatalkan?", lg_revoke_q: "Batalkan?",
      lg_reason_needed: "Nyatakan sebab.", lg_revoked_done: "Dibatalkan.",
      // review queue (docs/feeds.md)
      nav_review: "Giliran semakan",
      rq_title: "Giliran semakan",
      rq_hint: "Artikel yang menunggu keputusan: draf yang ditulis daripada produk baharu dan daripada perbualan yang diselesaikan ejen anda, artikel yang menjadi lapuk kerana suapan (harga atau nama berubah, promosi tamat) dan artikel yang dikatakan salah. Artikel lapuk dan yang ditanda ejen tidak menjawab pelanggan sehingga anda meluluskannya.",
      rq_all: "Semua ({n})", rq_stale: "Lapuk ({n})", rq_flagged: "Ditanda ({n})", rq_drafts: "Draf ({n})",
      rq_empty: "Tiada apa-apa menunggu semakan.",
      rq_kind_stale: "Lapuk", rq_kind_flagged: "Ditanda", rq_kind_draft: "Draf",
      rq_withdrawn: "Tidak menjawab pelanggan sehingga disemak",
      rq_src_feed: "Suapan {name}", rq_src_agent: "Ejen", rq_src_customer: "Pelanggan", rq_src_suggestions: "Dicadangkan daripada perbualan",
      rq_flag_line: "{source} · {who} · {time}", rq_flag_line_nobody: "{source} · {time}", rq_support: "Ditanya dalam {n} perbualan yang diselesaikan ejen", rq_reason_new_product: "Produk baharu: {name} ({sku})", rq_reason_price: "Harga {name} ({sku}) berubah daripada {old} kepada {new}", rq_reason_renamed: "{name} ({sku}) ditukar nama kepada {new_name}", rq_reason_discontinued: "{name} ({sku}) tidak lagi dijual", rq_reason_promo_code: "Promosi {promotion}: kod {code} kini {new_code}", rq_reason_promo_withdrawn: "Promosi {promotion} telah ditarik balik", rq_reason_promo_ended: "Promosi {promotion} tamat pada {time}", rq_reason_more: "dan {n} lagi", fe_currency: "“{value}” bukan kod mata wang seperti EUR atau SGD", fe_country: "“{value}” bukan kod negara seperti GB, atau EU", fe_language: "“{value}” bukan kod bahasa seperti en, zh-Hant atau es-419", fe_canonical: "Tulis “{want}”, bukan “{value}”", fe_regexp: "“{value}” bukan ungkapan nalar yang sah", fe_range: "Masukkan nombor dari {min} hingga {max}", fe_min: "Masukkan {min} atau lebih", fe_cart_url: "Masukkan pautan http atau https dengan {sku} di tempat SKU produk", fe_queue_cap: "Masukkan -1 (tiada had), 0 (lalai pelayan) atau nombor 1 hingga {max}",
      rq_approve: "Luluskan dan terbitkan", rq_edit: "Sunting", rq_reject: "Tolak",
      rq_reason: "Sebab", rq_reason_ph: "Mengapa ia ditolak?", rq_reason_needed: "Nyatakan sebab.",
      rq_confirm_reject: "Tolak", rq_save: "Simpan versi baharu",
      rq_approved: "Diluluskan: {title}", rq_rejected: "Ditolak: {title}", rq_edited: "Versi baharu {title} disimpan. Luluskan untuk menerbitkannya.",
      rq_suggest: "Cadangkan artikel daripada perbualan yang selesai",
      rq_suggested: "{n} cadangan ({new} baharu) daripada {conversations} perbualan.",
      rq_version: "versi {n}",
      rq_feeds: "Suapan", rq_feed_kefu: "Suapan kefu", rq_feed_shopify: "Shopify", rq_feed_google: "Google Merchant Center",
      rq_feed_polled: "ditarik setiap {interval}", rq_feed_webhook: "dihantar ke webhook",
      rq_feed_add: "Tambah suapan", rq_feed_edit: "Sunting", rq_feed_poll: "Tarik sekarang", rq_feed_delete: "Padam",
      rq_feed_delete_q: "Padam suapan {name}? Produk dan artikel yang ditulisnya kekal.", rq_feed_deleted: "Suapan {name} dipadam.",
      rq_feed_saved: "Suapan {name} disimpan.", rq_feed_polled_now: "{name} ditarik: {products} dalam suapan, {new} baharu, {changes} dengan harga baharu, {stale} artikel menjadi lapuk.",
      rq_feed_creating: "Suapan baharu", rq_feed_editing: "Suapan {name}",
      rq_feed_name: "Nama", rq_feed_name_hint: "Huruf kecil, digit, - dan _, cth. shopify. Ia sebahagian daripada alamat webhook dan tidak boleh diubah.",
      rq_feed_format: "Format", rq_feed_url: "Alamat untuk ditarik", rq_feed_url_hint: "Pilihan: kefu mengambil alamat ini mengikut selang di bawah. Kosong: suapan hanya datang melalui webhook.",
      rq_feed_interval: "Tarik setiap", rq_feed_language: "Bahasa nama", rq_feed_language_hint: "Untuk suapan Shopify dan Google, yang membawa satu bahasa. Kosong: bahasa lalai kedai.",
      rq_feed_currency: "Mata wang harga", rq_feed_currency_hint: "Untuk suapan Shopify, yang harganya tidak menyebut mata wang, cth. MYR.",
      rq_feed_secret: "Rahsia tandatangan", rq_feed_secret_hint: "Dikongsi dengan penghantar, yang menandatangani setiap penghantaran (HMAC-SHA256). Kosong: kekalkan yang sedia ada.",
      rq_feed_secret_set: "Rahsia telah ditetapkan.", rq_feed_hooks: "Webhook dengan kunci API pentadbir: {keyed}  ·  bertandatangan, tanpa kunci (Shopify): {signed}",
      rq_feed_never: "belum menerima apa-apa", rq_feed_ok: "terakhir diterima pada {time}", rq_feed_failed: "penghantaran terakhir gagal pada {time}: {error}",
      // product knowledge
      nav_profiles: "Pengetahuan produk",
      pk_title: "Pengetahuan produk",
      pk_hint: "Apa yang kefu tahu tentang setiap produk, dibaca daripada kad dan senarai ramuannya: sesuai untuk siapa, apa yang perlu dielakkan, amaran dan lain-lain. Setiap tag menunjukkan sumbernya. Suntingan anda mengatasi apa yang disimpulkan kefu dan kekal apabila produk berubah.",
      pk_find: "Cari produk", pk_find_ph: "nama atau SKU", pk_pick: "Produk", pk_none: "Tiada produk yang sepadan.",
      pk_no_products: "Katalog kosong: hantar produk dahulu.",
      pk_partial: "Hanya ramuan utama disenaraikan, jadi kefu tidak dapat memastikan apa yang tiada dalam produk (tanpa wangian, tanpa alkohol yang mengeringkan, …).",
      pk_derived: "Disimpulkan pada {time}", pk_unknown: "tidak diketahui",
      pk_edits: "Suntingan anda", pk_edits_hint: "Nilai dipisahkan dengan koma; letak - di hadapan untuk membuang nilai yang disimpulkan kefu (cth. oily, -dry).",
      pk_save: "Simpan suntingan", pk_saved: "Disimpan; profil telah disimpulkan semula.", pk_remove: "Buang", pk_remove_label: "Buang {value} daripada {dimension}",
      pk_shop: "ditetapkan oleh kedai",
      pk_lv_ok: "baik", pk_lv_caution: "berhati-hati", pk_lv_avoid: "elakkan",
      ev_ingredient: "Ramuan {ingredients}", ev_ingredient_rule: "Ramuan {ingredients} ({rule})",
      ev_rule_plain: "Peraturan {rule}", ev_rule: "Peraturan {rule}, kerana {because}", ev_rule_ings: "Peraturan {rule}, kerana {because}; daripada {ingredients}",
      ev_attribute: "“{attribute}” produk", ev_text: "Perkataan “{note}” dalam {attribute} produk",
      ev_catalog: "Harga katalog: {note}", ev_shop: "Ditetapkan oleh kedai ({attribute})", ev_note: "{text}: {note}",
      dim_category: "Kategori", dim_brand: "Jenama", dim_step: "Langkah rutin", dim_ingredients: "Ramuan", dim_actives: "Bahan aktif",
      dim_strength: "Kekuatan", dim_fragrance: "Wangian", dim_alcohol: "Alkohol", dim_silicones: "Silikon",
      dim_comedogenic: "Menyumbat liang", dim_irritants: "Perengsa", dim_efficacy: "Kesan", dim_suits_skin: "Sesuai untuk kulit",
      dim_avoid_skin: "Bukan untuk kulit", dim_suits_concern: "Membantu", dim_avoid_concern: "Bukan untuk", dim_cautions: "Amaran",
      dim_conflicts: "Jangan gabungkan dengan", dim_pregnancy: "Kehamilan", dim_time_of_day: "Waktu", dim_season: "Musim",
      dim_finish: "Kemasan", dim_texture: "Tekstur", dim_coverage: "Litupan", dim_spf: "Perlindungan matahari", dim_price_band: "Julat harga"
    },
    pt: {
      title: "kefu · administração da loja",
      pct: "{n}%",
      dur_minutes: "{n}\u00a0min", dur_hours: "{n}\u00a0h",
      login_shop_ph: "ex.: globalmart",
      login_demo: "Demo: loja {shop}, {ana}, senha {password}.",
      nav_label: "Seções",
      err_unauthorized: "Loja, e-mail ou senha incorretos, ou a sessão expirou.", err_forbidden: "Você não tem permissão para fazer isso.",
      err_not_found: "Não encontrado; talvez alguém tenha excluído.", err_rate_limited: "Muitas solicitações; aguarde um momento.",
      err_internal: "Erro no servidor; tente de novo mais tarde.", err_unavailable: "O serviço está indisponível no momento; tente de novo mais tarde.",
      err_too_large: "Está longo demais.", err_network: "Não foi possível acessar o servidor; verifique a conexão.",
      login_title: "Administração da loja kefu",
      login_who: "Para donos e administradores da loja. Entre com sua conta do console de atendimento.",
      login_shop: "Loja", login_email: "E-mail", login_password: "Senha", login_submit: "Entrar",
      login_wait: "Muitas tentativas sem sucesso. Para a segurança da conta, aguarde {wait} antes de tentar de novo.",
      login_again: "Você já pode tentar de novo.", wait_seconds: "{n} s", wait_minutes: "{n} min",
      to_console: "Console de atendimento", to_dashboard: "Painel", to_admin: "Administração da loja", logout: "Sair", admin: "administração da loja",
      refused_title: "Administração da loja",
      refused: "Só donos e administradores da loja podem usar estas páginas.",
      refused_who: "Você entrou como {name} ({role}). Se precisar de uma alteração, peça a um dono ou administrador de {shop}.",
      role_agent: "atendente", role_admin: "administrador", role_owner: "dono",
      nav_settings: "Configurações da loja", nav_knowledge: "Conhecimento", nav_synonyms: "Sinônimos", nav_widget: "Widget",
      nav_agents: "Atendentes", nav_keys: "Chaves de API", nav_promotions: "Promoções", nav_canned: "Respostas prontas",
      nav_feedback: "Feedback",
      fb_title: "Feedback e correções",
      fb_hint: "O que os atendentes corrigiram no console e o que os clientes acharam das respostas do bot. As reclassificações aceitas treinam o próximo modelo (kefu model retrain); veja docs/learning.md.",
      fb_filter_kind: "Tipo", fb_filter_status: "Status", fb_any: "Todos", fb_show: "Mostrar",
      fb_empty: "Nenhum feedback ainda.", fb_more: "Feedback mais antigo",
      fb_when: "Quando", fb_kind: "Tipo", fb_who: "Quem", fb_what: "O quê", fb_status: "Status",
      fb_k_relabel: "Mensagem reclassificada", fb_k_answer_fixed: "Resposta melhor", fb_k_answer_flagged: "Resposta sinalizada",
      fb_k_article_wrong: "Artigo errado", fb_k_article_outdated: "Artigo desatualizado",
      fb_k_thumbs_up: "Cliente: ajudou", fb_k_thumbs_down: "Cliente: não ajudou",
      fb_s_proposed: "Proposto", fb_s_accepted: "Aceito", fb_s_rejected: "Rejeitado",
      fb_accept: "Aceitar", fb_reject: "Rejeitar", fb_customer: "Cliente",
      fb_meant: "“{text}” significa {intent} (entendido: {previous})", fb_reason: "Motivo: {reason}",
      fb_article: "Artigo {id}", fb_answer: "Resposta melhor: {answer}", fb_reply: "Na resposta a {intent}",
      fb_reviewed: "por {name}, {time}",
      md_title: "Modelo de intenções", md_serving: "Em uso nesta loja: {version}", md_shipped: "o modelo que vem com o kefu",
      md_own: "próprio desta loja", md_global: "global", md_retrain: "Retreinar agora",
      md_retraining: "Retreinando… leva cerca de um minuto. O candidato só entra em uso se passar na regra.",
      md_failed: "O último retreino falhou: {message}",
      md_hint: "O retreino aprende com as reclassificações aceitas abaixo; o candidato é comparado com o modelo em uso e só é promovido se acertar as mensagens corrigidas sem perder mais de 0,3 ponto de acurácia de dev ou de calibração.",
      md_version: "Versão", md_created: "Treinado", md_dev: "Acurácia de dev", md_corrected: "Correções acertadas", md_verdict: "Resultado",
      md_paired: "{fixed} corrigidas, {broken} quebradas",
      md_serves: "Em uso", md_kept_out: "Descartado", md_retired: "Revertido", md_was: "Usado antes", md_none: "Nenhum retreino ainda.",
      loading: "Carregando…", save: "Salvar", saving: "Salvando…", saved: "Salvo.", cancel: "Cancelar", reload: "Recarregar",
      copy: "Copiar", copied: "Copiado", required: "Obrigatório.", error_generic: "Algo deu errado: {message}",
      conflict: "Outra pessoa alterou isto depois que você abriu. Recarregue para ver a versão dela e faça sua alteração de novo.",
      session_over: "Sua sessão terminou; entre de novo.",
      // settings
      settings_title: "Configurações da loja", settings_shop: "Loja: {name} ({id})",
      set_language_legend: "Idiomas", set_languages: "Idiomas em que a loja responde", set_languages_hint: "Códigos de idioma como en, zh, pt, separados por vírgulas. O primeiro é o idioma de reserva.",
      set_default_language: "Idioma padrão", set_default_language_hint: "O idioma de trabalho da loja.",
      set_currency: "Moeda", set_currency_hint: "Código ISO 4217, ex.: BRL, USD, EUR.",
      set_timezone: "Fuso horário", set_timezone_hint: "Nome IANA, ex.: America/Sao_Paulo ou Europe/Lisbon; usado nos horários mostrados aos clientes.",
      set_cart_url: "Link para adicionar ao carrinho", set_cart_url_hint: "O link da sua loja com {sku} no lugar do SKU do produto, ex.: https://shop.example/cart/add?sku={sku}; os produtos recomendados levam a ele. Vazio: sem botão de adicionar ao carrinho.",
      set_confidence: "Limite de confiança", set_confidence_hint: "De 0 a 1. Abaixo dele, o bot pede ao cliente que esclareça. Vazio: padrão do kefu.",
      set_clarify: "Limite de esclarecimentos", set_clarify_hint: "Quantas perguntas de esclarecimento seguidas antes que uma pessoa assuma. Vazio: padrão do kefu.",
      set_handoff: "Transferência para uma pessoa",
      set_anger_handoff: "Transferir clientes muito irritados para uma pessoa",
      set_sensitive_handoff: "Transferir assuntos delicados (saúde, ameaças jurídicas, fraude) para uma pessoa",
      set_strategies: "Estratégias", set_strategies_hint: "O que o kefu faz quando percebe o humor do cliente, na ordem em que tenta. As desmarcadas não são executadas.",
      set_widget: "Widget de chat", set_widget_enabled: "Visitantes do site da loja podem conversar (widget ligado)",
      set_llm: "Modelo de linguagem", set_llm_answers: "Deixar o modelo de linguagem do servidor escrever respostas a partir dos nossos artigos de ajuda, citando-os",
      set_llm_hint: "Só se o servidor tiver um modelo de linguagem configurado. As perguntas dos clientes, sem e-mails, telefones e números de pedido, são enviadas a ele; respostas que ele não consegue basear em um artigo não são exibidas.",
      move_up: "Mover para cima", move_down: "Mover para baixo",
      strategy_anger_priority: "Colocar clientes muito irritados à frente dos mais calmos na fila",
      strategy_anxiety_progress: "Mostrar a clientes preocupados todo o andamento da entrega",
      strategy_satisfaction_offer: "Oferecer a clientes satisfeitos uma das promoções atuais da loja",
      settings_bad_number: "Digite um número.",
      // knowledge
      kn_title: "Conhecimento", kn_all: "Todos os artigos", kn_review: "Fila de revisão ({n})", kn_new: "Novo artigo",
      kn_empty: "Nenhum artigo ainda.", kn_review_empty: "Nada aguardando revisão.",
      kn_translate: "Traduzir para {language}",
      kn_missing_list: "Ainda sem tradução:", kn_other_language: "idioma, ex.: fr", kn_add_translation: "Adicionar tradução",
      st_draft: "rascunho", st_in_review: "em revisão", st_published: "publicado",
      kn_submit: "Enviar para revisão", kn_publish: "Publicar", kn_send_back: "Devolver", kn_withdraw: "Retirar",
      kn_edit: "Editar", kn_history: "Versões", kn_version: "versão {n}", kn_updated: "atualizado em {time}",
      kn_key: "Chave", kn_key_hint: "Agrupa as traduções de um artigo, ex.: shipping-times.",
      kn_language: "Idioma", kn_title_field: "Título", kn_body: "Texto", kn_tags: "Tags", kn_intents: "Intenções",
      kn_list_hint: "Separados por vírgulas.",
      kn_save_submit: "Salvar e enviar para revisão",
      kn_editing: "Editar artigo", kn_creating: "Novo artigo", kn_translating: "Nova tradução",
      kn_source: "Original ({language})",
      kn_live_hint: "Este artigo está publicado: as alterações salvas já respondem aos clientes.",
      kn_published: "Publicado.", kn_sent_back: "Devolvido para rascunho.", kn_withdrawn: "Retirado para rascunho.", kn_submitted: "Enviado para revisão.",
      kn_history_title: "Versões de {key} ({language})", kn_from: "De", kn_to: "Para",
      kn_one_version: "Por enquanto há só uma versão.", kn_close: "Fechar",
      kn_no_change: "Não há diferença entre estas versões.",
      kn_tags_line: "Tags: {tags}", kn_intents_line: "Intenções: {intents}",
      // synonyms
      syn_title: "Sinônimos",
      syn_hint: "Palavras ou expressões que seus clientes usam para a mesma coisa, um grupo por linha, separadas por vírgulas, ex.: encomenda, pacote. A busca na base de conhecimento trata cada grupo como uma só palavra.",
      syn_add: "Adicionar grupo", syn_remove: "Remover", syn_empty: "Nenhum sinônimo ainda.",
      // widget
      w_title: "Widget no seu site",
      w_off: "O widget de chat está desligado em Configurações da loja: os códigos não mostram nada até você ligá-lo.",
      w_bubble: "Balão de chat em todas as páginas",
      w_bubble_hint: "Cole antes de </body> nas páginas em que os clientes devem poder conversar.",
      w_frame: "Chat dentro de um frame",
      w_frame_hint: "Para uma página de ajuda ou a web view de um app.",
      w_signed: "Clientes logados",
      w_signed_hint: "Para que o bot possa consultar os pedidos de um cliente, seu servidor garante quem está logado: ele assina o id do cliente na sua loja com o segredo do widget e coloca os dois na página. Calcule a assinatura só no seu servidor: quem tiver o segredo pode se passar por qualquer cliente. O segredo não é mostrado aqui.",
      w_signature: "assinatura = hex(HMAC-SHA256(segredo do widget, id do cliente))",
      w_secret_set: "Esta loja tem um segredo do widget (ele foi mostrado uma vez, quando a loja foi criada).",
      w_secret_unset: "Esta loja não tem segredo do widget, então os visitantes só podem conversar anonimamente.",
      w_preview: "Abrir a página de chat",
      w_signed_bubble: "Balão de chat para um cliente logado",
      w_signed_frame: "Frame para um cliente logado",
      w_sign_code: "Calculando a assinatura no seu servidor (shell, Go)",
      delete: "Excluir", saved_name: "{name} salvo.",
      // promotions
      pr_title: "Promoções", pr_new: "Nova promoção",
      pr_hint: "Ofertas que o bot pode mencionar aos clientes, por exemplo aos satisfeitos. Escreva cada oferta nos idiomas que seus clientes falam.",
      pr_empty: "Nenhuma promoção ainda.",
      pr_active: "Ativa agora", pr_scheduled: "Começa em {time}", pr_ended: "Terminou em {time}",
      pr_from_until: "De {start} até {end}", pr_from: "A partir de {start}, sem fim", pr_until: "Até {end}", pr_always: "Sem data de início nem de fim",
      pr_everything: "Em toda a loja", pr_categories_line: "Categorias: {list}", pr_products_line: "Produtos (SKU): {list}",
      pr_min_line: "Para pedidos a partir de {amount}",
      pr_id_line: "id {id}", pr_missing: "Ainda sem texto em {list}.",
      pr_delete_q: "Excluir {name}? O bot para de oferecê-la na hora.", pr_deleted: "{name} excluída.",
      pr_editing: "Editar promoção", pr_creating: "Nova promoção",
      pr_code: "Código", pr_code_hint: "O que os clientes digitam no checkout, ex.: VERAO10. Opcional.",
      pr_id: "ID", pr_id_hint: "Um nome seu para ela, para a API e importações, ex.: summer-sale. Não pode mudar depois.",
      pr_texts: "Texto da oferta", pr_texts_hint: "O que o bot diz ao cliente, em cada idioma; deixe um idioma vazio para pulá-lo.",
      pr_add_language: "Adicionar idioma",
      pr_when: "Quando", pr_start: "Começa", pr_start_hint: "Vazio: a partir de agora.", pr_end: "Termina", pr_end_hint: "Vazio: sem fim.",
      pr_zone: "Os horários estão no fuso do seu navegador ({zone}).",
      pr_what: "A que se aplica",
      pr_categories: "Categorias", pr_categories_hint: "Separadas por vírgulas. Vazio e sem produtos: toda a loja.",
      pr_products: "Produtos", pr_products_hint: "SKUs, separados por vírgulas.",
      pr_min_total: "Valor mínimo do pedido", pr_min_total_hint: "Um valor como 50 ou 49,90. Vazio: qualquer pedido.",
      pr_bad_amount: "Digite um valor como 50 ou 49,90 (no máximo {n} casas decimais).",
      pr_bad_time: "Digite uma data e uma hora.",
      pr_need_text: "Escreva a oferta em pelo menos um idioma.",
      pr_id_taken: "Já existe uma promoção com este ID; edite-a ou escolha outro ID.",
      // canned replies
      cr_title: "Respostas prontas", cr_new: "Nova resposta pronta",
      cr_hint: "Respostas que os atendentes inserem no console com um clique. O console oferece primeiro as respostas no idioma do atendente.",
      cr_filter: "Idioma", cr_all_languages: "Todos os idiomas", cr_any_language: "qualquer idioma",
      cr_empty: "Nenhuma resposta pronta ainda.", cr_untitled: "(sem título)",
      cr_delete_q: "Excluir esta resposta?", cr_deleted: "{title} excluída.",
      cr_editing: "Editar resposta pronta", cr_creating: "Nova resposta pronta",
      cr_title_field: "Título", cr_title_hint: "Como os atendentes a encontram, ex.: Onde está meu pacote. Dê o mesmo título às traduções.",
      cr_id_hint: "Um nome seu para ela, para a API e importações. Gerado a partir do título; não pode mudar depois.",
      cr_text_hint: "A resposta como o atendente a envia.",
      cr_id_taken: "Já existe uma resposta pronta com este ID; escolha outro ID.",
      // agents
      ag_title: "Atendentes", ag_new: "Adicionar atendente",
      ag_hint: "As pessoas que respondem aos chats no console de atendimento. Administradores e donos também podem usar estas páginas.",
      ag_name: "Nome", ag_role: "Função", ag_languages: "Idiomas", ag_skills: "Habilidades", ag_presence: "Status", ag_max_chats: "Chats simultâneos",
      ag_you: "você", ag_disabled: "Desativado", ag_disable: "Desativar", ag_enable: "Ativar",
      ag_disable_q: "Desativar {name}? A pessoa não poderá mais entrar e as sessões dela terminam.",
      ag_disabled_done: "{name} foi desativado.", ag_enabled_done: "{name} pode entrar de novo.",
      ag_owner_only: "Só um dono pode alterar outro dono.",
      role_agent_hint: "responde aos chats", role_admin_hint: "também usa estas páginas", role_owner_hint: "também cria e altera donos",
      presence_online: "Disponível", presence_away: "Ausente", presence_offline: "Offline",
      ag_editing: "Editar {name}", ag_creating: "Novo atendente", ag_created: "{name} adicionado.",
      ag_email_hint: "Usado para entrar.", ag_email_fixed: "O e-mail de um atendente não pode mudar.",
      ag_name_hint: "Mostrado aos clientes quando este atendente responde.",
      ag_own_role: "Você não pode alterar sua própria função.",
      ag_languages_hint: "Códigos de idioma como en, pt, separados por vírgulas; conversas nesses idiomas vão primeiro para este atendente.",
      ag_skills_hint: "Separadas por vírgulas, ex.: billing, cold_chain.",
      ag_max_chats_hint: "Quantas conversas o atendente atende ao mesmo tempo, de 1 a 100.",
      ag_password_hint: "No mínimo 8 caracteres. Passe ao atendente em particular.",
      ag_new_password: "Nova senha", ag_password_keep: "Deixe vazio para manter a atual. Uma nova senha desconecta o atendente de todos os lugares.",
      ag_disabled_label: "Desativado: não pode entrar (o atendente continua na lista)",
      // API keys
      key_title: "Chaves de API",
      key_hint: "As chaves permitem que seus próprios servidores falem com o kefu. Uma chave age pela loja inteira: mantenha-a nos seus servidores, nunca em uma página web ou app.",
      key_new: "Nova chave", key_name: "Nome", key_name_hint: "Para que serve, para você saber depois qual chave revogar.",
      key_name_example: "ex.: backend do site",
      key_scope: "O que pode fazer", key_create: "Criar chave",
      scope_chat: "Chat", scope_chat_hint: "Para o servidor por trás do seu widget de chat ou app: abre conversas e envia as mensagens dos clientes. Não pode ler nem alterar os dados da loja.",
      scope_admin: "Admin", scope_admin_hint: "Para sincronizar o back-office: produtos, pedidos, base de conhecimento, promoções e configurações pela API de administração, além de tudo o que uma chave de chat faz.",
      key_list: "Chaves desta loja", key_empty: "Esta loja ainda não tem chaves de API.",
      key_starts: "Começa com", key_created: "Criada", key_state: "Status",
      key_working: "Ativa", key_revoked_on: "Revogada em {time}", key_revoke: "Revogar",
      key_revoke_q: "Revogar “{name}”? O que a usa para de funcionar na hora.", key_revoked: "{name} revogada.",
      key_new_title: "Nova chave “{name}” ({scope})",
      key_once: "Copie agora e guarde em um lugar seguro: você não vai vê-la de novo. O kefu guarda só uma impressão digital dela; se perdê-la, crie uma nova chave e revogue esta.",
      key_use_chat: "Seu servidor a envia como Authorization: Bearer <key> ao abrir uma conversa.",
      key_use_admin: "Seu back-office a envia como Authorization: Bearer <key> para a API de administração em /v1.",
      key_done: "Já copiei",
      // compensation rules
      nav_rules: "Regras de compensação", nav_compensations: "Compensações",
      ru_title: "Regras de compensação", ru_new: "Nova regra",
      ru_hint: "O que o cliente recebe quando um pedido dá errado. As regras são testadas nesta ordem; decide a primeira regra ativa cuja condição for atendida.",
      ru_empty: "Nenhuma regra ainda: nada é concedido automaticamente.",
      ru_order: "Ordem", ru_name: "Nome", ru_when: "Condição", ru_grants: "Concede", ru_limit: "Por cliente", ru_state: "Status", ru_version: "Versão",
      ru_limit_n: "no máximo {n} em 30 dias", ru_no_limit: "sem limite", ru_enabled: "Ativa", ru_paused: "Pausada",
      ru_coupon_of: "cupom de {amount}", ru_min: "em pedidos a partir de {amount}", ru_no_min: "sem mínimo",
      ru_valid_days: "válido por {n} dias", ru_no_expiry: "sem validade",
      gk_coupon: "Cupom", gk_refund_line: "Reembolso do item afetado", gk_refund_order: "Reembolso do pedido inteiro", gk_none: "Nada (parar aqui)",
      gk_coupon_words: "Cupom", gk_refund_line_words: "Reembolso do item afetado", gk_refund_order_words: "Reembolso do pedido inteiro",
      gk_none_words: "Nada; as regras seguintes não são testadas",
      gk_refund_line_of: "Reembolso de {amount} (um item)", gk_refund_order_of: "Reembolso de {amount} (o pedido)",
      ru_delete_q: "Excluir a regra {name}? Ela para de conceder na hora; o registro mantém suas versões.", ru_deleted: "{name} excluída.",
      ru_editing: "Editar regra {name} (versão {version})", ru_creating: "Nova regra",
      ru_name_hint: "Para que serve a regra, ex.: Entrega atrasada.",
      ru_id_hint: "Um nome seu para ela, para a API e o registro. Gerado a partir do nome; não pode mudar depois.",
      ru_when_hint: "Uma condição CEL sobre a ocorrência, ex.: delay_minutes > 30 ou kind == \"underweight\" && missing_grams >= 100. Veja as variáveis em docs/compensation.md.",
      ru_kind: "O que concede",
      ru_amount: "Valor do cupom ({currency})", ru_amount_hint: "Um valor como 5 ou 4,50.", ru_no_currency: "Defina primeiro a moeda da loja em Configurações da loja.",
      ru_min_order: "Pedido mínimo", ru_min_order_hint: "Vazio: o cupom vale para qualquer pedido.",
      ru_days: "Validade (dias)", ru_days_hint: "Vazio: não expira.",
      ru_order_hint: "Números menores são testados primeiro.",
      ru_limit_hint: "Pular clientes que receberam esse número de compensações nos últimos 30 dias. Vazio: sem limite.",
      ru_enabled_label: "Ativa: a regra concede (desmarque para pausar)",
      ru_id_taken: "Já existe uma regra com este ID; edite-a ou escolha outro ID.",
      ru_saved: "{name} salva (versão {version}).",
      dr_title: "Simulação", dr_hint: "O que as regras teriam concedido para as ocorrências que o kefu registrou nesses dias. Nada é concedido.",
      dr_since: "De", dr_until: "Até", dr_run_current: "Simular as regras atuais", dr_run_draft: "Simular com este rascunho",
      dr_running: "Simulando…", dr_bad_dates: "Escolha as datas.", dr_fix_draft: "O rascunho tem um erro; veja o formulário.",
      dr_summary: "{n} ocorrências; {granted} receberiam algo, ao custo de {cost}.",
      dr_with_draft: "Com o rascunho de {name}:",
      dr_limited: "Só as primeiras 10.000 ocorrências foram simuladas.", dr_no_rules: "Não há regras para testar.",
      dr_matched: "Decididas", dr_granted: "Concedidas", dr_errors: "Erros", dr_cost: "Custo", dr_draft: "rascunho",
      dr_errors_title: "Erros ({n})", dr_error_line: "Ocorrência {incident}, regra {rule}: {message}",
      // the ledger
      lg_title: "Compensações", lg_hint: "O que os clientes receberam, por regra ou por um atendente, as mais recentes primeiro. Uma compensação revogada continua na lista, com quem a revogou e por quê.",
      lg_customer: "Cliente", lg_customer_ph: "id do cliente na sua loja", lg_order: "Pedido", lg_show: "Mostrar",
      lg_empty: "Nada foi concedido neste período.",
      lg_date: "Data", lg_what: "O quê", lg_by: "Concedido por",
      lg_coupon: "Cupom de {amount}", lg_rule: "Regra {rule} (versão {version})", lg_agent: "Atendente {name}",
      lg_granted: "Concedido", lg_revoked: "Revogado", lg_revoked_by: "por {name}, {time}",
      lg_reason: "Motivo", lg_reason_ph: "Por que revogar?", lg_revoke_q: "Revogar?",
      lg_reason_needed: "Informe um motivo.", lg_revoked_done: "Revogado.",
      // review queue (docs/feeds.md)
      nav_review: "Fila de revisão",
      rq_title: "Fila de revisão",
      rq_hint: "Artigos que aguardam uma decisão: rascunhos escritos a partir de produtos novos e de conversas que seus atendentes resolveram, artigos que um feed deixou desatualizados (mudou um preço ou nome, terminou uma promoção) e artigos que alguém disse estarem errados. Artigos desatualizados e sinalizados por atendentes não respondem aos clientes até você aprová-los.",
      rq_all: "Todos ({n})", rq_stale: "Desatualizados ({n})", rq_flagged: "Sinalizados ({n})", rq_drafts: "Rascunhos ({n})",
      rq_empty: "Nada aguardando revisão.",
      rq_kind_stale: "Desatualizado", rq_kind_flagged: "Sinalizado", rq_kind_draft: "Rascunho",
      rq_withdrawn: "Não responde aos clientes até ser revisado",
      rq_src_feed: "Feed {name}", rq_src_agent: "Atendente", rq_src_customer: "Cliente", rq_src_suggestions: "Sugerido a partir de conversas",
      rq_flag_line: "{source} · {who} · {time}", rq_flag_line_nobody: "{source} · {time}", rq_support: "Perguntado em {n} conversas resolvidas por atendentes", rq_reason_new_product: "Produto novo: {name} ({sku})", rq_reason_price: "O preço de {name} ({sku}) mudou de {old} para {new}", rq_reason_renamed: "{name} ({sku}) foi renomeado para {new_name}", rq_reason_discontinued: "{name} ({sku}) não é mais vendido", rq_reason_promo_code: "Promoção {promotion}: o código {code} agora é {new_code}", rq_reason_promo_withdrawn: "A promoção {promotion} foi retirada", rq_reason_promo_ended: "A promoção {promotion} terminou em {time}", rq_reason_more: "e mais {n}", fe_currency: "“{value}” não é um código de moeda como EUR ou SGD", fe_country: "“{value}” não é um código de país como GB, ou EU", fe_language: "“{value}” não é um código de idioma como en, zh-Hant ou es-419", fe_canonical: "Escreva “{want}” em vez de “{value}”", fe_regexp: "“{value}” não é uma expressão regular válida", fe_range: "Digite um número de {min} a {max}", fe_min: "Digite {min} ou mais", fe_cart_url: "Digite um link http ou https com {sku} no lugar do SKU do produto", fe_queue_cap: "Digite -1 (sem limite), 0 (o padrão do servidor) ou um número de 1 a {max}",
      rq_approve: "Aprovar e publicar", rq_edit: "Editar", rq_reject: "Rejeitar",
      rq_reason: "Motivo", rq_reason_ph: "Por que rejeitar?", rq_reason_needed: "Informe um motivo.",
      rq_confirm_reject: "Rejeitar", rq_save: "Salvar nova versão",
      rq_approved: "Aprovado: {title}", rq_rejected: "Rejeitado: {title}", rq_edited: "Nova versão de {title} salva. Aprove para publicar.",
      rq_suggest: "Sugerir artigos a partir de conversas resolvidas",
      rq_suggested: "{n} sugestões ({new} novas) de {conversations} conversas.",
      rq_version: "versão {n}",
      rq_feeds: "Feeds", rq_feed_kefu: "Feed kefu", rq_feed_shopify: "Shopify", rq_feed_google: "Google Merchant Center",
      rq_feed_polled: "consultado a cada {interval}", rq_feed_webhook: "entregue no seu webhook",
      rq_feed_add: "Adicionar feed", rq_feed_edit: "Editar", rq_feed_poll: "Consultar agora", rq_feed_delete: "Excluir",
      rq_feed_delete_q: "Excluir o feed {name}? Os produtos e artigos que ele criou continuam.", rq_feed_deleted: "Feed {name} excluído.",
      rq_feed_saved: "Feed {name} salvo.", rq_feed_polled_now: "{name} consultado: {products} no feed, {new} novos, {changes} com preço novo, {stale} artigos desatualizados.",
      rq_feed_creating: "Novo feed", rq_feed_editing: "Feed {name}",
      rq_feed_name: "Nome", rq_feed_name_hint: "Letras minúsculas, dígitos, - e _, ex.: shopify. Faz parte do endereço do webhook e não pode mudar.",
      rq_feed_format: "Formato", rq_feed_url: "Endereço a consultar", rq_feed_url_hint: "Opcional: o kefu busca este endereço no intervalo abaixo. Vazio: o feed só chega pelo webhook.",
      rq_feed_interval: "Consultar a cada", rq_feed_language: "Idioma dos nomes", rq_feed_language_hint: "Para feeds do Shopify e do Google, que trazem um só idioma. Vazio: o idioma padrão da loja.",
      rq_feed_currency: "Moeda dos preços", rq_feed_currency_hint: "Para feeds do Shopify, cujos preços não indicam moeda, ex.: BRL.",
      rq_feed_secret: "Segredo de assinatura", rq_feed_secret_hint: "Compartilhado com o remetente, que assina cada entrega (HMAC-SHA256). Vazio: manter o atual.",
      rq_feed_secret_set: "Há um segredo definido.", rq_feed_hooks: "Webhook com chave da API de administração: {keyed}  ·  assinado, sem chave (Shopify): {signed}",
      rq_feed_never: "nada recebido ainda", rq_feed_ok: "último recebimento em {time}", rq_feed_failed: "a última entrega falhou em {time}: {error}",
      // product knowledge
      nav_profiles: "Conhecimento de produto",
      pk_title: "Conhecimento de produto",
      pk_hint: "O que o kefu sabe sobre cada produto, lido da ficha e da lista de ingredientes: para quem serve, o que evitar, cuidados e mais. Cada tag diz de onde veio. Suas edições prevalecem sobre o que o kefu deduziu e continuam valendo quando o produto muda.",
      pk_find: "Buscar produto", pk_find_ph: "nome ou SKU", pk_pick: "Produto", pk_none: "Nenhum produto encontrado.",
      pk_no_products: "O catálogo está vazio: envie os produtos primeiro.",
      pk_partial: "Só os ingredientes principais estão listados, então o kefu não sabe dizer o que o produto não contém (sem fragrância, sem álcool secante, …).",
      pk_derived: "Deduzido em {time}", pk_unknown: "desconhecido",
      pk_edits: "Suas edições", pk_edits_hint: "Valores separados por vírgulas; ponha - na frente para remover um valor deduzido pelo kefu (ex.: oily, -dry).",
      pk_save: "Salvar edições", pk_saved: "Salvo; o perfil foi deduzido de novo.", pk_remove: "Remover", pk_remove_label: "Remover {value} de {dimension}",
      pk_shop: "definido pela loja",
      pk_lv_ok: "ok", pk_lv_caution: "cuidado", pk_lv_avoid: "evitar",
      ev_ingredient: "Ingrediente {ingredients}", ev_ingredient_rule: "Ingrediente {ingredients} ({rule})",
      ev_rule_plain: "Regra {rule}", ev_rule: "Regra {rule}, porque {because}", ev_rule_ings: "Regra {rule}, porque {because}; de {ingredients}",
      ev_attribute: "“{attribute}” do produto", ev_text: "As palavras “{note}” em {attribute} do produto",
      ev_catalog: "Preços do catálogo: {note}", ev_shop: "Definido pela loja ({attribute})", ev_note: "{text}: {note}",
      dim_category: "Categoria", dim_brand: "Marca", dim_step: "Etapa da rotina", dim_ingredients: "Ingredientes", dim_actives: "Ativos",
      dim_strength: "Concentração", dim_fragrance: "Fragrância", dim_alcohol: "Álcool", dim_silicones: "Silicones",
      dim_comedogenic: "Comedogênico", dim_irritants: "Irritantes", dim_efficacy: "Ação", dim_suits_skin: "Para pele",
      dim_avoid_skin: "Não para pele", dim_suits_concern: "Ajuda com", dim_avoid_concern: "Não indicado para", dim_cautions: "Cuidados",
      dim_conflicts: "Não combinar com", dim_pregnancy: "Gravidez", dim_time_of_day: "Período do dia", dim_season: "Estação",
      dim_finish: "Acabamento", dim_texture: "Textura", dim_coverage: "Cobertura", dim_spf: "Proteção solar", dim_price_band: "Faixa de preço"
    },
    fr: {
      title: "kefu · administration de la boutique",
      pct: "{n}\u00a0%",
      dur_minutes: "{n}\u00a0min", dur_hours: "{n}\u00a0h",
      login_shop_ph: "ex. globalmart",
      login_demo: "Démo : boutique {shop}, {ana}, mot de passe {password}.",
      nav_label: "Rubriques",
      err_unauthorized: "Boutique, e-mail ou mot de passe incorrect, ou session expirée.", err_forbidden: "Vous n'avez pas le droit de faire cela.",
      err_not_found: "Introuvable ; quelqu'un l'a peut-être supprimé.", err_rate_limited: "Trop de requêtes ; patientez un instant.",
      err_internal: "Erreur du serveur ; réessayez plus tard.", err_unavailable: "Le service n'est pas disponible pour le moment ; réessayez plus tard.",
      err_too_large: "C'est trop long.", err_network: "Serveur injoignable ; vérifiez la connexion.",
      login_title: "Administration de la boutique kefu",
      login_who: "Pour les propriétaires et administrateurs de la boutique. Connectez-vous avec votre compte de la console conseiller.",
      login_shop: "Boutique", login_email: "E-mail", login_password: "Mot de passe", login_submit: "Se connecter",
      login_wait: "Trop de tentatives échouées. Pour la sécurité du compte, attendez {wait} avant de réessayer.",
      login_again: "Vous pouvez réessayer.", wait_seconds: "{n} s", wait_minutes: "{n} min",
      to_console: "Console conseiller", to_dashboard: "Tableau de bord", to_admin: "Administration", logout: "Se déconnecter", admin: "administration de la boutique",
      refused_title: "Administration de la boutique",
      refused: "Seuls les propriétaires et administrateurs de la boutique peuvent utiliser ces pages.",
      refused_who: "Vous êtes connecté en tant que {name} ({role}). Pour une modification, adressez-vous à un propriétaire ou administrateur de {shop}.",
      role_agent: "conseiller", role_admin: "administrateur", role_owner: "propriétaire",
      nav_settings: "Paramètres", nav_knowledge: "Base de connaissances", nav_synonyms: "Synonymes", nav_widget: "Widget",
      nav_agents: "Conseillers", nav_keys: "Clés API", nav_promotions: "Promotions", nav_canned: "Réponses types",
      nav_feedback: "Avis et corrections",
      fb_title: "Avis et corrections",
      fb_hint: "Ce que les conseillers ont corrigé dans la console et ce que les clients ont pensé des réponses du bot. Les reclassements acceptés entraînent le prochain modèle (kefu model retrain) ; voir docs/learning.md.",
      fb_filter_kind: "Type", fb_filter_status: "Statut", fb_any: "Tous", fb_show: "Afficher",
      fb_empty: "Aucun avis ni correction pour l'instant.", fb_more: "Plus anciens",
      fb_when: "Date", fb_kind: "Type", fb_who: "Auteur", fb_what: "Contenu", fb_status: "Statut",
      fb_k_relabel: "Message reclassé", fb_k_answer_fixed: "Meilleure réponse", fb_k_answer_flagged: "Réponse signalée",
      fb_k_article_wrong: "Article faux", fb_k_article_outdated: "Article obsolète",
      fb_k_thumbs_up: "Client : utile", fb_k_thumbs_down: "Client : pas utile",
      fb_s_proposed: "Proposé", fb_s_accepted: "Accepté", fb_s_rejected: "Refusé",
      fb_accept: "Accepter", fb_reject: "Refuser", fb_customer: "Client",
      fb_meant: "« {text} » signifie {intent} (compris : {previous})", fb_reason: "Motif : {reason}",
      fb_article: "Article {id}", fb_answer: "Meilleure réponse : {answer}", fb_reply: "Sur la réponse à {intent}",
      fb_reviewed: "par {name}, {time}",
      md_title: "Modèle d'intentions", md_serving: "En service pour cette boutique : {version}", md_shipped: "le modèle livré avec kefu",
      md_own: "propre à cette boutique", md_global: "global", md_retrain: "Réentraîner maintenant",
      md_retraining: "Réentraînement… environ une minute. Le candidat n'entre en service que s'il respecte la règle.",
      md_failed: "Le dernier réentraînement a échoué : {message}",
      md_hint: "Le réentraînement apprend des reclassements acceptés ci-dessous ; le candidat est comparé au modèle en service et n'est promu que s'il traite correctement les messages corrigés sans perdre plus de 0,3 point de précision (dev) ou de calibration.",
      md_version: "Version", md_created: "Entraîné le", md_dev: "Précision (dev)", md_corrected: "Corrections justes", md_verdict: "Verdict",
      md_paired: "{fixed} corrigés, {broken} dégradés",
      md_serves: "En service", md_kept_out: "Écarté", md_retired: "Retiré", md_was: "Ancien modèle", md_none: "Aucun réentraînement pour l'instant.",
      loading: "Chargement…", save: "Enregistrer", saving: "Enregistrement…", saved: "Enregistré.", cancel: "Annuler", reload: "Recharger",
      copy: "Copier", copied: "Copié", required: "Obligatoire.", error_generic: "Une erreur est survenue : {message}",
      conflict: "Quelqu'un d'autre a modifié cet élément depuis que vous l'avez ouvert. Rechargez pour voir sa version, puis refaites votre modification.",
      session_over: "Votre session a pris fin ; reconnectez-vous.",
      // settings
      settings_title: "Paramètres de la boutique", settings_shop: "Boutique : {name} ({id})",
      set_language_legend: "Langues", set_languages: "Langues dans lesquelles la boutique répond", set_languages_hint: "Codes de langue comme en, zh, fr, séparés par des virgules. La première sert de langue de repli.",
      set_default_language: "Langue par défaut", set_default_language_hint: "La langue de travail de la boutique.",
      set_currency: "Devise", set_currency_hint: "Code ISO 4217, ex. EUR, USD, CNY.",
      set_timezone: "Fuseau horaire", set_timezone_hint: "Nom IANA, ex. Europe/Paris ou Asia/Shanghai ; pour les heures affichées aux clients.",
      set_cart_url: "Lien d'ajout au panier", set_cart_url_hint: "Le lien de votre boutique avec {sku} à la place du SKU du produit, ex. https://shop.example/cart/add?sku={sku} ; les produits recommandés y renvoient. Vide : pas de bouton d'ajout au panier.",
      set_confidence: "Seuil de confiance", set_confidence_hint: "De 0 à 1. En dessous, le bot demande au client de préciser. Vide : valeur par défaut de kefu.",
      set_clarify: "Limite de précisions", set_clarify_hint: "Nombre de questions de précision d'affilée avant qu'un conseiller prenne le relais. Vide : valeur par défaut de kefu.",
      set_handoff: "Transfert à un conseiller",
      set_anger_handoff: "Transférer à un conseiller les clients très en colère",
      set_sensitive_handoff: "Transférer à un conseiller les sujets sensibles (santé, menaces juridiques, fraude)",
      set_strategies: "Stratégies", set_strategies_hint: "Ce que fait kefu quand il perçoit l'humeur d'un client, dans l'ordre d'essai. Celles qui sont décochées ne s'appliquent pas.",
      set_widget: "Widget de chat", set_widget_enabled: "Les visiteurs du site de la boutique peuvent discuter (widget activé)",
      set_llm: "Modèle de langage", set_llm_answers: "Laisser le modèle de langage du serveur rédiger des réponses à partir de nos articles d'aide, en les citant",
      set_llm_hint: "Seulement si un modèle de langage est configuré sur le serveur. Les questions des clients, sans leurs e-mails, numéros de téléphone et de commande, lui sont alors envoyées ; les réponses qu'il ne peut pas appuyer sur un article ne sont pas affichées.",
      move_up: "Monter", move_down: "Descendre",
      strategy_anger_priority: "Faire passer les clients très en colère avant les plus calmes dans la file d'attente",
      strategy_anxiety_progress: "Montrer aux clients inquiets tout le suivi de leur livraison",
      strategy_satisfaction_offer: "Proposer aux clients satisfaits une des promotions en cours",
      settings_bad_number: "Saisissez un nombre.",
      // knowledge
      kn_title: "Base de connaissances", kn_all: "Tous les articles", kn_review: "À relire ({n})", kn_new: "Nouvel article",
      kn_empty: "Aucun article pour l'instant.", kn_review_empty: "Rien n'attend de relecture.",
      kn_translate: "Traduire en {language}",
      kn_missing_list: "Pas encore traduit :", kn_other_language: "langue, ex. de", kn_add_translation: "Ajouter une traduction",
      st_draft: "brouillon", st_in_review: "en relecture", st_published: "publié",
      kn_submit: "Envoyer en relecture", kn_publish: "Publier", kn_send_back: "Renvoyer", kn_withdraw: "Retirer",
      kn_edit: "Modifier", kn_history: "Versions", kn_version: "version {n}", kn_updated: "mis à jour le {time}",
      kn_key: "Clé", kn_key_hint: "Regroupe les traductions d'un même article, ex. shipping-times.",
      kn_language: "Langue", kn_title_field: "Titre", kn_body: "Texte", kn_tags: "Étiquettes", kn_intents: "Intentions",
      kn_list_hint: "Séparés par des virgules.",
      kn_save_submit: "Enregistrer et envoyer en relecture",
      kn_editing: "Modifier l'article", kn_creating: "Nouvel article", kn_translating: "Nouvelle traduction",
      kn_source: "Original ({language})",
      kn_live_hint: "Cet article est publié : les modifications enregistrées répondent aussitôt aux clients.",
      kn_published: "Publié.", kn_sent_back: "Renvoyé en brouillon.", kn_withdrawn: "Retiré en brouillon.", kn_submitted: "Envoyé en relecture.",
      kn_history_title: "Versions de {key} ({language})", kn_from: "De", kn_to: "À",
      kn_one_version: "Il n'y a qu'une version pour l'instant.", kn_close: "Fermer",
      kn_no_change: "Aucune différence entre ces versions.",
      kn_tags_line: "Étiquettes : {tags}", kn_intents_line: "Intentions : {intents}",
      // synonyms
      syn_title: "Synonymes",
      syn_hint: "Mots ou expressions que vos clients emploient pour la même chose, un groupe par ligne, séparés par des virgules, ex. colis, paquet. La recherche dans la base de connaissances traite chaque groupe comme un seul mot.",
      syn_add: "Ajouter un groupe", syn_remove: "Supprimer", syn_empty: "Aucun synonyme pour l'instant.",
      // widget
      w_title: "Widget sur votre site",
      w_off: "Le widget de chat est désactivé dans les paramètres de la boutique : ces extraits n'affichent rien tant que vous ne l'activez pas.",
      w_bubble: "Bulle de chat sur chaque page",
      w_bubble_hint: "À coller avant </body> sur les pages où les clients doivent pouvoir discuter.",
      w_frame: "Chat dans un cadre",
      w_frame_hint: "Pour une page d'aide ou la vue web d'une application mobile.",
      w_signed: "Clients connectés",
      w_signed_hint: "Pour que le bot puisse consulter les commandes d'un client, votre serveur atteste qui est connecté : il signe l'identifiant du client dans votre boutique avec le secret du widget et place les deux dans la page. Calculez la signature uniquement sur votre serveur : qui détient le secret peut se faire passer pour n'importe quel client. Le secret n'est pas affiché ici.",
      w_signature: "signature = hex(HMAC-SHA256(secret du widget, identifiant client))",
      w_secret_set: "Cette boutique a un secret de widget (affiché une seule fois, à la création de la boutique).",
      w_secret_unset: "Cette boutique n'a pas de secret de widget : les visiteurs ne peuvent discuter qu'anonymement.",
      w_preview: "Ouvrir la page de chat",
      w_signed_bubble: "Bulle de chat pour un client connecté",
      w_signed_frame: "Cadre pour un client connecté",
      w_sign_code: "Calcul de la signature sur votre serveur (shell, Go)",
      delete: "Supprimer", saved_name: "{name} enregistré.",
      // promotions
      pr_title: "Promotions", pr_new: "Nouvelle promotion",
      pr_hint: "Offres que le bot peut mentionner aux clients, par exemple aux clients satisfaits. Rédigez chaque offre dans les langues de vos clients.",
      pr_empty: "Aucune promotion pour l'instant.",
      pr_active: "En cours", pr_scheduled: "Commence le {time}", pr_ended: "Terminée le {time}",
      pr_from_until: "Du {start} au {end}", pr_from: "À partir du {start}, sans fin", pr_until: "Jusqu'au {end}", pr_always: "Sans date de début ni de fin",
      pr_everything: "Sur toute la boutique", pr_categories_line: "Catégories : {list}", pr_products_line: "Produits (SKU) : {list}",
      pr_min_line: "Pour les commandes à partir de {amount}",
      pr_id_line: "id {id}", pr_missing: "Pas encore de texte en {list}.",
      pr_delete_q: "Supprimer {name} ? Le bot cesse aussitôt de la proposer.", pr_deleted: "{name} supprimée.",
      pr_editing: "Modifier la promotion", pr_creating: "Nouvelle promotion",
      pr_code: "Code", pr_code_hint: "Ce que les clients saisissent au paiement, ex. ETE10. Facultatif.",
      pr_id: "ID", pr_id_hint: "Votre propre nom pour elle, pour l'API et les imports, ex. summer-sale. Non modifiable ensuite.",
      pr_texts: "Texte de l'offre", pr_texts_hint: "Ce que le bot dit au client, dans chaque langue ; laissez une langue vide pour l'ignorer.",
      pr_add_language: "Ajouter une langue",
      pr_when: "Période", pr_start: "Début", pr_start_hint: "Vide : dès maintenant.", pr_end: "Fin", pr_end_hint: "Vide : sans fin.",
      pr_zone: "Les heures sont dans le fuseau horaire de votre navigateur ({zone}).",
      pr_what: "Champ d'application",
      pr_categories: "Catégories", pr_categories_hint: "Séparées par des virgules. Vide et sans produits : toute la boutique.",
      pr_products: "Produits", pr_products_hint: "SKU, séparés par des virgules.",
      pr_min_total: "Montant minimum de commande", pr_min_total_hint: "Un montant comme 50 ou 49,90. Vide : toute commande.",
      pr_bad_amount: "Saisissez un montant comme 50 ou 49,90 ({n} décimales au plus).",
      pr_bad_time: "Saisissez une date et une heure.",
      pr_need_text: "Rédigez l'offre dans au moins une langue.",
      pr_id_taken: "Une promotion avec cet ID existe déjà ; modifiez-la ou choisissez un autre ID.",
      // canned replies
      cr_title: "Réponses types", cr_new: "Nouvelle réponse type",
      cr_hint: "Réponses toutes prêtes que les conseillers insèrent dans la console en un clic. La console propose d'abord à un conseiller les réponses dans sa langue.",
      cr_filter: "Langue", cr_all_languages: "Toutes les langues", cr_any_language: "toute langue",
      cr_empty: "Aucune réponse type pour l'instant.", cr_untitled: "(sans titre)",
      cr_delete_q: "Supprimer cette réponse ?", cr_deleted: "{title} supprimée.",
      cr_editing: "Modifier la réponse type", cr_creating: "Nouvelle réponse type",
      cr_title_field: "Titre", cr_title_hint: "Ce qui permet aux conseillers de la choisir, ex. Où est mon colis. Donnez le même titre à ses traductions.",
      cr_id_hint: "Votre propre nom pour elle, pour l'API et les imports. Tiré du titre ; non modifiable ensuite.",
      cr_text_hint: "La réponse telle que le conseiller l'envoie.",
      cr_id_taken: "Une réponse type avec cet ID existe déjà ; choisissez un autre ID.",
      // agents
      ag_title: "Conseillers", ag_new: "Ajouter un conseiller",
      ag_hint: "Les personnes qui répondent aux chats dans la console conseiller. Les administrateurs et propriétaires peuvent aussi utiliser ces pages.",
      ag_name: "Nom", ag_role: "Rôle", ag_languages: "Langues", ag_skills: "Compétences", ag_presence: "Statut", ag_max_chats: "Chats max.",
      ag_you: "vous", ag_disabled: "Bloqué", ag_disable: "Bloquer", ag_enable: "Débloquer",
      ag_disable_q: "Bloquer {name} ? Cette personne ne pourra plus se connecter et ses sessions prennent fin.",
      ag_disabled_done: "{name} est bloqué.", ag_enabled_done: "{name} peut de nouveau se connecter.",
      ag_owner_only: "Seul un propriétaire peut modifier un propriétaire.",
      role_agent_hint: "répond aux chats", role_admin_hint: "utilise aussi ces pages", role_owner_hint: "nomme et modifie aussi les propriétaires",
      presence_online: "Disponible", presence_away: "Absent", presence_offline: "Hors ligne",
      ag_editing: "Modifier {name}", ag_creating: "Nouveau conseiller", ag_created: "{name} ajouté.",
      ag_email_hint: "Sert à se connecter.", ag_email_fixed: "L'e-mail d'un conseiller ne peut pas être modifié.",
      ag_name_hint: "Affiché aux clients quand ce conseiller répond.",
      ag_own_role: "Vous ne pouvez pas modifier votre propre rôle.",
      ag_languages_hint: "Codes de langue comme en, fr, séparés par des virgules ; les conversations dans ces langues vont d'abord à ce conseiller.",
      ag_skills_hint: "Séparées par des virgules, ex. billing, cold_chain.",
      ag_max_chats_hint: "Nombre de conversations que le conseiller traite en même temps, de 1 à 100.",
      ag_password_hint: "Au moins 8 caractères. Transmettez-le au conseiller en privé.",
      ag_new_password: "Nouveau mot de passe", ag_password_keep: "Laissez vide pour garder l'actuel. Un nouveau mot de passe déconnecte le conseiller partout.",
      ag_disabled_label: "Bloqué : ne peut pas se connecter (le conseiller reste dans la liste)",
      // API keys
      key_title: "Clés API",
      key_hint: "Les clés permettent à vos propres serveurs de communiquer avec kefu. Une clé agit pour toute la boutique : gardez-la sur vos serveurs, jamais dans une page web ou une application.",
      key_new: "Nouvelle clé", key_name: "Nom", key_name_hint: "À quoi elle sert, pour savoir plus tard quelle clé révoquer.",
      key_name_example: "ex. backend du site",
      key_scope: "Droits", key_create: "Créer la clé",
      scope_chat: "Chat", scope_chat_hint: "Pour le serveur derrière votre widget de chat ou votre application : il ouvre des conversations et envoie les messages des clients. Il ne peut ni lire ni modifier les données de la boutique.",
      scope_admin: "Admin", scope_admin_hint: "Pour la synchronisation avec votre back-office : produits, commandes, base de connaissances, promotions et paramètres via l'API d'administration, plus tout ce que fait une clé chat.",
      key_list: "Clés de cette boutique", key_empty: "Cette boutique n'a pas encore de clé API.",
      key_starts: "Commence par", key_created: "Créée", key_state: "Statut",
      key_working: "Active", key_revoked_on: "Révoquée le {time}", key_revoke: "Révoquer",
      key_revoke_q: "Révoquer « {name} » ? Tout ce qui l'utilise cesse aussitôt de fonctionner.", key_revoked: "{name} révoquée.",
      key_new_title: "Nouvelle clé « {name} » ({scope})",
      key_once: "Copiez-la maintenant et conservez-la en lieu sûr : vous ne la reverrez plus. kefu n'en garde qu'une empreinte ; si vous la perdez, créez une nouvelle clé et révoquez celle-ci.",
      key_use_chat: "Votre serveur l'envoie sous la forme Authorization: Bearer <key> quand il ouvre une conversation.",
      key_use_admin: "Votre back-office l'envoie sous la forme Authorization: Bearer <key> à l'API d'administration sous /v1.",
      key_done: "Je l'ai copiée",
      // compensation rules
      nav_rules: "Règles de dédommagement", nav_compensations: "Gestes commerciaux",
      ru_title: "Règles de dédommagement", ru_new: "Nouvelle règle",
      ru_hint: "Ce que reçoit un client quand une commande se passe mal. Les règles sont essayées dans cet ordre ; la première règle active dont la condition est remplie décide.",
      ru_empty: "Aucune règle pour l'instant : rien n'est accordé automatiquement.",
      ru_order: "Ordre", ru_name: "Nom", ru_when: "Condition", ru_grants: "Accorde", ru_limit: "Par client", ru_state: "Statut", ru_version: "Version",
      ru_limit_n: "au plus {n} en 30 jours", ru_no_limit: "sans limite", ru_enabled: "Active", ru_paused: "En pause",
      ru_coupon_of: "bon d'achat de {amount}", ru_min: "dès {amount} d'achat", ru_no_min: "sans minimum",
      ru_valid_days: "valable {n} jours", ru_no_expiry: "sans expiration",
      gk_coupon: "Bon d'achat", gk_refund_line: "Remboursement de l'article concerné", gk_refund_order: "Remboursement de toute la commande", gk_none: "Rien (s'arrêter ici)",
      gk_coupon_words: "Bon d'achat", gk_refund_line_words: "Remboursement de l'article concerné", gk_refund_order_words: "Remboursement de toute la commande",
      gk_none_words: "Rien ; les règles suivantes ne sont pas essayées",
      gk_refund_line_of: "Remboursement de {amount} (un article)", gk_refund_order_of: "Remboursement de {amount} (la commande)",
      ru_delete_q: "Supprimer la règle {name} ? Elle cesse aussitôt d'accorder quoi que ce soit ; le registre garde ses versions.", ru_deleted: "{name} supprimée.",
      ru_editing: "Modifier la règle {name} (version {version})", ru_creating: "Nouvelle règle",
      ru_name_hint: "À quoi sert la règle, ex. Livraison en retard.",
      ru_id_hint: "Votre propre nom pour elle, pour l'API et le registre. Tiré du nom ; non modifiable ensuite.",
      ru_when_hint: "Une condition CEL sur l'incident, ex. delay_minutes > 30 ou kind == \"underweight\" && missing_grams >= 100. Les variables sont décrites dans docs/compensation.md.",
      ru_kind: "Ce qu'elle accorde",
      ru_amount: "Montant du bon ({currency})", ru_amount_hint: "Un montant comme 5 ou 4,50.", ru_no_currency: "Définissez d'abord la devise de la boutique dans Paramètres.",
      ru_min_order: "Commande minimum", ru_min_order_hint: "Vide : le bon vaut pour toute commande.",
      ru_days: "Validité (jours)", ru_days_hint: "Vide : il n'expire pas.",
      ru_order_hint: "Les plus petits numéros sont essayés d'abord.",
      ru_limit_hint: "Ignorer les clients ayant déjà reçu autant de gestes commerciaux sur les 30 derniers jours. Vide : sans limite.",
      ru_enabled_label: "Active : la règle accorde (décochez pour la mettre en pause)",
      ru_id_taken: "Une règle avec cet ID existe déjà ; modifiez-la ou choisissez un autre ID.",
      ru_saved: "{name} enregistrée (version {version}).",
      dr_title: "Simulation", dr_hint: "Ce que les règles auraient accordé pour les incidents enregistrés par kefu sur ces jours. Rien n'est accordé.",
      dr_since: "Du", dr_until: "Au", dr_run_current: "Simuler les règles actuelles", dr_run_draft: "Simuler avec ce brouillon",
      dr_running: "Simulation…", dr_bad_dates: "Choisissez les dates.", dr_fix_draft: "Le brouillon contient une erreur ; voir le formulaire.",
      dr_summary: "{n} incidents ; {granted} obtiendraient quelque chose, pour un coût de {cost}.",
      dr_with_draft: "Avec le brouillon de {name} :",
      dr_limited: "Seuls les 10 000 premiers incidents ont été rejoués.", dr_no_rules: "Il n'y a aucune règle à essayer.",
      dr_matched: "Décidés", dr_granted: "Accordés", dr_errors: "Erreurs", dr_cost: "Coût", dr_draft: "brouillon",
      dr_errors_title: "Erreurs ({n})", dr_error_line: "Incident {incident}, règle {rule} : {message}",
      // the ledger
      lg_title: "Gestes commerciaux", lg_hint: "Ce que les clients ont obtenu, par une règle ou un conseiller, le plus récent d'abord. Une entrée annulée reste listée avec l'auteur et le motif de l'annulation.",
      lg_customer: "Client", lg_customer_ph: "identifiant client dans votre boutique", lg_order: "Commande", lg_show: "Afficher",
      lg_empty: "Rien n'a été accordé sur cette période.",
      lg_date: "Date", lg_what: "Quoi", lg_by: "Accordé par",
      lg_coupon: "Bon d'achat de {amount}", lg_rule: "Règle {rule} (version {version})", lg_agent: "Conseiller {name}",
      lg_granted: "Accordé", lg_revoked: "Annulé", lg_revoked_by: "par {name}, {time}",
      lg_reason: "Motif", lg_reason_ph: "Pourquoi l'annuler ?", lg_revoke_q: "L'annuler ?",
      lg_reason_needed: "Indiquez un motif.", lg_revoked_done: "Annulé.",
      // review queue (docs/feeds.md)
      nav_review: "À relire",
      rq_title: "Articles à relire",
      rq_hint: "Articles en attente de décision : brouillons rédigés à partir de nouveaux produits et de conversations résolues par vos conseillers, articles qu'un flux a rendus obsolètes (prix ou nom modifié, promotion terminée) et articles signalés comme faux. Les articles obsolètes et ceux signalés par un conseiller ne répondent plus aux clients tant que vous ne les avez pas approuvés.",
      rq_all: "Tous ({n})", rq_stale: "Obsolètes ({n})", rq_flagged: "Signalés ({n})", rq_drafts: "Brouillons ({n})",
      rq_empty: "Rien n'attend de relecture.",
      rq_kind_stale: "Obsolète", rq_kind_flagged: "Signalé", rq_kind_draft: "Brouillon",
      rq_withdrawn: "Ne répond plus aux clients avant relecture",
      rq_src_feed: "Flux {name}", rq_src_agent: "Conseiller", rq_src_customer: "Client", rq_src_suggestions: "Suggéré à partir des conversations",
      rq_flag_line: "{source} · {who} · {time}", rq_flag_line_nobody: "{source} · {time}", rq_support: "Demandé dans {n} conversations résolues par des conseillers", rq_reason_new_product: "Nouveau produit : {name} ({sku})", rq_reason_price: "Le prix de {name} ({sku}) est passé de {old} à {new}", rq_reason_renamed: "{name} ({sku}) a été renommé {new_name}", rq_reason_discontinued: "{name} ({sku}) n’est plus vendu", rq_reason_promo_code: "Promotion {promotion} : le code {code} est désormais {new_code}", rq_reason_promo_withdrawn: "La promotion {promotion} a été retirée", rq_reason_promo_ended: "La promotion {promotion} a pris fin le {time}", rq_reason_more: "et {n} de plus", fe_currency: "« {value} » n’est pas un code de devise comme EUR ou SGD", fe_country: "« {value} » n’est pas un code de pays comme GB, ni EU", fe_language: "« {value} » n’est pas un code de langue comme en, zh-Hant ou es-419", fe_canonical: "Écrivez « {want} » au lieu de « {value} »", fe_regexp: "« {value} » n’est pas une expression régulière valide", fe_range: "Saisissez un nombre de {min} à {max}", fe_min: "Saisissez {min} ou plus", fe_cart_url: "Saisissez un lien http ou https avec {sku} à la place de la référence (SKU) du produit", fe_queue_cap: "Saisissez -1 (sans limite), 0 (la valeur du serveur) ou un nombre de 1 à {max}",
      rq_approve: "Approuver et publier", rq_edit: "Modifier", rq_reject: "Refuser",
      rq_reason: "Motif", rq_reason_ph: "Pourquoi le refuser ?", rq_reason_needed: "Indiquez un motif.",
      rq_confirm_reject: "Refuser", rq_save: "Enregistrer une nouvelle version",
      rq_approved: "Approuvé : {title}", rq_rejected: "Refusé : {title}", rq_edited: "Nouvelle version de {title} enregistrée. Approuvez-la pour la publier.",
      rq_suggest: "Suggérer des articles à partir des conversations résolues",
      rq_suggested: "{n} suggestions ({new} nouvelles) issues de {conversations} conversations.",
      rq_version: "version {n}",
      rq_feeds: "Flux", rq_feed_kefu: "Flux kefu", rq_feed_shopify: "Shopify", rq_feed_google: "Google Merchant Center",
      rq_feed_polled: "interrogé toutes les {interval}", rq_feed_webhook: "reçu par son webhook",
      rq_feed_add: "Ajouter un flux", rq_feed_edit: "Modifier", rq_feed_poll: "Interroger maintenant", rq_feed_delete: "Supprimer",
      rq_feed_delete_q: "Supprimer le flux {name} ? Les produits et articles qu'il a créés restent.", rq_feed_deleted: "Flux {name} supprimé.",
      rq_feed_saved: "Flux {name} enregistré.", rq_feed_polled_now: "{name} interrogé : {products} dans le flux, {new} nouveaux, {changes} avec un nouveau prix, {stale} articles devenus obsolètes.",
      rq_feed_creating: "Nouveau flux", rq_feed_editing: "Flux {name}",
      rq_feed_name: "Nom", rq_feed_name_hint: "Minuscules, chiffres, - et _, ex. shopify. Il fait partie de l'adresse du webhook et ne peut pas changer.",
      rq_feed_format: "Format", rq_feed_url: "Adresse à interroger", rq_feed_url_hint: "Facultatif : kefu récupère cette adresse à l'intervalle ci-dessous. Vide : le flux n'arrive que par son webhook.",
      rq_feed_interval: "Interroger toutes les", rq_feed_language: "Langue des noms", rq_feed_language_hint: "Pour les flux Shopify et Google, qui ne portent qu'une langue. Vide : la langue par défaut de la boutique.",
      rq_feed_currency: "Devise des prix", rq_feed_currency_hint: "Pour les flux Shopify, dont les prix n'indiquent pas de devise, ex. EUR.",
      rq_feed_secret: "Secret de signature", rq_feed_secret_hint: "Partagé avec l'expéditeur, qui signe chaque envoi (HMAC-SHA256). Vide : garder l'actuel.",
      rq_feed_secret_set: "Un secret est défini.", rq_feed_hooks: "Webhook avec une clé API admin : {keyed}  ·  signé, sans clé (Shopify) : {signed}",
      rq_feed_never: "rien reçu pour l'instant", rq_feed_ok: "dernière réception le {time}", rq_feed_failed: "échec du dernier envoi le {time} : {error}",
      // product knowledge
      nav_profiles: "Fiches produits",
      pk_title: "Connaissance des produits",
      pk_hint: "Ce que kefu sait de chaque produit, tiré de sa fiche et de sa liste d'ingrédients : à qui il convient, ce qu'il faut éviter, précautions, etc. Chaque étiquette indique sa source. Vos modifications priment sur ce que kefu a déduit et restent quand le produit change.",
      pk_find: "Chercher un produit", pk_find_ph: "nom ou SKU", pk_pick: "Produit", pk_none: "Aucun produit ne correspond.",
      pk_no_products: "Le catalogue est vide : envoyez d'abord des produits.",
      pk_partial: "Seuls les ingrédients clés sont listés : kefu ne peut donc pas savoir ce que le produit ne contient pas (sans parfum, sans alcool asséchant, …).",
      pk_derived: "Déduit le {time}", pk_unknown: "inconnu",
      pk_edits: "Vos modifications", pk_edits_hint: "Valeurs séparées par des virgules ; mettez - devant pour retirer une valeur déduite par kefu (ex. oily, -dry).",
      pk_save: "Enregistrer les modifications", pk_saved: "Enregistré ; le profil a été déduit de nouveau.", pk_remove: "Retirer", pk_remove_label: "Retirer {value} de {dimension}",
      pk_shop: "défini par la boutique",
      pk_lv_ok: "sans souci", pk_lv_caution: "prudence", pk_lv_avoid: "à éviter",
      ev_ingredient: "Ingrédient {ingredients}", ev_ingredient_rule: "Ingrédient {ingredients} ({rule})",
      ev_rule_plain: "Règle {rule}", ev_rule: "Règle {rule}, car {because}", ev_rule_ings: "Règle {rule}, car {because} ; d'après {ingredients}",
      ev_attribute: "« {attribute} » du produit", ev_text: "Les mots « {note} » dans {attribute} du produit",
      ev_catalog: "Prix du catalogue : {note}", ev_shop: "Défini par la boutique ({attribute})", ev_note: "{text} : {note}",
      dim_category: "Catégorie", dim_brand: "Marque", dim_step: "Étape de la routine", dim_ingredients: "Ingrédients", dim_actives: "Actifs",
      dim_strength: "Concentration", dim_fragrance: "Parfum", dim_alcohol: "Alcool", dim_silicones: "Silicones",
      dim_comedogenic: "Comédogène", dim_irritants: "Irritants", dim_efficacy: "Action", dim_suits_skin: "Convient aux peaux",
      dim_avoid_skin: "Déconseillé aux peaux", dim_suits_concern: "Agit sur", dim_avoid_concern: "Déconseillé pour", dim_cautions: "Précautions",
      dim_conflicts: "Ne pas associer à", dim_pregnancy: "Grossesse", dim_time_of_day: "Moment de la journée", dim_season: "Saison",
      dim_finish: "Fini", dim_texture: "Texture", dim_coverage: "Couvrance", dim_spf: "Protection solaire", dim_price_band: "Gamme de prix"
    },
    de: {
      title: "kefu · Shop-Verwaltung",
      pct: "{n}\u00a0%",
      dur_minutes: "{n}\u00a0Min.", dur_hours: "{n}\u00a0Std.",
      login_shop_ph: "z. B. globalmart",
      login_demo: "Demo: Shop {shop}, {ana}, Passwort {password}.",
      nav_label: "Bereiche",
      err_unauthorized: "Shop, E-Mail oder Passwort falsch, oder die Sitzung ist abgelaufen.", err_forbidden: "Dazu sind Sie nicht berechtigt.",
      err_not_found: "Nicht gefunden; vielleicht hat es jemand gelöscht.", err_rate_limited: "Zu viele Anfragen; bitte einen Moment warten.",
      err_internal: "Serverfehler; versuchen Sie es später erneut.", err_unavailable: "Der Dienst ist gerade nicht verfügbar; versuchen Sie es später erneut.",
      err_too_large: "Das ist zu lang.", err_network: "Der Server ist nicht erreichbar; prüfen Sie die Verbindung.",
      login_title: "kefu Shop-Verwaltung",
      login_who: "Für Inhaber und Administratoren des Shops. Melden Sie sich mit Ihrem Konto der Agentenkonsole an.",
      login_shop: "Shop", login_email: "E-Mail", login_password: "Passwort", login_submit: "Anmelden",
      login_wait: "Zu viele fehlgeschlagene Versuche. Zum Schutz des Kontos warten Sie bitte {wait}, bevor Sie es erneut versuchen.",
      login_again: "Sie können es jetzt erneut versuchen.", wait_seconds: "{n} Sek.", wait_minutes: "{n} Min.",
      to_console: "Agentenkonsole", to_dashboard: "Dashboard", to_admin: "Shop-Verwaltung", logout: "Abmelden", admin: "Shop-Verwaltung",
      refused_title: "Shop-Verwaltung",
      refused: "Nur Inhaber und Administratoren des Shops können diese Seiten nutzen.",
      refused_who: "Sie sind als {name} ({role}) angemeldet. Wenden Sie sich für Änderungen an einen Inhaber oder Administrator von {shop}.",
      role_agent: "Agent", role_admin: "Administrator", role_owner: "Inhaber",
      nav_settings: "Shop-Einstellungen", nav_knowledge: "Wissen", nav_synonyms: "Synonyme", nav_widget: "Widget",
      nav_agents: "Agenten", nav_keys: "API-Schlüssel", nav_promotions: "Aktionen", nav_canned: "Textbausteine",
      nav_feedback: "Feedback",
      fb_title: "Feedback und Korrekturen",
      fb_hint: "Was Agenten in der Konsole korrigiert haben und wie Kunden die Antworten des Bots fanden. Angenommene Neuzuordnungen trainieren das nächste Modell (kefu model retrain); siehe docs/learning.md.",
      fb_filter_kind: "Art", fb_filter_status: "Status", fb_any: "Alle", fb_show: "Anzeigen",
      fb_empty: "Noch kein Feedback.", fb_more: "Älteres Feedback",
      fb_when: "Wann", fb_kind: "Art", fb_who: "Wer", fb_what: "Was", fb_status: "Status",
      fb_k_relabel: "Neu zugeordnete Nachricht", fb_k_answer_fixed: "Bessere Antwort", fb_k_answer_flagged: "Antwort gemeldet",
      fb_k_article_wrong: "Artikel falsch", fb_k_article_outdated: "Artikel veraltet",
      fb_k_thumbs_up: "Kunde: hilfreich", fb_k_thumbs_down: "Kunde: nicht hilfreich",
      fb_s_proposed: "Vorgeschlagen", fb_s_accepted: "Angenommen", fb_s_rejected: "Abgelehnt",
      fb_accept: "Annehmen", fb_reject: "Ablehnen", fb_customer: "Kunde",
      fb_meant: "„{text}“ bedeutet {intent} (erkannt: {previous})", fb_reason: "Grund: {reason}",
      fb_article: "Artikel {id}", fb_answer: "Bessere Antwort: {answer}", fb_reply: "Zur Antwort auf {intent}",
      fb_reviewed: "von {name}, {time}",
      md_title: "Anliegen-Modell", md_serving: "Aktiv für diesen Shop: {version}", md_shipped: "das mit kefu ausgelieferte Modell",
      md_own: "eigenes Modell dieses Shops", md_global: "global", md_retrain: "Jetzt neu trainieren",
      md_retraining: "Wird neu trainiert … das dauert etwa eine Minute. Der Kandidat wird nur aktiv, wenn er die Regel erfüllt.",
      md_failed: "Das letzte Training ist fehlgeschlagen: {message}",
      md_hint: "Ein neues Training lernt aus den unten angenommenen Neuzuordnungen; der Kandidat wird mit dem aktiven Modell verglichen und nur übernommen, wenn er die korrigierten Nachrichten richtig erkennt und dabei höchstens 0,3 Punkte Dev-Genauigkeit oder Kalibrierung verliert.",
      md_version: "Version", md_created: "Trainiert", md_dev: "Dev-Genauigkeit", md_corrected: "Korrekturen richtig", md_verdict: "Ergebnis",
      md_paired: "{fixed} behoben, {broken} verschlechtert",
      md_serves: "Aktiv", md_kept_out: "Nicht übernommen", md_retired: "Zurückgenommen", md_was: "Früher aktiv", md_none: "Noch kein neues Training.",
      loading: "Wird geladen …", save: "Speichern", saving: "Wird gespeichert …", saved: "Gespeichert.", cancel: "Abbrechen", reload: "Neu laden",
      copy: "Kopieren", copied: "Kopiert", required: "Pflichtfeld.", error_generic: "Etwas ist schiefgelaufen: {message}",
      conflict: "Jemand anderes hat dies geändert, seit Sie es geöffnet haben. Laden Sie neu, um die andere Fassung zu sehen, und nehmen Sie Ihre Änderung dann erneut vor.",
      session_over: "Ihre Sitzung ist abgelaufen; bitte melden Sie sich erneut an.",
      // settings
      settings_title: "Shop-Einstellungen", settings_shop: "Shop: {name} ({id})",
      set_language_legend: "Sprachen", set_languages: "Sprachen, in denen der Shop antwortet", set_languages_hint: "Sprachcodes wie en, zh, de, durch Kommas getrennt. Der erste ist die Ausweichsprache.",
      set_default_language: "Standardsprache", set_default_language_hint: "Die Arbeitssprache des Shops.",
      set_currency: "Währung", set_currency_hint: "ISO-4217-Code, z. B. EUR, USD, CHF.",
      set_timezone: "Zeitzone", set_timezone_hint: "IANA-Name, z. B. Europe/Berlin oder Asia/Shanghai; für Uhrzeiten, die Kunden angezeigt werden.",
      set_cart_url: "Warenkorb-Link", set_cart_url_hint: "Der Link Ihres Shops mit {sku} an der Stelle der Artikelnummer, z. B. https://shop.example/cart/add?sku={sku}; empfohlene Produkte verlinken darauf. Leer: keine Warenkorb-Schaltfläche.",
      set_confidence: "Sicherheitsschwelle", set_confidence_hint: "Von 0 bis 1. Darunter bittet der Bot den Kunden um Klärung. Leer: Standard von kefu.",
      set_clarify: "Rückfragen-Limit", set_clarify_hint: "Wie viele Rückfragen in Folge, bevor ein Mensch übernimmt. Leer: Standard von kefu.",
      set_handoff: "Übergabe an einen Menschen",
      set_anger_handoff: "Stark verärgerte Kunden an einen Menschen übergeben",
      set_sensitive_handoff: "Heikle Themen (Gesundheit, rechtliche Drohungen, Betrug) an einen Menschen übergeben",
      set_strategies: "Strategien", set_strategies_hint: "Was kefu tut, wenn es die Stimmung eines Kunden erkennt, in der Reihenfolge der Versuche. Nicht angehakte werden nicht ausgeführt.",
      set_widget: "Chat-Widget", set_widget_enabled: "Besucher der Shop-Website können chatten (Widget ist an)",
      set_llm: "Sprachmodell", set_llm_answers: "Das Sprachmodell des Servers Antworten aus unseren Hilfeartikeln schreiben lassen, mit Quellenangabe",
      set_llm_hint: "Nur wenn auf dem Server ein Sprachmodell eingerichtet ist. Die Fragen der Kunden werden dann ohne E-Mail-Adressen, Telefon- und Bestellnummern daran gesendet; Antworten, die es nicht auf einen Artikel stützen kann, werden nicht angezeigt.",
      move_up: "Nach oben", move_down: "Nach unten",
      strategy_anger_priority: "Stark verärgerte Kunden in der Warteschlange vor ruhigeren einreihen",
      strategy_anxiety_progress: "Besorgten Kunden den gesamten Sendungsverlauf zeigen",
      strategy_satisfaction_offer: "Zufriedenen Kunden eine der aktuellen Aktionen des Shops anbieten",
      settings_bad_number: "Geben Sie eine Zahl ein.",
      // knowledge
      kn_title: "Wissen", kn_all: "Alle Artikel", kn_review: "Zu prüfen ({n})", kn_new: "Neuer Artikel",
      kn_empty: "Noch keine Artikel.", kn_review_empty: "Nichts wartet auf Prüfung.",
      kn_translate: "Übersetzen: {language}",
      kn_missing_list: "Noch nicht übersetzt:", kn_other_language: "Sprache, z. B. fr", kn_add_translation: "Übersetzung hinzufügen",
      st_draft: "Entwurf", st_in_review: "in Prüfung", st_published: "veröffentlicht",
      kn_submit: "Zur Prüfung einreichen", kn_publish: "Veröffentlichen", kn_send_back: "Zurückweisen", kn_withdraw: "Zurückziehen",
      kn_edit: "Bearbeiten", kn_history: "Versionen", kn_version: "Version {n}", kn_updated: "aktualisiert am {time}",
      kn_key: "Schlüssel", kn_key_hint: "Fasst die Übersetzungen eines Artikels zusammen, z. B. shipping-times.",
      kn_language: "Sprache", kn_title_field: "Titel", kn_body: "Text", kn_tags: "Tags", kn_intents: "Anliegen",
      kn_list_hint: "Durch Kommas getrennt.",
      kn_save_submit: "Speichern und zur Prüfung einreichen",
      kn_editing: "Artikel bearbeiten", kn_creating: "Neuer Artikel", kn_translating: "Neue Übersetzung",
      kn_source: "Original ({language})",
      kn_live_hint: "Dieser Artikel ist veröffentlicht: Gespeicherte Änderungen beantworten sofort Kundenfragen.",
      kn_published: "Veröffentlicht.", kn_sent_back: "Als Entwurf zurückgewiesen.", kn_withdrawn: "Als Entwurf zurückgezogen.", kn_submitted: "Zur Prüfung eingereicht.",
      kn_history_title: "Versionen von {key} ({language})", kn_from: "Von", kn_to: "Bis",
      kn_one_version: "Bisher gibt es nur eine Version.", kn_close: "Schließen",
      kn_no_change: "Kein Unterschied zwischen diesen Versionen.",
      kn_tags_line: "Tags: {tags}", kn_intents_line: "Anliegen: {intents}",
      // synonyms
      syn_title: "Synonyme",
      syn_hint: "Wörter oder Wendungen, die Ihre Kunden für dasselbe verwenden, eine Gruppe pro Zeile, durch Kommas getrennt, z. B. Paket, Päckchen. Die Wissenssuche behandelt jede Gruppe wie ein einziges Wort.",
      syn_add: "Gruppe hinzufügen", syn_remove: "Entfernen", syn_empty: "Noch keine Synonyme.",
      // widget
      w_title: "Widget auf Ihrer Website",
      w_off: "Das Chat-Widget ist in den Shop-Einstellungen ausgeschaltet: Die Codeschnipsel zeigen nichts an, bis Sie es einschalten.",
      w_bubble: "Chat-Blase auf jeder Seite",
      w_bubble_hint: "Vor </body> auf den Seiten einfügen, auf denen Kunden chatten können sollen.",
      w_frame: "Chat in einem Frame",
      w_frame_hint: "Für eine Hilfeseite oder die Web-Ansicht einer mobilen App.",
      w_signed: "Angemeldete Kunden",
      w_signed_hint: "Damit der Bot die Bestellungen eines Kunden nachsehen kann, bürgt Ihr Server dafür, wer angemeldet ist: Er signiert die Kunden-ID in Ihrem Shop mit dem Widget-Geheimnis und schreibt beides in die Seite. Berechnen Sie die Signatur nur auf Ihrem Server: Wer das Geheimnis kennt, kann sich als beliebiger Kunde ausgeben. Das Geheimnis wird hier nicht angezeigt.",
      w_signature: "Signatur = hex(HMAC-SHA256(Widget-Geheimnis, Kunden-ID))",
      w_secret_set: "Dieser Shop hat ein Widget-Geheimnis (es wurde einmal angezeigt, als der Shop angelegt wurde).",
      w_secret_unset: "Dieser Shop hat kein Widget-Geheimnis, daher können Besucher nur anonym chatten.",
      w_preview: "Chat-Seite öffnen",
      w_signed_bubble: "Chat-Blase für einen angemeldeten Kunden",
      w_signed_frame: "Frame für einen angemeldeten Kunden",
      w_sign_code: "Signatur auf Ihrem Server berechnen (Shell, Go)",
      delete: "Löschen", saved_name: "{name} gespeichert.",
      // promotions
      pr_title: "Aktionen", pr_new: "Neue Aktion",
      pr_hint: "Angebote, die der Bot Kunden nennen darf, zum Beispiel zufriedenen. Schreiben Sie jedes Angebot in den Sprachen Ihrer Kunden.",
      pr_empty: "Noch keine Aktionen.",
      pr_active: "Jetzt aktiv", pr_scheduled: "Beginnt am {time}", pr_ended: "Beendet am {time}",
      pr_from_until: "Vom {start} bis {end}", pr_from: "Ab {start}, ohne Ende", pr_until: "Bis {end}", pr_always: "Ohne Start- und Enddatum",
      pr_everything: "Auf das gesamte Sortiment", pr_categories_line: "Kategorien: {list}", pr_products_line: "Produkte (SKU): {list}",
      pr_min_line: "Für Bestellungen ab {amount}",
      pr_id_line: "ID {id}", pr_missing: "Noch kein Text auf {list}.",
      pr_delete_q: "{name} löschen? Der Bot bietet die Aktion sofort nicht mehr an.", pr_deleted: "{name} gelöscht.",
      pr_editing: "Aktion bearbeiten", pr_creating: "Neue Aktion",
      pr_code: "Code", pr_code_hint: "Was Kunden an der Kasse eingeben, z. B. SOMMER10. Optional.",
      pr_id: "ID", pr_id_hint: "Ihr eigener Name dafür, für die API und Importe, z. B. summer-sale. Lässt sich später nicht ändern.",
      pr_texts: "Angebotstext", pr_texts_hint: "Was der Bot einem Kunden sagt, in jeder Sprache; lassen Sie eine Sprache leer, um sie auszulassen.",
      pr_add_language: "Sprache hinzufügen",
      pr_when: "Zeitraum", pr_start: "Beginn", pr_start_hint: "Leer: ab sofort.", pr_end: "Ende", pr_end_hint: "Leer: ohne Ende.",
      pr_zone: "Zeiten in der Zeitzone Ihres Browsers ({zone}).",
      pr_what: "Gilt für",
      pr_categories: "Kategorien", pr_categories_hint: "Durch Kommas getrennt. Leer und ohne Produkte: das gesamte Sortiment.",
      pr_products: "Produkte", pr_products_hint: "SKUs, durch Kommas getrennt.",
      pr_min_total: "Mindestbestellwert", pr_min_total_hint: "Ein Betrag wie 50 oder 49,90. Leer: jede Bestellung.",
      pr_bad_amount: "Geben Sie einen Betrag wie 50 oder 49,90 ein (höchstens {n} Nachkommastellen).",
      pr_bad_time: "Geben Sie Datum und Uhrzeit ein.",
      pr_need_text: "Schreiben Sie das Angebot in mindestens einer Sprache.",
      pr_id_taken: "Eine Aktion mit dieser ID gibt es schon; bearbeiten Sie diese oder wählen Sie eine andere ID.",
      // canned replies
      cr_title: "Textbausteine", cr_new: "Neuer Textbaustein",
      cr_hint: "Fertige Antworten, die Agenten in der Konsole mit einem Klick einfügen. Die Konsole bietet einem Agenten zuerst die Textbausteine in seiner Sprache an.",
      cr_filter: "Sprache", cr_all_languages: "Alle Sprachen", cr_any_language: "jede Sprache",
      cr_empty: "Noch keine Textbausteine.", cr_untitled: "(ohne Titel)",
      cr_delete_q: "Diesen Textbaustein löschen?", cr_deleted: "{title} gelöscht.",
      cr_editing: "Textbaustein bearbeiten", cr_creating: "Neuer Textbaustein",
      cr_title_field: "Titel", cr_title_hint: "Woran Agenten ihn erkennen, z. B. Wo ist mein Paket. Geben Sie seinen Übersetzungen denselben Titel.",
      cr_id_hint: "Ihr eigener Name dafür, für die API und Importe. Wird aus dem Titel gebildet; lässt sich später nicht ändern.",
      cr_text_hint: "Die Antwort so, wie der Agent sie sendet.",
      cr_id_taken: "Einen Textbaustein mit dieser ID gibt es schon; wählen Sie eine andere ID.",
      // agents
      ag_title: "Agenten", ag_new: "Agent hinzufügen",
      ag_hint: "Die Personen, die in der Agentenkonsole Chats beantworten. Administratoren und Inhaber können auch diese Seiten nutzen.",
      ag_name: "Name", ag_role: "Rolle", ag_languages: "Sprachen", ag_skills: "Skills", ag_presence: "Status", ag_max_chats: "Max. Chats",
      ag_you: "Sie", ag_disabled: "Gesperrt", ag_disable: "Sperren", ag_enable: "Entsperren",
      ag_disable_q: "{name} sperren? Die Person kann sich nicht mehr anmelden und ihre Sitzungen enden.",
      ag_disabled_done: "{name} ist gesperrt.", ag_enabled_done: "{name} kann sich wieder anmelden.",
      ag_owner_only: "Nur ein Inhaber kann einen Inhaber ändern.",
      role_agent_hint: "beantwortet Chats", role_admin_hint: "nutzt auch diese Seiten", role_owner_hint: "ernennt und ändert auch Inhaber",
      presence_online: "Verfügbar", presence_away: "Abwesend", presence_offline: "Offline",
      ag_editing: "{name} bearbeiten", ag_creating: "Neuer Agent", ag_created: "{name} hinzugefügt.",
      ag_email_hint: "Damit meldet sich der Agent an.", ag_email_fixed: "Die E-Mail-Adresse eines Agenten lässt sich nicht ändern.",
      ag_name_hint: "Wird Kunden angezeigt, wenn dieser Agent antwortet.",
      ag_own_role: "Sie können Ihre eigene Rolle nicht ändern.",
      ag_languages_hint: "Sprachcodes wie en, de, durch Kommas getrennt; Konversationen in diesen Sprachen gehen zuerst an diesen Agenten.",
      ag_skills_hint: "Durch Kommas getrennt, z. B. billing, cold_chain.",
      ag_max_chats_hint: "Wie viele Konversationen der Agent gleichzeitig betreut, 1 bis 100.",
      ag_password_hint: "Mindestens 8 Zeichen. Geben Sie es dem Agenten persönlich.",
      ag_new_password: "Neues Passwort", ag_password_keep: "Leer lassen, um das bisherige zu behalten. Ein neues Passwort meldet den Agenten überall ab.",
      ag_disabled_label: "Gesperrt: kann sich nicht anmelden (der Agent bleibt in der Liste)",
      // API keys
      key_title: "API-Schlüssel",
      key_hint: "Mit Schlüsseln sprechen Ihre eigenen Server mit kefu. Ein Schlüssel handelt für den ganzen Shop: Bewahren Sie ihn auf Ihren Servern auf, nie in einer Webseite oder App.",
      key_new: "Neuer Schlüssel", key_name: "Name", key_name_hint: "Wofür er ist, damit Sie später wissen, welchen Schlüssel Sie widerrufen müssen.",
      key_name_example: "z. B. Website-Backend",
      key_scope: "Berechtigung", key_create: "Schlüssel erstellen",
      scope_chat: "Chat", scope_chat_hint: "Für den Server hinter Ihrem Chat-Widget oder Ihrer App: Er eröffnet Konversationen und sendet die Nachrichten der Kunden. Er kann die Daten des Shops weder lesen noch ändern.",
      scope_admin: "Admin", scope_admin_hint: "Für den Abgleich mit Ihrem Backoffice: Produkte, Bestellungen, Wissen, Aktionen und Einstellungen über die Admin-API, dazu alles, was ein Chat-Schlüssel kann.",
      key_list: "Schlüssel dieses Shops", key_empty: "Dieser Shop hat noch keine API-Schlüssel.",
      key_starts: "Beginnt mit", key_created: "Erstellt", key_state: "Status",
      key_working: "Aktiv", key_revoked_on: "Widerrufen am {time}", key_revoke: "Widerrufen",
      key_revoke_q: "„{name}“ widerrufen? Alles, was ihn nutzt, funktioniert sofort nicht mehr.", key_revoked: "{name} widerrufen.",
      key_new_title: "Neuer Schlüssel „{name}“ ({scope})",
      key_once: "Kopieren Sie ihn jetzt und bewahren Sie ihn sicher auf: Sie sehen ihn nicht wieder. kefu speichert nur einen Fingerabdruck davon; wenn Sie ihn verlieren, erstellen Sie einen neuen Schlüssel und widerrufen diesen.",
      key_use_chat: "Ihr Server sendet ihn als Authorization: Bearer <key>, wenn er eine Konversation eröffnet.",
      key_use_admin: "Ihr Backoffice sendet ihn als Authorization: Bearer <key> an die Admin-API unter /v1.",
      key_done: "Ich habe ihn kopiert",
      // compensation rules
      nav_rules: "Kulanzregeln", nav_compensations: "Kulanzleistungen",
      ru_title: "Kulanzregeln", ru_new: "Neue Regel",
      ru_hint: "Was ein Kunde erhält, wenn bei einer Bestellung etwas schiefgeht. Die Regeln werden in dieser Reihenfolge geprüft; es entscheidet die erste aktive Regel, deren Bedingung zutrifft.",
      ru_empty: "Noch keine Regeln: Nichts wird automatisch gewährt.",
      ru_order: "Reihenfolge", ru_name: "Name", ru_when: "Bedingung", ru_grants: "Gewährt", ru_limit: "Pro Kunde", ru_state: "Status", ru_version: "Version",
      ru_limit_n: "höchstens {n} in 30 Tagen", ru_no_limit: "unbegrenzt", ru_enabled: "Aktiv", ru_paused: "Pausiert",
      ru_coupon_of: "Gutschein über {amount}", ru_min: "ab {amount} Bestellwert", ru_no_min: "ohne Mindestwert",
      ru_valid_days: "{n} Tage gültig", ru_no_expiry: "unbefristet",
      gk_coupon: "Gutschein", gk_refund_line: "Erstattung der betroffenen Position", gk_refund_order: "Erstattung der ganzen Bestellung", gk_none: "Nichts (hier aufhören)",
      gk_coupon_words: "Gutschein", gk_refund_line_words: "Erstattung der betroffenen Position", gk_refund_order_words: "Erstattung der ganzen Bestellung",
      gk_none_words: "Nichts; spätere Regeln werden nicht geprüft",
      gk_refund_line_of: "Erstattung von {amount} (eine Position)", gk_refund_order_of: "Erstattung von {amount} (die Bestellung)",
      ru_delete_q: "Regel {name} löschen? Sie gewährt sofort nichts mehr; das Kulanzbuch behält ihre Versionen.", ru_deleted: "{name} gelöscht.",
      ru_editing: "Regel {name} bearbeiten (Version {version})", ru_creating: "Neue Regel",
      ru_name_hint: "Wofür die Regel ist, z. B. Verspätete Lieferung.",
      ru_id_hint: "Ihr eigener Name dafür, für die API und das Kulanzbuch. Wird aus dem Namen gebildet; lässt sich später nicht ändern.",
      ru_when_hint: "Eine CEL-Bedingung über den Vorfall, z. B. delay_minutes > 30 oder kind == \"underweight\" && missing_grams >= 100. Die Variablen stehen in docs/compensation.md.",
      ru_kind: "Was sie gewährt",
      ru_amount: "Gutscheinbetrag ({currency})", ru_amount_hint: "Ein Betrag wie 5 oder 4,50.", ru_no_currency: "Legen Sie zuerst die Währung des Shops in den Shop-Einstellungen fest.",
      ru_min_order: "Mindestbestellwert", ru_min_order_hint: "Leer: Der Gutschein gilt für jede Bestellung.",
      ru_days: "Gültig (Tage)", ru_days_hint: "Leer: Er läuft nicht ab.",
      ru_order_hint: "Kleinere Zahlen werden zuerst geprüft.",
      ru_limit_hint: "Kunden überspringen, die in den letzten 30 Tagen schon so viele Kulanzleistungen erhalten haben. Leer: unbegrenzt.",
      ru_enabled_label: "Aktiv: Die Regel gewährt (Haken entfernen, um sie zu pausieren)",
      ru_id_taken: "Eine Regel mit dieser ID gibt es schon; bearbeiten Sie diese oder wählen Sie eine andere ID.",
      ru_saved: "{name} gespeichert (Version {version}).",
      dr_title: "Probelauf", dr_hint: "Was die Regeln für die Vorfälle gewährt hätten, die kefu an diesen Tagen erfasst hat. Es wird nichts gewährt.",
      dr_since: "Von", dr_until: "Bis", dr_run_current: "Probelauf mit den aktuellen Regeln", dr_run_draft: "Probelauf mit diesem Entwurf",
      dr_running: "Läuft …", dr_bad_dates: "Wählen Sie die Daten.", dr_fix_draft: "Der Entwurf enthält einen Fehler; siehe Formular.",
      dr_summary: "{n} Vorfälle; {granted} hätten etwas erhalten, Kosten {cost}.",
      dr_with_draft: "Mit dem Entwurf von {name}:",
      dr_limited: "Nur die ersten 10.000 Vorfälle wurden durchgespielt.", dr_no_rules: "Es gibt keine Regeln zum Prüfen.",
      dr_matched: "Entschieden", dr_granted: "Gewährt", dr_errors: "Fehler", dr_cost: "Kosten", dr_draft: "Entwurf",
      dr_errors_title: "Fehler ({n})", dr_error_line: "Vorfall {incident}, Regel {rule}: {message}",
      // the ledger
      lg_title: "Kulanzleistungen", lg_hint: "Was Kunden per Regel oder von einem Agenten erhalten haben, neueste zuerst. Ein widerrufener Eintrag bleibt mit Angabe, wer ihn warum widerrufen hat, in der Liste.",
      lg_customer: "Kunde", lg_customer_ph: "Kunden-ID in Ihrem Shop", lg_order: "Bestellung", lg_show: "Anzeigen",
      lg_empty: "In diesem Zeitraum wurde nichts gewährt.",
      lg_date: "Datum", lg_what: "Was", lg_by: "Gewährt von",
      lg_coupon: "Gutschein über {amount}", lg_rule: "Regel {rule} (Version {version})", lg_agent: "Agent {name}",
      lg_granted: "Gewährt", lg_revoked: "Widerrufen", lg_revoked_by: "von {name}, {time}",
      lg_reason: "Grund", lg_reason_ph: "Warum wird widerrufen?", lg_revoke_q: "Widerrufen?",
      lg_reason_needed: "Geben Sie einen Grund an.", lg_revoked_done: "Widerrufen.",
      // review queue (docs/feeds.md)
      nav_review: "Prüfliste",
      rq_title: "Prüfliste",
      rq_hint: "Artikel, die auf eine Entscheidung warten: Entwürfe aus neuen Produkten und aus Konversationen, die Ihre Agenten gelöst haben, Artikel, die ein Feed veralten ließ (Preis oder Name geändert, Aktion beendet), und Artikel, die jemand als falsch gemeldet hat. Veraltete und von Agenten gemeldete Artikel beantworten keine Kundenfragen, bis Sie sie freigeben.",
      rq_all: "Alle ({n})", rq_stale: "Veraltet ({n})", rq_flagged: "Gemeldet ({n})", rq_drafts: "Entwürfe ({n})",
      rq_empty: "Nichts wartet auf Prüfung.",
      rq_kind_stale: "Veraltet", rq_kind_flagged: "Gemeldet", rq_kind_draft: "Entwurf",
      rq_withdrawn: "Beantwortet bis zur Prüfung keine Kundenfragen",
      rq_src_feed: "Feed {name}", rq_src_agent: "Agent", rq_src_customer: "Kunde", rq_src_suggestions: "Aus Konversationen vorgeschlagen",
      rq_flag_line: "{source} · {who} · {time}", rq_flag_line_nobody: "{source} · {time}", rq_support: "Gefragt in {n} von Agenten gelösten Konversationen", rq_reason_new_product: "Neues Produkt: {name} ({sku})", rq_reason_price: "Preis von {name} ({sku}) von {old} auf {new} geändert", rq_reason_renamed: "{name} ({sku}) heißt jetzt {new_name}", rq_reason_discontinued: "{name} ({sku}) wird nicht mehr verkauft", rq_reason_promo_code: "Aktion {promotion}: Code {code} lautet jetzt {new_code}", rq_reason_promo_withdrawn: "Aktion {promotion} wurde zurückgezogen", rq_reason_promo_ended: "Aktion {promotion} endete am {time}", rq_reason_more: "und {n} weitere", fe_currency: "„{value}“ ist kein Währungscode wie EUR oder SGD", fe_country: "„{value}“ ist kein Ländercode wie GB oder EU", fe_language: "„{value}“ ist kein Sprachcode wie en, zh-Hant oder es-419", fe_canonical: "Schreiben Sie „{want}“ statt „{value}“", fe_regexp: "„{value}“ ist kein gültiger regulärer Ausdruck", fe_range: "Geben Sie eine Zahl von {min} bis {max} ein", fe_min: "Geben Sie {min} oder mehr ein", fe_cart_url: "Geben Sie einen http- oder https-Link ein, der {sku} an der Stelle der Artikelnummer (SKU) enthält", fe_queue_cap: "Geben Sie -1 (keine Grenze), 0 (Vorgabe des Servers) oder eine Zahl von 1 bis {max} ein",
      rq_approve: "Freigeben und veröffentlichen", rq_edit: "Bearbeiten", rq_reject: "Ablehnen",
      rq_reason: "Grund", rq_reason_ph: "Warum wird abgelehnt?", rq_reason_needed: "Geben Sie einen Grund an.",
      rq_confirm_reject: "Ablehnen", rq_save: "Neue Version speichern",
      rq_approved: "Freigegeben: {title}", rq_rejected: "Abgelehnt: {title}", rq_edited: "Neue Version von {title} gespeichert. Geben Sie sie frei, um sie zu veröffentlichen.",
      rq_suggest: "Artikel aus gelösten Konversationen vorschlagen",
      rq_suggested: "{n} Vorschläge ({new} neu) aus {conversations} Konversationen.",
      rq_version: "Version {n}",
      rq_feeds: "Feeds", rq_feed_kefu: "kefu-Feed", rq_feed_shopify: "Shopify", rq_feed_google: "Google Merchant Center",
      rq_feed_polled: "abgerufen alle {interval}", rq_feed_webhook: "an seinen Webhook geliefert",
      rq_feed_add: "Feed hinzufügen", rq_feed_edit: "Bearbeiten", rq_feed_poll: "Jetzt abrufen", rq_feed_delete: "Löschen",
      rq_feed_delete_q: "Feed {name} löschen? Die Produkte und Artikel, die er angelegt hat, bleiben.", rq_feed_deleted: "Feed {name} gelöscht.",
      rq_feed_saved: "Feed {name} gespeichert.", rq_feed_polled_now: "{name} abgerufen: {products} im Feed, {new} neu, {changes} mit neuem Preis, {stale} Artikel veraltet.",
      rq_feed_creating: "Neuer Feed", rq_feed_editing: "Feed {name}",
      rq_feed_name: "Name", rq_feed_name_hint: "Kleinbuchstaben, Ziffern, - und _, z. B. shopify. Er ist Teil der Webhook-Adresse und lässt sich nicht ändern.",
      rq_feed_format: "Format", rq_feed_url: "Abrufadresse", rq_feed_url_hint: "Optional: kefu ruft diese Adresse im unten gewählten Abstand ab. Leer: Der Feed kommt nur über seinen Webhook.",
      rq_feed_interval: "Abrufen alle", rq_feed_language: "Sprache der Namen", rq_feed_language_hint: "Für Shopify- und Google-Feeds, die nur eine Sprache enthalten. Leer: die Standardsprache des Shops.",
      rq_feed_currency: "Währung der Preise", rq_feed_currency_hint: "Für Shopify-Feeds, deren Preise keine Währung nennen, z. B. EUR.",
      rq_feed_secret: "Signaturgeheimnis", rq_feed_secret_hint: "Mit dem Absender geteilt, der jede Lieferung signiert (HMAC-SHA256). Leer: das bisherige behalten.",
      rq_feed_secret_set: "Ein Geheimnis ist gesetzt.", rq_feed_hooks: "Webhook mit Admin-API-Schlüssel: {keyed}  ·  signiert, ohne Schlüssel (Shopify): {signed}",
      rq_feed_never: "noch nichts empfangen", rq_feed_ok: "zuletzt empfangen am {time}", rq_feed_failed: "letzte Lieferung am {time} fehlgeschlagen: {error}",
      // product knowledge
      nav_profiles: "Produktwissen",
      pk_title: "Produktwissen",
      pk_hint: "Was kefu über jedes Produkt weiß, gelesen aus Produktseite und Inhaltsstoffliste: für wen es passt, was zu meiden ist, Warnhinweise und mehr. Jedes Tag nennt seine Quelle. Ihre Änderungen haben Vorrang vor dem, was kefu abgeleitet hat, und bleiben erhalten, wenn sich das Produkt ändert.",
      pk_find: "Produkt suchen", pk_find_ph: "Name oder SKU", pk_pick: "Produkt", pk_none: "Keine passenden Produkte.",
      pk_no_products: "Der Katalog ist leer: Senden Sie zuerst Produkte.",
      pk_partial: "Es sind nur die wichtigsten Inhaltsstoffe aufgeführt, daher kann kefu nicht sagen, was das Produkt nicht enthält (parfümfrei, ohne austrocknenden Alkohol, …).",
      pk_derived: "Abgeleitet am {time}", pk_unknown: "unbekannt",
      pk_edits: "Ihre Änderungen", pk_edits_hint: "Werte durch Kommas getrennt; ein vorangestelltes - entfernt einen von kefu abgeleiteten Wert (z. B. oily, -dry).",
      pk_save: "Änderungen speichern", pk_saved: "Gespeichert; das Profil wurde neu abgeleitet.", pk_remove: "Entfernen", pk_remove_label: "{value} aus {dimension} entfernen",
      pk_shop: "vom Shop festgelegt",
      pk_lv_ok: "unbedenklich", pk_lv_caution: "Vorsicht", pk_lv_avoid: "meiden",
      ev_ingredient: "Inhaltsstoff {ingredients}", ev_ingredient_rule: "Inhaltsstoff {ingredients} ({rule})",
      ev_rule_plain: "Regel {rule}", ev_rule: "Regel {rule}, weil {because}", ev_rule_ings: "Regel {rule}, weil {because}; aus {ingredients}",
      ev_attribute: "„{attribute}“ des Produkts", ev_text: "Die Wörter „{note}“ in {attribute} des Produkts",
      ev_catalog: "Preise im Katalog: {note}", ev_shop: "Vom Shop festgelegt ({attribute})", ev_note: "{text}: {note}",
      dim_category: "Kategorie", dim_brand: "Marke", dim_step: "Pflegeschritt", dim_ingredients: "Inhaltsstoffe", dim_actives: "Wirkstoffe",
      dim_strength: "Stärke", dim_fragrance: "Duftstoffe", dim_alcohol: "Alkohol", dim_silicones: "Silikone",
      dim_comedogenic: "Komedogen", dim_irritants: "Reizstoffe", dim_efficacy: "Wirkung", dim_suits_skin: "Für Hauttyp",
      dim_avoid_skin: "Nicht für Hauttyp", dim_suits_concern: "Hilft bei", dim_avoid_concern: "Nicht bei", dim_cautions: "Warnhinweise",
      dim_conflicts: "Nicht kombinieren mit", dim_pregnancy: "Schwangerschaft", dim_time_of_day: "Tageszeit", dim_season: "Jahreszeit",
      dim_finish: "Finish", dim_texture: "Textur", dim_coverage: "Deckkraft", dim_spf: "Sonnenschutz", dim_price_band: "Preisklasse"
    },
    ar: {
      title: "kefu · إدارة المتجر",
      pct: "{n}%",
      dur_minutes: "{n} د", dur_hours: "{n} س",
      login_shop_ph: "مثلًا globalmart",
      login_demo: "تجربة: المتجر {shop}، {ana}، كلمة المرور {password}.",
      nav_label: "الأقسام",
      err_unauthorized: "المتجر أو البريد الإلكتروني أو كلمة المرور غير صحيحة، أو انتهت الجلسة.", err_forbidden: "لا تملك صلاحية القيام بذلك.",
      err_not_found: "غير موجود؛ ربما حذفه شخص آخر.", err_rate_limited: "طلبات كثيرة جدًا؛ يُرجى الانتظار قليلًا.",
      err_internal: "خطأ في الخادم؛ يُرجى المحاولة لاحقًا.", err_unavailable: "الخدمة غير متاحة حاليًا؛ يُرجى المحاولة لاحقًا.",
      err_too_large: "المحتوى طويل جدًا.", err_network: "تعذّر الوصول إلى الخادم؛ يُرجى التحقق من الاتصال.",
      login_title: "kefu · إدارة المتجر",
      login_who: "لمالكي المتجر ومشرفيه. سجّل الدخول بحسابك في لوحة خدمة العملاء.",
      login_shop: "المتجر", login_email: "البريد الإلكتروني", login_password: "كلمة المرور", login_submit: "تسجيل الدخول",
      login_wait: "محاولات فاشلة كثيرة. حفاظًا على أمان الحساب، يُرجى الانتظار {wait} قبل المحاولة مرة أخرى.",
      login_again: "يمكنك المحاولة مرة أخرى الآن.", wait_seconds: "{n} ث", wait_minutes: "{n} د",
      to_console: "لوحة خدمة العملاء", to_dashboard: "لوحة المعلومات", to_admin: "إدارة المتجر", logout: "تسجيل الخروج", admin: "إدارة المتجر",
      refused_title: "إدارة المتجر",
      refused: "لا يمكن استخدام هذه الصفحات إلا لمالكي المتجر ومشرفيه.",
      refused_who: "أنت مسجّل الدخول باسم {name} ({role}). اطلب من أحد مالكي {shop} أو مشرفيه إذا احتجت إلى تغيير.",
      role_agent: "موظف دعم", role_admin: "مشرف", role_owner: "مالك",
      nav_settings: "إعدادات المتجر", nav_knowledge: "المعرفة", nav_synonyms: "المرادفات", nav_widget: "أداة الدردشة",
      nav_agents: "الموظفون", nav_keys: "مفاتيح API", nav_promotions: "العروض الترويجية", nav_canned: "الردود الجاهزة",
      nav_feedback: "الملاحظات",
      fb_title: "الملاحظات والتصحيحات",
      fb_hint: "ما صحّحه الموظفون في لوحة خدمة العملاء وما رآه العملاء في ردود الروبوت. تُستخدم إعادات التصنيف المقبولة لتدريب النموذج التالي (kefu model retrain)؛ راجع docs/learning.md.",
      fb_filter_kind: "النوع", fb_filter_status: "الحالة", fb_any: "الكل", fb_show: "عرض",
      fb_empty: "لا توجد ملاحظات بعد.", fb_more: "ملاحظات أقدم",
      fb_when: "الوقت", fb_kind: "النوع", fb_who: "من", fb_what: "المحتوى", fb_status: "الحالة",
      fb_k_relabel: "رسالة أُعيد تصنيفها", fb_k_answer_fixed: "إجابة أفضل", fb_k_answer_flagged: "إجابة مُشار إليها",
      fb_k_article_wrong: "مقالة خاطئة", fb_k_article_outdated: "مقالة قديمة",
      fb_k_thumbs_up: "العميل: مفيدة", fb_k_thumbs_down: "العميل: غير مفيدة",
      fb_s_proposed: "مقترحة", fb_s_accepted: "مقبولة", fb_s_rejected: "مرفوضة",
      fb_accept: "قبول", fb_reject: "رفض", fb_customer: "العميل",
      fb_meant: "«{text}» تعني {intent} (فُهمت على أنها: {previous})", fb_reason: "السبب: {reason}",
      fb_article: "المقالة {id}", fb_answer: "إجابة أفضل: {answer}", fb_reply: "على الرد على {intent}",
      fb_reviewed: "بواسطة {name}، {time}",
      md_title: "نموذج النوايا", md_serving: "المستخدم في هذا المتجر: {version}", md_shipped: "النموذج المرفق مع kefu",
      md_own: "خاص بهذا المتجر", md_global: "عام", md_retrain: "إعادة التدريب الآن",
      md_retraining: "جارٍ إعادة التدريب… يستغرق ذلك دقيقة تقريبًا. لا يُستخدم النموذج المرشح إلا إذا اجتاز القاعدة.",
      md_failed: "فشلت آخر إعادة تدريب: {message}",
      md_hint: "تتعلم إعادة التدريب من إعادات التصنيف المقبولة أدناه؛ ويُقارن النموذج المرشح بالنموذج المستخدم ولا يُعتمد إلا إذا أصاب في الرسائل المصححة دون أن يخسر أكثر من 0.3 نقطة من دقة مجموعة التطوير أو المعايرة.",
      md_version: "الإصدار", md_created: "تاريخ التدريب", md_dev: "دقة مجموعة التطوير", md_corrected: "المصححة بشكل صحيح", md_verdict: "النتيجة",
      md_paired: "{fixed} صُحّحت، {broken} أُفسدت",
      md_serves: "قيد الاستخدام", md_kept_out: "لم يُعتمد", md_retired: "تم التراجع عنه", md_was: "استُخدم سابقًا", md_none: "لم تجرِ إعادة تدريب بعد.",
      loading: "جارٍ التحميل…", save: "حفظ", saving: "جارٍ الحفظ…", saved: "تم الحفظ.", cancel: "إلغاء", reload: "إعادة التحميل",
      copy: "نسخ", copied: "تم النسخ", required: "مطلوب.", error_generic: "حدث خطأ: {message}",
      conflict: "غيّر شخص آخر هذا العنصر منذ فتحته. أعد التحميل لرؤية نسخته، ثم أجرِ تغييرك مرة أخرى.",
      session_over: "انتهت جلستك؛ يُرجى تسجيل الدخول مرة أخرى.",
      // settings
      settings_title: "إعدادات المتجر", settings_shop: "المتجر: {name} ({id})",
      set_language_legend: "اللغات", set_languages: "اللغات التي يجيب بها المتجر", set_languages_hint: "رموز لغات مثل ar وen وzh، مفصولة بفواصل. الأولى هي اللغة الاحتياطية.",
      set_default_language: "اللغة الافتراضية", set_default_language_hint: "لغة العمل في المتجر.",
      set_currency: "العملة", set_currency_hint: "رمز ISO 4217، مثل EUR أو USD أو SAR.",
      set_timezone: "المنطقة الزمنية", set_timezone_hint: "اسم IANA، مثل Asia/Riyadh أو Europe/Berlin؛ يُستخدم للأوقات المعروضة للعملاء.",
      set_cart_url: "رابط الإضافة إلى السلة", set_cart_url_hint: "رابط متجرك مع {sku} في موضع رمز المنتج (SKU)، مثل https://shop.example/cart/add?sku={sku}؛ تشير المنتجات المقترحة إليه. فارغ: لا يظهر زر الإضافة إلى السلة.",
      set_confidence: "حد الثقة", set_confidence_hint: "من 0 إلى 1. تحته يطلب الروبوت من العميل التوضيح. فارغ: القيمة الافتراضية في kefu.",
      set_clarify: "حد طلبات التوضيح", set_clarify_hint: "عدد أسئلة التوضيح المتتالية قبل أن يتولى موظف المحادثة. فارغ: القيمة الافتراضية في kefu.",
      set_handoff: "التحويل إلى موظف",
      set_anger_handoff: "تحويل العملاء شديدي الغضب إلى موظف",
      set_sensitive_handoff: "تحويل المواضيع الحساسة (الصحة، التهديدات القانونية، الاحتيال) إلى موظف",
      set_strategies: "الاستراتيجيات", set_strategies_hint: "ما يفعله kefu عندما يستشعر مزاج العميل، بترتيب التجربة. غير المحدد منها لا يُنفَّذ.",
      set_widget: "أداة الدردشة", set_widget_enabled: "يمكن لزوار موقع المتجر الدردشة (الأداة مفعّلة)",
      set_llm: "نموذج اللغة", set_llm_answers: "السماح لنموذج اللغة في الخادم بكتابة إجابات من مقالات المساعدة لدينا مع الإشارة إليها",
      set_llm_hint: "فقط عندما يكون في الخادم نموذج لغة مُعدّ. تُرسل إليه عندئذٍ أسئلة العملاء بعد حذف بريدهم الإلكتروني وهواتفهم وأرقام طلباتهم؛ ولا تُعرض الإجابات التي لا يستطيع إسنادها إلى مقالة.",
      move_up: "نقل للأعلى", move_down: "نقل للأسفل",
      strategy_anger_priority: "تقديم العملاء شديدي الغضب على الأهدأ منهم في قائمة الانتظار",
      strategy_anxiety_progress: "عرض مسار الشحنة كاملًا للعملاء القلقين",
      strategy_satisfaction_offer: "عرض أحد العروض الترويجية الحالية للمتجر على العملاء الراضين",
      settings_bad_number: "أدخل رقمًا.",
      // knowledge
      kn_title: "المعرفة", kn_all: "كل المقالات", kn_review: "قائمة المراجعة ({n})", kn_new: "مقالة جديدة",
      kn_empty: "لا توجد مقالات بعد.", kn_review_empty: "لا شيء بانتظار المراجعة.",
      kn_translate: "ترجمة إلى {language}",
      kn_missing_list: "لم تُترجم بعد:", kn_other_language: "لغة أخرى، مثل fr", kn_add_translation: "إضافة ترجمة",
      st_draft: "مسودة", st_in_review: "قيد المراجعة", st_published: "منشورة",
      kn_submit: "إرسال للمراجعة", kn_publish: "نشر", kn_send_back: "إعادة", kn_withdraw: "سحب",
      kn_edit: "تعديل", kn_history: "الإصدارات", kn_version: "الإصدار {n}", kn_updated: "حُدّثت {time}",
      kn_key: "المفتاح", kn_key_hint: "يجمع ترجمات المقالة الواحدة، مثل shipping-times.",
      kn_language: "اللغة", kn_title_field: "العنوان", kn_body: "النص", kn_tags: "الوسوم", kn_intents: "النوايا",
      kn_list_hint: "مفصولة بفواصل.",
      kn_save_submit: "حفظ وإرسال للمراجعة",
      kn_editing: "تعديل مقالة", kn_creating: "مقالة جديدة", kn_translating: "ترجمة جديدة",
      kn_source: "الأصل ({language})",
      kn_live_hint: "هذه المقالة منشورة: التغييرات المحفوظة تُستخدم في الرد على العملاء فورًا.",
      kn_published: "نُشرت.", kn_sent_back: "أُعيدت إلى مسودة.", kn_withdrawn: "سُحبت إلى مسودة.", kn_submitted: "أُرسلت للمراجعة.",
      kn_history_title: "إصدارات {key} ({language})", kn_from: "من", kn_to: "إلى",
      kn_one_version: "لا يوجد سوى إصدار واحد حتى الآن.", kn_close: "إغلاق",
      kn_no_change: "لا فرق بين هذين الإصدارين.",
      kn_tags_line: "الوسوم: {tags}", kn_intents_line: "النوايا: {intents}",
      // synonyms
      syn_title: "المرادفات",
      syn_hint: "كلمات أو عبارات يستخدمها عملاؤك للشيء نفسه، مجموعة في كل صف، مفصولة بفواصل، مثل: طرد، شحنة. يتعامل البحث في المعرفة مع كل مجموعة ككلمة واحدة.",
      syn_add: "إضافة مجموعة", syn_remove: "إزالة", syn_empty: "لا توجد مرادفات بعد.",
      // widget
      w_title: "أداة الدردشة على موقعك",
      w_off: "أداة الدردشة متوقفة في إعدادات المتجر: لن تعرض المقتطفات شيئًا حتى تفعّلها.",
      w_bubble: "فقاعة دردشة في كل صفحة",
      w_bubble_hint: "الصقه قبل </body> في الصفحات التي تريد أن يتمكن العملاء من الدردشة فيها.",
      w_frame: "الدردشة داخل إطار",
      w_frame_hint: "لصفحة مساعدة أو لعرض الويب في تطبيق جوال.",
      w_signed: "العملاء المسجّلون",
      w_signed_hint: "لكي يتمكن الروبوت من البحث في طلبات العميل، يضمن خادمك هوية المسجّل: يوقّع معرّف العميل في متجرك بسر الأداة ويضع الاثنين في الصفحة. احسب التوقيع على خادمك فقط: من يملك السر يستطيع انتحال صفة أي عميل. لا يُعرض السر هنا.",
      w_signature: "signature = hex(HMAC-SHA256(سر الأداة,\u200E معرّف العميل))",
      w_secret_set: "لهذا المتجر سر للأداة (عُرض مرة واحدة عند إنشاء المتجر).",
      w_secret_unset: "ليس لهذا المتجر سر للأداة، لذا لا يستطيع الزوار الدردشة إلا دون تعريف.",
      w_preview: "فتح صفحة الدردشة",
      w_signed_bubble: "فقاعة الدردشة لعميل مسجّل",
      w_signed_frame: "إطار لعميل مسجّل",
      w_sign_code: "حساب التوقيع على خادمك (shell، Go)",
      delete: "حذف", saved_name: "تم حفظ {name}.",
      // promotions
      pr_title: "العروض الترويجية", pr_new: "عرض جديد",
      pr_hint: "عروض يمكن للروبوت ذكرها للعملاء، مثل العملاء الراضين. اكتب كل عرض باللغات التي يتحدثها عملاؤك.",
      pr_empty: "لا توجد عروض ترويجية بعد.",
      pr_active: "نشط الآن", pr_scheduled: "يبدأ {time}", pr_ended: "انتهى {time}",
      pr_from_until: "من {start} حتى {end}", pr_from: "من {start}، دون نهاية", pr_until: "حتى {end}", pr_always: "دون تاريخ بداية أو نهاية",
      pr_everything: "على كل منتجات المتجر", pr_categories_line: "الفئات: {list}", pr_products_line: "المنتجات (SKU): {list}",
      pr_min_line: "للطلبات بدءًا من {amount}",
      pr_id_line: "المعرّف {id}", pr_missing: "لا يوجد نص بعد بـ: {list}.",
      pr_delete_q: "حذف {name}؟ سيتوقف الروبوت عن عرضه فورًا.", pr_deleted: "تم حذف {name}.",
      pr_editing: "تعديل العرض", pr_creating: "عرض جديد",
      pr_code: "الرمز", pr_code_hint: "ما يدخله العملاء عند الدفع، مثل SUMMER10. اختياري.",
      pr_id: "المعرّف", pr_id_hint: "اسمك الخاص له، لواجهة API وعمليات الاستيراد، مثل summer-sale. لا يمكن تغييره لاحقًا.",
      pr_texts: "نص العرض", pr_texts_hint: "ما يقوله الروبوت للعميل بكل لغة؛ اترك اللغة فارغة لتخطيها.",
      pr_add_language: "إضافة لغة",
      pr_when: "الوقت", pr_start: "البداية", pr_start_hint: "فارغ: من الآن.", pr_end: "النهاية", pr_end_hint: "فارغ: دون نهاية.",
      pr_zone: "الأوقات بالمنطقة الزمنية لمتصفحك ({zone}).",
      pr_what: "ما ينطبق عليه",
      pr_categories: "الفئات", pr_categories_hint: "مفصولة بفواصل. فارغ دون منتجات: كل منتجات المتجر.",
      pr_products: "المنتجات", pr_products_hint: "رموز SKU، مفصولة بفواصل.",
      pr_min_total: "الحد الأدنى لإجمالي الطلب", pr_min_total_hint: "مبلغ مثل 50 أو 49.90. فارغ: أي طلب.",
      pr_bad_amount: "أدخل مبلغًا مثل 50 أو 49.90 (بحد أقصى {n} منازل عشرية).",
      pr_bad_time: "أدخل تاريخًا ووقتًا.",
      pr_need_text: "اكتب العرض بلغة واحدة على الأقل.",
      pr_id_taken: "يوجد عرض بهذا المعرّف بالفعل؛ عدّل ذلك العرض أو اختر معرّفًا آخر.",
      // canned replies
      cr_title: "الردود الجاهزة", cr_new: "رد جاهز جديد",
      cr_hint: "إجابات جاهزة يدرجها الموظفون في لوحة خدمة العملاء بنقرة. تعرض اللوحة على الموظف الردود بلغته أولًا.",
      cr_filter: "اللغة", cr_all_languages: "كل اللغات", cr_any_language: "أي لغة",
      cr_empty: "لا توجد ردود جاهزة بعد.", cr_untitled: "(بلا عنوان)",
      cr_delete_q: "حذف هذا الرد؟", cr_deleted: "تم حذف {title}.",
      cr_editing: "تعديل الرد الجاهز", cr_creating: "رد جاهز جديد",
      cr_title_field: "العنوان", cr_title_hint: "ما يختاره الموظفون به، مثل: أين طردي. امنح ترجماته العنوان نفسه.",
      cr_id_hint: "اسمك الخاص له، لواجهة API وعمليات الاستيراد. يُنشأ من العنوان؛ لا يمكن تغييره لاحقًا.",
      cr_text_hint: "الرد كما يرسله الموظف.",
      cr_id_taken: "يوجد رد جاهز بهذا المعرّف بالفعل؛ اختر معرّفًا آخر.",
      // agents
      ag_title: "الموظفون", ag_new: "إضافة موظف",
      ag_hint: "الأشخاص الذين يجيبون عن المحادثات في لوحة خدمة العملاء. يمكن للمشرفين والمالكين أيضًا استخدام هذه الصفحات.",
      ag_name: "الاسم", ag_role: "الدور", ag_languages: "اللغات", ag_skills: "المهارات", ag_presence: "الحالة", ag_max_chats: "المحادثات في آن واحد",
      ag_you: "أنت", ag_disabled: "معطّل", ag_disable: "تعطيل", ag_enable: "تفعيل",
      ag_disable_q: "تعطيل {name}؟ لن يتمكن من تسجيل الدخول بعد الآن وستنتهي جلساته.",
      ag_disabled_done: "تم تعطيل {name}.", ag_enabled_done: "يمكن لـ {name} تسجيل الدخول مجددًا.",
      ag_owner_only: "لا يمكن تغيير المالك إلا من قِبل مالك.",
      role_agent_hint: "يجيب عن المحادثات", role_admin_hint: "ويستخدم هذه الصفحات أيضًا", role_owner_hint: "ويعيّن المالكين ويغيّرهم أيضًا",
      presence_online: "متصل", presence_away: "بعيد", presence_offline: "غير متصل",
      ag_editing: "تعديل {name}", ag_creating: "موظف جديد", ag_created: "تمت إضافة {name}.",
      ag_email_hint: "يُستخدم لتسجيل الدخول.", ag_email_fixed: "لا يمكن تغيير البريد الإلكتروني للموظف.",
      ag_name_hint: "يظهر للعملاء عندما يجيب هذا الموظف.",
      ag_own_role: "لا يمكنك تغيير دورك بنفسك.",
      ag_languages_hint: "رموز لغات مثل ar وen، مفصولة بفواصل؛ تُوجَّه المحادثات بهذه اللغات إلى هذا الموظف أولًا.",
      ag_skills_hint: "مفصولة بفواصل، مثل billing وcold_chain.",
      ag_max_chats_hint: "عدد المحادثات التي يتولاها الموظف في آن واحد، من 1 إلى 100.",
      ag_password_hint: "8 أحرف على الأقل. أعطها للموظف بشكل خاص.",
      ag_new_password: "كلمة مرور جديدة", ag_password_keep: "اتركها فارغة للإبقاء على الحالية. كلمة المرور الجديدة تسجّل خروج الموظف من كل مكان.",
      ag_disabled_label: "معطّل: لا يمكنه تسجيل الدخول (يبقى الموظف في القائمة)",
      // API keys
      key_title: "مفاتيح API",
      key_hint: "تتيح المفاتيح لخوادمك التواصل مع kefu. يعمل المفتاح باسم المتجر كله: احتفظ به على خوادمك، ولا تضعه أبدًا في صفحة ويب أو تطبيق.",
      key_new: "مفتاح جديد", key_name: "الاسم", key_name_hint: "الغرض منه، لتعرف لاحقًا أي مفتاح تلغي.",
      key_name_example: "مثلًا: الخادم الخلفي للموقع",
      key_scope: "الصلاحيات", key_create: "إنشاء مفتاح",
      scope_chat: "الدردشة", scope_chat_hint: "للخادم الذي يقف خلف أداة الدردشة أو التطبيق: يفتح المحادثات ويرسل رسائل العملاء. لا يمكنه قراءة بيانات المتجر أو تغييرها.",
      scope_admin: "الإدارة", scope_admin_hint: "لمزامنة الأنظمة الخلفية: المنتجات والطلبات والمعرفة والعروض والإعدادات عبر واجهة الإدارة، وكل ما يفعله مفتاح الدردشة.",
      key_list: "مفاتيح هذا المتجر", key_empty: "لا توجد مفاتيح API لهذا المتجر بعد.",
      key_starts: "يبدأ بـ", key_created: "تاريخ الإنشاء", key_state: "الحالة",
      key_working: "يعمل", key_revoked_on: "أُلغي {time}", key_revoke: "إلغاء",
      key_revoke_q: "إلغاء «{name}»؟ سيتوقف كل ما يستخدمه عن العمل فورًا.", key_revoked: "تم إلغاء {name}.",
      key_new_title: "المفتاح الجديد «{name}» ({scope})",
      key_once: "انسخه الآن واحفظه في مكان آمن: لن تراه مرة أخرى. لا يحتفظ kefu إلا ببصمته؛ إذا فقدته، أنشئ مفتاحًا جديدًا وألغِ هذا المفتاح.",
      key_use_chat: "يرسله خادمك بصيغة Authorization: Bearer <المفتاح> عند فتح محادثة.",
      key_use_admin: "يرسله نظامك الخلفي بصيغة Authorization: Bearer <المفتاح> إلى واجهة الإدارة تحت /v1.",
      key_done: "لقد نسخته",
      // compensation rules
      nav_rules: "قواعد التعويض", nav_compensations: "التعويضات",
      ru_title: "قواعد التعويض", ru_new: "قاعدة جديدة",
      ru_hint: "ما يحصل عليه العميل عندما يحدث خطأ في الطلب. تُجرَّب القواعد بهذا الترتيب؛ وأول قاعدة مفعّلة يتحقق شرطها هي التي تقرر.",
      ru_empty: "لا توجد قواعد بعد: لا يُمنح شيء تلقائيًا.",
      ru_order: "الترتيب", ru_name: "الاسم", ru_when: "الشرط", ru_grants: "يمنح", ru_limit: "لكل عميل", ru_state: "الحالة", ru_version: "الإصدار",
      ru_limit_n: "بحد أقصى {n} خلال 30 يومًا", ru_no_limit: "دون حد", ru_enabled: "مفعّلة", ru_paused: "متوقفة مؤقتًا",
      ru_coupon_of: "قسيمة بقيمة {amount}", ru_min: "على الطلبات بدءًا من {amount}", ru_no_min: "دون حد أدنى",
      ru_valid_days: "صالحة {n} يومًا", ru_no_expiry: "دون انتهاء",
      gk_coupon: "قسيمة", gk_refund_line: "استرداد البند المعني", gk_refund_order: "استرداد الطلب كاملًا", gk_none: "لا شيء (توقف هنا)",
      gk_coupon_words: "قسيمة", gk_refund_line_words: "استرداد البند المعني", gk_refund_order_words: "استرداد الطلب كاملًا",
      gk_none_words: "لا شيء؛ لا تُجرَّب القواعد التالية",
      gk_refund_line_of: "استرداد {amount} (بند)", gk_refund_order_of: "استرداد {amount} (الطلب)",
      ru_delete_q: "حذف القاعدة {name}؟ ستتوقف عن المنح فورًا؛ ويحتفظ السجل بإصداراتها.", ru_deleted: "تم حذف {name}.",
      ru_editing: "تعديل القاعدة {name} (الإصدار {version})", ru_creating: "قاعدة جديدة",
      ru_name_hint: "الغرض من القاعدة، مثل: تأخر التوصيل.",
      ru_id_hint: "اسمك الخاص لها، لواجهة API والسجل. يُنشأ من الاسم؛ لا يمكن تغييره لاحقًا.",
      ru_when_hint: "شرط CEL على الحادثة، مثل delay_minutes > 30 أو kind == \"underweight\" && missing_grams >= 100. راجع docs/compensation.md لمعرفة المتغيرات.",
      ru_kind: "ما تمنحه",
      ru_amount: "قيمة القسيمة ({currency})", ru_amount_hint: "مبلغ مثل 5 أو 4.50.", ru_no_currency: "حدّد عملة المتجر في إعدادات المتجر أولًا.",
      ru_min_order: "الحد الأدنى للطلب", ru_min_order_hint: "فارغ: تعمل القسيمة على أي طلب.",
      ru_days: "الصلاحية (بالأيام)", ru_days_hint: "فارغ: لا تنتهي صلاحيتها.",
      ru_order_hint: "الأرقام الأصغر تُجرَّب أولًا.",
      ru_limit_hint: "تخطّي العملاء الذين مُنحوا هذا العدد من التعويضات خلال آخر 30 يومًا. فارغ: دون حد.",
      ru_enabled_label: "مفعّلة: القاعدة تمنح (ألغِ التحديد لإيقافها مؤقتًا)",
      ru_id_taken: "توجد قاعدة بهذا المعرّف بالفعل؛ عدّل تلك القاعدة أو اختر معرّفًا آخر.",
      ru_saved: "تم حفظ {name} (الإصدار {version}).",
      dr_title: "تشغيل تجريبي", dr_hint: "ما كانت القواعد ستمنحه للحوادث التي سجلها kefu في هذه الأيام. لا يُمنح شيء فعليًا.",
      dr_since: "من", dr_until: "حتى", dr_run_current: "تشغيل تجريبي للقواعد الحالية", dr_run_draft: "تشغيل تجريبي بهذه المسودة",
      dr_running: "جارٍ التشغيل…", dr_bad_dates: "اختر التواريخ.", dr_fix_draft: "في المسودة خطأ؛ راجع النموذج.",
      dr_summary: "{n} حادثة؛ {granted} كانت ستحصل على تعويض بتكلفة {cost}.",
      dr_with_draft: "مع مسودة {name}:",
      dr_limited: "لم تُعَد إلا أول 10,000 حادثة.", dr_no_rules: "لا توجد قواعد لتجربتها.",
      dr_matched: "حُسمت", dr_granted: "مُنحت", dr_errors: "الأخطاء", dr_cost: "التكلفة", dr_draft: "مسودة",
      dr_errors_title: "الأخطاء ({n})", dr_error_line: "الحادثة {incident}، القاعدة {rule}: {message}",
      // the ledger
      lg_title: "التعويضات", lg_hint: "ما مُنح للعملاء، بقاعدة أو من موظف، الأحدث أولًا. يبقى القيد الملغى في القائمة مع من ألغاه ولماذا.",
      lg_customer: "العميل", lg_customer_ph: "معرّف العميل في متجرك", lg_order: "الطلب", lg_show: "عرض",
      lg_empty: "لم يُمنح شيء في هذه الفترة.",
      lg_date: "التاريخ", lg_what: "المحتوى", lg_by: "مُنح بواسطة",
      lg_coupon: "قسيمة بقيمة {amount}", lg_rule: "القاعدة {rule} (الإصدار {version})", lg_agent: "الموظف {name}",
      lg_granted: "ممنوح", lg_revoked: "مُلغى", lg_revoked_by: "بواسطة {name}، {time}",
      lg_reason: "السبب", lg_reason_ph: "لماذا يُلغى؟", lg_revoke_q: "إلغاؤه؟",
      lg_reason_needed: "اذكر سببًا.", lg_revoked_done: "تم الإلغاء.",
      // review queue (docs/feeds.md)
      nav_review: "قائمة المراجعة",
      rq_title: "قائمة المراجعة",
      rq_hint: "مقالات بانتظار قرار: مسودات كُتبت من منتجات جديدة ومن محادثات حلّها موظفوك، ومقالات جعلها مصدر بيانات قديمة (تغيّر سعر أو اسم، انتهى عرض)، ومقالات قال أحدهم إنها خاطئة. لا تُستخدم المقالات القديمة والمقالات التي أشار إليها الموظفون في الرد على العملاء حتى توافق عليها.",
      rq_all: "الكل ({n})", rq_stale: "قديمة ({n})", rq_flagged: "مُشار إليها ({n})", rq_drafts: "مسودات ({n})",
      rq_empty: "لا شيء بانتظار المراجعة.",
      rq_kind_stale: "قديمة", rq_kind_flagged: "مُشار إليها", rq_kind_draft: "مسودة",
      rq_withdrawn: "لا تُستخدم في الرد على العملاء حتى تُراجع",
      rq_src_feed: "مصدر البيانات {name}", rq_src_agent: "موظف", rq_src_customer: "عميل", rq_src_suggestions: "مقترحة من المحادثات",
      rq_flag_line: "{source} · {who} · {time}", rq_flag_line_nobody: "{source} · {time}", rq_support: "سُئل عنها في {n} محادثة حلّها الموظفون", rq_reason_new_product: "منتج جديد: {name} ({sku})", rq_reason_price: "تغيّر سعر {name} ({sku}) من {old} إلى {new}", rq_reason_renamed: "تغيّر اسم {name} ({sku}) إلى {new_name}", rq_reason_discontinued: "لم يعد {name} ({sku}) معروضًا للبيع", rq_reason_promo_code: "العرض {promotion}: أصبح الرمز {code} هو {new_code}", rq_reason_promo_withdrawn: "تم سحب العرض {promotion}", rq_reason_promo_ended: "انتهى العرض {promotion} في {time}", rq_reason_more: "و{n} غيرها", fe_currency: "«{value}» ليس رمز عملة مثل EUR أو SGD", fe_country: "«{value}» ليس رمز بلد مثل GB أو EU", fe_language: "«{value}» ليس رمز لغة مثل en أو zh-Hant أو es-419", fe_canonical: "اكتب «{want}» بدلًا من «{value}»", fe_regexp: "«{value}» ليس تعبيرًا نمطيًا صالحًا", fe_range: "أدخل رقمًا من {min} إلى {max}", fe_min: "أدخل {min} أو أكثر", fe_cart_url: "أدخل رابط http أو https يحتوي {sku} في موضع رمز المنتج (SKU)", fe_queue_cap: "أدخل ‎-1 (بلا حد) أو 0 (القيمة الافتراضية للخادم) أو رقمًا من 1 إلى {max}",
      rq_approve: "الموافقة والنشر", rq_edit: "تعديل", rq_reject: "رفض",
      rq_reason: "السبب", rq_reason_ph: "لماذا تُرفض؟", rq_reason_needed: "اذكر سببًا.",
      rq_confirm_reject: "رفض", rq_save: "حفظ إصدار جديد",
      rq_approved: "تمت الموافقة: {title}", rq_rejected: "رُفضت: {title}", rq_edited: "تم حفظ إصدار جديد من {title}. وافق عليه لنشره.",
      rq_suggest: "اقتراح مقالات من المحادثات المحلولة",
      rq_suggested: "{n} اقتراحات ({new} جديدة) من {conversations} محادثة.",
      rq_version: "الإصدار {n}",
      rq_feeds: "مصادر البيانات", rq_feed_kefu: "مصدر kefu", rq_feed_shopify: "Shopify", rq_feed_google: "Google Merchant Center",
      rq_feed_polled: "يُجلب كل {interval}", rq_feed_webhook: "يصل إلى الـ webhook الخاص به",
      rq_feed_add: "إضافة مصدر", rq_feed_edit: "تعديل", rq_feed_poll: "جلب الآن", rq_feed_delete: "حذف",
      rq_feed_delete_q: "حذف المصدر {name}؟ تبقى المنتجات والمقالات التي كتبها.", rq_feed_deleted: "تم حذف المصدر {name}.",
      rq_feed_saved: "تم حفظ المصدر {name}.", rq_feed_polled_now: "تم جلب {name}: {products} في المصدر، {new} جديدة، {changes} بسعر جديد، {stale} مقالات أصبحت قديمة.",
      rq_feed_creating: "مصدر جديد", rq_feed_editing: "المصدر {name}",
      rq_feed_name: "الاسم", rq_feed_name_hint: "أحرف لاتينية صغيرة وأرقام و- و_، مثل shopify. وهو جزء من عنوان الـ webhook ولا يمكن تغييره.",
      rq_feed_format: "الصيغة", rq_feed_url: "العنوان المراد جلبه", rq_feed_url_hint: "اختياري: يجلب kefu هذا العنوان على الفاصل الزمني أدناه. فارغ: لا يصل المصدر إلا إلى الـ webhook الخاص به.",
      rq_feed_interval: "الجلب كل", rq_feed_language: "لغة الأسماء", rq_feed_language_hint: "لمصادر Shopify وGoogle التي تحمل لغة واحدة. فارغ: اللغة الافتراضية للمتجر.",
      rq_feed_currency: "عملة الأسعار", rq_feed_currency_hint: "لمصادر Shopify التي لا تذكر أسعارها العملة، مثل SAR.",
      rq_feed_secret: "سر التوقيع", rq_feed_secret_hint: "مشترك مع المرسِل الذي يوقّع كل إرسال (HMAC-SHA256). فارغ: الإبقاء على السر الحالي.",
      rq_feed_secret_set: "تم تعيين سر.", rq_feed_hooks: "Webhook بمفتاح API للإدارة: {keyed}  ·  موقَّع، دون مفتاح (Shopify): {signed}",
      rq_feed_never: "لم يصل شيء بعد", rq_feed_ok: "آخر استلام {time}", rq_feed_failed: "فشل آخر إرسال {time}: {error}",
      // product knowledge
      nav_profiles: "معرفة المنتجات",
      pk_title: "معرفة المنتجات",
      pk_hint: "ما يعرفه kefu عن كل منتج، مقروءًا من بطاقته وقائمة مكوناته: لمن يناسب، وما يجب تجنبه، والتحذيرات وغير ذلك. يذكر كل وسم مصدره. تعديلاتك تتقدم على ما استنتجه kefu وتبقى عند تغيّر المنتج.",
      pk_find: "البحث عن منتج", pk_find_ph: "الاسم أو SKU", pk_pick: "المنتج", pk_none: "لا توجد منتجات مطابقة.",
      pk_no_products: "الكتالوج فارغ: أرسل المنتجات أولًا.",
      pk_partial: "المكونات الرئيسية فقط مدرجة، لذا لا يستطيع kefu معرفة ما لا يحتويه المنتج (خالٍ من العطور، دون كحول مجفف، …).",
      pk_derived: "استُنتج {time}", pk_unknown: "غير معروف",
      pk_edits: "تعديلاتك", pk_edits_hint: "قيم مفصولة بفواصل؛ ضع - قبل القيمة لإزالة قيمة استنتجها kefu (مثل oily, -dry).",
      pk_save: "حفظ التعديلات", pk_saved: "تم الحفظ؛ وأُعيد استنتاج الملف.", pk_remove: "إزالة", pk_remove_label: "إزالة {value} من {dimension}",
      pk_shop: "حدّده المتجر",
      pk_lv_ok: "مناسب", pk_lv_caution: "بحذر", pk_lv_avoid: "يُتجنب",
      ev_ingredient: "المكوّن {ingredients}", ev_ingredient_rule: "المكوّن {ingredients} ({rule})",
      ev_rule_plain: "القاعدة {rule}", ev_rule: "القاعدة {rule}، لأن {because}", ev_rule_ings: "القاعدة {rule}، لأن {because}؛ من {ingredients}",
      ev_attribute: "«{attribute}» في المنتج", ev_text: "عبارة «{note}» في {attribute} المنتج",
      ev_catalog: "أسعار الكتالوج: {note}", ev_shop: "حدّده المتجر ({attribute})", ev_note: "{text}: {note}",
      dim_category: "الفئة", dim_brand: "العلامة التجارية", dim_step: "خطوة الروتين", dim_ingredients: "المكونات", dim_actives: "المواد الفعالة",
      dim_strength: "التركيز", dim_fragrance: "العطر", dim_alcohol: "الكحول", dim_silicones: "السيليكونات",
      dim_comedogenic: "يسد المسام", dim_irritants: "المهيّجات", dim_efficacy: "الفعالية", dim_suits_skin: "يناسب البشرة",
      dim_avoid_skin: "لا يناسب البشرة", dim_suits_concern: "يساعد في", dim_avoid_concern: "لا يناسب", dim_cautions: "تحذيرات",
      dim_conflicts: "لا يُجمع مع", dim_pregnancy: "الحمل", dim_time_of_day: "وقت الاستخدام", dim_season: "الموسم",
      dim_finish: "اللمسة النهائية", dim_texture: "القوام", dim_coverage: "التغطية", dim_spf: "الحماية من الشمس", dim_price_band: "الفئة السعرية"
    },
    "zh-Hant": {
      title: "kefu · 商店管理",
      pct: "{n}%",
      dur_minutes: "{n} 分鐘", dur_hours: "{n} 小時",
      login_shop_ph: "例如 globalmart",
      login_demo: "示範：商店 {shop}，{ana}，密碼 {password}。",
      nav_label: "功能選單",
      err_unauthorized: "商店、電子郵件或密碼不正確，或登入已過期。", err_forbidden: "您沒有權限執行此操作。",
      err_not_found: "找不到，可能已被他人刪除。", err_rate_limited: "請求過於頻繁，請稍候。",
      err_internal: "伺服器出錯，請稍後再試。", err_unavailable: "服務暫時不可用，請稍後再試。",
      err_too_large: "內容太長。", err_network: "無法連線伺服器，請檢查網路。",
      login_title: "kefu 商店管理",
      login_who: "供店主和管理員使用。請用客服工作台的帳號登入。",
      login_shop: "商店", login_email: "電子郵件", login_password: "密碼", login_submit: "登入",
      login_wait: "失敗次數過多。為保護帳號安全，請等待 {wait} 後再試。",
      login_again: "現在可以再試一次了。", wait_seconds: "{n} 秒", wait_minutes: "{n} 分鐘",
      to_console: "客服工作台", to_dashboard: "資料儀表板", to_admin: "商店管理", logout: "登出", admin: "商店管理",
      refused_title: "商店管理",
      refused: "只有店主和管理員可以使用這些頁面。",
      refused_who: "您目前以 {name}（{role}）身分登入。如需修改，請聯絡 {shop} 的店主或管理員。",
      role_agent: "客服", role_admin: "管理員", role_owner: "店主",
      nav_settings: "商店設定", nav_knowledge: "知識庫", nav_synonyms: "同義詞", nav_widget: "聊天小工具",
      nav_agents: "客服人員", nav_keys: "API 金鑰", nav_promotions: "促銷活動", nav_canned: "快速回覆",
      nav_feedback: "回饋",
      fb_title: "回饋與糾正",
      fb_hint: "客服在工作台裡的糾正，以及顧客對機器人回覆的評價。已採納的意圖糾正會用於下一次訓練（kefu model retrain），詳見 docs/learning.md。",
      fb_filter_kind: "類型", fb_filter_status: "狀態", fb_any: "全部", fb_show: "檢視",
      fb_empty: "還沒有回饋。", fb_more: "更早的回饋",
      fb_when: "時間", fb_kind: "類型", fb_who: "提交人", fb_what: "內容", fb_status: "狀態",
      fb_k_relabel: "意圖糾正", fb_k_answer_fixed: "更好的回答", fb_k_answer_flagged: "回答被標記",
      fb_k_article_wrong: "文章有誤", fb_k_article_outdated: "文章過時",
      fb_k_thumbs_up: "顧客：有幫助", fb_k_thumbs_down: "顧客：沒幫助",
      fb_s_proposed: "待稽核", fb_s_accepted: "已採納", fb_s_rejected: "已駁回",
      fb_accept: "採納", fb_reject: "駁回", fb_customer: "顧客",
      fb_meant: "「{text}」 的意圖是 {intent}（原識別：{previous}）", fb_reason: "原因：{reason}",
      fb_article: "文章 {id}", fb_answer: "更好的回答：{answer}", fb_reply: "針對 {intent} 的回覆",
      fb_reviewed: "{name}，{time}",
      md_title: "意圖模型", md_serving: "本店目前使用：{version}", md_shipped: "kefu 自帶模型",
      md_own: "本店專屬", md_global: "全域", md_retrain: "立即重新訓練",
      md_retraining: "正在重新訓練……大約需要一分鐘。新模型只有透過規則才會上線。",
      md_failed: "上次訓練失敗：{message}",
      md_hint: "重新訓練會學習下面已採納的意圖糾正；新模型會與目前模型對比，只有在糾正過的訊息上更準，且開發集準確率和校準下降不超過 0.3 個百分點時才會上線。",
      md_version: "版本", md_created: "訓練於", md_dev: "開發集準確率", md_corrected: "糾正訊息答對", md_verdict: "結論",
      md_paired: "答對 {fixed} 條新的，答錯 {broken} 條原本對的",
      md_serves: "使用中", md_kept_out: "未上線", md_retired: "已停用", md_was: "曾使用", md_none: "還沒有重新訓練過。",
      loading: "載入中…", save: "儲存", saving: "儲存中…", saved: "已儲存。", cancel: "取消", reload: "重新載入",
      copy: "複製", copied: "已複製", required: "必填。", error_generic: "出錯了：{message}",
      conflict: "在您開啟之後，已有其他人修改了這裡。請重新載入檢視最新內容，然後再做一次修改。",
      session_over: "登入已失效，請重新登入。",
      settings_title: "商店設定", settings_shop: "商店：{name}（{id}）",
      set_language_legend: "語言", set_languages: "商店使用的語言", set_languages_hint: "語言代碼，如 en、zh、es，用逗號分隔。第一個為後備語言。",
      set_default_language: "預設語言", set_default_language_hint: "商店的工作語言。",
      set_currency: "貨幣", set_currency_hint: "ISO 4217 代碼，如 EUR、USD、CNY。",
      set_timezone: "時區", set_timezone_hint: "IANA 名稱，如 Asia/Shanghai 或 Europe/Berlin；用於給顧客顯示時間。",
      set_cart_url: "加入購物車連結", set_cart_url_hint: "您商店的連結，用 {sku} 表示商品 SKU 的位置，如 https://shop.example/cart/add?sku={sku}；推薦商品會連結到這裡。留空則不顯示加入購物車按鈕。",
      set_confidence: "信賴度閾值", set_confidence_hint: "0 到 1 之間。低於此值時機器人會請顧客澄清。留空：使用 kefu 預設值。",
      set_clarify: "澄清次數上限", set_clarify_hint: "連續追問多少次後轉真人客服。留空：使用 kefu 預設值。",
      set_handoff: "轉真人客服",
      set_anger_handoff: "顧客非常生氣時轉真人客服",
      set_sensitive_handoff: "敏感話題（健康、法律威脅、欺詐）轉真人客服",
      set_strategies: "應對策略", set_strategies_hint: "kefu 察覺到顧客情緒時的做法，按順序嘗試。未勾選的不會執行。",
      set_widget: "聊天小工具", set_widget_enabled: "商店網站的訪客可以聊天（小工具已開啟）",
      set_llm: "語言模型", set_llm_answers: "讓伺服器的語言模型根據我們的幫助文章撰寫回答，並註明出處",
      set_llm_hint: "僅在伺服器設定了語言模型時生效。顧客的問題（去除電子郵件、電話和訂單編號後）會發送給該模型；無法以文章為依據的回答不會顯示。",
      move_up: "上移", move_down: "下移",
      strategy_anger_priority: "讓非常生氣的顧客在排隊中優先",
      strategy_anxiety_progress: "向焦慮的顧客展示包裹的完整物流進度",
      strategy_satisfaction_offer: "向滿意的顧客推薦商店目前的促銷活動",
      settings_bad_number: "請輸入數字。",
      kn_title: "知識庫", kn_all: "全部文章", kn_review: "待稽核（{n}）", kn_new: "新建文章",
      kn_empty: "還沒有文章。", kn_review_empty: "沒有待稽核的文章。",
      kn_translate: "翻譯成{language}",
      kn_missing_list: "尚未翻譯：", kn_other_language: "其他語言，如 fr", kn_add_translation: "新增譯文",
      st_draft: "草稿", st_in_review: "稽核中", st_published: "已發布",
      kn_submit: "提交稽核", kn_publish: "發布", kn_send_back: "退回", kn_withdraw: "撤回",
      kn_edit: "編輯", kn_history: "版本", kn_version: "第 {n} 版", kn_updated: "更新於 {time}",
      kn_key: "鍵", kn_key_hint: "用來歸組同一篇文章的各語言版本，如 shipping-times。",
      kn_language: "語言", kn_title_field: "標題", kn_body: "正文", kn_tags: "標籤", kn_intents: "意圖",
      kn_list_hint: "用逗號分隔。",
      kn_save_submit: "儲存並提交稽核",
      kn_editing: "編輯文章", kn_creating: "新建文章", kn_translating: "新建譯文",
      kn_source: "原文（{language}）",
      kn_live_hint: "這篇文章已發布：儲存的修改會立即用於回答顧客。",
      kn_published: "已發布。", kn_sent_back: "已退回為草稿。", kn_withdrawn: "已撤回為草稿。", kn_submitted: "已提交稽核。",
      kn_history_title: "{key}（{language}）的版本", kn_from: "從", kn_to: "到",
      kn_one_version: "目前只有一個版本。", kn_close: "關閉",
      kn_no_change: "這兩個版本沒有差別。",
      kn_tags_line: "標籤：{tags}", kn_intents_line: "意圖：{intents}",
      syn_title: "同義詞",
      syn_hint: "顧客對同一事物的不同說法，每行一組，用逗號分隔，如：行動電源, 充電寶。知識庫搜尋把每組當作同一個詞。",
      syn_add: "新增一組", syn_remove: "刪除", syn_empty: "還沒有同義詞。",
      w_title: "網站聊天小工具",
      w_off: "聊天小工具已在商店設定中關閉：開啟之前，以下程式碼不會顯示任何內容。",
      w_bubble: "每個頁面上的聊天氣泡",
      w_bubble_hint: "貼上到希望顧客能聊天的頁面的 </body> 之前。",
      w_frame: "嵌入框架中的聊天",
      w_frame_hint: "用於幫助頁面或行動應用程式的網頁檢視。",
      w_signed: "已登入的顧客",
      w_signed_hint: "為了讓機器人能查詢顧客的訂單，您的伺服器需要證明是誰登入了：用小工具金鑰對顧客在商店中的編號簽名，並把兩者放進頁面。簽名只能在您的伺服器上計算：持有金鑰的人可以冒充任何顧客。此處不顯示金鑰。",
      w_signature: "signature = hex(HMAC-SHA256(小工具金鑰, 顧客編號))",
      w_secret_set: "本商店已有小工具金鑰（僅在建立商店時顯示過一次）。",
      w_secret_unset: "本商店沒有小工具金鑰，訪客只能匿名聊天。",
      w_preview: "開啟聊天頁面",
      w_signed_bubble: "已登入顧客的聊天氣泡",
      w_signed_frame: "已登入顧客的聊天框架",
      w_sign_code: "在您的伺服器上計算簽名（shell、Go）",
      delete: "刪除", saved_name: "已儲存 {name}。",
      pr_title: "促銷活動", pr_new: "新建促銷",
      pr_hint: "機器人可以向顧客（例如滿意的顧客）提及的優惠。請用顧客使用的語言分別填寫。",
      pr_empty: "還沒有促銷活動。",
      pr_active: "進行中", pr_scheduled: "{time} 開始", pr_ended: "已於 {time} 結束",
      pr_from_until: "{start} 至 {end}", pr_from: "自 {start} 起，無結束時間", pr_until: "截至 {end}", pr_always: "沒有開始和結束時間",
      pr_everything: "適用於全店商品", pr_categories_line: "類別：{list}", pr_products_line: "商品（SKU）：{list}",
      pr_min_line: "訂單滿 {amount}",
      pr_id_line: "編號 {id}", pr_missing: "尚無以下語言的文案：{list}。",
      pr_delete_q: "刪除 {name}？機器人會立即停止推薦。", pr_deleted: "已刪除 {name}。",
      pr_editing: "編輯促銷", pr_creating: "新建促銷",
      pr_code: "優惠碼", pr_code_hint: "顧客結帳時輸入的代碼，如 SUMMER10。可不填。",
      pr_id: "編號", pr_id_hint: "您自己的名稱，用於 API 和匯入，如 summer-sale。之後不能修改。",
      pr_texts: "優惠文案", pr_texts_hint: "機器人告訴顧客的內容，每種語言一份；留空的語言會被跳過。",
      pr_add_language: "新增語言",
      pr_when: "時間", pr_start: "開始", pr_start_hint: "留空：從現在起。", pr_end: "結束", pr_end_hint: "留空：不結束。",
      pr_zone: "時間按您瀏覽器的時區（{zone}）。",
      pr_what: "適用範圍",
      pr_categories: "類別", pr_categories_hint: "用逗號分隔。類別和商品都留空：適用於全店。",
      pr_products: "商品", pr_products_hint: "SKU，用逗號分隔。",
      pr_min_total: "訂單最低金額", pr_min_total_hint: "金額，如 50 或 49.90。留空：不限。",
      pr_bad_amount: "請輸入金額，如 50 或 49.90（最多 {n} 位小數）。",
      pr_bad_time: "請輸入日期和時間。",
      pr_need_text: "請至少用一種語言填寫優惠文案。",
      pr_id_taken: "已有此編號的促銷；請編輯那一個，或換一個編號。",
      cr_title: "快速回覆", cr_new: "新建快速回覆",
      cr_hint: "客服在工作台中一鍵插入的現成回答。工作台優先提供客服所用語言的回覆。",
      cr_filter: "語言", cr_all_languages: "全部語言", cr_any_language: "不限語言",
      cr_empty: "還沒有快速回覆。", cr_untitled: "（無標題）",
      cr_delete_q: "刪除這條回覆？", cr_deleted: "已刪除 {title}。",
      cr_editing: "編輯快速回覆", cr_creating: "新建快速回覆",
      cr_title_field: "標題", cr_title_hint: "客服據此選擇，如：我的包裹在哪裡。各語言版本請用同一個標題。",
      cr_id_hint: "您自己的名稱，用於 API 和匯入。由標題產生；之後不能修改。",
      cr_text_hint: "客服傳送的回覆內容。",
      cr_id_taken: "已有此編號的快速回覆；請換一個編號。",
      ag_title: "客服人員", ag_new: "新增客服",
      ag_hint: "在客服工作台回答聊天的人員。管理員和店主還可以使用這些頁面。",
      ag_name: "姓名", ag_role: "角色", ag_languages: "語言", ag_skills: "技能", ag_presence: "狀態", ag_max_chats: "同時接待數",
      ag_you: "您", ag_disabled: "已停用", ag_disable: "停用", ag_enable: "啟用",
      ag_disable_q: "停用 {name}？對方將無法登入，現有對話也會結束。",
      ag_disabled_done: "{name} 已停用。", ag_enabled_done: "{name} 可以重新登入了。",
      ag_owner_only: "只有店主可以修改店主。",
      role_agent_hint: "回答聊天", role_admin_hint: "還可使用這些頁面", role_owner_hint: "還可設定和修改店主",
      presence_online: "線上", presence_away: "離開", presence_offline: "離線",
      ag_editing: "編輯 {name}", ag_creating: "新客服", ag_created: "已新增 {name}。",
      ag_email_hint: "用於登入。", ag_email_fixed: "客服的電子郵件不能修改。",
      ag_name_hint: "該客服回答時顯示給顧客。",
      ag_own_role: "您不能修改自己的角色。",
      ag_languages_hint: "語言代碼，如 en、zh，用逗號分隔；這些語言的對話優先分配給此客服。",
      ag_skills_hint: "用逗號分隔，如 billing、cold_chain。",
      ag_max_chats_hint: "客服同時接待的對話數，1 到 100。",
      ag_password_hint: "至少 8 個字元。請私下告訴該客服。",
      ag_new_password: "新密碼", ag_password_keep: "留空則保留原密碼。設定新密碼會讓該客服在所有地方登出。",
      ag_disabled_label: "停用：無法登入（仍保留在列表中）",
      key_title: "API 金鑰",
      key_hint: "金鑰讓您自己的伺服器與 kefu 通訊。金鑰代表整個商店：只放在您的伺服器上，不要放進網頁或應用程式。",
      key_new: "新建金鑰", key_name: "名稱", key_name_hint: "用途說明，方便以後知道該撤銷哪個金鑰。",
      key_name_example: "如：網站後端",
      key_scope: "權限", key_create: "建立金鑰",
      scope_chat: "聊天", scope_chat_hint: "用於聊天小工具或應用程式背後的伺服器：開啟對話、傳送顧客訊息。不能讀取或修改商店資料。",
      scope_admin: "管理", scope_admin_hint: "用於後台同步：透過管理 API 讀寫商品、訂單、知識庫、促銷和設定，也能做聊天金鑰能做的一切。",
      key_list: "本商店的金鑰", key_empty: "本商店還沒有 API 金鑰。",
      key_starts: "開頭", key_created: "建立於", key_state: "狀態",
      key_working: "有效", key_revoked_on: "已於 {time} 撤銷", key_revoke: "撤銷",
      key_revoke_q: "撤銷「{name}」？使用它的程式會立即失效。", key_revoked: "已撤銷 {name}。",
      key_new_title: "新金鑰「{name}」（{scope}）",
      key_once: "請立即複製並妥善儲存：之後不會再顯示。kefu 只儲存它的指紋；如果遺失，請新建一個金鑰並撤銷這個。",
      key_use_chat: "您的伺服器在開啟對話時以 Authorization: Bearer <金鑰> 傳送它。",
      key_use_admin: "您的後台以 Authorization: Bearer <金鑰> 呼叫 /v1 下的管理 API。",
      key_done: "我已複製",
      // compensation rules
      nav_rules: "補償規則", nav_compensations: "補償記錄",
      ru_title: "補償規則", ru_new: "新建規則",
      ru_hint: "訂單出問題時顧客能得到什麼。規則按此順序嘗試；第一條條件成立的已啟用規則決定結果。",
      ru_empty: "還沒有規則：不會自動發放任何補償。",
      ru_order: "順序", ru_name: "名稱", ru_when: "條件", ru_grants: "發放", ru_limit: "每位顧客", ru_state: "狀態", ru_version: "版本",
      ru_limit_n: "30 天內最多 {n} 次", ru_no_limit: "不限", ru_enabled: "已啟用", ru_paused: "已暫停",
      ru_coupon_of: "{amount} 優惠券", ru_min: "訂單滿 {amount} 可用", ru_no_min: "無門檻",
      ru_valid_days: "有效 {n} 天", ru_no_expiry: "長期有效",
      gk_coupon: "優惠券", gk_refund_line: "退還相關商品行的金額", gk_refund_order: "退還整筆訂單", gk_none: "不發放（到此為止）",
      gk_coupon_words: "優惠券", gk_refund_line_words: "退還相關商品行的金額", gk_refund_order_words: "退還整筆訂單",
      gk_none_words: "不發放；後面的規則不再嘗試",
      gk_refund_line_of: "退款 {amount}（商品行）", gk_refund_order_of: "退款 {amount}（整單）",
      ru_delete_q: "刪除規則 {name}？它會立即停止發放；補償記錄仍保留其各個版本。", ru_deleted: "已刪除 {name}。",
      ru_editing: "編輯規則 {name}（版本 {version}）", ru_creating: "新建規則",
      ru_name_hint: "規則的用途，例如：延遲送達。",
      ru_id_hint: "您自己的識別碼，用於 API 和補償記錄。根據名稱產生；之後不能修改。",
      ru_when_hint: "針對事件的 CEL 條件，例如 delay_minutes > 30 或 kind == \"underweight\" && missing_grams >= 100。變數見 docs/compensation.md。",
      ru_kind: "發放內容",
      ru_amount: "優惠券金額（{currency}）", ru_amount_hint: "金額，例如 5 或 4.50。", ru_no_currency: "請先在商店設定中設定貨幣。",
      ru_min_order: "最低訂單金額", ru_min_order_hint: "留空：任何訂單都可使用。",
      ru_days: "有效天數", ru_days_hint: "留空：長期有效。",
      ru_order_hint: "數字越小越先嘗試。",
      ru_limit_hint: "過去 30 天內已獲得這麼多次補償的顧客跳過此規則。留空：不限。",
      ru_enabled_label: "啟用：規則會發放（取消勾選即暫停）",
      ru_id_taken: "已存在此 ID 的規則；請編輯那條或換一個 ID。",
      ru_saved: "已儲存 {name}（版本 {version}）。",
      dr_title: "試執行", dr_hint: "這些規則對這段時間內 kefu 記錄的事件會發放什麼。不會真正發放。",
      dr_since: "從", dr_until: "到", dr_run_current: "試執行目前規則", dr_run_draft: "用此草稿試執行",
      dr_running: "執行中…", dr_bad_dates: "請選擇日期。", dr_fix_draft: "草稿有錯誤，請查看表單。",
      dr_summary: "{n} 個事件；{granted} 個會獲得補償，成本 {cost}。",
      dr_with_draft: "使用 {name} 的草稿：",
      dr_limited: "只重放了前 10,000 個事件。", dr_no_rules: "沒有可嘗試的規則。",
      dr_matched: "命中", dr_granted: "發放", dr_errors: "錯誤", dr_cost: "成本", dr_draft: "草稿",
      dr_errors_title: "錯誤（{n}）", dr_error_line: "事件 {incident}，規則 {rule}：{message}",
      lg_title: "補償記錄", lg_hint: "顧客獲得的補償（由規則或客服發放），最新的在前。已撤銷的記錄仍會列出撤銷人和原因。",
      lg_customer: "顧客", lg_customer_ph: "您商店中的顧客 ID", lg_order: "訂單", lg_show: "顯示",
      lg_empty: "這段時間沒有發放補償。",
      lg_date: "日期", lg_what: "內容", lg_by: "發放者",
      lg_coupon: "{amount} 優惠券", lg_rule: "規則 {rule}（版本 {version}）", lg_agent: "客服 {name}",
      lg_granted: "已發放", lg_revoked: "已撤銷", lg_revoked_by: "由 {name} 於 {time}",
      lg_reason: "原因", lg_reason_ph: "撤銷原因？", lg_revoke_q: "撤銷？",
      lg_reason_needed: "請填寫原因。", lg_revoked_done: "已撤銷。",
      // review queue (docs/feeds.md)
      nav_review: "待稽核",
      rq_title: "待稽核",
      rq_hint: "等待處理的文章：根據新商品和客服已解決的對話產生的草稿、因商品來源變化而過時的文章（價格或名稱變了、促銷結束了），以及有人指出有誤的文章。過時的文章和客服標記的文章在您批准之前不會用來回答客戶。",
      rq_all: "全部（{n}）", rq_stale: "已過時（{n}）", rq_flagged: "被標記（{n}）", rq_drafts: "草稿（{n}）",
      rq_empty: "沒有待稽核的內容。",
      rq_kind_stale: "已過時", rq_kind_flagged: "被標記", rq_kind_draft: "草稿",
      rq_withdrawn: "稽核透過前不會用來回答客戶",
      rq_src_feed: "商品來源 {name}", rq_src_agent: "客服", rq_src_customer: "客戶", rq_src_suggestions: "根據對話建議",
      rq_flag_line: "{source} · {who} · {time}", rq_flag_line_nobody: "{source} · {time}", rq_support: "在 {n} 個客服已解決的對話中被問到", rq_reason_new_product: "新商品：{name}（{sku}）", rq_reason_price: "{name}（{sku}）的價格從 {old} 改為 {new}", rq_reason_renamed: "{name}（{sku}）已更名為 {new_name}", rq_reason_discontinued: "{name}（{sku}）已停售", rq_reason_promo_code: "促銷 {promotion}：優惠碼 {code} 已改為 {new_code}", rq_reason_promo_withdrawn: "促銷 {promotion} 已撤下", rq_reason_promo_ended: "促銷 {promotion} 已於 {time} 結束", rq_reason_more: "另有 {n} 項", fe_currency: "「{value}」不是貨幣代碼，例如 EUR 或 SGD", fe_country: "「{value}」不是國家/地區代碼，例如 GB 或 EU", fe_language: "「{value}」不是語言代碼，例如 en、zh-Hant 或 es-419", fe_canonical: "請寫「{want}」，而不是「{value}」", fe_regexp: "「{value}」不是有效的規則運算式", fe_range: "請輸入 {min} 到 {max} 之間的數字", fe_min: "請輸入 {min} 或更大的數", fe_cart_url: "請輸入 http 或 https 連結，並用 {sku} 表示商品 SKU 的位置", fe_queue_cap: "請輸入 -1（不設上限）、0（伺服器預設值）或 1 到 {max} 之間的數",
      rq_approve: "批准並發布", rq_edit: "編輯", rq_reject: "駁回",
      rq_reason: "原因", rq_reason_ph: "為什麼駁回？", rq_reason_needed: "請填寫原因。",
      rq_confirm_reject: "駁回", rq_save: "儲存為新版本",
      rq_approved: "已批准：{title}", rq_rejected: "已駁回：{title}", rq_edited: "已儲存 {title} 的新版本，批准後即可發布。",
      rq_suggest: "根據已解決的對話建議文章",
      rq_suggested: "從 {conversations} 個對話中得到 {n} 條建議（{new} 條為新）。",
      rq_version: "第 {n} 版",
      rq_feeds: "商品來源", rq_feed_kefu: "kefu 商品來源", rq_feed_shopify: "Shopify", rq_feed_google: "Google Merchant Center",
      rq_feed_polled: "每 {interval} 抓取一次", rq_feed_webhook: "推送到其 Webhook",
      rq_feed_add: "新增商品來源", rq_feed_edit: "編輯", rq_feed_poll: "立即抓取", rq_feed_delete: "刪除",
      rq_feed_delete_q: "刪除商品來源 {name}？它寫入的商品和文章會保留。", rq_feed_deleted: "已刪除商品來源 {name}。",
      rq_feed_saved: "已儲存商品來源 {name}。", rq_feed_polled_now: "已抓取 {name}：來源中 {products} 個商品，{new} 個新商品，{changes} 個價格變動，{stale} 篇文章變為過時。",
      rq_feed_creating: "新建商品來源", rq_feed_editing: "商品來源 {name}",
      rq_feed_name: "名稱", rq_feed_name_hint: "小寫字母、數字、- 和 _，例如 shopify。它是 Webhook 網址的一部分，之後不能修改。",
      rq_feed_format: "格式", rq_feed_url: "抓取網址", rq_feed_url_hint: "可選：kefu 按下面的間隔抓取這個網址。留空：商品來源只推送到 Webhook。",
      rq_feed_interval: "抓取間隔", rq_feed_language: "名稱的語言", rq_feed_language_hint: "用於只含一種語言的 Shopify 和 Google 商品來源。留空：商店的預設語言。",
      rq_feed_currency: "價格幣別", rq_feed_currency_hint: "用於價格不帶幣別的 Shopify 商品來源，例如 CNY。",
      rq_feed_secret: "簽名金鑰", rq_feed_secret_hint: "與傳送方共享，傳送方用它為每次推送簽名（HMAC-SHA256）。留空：保留目前金鑰。",
      rq_feed_secret_set: "已設定金鑰。", rq_feed_hooks: "使用管理 API 金鑰的 Webhook：{keyed}  ·  簽名、無需金鑰（Shopify）：{signed}",
      rq_feed_never: "尚未收到任何內容", rq_feed_ok: "最近一次收到：{time}", rq_feed_failed: "最近一次推送失敗（{time}）：{error}",
      nav_profiles: "商品知識",
      pk_title: "商品知識",
      pk_hint: "kefu 從商品資訊和成分表中讀出的知識：適合誰、誰應避免、注意事項等。每個標籤都註明來源。您的修改優先於 kefu 推導的結果，商品更新後依然保留。",
      pk_find: "查詢商品", pk_find_ph: "名稱或 SKU", pk_pick: "商品", pk_none: "沒有匹配的商品。",
      pk_no_products: "商品目錄為空：請先上傳商品。",
      pk_partial: "只列出了主要成分，因此 kefu 無法判斷商品不含什麼（無香精、無酒精等）。",
      pk_derived: "推導於 {time}", pk_unknown: "未知",
      pk_edits: "您的修改", pk_edits_hint: "多個值用逗號分隔；在前面加 - 可去掉 kefu 推導的值（如 oily, -dry）。",
      pk_save: "儲存修改", pk_saved: "已儲存，並已重新推導。", pk_remove: "去掉", pk_remove_label: "從{dimension}中去掉 {value}",
      pk_shop: "商店設定",
      pk_lv_ok: "無妨", pk_lv_caution: "注意", pk_lv_avoid: "避免",
      ev_ingredient: "成分 {ingredients}", ev_ingredient_rule: "成分 {ingredients}（{rule}）",
      ev_rule_plain: "規則 {rule}", ev_rule: "規則 {rule}，依據 {because}", ev_rule_ings: "規則 {rule}，依據 {because}；來自 {ingredients}",
      ev_attribute: "商品的「{attribute}」", ev_text: "商品{attribute}中的「{note}」",
      ev_catalog: "按目錄價格：{note}", ev_shop: "商店設定（{attribute}）", ev_note: "{text}：{note}",
      dim_category: "類別", dim_brand: "品牌", dim_step: "護膚步驟", dim_ingredients: "成分", dim_actives: "活性成分",
      dim_strength: "濃度", dim_fragrance: "香精", dim_alcohol: "酒精", dim_silicones: "矽油",
      dim_comedogenic: "致痘性", dim_irritants: "刺激性", dim_efficacy: "功效", dim_suits_skin: "適合膚質",
      dim_avoid_skin: "不適合膚質", dim_suits_concern: "改善問題", dim_avoid_concern: "不適合", dim_cautions: "注意事項",
      dim_conflicts: "不宜同用", dim_pregnancy: "孕期", dim_time_of_day: "使用時間", dim_season: "季節",
      dim_finish: "妝效", dim_texture: "質地", dim_coverage: "遮瑕度", dim_spf: "防曬", dim_price_band: "價位"
    },
    ru: {
      title: "kefu · управление магазином",
      pct: "{n}\u00a0%",
      dur_minutes: "{n}\u00a0мин", dur_hours: "{n}\u00a0ч",
      login_shop_ph: "например, globalmart",
      login_demo: "Демо: магазин {shop}, {ana}, пароль {password}.",
      nav_label: "Разделы",
      err_unauthorized: "Неверный магазин, эл. почта или пароль, либо сеанс истёк.", err_forbidden: "У вас нет прав на это действие.",
      err_not_found: "Не найдено; возможно, кто-то это удалил.", err_rate_limited: "Слишком много запросов; подождите немного.",
      err_internal: "Ошибка сервера; попробуйте позже.", err_unavailable: "Сервис сейчас недоступен; попробуйте позже.",
      err_too_large: "Слишком длинно.", err_network: "Сервер недоступен; проверьте подключение.",
      login_title: "kefu — управление магазином",
      login_who: "Для владельцев и администраторов магазина. Войдите с учётной записью консоли оператора.",
      login_shop: "Магазин", login_email: "Эл. почта", login_password: "Пароль", login_submit: "Войти",
      login_wait: "Слишком много неудачных попыток. В целях безопасности учётной записи подождите {wait}, прежде чем пробовать снова.",
      login_again: "Теперь можно попробовать снова.", wait_seconds: "{n} с", wait_minutes: "{n} мин",
      to_console: "Консоль оператора", to_dashboard: "Панель аналитики", to_admin: "Управление магазином", logout: "Выйти", admin: "управление магазином",
      refused_title: "Управление магазином",
      refused: "Эти страницы доступны только владельцам и администраторам магазина.",
      refused_who: "Вы вошли как {name} ({role}). Если нужно что-то изменить, обратитесь к владельцу или администратору магазина {shop}.",
      role_agent: "оператор", role_admin: "администратор", role_owner: "владелец",
      nav_settings: "Настройки магазина", nav_knowledge: "База знаний", nav_synonyms: "Синонимы", nav_widget: "Виджет",
      nav_agents: "Операторы", nav_keys: "API-ключи", nav_promotions: "Акции", nav_canned: "Шаблоны ответов",
      nav_feedback: "Отзывы и исправления",
      fb_title: "Отзывы и исправления",
      fb_hint: "Что операторы исправили в консоли и как клиенты оценили ответы бота. Принятые исправления тем обучают следующую модель (kefu model retrain); см. docs/learning.md.",
      fb_filter_kind: "Тип", fb_filter_status: "Статус", fb_any: "Любой", fb_show: "Показать",
      fb_empty: "Пока ничего нет.", fb_more: "Более ранние",
      fb_when: "Когда", fb_kind: "Тип", fb_who: "Кто", fb_what: "Что", fb_status: "Статус",
      fb_k_relabel: "Тема сообщения исправлена", fb_k_answer_fixed: "Ответ лучше", fb_k_answer_flagged: "Ответ отмечен как неверный",
      fb_k_article_wrong: "Статья неверна", fb_k_article_outdated: "Статья устарела",
      fb_k_thumbs_up: "Клиент: полезно", fb_k_thumbs_down: "Клиент: бесполезно",
      fb_s_proposed: "Предложено", fb_s_accepted: "Принято", fb_s_rejected: "Отклонено",
      fb_accept: "Принять", fb_reject: "Отклонить", fb_customer: "Клиент",
      fb_meant: "«{text}» означает «{intent}» (распознано как «{previous}»)", fb_reason: "Причина: {reason}",
      fb_article: "Статья {id}", fb_answer: "Ответ лучше: {answer}", fb_reply: "К ответу на тему {intent}",
      fb_reviewed: "{name}, {time}",
      md_title: "Модель тем обращений", md_serving: "Используется в этом магазине: {version}", md_shipped: "модель из поставки kefu",
      md_own: "собственная модель магазина", md_global: "общая", md_retrain: "Переобучить сейчас",
      md_retraining: "Переобучение… это займёт около минуты. Новая модель заработает, только если пройдёт проверку.",
      md_failed: "Последнее переобучение не удалось: {message}",
      md_hint: "При переобучении модель учится на принятых ниже исправлениях; новая модель сравнивается с текущей и заменяет её, только если верно распознаёт исправленные сообщения и теряет не более 0,3 пункта точности или калибровки на контрольной выборке.",
      md_version: "Версия", md_created: "Обучена", md_dev: "Точность (контроль)", md_corrected: "Исправленные — верно", md_verdict: "Решение",
      md_paired: "исправлено: {fixed}, сломано: {broken}",
      md_serves: "Используется", md_kept_out: "Не допущена", md_retired: "Откачена", md_was: "Использовалась ранее", md_none: "Переобучений ещё не было.",
      loading: "Загрузка…", save: "Сохранить", saving: "Сохранение…", saved: "Сохранено.", cancel: "Отмена", reload: "Обновить",
      copy: "Копировать", copied: "Скопировано", required: "Обязательное поле.", error_generic: "Что-то пошло не так: {message}",
      conflict: "Пока вы редактировали, кто-то другой это изменил. Обновите страницу, чтобы увидеть его версию, и внесите изменения снова.",
      session_over: "Сеанс завершён; войдите снова.",
      // settings
      settings_title: "Настройки магазина", settings_shop: "Магазин: {name} ({id})",
      set_language_legend: "Языки", set_languages: "Языки, на которых отвечает магазин", set_languages_hint: "Языковые теги, например en, zh, es, через запятую. Первый — запасной.",
      set_default_language: "Язык по умолчанию", set_default_language_hint: "Рабочий язык магазина.",
      set_currency: "Валюта", set_currency_hint: "Код ISO 4217, например EUR, USD, RUB.",
      set_timezone: "Часовой пояс", set_timezone_hint: "Название IANA, например Europe/Moscow или Asia/Shanghai; используется для времени, которое видят клиенты.",
      set_cart_url: "Ссылка «В корзину»", set_cart_url_hint: "Ссылка вашего магазина с {sku} на месте артикула товара, например https://shop.example/cart/add?sku={sku}; на неё ведут рекомендованные товары. Пусто — без кнопки «В корзину».",
      set_confidence: "Порог уверенности", set_confidence_hint: "От 0 до 1. Ниже порога бот просит клиента уточнить. Пусто — значение kefu по умолчанию.",
      set_clarify: "Лимит уточнений", set_clarify_hint: "Сколько уточняющих вопросов подряд, прежде чем подключится оператор. Пусто — значение kefu по умолчанию.",
      set_handoff: "Передача оператору",
      set_anger_handoff: "Передавать оператору сильно раздражённых клиентов",
      set_sensitive_handoff: "Передавать оператору деликатные темы (здоровье, угрозы судом, мошенничество)",
      set_strategies: "Стратегии", set_strategies_hint: "Что делает kefu, когда замечает настроение клиента, в порядке проверки. Неотмеченные не работают.",
      set_widget: "Чат-виджет", set_widget_enabled: "Посетители сайта магазина могут писать в чат (виджет включён)",
      set_llm: "Языковая модель", set_llm_answers: "Разрешить языковой модели сервера писать ответы по нашим справочным статьям со ссылками на них",
      set_llm_hint: "Только если на сервере настроена языковая модель. Тогда ей отправляются вопросы клиентов без их эл. почты, телефонов и номеров заказов; ответы, которые нельзя подтвердить статьёй, не показываются.",
      move_up: "Выше", move_down: "Ниже",
      strategy_anger_priority: "Ставить сильно раздражённых клиентов в очереди перед более спокойными",
      strategy_anxiety_progress: "Показывать встревоженным клиентам весь путь их отправления",
      strategy_satisfaction_offer: "Предлагать довольным клиентам одну из текущих акций магазина",
      settings_bad_number: "Введите число.",
      // knowledge
      kn_title: "База знаний", kn_all: "Все статьи", kn_review: "На проверке ({n})", kn_new: "Новая статья",
      kn_empty: "Статей пока нет.", kn_review_empty: "На проверке ничего нет.",
      kn_translate: "Перевести: {language}",
      kn_missing_list: "Ещё не переведено:", kn_other_language: "другой язык, например fr", kn_add_translation: "Добавить перевод",
      st_draft: "черновик", st_in_review: "на проверке", st_published: "опубликовано",
      kn_submit: "Отправить на проверку", kn_publish: "Опубликовать", kn_send_back: "Вернуть на доработку", kn_withdraw: "Снять с публикации",
      kn_edit: "Изменить", kn_history: "Версии", kn_version: "версия {n}", kn_updated: "обновлено {time}",
      kn_key: "Ключ", kn_key_hint: "Объединяет переводы одной статьи, например shipping-times.",
      kn_language: "Язык", kn_title_field: "Заголовок", kn_body: "Текст", kn_tags: "Теги", kn_intents: "Темы обращений",
      kn_list_hint: "Через запятую.",
      kn_save_submit: "Сохранить и отправить на проверку",
      kn_editing: "Изменение статьи", kn_creating: "Новая статья", kn_translating: "Новый перевод",
      kn_source: "Оригинал ({language})",
      kn_live_hint: "Статья опубликована: сохранённые изменения сразу начнут использоваться в ответах клиентам.",
      kn_published: "Опубликовано.", kn_sent_back: "Возвращено в черновики.", kn_withdrawn: "Снято с публикации и возвращено в черновики.", kn_submitted: "Отправлено на проверку.",
      kn_history_title: "Версии {key} ({language})", kn_from: "С", kn_to: "По",
      kn_one_version: "Пока есть только одна версия.", kn_close: "Закрыть",
      kn_no_change: "Между этими версиями нет различий.",
      kn_tags_line: "Теги: {tags}", kn_intents_line: "Темы обращений: {intents}",
      // synonyms
      syn_title: "Синонимы",
      syn_hint: "Слова или фразы, которыми клиенты называют одно и то же: одна группа в строке, через запятую, например посылка, отправление. Поиск по базе знаний считает каждую группу одним словом.",
      syn_add: "Добавить группу", syn_remove: "Удалить", syn_empty: "Синонимов пока нет.",
      // widget
      w_title: "Виджет на вашем сайте",
      w_off: "Чат-виджет выключен в настройках магазина: пока вы его не включите, эти фрагменты кода ничего не показывают.",
      w_bubble: "Кнопка чата на каждой странице",
      w_bubble_hint: "Вставьте перед </body> на страницах, где клиенты должны иметь возможность писать в чат.",
      w_frame: "Чат во фрейме",
      w_frame_hint: "Для страницы помощи или веб-представления в мобильном приложении.",
      w_signed: "Авторизованные клиенты",
      w_signed_hint: "Чтобы бот мог найти заказы клиента, ваш сервер подтверждает, кто вошёл: он подписывает идентификатор клиента в вашем магазине секретом виджета и передаёт оба значения на страницу. Вычисляйте подпись только на своём сервере: тот, у кого есть секрет, может выдать себя за любого клиента. Секрет здесь не показывается.",
      w_signature: "signature = hex(HMAC-SHA256(секрет виджета, id клиента))",
      w_secret_set: "У этого магазина есть секрет виджета (он был показан один раз при создании магазина).",
      w_secret_unset: "У этого магазина нет секрета виджета, поэтому посетители могут писать в чат только анонимно.",
      w_preview: "Открыть страницу чата",
      w_signed_bubble: "Кнопка чата для авторизованного клиента",
      w_signed_frame: "Фрейм для авторизованного клиента",
      w_sign_code: "Вычисление подписи на вашем сервере (shell, Go)",
      delete: "Удалить", saved_name: "Сохранено: {name}.",
      // promotions
      pr_title: "Акции", pr_new: "Новая акция",
      pr_hint: "Предложения, о которых бот может рассказать клиентам, например довольным. Напишите каждое предложение на языках ваших клиентов.",
      pr_empty: "Акций пока нет.",
      pr_active: "Действует сейчас", pr_scheduled: "Начнётся {time}", pr_ended: "Завершилась {time}",
      pr_from_until: "С {start} по {end}", pr_from: "С {start}, без даты окончания", pr_until: "До {end}", pr_always: "Без дат начала и окончания",
      pr_everything: "На весь ассортимент магазина", pr_categories_line: "Категории: {list}", pr_products_line: "Товары (артикулы): {list}",
      pr_min_line: "Для заказов от {amount}",
      pr_id_line: "id {id}", pr_missing: "Пока нет текста на языках: {list}.",
      pr_delete_q: "Удалить «{name}»? Бот сразу перестанет её предлагать.", pr_deleted: "Удалено: {name}.",
      pr_editing: "Изменение акции", pr_creating: "Новая акция",
      pr_code: "Промокод", pr_code_hint: "То, что клиенты вводят при оформлении заказа, например SUMMER10. Необязательно.",
      pr_id: "ID", pr_id_hint: "Ваше собственное название для API и импорта, например summer-sale. Изменить его потом нельзя.",
      pr_texts: "Текст предложения", pr_texts_hint: "Что бот говорит клиенту, на каждом языке; оставьте язык пустым, чтобы его пропустить.",
      pr_add_language: "Добавить язык",
      pr_when: "Когда", pr_start: "Начало", pr_start_hint: "Пусто — с этого момента.", pr_end: "Окончание", pr_end_hint: "Пусто — бессрочно.",
      pr_zone: "Время указано в часовом поясе вашего браузера ({zone}).",
      pr_what: "На что распространяется",
      pr_categories: "Категории", pr_categories_hint: "Через запятую. Пусто и без товаров — весь ассортимент магазина.",
      pr_products: "Товары", pr_products_hint: "Артикулы через запятую.",
      pr_min_total: "Минимальная сумма заказа", pr_min_total_hint: "Сумма, например 50 или 49,90. Пусто — любой заказ.",
      pr_bad_amount: "Введите сумму, например 50 или 49,90 (не больше {n} знаков после запятой).",
      pr_bad_time: "Введите дату и время.",
      pr_need_text: "Напишите предложение хотя бы на одном языке.",
      pr_id_taken: "Акция с таким ID уже существует; измените её или выберите другой ID.",
      // canned replies
      cr_title: "Шаблоны ответов", cr_new: "Новый шаблон",
      cr_hint: "Готовые ответы, которые операторы вставляют в консоли одним щелчком. Консоль в первую очередь предлагает оператору шаблоны на его языке.",
      cr_filter: "Язык", cr_all_languages: "Все языки", cr_any_language: "любой язык",
      cr_empty: "Шаблонов пока нет.", cr_untitled: "(без названия)",
      cr_delete_q: "Удалить этот шаблон?", cr_deleted: "Удалено: {title}.",
      cr_editing: "Изменение шаблона", cr_creating: "Новый шаблон",
      cr_title_field: "Название", cr_title_hint: "По нему операторы выбирают шаблон, например «Где моя посылка». Дайте переводам то же название.",
      cr_id_hint: "Ваше собственное название для API и импорта. Создаётся из названия; изменить его потом нельзя.",
      cr_text_hint: "Ответ в том виде, в каком его отправляет оператор.",
      cr_id_taken: "Шаблон с таким ID уже существует; выберите другой ID.",
      // agents
      ag_title: "Операторы", ag_new: "Добавить оператора",
      ag_hint: "Сотрудники, которые отвечают в чатах через консоль оператора. Администраторы и владельцы также могут работать с этими страницами.",
      ag_name: "Имя", ag_role: "Роль", ag_languages: "Языки", ag_skills: "Навыки", ag_presence: "Статус", ag_max_chats: "Макс. чатов",
      ag_you: "вы", ag_disabled: "Отключён", ag_disable: "Отключить", ag_enable: "Включить",
      ag_disable_q: "Отключить {name}? Оператор больше не сможет войти, а его сеансы завершатся.",
      ag_disabled_done: "{name}: учётная запись отключена.", ag_enabled_done: "{name} снова может входить.",
      ag_owner_only: "Изменять владельца может только владелец.",
      role_agent_hint: "отвечает в чатах", role_admin_hint: "также работает с этими страницами", role_owner_hint: "также назначает и изменяет владельцев",
      presence_online: "В сети", presence_away: "Нет на месте", presence_offline: "Не в сети",
      ag_editing: "Изменение: {name}", ag_creating: "Новый оператор", ag_created: "Добавлено: {name}.",
      ag_email_hint: "С ней оператор входит в систему.", ag_email_fixed: "Эл. почту оператора изменить нельзя.",
      ag_name_hint: "Показывается клиентам, когда отвечает этот оператор.",
      ag_own_role: "Нельзя изменить собственную роль.",
      ag_languages_hint: "Языковые теги, например en, zh, через запятую; диалоги на этих языках направляются этому оператору в первую очередь.",
      ag_skills_hint: "Через запятую, например billing, cold_chain.",
      ag_max_chats_hint: "Сколько диалогов оператор ведёт одновременно, от 1 до 100.",
      ag_password_hint: "Не менее 8 символов. Передайте его оператору лично.",
      ag_new_password: "Новый пароль", ag_password_keep: "Оставьте пустым, чтобы сохранить текущий. Новый пароль завершает все сеансы оператора.",
      ag_disabled_label: "Отключён: не может войти (оператор остаётся в списке)",
      // API keys
      key_title: "API-ключи",
      key_hint: "Ключи позволяют вашим серверам работать с kefu. Ключ действует от имени всего магазина: храните его на своих серверах, никогда не размещайте на веб-странице или в приложении.",
      key_new: "Новый ключ", key_name: "Название", key_name_hint: "Для чего он нужен, чтобы потом было понятно, какой ключ отзывать.",
      key_name_example: "например, бэкенд сайта",
      key_scope: "Права", key_create: "Создать ключ",
      scope_chat: "Чат", scope_chat_hint: "Для сервера за вашим чат-виджетом или приложением: открывает диалоги и отправляет сообщения клиентов. Не может читать или изменять данные магазина.",
      scope_admin: "Администрирование", scope_admin_hint: "Для синхронизации с бэк-офисом: товары, заказы, база знаний, акции и настройки через API администрирования, а также всё, что может ключ чата.",
      key_list: "Ключи этого магазина", key_empty: "У этого магазина пока нет API-ключей.",
      key_starts: "Начинается с", key_created: "Создан", key_state: "Статус",
      key_working: "Действует", key_revoked_on: "Отозван {time}", key_revoke: "Отозвать",
      key_revoke_q: "Отозвать «{name}»? Всё, что его использует, сразу перестанет работать.", key_revoked: "Отозван: {name}.",
      key_new_title: "Новый ключ «{name}» ({scope})",
      key_once: "Скопируйте его сейчас и сохраните в надёжном месте: больше вы его не увидите. kefu хранит только его отпечаток; если ключ потерян, создайте новый, а этот отзовите.",
      key_use_chat: "Ваш сервер передаёт его как Authorization: Bearer <key>, когда открывает диалог.",
      key_use_admin: "Ваш бэк-офис передаёт его как Authorization: Bearer <key> в API администрирования по адресу /v1.",
      key_done: "Ключ скопирован",
      // compensation rules
      nav_rules: "Правила компенсаций", nav_compensations: "Компенсации",
      ru_title: "Правила компенсаций", ru_new: "Новое правило",
      ru_hint: "Что получает клиент, если с заказом что-то пошло не так. Правила проверяются в этом порядке; решает первое включённое правило, условие которого выполнено.",
      ru_empty: "Правил пока нет: автоматически ничего не выдаётся.",
      ru_order: "Порядок", ru_name: "Название", ru_when: "Условие", ru_grants: "Выдаёт", ru_limit: "На клиента", ru_state: "Статус", ru_version: "Версия",
      ru_limit_n: "не более {n} за 30 дней", ru_no_limit: "без ограничений", ru_enabled: "Включено", ru_paused: "Приостановлено",
      ru_coupon_of: "купон на {amount}", ru_min: "для заказов от {amount}", ru_no_min: "без минимальной суммы",
      ru_valid_days: "действует {n} дн.", ru_no_expiry: "бессрочно",
      gk_coupon: "Купон", gk_refund_line: "Возврат за соответствующую позицию", gk_refund_order: "Возврат за весь заказ", gk_none: "Ничего (остановиться)",
      gk_coupon_words: "Купон", gk_refund_line_words: "Возврат за соответствующую позицию", gk_refund_order_words: "Возврат за весь заказ",
      gk_none_words: "Ничего; следующие правила не проверяются",
      gk_refund_line_of: "Возврат {amount} (позиция)", gk_refund_order_of: "Возврат {amount} (заказ)",
      ru_delete_q: "Удалить правило «{name}»? Оно сразу перестанет выдавать компенсации; журнал сохранит его версии.", ru_deleted: "Удалено: {name}.",
      ru_editing: "Изменение правила «{name}» (версия {version})", ru_creating: "Новое правило",
      ru_name_hint: "Для чего правило, например «Опоздание доставки».",
      ru_id_hint: "Ваше собственное название для API и журнала. Создаётся из названия; изменить его потом нельзя.",
      ru_when_hint: "Условие CEL по инциденту, например delay_minutes > 30 или kind == \"underweight\" && missing_grams >= 100. Переменные описаны в docs/compensation.md.",
      ru_kind: "Что выдаёт",
      ru_amount: "Сумма купона ({currency})", ru_amount_hint: "Сумма, например 5 или 4,50.", ru_no_currency: "Сначала укажите валюту магазина в настройках магазина.",
      ru_min_order: "Минимальный заказ", ru_min_order_hint: "Пусто — купон действует на любой заказ.",
      ru_days: "Срок действия (дней)", ru_days_hint: "Пусто — бессрочно.",
      ru_order_hint: "Правила с меньшими номерами проверяются первыми.",
      ru_limit_hint: "Пропускать клиентов, получивших столько компенсаций за последние 30 дней. Пусто — без ограничений.",
      ru_enabled_label: "Включено: правило выдаёт компенсации (снимите отметку, чтобы приостановить)",
      ru_id_taken: "Правило с таким ID уже существует; измените его или выберите другой ID.",
      ru_saved: "Сохранено: {name} (версия {version}).",
      dr_title: "Пробный прогон", dr_hint: "Что выдали бы правила по инцидентам, которые kefu записал за эти дни. Ничего не выдаётся.",
      dr_since: "С", dr_until: "По", dr_run_current: "Пробный прогон текущих правил", dr_run_draft: "Пробный прогон с этим черновиком",
      dr_running: "Выполняется…", dr_bad_dates: "Выберите даты.", dr_fix_draft: "В черновике ошибка; см. форму.",
      dr_summary: "Инцидентов: {n}; получили бы компенсацию: {granted}, общая стоимость: {cost}.",
      dr_with_draft: "С черновиком «{name}»:",
      dr_limited: "Воспроизведены только первые 10 000 инцидентов.", dr_no_rules: "Нет правил для проверки.",
      dr_matched: "Решено", dr_granted: "Выдано", dr_errors: "Ошибки", dr_cost: "Стоимость", dr_draft: "черновик",
      dr_errors_title: "Ошибки ({n})", dr_error_line: "Инцидент {incident}, правило {rule}: {message}",
      // the ledger
      lg_title: "Компенсации", lg_hint: "Что получили клиенты по правилу или от оператора, сначала новые. Отозванная запись остаётся в списке с указанием, кто и почему её отозвал.",
      lg_customer: "Клиент", lg_customer_ph: "id клиента в вашем магазине", lg_order: "Заказ", lg_show: "Показать",
      lg_empty: "За этот период ничего не выдано.",
      lg_date: "Дата", lg_what: "Что", lg_by: "Кто выдал",
      lg_coupon: "Купон на {amount}", lg_rule: "Правило {rule} (версия {version})", lg_agent: "Оператор {name}",
      lg_granted: "Выдано", lg_revoked: "Отозвано", lg_revoked_by: "{name}, {time}",
      lg_reason: "Причина", lg_reason_ph: "Почему отзывается?", lg_revoke_q: "Отозвать?",
      lg_reason_needed: "Укажите причину.", lg_revoked_done: "Отозвано.",
      // review queue (docs/feeds.md)
      nav_review: "Очередь проверки",
      rq_title: "Очередь проверки",
      rq_hint: "Статьи, ожидающие решения: черновики, написанные по новым товарам и по диалогам, которые решили ваши операторы; статьи, устаревшие из-за фида (изменилась цена или название, закончилась акция); статьи, о которых сообщили как о неверных. Устаревшие и отмеченные операторами статьи не используются в ответах клиентам, пока вы их не одобрите.",
      rq_all: "Все ({n})", rq_stale: "Устаревшие ({n})", rq_flagged: "Отмеченные ({n})", rq_drafts: "Черновики ({n})",
      rq_empty: "На проверке ничего нет.",
      rq_kind_stale: "Устарела", rq_kind_flagged: "Отмечена", rq_kind_draft: "Черновик",
      rq_withdrawn: "Не используется в ответах до проверки",
      rq_src_feed: "Фид {name}", rq_src_agent: "Оператор", rq_src_customer: "Клиент", rq_src_suggestions: "Предложено по диалогам",
      rq_flag_line: "{source} · {who} · {time}", rq_flag_line_nobody: "{source} · {time}", rq_support: "Спрашивали в решённых операторами диалогах: {n}", rq_reason_new_product: "Новый товар: {name} ({sku})", rq_reason_price: "Цена {name} ({sku}) изменилась с {old} на {new}", rq_reason_renamed: "{name} ({sku}) переименован в {new_name}", rq_reason_discontinued: "{name} ({sku}) больше не продаётся", rq_reason_promo_code: "Акция {promotion}: код {code} теперь {new_code}", rq_reason_promo_withdrawn: "Акция {promotion} отозвана", rq_reason_promo_ended: "Акция {promotion} завершилась {time}", rq_reason_more: "и ещё {n}", fe_currency: "«{value}» — не код валюты вроде EUR или SGD", fe_country: "«{value}» — не код страны вроде GB и не EU", fe_language: "«{value}» — не код языка вроде en, zh-Hant или es-419", fe_canonical: "Напишите «{want}» вместо «{value}»", fe_regexp: "«{value}» — некорректное регулярное выражение", fe_range: "Введите число от {min} до {max}", fe_min: "Введите {min} или больше", fe_cart_url: "Введите ссылку http или https с {sku} на месте артикула (SKU) товара", fe_queue_cap: "Введите -1 (без ограничения), 0 (значение сервера) или число от 1 до {max}",
      rq_approve: "Одобрить и опубликовать", rq_edit: "Изменить", rq_reject: "Отклонить",
      rq_reason: "Причина", rq_reason_ph: "Почему отклонено?", rq_reason_needed: "Укажите причину.",
      rq_confirm_reject: "Отклонить", rq_save: "Сохранить новую версию",
      rq_approved: "Одобрено: {title}", rq_rejected: "Отклонено: {title}", rq_edited: "Сохранена новая версия «{title}». Одобрите её, чтобы опубликовать.",
      rq_suggest: "Предложить статьи по решённым диалогам",
      rq_suggested: "Предложений: {n} (новых: {new}), диалогов: {conversations}.",
      rq_version: "версия {n}",
      rq_feeds: "Фиды", rq_feed_kefu: "Фид kefu", rq_feed_shopify: "Shopify", rq_feed_google: "Google Merchant Center",
      rq_feed_polled: "опрос каждые {interval}", rq_feed_webhook: "доставка на вебхук",
      rq_feed_add: "Добавить фид", rq_feed_edit: "Изменить", rq_feed_poll: "Опросить сейчас", rq_feed_delete: "Удалить",
      rq_feed_delete_q: "Удалить фид «{name}»? Товары и статьи, которые он создал, останутся.", rq_feed_deleted: "Фид «{name}» удалён.",
      rq_feed_saved: "Фид «{name}» сохранён.", rq_feed_polled_now: "Фид «{name}» опрошен: товаров в фиде — {products}, новых — {new}, с новой ценой — {changes}, устаревших статей — {stale}.",
      rq_feed_creating: "Новый фид", rq_feed_editing: "Фид «{name}»",
      rq_feed_name: "Название", rq_feed_name_hint: "Строчные латинские буквы, цифры, - и _, например shopify. Входит в адрес вебхука и не меняется.",
      rq_feed_format: "Формат", rq_feed_url: "Адрес для опроса", rq_feed_url_hint: "Необязательно: kefu загружает этот адрес с указанным ниже интервалом. Пусто — фид приходит только на вебхук.",
      rq_feed_interval: "Опрашивать каждые", rq_feed_language: "Язык названий", rq_feed_language_hint: "Для фидов Shopify и Google, которые содержат один язык. Пусто — язык магазина по умолчанию.",
      rq_feed_currency: "Валюта цен", rq_feed_currency_hint: "Для фидов Shopify, где у цен не указана валюта, например EUR.",
      rq_feed_secret: "Секрет подписи", rq_feed_secret_hint: "Общий с отправителем, который подписывает каждую доставку (HMAC-SHA256). Пусто — оставить текущий.",
      rq_feed_secret_set: "Секрет задан.", rq_feed_hooks: "Вебхук с API-ключом администрирования: {keyed}  ·  с подписью, без ключа (Shopify): {signed}",
      rq_feed_never: "пока ничего не получено", rq_feed_ok: "последнее получение {time}", rq_feed_failed: "последняя доставка не удалась {time}: {error}",
      // product knowledge
      nav_profiles: "Знания о товарах",
      pk_title: "Знания о товарах",
      pk_hint: "Что kefu знает о каждом товаре по его карточке и составу: кому подходит, чего избегать, предостережения и многое другое. У каждого тега указан источник. Ваши правки важнее того, что вывел kefu, и сохраняются при изменении товара.",
      pk_find: "Найти товар", pk_find_ph: "название или артикул", pk_pick: "Товар", pk_none: "Подходящих товаров нет.",
      pk_no_products: "Каталог пуст: сначала передайте товары.",
      pk_partial: "Указаны только ключевые ингредиенты, поэтому kefu не может сказать, чего в товаре нет (без отдушек, без сушащего спирта, …).",
      pk_derived: "Выведено {time}", pk_unknown: "неизвестно",
      pk_edits: "Ваши правки", pk_edits_hint: "Значения через запятую; поставьте - перед значением, чтобы убрать выведенное kefu (например, oily, -dry).",
      pk_save: "Сохранить правки", pk_saved: "Сохранено; профиль выведен заново.", pk_remove: "Убрать", pk_remove_label: "Убрать {value} из «{dimension}»",
      pk_shop: "задано магазином",
      pk_lv_ok: "подходит", pk_lv_caution: "с осторожностью", pk_lv_avoid: "избегать",
      ev_ingredient: "Ингредиент {ingredients}", ev_ingredient_rule: "Ингредиент {ingredients} ({rule})",
      ev_rule_plain: "Правило {rule}", ev_rule: "Правило {rule}, потому что {because}", ev_rule_ings: "Правило {rule}, потому что {because}; из {ingredients}",
      ev_attribute: "«{attribute}» товара", ev_text: "Слова «{note}» в поле «{attribute}» товара",
      ev_catalog: "Цены в каталоге: {note}", ev_shop: "Задано магазином ({attribute})", ev_note: "{text}: {note}",
      dim_category: "Категория", dim_brand: "Бренд", dim_step: "Этап ухода", dim_ingredients: "Ингредиенты", dim_actives: "Активные вещества",
      dim_strength: "Концентрация", dim_fragrance: "Отдушка", dim_alcohol: "Спирт", dim_silicones: "Силиконы",
      dim_comedogenic: "Комедогенность", dim_irritants: "Раздражающие вещества", dim_efficacy: "Действие", dim_suits_skin: "Подходит для кожи",
      dim_avoid_skin: "Не для кожи", dim_suits_concern: "Помогает при", dim_avoid_concern: "Не при", dim_cautions: "Предостережения",
      dim_conflicts: "Не сочетать с", dim_pregnancy: "Беременность", dim_time_of_day: "Время суток", dim_season: "Сезон",
      dim_finish: "Финиш", dim_texture: "Текстура", dim_coverage: "Плотность покрытия", dim_spf: "Защита от солнца", dim_price_band: "Ценовой сегмент"
    },
    tr: {
      title: "kefu · mağaza yönetimi",
      pct: "%{n}",
      dur_minutes: "{n}\u00a0dk", dur_hours: "{n}\u00a0sa",
      login_shop_ph: "ör. globalmart",
      login_demo: "Demo: {shop} mağazası, {ana}, şifre {password}.",
      nav_label: "Bölümler",
      err_unauthorized: "Mağaza, e-posta veya şifre yanlış ya da oturumun süresi doldu.", err_forbidden: "Bunu yapma yetkiniz yok.",
      err_not_found: "Bulunamadı; biri silmiş olabilir.", err_rate_limited: "Çok fazla istek; lütfen biraz bekleyin.",
      err_internal: "Sunucu hatası; lütfen daha sonra tekrar deneyin.", err_unavailable: "Hizmet şu anda kullanılamıyor; lütfen daha sonra tekrar deneyin.",
      err_too_large: "Çok uzun.", err_network: "Sunucuya ulaşılamıyor; lütfen bağlantıyı kontrol edin.",
      login_title: "kefu mağaza yönetimi",
      login_who: "Mağaza sahipleri ve yöneticiler için. Temsilci konsolu hesabınızla giriş yapın.",
      login_shop: "Mağaza", login_email: "E-posta", login_password: "Şifre", login_submit: "Giriş yap",
      login_wait: "Çok fazla başarısız deneme yapıldı. Hesabınızın güvenliği için tekrar denemeden önce lütfen {wait} bekleyin.",
      login_again: "Şimdi tekrar deneyebilirsiniz.", wait_seconds: "{n} sn", wait_minutes: "{n} dk",
      to_console: "Temsilci konsolu", to_dashboard: "Gösterge paneli", to_admin: "Mağaza yönetimi", logout: "Çıkış yap", admin: "mağaza yönetimi",
      refused_title: "Mağaza yönetimi",
      refused: "Bu sayfaları yalnızca mağaza sahipleri ve yöneticiler kullanabilir.",
      refused_who: "{name} ({role}) olarak giriş yaptınız. Bir değişiklik gerekiyorsa {shop} mağazasının sahibine veya bir yöneticisine başvurun.",
      role_agent: "temsilci", role_admin: "yönetici", role_owner: "mağaza sahibi",
      nav_settings: "Mağaza ayarları", nav_knowledge: "Bilgi bankası", nav_synonyms: "Eş anlamlılar", nav_widget: "Widget",
      nav_agents: "Temsilciler", nav_keys: "API anahtarları", nav_promotions: "Kampanyalar", nav_canned: "Hazır yanıtlar",
      nav_feedback: "Geri bildirim",
      fb_title: "Geri bildirim ve düzeltmeler",
      fb_hint: "Temsilcilerin konsolda düzelttikleri ve müşterilerin botun yanıtları hakkında düşündükleri. Kabul edilen yeniden etiketlemeler bir sonraki modeli eğitir (kefu model retrain); bkz. docs/learning.md.",
      fb_filter_kind: "Tür", fb_filter_status: "Durum", fb_any: "Tümü", fb_show: "Göster",
      fb_empty: "Henüz geri bildirim yok.", fb_more: "Daha eski geri bildirimler",
      fb_when: "Ne zaman", fb_kind: "Tür", fb_who: "Kim", fb_what: "Ne", fb_status: "Durum",
      fb_k_relabel: "Yeniden etiketlenen mesaj", fb_k_answer_fixed: "Daha iyi yanıt", fb_k_answer_flagged: "İşaretlenen yanıt",
      fb_k_article_wrong: "Makale yanlış", fb_k_article_outdated: "Makale güncel değil",
      fb_k_thumbs_up: "Müşteri: faydalı", fb_k_thumbs_down: "Müşteri: faydalı değil",
      fb_s_proposed: "Önerildi", fb_s_accepted: "Kabul edildi", fb_s_rejected: "Reddedildi",
      fb_accept: "Kabul et", fb_reject: "Reddet", fb_customer: "Müşteri",
      fb_meant: "“{text}” şu anlama geliyor: {intent} (anlaşılan: {previous})", fb_reason: "Gerekçe: {reason}",
      fb_article: "Makale {id}", fb_answer: "Daha iyi yanıt: {answer}", fb_reply: "{intent} konusundaki yanıt için",
      fb_reviewed: "{name}, {time}",
      md_title: "Konu modeli", md_serving: "Bu mağazada kullanılan: {version}", md_shipped: "kefu ile gelen model",
      md_own: "bu mağazanın kendi modeli", md_global: "genel", md_retrain: "Şimdi yeniden eğit",
      md_retraining: "Yeniden eğitiliyor… yaklaşık bir dakika sürer. Aday model yalnızca kuralı geçerse kullanılır.",
      md_failed: "Son yeniden eğitim başarısız oldu: {message}",
      md_hint: "Yeniden eğitim aşağıdaki kabul edilmiş yeniden etiketlemelerden öğrenir; aday model kullanılan modelle karşılaştırılır ve yalnızca düzeltilen mesajları doğru bilir, geliştirme doğruluğundan veya kalibrasyondan 0,3 puandan fazla kaybetmezse devreye alınır.",
      md_version: "Sürüm", md_created: "Eğitildi", md_dev: "Geliştirme doğruluğu", md_corrected: "Düzeltilenlerde doğru", md_verdict: "Karar",
      md_paired: "{fixed} düzeldi, {broken} bozuldu",
      md_serves: "Kullanımda", md_kept_out: "Devreye alınmadı", md_retired: "Geri alındı", md_was: "Önceden kullanılıyordu", md_none: "Henüz yeniden eğitim yapılmadı.",
      loading: "Yükleniyor…", save: "Kaydet", saving: "Kaydediliyor…", saved: "Kaydedildi.", cancel: "İptal", reload: "Yenile",
      copy: "Kopyala", copied: "Kopyalandı", required: "Zorunlu.", error_generic: "Bir sorun oluştu: {message}",
      conflict: "Siz açtıktan sonra başka biri bunu değiştirdi. Onun sürümünü görmek için yenileyin, ardından değişikliğinizi tekrar yapın.",
      session_over: "Oturumunuz sona erdi; lütfen tekrar giriş yapın.",
      // settings
      settings_title: "Mağaza ayarları", settings_shop: "Mağaza: {name} ({id})",
      set_language_legend: "Diller", set_languages: "Mağazanın yanıt verdiği diller", set_languages_hint: "en, zh, es gibi dil etiketleri, virgülle ayrılmış. İlki yedek dildir.",
      set_default_language: "Varsayılan dil", set_default_language_hint: "Mağazanın çalışma dili.",
      set_currency: "Para birimi", set_currency_hint: "ISO 4217 kodu, ör. EUR, USD, TRY.",
      set_timezone: "Saat dilimi", set_timezone_hint: "IANA adı, ör. Europe/Istanbul veya Asia/Shanghai; müşterilere gösterilen saatler için kullanılır.",
      set_cart_url: "Sepete ekle bağlantısı", set_cart_url_hint: "Ürünün SKU'sunun yerine {sku} bulunan mağaza bağlantınız, ör. https://shop.example/cart/add?sku={sku}; önerilen ürünler bu bağlantıya gider. Boş: sepete ekle düğmesi yok.",
      set_confidence: "Güven eşiği", set_confidence_hint: "0 ile 1 arası. Bunun altında bot müşteriden açıklama ister. Boş: kefu varsayılanı.",
      set_clarify: "Açıklama isteme sınırı", set_clarify_hint: "Bir temsilci devralmadan önce art arda kaç açıklama sorusu sorulacağı. Boş: kefu varsayılanı.",
      set_handoff: "Temsilciye devir",
      set_anger_handoff: "Çok kızgın müşterileri bir temsilciye devret",
      set_sensitive_handoff: "Hassas konuları (sağlık, hukuki tehditler, dolandırıcılık) bir temsilciye devret",
      set_strategies: "Stratejiler", set_strategies_hint: "kefu'nun bir müşterinin ruh hâlini sezdiğinde yaptıkları, denenme sırasıyla. İşaretlenmeyenler çalışmaz.",
      set_widget: "Sohbet widget'ı", set_widget_enabled: "Mağazanın web sitesi ziyaretçileri sohbet edebilir (widget açık)",
      set_llm: "Dil modeli", set_llm_answers: "Sunucunun dil modeli yardım makalelerimizden, onlara atıf yaparak yanıt yazsın",
      set_llm_hint: "Yalnızca sunucuda bir dil modeli yapılandırılmışsa. Bu durumda müşterilerin soruları, e-posta, telefon ve sipariş numaraları çıkarılarak modele gönderilir; bir makaleye dayandıramadığı yanıtlar gösterilmez.",
      move_up: "Yukarı taşı", move_down: "Aşağı taşı",
      strategy_anger_priority: "Çok kızgın müşterileri kuyrukta daha sakin olanların önüne al",
      strategy_anxiety_progress: "Endişeli müşterilere gönderilerinin tüm ilerleyişini göster",
      strategy_satisfaction_offer: "Memnun müşterilere mağazanın güncel kampanyalarından birini öner",
      settings_bad_number: "Bir sayı girin.",
      // knowledge
      kn_title: "Bilgi bankası", kn_all: "Tüm makaleler", kn_review: "İnceleme kuyruğu ({n})", kn_new: "Yeni makale",
      kn_empty: "Henüz makale yok.", kn_review_empty: "İnceleme bekleyen bir şey yok.",
      kn_translate: "Çevir: {language}",
      kn_missing_list: "Henüz çevrilmedi:", kn_other_language: "başka dil, ör. fr", kn_add_translation: "Çeviri ekle",
      st_draft: "taslak", st_in_review: "incelemede", st_published: "yayında",
      kn_submit: "İncelemeye gönder", kn_publish: "Yayınla", kn_send_back: "Geri gönder", kn_withdraw: "Yayından kaldır",
      kn_edit: "Düzenle", kn_history: "Sürümler", kn_version: "sürüm {n}", kn_updated: "güncellendi: {time}",
      kn_key: "Anahtar", kn_key_hint: "Bir makalenin çevirilerini gruplar, ör. shipping-times.",
      kn_language: "Dil", kn_title_field: "Başlık", kn_body: "Metin", kn_tags: "Etiketler", kn_intents: "Konular",
      kn_list_hint: "Virgülle ayrılmış.",
      kn_save_submit: "Kaydet ve incelemeye gönder",
      kn_editing: "Makaleyi düzenle", kn_creating: "Yeni makale", kn_translating: "Yeni çeviri",
      kn_source: "Orijinal ({language})",
      kn_live_hint: "Bu makale yayında: kaydedilen değişiklikler hemen müşterilere verilen yanıtlarda kullanılır.",
      kn_published: "Yayınlandı.", kn_sent_back: "Taslağa geri gönderildi.", kn_withdrawn: "Yayından kaldırılıp taslağa alındı.", kn_submitted: "İncelemeye gönderildi.",
      kn_history_title: "{key} sürümleri ({language})", kn_from: "Başlangıç", kn_to: "Bitiş",
      kn_one_version: "Şimdilik yalnızca bir sürüm var.", kn_close: "Kapat",
      kn_no_change: "Bu sürümler arasında fark yok.",
      kn_tags_line: "Etiketler: {tags}", kn_intents_line: "Konular: {intents}",
      // synonyms
      syn_title: "Eş anlamlılar",
      syn_hint: "Müşterilerinizin aynı şey için kullandığı kelime veya ifadeler; her satırda bir grup, virgülle ayrılmış, ör. koli, paket. Bilgi bankası araması her grubu tek bir kelime olarak ele alır.",
      syn_add: "Grup ekle", syn_remove: "Kaldır", syn_empty: "Henüz eş anlamlı yok.",
      // widget
      w_title: "Web sitenizdeki widget",
      w_off: "Sohbet widget'ı Mağaza ayarlarında kapalı: siz açana kadar bu kod parçaları hiçbir şey göstermez.",
      w_bubble: "Her sayfada sohbet balonu",
      w_bubble_hint: "Müşterilerin sohbet edebilmesini istediğiniz sayfalarda </body> etiketinden önce yapıştırın.",
      w_frame: "Çerçeve içinde sohbet",
      w_frame_hint: "Bir yardım sayfası veya mobil uygulamanın web görünümü için.",
      w_signed: "Giriş yapmış müşteriler",
      w_signed_hint: "Botun bir müşterinin siparişlerine bakabilmesi için sunucunuz kimin giriş yaptığını doğrular: müşterinin mağazanızdaki kimliğini widget gizli anahtarıyla imzalar ve ikisini de sayfaya koyar. İmzayı yalnızca kendi sunucunuzda hesaplayın: gizli anahtara sahip olan herkes kendini herhangi bir müşteri gibi gösterebilir. Gizli anahtar burada gösterilmez.",
      w_signature: "signature = hex(HMAC-SHA256(widget gizli anahtarı, müşteri kimliği))",
      w_secret_set: "Bu mağazanın bir widget gizli anahtarı var (mağaza oluşturulurken bir kez gösterildi).",
      w_secret_unset: "Bu mağazanın widget gizli anahtarı yok, bu yüzden ziyaretçiler yalnızca anonim olarak sohbet edebilir.",
      w_preview: "Sohbet sayfasını aç",
      w_signed_bubble: "Giriş yapmış müşteri için sohbet balonu",
      w_signed_frame: "Giriş yapmış müşteri için çerçeve",
      w_sign_code: "İmzayı sunucunuzda hesaplama (shell, Go)",
      delete: "Sil", saved_name: "{name} kaydedildi.",
      // promotions
      pr_title: "Kampanyalar", pr_new: "Yeni kampanya",
      pr_hint: "Botun müşterilere, örneğin memnun olanlara, söz edebileceği teklifler. Her teklifi müşterilerinizin konuştuğu dillerde yazın.",
      pr_empty: "Henüz kampanya yok.",
      pr_active: "Şu anda etkin", pr_scheduled: "Başlangıç: {time}", pr_ended: "Bitti: {time}",
      pr_from_until: "{start} – {end}", pr_from: "{start} itibarıyla, bitiş yok", pr_until: "Bitiş: {end}", pr_always: "Başlangıç veya bitiş tarihi yok",
      pr_everything: "Mağazadaki her şeyde", pr_categories_line: "Kategoriler: {list}", pr_products_line: "Ürünler (SKU): {list}",
      pr_min_line: "{amount} ve üzeri siparişlerde",
      pr_id_line: "id {id}", pr_missing: "Henüz metni olmayan diller: {list}.",
      pr_delete_q: "{name} silinsin mi? Bot bunu hemen önermeyi bırakır.", pr_deleted: "{name} silindi.",
      pr_editing: "Kampanyayı düzenle", pr_creating: "Yeni kampanya",
      pr_code: "Kod", pr_code_hint: "Müşterilerin ödeme sırasında girdiği kod, ör. YAZ10. İsteğe bağlı.",
      pr_id: "ID", pr_id_hint: "API ve içe aktarmalar için kendi verdiğiniz ad, ör. summer-sale. Sonradan değiştirilemez.",
      pr_texts: "Teklif metni", pr_texts_hint: "Botun müşteriye her dilde söyleyeceği; atlamak için bir dili boş bırakın.",
      pr_add_language: "Dil ekle",
      pr_when: "Ne zaman", pr_start: "Başlangıç", pr_start_hint: "Boş: şu andan itibaren.", pr_end: "Bitiş", pr_end_hint: "Boş: bitiş yok.",
      pr_zone: "Saatler tarayıcınızın saat dilimindedir ({zone}).",
      pr_what: "Neye uygulanır",
      pr_categories: "Kategoriler", pr_categories_hint: "Virgülle ayrılmış. Ürün de yoksa boş: mağazadaki her şey.",
      pr_products: "Ürünler", pr_products_hint: "SKU'lar, virgülle ayrılmış.",
      pr_min_total: "En düşük sipariş tutarı", pr_min_total_hint: "50 veya 49,90 gibi bir tutar. Boş: her sipariş.",
      pr_bad_amount: "50 veya 49,90 gibi bir tutar girin (en fazla {n} ondalık basamak).",
      pr_bad_time: "Bir tarih ve saat girin.",
      pr_need_text: "Teklifi en az bir dilde yazın.",
      pr_id_taken: "Bu ID'ye sahip bir kampanya zaten var; onu düzenleyin veya başka bir ID seçin.",
      // canned replies
      cr_title: "Hazır yanıtlar", cr_new: "Yeni hazır yanıt",
      cr_hint: "Temsilcilerin konsolda tek tıkla ekledikleri hazır yanıtlar. Konsol, temsilciye önce kendi dilindeki yanıtları sunar.",
      cr_filter: "Dil", cr_all_languages: "Tüm diller", cr_any_language: "her dil",
      cr_empty: "Henüz hazır yanıt yok.", cr_untitled: "(başlıksız)",
      cr_delete_q: "Bu yanıt silinsin mi?", cr_deleted: "{title} silindi.",
      cr_editing: "Hazır yanıtı düzenle", cr_creating: "Yeni hazır yanıt",
      cr_title_field: "Başlık", cr_title_hint: "Temsilcilerin yanıtı seçerken gördüğü ad, ör. Kargom nerede. Çevirilerine de aynı başlığı verin.",
      cr_id_hint: "API ve içe aktarmalar için kendi verdiğiniz ad. Başlıktan oluşturulur; sonradan değiştirilemez.",
      cr_text_hint: "Temsilcinin gönderdiği haliyle yanıt.",
      cr_id_taken: "Bu ID'ye sahip bir hazır yanıt zaten var; başka bir ID seçin.",
      // agents
      ag_title: "Temsilciler", ag_new: "Temsilci ekle",
      ag_hint: "Temsilci konsolunda sohbetleri yanıtlayan kişiler. Yöneticiler ve mağaza sahipleri bu sayfaları da kullanabilir.",
      ag_name: "Ad", ag_role: "Rol", ag_languages: "Diller", ag_skills: "Beceriler", ag_presence: "Durum", ag_max_chats: "Eş zamanlı sohbet",
      ag_you: "siz", ag_disabled: "Devre dışı", ag_disable: "Devre dışı bırak", ag_enable: "Etkinleştir",
      ag_disable_q: "{name} devre dışı bırakılsın mı? Artık giriş yapamaz ve oturumları sona erer.",
      ag_disabled_done: "{name} devre dışı bırakıldı.", ag_enabled_done: "{name} tekrar giriş yapabilir.",
      ag_owner_only: "Bir mağaza sahibini yalnızca bir mağaza sahibi değiştirebilir.",
      role_agent_hint: "sohbetleri yanıtlar", role_admin_hint: "bu sayfaları da kullanır", role_owner_hint: "mağaza sahibi de atar ve değiştirir",
      presence_online: "Çevrimiçi", presence_away: "Uzakta", presence_offline: "Çevrimdışı",
      ag_editing: "Düzenle: {name}", ag_creating: "Yeni temsilci", ag_created: "{name} eklendi.",
      ag_email_hint: "Bununla giriş yapar.", ag_email_fixed: "Bir temsilcinin e-postası değiştirilemez.",
      ag_name_hint: "Bu temsilci yanıt verdiğinde müşterilere gösterilir.",
      ag_own_role: "Kendi rolünüzü değiştiremezsiniz.",
      ag_languages_hint: "en, zh gibi dil etiketleri, virgülle ayrılmış; bu dillerdeki görüşmeler önce bu temsilciye gider.",
      ag_skills_hint: "Virgülle ayrılmış, ör. billing, cold_chain.",
      ag_max_chats_hint: "Temsilcinin aynı anda yürüttüğü görüşme sayısı, 1 ile 100 arası.",
      ag_password_hint: "En az 8 karakter. Temsilciye özel olarak iletin.",
      ag_new_password: "Yeni şifre", ag_password_keep: "Mevcut şifreyi korumak için boş bırakın. Yeni şifre, temsilcinin tüm oturumlarını kapatır.",
      ag_disabled_label: "Devre dışı: giriş yapamaz (temsilci listede kalır)",
      // API keys
      key_title: "API anahtarları",
      key_hint: "Anahtarlar kendi sunucularınızın kefu ile konuşmasını sağlar. Bir anahtar tüm mağaza adına işlem yapar: onu sunucularınızda tutun, asla bir web sayfasına veya uygulamaya koymayın.",
      key_new: "Yeni anahtar", key_name: "Ad", key_name_hint: "Ne için olduğu; böylece daha sonra hangi anahtarı iptal edeceğinizi bilirsiniz.",
      key_name_example: "ör. web sitesi arka ucu",
      key_scope: "Yetkileri", key_create: "Anahtar oluştur",
      scope_chat: "Sohbet", scope_chat_hint: "Sohbet widget'ınızın veya uygulamanızın arkasındaki sunucu için: görüşme açar ve müşterilerin mesajlarını gönderir. Mağazanın verilerini okuyamaz veya değiştiremez.",
      scope_admin: "Yönetim", scope_admin_hint: "Arka ofis senkronizasyonu için: yönetim API'si üzerinden ürünler, siparişler, bilgi bankası, kampanyalar ve ayarlar, ayrıca sohbet anahtarının yapabildiği her şey.",
      key_list: "Bu mağazanın anahtarları", key_empty: "Bu mağazanın henüz API anahtarı yok.",
      key_starts: "Başlangıcı", key_created: "Oluşturulma", key_state: "Durum",
      key_working: "Çalışıyor", key_revoked_on: "İptal edildi: {time}", key_revoke: "İptal et",
      key_revoke_q: "“{name}” iptal edilsin mi? Onu kullanan her şey hemen çalışmayı durdurur.", key_revoked: "{name} iptal edildi.",
      key_new_title: "Yeni anahtar “{name}” ({scope})",
      key_once: "Anahtarı şimdi kopyalayın ve güvenli bir yerde saklayın: bir daha göremeyeceksiniz. kefu yalnızca parmak izini saklar; kaybederseniz yeni bir anahtar oluşturup bunu iptal edin.",
      key_use_chat: "Sunucunuz bir görüşme açarken bunu Authorization: Bearer <key> olarak gönderir.",
      key_use_admin: "Arka ofisiniz bunu /v1 altındaki yönetim API'sine Authorization: Bearer <key> olarak gönderir.",
      key_done: "Kopyaladım",
      // compensation rules
      nav_rules: "Telafi kuralları", nav_compensations: "Telafiler",
      ru_title: "Telafi kuralları", ru_new: "Yeni kural",
      ru_hint: "Bir siparişte sorun çıktığında müşterinin alacağı telafi. Kurallar bu sırayla denenir; koşulu sağlanan ilk etkin kural karar verir.",
      ru_empty: "Henüz kural yok: otomatik olarak hiçbir şey verilmez.",
      ru_order: "Sıra", ru_name: "Ad", ru_when: "Koşul", ru_grants: "Verdiği", ru_limit: "Müşteri başına", ru_state: "Durum", ru_version: "Sürüm",
      ru_limit_n: "30 günde en fazla {n}", ru_no_limit: "sınır yok", ru_enabled: "Etkin", ru_paused: "Duraklatıldı",
      ru_coupon_of: "{amount} kupon", ru_min: "{amount} ve üzeri siparişlerde", ru_no_min: "asgari tutar yok",
      ru_valid_days: "{n} gün geçerli", ru_no_expiry: "süresiz",
      gk_coupon: "Kupon", gk_refund_line: "İlgili kalemin iadesi", gk_refund_order: "Tüm siparişin iadesi", gk_none: "Hiçbir şey (burada dur)",
      gk_coupon_words: "Kupon", gk_refund_line_words: "İlgili kalemin iadesi", gk_refund_order_words: "Tüm siparişin iadesi",
      gk_none_words: "Hiçbir şey; sonraki kurallar denenmez",
      gk_refund_line_of: "{amount} iade (bir kalem)", gk_refund_order_of: "{amount} iade (sipariş)",
      ru_delete_q: "{name} kuralı silinsin mi? Hemen telafi vermeyi bırakır; kayıt defteri sürümlerini saklar.", ru_deleted: "{name} silindi.",
      ru_editing: "{name} kuralını düzenle (sürüm {version})", ru_creating: "Yeni kural",
      ru_name_hint: "Kuralın amacı, ör. Geç teslimat.",
      ru_id_hint: "API ve kayıt defteri için kendi verdiğiniz ad. Addan oluşturulur; sonradan değiştirilemez.",
      ru_when_hint: "Olay üzerinde bir CEL koşulu, ör. delay_minutes > 30 veya kind == \"underweight\" && missing_grams >= 100. Değişkenler için docs/compensation.md dosyasına bakın.",
      ru_kind: "Ne verir",
      ru_amount: "Kupon tutarı ({currency})", ru_amount_hint: "5 veya 4,50 gibi bir tutar.", ru_no_currency: "Önce Mağaza ayarlarında mağazanın para birimini belirleyin.",
      ru_min_order: "En düşük sipariş", ru_min_order_hint: "Boş: kupon her siparişte geçerli.",
      ru_days: "Geçerlilik (gün)", ru_days_hint: "Boş: süresi dolmaz.",
      ru_order_hint: "Küçük numaralar önce denenir.",
      ru_limit_hint: "Son 30 günde bu kadar telafi almış müşterileri atla. Boş: sınır yok.",
      ru_enabled_label: "Etkin: kural telafi verir (duraklatmak için işareti kaldırın)",
      ru_id_taken: "Bu ID'ye sahip bir kural zaten var; onu düzenleyin veya başka bir ID seçin.",
      ru_saved: "{name} kaydedildi (sürüm {version}).",
      dr_title: "Deneme çalıştırması", dr_hint: "kefu'nun bu günlerde kaydettiği olaylar için kuralların neler vereceği. Hiçbir şey verilmez.",
      dr_since: "Başlangıç", dr_until: "Bitiş", dr_run_current: "Mevcut kurallarla dene", dr_run_draft: "Bu taslakla dene",
      dr_running: "Çalışıyor…", dr_bad_dates: "Tarihleri seçin.", dr_fix_draft: "Taslakta bir hata var; forma bakın.",
      dr_summary: "{n} olay; {granted} tanesi bir şey alırdı, maliyeti {cost}.",
      dr_with_draft: "{name} taslağıyla:",
      dr_limited: "Yalnızca ilk 10.000 olay yeniden oynatıldı.", dr_no_rules: "Denenecek kural yok.",
      dr_matched: "Karar verilen", dr_granted: "Verilen", dr_errors: "Hatalar", dr_cost: "Maliyet", dr_draft: "taslak",
      dr_errors_title: "Hatalar ({n})", dr_error_line: "Olay {incident}, kural {rule}: {message}",
      // the ledger
      lg_title: "Telafiler", lg_hint: "Müşterilere bir kuralla veya bir temsilci tarafından verilenler, en yenisi önce. İptal edilen bir kayıt, kimin neden iptal ettiğiyle birlikte listede kalır.",
      lg_customer: "Müşteri", lg_customer_ph: "mağazanızdaki müşteri kimliği", lg_order: "Sipariş", lg_show: "Göster",
      lg_empty: "Bu dönemde hiçbir şey verilmedi.",
      lg_date: "Tarih", lg_what: "Ne", lg_by: "Veren",
      lg_coupon: "{amount} kupon", lg_rule: "{rule} kuralı (sürüm {version})", lg_agent: "Temsilci {name}",
      lg_granted: "Verildi", lg_revoked: "İptal edildi", lg_revoked_by: "{name}, {time}",
      lg_reason: "Gerekçe", lg_reason_ph: "Neden iptal ediliyor?", lg_revoke_q: "İptal edilsin mi?",
      lg_reason_needed: "Bir gerekçe yazın.", lg_revoked_done: "İptal edildi.",
      // review queue (docs/feeds.md)
      nav_review: "İnceleme kuyruğu",
      rq_title: "İnceleme kuyruğu",
      rq_hint: "Karar bekleyen makaleler: yeni ürünlerden ve temsilcilerinizin çözdüğü görüşmelerden yazılan taslaklar, bir beslemenin eskittiği makaleler (fiyat veya ad değişti, kampanya bitti) ve birinin yanlış dediği makaleler. Eskimiş ve temsilcilerin işaretlediği makaleler, siz onaylayana kadar müşterilere yanıt vermekte kullanılmaz.",
      rq_all: "Tümü ({n})", rq_stale: "Eskimiş ({n})", rq_flagged: "İşaretli ({n})", rq_drafts: "Taslaklar ({n})",
      rq_empty: "İnceleme bekleyen bir şey yok.",
      rq_kind_stale: "Eskimiş", rq_kind_flagged: "İşaretli", rq_kind_draft: "Taslak",
      rq_withdrawn: "İncelenene kadar yanıtlarda kullanılmıyor",
      rq_src_feed: "Besleme {name}", rq_src_agent: "Temsilci", rq_src_customer: "Müşteri", rq_src_suggestions: "Görüşmelerden önerildi",
      rq_flag_line: "{source} · {who} · {time}", rq_flag_line_nobody: "{source} · {time}", rq_support: "Temsilcilerin çözdüğü {n} görüşmede soruldu", rq_reason_new_product: "Yeni ürün: {name} ({sku})", rq_reason_price: "{name} ({sku}) fiyatı {old} iken {new} oldu", rq_reason_renamed: "{name} ({sku}) adı {new_name} olarak değişti", rq_reason_discontinued: "{name} ({sku}) artık satılmıyor", rq_reason_promo_code: "Kampanya {promotion}: {code} kodu artık {new_code}", rq_reason_promo_withdrawn: "Kampanya {promotion} geri çekildi", rq_reason_promo_ended: "Kampanya {promotion} {time} tarihinde sona erdi", rq_reason_more: "ve {n} tane daha", fe_currency: "“{value}” EUR veya SGD gibi bir para birimi kodu değil", fe_country: "“{value}” GB gibi bir ülke kodu veya EU değil", fe_language: "“{value}” en, zh-Hant veya es-419 gibi bir dil kodu değil", fe_canonical: "“{value}” yerine “{want}” yazın", fe_regexp: "“{value}” geçerli bir düzenli ifade değil", fe_range: "{min} ile {max} arasında bir sayı girin", fe_min: "{min} veya daha büyük bir sayı girin", fe_cart_url: "Ürün SKU'sunun yerinde {sku} bulunan bir http veya https bağlantısı girin", fe_queue_cap: "-1 (sınırsız), 0 (sunucunun varsayılanı) veya 1 ile {max} arasında bir sayı girin",
      rq_approve: "Onayla ve yayınla", rq_edit: "Düzenle", rq_reject: "Reddet",
      rq_reason: "Gerekçe", rq_reason_ph: "Neden reddediliyor?", rq_reason_needed: "Bir gerekçe yazın.",
      rq_confirm_reject: "Reddet", rq_save: "Yeni sürümü kaydet",
      rq_approved: "Onaylandı: {title}", rq_rejected: "Reddedildi: {title}", rq_edited: "{title} için yeni bir sürüm kaydedildi. Yayınlamak için onaylayın.",
      rq_suggest: "Çözülen görüşmelerden makale öner",
      rq_suggested: "{conversations} görüşmeden {n} öneri ({new} yeni).",
      rq_version: "sürüm {n}",
      rq_feeds: "Beslemeler", rq_feed_kefu: "kefu beslemesi", rq_feed_shopify: "Shopify", rq_feed_google: "Google Merchant Center",
      rq_feed_polled: "sorgulama aralığı: {interval}", rq_feed_webhook: "webhook'una gönderilir",
      rq_feed_add: "Besleme ekle", rq_feed_edit: "Düzenle", rq_feed_poll: "Şimdi sorgula", rq_feed_delete: "Sil",
      rq_feed_delete_q: "{name} beslemesi silinsin mi? Yazdığı ürünler ve makaleler kalır.", rq_feed_deleted: "{name} beslemesi silindi.",
      rq_feed_saved: "{name} beslemesi kaydedildi.", rq_feed_polled_now: "{name} sorgulandı: beslemede {products} ürün, {new} yeni, {changes} ürünün fiyatı değişti, {stale} makale eskidi.",
      rq_feed_creating: "Yeni besleme", rq_feed_editing: "Besleme {name}",
      rq_feed_name: "Ad", rq_feed_name_hint: "Küçük harfler, rakamlar, - ve _, ör. shopify. Webhook adresinin parçasıdır ve değiştirilemez.",
      rq_feed_format: "Biçim", rq_feed_url: "Sorgulanacak adres", rq_feed_url_hint: "İsteğe bağlı: kefu bu adresi aşağıdaki aralıkla çeker. Boş: besleme yalnızca webhook'una gelir.",
      rq_feed_interval: "Sorgulama aralığı", rq_feed_language: "Adların dili", rq_feed_language_hint: "Tek bir dil taşıyan Shopify ve Google beslemeleri için. Boş: mağazanın varsayılan dili.",
      rq_feed_currency: "Fiyatların para birimi", rq_feed_currency_hint: "Fiyatlarında para birimi belirtilmeyen Shopify beslemeleri için, ör. EUR.",
      rq_feed_secret: "İmzalama anahtarı", rq_feed_secret_hint: "Her gönderimi imzalayan (HMAC-SHA256) gönderenle paylaşılır. Boş: mevcut anahtarı koru.",
      rq_feed_secret_set: "Bir anahtar ayarlı.", rq_feed_hooks: "Yönetim API anahtarıyla webhook: {keyed}  ·  anahtarsız, imzalı (Shopify): {signed}",
      rq_feed_never: "henüz bir şey alınmadı", rq_feed_ok: "son alım {time}", rq_feed_failed: "son gönderim başarısız oldu {time}: {error}",
      // product knowledge
      nav_profiles: "Ürün bilgisi",
      pk_title: "Ürün bilgisi",
      pk_hint: "kefu'nun her ürün hakkında, ürün kartından ve içerik listesinden okuduğu bilgiler: kime uygun olduğu, nelerden kaçınılacağı, uyarılar ve daha fazlası. Her etiket nereden geldiğini gösterir. Sizin düzenlemeleriniz kefu'nun çıkardıklarından önce gelir ve ürün değiştiğinde de korunur.",
      pk_find: "Ürün bul", pk_find_ph: "ad veya SKU", pk_pick: "Ürün", pk_none: "Eşleşen ürün yok.",
      pk_no_products: "Katalog boş: önce ürünleri gönderin.",
      pk_partial: "Yalnızca temel içerikler listelenmiş, bu yüzden kefu ürünün neleri içermediğini söyleyemez (parfümsüz, kurutucu alkol içermez, …).",
      pk_derived: "Çıkarıldı: {time}", pk_unknown: "bilinmiyor",
      pk_edits: "Düzenlemeleriniz", pk_edits_hint: "Virgülle ayrılmış değerler; kefu'nun çıkardığı bir değeri kaldırmak için önüne - koyun (ör. oily, -dry).",
      pk_save: "Düzenlemeleri kaydet", pk_saved: "Kaydedildi; profil yeniden çıkarıldı.", pk_remove: "Kaldır", pk_remove_label: "{value} değerini {dimension} alanından kaldır",
      pk_shop: "mağaza belirledi",
      pk_lv_ok: "uygun", pk_lv_caution: "dikkat", pk_lv_avoid: "kaçının",
      ev_ingredient: "İçerik {ingredients}", ev_ingredient_rule: "İçerik {ingredients} ({rule})",
      ev_rule_plain: "Kural {rule}", ev_rule: "Kural {rule}, çünkü {because}", ev_rule_ings: "Kural {rule}, çünkü {because}; kaynak: {ingredients}",
      ev_attribute: "Ürünün “{attribute}” bilgisi", ev_text: "Ürünün {attribute} alanındaki “{note}” ifadesi",
      ev_catalog: "Katalogdaki fiyatlar: {note}", ev_shop: "Mağaza belirledi ({attribute})", ev_note: "{text}: {note}",
      dim_category: "Kategori", dim_brand: "Marka", dim_step: "Bakım adımı", dim_ingredients: "İçerikler", dim_actives: "Aktif maddeler",
      dim_strength: "Yoğunluk", dim_fragrance: "Parfüm", dim_alcohol: "Alkol", dim_silicones: "Silikonlar",
      dim_comedogenic: "Gözenek tıkayıcı", dim_irritants: "Tahriş ediciler", dim_efficacy: "Etkisi", dim_suits_skin: "Uygun cilt",
      dim_avoid_skin: "Uygun olmayan cilt", dim_suits_concern: "Yardımcı olduğu", dim_avoid_concern: "Uygun olmadığı", dim_cautions: "Uyarılar",
      dim_conflicts: "Birlikte kullanılmamalı", dim_pregnancy: "Hamilelik", dim_time_of_day: "Günün saati", dim_season: "Mevsim",
      dim_finish: "Bitiş", dim_texture: "Doku", dim_coverage: "Kapatıcılık", dim_spf: "Güneş koruması", dim_price_band: "Fiyat aralığı"
    },
    fil: {
      title: "kefu · admin ng tindahan",
      pct: "{n}%",
      dur_minutes: "{n}\u00a0min", dur_hours: "{n}\u00a0oras",
      login_shop_ph: "hal. globalmart",
      login_demo: "Demo: tindahang {shop}, {ana}, password {password}.",
      nav_label: "Mga seksyon",
      err_unauthorized: "Mali ang tindahan, email o password, o nag-expire na ang session.", err_forbidden: "Hindi mo ito puwedeng gawin.",
      err_not_found: "Hindi nahanap; baka may nag-delete nito.", err_rate_limited: "Masyadong maraming request; maghintay sandali.",
      err_internal: "Error sa server; subukan ulit mamaya.", err_unavailable: "Hindi available ang serbisyo ngayon; subukan ulit mamaya.",
      err_too_large: "Masyadong mahaba.", err_network: "Hindi maabot ang server; tingnan ang koneksyon.",
      login_title: "kefu admin ng tindahan",
      login_who: "Para sa mga may-ari at admin ng tindahan. Mag-sign in gamit ang account mo sa console ng agent.",
      login_shop: "Tindahan", login_email: "Email", login_password: "Password", login_submit: "Mag-sign in",
      login_wait: "Masyadong maraming maling pagsubok. Para sa kaligtasan ng account, maghintay muna ng {wait} bago sumubok ulit.",
      login_again: "Puwede ka nang sumubok ulit.", wait_seconds: "{n} seg", wait_minutes: "{n} min",
      to_console: "Console ng agent", to_dashboard: "Dashboard", to_admin: "Admin ng tindahan", logout: "Mag-log out", admin: "admin ng tindahan",
      refused_title: "Admin ng tindahan",
      refused: "Ang mga may-ari at admin lang ng tindahan ang puwedeng gumamit ng mga page na ito.",
      refused_who: "Naka-sign in ka bilang {name} ({role}). Kung may kailangang baguhin, magtanong sa may-ari o admin ng {shop}.",
      role_agent: "agent", role_admin: "admin", role_owner: "may-ari",
      nav_settings: "Settings ng tindahan", nav_knowledge: "Knowledge base", nav_synonyms: "Mga kasingkahulugan", nav_widget: "Widget",
      nav_agents: "Mga agent", nav_keys: "Mga API key", nav_promotions: "Mga promo", nav_canned: "Mga nakahandang sagot",
      nav_feedback: "Feedback",
      fb_title: "Feedback at mga pagtatama",
      fb_hint: "Ang mga itinama ng mga agent sa console at ang palagay ng mga customer sa mga sagot ng bot. Ang mga tinanggap na relabel ay ginagamit sa pag-train ng susunod na model (kefu model retrain); tingnan ang docs/learning.md.",
      fb_filter_kind: "Uri", fb_filter_status: "Status", fb_any: "Lahat", fb_show: "Ipakita",
      fb_empty: "Wala pang feedback.", fb_more: "Mas lumang feedback",
      fb_when: "Kailan", fb_kind: "Uri", fb_who: "Sino", fb_what: "Ano", fb_status: "Status",
      fb_k_relabel: "Pinalitan ang label ng mensahe", fb_k_answer_fixed: "Mas magandang sagot", fb_k_answer_flagged: "Minarkahang sagot",
      fb_k_article_wrong: "Mali ang artikulo", fb_k_article_outdated: "Luma na ang artikulo",
      fb_k_thumbs_up: "Customer: nakatulong", fb_k_thumbs_down: "Customer: hindi nakatulong",
      fb_s_proposed: "Iminungkahi", fb_s_accepted: "Tinanggap", fb_s_rejected: "Tinanggihan",
      fb_accept: "Tanggapin", fb_reject: "Tanggihan", fb_customer: "Customer",
      fb_meant: "Ang ibig sabihin ng “{text}” ay {intent} (naintindihan bilang: {previous})", fb_reason: "Dahilan: {reason}",
      fb_article: "Artikulo {id}", fb_answer: "Mas magandang sagot: {answer}", fb_reply: "Sa sagot sa {intent}",
      fb_reviewed: "ni {name}, {time}",
      md_title: "Model ng pakay", md_serving: "Ginagamit sa tindahang ito: {version}", md_shipped: "ang model na kasama ng kefu",
      md_own: "sariling model ng tindahang ito", md_global: "global", md_retrain: "I-retrain ngayon",
      md_retraining: "Nire-retrain… mga isang minuto ito. Gagamitin lang ang bagong model kung papasa ito sa patakaran.",
      md_failed: "Pumalya ang huling retrain: {message}",
      md_hint: "Natututo ang retrain mula sa mga tinanggap na relabel sa ibaba; ikinukumpara ang bagong model sa kasalukuyang ginagamit at ipapalit lang kung tama nitong nakukuha ang mga itinamang mensahe nang hindi bumababa nang higit sa 0.3 puntos ang dev accuracy o calibration.",
      md_version: "Bersyon", md_created: "Na-train", md_dev: "Dev accuracy", md_corrected: "Tama sa mga itinama", md_verdict: "Pasya",
      md_paired: "{fixed} naayos, {broken} nasira",
      md_serves: "Ginagamit", md_kept_out: "Hindi ipinalit", md_retired: "Ibinalik sa dati", md_was: "Dating ginamit", md_none: "Wala pang retrain.",
      loading: "Naglo-load…", save: "I-save", saving: "Sine-save…", saved: "Na-save.", cancel: "Kanselahin", reload: "I-reload",
      copy: "Kopyahin", copied: "Nakopya", required: "Kailangan.", error_generic: "May nagkaproblema: {message}",
      conflict: "May ibang nagbago nito mula nang buksan mo. I-reload para makita ang bersyon nila, saka gawin ulit ang pagbabago mo.",
      session_over: "Tapos na ang session mo; mag-sign in ulit.",
      // settings
      settings_title: "Settings ng tindahan", settings_shop: "Tindahan: {name} ({id})",
      set_language_legend: "Mga wika", set_languages: "Mga wikang ginagamit ng tindahan sa pagsagot", set_languages_hint: "Mga language tag gaya ng en, zh, es, pinaghihiwalay ng kuwit. Ang una ang fallback.",
      set_default_language: "Default na wika", set_default_language_hint: "Ang pangunahing wika ng tindahan.",
      set_currency: "Currency", set_currency_hint: "ISO 4217 code, hal. EUR, USD, PHP.",
      set_timezone: "Time zone", set_timezone_hint: "Pangalan sa IANA, hal. Asia/Manila o Europe/Berlin; ginagamit sa mga oras na ipinapakita sa customer.",
      set_cart_url: "Link ng add-to-cart", set_cart_url_hint: "Link ng tindahan mo na may {sku} kung saan ilalagay ang SKU ng produkto, hal. https://shop.example/cart/add?sku={sku}; dito naka-link ang mga inirerekomendang produkto. Kung blangko: walang add-to-cart button.",
      set_confidence: "Threshold ng kumpiyansa", set_confidence_hint: "Mula 0 hanggang 1. Kapag mas mababa rito, hihilingin ng bot sa customer na linawin. Kung blangko: default ng kefu.",
      set_clarify: "Limit ng paglilinaw", set_clarify_hint: "Ilang magkakasunod na tanong para linawin bago pumalit ang isang tao. Kung blangko: default ng kefu.",
      set_handoff: "Pagpasa sa tao",
      set_anger_handoff: "Ipasa sa tao ang mga customer na sobrang galit",
      set_sensitive_handoff: "Ipasa sa tao ang mga sensitibong paksa (kalusugan, banta ng demanda, panloloko)",
      set_strategies: "Mga diskarte", set_strategies_hint: "Ang ginagawa ng kefu kapag nararamdaman nito ang mood ng customer, ayon sa pagkakasunod na susubukan. Hindi tumatakbo ang mga walang check.",
      set_widget: "Chat widget", set_widget_enabled: "Puwedeng mag-chat ang mga bisita ng website ng tindahan (naka-on ang widget)",
      set_llm: "Language model", set_llm_answers: "Hayaang sumulat ang language model ng server ng mga sagot mula sa aming mga help article, at banggitin ang mga ito",
      set_llm_hint: "Kapag may naka-configure lang na language model ang server. Ipapadala rito ang mga tanong ng customer, nang wala ang kanilang email, telepono at order number; hindi ipapakita ang mga sagot na hindi nito maibabatay sa isang artikulo.",
      move_up: "Itaas", move_down: "Ibaba",
      strategy_anger_priority: "Iuna sa pila ang mga sobrang galit na customer kaysa sa mas kalmado",
      strategy_anxiety_progress: "Ipakita sa mga nag-aalalang customer ang buong takbo ng kanilang padala",
      strategy_satisfaction_offer: "Mag-alok sa mga kuntentong customer ng isa sa mga kasalukuyang promo ng tindahan",
      settings_bad_number: "Maglagay ng numero.",
      // knowledge
      kn_title: "Knowledge base", kn_all: "Lahat ng artikulo", kn_review: "Pila ng review ({n})", kn_new: "Bagong artikulo",
      kn_empty: "Wala pang artikulo.", kn_review_empty: "Walang naghihintay ng review.",
      kn_translate: "Isalin sa {language}",
      kn_missing_list: "Hindi pa naisasalin:", kn_other_language: "ibang wika, hal. fr", kn_add_translation: "Magdagdag ng salin",
      st_draft: "draft", st_in_review: "nire-review", st_published: "nai-publish",
      kn_submit: "Ipasa para sa review", kn_publish: "I-publish", kn_send_back: "Ibalik", kn_withdraw: "Bawiin",
      kn_edit: "I-edit", kn_history: "Mga bersyon", kn_version: "bersyon {n}", kn_updated: "na-update {time}",
      kn_key: "Key", kn_key_hint: "Pinagsasama ang mga salin ng iisang artikulo, hal. shipping-times.",
      kn_language: "Wika", kn_title_field: "Pamagat", kn_body: "Teksto", kn_tags: "Mga tag", kn_intents: "Mga pakay",
      kn_list_hint: "Pinaghihiwalay ng kuwit.",
      kn_save_submit: "I-save at ipasa para sa review",
      kn_editing: "I-edit ang artikulo", kn_creating: "Bagong artikulo", kn_translating: "Bagong salin",
      kn_source: "Orihinal ({language})",
      kn_live_hint: "Nai-publish na ang artikulong ito: agad gagamitin sa pagsagot sa customer ang mga na-save na pagbabago.",
      kn_published: "Nai-publish.", kn_sent_back: "Ibinalik sa draft.", kn_withdrawn: "Binawi at ibinalik sa draft.", kn_submitted: "Naipasa para sa review.",
      kn_history_title: "Mga bersyon ng {key} ({language})", kn_from: "Mula", kn_to: "Hanggang",
      kn_one_version: "Iisa pa lang ang bersyon.", kn_close: "Isara",
      kn_no_change: "Walang pagkakaiba ang mga bersyong ito.",
      kn_tags_line: "Mga tag: {tags}", kn_intents_line: "Mga pakay: {intents}",
      // synonyms
      syn_title: "Mga kasingkahulugan",
      syn_hint: "Mga salita o pariralang ginagamit ng mga customer mo para sa iisang bagay, isang grupo bawat row, pinaghihiwalay ng kuwit, hal. parcel, package. Itinuturing ng paghahanap sa knowledge base ang bawat grupo bilang iisang salita.",
      syn_add: "Magdagdag ng grupo", syn_remove: "Alisin", syn_empty: "Wala pang kasingkahulugan.",
      // widget
      w_title: "Widget sa website mo",
      w_off: "Naka-off ang chat widget sa Settings ng tindahan: walang ipapakita ang mga snippet hangga't hindi mo ito ino-on.",
      w_bubble: "Chat bubble sa bawat page",
      w_bubble_hint: "I-paste bago ang </body> sa mga page kung saan dapat makapag-chat ang mga customer.",
      w_frame: "Chat sa loob ng frame",
      w_frame_hint: "Para sa help page o web view ng mobile app.",
      w_signed: "Mga naka-sign in na customer",
      w_signed_hint: "Para matingnan ng bot ang mga order ng customer, pinapatunayan ng server mo kung sino ang naka-sign in: pinipirmahan nito ang id ng customer sa tindahan mo gamit ang widget secret at inilalagay ang dalawa sa page. Sa server mo lang kalkulahin ang signature: ang sinumang may secret ay puwedeng magpanggap na kahit sinong customer. Hindi ipinapakita rito ang secret.",
      w_signature: "signature = hex(HMAC-SHA256(widget secret, id ng customer))",
      w_secret_set: "May widget secret ang tindahang ito (ipinakita ito nang isang beses, noong ginawa ang tindahan).",
      w_secret_unset: "Walang widget secret ang tindahang ito, kaya anonymous lang makakapag-chat ang mga bisita.",
      w_preview: "Buksan ang chat page",
      w_signed_bubble: "Chat bubble para sa naka-sign in na customer",
      w_signed_frame: "Frame para sa naka-sign in na customer",
      w_sign_code: "Pagkalkula ng signature sa server mo (shell, Go)",
      delete: "I-delete", saved_name: "Na-save ang {name}.",
      // promotions
      pr_title: "Mga promo", pr_new: "Bagong promo",
      pr_hint: "Mga alok na puwedeng banggitin ng bot sa mga customer, halimbawa sa mga kuntento. Isulat ang bawat alok sa mga wikang ginagamit ng mga customer mo.",
      pr_empty: "Wala pang promo.",
      pr_active: "Aktibo ngayon", pr_scheduled: "Magsisimula {time}", pr_ended: "Natapos {time}",
      pr_from_until: "Mula {start} hanggang {end}", pr_from: "Mula {start}, walang katapusan", pr_until: "Hanggang {end}", pr_always: "Walang petsa ng simula o katapusan",
      pr_everything: "Sa lahat ng nasa tindahan", pr_categories_line: "Mga kategorya: {list}", pr_products_line: "Mga produkto (SKU): {list}",
      pr_min_line: "Para sa mga order na {amount} pataas",
      pr_id_line: "id {id}", pr_missing: "Wala pang teksto sa {list}.",
      pr_delete_q: "I-delete ang {name}? Agad itong hindi na iaalok ng bot.", pr_deleted: "Na-delete ang {name}.",
      pr_editing: "I-edit ang promo", pr_creating: "Bagong promo",
      pr_code: "Code", pr_code_hint: "Ang inilalagay ng customer sa checkout, hal. SUMMER10. Opsyonal.",
      pr_id: "ID", pr_id_hint: "Sarili mong pangalan para dito, para sa API at mga import, hal. summer-sale. Hindi na ito mababago.",
      pr_texts: "Teksto ng alok", pr_texts_hint: "Ang sasabihin ng bot sa customer, sa bawat wika; iwanang blangko ang isang wika para laktawan ito.",
      pr_add_language: "Magdagdag ng wika",
      pr_when: "Kailan", pr_start: "Simula", pr_start_hint: "Kung blangko: mula ngayon.", pr_end: "Katapusan", pr_end_hint: "Kung blangko: walang katapusan.",
      pr_zone: "Nasa time zone ng browser mo ang mga oras ({zone}).",
      pr_what: "Saan ito ilalapat",
      pr_categories: "Mga kategorya", pr_categories_hint: "Pinaghihiwalay ng kuwit. Kung blangko at walang produkto: lahat ng nasa tindahan.",
      pr_products: "Mga produkto", pr_products_hint: "Mga SKU, pinaghihiwalay ng kuwit.",
      pr_min_total: "Minimum na kabuuan ng order", pr_min_total_hint: "Halagang tulad ng 50 o 49.90. Kung blangko: kahit anong order.",
      pr_bad_amount: "Maglagay ng halagang tulad ng 50 o 49.90 (hanggang {n} decimal).",
      pr_bad_time: "Maglagay ng petsa at oras.",
      pr_need_text: "Isulat ang alok sa kahit isang wika.",
      pr_id_taken: "May promo nang may ganitong ID; i-edit iyon o pumili ng ibang ID.",
      // canned replies
      cr_title: "Mga nakahandang sagot", cr_new: "Bagong nakahandang sagot",
      cr_hint: "Mga handang sagot na inilalagay ng mga agent sa console sa isang click. Inuuna ng console ang mga sagot sa sariling wika ng agent.",
      cr_filter: "Wika", cr_all_languages: "Lahat ng wika", cr_any_language: "kahit anong wika",
      cr_empty: "Wala pang nakahandang sagot.", cr_untitled: "(walang pamagat)",
      cr_delete_q: "I-delete ang sagot na ito?", cr_deleted: "Na-delete ang {title}.",
      cr_editing: "I-edit ang nakahandang sagot", cr_creating: "Bagong nakahandang sagot",
      cr_title_field: "Pamagat", cr_title_hint: "Ito ang pinipili ng mga agent, hal. Nasaan ang parcel ko. Bigyan ng parehong pamagat ang mga salin nito.",
      cr_id_hint: "Sarili mong pangalan para dito, para sa API at mga import. Kinukuha sa pamagat; hindi na ito mababago.",
      cr_text_hint: "Ang sagot gaya ng pagpapadala ng agent.",
      cr_id_taken: "May nakahandang sagot nang may ganitong ID; pumili ng ibang ID.",
      // agents
      ag_title: "Mga agent", ag_new: "Magdagdag ng agent",
      ag_hint: "Ang mga taong sumasagot sa mga chat sa console ng agent. Puwede ring gumamit ng mga page na ito ang mga admin at may-ari.",
      ag_name: "Pangalan", ag_role: "Tungkulin", ag_languages: "Mga wika", ag_skills: "Mga skill", ag_presence: "Status", ag_max_chats: "Sabay-sabay na chat",
      ag_you: "ikaw", ag_disabled: "Naka-disable", ag_disable: "I-disable", ag_enable: "I-enable",
      ag_disable_q: "I-disable si {name}? Hindi na siya makakapag-sign in at matatapos ang mga session niya.",
      ag_disabled_done: "Naka-disable na si {name}.", ag_enabled_done: "Makakapag-sign in na ulit si {name}.",
      ag_owner_only: "May-ari lang ang puwedeng magbago ng may-ari.",
      role_agent_hint: "sumasagot sa mga chat", role_admin_hint: "gumagamit din ng mga page na ito", role_owner_hint: "gumagawa at nagbabago rin ng mga may-ari",
      presence_online: "Online", presence_away: "Wala sa puwesto", presence_offline: "Offline",
      ag_editing: "I-edit si {name}", ag_creating: "Bagong agent", ag_created: "Naidagdag si {name}.",
      ag_email_hint: "Ito ang gagamitin niya sa pag-sign in.", ag_email_fixed: "Hindi na mababago ang email ng agent.",
      ag_name_hint: "Ipinapakita sa customer kapag sumasagot ang agent na ito.",
      ag_own_role: "Hindi mo mababago ang sarili mong role.",
      ag_languages_hint: "Mga language tag gaya ng en, zh, pinaghihiwalay ng kuwit; unang mapupunta sa agent na ito ang mga usapan sa mga wikang ito.",
      ag_skills_hint: "Pinaghihiwalay ng kuwit, hal. billing, cold_chain.",
      ag_max_chats_hint: "Ilang usapan ang sabay na hawak ng agent, 1 hanggang 100.",
      ag_password_hint: "Hindi bababa sa 8 character. Ibigay ito nang pribado sa agent.",
      ag_new_password: "Bagong password", ag_password_keep: "Iwanang blangko para panatilihin ang kasalukuyan. Kapag may bagong password, mala-log out ang agent sa lahat ng device.",
      ag_disabled_label: "Naka-disable: hindi makakapag-sign in (mananatili sa listahan ang agent)",
      // API keys
      key_title: "Mga API key",
      key_hint: "Sa pamamagitan ng key, nakakausap ng sarili mong mga server ang kefu. Kumikilos ang key para sa buong tindahan: itago ito sa mga server mo, huwag kailanman ilagay sa web page o app.",
      key_new: "Bagong key", key_name: "Pangalan", key_name_hint: "Kung para saan ito, para alam mo kung aling key ang babawiin sa susunod.",
      key_name_example: "hal. backend ng website",
      key_scope: "Mga puwede nitong gawin", key_create: "Gumawa ng key",
      scope_chat: "Chat", scope_chat_hint: "Para sa server sa likod ng chat widget o app mo: nagbubukas ito ng mga usapan at nagpapadala ng mga mensahe ng customer. Hindi nito mababasa o mababago ang data ng tindahan.",
      scope_admin: "Admin", scope_admin_hint: "Para sa sync ng back office: mga produkto, order, knowledge base, promo at settings sa pamamagitan ng admin API, at lahat ng kayang gawin ng chat key.",
      key_list: "Mga key ng tindahang ito", key_empty: "Wala pang API key ang tindahang ito.",
      key_starts: "Nagsisimula sa", key_created: "Ginawa", key_state: "Status",
      key_working: "Gumagana", key_revoked_on: "Binawi {time}", key_revoke: "Bawiin",
      key_revoke_q: "Bawiin ang “{name}”? Agad titigil sa paggana ang anumang gumagamit nito.", key_revoked: "Binawi ang {name}.",
      key_new_title: "Bagong key “{name}” ({scope})",
      key_once: "Kopyahin ito ngayon at itago sa ligtas na lugar: hindi mo na ito makikita ulit. Fingerprint lang nito ang itinatago ng kefu; kung mawala mo ito, gumawa ng bagong key at bawiin ang isang ito.",
      key_use_chat: "Ipinapadala ito ng server mo bilang Authorization: Bearer <key> kapag nagbubukas ng usapan.",
      key_use_admin: "Ipinapadala ito ng back office mo bilang Authorization: Bearer <key> sa admin API sa ilalim ng /v1.",
      key_done: "Nakopya ko na",
      // compensation rules
      nav_rules: "Mga patakaran sa kompensasyon", nav_compensations: "Mga kompensasyon",
      ru_title: "Mga patakaran sa kompensasyon", ru_new: "Bagong patakaran",
      ru_hint: "Ang makukuha ng customer kapag nagkaproblema ang order. Sinusubukan ang mga patakaran ayon sa pagkakasunod na ito; ang unang naka-enable na patakarang tumutugma ang kondisyon ang masusunod.",
      ru_empty: "Wala pang patakaran: walang awtomatikong ibinibigay.",
      ru_order: "Pagkakasunod", ru_name: "Pangalan", ru_when: "Kondisyon", ru_grants: "Ibinibigay", ru_limit: "Bawat customer", ru_state: "Status", ru_version: "Bersyon",
      ru_limit_n: "hanggang {n} sa loob ng 30 araw", ru_no_limit: "walang limit", ru_enabled: "Naka-enable", ru_paused: "Naka-pause",
      ru_coupon_of: "coupon na {amount}", ru_min: "sa mga order na {amount} pataas", ru_no_min: "walang minimum",
      ru_valid_days: "valid nang {n} araw", ru_no_expiry: "walang expiration",
      gk_coupon: "Coupon", gk_refund_line: "Refund ng apektadong item", gk_refund_order: "Refund ng buong order", gk_none: "Wala (huminto rito)",
      gk_coupon_words: "Coupon", gk_refund_line_words: "Refund ng apektadong item", gk_refund_order_words: "Refund ng buong order",
      gk_none_words: "Wala; hindi na susubukan ang mga kasunod na patakaran",
      gk_refund_line_of: "Refund na {amount} (isang item)", gk_refund_order_of: "Refund na {amount} (ang order)",
      ru_delete_q: "I-delete ang patakarang {name}? Agad itong titigil sa pagbibigay; mananatili sa ledger ang mga bersyon nito.", ru_deleted: "Na-delete ang {name}.",
      ru_editing: "I-edit ang patakarang {name} (bersyon {version})", ru_creating: "Bagong patakaran",
      ru_name_hint: "Kung para saan ang patakaran, hal. Late na delivery.",
      ru_id_hint: "Sarili mong pangalan para dito, para sa API at sa ledger. Kinukuha sa pangalan; hindi na ito mababago.",
      ru_when_hint: "Isang CEL na kondisyon sa insidente, hal. delay_minutes > 30 o kind == \"underweight\" && missing_grams >= 100. Tingnan ang docs/compensation.md para sa mga variable.",
      ru_kind: "Ano ang ibinibigay",
      ru_amount: "Halaga ng coupon ({currency})", ru_amount_hint: "Halagang tulad ng 5 o 4.50.", ru_no_currency: "Itakda muna ang currency ng tindahan sa Settings ng tindahan.",
      ru_min_order: "Minimum na order", ru_min_order_hint: "Kung blangko: magagamit ang coupon sa kahit anong order.",
      ru_days: "Valid nang ilang araw", ru_days_hint: "Kung blangko: hindi ito mag-e-expire.",
      ru_order_hint: "Unang sinusubukan ang mas mababang numero.",
      ru_limit_hint: "Laktawan ang mga customer na nabigyan na ng ganito karaming kompensasyon sa nakaraang 30 araw. Kung blangko: walang limit.",
      ru_enabled_label: "Naka-enable: nagbibigay ang patakaran (alisin ang check para i-pause)",
      ru_id_taken: "May patakaran nang may ganitong ID; i-edit iyon o pumili ng ibang ID.",
      ru_saved: "Na-save ang {name} (bersyon {version}).",
      dr_title: "Pagsubok", dr_hint: "Ang maibibigay sana ng mga patakaran para sa mga insidenteng naitala ng kefu sa mga araw na ito. Walang aktuwal na ibinibigay.",
      dr_since: "Mula", dr_until: "Hanggang", dr_run_current: "Subukan ang kasalukuyang mga patakaran", dr_run_draft: "Subukan gamit ang draft na ito",
      dr_running: "Tumatakbo…", dr_bad_dates: "Piliin ang mga petsa.", dr_fix_draft: "May error ang draft; tingnan ang form.",
      dr_summary: "{n} insidente; {granted} ang mabibigyan sana, na nagkakahalaga ng {cost}.",
      dr_with_draft: "Gamit ang draft ng {name}:",
      dr_limited: "Ang unang 10,000 insidente lang ang na-replay.", dr_no_rules: "Walang patakarang susubukan.",
      dr_matched: "Napagpasyahan", dr_granted: "Naibigay", dr_errors: "Mga error", dr_cost: "Gastos", dr_draft: "draft",
      dr_errors_title: "Mga error ({n})", dr_error_line: "Insidente {incident}, patakaran {rule}: {message}",
      // the ledger
      lg_title: "Mga kompensasyon", lg_hint: "Ang mga ibinigay sa customer, ayon sa patakaran o ng isang agent, pinakabago muna. Nananatili sa listahan ang binawing entry kasama kung sino ang bumawi at bakit.",
      lg_customer: "Customer", lg_customer_ph: "id ng customer sa tindahan mo", lg_order: "Order", lg_show: "Ipakita",
      lg_empty: "Walang naibigay sa panahong ito.",
      lg_date: "Petsa", lg_what: "Ano", lg_by: "Ibinigay ni",
      lg_coupon: "Coupon na {amount}", lg_rule: "Patakaran {rule} (bersyon {version})", lg_agent: "Agent {name}",
      lg_granted: "Naibigay", lg_revoked: "Binawi", lg_revoked_by: "ni {name}, {time}",
      lg_reason: "Dahilan", lg_reason_ph: "Bakit ito binabawi?", lg_revoke_q: "Bawiin ito?",
      lg_reason_needed: "Maglagay ng dahilan.", lg_revoked_done: "Binawi.",
      // review queue (docs/feeds.md)
      nav_review: "Pila ng review",
      rq_title: "Pila ng review",
      rq_hint: "Mga artikulong naghihintay ng pasya: mga draft na isinulat mula sa mga bagong produkto at sa mga usapang nalutas ng mga agent mo, mga artikulong naluma dahil sa feed (nagbago ang presyo o pangalan, natapos ang promo) at mga artikulong sinabing mali. Hindi ginagamit sa pagsagot sa customer ang mga lumang artikulo at ang minarkahan ng agent hangga't hindi mo inaaprubahan.",
      rq_all: "Lahat ({n})", rq_stale: "Luma na ({n})", rq_flagged: "Minarkahan ({n})", rq_drafts: "Mga draft ({n})",
      rq_empty: "Walang naghihintay ng review.",
      rq_kind_stale: "Luma na", rq_kind_flagged: "Minarkahan", rq_kind_draft: "Draft",
      rq_withdrawn: "Hindi ginagamit sa pagsagot hangga't hindi nare-review",
      rq_src_feed: "Feed {name}", rq_src_agent: "Agent", rq_src_customer: "Customer", rq_src_suggestions: "Iminungkahi mula sa mga usapan",
      rq_flag_line: "{source} · {who} · {time}", rq_flag_line_nobody: "{source} · {time}", rq_support: "Itinanong sa {n} usapang nalutas ng mga agent", rq_reason_new_product: "Bagong produkto: {name} ({sku})", rq_reason_price: "Nagbago ang presyo ng {name} ({sku}) mula {old} tungong {new}", rq_reason_renamed: "Pinalitan ang pangalan ng {name} ({sku}) ng {new_name}", rq_reason_discontinued: "Hindi na ibinebenta ang {name} ({sku})", rq_reason_promo_code: "Promo {promotion}: ang code na {code} ay {new_code} na ngayon", rq_reason_promo_withdrawn: "Binawi ang promo {promotion}", rq_reason_promo_ended: "Natapos ang promo {promotion} noong {time}", rq_reason_more: "at {n} pa", fe_currency: "Hindi kodigo ng pera ang “{value}” (hal. EUR o SGD)", fe_country: "Hindi kodigo ng bansa ang “{value}” (hal. GB), o EU", fe_language: "Hindi kodigo ng wika ang “{value}” (hal. en, zh-Hant o es-419)", fe_canonical: "Isulat ang “{want}” sa halip na “{value}”", fe_regexp: "Hindi wastong regular expression ang “{value}”", fe_range: "Maglagay ng numero mula {min} hanggang {max}", fe_min: "Maglagay ng {min} o higit pa", fe_cart_url: "Maglagay ng http o https na link na may {sku} kung saan ang SKU ng produkto", fe_queue_cap: "Maglagay ng -1 (walang limitasyon), 0 (default ng server) o numero mula 1 hanggang {max}",
      rq_approve: "Aprubahan at i-publish", rq_edit: "I-edit", rq_reject: "Tanggihan",
      rq_reason: "Dahilan", rq_reason_ph: "Bakit ito tinanggihan?", rq_reason_needed: "Maglagay ng dahilan.",
      rq_confirm_reject: "Tanggihan", rq_save: "I-save ang bagong bersyon",
      rq_approved: "Inaprubahan: {title}", rq_rejected: "Tinanggihan: {title}", rq_edited: "Na-save ang bagong bersyon ng {title}. Aprubahan ito para ma-publish.",
      rq_suggest: "Magmungkahi ng mga artikulo mula sa mga nalutas na usapan",
      rq_suggested: "{n} mungkahi ({new} bago) mula sa {conversations} usapan.",
      rq_version: "bersyon {n}",
      rq_feeds: "Mga feed", rq_feed_kefu: "kefu feed", rq_feed_shopify: "Shopify", rq_feed_google: "Google Merchant Center",
      rq_feed_polled: "pino-poll bawat {interval}", rq_feed_webhook: "ipinapadala sa webhook nito",
      rq_feed_add: "Magdagdag ng feed", rq_feed_edit: "I-edit", rq_feed_poll: "I-poll ngayon", rq_feed_delete: "I-delete",
      rq_feed_delete_q: "I-delete ang feed na {name}? Mananatili ang mga produkto at artikulong isinulat nito.", rq_feed_deleted: "Na-delete ang feed na {name}.",
      rq_feed_saved: "Na-save ang feed na {name}.", rq_feed_polled_now: "Na-poll ang {name}: {products} sa feed, {new} bago, {changes} may bagong presyo, {stale} artikulong naluma.",
      rq_feed_creating: "Bagong feed", rq_feed_editing: "Feed {name}",
      rq_feed_name: "Pangalan", rq_feed_name_hint: "Maliliit na titik, numero, - at _, hal. shopify. Bahagi ito ng address ng webhook at hindi na mababago.",
      rq_feed_format: "Format", rq_feed_url: "Address na ipo-poll", rq_feed_url_hint: "Opsyonal: kinukuha ng kefu ang address na ito ayon sa interval sa ibaba. Kung blangko: sa webhook lang darating ang feed.",
      rq_feed_interval: "Mag-poll bawat", rq_feed_language: "Wika ng mga pangalan", rq_feed_language_hint: "Para sa mga Shopify at Google feed, na iisang wika lang ang laman. Kung blangko: ang default na wika ng tindahan.",
      rq_feed_currency: "Currency ng mga presyo", rq_feed_currency_hint: "Para sa mga Shopify feed, na walang nakasaad na currency ang mga presyo, hal. EUR.",
      rq_feed_secret: "Signing secret", rq_feed_secret_hint: "Kahati ng nagpapadala, na pumipirma sa bawat delivery (HMAC-SHA256). Kung blangko: panatilihin ang kasalukuyan.",
      rq_feed_secret_set: "May nakatakdang secret.", rq_feed_hooks: "Webhook na may admin API key: {keyed}  ·  may pirma, walang key (Shopify): {signed}",
      rq_feed_never: "wala pang natatanggap", rq_feed_ok: "huling natanggap {time}", rq_feed_failed: "pumalya ang huling delivery {time}: {error}",
      // product knowledge
      nav_profiles: "Kaalaman sa produkto",
      pk_title: "Kaalaman sa produkto",
      pk_hint: "Ang alam ng kefu tungkol sa bawat produkto, mula sa card at listahan ng sangkap nito: kanino ito bagay, ano ang iiwasan, mga babala at iba pa. Nakasaad sa bawat tag kung saan ito nanggaling. Mas nangingibabaw ang mga edit mo kaysa sa hinuha ng kefu at nananatili ang mga ito kapag nagbago ang produkto.",
      pk_find: "Maghanap ng produkto", pk_find_ph: "pangalan o SKU", pk_pick: "Produkto", pk_none: "Walang tugmang produkto.",
      pk_no_products: "Walang laman ang katalogo: magpadala muna ng mga produkto.",
      pk_partial: "Mga pangunahing sangkap lang ang nakalista, kaya hindi masabi ng kefu kung ano ang wala sa produkto (walang pabango, walang nakakatuyong alcohol, …).",
      pk_derived: "Hinuha {time}", pk_unknown: "hindi alam",
      pk_edits: "Mga edit mo", pk_edits_hint: "Mga value na pinaghihiwalay ng kuwit; lagyan ng - sa unahan para alisin ang hinuha ng kefu (hal. oily, -dry).",
      pk_save: "I-save ang mga edit", pk_saved: "Na-save; muling hinuha ang profile.", pk_remove: "Alisin", pk_remove_label: "Alisin ang {value} sa {dimension}",
      pk_shop: "itinakda ng tindahan",
      pk_lv_ok: "ayos", pk_lv_caution: "mag-ingat", pk_lv_avoid: "iwasan",
      ev_ingredient: "Sangkap na {ingredients}", ev_ingredient_rule: "Sangkap na {ingredients} ({rule})",
      ev_rule_plain: "Patakaran {rule}", ev_rule: "Patakaran {rule}, dahil {because}", ev_rule_ings: "Patakaran {rule}, dahil {because}; mula sa {ingredients}",
      ev_attribute: "Ang “{attribute}” ng produkto", ev_text: "Ang mga salitang “{note}” sa {attribute} ng produkto",
      ev_catalog: "Mga presyo sa katalogo: {note}", ev_shop: "Itinakda ng tindahan ({attribute})", ev_note: "{text}: {note}",
      dim_category: "Kategorya", dim_brand: "Brand", dim_step: "Hakbang sa routine", dim_ingredients: "Mga sangkap", dim_actives: "Mga active ingredient",
      dim_strength: "Tapang", dim_fragrance: "Pabango", dim_alcohol: "Alcohol", dim_silicones: "Silicone",
      dim_comedogenic: "Nakakabara ng pores", dim_irritants: "Nakakairita", dim_efficacy: "Epekto", dim_suits_skin: "Bagay sa balat na",
      dim_avoid_skin: "Hindi para sa balat na", dim_suits_concern: "Nakakatulong sa", dim_avoid_concern: "Hindi para sa", dim_cautions: "Mga babala",
      dim_conflicts: "Huwag isabay sa", dim_pregnancy: "Pagbubuntis", dim_time_of_day: "Oras ng araw", dim_season: "Panahon",
      dim_finish: "Finish", dim_texture: "Texture", dim_coverage: "Coverage", dim_spf: "Proteksyon sa araw", dim_price_band: "Saklaw ng presyo"
    },
    it: {
      title: "kefu · gestione negozio",
      pct: "{n}%",
      dur_minutes: "{n}\u00a0min", dur_hours: "{n}\u00a0h",
      login_shop_ph: "ad es. globalmart",
      login_demo: "Demo: negozio {shop}, {ana}, password {password}.",
      nav_label: "Sezioni",
      err_unauthorized: "Negozio, e-mail o password errati, oppure la sessione è scaduta.", err_forbidden: "Non hai i permessi per farlo.",
      err_not_found: "Non trovato; forse qualcuno l'ha eliminato.", err_rate_limited: "Troppe richieste; attendi un momento.",
      err_internal: "Errore del server; riprova più tardi.", err_unavailable: "Il servizio non è disponibile al momento; riprova più tardi.",
      err_too_large: "È troppo lungo.", err_network: "Impossibile raggiungere il server; controlla la connessione.",
      login_title: "Gestione negozio kefu",
      login_who: "Per titolari e amministratori del negozio. Accedi con il tuo account della console operatori.",
      login_shop: "Negozio", login_email: "E-mail", login_password: "Password", login_submit: "Accedi",
      login_wait: "Troppi tentativi non riusciti. Per la sicurezza dell'account, attendi {wait} prima di riprovare.",
      login_again: "Ora puoi riprovare.", wait_seconds: "{n} s", wait_minutes: "{n} min",
      to_console: "Console operatori", to_dashboard: "Dashboard", to_admin: "Gestione negozio", logout: "Esci", admin: "gestione negozio",
      refused_title: "Gestione negozio",
      refused: "Solo i titolari e gli amministratori del negozio possono usare queste pagine.",
      refused_who: "Hai effettuato l'accesso come {name} ({role}). Se ti serve una modifica, rivolgiti a un titolare o amministratore di {shop}.",
      role_agent: "operatore", role_admin: "amministratore", role_owner: "titolare",
      nav_settings: "Impostazioni del negozio", nav_knowledge: "Base di conoscenza", nav_synonyms: "Sinonimi", nav_widget: "Widget",
      nav_agents: "Operatori", nav_keys: "Chiavi API", nav_promotions: "Promozioni", nav_canned: "Risposte predefinite",
      nav_feedback: "Feedback",
      fb_title: "Feedback e correzioni",
      fb_hint: "Cosa hanno corretto gli operatori nella console e cosa pensano i clienti delle risposte del bot. Le riclassificazioni accettate addestrano il prossimo modello (kefu model retrain); vedi docs/learning.md.",
      fb_filter_kind: "Tipo", fb_filter_status: "Stato", fb_any: "Tutti", fb_show: "Mostra",
      fb_empty: "Ancora nessun feedback.", fb_more: "Feedback meno recenti",
      fb_when: "Quando", fb_kind: "Tipo", fb_who: "Chi", fb_what: "Cosa", fb_status: "Stato",
      fb_k_relabel: "Messaggio riclassificato", fb_k_answer_fixed: "Risposta migliore", fb_k_answer_flagged: "Risposta segnalata",
      fb_k_article_wrong: "Articolo sbagliato", fb_k_article_outdated: "Articolo non aggiornato",
      fb_k_thumbs_up: "Cliente: utile", fb_k_thumbs_down: "Cliente: non utile",
      fb_s_proposed: "Proposto", fb_s_accepted: "Accettato", fb_s_rejected: "Rifiutato",
      fb_accept: "Accetta", fb_reject: "Rifiuta", fb_customer: "Cliente",
      fb_meant: "«{text}» significa {intent} (compreso: {previous})", fb_reason: "Motivo: {reason}",
      fb_article: "Articolo {id}", fb_answer: "Risposta migliore: {answer}", fb_reply: "Sulla risposta a {intent}",
      fb_reviewed: "da {name}, {time}",
      md_title: "Modello degli intenti", md_serving: "In uso per questo negozio: {version}", md_shipped: "il modello fornito con kefu",
      md_own: "proprio del negozio", md_global: "globale", md_retrain: "Riaddestra ora",
      md_retraining: "Riaddestramento in corso… richiede circa un minuto. Il candidato entra in uso solo se supera la regola.",
      md_failed: "L'ultimo riaddestramento non è riuscito: {message}",
      md_hint: "Un riaddestramento impara dalle riclassificazioni accettate qui sotto; il candidato viene confrontato con il modello in uso e promosso solo se classifica correttamente i messaggi corretti senza perdere più di 0,3 punti di accuratezza di sviluppo o di calibrazione.",
      md_version: "Versione", md_created: "Addestrato", md_dev: "Accuratezza (dev)", md_corrected: "Correzioni azzeccate", md_verdict: "Esito",
      md_paired: "{fixed} sistemati, {broken} peggiorati",
      md_serves: "In uso", md_kept_out: "Escluso", md_retired: "Ripristinato il precedente", md_was: "In uso in precedenza", md_none: "Ancora nessun riaddestramento.",
      loading: "Caricamento…", save: "Salva", saving: "Salvataggio…", saved: "Salvato.", cancel: "Annulla", reload: "Ricarica",
      copy: "Copia", copied: "Copiato", required: "Obbligatorio.", error_generic: "Si è verificato un errore: {message}",
      conflict: "Qualcun altro ha modificato questo elemento da quando l'hai aperto. Ricarica per vedere la sua versione, poi ripeti la modifica.",
      session_over: "La sessione è terminata; accedi di nuovo.",
      settings_title: "Impostazioni del negozio", settings_shop: "Negozio: {name} ({id})",
      set_language_legend: "Lingue", set_languages: "Lingue in cui risponde il negozio", set_languages_hint: "Codici di lingua come en, zh, es, separati da virgole. La prima è quella di riserva.",
      set_default_language: "Lingua predefinita", set_default_language_hint: "La lingua di lavoro del negozio.",
      set_currency: "Valuta", set_currency_hint: "Codice ISO 4217, ad es. EUR, USD, CNY.",
      set_timezone: "Fuso orario", set_timezone_hint: "Nome IANA, ad es. Europe/Rome o Asia/Shanghai; usato per gli orari mostrati ai clienti.",
      set_cart_url: "Link «aggiungi al carrello»", set_cart_url_hint: "Il link del tuo negozio con {sku} al posto dello SKU del prodotto, ad es. https://shop.example/cart/add?sku={sku}; i prodotti consigliati rimandano a questo link. Vuoto: nessun pulsante «aggiungi al carrello».",
      set_confidence: "Soglia di affidabilità", set_confidence_hint: "Da 0 a 1. Sotto la soglia il bot chiede al cliente di chiarire. Vuoto: il valore predefinito di kefu.",
      set_clarify: "Limite di chiarimenti", set_clarify_hint: "Quante domande di chiarimento di seguito prima che subentri una persona. Vuoto: il valore predefinito di kefu.",
      set_handoff: "Passaggio a una persona",
      set_anger_handoff: "Passa a una persona i clienti molto arrabbiati",
      set_sensitive_handoff: "Passa a una persona gli argomenti delicati (salute, minacce legali, frodi)",
      set_strategies: "Strategie", set_strategies_hint: "Cosa fa kefu quando percepisce l'umore di un cliente, nell'ordine in cui le prova. Quelle non spuntate non vengono eseguite.",
      set_widget: "Widget di chat", set_widget_enabled: "I visitatori del sito del negozio possono chattare (il widget è attivo)",
      set_llm: "Modello linguistico", set_llm_answers: "Lascia che il modello linguistico del server scriva risposte a partire dai nostri articoli di assistenza, citandoli",
      set_llm_hint: "Solo se sul server è configurato un modello linguistico. Le domande dei clienti, senza e-mail, numeri di telefono e numeri d'ordine, vengono allora inviate al modello; le risposte che non può basare su un articolo non vengono mostrate.",
      move_up: "Sposta su", move_down: "Sposta giù",
      strategy_anger_priority: "Metti in coda i clienti molto arrabbiati prima di quelli più calmi",
      strategy_anxiety_progress: "Mostra ai clienti preoccupati l'intero avanzamento della spedizione",
      strategy_satisfaction_offer: "Offri ai clienti soddisfatti una delle promozioni in corso del negozio",
      settings_bad_number: "Inserisci un numero.",
      kn_title: "Base di conoscenza", kn_all: "Tutti gli articoli", kn_review: "Da revisionare ({n})", kn_new: "Nuovo articolo",
      kn_empty: "Ancora nessun articolo.", kn_review_empty: "Niente in attesa di revisione.",
      kn_translate: "Traduci in {language}",
      kn_missing_list: "Non ancora tradotto:", kn_other_language: "altra lingua, ad es. fr", kn_add_translation: "Aggiungi traduzione",
      st_draft: "bozza", st_in_review: "in revisione", st_published: "pubblicato",
      kn_submit: "Invia in revisione", kn_publish: "Pubblica", kn_send_back: "Rimanda indietro", kn_withdraw: "Ritira",
      kn_edit: "Modifica", kn_history: "Versioni", kn_version: "versione {n}", kn_updated: "aggiornato {time}",
      kn_key: "Chiave", kn_key_hint: "Raggruppa le traduzioni di un articolo, ad es. shipping-times.",
      kn_language: "Lingua", kn_title_field: "Titolo", kn_body: "Testo", kn_tags: "Tag", kn_intents: "Intenti",
      kn_list_hint: "Separati da virgole.",
      kn_save_submit: "Salva e invia in revisione",
      kn_editing: "Modifica articolo", kn_creating: "Nuovo articolo", kn_translating: "Nuova traduzione",
      kn_source: "Originale ({language})",
      kn_live_hint: "Questo articolo è pubblicato: le modifiche salvate rispondono subito ai clienti.",
      kn_published: "Pubblicato.", kn_sent_back: "Rimandato in bozza.", kn_withdrawn: "Ritirato in bozza.", kn_submitted: "Inviato in revisione.",
      kn_history_title: "Versioni di {key} ({language})", kn_from: "Da", kn_to: "A",
      kn_one_version: "Per ora esiste una sola versione.", kn_close: "Chiudi",
      kn_no_change: "Nessuna differenza tra queste versioni.",
      kn_tags_line: "Tag: {tags}", kn_intents_line: "Intenti: {intents}",
      syn_title: "Sinonimi",
      syn_hint: "Parole o espressioni che i tuoi clienti usano per la stessa cosa, un gruppo per riga, separate da virgole, ad es. pacco, collo. La ricerca nella base di conoscenza tratta ogni gruppo come una sola parola.",
      syn_add: "Aggiungi gruppo", syn_remove: "Rimuovi", syn_empty: "Ancora nessun sinonimo.",
      w_title: "Widget sul tuo sito",
      w_off: "Il widget di chat è disattivato nelle Impostazioni del negozio: gli snippet non mostrano nulla finché non lo attivi.",
      w_bubble: "Fumetto di chat su ogni pagina",
      w_bubble_hint: "Incolla prima di </body> nelle pagine in cui i clienti devono poter chattare.",
      w_frame: "Chat in un frame",
      w_frame_hint: "Per una pagina di assistenza o la web view di un'app mobile.",
      w_signed: "Clienti che hanno effettuato l'accesso",
      w_signed_hint: "Perché il bot possa consultare gli ordini di un cliente, il tuo server garantisce chi ha effettuato l'accesso: firma l'ID del cliente nel tuo negozio con il segreto del widget e inserisce entrambi nella pagina. Calcola la firma solo sul tuo server: chi possiede il segreto può spacciarsi per qualsiasi cliente. Il segreto non viene mostrato qui.",
      w_signature: "firma = hex(HMAC-SHA256(segreto del widget, ID cliente))",
      w_secret_set: "Questo negozio ha un segreto del widget (è stato mostrato una sola volta, alla creazione del negozio).",
      w_secret_unset: "Questo negozio non ha un segreto del widget, quindi i visitatori possono chattare solo in forma anonima.",
      w_preview: "Apri la pagina di chat",
      w_signed_bubble: "Fumetto di chat per un cliente con accesso effettuato",
      w_signed_frame: "Frame per un cliente con accesso effettuato",
      w_sign_code: "Calcolo della firma sul tuo server (shell, Go)",
      delete: "Elimina", saved_name: "{name} salvato.",
      pr_title: "Promozioni", pr_new: "Nuova promozione",
      pr_hint: "Offerte che il bot può menzionare ai clienti, ad esempio a quelli soddisfatti. Scrivi ogni offerta nelle lingue dei tuoi clienti.",
      pr_empty: "Ancora nessuna promozione.",
      pr_active: "Attiva ora", pr_scheduled: "Inizia {time}", pr_ended: "Terminata {time}",
      pr_from_until: "Dal {start} al {end}", pr_from: "Dal {start}, senza fine", pr_until: "Fino al {end}", pr_always: "Nessuna data di inizio o fine",
      pr_everything: "Su tutto il negozio", pr_categories_line: "Categorie: {list}", pr_products_line: "Prodotti (SKU): {list}",
      pr_min_line: "Per ordini a partire da {amount}",
      pr_id_line: "id {id}", pr_missing: "Ancora nessun testo in: {list}.",
      pr_delete_q: "Eliminare {name}? Il bot smette subito di proporla.", pr_deleted: "{name} eliminata.",
      pr_editing: "Modifica promozione", pr_creating: "Nuova promozione",
      pr_code: "Codice", pr_code_hint: "Ciò che i clienti inseriscono al checkout, ad es. ESTATE10. Facoltativo.",
      pr_id: "ID", pr_id_hint: "Il tuo nome interno, per l'API e le importazioni, ad es. saldi-estivi. Non potrà essere cambiato.",
      pr_texts: "Testo dell'offerta", pr_texts_hint: "Ciò che il bot dice al cliente, in ogni lingua; lascia vuota una lingua per saltarla.",
      pr_add_language: "Aggiungi lingua",
      pr_when: "Quando", pr_start: "Inizio", pr_start_hint: "Vuoto: da subito.", pr_end: "Fine", pr_end_hint: "Vuoto: senza fine.",
      pr_zone: "Gli orari sono nel fuso orario del tuo browser ({zone}).",
      pr_what: "A cosa si applica",
      pr_categories: "Categorie", pr_categories_hint: "Separate da virgole. Vuoto e senza prodotti: tutto il negozio.",
      pr_products: "Prodotti", pr_products_hint: "SKU, separati da virgole.",
      pr_min_total: "Importo minimo dell'ordine", pr_min_total_hint: "Un importo come 50 o 49,90. Vuoto: qualsiasi ordine.",
      pr_bad_amount: "Inserisci un importo come 50 o 49,90 (al massimo {n} decimali).",
      pr_bad_time: "Inserisci data e ora.",
      pr_need_text: "Scrivi l'offerta in almeno una lingua.",
      pr_id_taken: "Esiste già una promozione con questo ID; modifica quella o scegli un altro ID.",
      cr_title: "Risposte predefinite", cr_new: "Nuova risposta predefinita",
      cr_hint: "Risposte pronte che gli operatori inseriscono nella console con un clic. La console propone per prime le risposte nella lingua dell'operatore.",
      cr_filter: "Lingua", cr_all_languages: "Tutte le lingue", cr_any_language: "qualsiasi lingua",
      cr_empty: "Ancora nessuna risposta predefinita.", cr_untitled: "(senza titolo)",
      cr_delete_q: "Eliminare questa risposta?", cr_deleted: "{title} eliminata.",
      cr_editing: "Modifica risposta predefinita", cr_creating: "Nuova risposta predefinita",
      cr_title_field: "Titolo", cr_title_hint: "Il nome con cui gli operatori la scelgono, ad es. Dov'è il mio pacco. Dai lo stesso titolo alle sue traduzioni.",
      cr_id_hint: "Il tuo nome interno, per l'API e le importazioni. Ricavato dal titolo; non potrà essere cambiato.",
      cr_text_hint: "La risposta così come la invia l'operatore.",
      cr_id_taken: "Esiste già una risposta predefinita con questo ID; scegli un altro ID.",
      ag_title: "Operatori", ag_new: "Aggiungi operatore",
      ag_hint: "Le persone che rispondono alle chat nella console operatori. Amministratori e titolari possono usare anche queste pagine.",
      ag_name: "Nome", ag_role: "Ruolo", ag_languages: "Lingue", ag_skills: "Competenze", ag_presence: "Stato", ag_max_chats: "Chat contemporanee",
      ag_you: "tu", ag_disabled: "Disattivato", ag_disable: "Disattiva", ag_enable: "Riattiva",
      ag_disable_q: "Disattivare {name}? Non potrà più accedere e le sue sessioni verranno chiuse.",
      ag_disabled_done: "{name} è disattivato.", ag_enabled_done: "{name} può accedere di nuovo.",
      ag_owner_only: "Solo un titolare può modificare un titolare.",
      role_agent_hint: "risponde alle chat", role_admin_hint: "usa anche queste pagine", role_owner_hint: "nomina e modifica anche i titolari",
      presence_online: "Online", presence_away: "Assente", presence_offline: "Offline",
      ag_editing: "Modifica {name}", ag_creating: "Nuovo operatore", ag_created: "{name} aggiunto.",
      ag_email_hint: "La usa per accedere.", ag_email_fixed: "L'e-mail di un operatore non può cambiare.",
      ag_name_hint: "Mostrato ai clienti quando risponde questo operatore.",
      ag_own_role: "Non puoi cambiare il tuo ruolo.",
      ag_languages_hint: "Codici di lingua come en, zh, separati da virgole; le conversazioni in queste lingue vanno prima a questo operatore.",
      ag_skills_hint: "Separate da virgole, ad es. billing, cold_chain.",
      ag_max_chats_hint: "Quante conversazioni l'operatore gestisce contemporaneamente, da 1 a 100.",
      ag_password_hint: "Almeno 8 caratteri. Comunicala all'operatore in privato.",
      ag_new_password: "Nuova password", ag_password_keep: "Lascia vuoto per mantenere quella attuale. Una nuova password disconnette l'operatore ovunque.",
      ag_disabled_label: "Disattivato: non può accedere (l'operatore resta nell'elenco)",
      key_title: "Chiavi API",
      key_hint: "Le chiavi permettono ai tuoi server di comunicare con kefu. Una chiave agisce per l'intero negozio: tienila sui tuoi server, mai in una pagina web o in un'app.",
      key_new: "Nuova chiave", key_name: "Nome", key_name_hint: "A cosa serve, così saprai quale chiave revocare in seguito.",
      key_name_example: "ad es. backend del sito",
      key_scope: "Cosa può fare", key_create: "Crea chiave",
      scope_chat: "Chat", scope_chat_hint: "Per il server dietro il tuo widget di chat o la tua app: apre conversazioni e invia i messaggi dei clienti. Non può leggere né modificare i dati del negozio.",
      scope_admin: "Amministrazione", scope_admin_hint: "Per la sincronizzazione con il back office: prodotti, ordini, base di conoscenza, promozioni e impostazioni tramite l'API di amministrazione, più tutto ciò che fa una chiave chat.",
      key_list: "Chiavi di questo negozio", key_empty: "Questo negozio non ha ancora chiavi API.",
      key_starts: "Inizia con", key_created: "Creata", key_state: "Stato",
      key_working: "Attiva", key_revoked_on: "Revocata {time}", key_revoke: "Revoca",
      key_revoke_q: "Revocare «{name}»? Tutto ciò che la usa smette subito di funzionare.", key_revoked: "{name} revocata.",
      key_new_title: "Nuova chiave «{name}» ({scope})",
      key_once: "Copiala ora e conservala in un posto sicuro: non la vedrai più. kefu ne conserva solo un'impronta; se la perdi, crea una nuova chiave e revoca questa.",
      key_use_chat: "Il tuo server la invia come Authorization: Bearer <chiave> quando apre una conversazione.",
      key_use_admin: "Il tuo back office la invia come Authorization: Bearer <chiave> all'API di amministrazione sotto /v1.",
      key_done: "L'ho copiata",
      nav_rules: "Regole di indennizzo", nav_compensations: "Indennizzi",
      ru_title: "Regole di indennizzo", ru_new: "Nuova regola",
      ru_hint: "Cosa riceve un cliente quando un ordine va storto. Le regole vengono provate in questo ordine; decide la prima regola attiva la cui condizione è soddisfatta.",
      ru_empty: "Ancora nessuna regola: niente viene concesso automaticamente.",
      ru_order: "Ordine", ru_name: "Nome", ru_when: "Condizione", ru_grants: "Concede", ru_limit: "Per cliente", ru_state: "Stato", ru_version: "Versione",
      ru_limit_n: "al massimo {n} in 30 giorni", ru_no_limit: "nessun limite", ru_enabled: "Attiva", ru_paused: "In pausa",
      ru_coupon_of: "coupon da {amount}", ru_min: "su ordini da {amount}", ru_no_min: "nessun minimo",
      ru_valid_days: "valido {n} giorni", ru_no_expiry: "senza scadenza",
      gk_coupon: "Coupon", gk_refund_line: "Rimborso della riga interessata", gk_refund_order: "Rimborso dell'intero ordine", gk_none: "Niente (fermati qui)",
      gk_coupon_words: "Coupon", gk_refund_line_words: "Rimborso della riga interessata", gk_refund_order_words: "Rimborso dell'intero ordine",
      gk_none_words: "Niente; le regole successive non vengono provate",
      gk_refund_line_of: "Rimborso di {amount} (una riga)", gk_refund_order_of: "Rimborso di {amount} (l'ordine)",
      ru_delete_q: "Eliminare la regola {name}? Smette subito di concedere; il registro ne conserva le versioni.", ru_deleted: "{name} eliminata.",
      ru_editing: "Modifica regola {name} (versione {version})", ru_creating: "Nuova regola",
      ru_name_hint: "A cosa serve la regola, ad es. Consegna in ritardo.",
      ru_id_hint: "Il tuo nome interno, per l'API e il registro. Ricavato dal nome; non potrà essere cambiato.",
      ru_when_hint: "Una condizione CEL sull'incidente, ad es. delay_minutes > 30 oppure kind == \"underweight\" && missing_grams >= 100. Le variabili sono in docs/compensation.md.",
      ru_kind: "Cosa concede",
      ru_amount: "Importo del coupon ({currency})", ru_amount_hint: "Un importo come 5 o 4,50.", ru_no_currency: "Prima imposta la valuta del negozio nelle Impostazioni del negozio.",
      ru_min_order: "Ordine minimo", ru_min_order_hint: "Vuoto: il coupon vale su qualsiasi ordine.",
      ru_days: "Validità (giorni)", ru_days_hint: "Vuoto: non scade.",
      ru_order_hint: "I numeri più bassi vengono provati per primi.",
      ru_limit_hint: "Salta i clienti che hanno ricevuto questo numero di indennizzi negli ultimi 30 giorni. Vuoto: nessun limite.",
      ru_enabled_label: "Attiva: la regola concede (togli la spunta per metterla in pausa)",
      ru_id_taken: "Esiste già una regola con questo ID; modifica quella o scegli un altro ID.",
      ru_saved: "{name} salvata (versione {version}).",
      dr_title: "Simulazione", dr_hint: "Cosa avrebbero concesso le regole per gli incidenti registrati da kefu in questi giorni. Non viene concesso nulla.",
      dr_since: "Dal", dr_until: "Al", dr_run_current: "Simula le regole attuali", dr_run_draft: "Simula con questa bozza",
      dr_running: "Simulazione in corso…", dr_bad_dates: "Scegli le date.", dr_fix_draft: "La bozza contiene un errore; vedi il modulo.",
      dr_summary: "{n} incidenti; {granted} riceverebbero qualcosa, per un costo di {cost}.",
      dr_with_draft: "Con la bozza di {name}:",
      dr_limited: "Sono stati simulati solo i primi 10.000 incidenti.", dr_no_rules: "Non ci sono regole da provare.",
      dr_matched: "Decisi", dr_granted: "Concessi", dr_errors: "Errori", dr_cost: "Costo", dr_draft: "bozza",
      dr_errors_title: "Errori ({n})", dr_error_line: "Incidente {incident}, regola {rule}: {message}",
      lg_title: "Indennizzi", lg_hint: "Ciò che è stato concesso ai clienti, da una regola o da un operatore, dal più recente. Una voce revocata resta in elenco con chi l'ha revocata e perché.",
      lg_customer: "Cliente", lg_customer_ph: "ID cliente nel tuo negozio", lg_order: "Ordine", lg_show: "Mostra",
      lg_empty: "Nulla è stato concesso in questo periodo.",
      lg_date: "Data", lg_what: "Cosa", lg_by: "Concesso da",
      lg_coupon: "Coupon da {amount}", lg_rule: "Regola {rule} (versione {version})", lg_agent: "Operatore {name}",
      lg_granted: "Concesso", lg_revoked: "Revocato", lg_revoked_by: "da {name}, {time}",
      lg_reason: "Motivo", lg_reason_ph: "Perché viene revocato?", lg_revoke_q: "Revocarlo?",
      lg_reason_needed: "Indica un motivo.", lg_revoked_done: "Revocato.",
      nav_review: "Da revisionare",
      rq_title: "Da revisionare",
      rq_hint: "Articoli in attesa di una decisione: bozze scritte da nuovi prodotti e da conversazioni risolte dai tuoi operatori, articoli resi obsoleti da un feed (è cambiato un prezzo o un nome, è terminata una promozione) e articoli segnalati come sbagliati. Gli articoli obsoleti e quelli segnalati dagli operatori non rispondono ai clienti finché non li approvi.",
      rq_all: "Tutti ({n})", rq_stale: "Obsoleti ({n})", rq_flagged: "Segnalati ({n})", rq_drafts: "Bozze ({n})",
      rq_empty: "Niente in attesa di revisione.",
      rq_kind_stale: "Obsoleto", rq_kind_flagged: "Segnalato", rq_kind_draft: "Bozza",
      rq_withdrawn: "Non risponde ai clienti fino alla revisione",
      rq_src_feed: "Feed {name}", rq_src_agent: "Operatore", rq_src_customer: "Cliente", rq_src_suggestions: "Suggerito dalle conversazioni",
      rq_flag_line: "{source} · {who} · {time}", rq_flag_line_nobody: "{source} · {time}", rq_support: "Chiesto in {n} conversazioni risolte dagli operatori", rq_reason_new_product: "Nuovo prodotto: {name} ({sku})", rq_reason_price: "Il prezzo di {name} ({sku}) è passato da {old} a {new}", rq_reason_renamed: "{name} ({sku}) ora si chiama {new_name}", rq_reason_discontinued: "{name} ({sku}) non è più in vendita", rq_reason_promo_code: "Promozione {promotion}: il codice {code} ora è {new_code}", rq_reason_promo_withdrawn: "La promozione {promotion} è stata ritirata", rq_reason_promo_ended: "La promozione {promotion} è terminata il {time}", rq_reason_more: "e altri {n}", fe_currency: "«{value}» non è un codice valuta come EUR o SGD", fe_country: "«{value}» non è un codice paese come GB, né EU", fe_language: "«{value}» non è un codice lingua come en, zh-Hant o es-419", fe_canonical: "Scrivi «{want}» invece di «{value}»", fe_regexp: "«{value}» non è un’espressione regolare valida", fe_range: "Inserisci un numero da {min} a {max}", fe_min: "Inserisci {min} o più", fe_cart_url: "Inserisci un link http o https con {sku} al posto dello SKU del prodotto", fe_queue_cap: "Inserisci -1 (nessun limite), 0 (il valore del server) o un numero da 1 a {max}",
      rq_approve: "Approva e pubblica", rq_edit: "Modifica", rq_reject: "Rifiuta",
      rq_reason: "Motivo", rq_reason_ph: "Perché viene rifiutato?", rq_reason_needed: "Indica un motivo.",
      rq_confirm_reject: "Rifiuta", rq_save: "Salva nuova versione",
      rq_approved: "Approvato: {title}", rq_rejected: "Rifiutato: {title}", rq_edited: "Salvata una nuova versione di {title}. Approvala per pubblicarla.",
      rq_suggest: "Suggerisci articoli dalle conversazioni risolte",
      rq_suggested: "{n} suggerimenti ({new} nuovi) da {conversations} conversazioni.",
      rq_version: "versione {n}",
      rq_feeds: "Feed", rq_feed_kefu: "Feed kefu", rq_feed_shopify: "Shopify", rq_feed_google: "Google Merchant Center",
      rq_feed_polled: "interrogato ogni {interval}", rq_feed_webhook: "consegnato al suo webhook",
      rq_feed_add: "Aggiungi un feed", rq_feed_edit: "Modifica", rq_feed_poll: "Interroga ora", rq_feed_delete: "Elimina",
      rq_feed_delete_q: "Eliminare il feed {name}? I prodotti e gli articoli che ha scritto restano.", rq_feed_deleted: "Feed {name} eliminato.",
      rq_feed_saved: "Feed {name} salvato.", rq_feed_polled_now: "{name} interrogato: {products} nel feed, {new} nuovi, {changes} con un nuovo prezzo, {stale} articoli resi obsoleti.",
      rq_feed_creating: "Nuovo feed", rq_feed_editing: "Feed {name}",
      rq_feed_name: "Nome", rq_feed_name_hint: "Lettere minuscole, cifre, - e _, ad es. shopify. Fa parte dell'indirizzo del webhook e non può cambiare.",
      rq_feed_format: "Formato", rq_feed_url: "Indirizzo da interrogare", rq_feed_url_hint: "Facoltativo: kefu recupera questo indirizzo all'intervallo indicato sotto. Vuoto: il feed arriva solo al suo webhook.",
      rq_feed_interval: "Interroga ogni", rq_feed_language: "Lingua dei nomi", rq_feed_language_hint: "Per i feed Shopify e Google, che hanno una sola lingua. Vuoto: la lingua predefinita del negozio.",
      rq_feed_currency: "Valuta dei prezzi", rq_feed_currency_hint: "Per i feed Shopify, i cui prezzi non indicano la valuta, ad es. EUR.",
      rq_feed_secret: "Segreto di firma", rq_feed_secret_hint: "Condiviso con il mittente, che firma ogni consegna (HMAC-SHA256). Vuoto: mantieni quello attuale.",
      rq_feed_secret_set: "Un segreto è impostato.", rq_feed_hooks: "Webhook con una chiave API di amministrazione: {keyed}  ·  firmato, senza chiave (Shopify): {signed}",
      rq_feed_never: "ancora nulla ricevuto", rq_feed_ok: "ultima ricezione {time}", rq_feed_failed: "ultima consegna non riuscita {time}: {error}",
      nav_profiles: "Schede prodotto",
      pk_title: "Schede prodotto",
      pk_hint: "Ciò che kefu sa di ogni prodotto, ricavato dalla scheda e dall'elenco degli ingredienti: a chi è adatto, cosa evitare, avvertenze e altro. Ogni etichetta indica da dove proviene. Le tue modifiche prevalgono su ciò che kefu ha ricavato e restano quando il prodotto cambia.",
      pk_find: "Trova un prodotto", pk_find_ph: "nome o SKU", pk_pick: "Prodotto", pk_none: "Nessun prodotto corrispondente.",
      pk_no_products: "Il catalogo è vuoto: invia prima i prodotti.",
      pk_partial: "Sono elencati solo gli ingredienti principali, quindi kefu non può dire cosa il prodotto non contiene (senza profumo, senza alcol secchevole, …).",
      pk_derived: "Ricavato {time}", pk_unknown: "non noto",
      pk_edits: "Le tue modifiche", pk_edits_hint: "Valori separati da virgole; metti - davanti per rimuoverne uno ricavato da kefu (ad es. oily, -dry).",
      pk_save: "Salva modifiche", pk_saved: "Salvato; il profilo è stato ricalcolato.", pk_remove: "Rimuovi", pk_remove_label: "Rimuovi {value} da {dimension}",
      pk_shop: "impostato dal negozio",
      pk_lv_ok: "adatto", pk_lv_caution: "con cautela", pk_lv_avoid: "da evitare",
      ev_ingredient: "Ingrediente {ingredients}", ev_ingredient_rule: "Ingrediente {ingredients} ({rule})",
      ev_rule_plain: "Regola {rule}", ev_rule: "Regola {rule}, perché {because}", ev_rule_ings: "Regola {rule}, perché {because}; da {ingredients}",
      ev_attribute: "«{attribute}» del prodotto", ev_text: "Le parole «{note}» in {attribute} del prodotto",
      ev_catalog: "I prezzi del catalogo: {note}", ev_shop: "Impostato dal negozio ({attribute})", ev_note: "{text}: {note}",
      dim_category: "Categoria", dim_brand: "Marca", dim_step: "Passaggio della routine", dim_ingredients: "Ingredienti", dim_actives: "Principi attivi",
      dim_strength: "Concentrazione", dim_fragrance: "Profumo", dim_alcohol: "Alcol", dim_silicones: "Siliconi",
      dim_comedogenic: "Comedogenico", dim_irritants: "Irritanti", dim_efficacy: "Effetto", dim_suits_skin: "Adatto alla pelle",
      dim_avoid_skin: "Non per pelle", dim_suits_concern: "Aiuta con", dim_avoid_concern: "Non per", dim_cautions: "Avvertenze",
      dim_conflicts: "Non combinare con", dim_pregnancy: "Gravidanza", dim_time_of_day: "Momento della giornata", dim_season: "Stagione",
      dim_finish: "Finish", dim_texture: "Texture", dim_coverage: "Coprenza", dim_spf: "Protezione solare", dim_price_band: "Fascia di prezzo"
    },
    nl: {
      title: "kefu · winkelbeheer",
      pct: "{n}%",
      dur_minutes: "{n}\u00a0min", dur_hours: "{n}\u00a0u",
      login_shop_ph: "bijv. globalmart",
      login_demo: "Demo: winkel {shop}, {ana}, wachtwoord {password}.",
      nav_label: "Onderdelen",
      err_unauthorized: "Verkeerde winkel, e-mail of wachtwoord, of de sessie is verlopen.", err_forbidden: "Dit mag u niet doen.",
      err_not_found: "Niet gevonden; misschien heeft iemand het verwijderd.", err_rate_limited: "Te veel verzoeken; wacht even.",
      err_internal: "Serverfout; probeer het later opnieuw.", err_unavailable: "De dienst is op dit moment niet beschikbaar; probeer het later opnieuw.",
      err_too_large: "Het is te lang.", err_network: "De server is niet bereikbaar; controleer de verbinding.",
      login_title: "kefu-winkelbeheer",
      login_who: "Voor eigenaren en beheerders van de winkel. Log in met uw account van de medewerkersconsole.",
      login_shop: "Winkel", login_email: "E-mail", login_password: "Wachtwoord", login_submit: "Inloggen",
      login_wait: "Te veel mislukte pogingen. Wacht voor de veiligheid van het account {wait} voordat u het opnieuw probeert.",
      login_again: "U kunt het nu opnieuw proberen.", wait_seconds: "{n} s", wait_minutes: "{n} min",
      to_console: "Medewerkersconsole", to_dashboard: "Dashboard", to_admin: "Winkelbeheer", logout: "Uitloggen", admin: "winkelbeheer",
      refused_title: "Winkelbeheer",
      refused: "Alleen eigenaren en beheerders van de winkel kunnen deze pagina's gebruiken.",
      refused_who: "U bent ingelogd als {name} ({role}). Vraag een eigenaar of beheerder van {shop} als u iets gewijzigd wilt hebben.",
      role_agent: "medewerker", role_admin: "beheerder", role_owner: "eigenaar",
      nav_settings: "Winkelinstellingen", nav_knowledge: "Kennisbank", nav_synonyms: "Synoniemen", nav_widget: "Widget",
      nav_agents: "Medewerkers", nav_keys: "API-sleutels", nav_promotions: "Acties", nav_canned: "Standaardantwoorden",
      nav_feedback: "Feedback",
      fb_title: "Feedback en correcties",
      fb_hint: "Wat medewerkers in de console hebben gecorrigeerd en wat klanten van de antwoorden van de bot vonden. Geaccepteerde hercategorisaties trainen het volgende model (kefu model retrain); zie docs/learning.md.",
      fb_filter_kind: "Soort", fb_filter_status: "Status", fb_any: "Alle", fb_show: "Tonen",
      fb_empty: "Nog geen feedback.", fb_more: "Oudere feedback",
      fb_when: "Wanneer", fb_kind: "Soort", fb_who: "Wie", fb_what: "Wat", fb_status: "Status",
      fb_k_relabel: "Bericht gehercategoriseerd", fb_k_answer_fixed: "Beter antwoord", fb_k_answer_flagged: "Antwoord gemarkeerd",
      fb_k_article_wrong: "Artikel onjuist", fb_k_article_outdated: "Artikel verouderd",
      fb_k_thumbs_up: "Klant: nuttig", fb_k_thumbs_down: "Klant: niet nuttig",
      fb_s_proposed: "Voorgesteld", fb_s_accepted: "Geaccepteerd", fb_s_rejected: "Afgewezen",
      fb_accept: "Accepteren", fb_reject: "Afwijzen", fb_customer: "Klant",
      fb_meant: "‘{text}’ betekent {intent} (begrepen: {previous})", fb_reason: "Reden: {reason}",
      fb_article: "Artikel {id}", fb_answer: "Beter antwoord: {answer}", fb_reply: "Bij het antwoord op {intent}",
      fb_reviewed: "door {name}, {time}",
      md_title: "Intentiemodel", md_serving: "In gebruik voor deze winkel: {version}", md_shipped: "het model dat met kefu is meegeleverd",
      md_own: "eigen model van de winkel", md_global: "globaal", md_retrain: "Nu opnieuw trainen",
      md_retraining: "Opnieuw trainen… dit duurt ongeveer een minuut. De kandidaat wordt alleen gebruikt als hij aan de regel voldoet.",
      md_failed: "De laatste training is mislukt: {message}",
      md_hint: "Een nieuwe training leert van de geaccepteerde hercategorisaties hieronder; de kandidaat wordt vergeleken met het model in gebruik en alleen gepromoveerd als hij de gecorrigeerde berichten goed heeft zonder meer dan 0,3 punt dev-nauwkeurigheid of kalibratie te verliezen.",
      md_version: "Versie", md_created: "Getraind", md_dev: "Dev-nauwkeurigheid", md_corrected: "Correcties goed", md_verdict: "Oordeel",
      md_paired: "{fixed} verbeterd, {broken} verslechterd",
      md_serves: "In gebruik", md_kept_out: "Buitengehouden", md_retired: "Teruggedraaid", md_was: "Eerder in gebruik", md_none: "Nog geen nieuwe training.",
      loading: "Laden…", save: "Opslaan", saving: "Opslaan…", saved: "Opgeslagen.", cancel: "Annuleren", reload: "Opnieuw laden",
      copy: "Kopiëren", copied: "Gekopieerd", required: "Verplicht.", error_generic: "Er ging iets mis: {message}",
      conflict: "Iemand anders heeft dit gewijzigd sinds u het opende. Laad opnieuw om die versie te zien en breng uw wijziging daarna opnieuw aan.",
      session_over: "Uw sessie is beëindigd; log opnieuw in.",
      settings_title: "Winkelinstellingen", settings_shop: "Winkel: {name} ({id})",
      set_language_legend: "Talen", set_languages: "Talen waarin de winkel antwoordt", set_languages_hint: "Taalcodes zoals en, zh, es, gescheiden door komma's. De eerste is de terugvaltaal.",
      set_default_language: "Standaardtaal", set_default_language_hint: "De werktaal van de winkel.",
      set_currency: "Valuta", set_currency_hint: "ISO 4217-code, bijv. EUR, USD, CNY.",
      set_timezone: "Tijdzone", set_timezone_hint: "IANA-naam, bijv. Europe/Amsterdam of Asia/Shanghai; gebruikt voor tijden die klanten zien.",
      set_cart_url: "Link ‘in winkelwagen’", set_cart_url_hint: "De link van uw winkel met {sku} op de plek van de SKU van het product, bijv. https://shop.example/cart/add?sku={sku}; aanbevolen producten linken hiernaar. Leeg: geen knop ‘in winkelwagen’.",
      set_confidence: "Zekerheidsdrempel", set_confidence_hint: "Van 0 tot 1. Daaronder vraagt de bot de klant om verduidelijking. Leeg: de standaardwaarde van kefu.",
      set_clarify: "Limiet voor verduidelijking", set_clarify_hint: "Hoeveel verduidelijkende vragen achter elkaar voordat een mens het overneemt. Leeg: de standaardwaarde van kefu.",
      set_handoff: "Overdracht aan een mens",
      set_anger_handoff: "Zeer boze klanten overdragen aan een mens",
      set_sensitive_handoff: "Gevoelige onderwerpen (gezondheid, juridische dreigementen, fraude) overdragen aan een mens",
      set_strategies: "Strategieën", set_strategies_hint: "Wat kefu doet als het de stemming van een klant aanvoelt, in de volgorde waarin het wordt geprobeerd. Niet aangevinkte strategieën worden niet uitgevoerd.",
      set_widget: "Chatwidget", set_widget_enabled: "Bezoekers van de website van de winkel kunnen chatten (de widget staat aan)",
      set_llm: "Taalmodel", set_llm_answers: "Laat het taalmodel van de server antwoorden schrijven op basis van onze helpartikelen, met bronvermelding",
      set_llm_hint: "Alleen als er op de server een taalmodel is ingesteld. De vragen van klanten, zonder e-mailadressen, telefoon- en bestelnummers, worden dan naar het model gestuurd; antwoorden die het niet op een artikel kan baseren, worden niet getoond.",
      move_up: "Omhoog", move_down: "Omlaag",
      strategy_anger_priority: "Zeer boze klanten in de wachtrij vóór rustigere klanten plaatsen",
      strategy_anxiety_progress: "Bezorgde klanten het volledige verloop van hun zending tonen",
      strategy_satisfaction_offer: "Tevreden klanten een van de lopende acties van de winkel aanbieden",
      settings_bad_number: "Voer een getal in.",
      kn_title: "Kennisbank", kn_all: "Alle artikelen", kn_review: "Te controleren ({n})", kn_new: "Nieuw artikel",
      kn_empty: "Nog geen artikelen.", kn_review_empty: "Er wacht niets op controle.",
      kn_translate: "Vertalen naar het {language}",
      kn_missing_list: "Nog niet vertaald:", kn_other_language: "andere taal, bijv. fr", kn_add_translation: "Vertaling toevoegen",
      st_draft: "concept", st_in_review: "ter controle", st_published: "gepubliceerd",
      kn_submit: "Ter controle indienen", kn_publish: "Publiceren", kn_send_back: "Terugsturen", kn_withdraw: "Intrekken",
      kn_edit: "Bewerken", kn_history: "Versies", kn_version: "versie {n}", kn_updated: "bijgewerkt {time}",
      kn_key: "Sleutel", kn_key_hint: "Groepeert de vertalingen van één artikel, bijv. shipping-times.",
      kn_language: "Taal", kn_title_field: "Titel", kn_body: "Tekst", kn_tags: "Tags", kn_intents: "Intenties",
      kn_list_hint: "Gescheiden door komma's.",
      kn_save_submit: "Opslaan en ter controle indienen",
      kn_editing: "Artikel bewerken", kn_creating: "Nieuw artikel", kn_translating: "Nieuwe vertaling",
      kn_source: "Origineel ({language})",
      kn_live_hint: "Dit artikel is gepubliceerd: opgeslagen wijzigingen beantwoorden klanten meteen.",
      kn_published: "Gepubliceerd.", kn_sent_back: "Teruggezet naar concept.", kn_withdrawn: "Ingetrokken naar concept.", kn_submitted: "Ter controle ingediend.",
      kn_history_title: "Versies van {key} ({language})", kn_from: "Van", kn_to: "Naar",
      kn_one_version: "Er is tot nu toe maar één versie.", kn_close: "Sluiten",
      kn_no_change: "Geen verschil tussen deze versies.",
      kn_tags_line: "Tags: {tags}", kn_intents_line: "Intenties: {intents}",
      syn_title: "Synoniemen",
      syn_hint: "Woorden of uitdrukkingen die uw klanten voor hetzelfde gebruiken, één groep per rij, gescheiden door komma's, bijv. pakket, pakje. Zoeken in de kennisbank behandelt elke groep als één woord.",
      syn_add: "Groep toevoegen", syn_remove: "Verwijderen", syn_empty: "Nog geen synoniemen.",
      w_title: "Widget op uw website",
      w_off: "De chatwidget staat uit in Winkelinstellingen: de codefragmenten tonen niets totdat u hem aanzet.",
      w_bubble: "Chatballon op elke pagina",
      w_bubble_hint: "Plak vóór </body> op de pagina's waar klanten moeten kunnen chatten.",
      w_frame: "Chat in een frame",
      w_frame_hint: "Voor een helppagina of de webweergave van een mobiele app.",
      w_signed: "Ingelogde klanten",
      w_signed_hint: "Zodat de bot de bestellingen van een klant kan opzoeken, staat uw server in voor wie er is ingelogd: hij ondertekent de klant-ID in uw winkel met het widgetgeheim en zet beide in de pagina. Bereken de handtekening alleen op uw server: wie het geheim heeft, kan zich voordoen als elke klant. Het geheim wordt hier niet getoond.",
      w_signature: "handtekening = hex(HMAC-SHA256(widgetgeheim, klant-ID))",
      w_secret_set: "Deze winkel heeft een widgetgeheim (het is één keer getoond, bij het aanmaken van de winkel).",
      w_secret_unset: "Deze winkel heeft geen widgetgeheim, dus bezoekers kunnen alleen anoniem chatten.",
      w_preview: "Chatpagina openen",
      w_signed_bubble: "Chatballon voor een ingelogde klant",
      w_signed_frame: "Frame voor een ingelogde klant",
      w_sign_code: "De handtekening berekenen op uw server (shell, Go)",
      delete: "Verwijderen", saved_name: "{name} opgeslagen.",
      pr_title: "Acties", pr_new: "Nieuwe actie",
      pr_hint: "Aanbiedingen die de bot aan klanten mag noemen, bijvoorbeeld aan tevreden klanten. Schrijf elke aanbieding in de talen die uw klanten spreken.",
      pr_empty: "Nog geen acties.",
      pr_active: "Nu actief", pr_scheduled: "Begint {time}", pr_ended: "Afgelopen {time}",
      pr_from_until: "Van {start} tot {end}", pr_from: "Vanaf {start}, zonder einde", pr_until: "Tot {end}", pr_always: "Geen begin- of einddatum",
      pr_everything: "Op het hele assortiment", pr_categories_line: "Categorieën: {list}", pr_products_line: "Producten (SKU): {list}",
      pr_min_line: "Voor bestellingen vanaf {amount}",
      pr_id_line: "id {id}", pr_missing: "Nog geen tekst in: {list}.",
      pr_delete_q: "{name} verwijderen? De bot biedt de actie meteen niet meer aan.", pr_deleted: "{name} verwijderd.",
      pr_editing: "Actie bewerken", pr_creating: "Nieuwe actie",
      pr_code: "Code", pr_code_hint: "Wat klanten bij het afrekenen invoeren, bijv. ZOMER10. Optioneel.",
      pr_id: "ID", pr_id_hint: "Uw eigen naam ervoor, voor de API en imports, bijv. zomer-sale. Kan later niet worden gewijzigd.",
      pr_texts: "Tekst van de aanbieding", pr_texts_hint: "Wat de bot een klant vertelt, in elke taal; laat een taal leeg om die over te slaan.",
      pr_add_language: "Taal toevoegen",
      pr_when: "Wanneer", pr_start: "Begint", pr_start_hint: "Leeg: vanaf nu.", pr_end: "Eindigt", pr_end_hint: "Leeg: zonder einde.",
      pr_zone: "Tijden staan in de tijdzone van uw browser ({zone}).",
      pr_what: "Waarop het van toepassing is",
      pr_categories: "Categorieën", pr_categories_hint: "Gescheiden door komma's. Leeg en geen producten: het hele assortiment.",
      pr_products: "Producten", pr_products_hint: "SKU's, gescheiden door komma's.",
      pr_min_total: "Minimaal orderbedrag", pr_min_total_hint: "Een bedrag zoals 50 of 49,90. Leeg: elke bestelling.",
      pr_bad_amount: "Voer een bedrag in zoals 50 of 49,90 (hoogstens {n} decimalen).",
      pr_bad_time: "Voer een datum en tijd in.",
      pr_need_text: "Schrijf de aanbieding in minstens één taal.",
      pr_id_taken: "Er bestaat al een actie met deze ID; bewerk die of kies een andere ID.",
      cr_title: "Standaardantwoorden", cr_new: "Nieuw standaardantwoord",
      cr_hint: "Kant-en-klare antwoorden die medewerkers met één klik in de console invoegen. De console biedt een medewerker eerst de antwoorden in zijn of haar taal aan.",
      cr_filter: "Taal", cr_all_languages: "Alle talen", cr_any_language: "elke taal",
      cr_empty: "Nog geen standaardantwoorden.", cr_untitled: "(geen titel)",
      cr_delete_q: "Dit antwoord verwijderen?", cr_deleted: "{title} verwijderd.",
      cr_editing: "Standaardantwoord bewerken", cr_creating: "Nieuw standaardantwoord",
      cr_title_field: "Titel", cr_title_hint: "Waaraan medewerkers het herkennen, bijv. Waar is mijn pakket. Geef de vertalingen dezelfde titel.",
      cr_id_hint: "Uw eigen naam ervoor, voor de API en imports. Gemaakt van de titel; kan later niet worden gewijzigd.",
      cr_text_hint: "Het antwoord zoals de medewerker het verstuurt.",
      cr_id_taken: "Er bestaat al een standaardantwoord met deze ID; kies een andere ID.",
      ag_title: "Medewerkers", ag_new: "Medewerker toevoegen",
      ag_hint: "De mensen die in de medewerkersconsole chats beantwoorden. Beheerders en eigenaren kunnen ook deze pagina's gebruiken.",
      ag_name: "Naam", ag_role: "Rol", ag_languages: "Talen", ag_skills: "Vaardigheden", ag_presence: "Status", ag_max_chats: "Chats tegelijk",
      ag_you: "u", ag_disabled: "Uitgeschakeld", ag_disable: "Uitschakelen", ag_enable: "Inschakelen",
      ag_disable_q: "{name} uitschakelen? Deze medewerker kan niet meer inloggen en alle sessies worden beëindigd.",
      ag_disabled_done: "{name} is uitgeschakeld.", ag_enabled_done: "{name} kan weer inloggen.",
      ag_owner_only: "Alleen een eigenaar kan een eigenaar wijzigen.",
      role_agent_hint: "beantwoordt chats", role_admin_hint: "gebruikt ook deze pagina's", role_owner_hint: "maakt en wijzigt ook eigenaren",
      presence_online: "Online", presence_away: "Afwezig", presence_offline: "Offline",
      ag_editing: "{name} bewerken", ag_creating: "Nieuwe medewerker", ag_created: "{name} toegevoegd.",
      ag_email_hint: "Hiermee logt de medewerker in.", ag_email_fixed: "Het e-mailadres van een medewerker kan niet worden gewijzigd.",
      ag_name_hint: "Wordt aan klanten getoond als deze medewerker antwoordt.",
      ag_own_role: "U kunt uw eigen rol niet wijzigen.",
      ag_languages_hint: "Taalcodes zoals en, zh, gescheiden door komma's; gesprekken in deze talen gaan eerst naar deze medewerker.",
      ag_skills_hint: "Gescheiden door komma's, bijv. billing, cold_chain.",
      ag_max_chats_hint: "Hoeveel gesprekken de medewerker tegelijk heeft, 1 tot 100.",
      ag_password_hint: "Minstens 8 tekens. Geef het wachtwoord persoonlijk aan de medewerker.",
      ag_new_password: "Nieuw wachtwoord", ag_password_keep: "Laat leeg om het huidige te behouden. Een nieuw wachtwoord logt de medewerker overal uit.",
      ag_disabled_label: "Uitgeschakeld: kan niet inloggen (de medewerker blijft in de lijst)",
      key_title: "API-sleutels",
      key_hint: "Met sleutels kunnen uw eigen servers met kefu praten. Een sleutel handelt voor de hele winkel: bewaar hem op uw servers, nooit in een webpagina of app.",
      key_new: "Nieuwe sleutel", key_name: "Naam", key_name_hint: "Waarvoor hij dient, zodat u later weet welke sleutel u moet intrekken.",
      key_name_example: "bijv. backend van de website",
      key_scope: "Wat hij mag", key_create: "Sleutel aanmaken",
      scope_chat: "Chat", scope_chat_hint: "Voor de server achter uw chatwidget of app: opent gesprekken en verstuurt berichten van klanten. Kan de gegevens van de winkel niet lezen of wijzigen.",
      scope_admin: "Beheer", scope_admin_hint: "Voor synchronisatie met de backoffice: producten, bestellingen, kennisbank, acties en instellingen via de beheer-API, plus alles wat een chatsleutel kan.",
      key_list: "Sleutels van deze winkel", key_empty: "Deze winkel heeft nog geen API-sleutels.",
      key_starts: "Begint met", key_created: "Aangemaakt", key_state: "Status",
      key_working: "Actief", key_revoked_on: "Ingetrokken {time}", key_revoke: "Intrekken",
      key_revoke_q: "‘{name}’ intrekken? Alles wat hem gebruikt, werkt meteen niet meer.", key_revoked: "{name} ingetrokken.",
      key_new_title: "Nieuwe sleutel ‘{name}’ ({scope})",
      key_once: "Kopieer hem nu en bewaar hem op een veilige plek: u krijgt hem niet meer te zien. kefu bewaart er alleen een vingerafdruk van; raakt u hem kwijt, maak dan een nieuwe sleutel aan en trek deze in.",
      key_use_chat: "Uw server stuurt hem mee als Authorization: Bearer <sleutel> wanneer hij een gesprek opent.",
      key_use_admin: "Uw backoffice stuurt hem mee als Authorization: Bearer <sleutel> naar de beheer-API onder /v1.",
      key_done: "Ik heb hem gekopieerd",
      nav_rules: "Compensatieregels", nav_compensations: "Compensaties",
      ru_title: "Compensatieregels", ru_new: "Nieuwe regel",
      ru_hint: "Wat een klant krijgt als er iets misgaat met een bestelling. Regels worden in deze volgorde geprobeerd; de eerste actieve regel waarvan de voorwaarde klopt, beslist.",
      ru_empty: "Nog geen regels: er wordt niets automatisch toegekend.",
      ru_order: "Volgorde", ru_name: "Naam", ru_when: "Voorwaarde", ru_grants: "Kent toe", ru_limit: "Per klant", ru_state: "Status", ru_version: "Versie",
      ru_limit_n: "hoogstens {n} per 30 dagen", ru_no_limit: "geen limiet", ru_enabled: "Actief", ru_paused: "Gepauzeerd",
      ru_coupon_of: "kortingsbon van {amount}", ru_min: "op bestellingen vanaf {amount}", ru_no_min: "geen minimum",
      ru_valid_days: "{n} dagen geldig", ru_no_expiry: "verloopt niet",
      gk_coupon: "Kortingsbon", gk_refund_line: "Terugbetaling van de betreffende orderregel", gk_refund_order: "Terugbetaling van de hele bestelling", gk_none: "Niets (hier stoppen)",
      gk_coupon_words: "Kortingsbon", gk_refund_line_words: "Terugbetaling van de betreffende orderregel", gk_refund_order_words: "Terugbetaling van de hele bestelling",
      gk_none_words: "Niets; latere regels worden niet geprobeerd",
      gk_refund_line_of: "Terugbetaling van {amount} (een orderregel)", gk_refund_order_of: "Terugbetaling van {amount} (de bestelling)",
      ru_delete_q: "De regel {name} verwijderen? Hij kent meteen niets meer toe; het logboek bewaart zijn versies.", ru_deleted: "{name} verwijderd.",
      ru_editing: "Regel {name} bewerken (versie {version})", ru_creating: "Nieuwe regel",
      ru_name_hint: "Waarvoor de regel dient, bijv. Te late levering.",
      ru_id_hint: "Uw eigen naam ervoor, voor de API en het logboek. Gemaakt van de naam; kan later niet worden gewijzigd.",
      ru_when_hint: "Een CEL-voorwaarde over het incident, bijv. delay_minutes > 30 of kind == \"underweight\" && missing_grams >= 100. Zie docs/compensation.md voor de variabelen.",
      ru_kind: "Wat hij toekent",
      ru_amount: "Bedrag van de kortingsbon ({currency})", ru_amount_hint: "Een bedrag zoals 5 of 4,50.", ru_no_currency: "Stel eerst de valuta van de winkel in bij Winkelinstellingen.",
      ru_min_order: "Minimale bestelling", ru_min_order_hint: "Leeg: de kortingsbon geldt voor elke bestelling.",
      ru_days: "Geldig (dagen)", ru_days_hint: "Leeg: verloopt niet.",
      ru_order_hint: "Lagere nummers worden eerst geprobeerd.",
      ru_limit_hint: "Sla klanten over die in de afgelopen 30 dagen zoveel compensaties hebben gekregen. Leeg: geen limiet.",
      ru_enabled_label: "Actief: de regel kent toe (vinkje weghalen om te pauzeren)",
      ru_id_taken: "Er bestaat al een regel met deze ID; bewerk die of kies een andere ID.",
      ru_saved: "{name} opgeslagen (versie {version}).",
      dr_title: "Proefrun", dr_hint: "Wat de regels zouden hebben toegekend voor de incidenten die kefu in deze dagen heeft vastgelegd. Er wordt niets toegekend.",
      dr_since: "Van", dr_until: "Tot", dr_run_current: "Proefrun met de huidige regels", dr_run_draft: "Proefrun met dit concept",
      dr_running: "Bezig…", dr_bad_dates: "Kies de datums.", dr_fix_draft: "Het concept bevat een fout; zie het formulier.",
      dr_summary: "{n} incidenten; {granted} zouden iets krijgen, kosten {cost}.",
      dr_with_draft: "Met het concept van {name}:",
      dr_limited: "Alleen de eerste 10.000 incidenten zijn nagespeeld.", dr_no_rules: "Er zijn geen regels om te proberen.",
      dr_matched: "Beslist", dr_granted: "Toegekend", dr_errors: "Fouten", dr_cost: "Kosten", dr_draft: "concept",
      dr_errors_title: "Fouten ({n})", dr_error_line: "Incident {incident}, regel {rule}: {message}",
      lg_title: "Compensaties", lg_hint: "Wat klanten kregen, via een regel of van een medewerker, nieuwste eerst. Een ingetrokken toekenning blijft in de lijst staan, met wie die introk en waarom.",
      lg_customer: "Klant", lg_customer_ph: "klant-ID in uw winkel", lg_order: "Bestelling", lg_show: "Tonen",
      lg_empty: "In deze periode is niets toegekend.",
      lg_date: "Datum", lg_what: "Wat", lg_by: "Toegekend door",
      lg_coupon: "Kortingsbon van {amount}", lg_rule: "Regel {rule} (versie {version})", lg_agent: "Medewerker {name}",
      lg_granted: "Toegekend", lg_revoked: "Ingetrokken", lg_revoked_by: "door {name}, {time}",
      lg_reason: "Reden", lg_reason_ph: "Waarom wordt dit ingetrokken?", lg_revoke_q: "Intrekken?",
      lg_reason_needed: "Geef een reden op.", lg_revoked_done: "Ingetrokken.",
      nav_review: "Te controleren",
      rq_title: "Te controleren",
      rq_hint: "Artikelen die op een beslissing wachten: concepten op basis van nieuwe producten en van gesprekken die uw medewerkers hebben opgelost, artikelen die door een feed verouderd zijn (een prijs of naam is gewijzigd, een actie is afgelopen) en artikelen die iemand onjuist noemde. Verouderde en door medewerkers gemarkeerde artikelen beantwoorden geen klanten totdat u ze goedkeurt.",
      rq_all: "Alle ({n})", rq_stale: "Verouderd ({n})", rq_flagged: "Gemarkeerd ({n})", rq_drafts: "Concepten ({n})",
      rq_empty: "Er wacht niets op controle.",
      rq_kind_stale: "Verouderd", rq_kind_flagged: "Gemarkeerd", rq_kind_draft: "Concept",
      rq_withdrawn: "Beantwoordt geen klanten tot na controle",
      rq_src_feed: "Feed {name}", rq_src_agent: "Medewerker", rq_src_customer: "Klant", rq_src_suggestions: "Voorgesteld op basis van gesprekken",
      rq_flag_line: "{source} · {who} · {time}", rq_flag_line_nobody: "{source} · {time}", rq_support: "Gevraagd in {n} gesprekken die medewerkers hebben opgelost", rq_reason_new_product: "Nieuw product: {name} ({sku})", rq_reason_price: "Prijs van {name} ({sku}) gewijzigd van {old} naar {new}", rq_reason_renamed: "{name} ({sku}) heet nu {new_name}", rq_reason_discontinued: "{name} ({sku}) wordt niet meer verkocht", rq_reason_promo_code: "Actie {promotion}: code {code} is nu {new_code}", rq_reason_promo_withdrawn: "Actie {promotion} is ingetrokken", rq_reason_promo_ended: "Actie {promotion} is afgelopen op {time}", rq_reason_more: "en nog {n}", fe_currency: "“{value}” is geen valutacode zoals EUR of SGD", fe_country: "“{value}” is geen landcode zoals GB, of EU", fe_language: "“{value}” is geen taalcode zoals en, zh-Hant of es-419", fe_canonical: "Schrijf “{want}” in plaats van “{value}”", fe_regexp: "“{value}” is geen geldige reguliere expressie", fe_range: "Vul een getal van {min} tot {max} in", fe_min: "Vul {min} of meer in", fe_cart_url: "Vul een http- of https-link in met {sku} op de plaats van de SKU van het product", fe_queue_cap: "Vul -1 (geen limiet), 0 (standaard van de server) of een getal van 1 tot {max} in",
      rq_approve: "Goedkeuren en publiceren", rq_edit: "Bewerken", rq_reject: "Afwijzen",
      rq_reason: "Reden", rq_reason_ph: "Waarom wordt het afgewezen?", rq_reason_needed: "Geef een reden op.",
      rq_confirm_reject: "Afwijzen", rq_save: "Nieuwe versie opslaan",
      rq_approved: "Goedgekeurd: {title}", rq_rejected: "Afgewezen: {title}", rq_edited: "Nieuwe versie van {title} opgeslagen. Keur hem goed om te publiceren.",
      rq_suggest: "Artikelen voorstellen op basis van opgeloste gesprekken",
      rq_suggested: "{n} voorstellen ({new} nieuw) uit {conversations} gesprekken.",
      rq_version: "versie {n}",
      rq_feeds: "Feeds", rq_feed_kefu: "kefu-feed", rq_feed_shopify: "Shopify", rq_feed_google: "Google Merchant Center",
      rq_feed_polled: "elke {interval} opgehaald", rq_feed_webhook: "afgeleverd op de webhook",
      rq_feed_add: "Feed toevoegen", rq_feed_edit: "Bewerken", rq_feed_poll: "Nu ophalen", rq_feed_delete: "Verwijderen",
      rq_feed_delete_q: "De feed {name} verwijderen? Producten en artikelen die hij schreef, blijven bestaan.", rq_feed_deleted: "Feed {name} verwijderd.",
      rq_feed_saved: "Feed {name} opgeslagen.", rq_feed_polled_now: "{name} opgehaald: {products} in de feed, {new} nieuw, {changes} met een nieuwe prijs, {stale} artikelen verouderd.",
      rq_feed_creating: "Nieuwe feed", rq_feed_editing: "Feed {name}",
      rq_feed_name: "Naam", rq_feed_name_hint: "Kleine letters, cijfers, - en _, bijv. shopify. Maakt deel uit van het webhookadres en kan niet worden gewijzigd.",
      rq_feed_format: "Formaat", rq_feed_url: "Adres om op te halen", rq_feed_url_hint: "Optioneel: kefu haalt dit adres op met de interval hieronder. Leeg: de feed komt alleen binnen via de webhook.",
      rq_feed_interval: "Ophalen elke", rq_feed_language: "Taal van de namen", rq_feed_language_hint: "Voor Shopify- en Google-feeds, die één taal bevatten. Leeg: de standaardtaal van de winkel.",
      rq_feed_currency: "Valuta van de prijzen", rq_feed_currency_hint: "Voor Shopify-feeds, waarvan de prijzen geen valuta noemen, bijv. EUR.",
      rq_feed_secret: "Ondertekeningsgeheim", rq_feed_secret_hint: "Gedeeld met de afzender, die elke levering ondertekent (HMAC-SHA256). Leeg: het huidige behouden.",
      rq_feed_secret_set: "Er is een geheim ingesteld.", rq_feed_hooks: "Webhook met een beheer-API-sleutel: {keyed}  ·  ondertekend, zonder sleutel (Shopify): {signed}",
      rq_feed_never: "nog niets ontvangen", rq_feed_ok: "laatst ontvangen {time}", rq_feed_failed: "laatste levering mislukt {time}: {error}",
      nav_profiles: "Productkennis",
      pk_title: "Productkennis",
      pk_hint: "Wat kefu van elk product weet, gelezen uit de productkaart en de ingrediëntenlijst: voor wie het geschikt is, wat te vermijden, waarschuwingen en meer. Bij elke tag staat waar die vandaan komt. Uw wijzigingen gaan boven wat kefu afleidde en blijven staan als het product verandert.",
      pk_find: "Product zoeken", pk_find_ph: "naam of SKU", pk_pick: "Product", pk_none: "Geen producten gevonden.",
      pk_no_products: "De catalogus is leeg: stuur eerst producten.",
      pk_partial: "Alleen de belangrijkste ingrediënten staan vermeld, dus kefu kan niet zeggen wat het product niet bevat (parfumvrij, geen uitdrogende alcohol, …).",
      pk_derived: "Afgeleid {time}", pk_unknown: "onbekend",
      pk_edits: "Uw wijzigingen", pk_edits_hint: "Waarden gescheiden door komma's; zet er - voor om een door kefu afgeleide waarde te verwijderen (bijv. oily, -dry).",
      pk_save: "Wijzigingen opslaan", pk_saved: "Opgeslagen; het profiel is opnieuw afgeleid.", pk_remove: "Verwijderen", pk_remove_label: "{value} verwijderen uit {dimension}",
      pk_shop: "ingesteld door de winkel",
      pk_lv_ok: "geschikt", pk_lv_caution: "voorzichtig", pk_lv_avoid: "vermijden",
      ev_ingredient: "Ingrediënt {ingredients}", ev_ingredient_rule: "Ingrediënt {ingredients} ({rule})",
      ev_rule_plain: "Regel {rule}", ev_rule: "Regel {rule}, omdat {because}", ev_rule_ings: "Regel {rule}, omdat {because}; uit {ingredients}",
      ev_attribute: "‘{attribute}’ van het product", ev_text: "De woorden ‘{note}’ in {attribute} van het product",
      ev_catalog: "De prijzen in de catalogus: {note}", ev_shop: "Ingesteld door de winkel ({attribute})", ev_note: "{text}: {note}",
      dim_category: "Categorie", dim_brand: "Merk", dim_step: "Stap in de routine", dim_ingredients: "Ingrediënten", dim_actives: "Werkzame stoffen",
      dim_strength: "Sterkte", dim_fragrance: "Parfum", dim_alcohol: "Alcohol", dim_silicones: "Siliconen",
      dim_comedogenic: "Poriënverstoppend", dim_irritants: "Irriterende stoffen", dim_efficacy: "Werkt op", dim_suits_skin: "Geschikt voor huid",
      dim_avoid_skin: "Niet voor huid", dim_suits_concern: "Helpt bij", dim_avoid_concern: "Niet bij", dim_cautions: "Waarschuwingen",
      dim_conflicts: "Niet combineren met", dim_pregnancy: "Zwangerschap", dim_time_of_day: "Moment van de dag", dim_season: "Seizoen",
      dim_finish: "Finish", dim_texture: "Textuur", dim_coverage: "Dekking", dim_spf: "Zonbescherming", dim_price_band: "Prijsklasse"
    },
    pl: {
      title: "kefu · zarządzanie sklepem",
      pct: "{n}%",
      dur_minutes: "{n}\u00a0min", dur_hours: "{n}\u00a0godz.",
      login_shop_ph: "np. globalmart",
      login_demo: "Demo: sklep {shop}, {ana}, hasło {password}.",
      nav_label: "Sekcje",
      err_unauthorized: "Nieprawidłowy sklep, e-mail lub hasło albo sesja wygasła.", err_forbidden: "Nie masz do tego uprawnień.",
      err_not_found: "Nie znaleziono; być może ktoś to usunął.", err_rate_limited: "Zbyt wiele żądań; poczekaj chwilę.",
      err_internal: "Błąd serwera; spróbuj ponownie później.", err_unavailable: "Usługa jest w tej chwili niedostępna; spróbuj ponownie później.",
      err_too_large: "To jest za długie.", err_network: "Brak połączenia z serwerem; sprawdź połączenie.",
      login_title: "Zarządzanie sklepem kefu",
      login_who: "Dla właścicieli i administratorów sklepu. Zaloguj się kontem z konsoli konsultanta.",
      login_shop: "Sklep", login_email: "E-mail", login_password: "Hasło", login_submit: "Zaloguj się",
      login_wait: "Zbyt wiele nieudanych prób. Ze względu na bezpieczeństwo konta odczekaj {wait}, zanim spróbujesz ponownie.",
      login_again: "Możesz spróbować ponownie.", wait_seconds: "{n} s", wait_minutes: "{n} min",
      to_console: "Konsola konsultanta", to_dashboard: "Pulpit", to_admin: "Zarządzanie sklepem", logout: "Wyloguj się", admin: "zarządzanie sklepem",
      refused_title: "Zarządzanie sklepem",
      refused: "Z tych stron mogą korzystać tylko właściciele i administratorzy sklepu.",
      refused_who: "Zalogowano jako {name} ({role}). Jeśli potrzebujesz zmiany, poproś właściciela lub administratora sklepu {shop}.",
      role_agent: "konsultant", role_admin: "administrator", role_owner: "właściciel",
      nav_settings: "Ustawienia sklepu", nav_knowledge: "Baza wiedzy", nav_synonyms: "Synonimy", nav_widget: "Widżet",
      nav_agents: "Konsultanci", nav_keys: "Klucze API", nav_promotions: "Promocje", nav_canned: "Gotowe odpowiedzi",
      nav_feedback: "Opinie",
      fb_title: "Opinie i poprawki",
      fb_hint: "Co konsultanci poprawili w konsoli i co klienci sądzą o odpowiedziach bota. Zaakceptowane zmiany intencji uczą kolejny model (kefu model retrain); zobacz docs/learning.md.",
      fb_filter_kind: "Rodzaj", fb_filter_status: "Status", fb_any: "Wszystkie", fb_show: "Pokaż",
      fb_empty: "Brak opinii.", fb_more: "Starsze opinie",
      fb_when: "Kiedy", fb_kind: "Rodzaj", fb_who: "Kto", fb_what: "Co", fb_status: "Status",
      fb_k_relabel: "Zmieniona intencja", fb_k_answer_fixed: "Lepsza odpowiedź", fb_k_answer_flagged: "Oznaczona odpowiedź",
      fb_k_article_wrong: "Błędny artykuł", fb_k_article_outdated: "Nieaktualny artykuł",
      fb_k_thumbs_up: "Klient: pomocne", fb_k_thumbs_down: "Klient: niepomocne",
      fb_s_proposed: "Zaproponowane", fb_s_accepted: "Zaakceptowane", fb_s_rejected: "Odrzucone",
      fb_accept: "Akceptuj", fb_reject: "Odrzuć", fb_customer: "Klient",
      fb_meant: "„{text}” oznacza {intent} (rozpoznano: {previous})", fb_reason: "Powód: {reason}",
      fb_article: "Artykuł {id}", fb_answer: "Lepsza odpowiedź: {answer}", fb_reply: "Dotyczy odpowiedzi na: {intent}",
      fb_reviewed: "{name}, {time}",
      md_title: "Model intencji", md_serving: "Używany w tym sklepie: {version}", md_shipped: "model dostarczony z kefu",
      md_own: "własny model sklepu", md_global: "globalny", md_retrain: "Wytrenuj ponownie",
      md_retraining: "Trwa ponowne trenowanie… zajmie to około minuty. Kandydat zostanie użyty tylko wtedy, gdy spełni regułę.",
      md_failed: "Ostatnie trenowanie nie powiodło się: {message}",
      md_hint: "Ponowne trenowanie uczy się na zaakceptowanych zmianach intencji poniżej; kandydat jest porównywany z używanym modelem i wdrażany tylko wtedy, gdy poprawnie rozpoznaje poprawione wiadomości, nie tracąc więcej niż 0,3 punktu dokładności (dev) ani kalibracji.",
      md_version: "Wersja", md_created: "Wytrenowano", md_dev: "Dokładność (dev)", md_corrected: "Trafione poprawki", md_verdict: "Werdykt",
      md_paired: "naprawione: {fixed}, zepsute: {broken}",
      md_serves: "W użyciu", md_kept_out: "Niewdrożony", md_retired: "Wycofany", md_was: "Używany wcześniej", md_none: "Jeszcze nie trenowano ponownie.",
      loading: "Wczytywanie…", save: "Zapisz", saving: "Zapisywanie…", saved: "Zapisano.", cancel: "Anuluj", reload: "Odśwież",
      copy: "Kopiuj", copied: "Skopiowano", required: "Wymagane.", error_generic: "Coś poszło nie tak: {message}",
      conflict: "Ktoś inny zmienił ten element po jego otwarciu. Odśwież, aby zobaczyć nową wersję, a potem ponownie wprowadź swoją zmianę.",
      session_over: "Sesja wygasła; zaloguj się ponownie.",
      settings_title: "Ustawienia sklepu", settings_shop: "Sklep: {name} ({id})",
      set_language_legend: "Języki", set_languages: "Języki, w których odpowiada sklep", set_languages_hint: "Kody języków, np. en, zh, es, oddzielone przecinkami. Pierwszy jest językiem zapasowym.",
      set_default_language: "Język domyślny", set_default_language_hint: "Język roboczy sklepu.",
      set_currency: "Waluta", set_currency_hint: "Kod ISO 4217, np. PLN, EUR, USD.",
      set_timezone: "Strefa czasowa", set_timezone_hint: "Nazwa IANA, np. Europe/Warsaw lub Asia/Shanghai; używana dla godzin pokazywanych klientom.",
      set_cart_url: "Link „Dodaj do koszyka”", set_cart_url_hint: "Link Twojego sklepu z {sku} w miejscu SKU produktu, np. https://shop.example/cart/add?sku={sku}; polecane produkty prowadzą do tego linku. Puste: bez przycisku „Dodaj do koszyka”.",
      set_confidence: "Próg pewności", set_confidence_hint: "Od 0 do 1. Poniżej progu bot prosi klienta o doprecyzowanie. Puste: wartość domyślna kefu.",
      set_clarify: "Limit doprecyzowań", set_clarify_hint: "Ile pytań doprecyzowujących z rzędu, zanim rozmowę przejmie człowiek. Puste: wartość domyślna kefu.",
      set_handoff: "Przekazanie człowiekowi",
      set_anger_handoff: "Przekazuj człowiekowi bardzo zdenerwowanych klientów",
      set_sensitive_handoff: "Przekazuj człowiekowi drażliwe tematy (zdrowie, groźby prawne, oszustwa)",
      set_strategies: "Strategie", set_strategies_hint: "Co robi kefu, gdy wyczuje nastrój klienta, w kolejności prób. Nieodznaczone strategie nie są stosowane.",
      set_widget: "Widżet czatu", set_widget_enabled: "Odwiedzający stronę sklepu mogą czatować (widżet jest włączony)",
      set_llm: "Model językowy", set_llm_answers: "Pozwól modelowi językowemu serwera pisać odpowiedzi na podstawie naszych artykułów pomocy, z podaniem źródeł",
      set_llm_hint: "Tylko gdy na serwerze skonfigurowano model językowy. Pytania klientów, bez adresów e-mail, numerów telefonów i zamówień, są wtedy do niego wysyłane; odpowiedzi, których nie da się oprzeć na artykule, nie są pokazywane.",
      move_up: "Przesuń w górę", move_down: "Przesuń w dół",
      strategy_anger_priority: "Stawiaj bardzo zdenerwowanych klientów w kolejce przed spokojniejszymi",
      strategy_anxiety_progress: "Pokazuj zaniepokojonym klientom cały przebieg przesyłki",
      strategy_satisfaction_offer: "Proponuj zadowolonym klientom jedną z bieżących promocji sklepu",
      settings_bad_number: "Wpisz liczbę.",
      kn_title: "Baza wiedzy", kn_all: "Wszystkie artykuły", kn_review: "Do przeglądu ({n})", kn_new: "Nowy artykuł",
      kn_empty: "Brak artykułów.", kn_review_empty: "Nic nie czeka na przegląd.",
      kn_translate: "Przetłumacz: {language}",
      kn_missing_list: "Jeszcze nieprzetłumaczone:", kn_other_language: "inny język, np. fr", kn_add_translation: "Dodaj tłumaczenie",
      st_draft: "szkic", st_in_review: "w przeglądzie", st_published: "opublikowany",
      kn_submit: "Wyślij do przeglądu", kn_publish: "Opublikuj", kn_send_back: "Odeślij", kn_withdraw: "Wycofaj",
      kn_edit: "Edytuj", kn_history: "Wersje", kn_version: "wersja {n}", kn_updated: "zaktualizowano {time}",
      kn_key: "Klucz", kn_key_hint: "Grupuje tłumaczenia jednego artykułu, np. shipping-times.",
      kn_language: "Język", kn_title_field: "Tytuł", kn_body: "Treść", kn_tags: "Tagi", kn_intents: "Intencje",
      kn_list_hint: "Oddzielone przecinkami.",
      kn_save_submit: "Zapisz i wyślij do przeglądu",
      kn_editing: "Edycja artykułu", kn_creating: "Nowy artykuł", kn_translating: "Nowe tłumaczenie",
      kn_source: "Oryginał ({language})",
      kn_live_hint: "Ten artykuł jest opublikowany: zapisane zmiany od razu trafiają do odpowiedzi dla klientów.",
      kn_published: "Opublikowano.", kn_sent_back: "Odesłano do szkicu.", kn_withdrawn: "Wycofano do szkicu.", kn_submitted: "Wysłano do przeglądu.",
      kn_history_title: "Wersje {key} ({language})", kn_from: "Od", kn_to: "Do",
      kn_one_version: "Na razie istnieje tylko jedna wersja.", kn_close: "Zamknij",
      kn_no_change: "Brak różnic między tymi wersjami.",
      kn_tags_line: "Tagi: {tags}", kn_intents_line: "Intencje: {intents}",
      syn_title: "Synonimy",
      syn_hint: "Słowa lub wyrażenia, których klienci używają na określenie tego samego, jedna grupa w wierszu, oddzielone przecinkami, np. paczka, przesyłka. Wyszukiwanie w bazie wiedzy traktuje każdą grupę jak jedno słowo.",
      syn_add: "Dodaj grupę", syn_remove: "Usuń", syn_empty: "Brak synonimów.",
      w_title: "Widżet na Twojej stronie",
      w_off: "Widżet czatu jest wyłączony w Ustawieniach sklepu: fragmenty kodu nic nie pokażą, dopóki go nie włączysz.",
      w_bubble: "Dymek czatu na każdej stronie",
      w_bubble_hint: "Wklej przed </body> na stronach, na których klienci mają mieć dostęp do czatu.",
      w_frame: "Czat w ramce",
      w_frame_hint: "Dla strony pomocy lub widoku WWW w aplikacji mobilnej.",
      w_signed: "Zalogowani klienci",
      w_signed_hint: "Aby bot mógł sprawdzić zamówienia klienta, Twój serwer poświadcza, kto jest zalogowany: podpisuje identyfikator klienta w Twoim sklepie sekretem widżetu i umieszcza oba na stronie. Podpis obliczaj wyłącznie na swoim serwerze: kto ma sekret, może podać się za dowolnego klienta. Sekret nie jest tu pokazywany.",
      w_signature: "podpis = hex(HMAC-SHA256(sekret widżetu, identyfikator klienta))",
      w_secret_set: "Ten sklep ma sekret widżetu (został pokazany jeden raz, przy tworzeniu sklepu).",
      w_secret_unset: "Ten sklep nie ma sekretu widżetu, więc odwiedzający mogą czatować tylko anonimowo.",
      w_preview: "Otwórz stronę czatu",
      w_signed_bubble: "Dymek czatu dla zalogowanego klienta",
      w_signed_frame: "Ramka dla zalogowanego klienta",
      w_sign_code: "Obliczanie podpisu na Twoim serwerze (shell, Go)",
      delete: "Usuń", saved_name: "Zapisano: {name}.",
      pr_title: "Promocje", pr_new: "Nowa promocja",
      pr_hint: "Oferty, o których bot może wspomnieć klientom, na przykład zadowolonym. Napisz każdą ofertę w językach, którymi mówią Twoi klienci.",
      pr_empty: "Brak promocji.",
      pr_active: "Aktywna", pr_scheduled: "Start: {time}", pr_ended: "Zakończona: {time}",
      pr_from_until: "Od {start} do {end}", pr_from: "Od {start}, bez końca", pr_until: "Do {end}", pr_always: "Bez daty rozpoczęcia i zakończenia",
      pr_everything: "Na cały asortyment sklepu", pr_categories_line: "Kategorie: {list}", pr_products_line: "Produkty (SKU): {list}",
      pr_min_line: "Dla zamówień od {amount}",
      pr_id_line: "id {id}", pr_missing: "Brak tekstu w językach: {list}.",
      pr_delete_q: "Usunąć {name}? Bot od razu przestanie ją proponować.", pr_deleted: "Usunięto: {name}.",
      pr_editing: "Edycja promocji", pr_creating: "Nowa promocja",
      pr_code: "Kod", pr_code_hint: "To, co klienci wpisują przy zamówieniu, np. LATO10. Opcjonalne.",
      pr_id: "ID", pr_id_hint: "Twoja własna nazwa, dla API i importów, np. letnia-wyprzedaz. Nie można jej później zmienić.",
      pr_texts: "Tekst oferty", pr_texts_hint: "Co bot mówi klientowi, w każdym języku; zostaw język pusty, aby go pominąć.",
      pr_add_language: "Dodaj język",
      pr_when: "Kiedy", pr_start: "Początek", pr_start_hint: "Puste: od teraz.", pr_end: "Koniec", pr_end_hint: "Puste: bez końca.",
      pr_zone: "Godziny podano w strefie czasowej Twojej przeglądarki ({zone}).",
      pr_what: "Czego dotyczy",
      pr_categories: "Kategorie", pr_categories_hint: "Oddzielone przecinkami. Puste i bez produktów: cały asortyment sklepu.",
      pr_products: "Produkty", pr_products_hint: "SKU oddzielone przecinkami.",
      pr_min_total: "Minimalna wartość zamówienia", pr_min_total_hint: "Kwota, np. 50 lub 49,90. Puste: każde zamówienie.",
      pr_bad_amount: "Wpisz kwotę, np. 50 lub 49,90 (maksymalnie miejsc po przecinku: {n}).",
      pr_bad_time: "Wpisz datę i godzinę.",
      pr_need_text: "Napisz ofertę w co najmniej jednym języku.",
      pr_id_taken: "Promocja o tym ID już istnieje; edytuj ją lub wybierz inne ID.",
      cr_title: "Gotowe odpowiedzi", cr_new: "Nowa gotowa odpowiedź",
      cr_hint: "Gotowe odpowiedzi, które konsultanci wstawiają w konsoli jednym kliknięciem. Konsola najpierw proponuje konsultantowi odpowiedzi w jego języku.",
      cr_filter: "Język", cr_all_languages: "Wszystkie języki", cr_any_language: "dowolny język",
      cr_empty: "Brak gotowych odpowiedzi.", cr_untitled: "(bez tytułu)",
      cr_delete_q: "Usunąć tę odpowiedź?", cr_deleted: "Usunięto: {title}.",
      cr_editing: "Edycja gotowej odpowiedzi", cr_creating: "Nowa gotowa odpowiedź",
      cr_title_field: "Tytuł", cr_title_hint: "Po tym konsultanci ją wybierają, np. Gdzie jest moja paczka. Nadaj jej tłumaczeniom ten sam tytuł.",
      cr_id_hint: "Twoja własna nazwa, dla API i importów. Tworzona z tytułu; nie można jej później zmienić.",
      cr_text_hint: "Odpowiedź w takiej postaci, w jakiej wysyła ją konsultant.",
      cr_id_taken: "Gotowa odpowiedź o tym ID już istnieje; wybierz inne ID.",
      ag_title: "Konsultanci", ag_new: "Dodaj konsultanta",
      ag_hint: "Osoby, które odpowiadają na czaty w konsoli konsultanta. Administratorzy i właściciele mogą też korzystać z tych stron.",
      ag_name: "Imię i nazwisko", ag_role: "Rola", ag_languages: "Języki", ag_skills: "Umiejętności", ag_presence: "Status", ag_max_chats: "Czaty naraz",
      ag_you: "Ty", ag_disabled: "Wyłączony", ag_disable: "Wyłącz", ag_enable: "Włącz",
      ag_disable_q: "Wyłączyć konto {name}? Ta osoba nie będzie mogła się zalogować, a jej sesje zostaną zakończone.",
      ag_disabled_done: "Konto {name} jest wyłączone.", ag_enabled_done: "{name} może się znowu logować.",
      ag_owner_only: "Tylko właściciel może zmienić właściciela.",
      role_agent_hint: "odpowiada na czaty", role_admin_hint: "korzysta też z tych stron", role_owner_hint: "także mianuje i zmienia właścicieli",
      presence_online: "Dostępny", presence_away: "Zaraz wracam", presence_offline: "Niedostępny",
      ag_editing: "Edycja: {name}", ag_creating: "Nowy konsultant", ag_created: "Dodano: {name}.",
      ag_email_hint: "Służy do logowania.", ag_email_fixed: "Adresu e-mail konsultanta nie można zmienić.",
      ag_name_hint: "Widoczne dla klientów, gdy odpowiada ten konsultant.",
      ag_own_role: "Nie możesz zmienić własnej roli.",
      ag_languages_hint: "Kody języków, np. en, zh, oddzielone przecinkami; rozmowy w tych językach trafiają najpierw do tego konsultanta.",
      ag_skills_hint: "Oddzielone przecinkami, np. billing, cold_chain.",
      ag_max_chats_hint: "Ile rozmów konsultant prowadzi jednocześnie, od 1 do 100.",
      ag_password_hint: "Co najmniej 8 znaków. Przekaż je konsultantowi prywatnie.",
      ag_new_password: "Nowe hasło", ag_password_keep: "Zostaw puste, aby zachować obecne. Nowe hasło wylogowuje konsultanta na wszystkich urządzeniach.",
      ag_disabled_label: "Wyłączony: nie może się zalogować (konsultant pozostaje na liście)",
      key_title: "Klucze API",
      key_hint: "Klucze pozwalają Twoim serwerom komunikować się z kefu. Klucz działa w imieniu całego sklepu: trzymaj go na swoich serwerach, nigdy na stronie WWW ani w aplikacji.",
      key_new: "Nowy klucz", key_name: "Nazwa", key_name_hint: "Do czego służy, aby później wiedzieć, który klucz unieważnić.",
      key_name_example: "np. backend strony",
      key_scope: "Uprawnienia", key_create: "Utwórz klucz",
      scope_chat: "Czat", scope_chat_hint: "Dla serwera obsługującego Twój widżet czatu lub aplikację: otwiera rozmowy i wysyła wiadomości klientów. Nie może odczytywać ani zmieniać danych sklepu.",
      scope_admin: "Administracja", scope_admin_hint: "Do synchronizacji z zapleczem: produkty, zamówienia, baza wiedzy, promocje i ustawienia przez API administracyjne, a także wszystko, co może klucz czatu.",
      key_list: "Klucze tego sklepu", key_empty: "Ten sklep nie ma jeszcze kluczy API.",
      key_starts: "Zaczyna się od", key_created: "Utworzono", key_state: "Status",
      key_working: "Aktywny", key_revoked_on: "Unieważniony {time}", key_revoke: "Unieważnij",
      key_revoke_q: "Unieważnić „{name}”? Wszystko, co go używa, natychmiast przestanie działać.", key_revoked: "Unieważniono: {name}.",
      key_new_title: "Nowy klucz „{name}” ({scope})",
      key_once: "Skopiuj go teraz i przechowuj w bezpiecznym miejscu: nie zobaczysz go ponownie. kefu przechowuje tylko jego odcisk; jeśli go zgubisz, utwórz nowy klucz i unieważnij ten.",
      key_use_chat: "Twój serwer wysyła go jako Authorization: Bearer <klucz>, gdy otwiera rozmowę.",
      key_use_admin: "Twoje zaplecze wysyła go jako Authorization: Bearer <klucz> do API administracyjnego pod /v1.",
      key_done: "Klucz skopiowany",
      nav_rules: "Reguły rekompensat", nav_compensations: "Rekompensaty",
      ru_title: "Reguły rekompensat", ru_new: "Nowa reguła",
      ru_hint: "Co dostaje klient, gdy coś pójdzie nie tak z zamówieniem. Reguły są sprawdzane w tej kolejności; decyduje pierwsza włączona reguła, której warunek jest spełniony.",
      ru_empty: "Brak reguł: nic nie jest przyznawane automatycznie.",
      ru_order: "Kolejność", ru_name: "Nazwa", ru_when: "Warunek", ru_grants: "Przyznaje", ru_limit: "Na klienta", ru_state: "Status", ru_version: "Wersja",
      ru_limit_n: "maksymalnie {n} w ciągu 30 dni", ru_no_limit: "bez limitu", ru_enabled: "Włączona", ru_paused: "Wstrzymana",
      ru_coupon_of: "kupon na {amount}", ru_min: "przy zamówieniach od {amount}", ru_no_min: "bez minimum",
      ru_valid_days: "ważny dni: {n}", ru_no_expiry: "bezterminowo",
      gk_coupon: "Kupon", gk_refund_line: "Zwrot za daną pozycję", gk_refund_order: "Zwrot za całe zamówienie", gk_none: "Nic (zakończ tutaj)",
      gk_coupon_words: "Kupon", gk_refund_line_words: "Zwrot za daną pozycję", gk_refund_order_words: "Zwrot za całe zamówienie",
      gk_none_words: "Nic; kolejne reguły nie są sprawdzane",
      gk_refund_line_of: "Zwrot {amount} (pozycja)", gk_refund_order_of: "Zwrot {amount} (zamówienie)",
      ru_delete_q: "Usunąć regułę {name}? Natychmiast przestanie przyznawać; rejestr zachowa jej wersje.", ru_deleted: "Usunięto: {name}.",
      ru_editing: "Edycja reguły {name} (wersja {version})", ru_creating: "Nowa reguła",
      ru_name_hint: "Do czego służy reguła, np. Spóźniona dostawa.",
      ru_id_hint: "Twoja własna nazwa, dla API i rejestru. Tworzona z nazwy; nie można jej później zmienić.",
      ru_when_hint: "Warunek CEL dotyczący incydentu, np. delay_minutes > 30 lub kind == \"underweight\" && missing_grams >= 100. Zmienne opisuje docs/compensation.md.",
      ru_kind: "Co przyznaje",
      ru_amount: "Wartość kuponu ({currency})", ru_amount_hint: "Kwota, np. 5 lub 4,50.", ru_no_currency: "Najpierw ustaw walutę sklepu w Ustawieniach sklepu.",
      ru_min_order: "Minimalne zamówienie", ru_min_order_hint: "Puste: kupon działa przy każdym zamówieniu.",
      ru_days: "Ważność (dni)", ru_days_hint: "Puste: bezterminowo.",
      ru_order_hint: "Niższe numery są sprawdzane najpierw.",
      ru_limit_hint: "Pomijaj klientów, którzy w ostatnich 30 dniach otrzymali tyle rekompensat. Puste: bez limitu.",
      ru_enabled_label: "Włączona: reguła przyznaje (odznacz, aby wstrzymać)",
      ru_id_taken: "Reguła o tym ID już istnieje; edytuj ją lub wybierz inne ID.",
      ru_saved: "Zapisano: {name} (wersja {version}).",
      dr_title: "Symulacja", dr_hint: "Co reguły przyznałyby za incydenty zarejestrowane przez kefu w tych dniach. Nic nie zostaje przyznane.",
      dr_since: "Od", dr_until: "Do", dr_run_current: "Symuluj obecne reguły", dr_run_draft: "Symuluj z tym szkicem",
      dr_running: "Trwa symulacja…", dr_bad_dates: "Wybierz daty.", dr_fix_draft: "Szkic zawiera błąd; zobacz formularz.",
      dr_summary: "Incydenty: {n}; coś otrzymałoby: {granted}, koszt: {cost}.",
      dr_with_draft: "Ze szkicem reguły {name}:",
      dr_limited: "Odtworzono tylko pierwsze 10 000 incydentów.", dr_no_rules: "Brak reguł do sprawdzenia.",
      dr_matched: "Rozstrzygnięte", dr_granted: "Przyznane", dr_errors: "Błędy", dr_cost: "Koszt", dr_draft: "szkic",
      dr_errors_title: "Błędy ({n})", dr_error_line: "Incydent {incident}, reguła {rule}: {message}",
      lg_title: "Rekompensaty", lg_hint: "Co przyznano klientom, na podstawie reguły lub przez konsultanta, od najnowszych. Cofnięty wpis pozostaje na liście z informacją, kto go cofnął i dlaczego.",
      lg_customer: "Klient", lg_customer_ph: "identyfikator klienta w Twoim sklepie", lg_order: "Zamówienie", lg_show: "Pokaż",
      lg_empty: "W tym okresie nic nie przyznano.",
      lg_date: "Data", lg_what: "Co", lg_by: "Przyznane przez",
      lg_coupon: "Kupon na {amount}", lg_rule: "Reguła {rule} (wersja {version})", lg_agent: "Konsultant {name}",
      lg_granted: "Przyznano", lg_revoked: "Cofnięto", lg_revoked_by: "{name}, {time}",
      lg_reason: "Powód", lg_reason_ph: "Dlaczego cofasz?", lg_revoke_q: "Cofnąć?",
      lg_reason_needed: "Podaj powód.", lg_revoked_done: "Cofnięto.",
      nav_review: "Do przeglądu",
      rq_title: "Do przeglądu",
      rq_hint: "Artykuły czekające na decyzję: szkice utworzone z nowych produktów i z rozmów rozwiązanych przez konsultantów, artykuły, które feed uczynił nieaktualnymi (zmieniła się cena lub nazwa, skończyła się promocja), oraz artykuły zgłoszone jako błędne. Nieaktualne artykuły i artykuły zgłoszone przez konsultantów nie odpowiadają klientom, dopóki ich nie zatwierdzisz.",
      rq_all: "Wszystkie ({n})", rq_stale: "Nieaktualne ({n})", rq_flagged: "Zgłoszone ({n})", rq_drafts: "Szkice ({n})",
      rq_empty: "Nic nie czeka na przegląd.",
      rq_kind_stale: "Nieaktualny", rq_kind_flagged: "Zgłoszony", rq_kind_draft: "Szkic",
      rq_withdrawn: "Nie odpowiada klientom do czasu przeglądu",
      rq_src_feed: "Feed {name}", rq_src_agent: "Konsultant", rq_src_customer: "Klient", rq_src_suggestions: "Zaproponowane na podstawie rozmów",
      rq_flag_line: "{source} · {who} · {time}", rq_flag_line_nobody: "{source} · {time}", rq_support: "Pytano w rozwiązanych przez konsultantów rozmowach: {n}", rq_reason_new_product: "Nowy produkt: {name} ({sku})", rq_reason_price: "Cena {name} ({sku}) zmieniła się z {old} na {new}", rq_reason_renamed: "{name} ({sku}) ma teraz nazwę {new_name}", rq_reason_discontinued: "{name} ({sku}) nie jest już sprzedawany", rq_reason_promo_code: "Promocja {promotion}: kod {code} to teraz {new_code}", rq_reason_promo_withdrawn: "Promocja {promotion} została wycofana", rq_reason_promo_ended: "Promocja {promotion} zakończyła się {time}", rq_reason_more: "i jeszcze {n}", fe_currency: "„{value}” to nie kod waluty, np. EUR lub SGD", fe_country: "„{value}” to nie kod kraju, np. GB, ani EU", fe_language: "„{value}” to nie kod języka, np. en, zh-Hant lub es-419", fe_canonical: "Wpisz „{want}” zamiast „{value}”", fe_regexp: "„{value}” to nie jest poprawne wyrażenie regularne", fe_range: "Wpisz liczbę od {min} do {max}", fe_min: "Wpisz {min} lub więcej", fe_cart_url: "Wpisz link http lub https z {sku} w miejscu SKU produktu", fe_queue_cap: "Wpisz -1 (bez limitu), 0 (domyślna wartość serwera) lub liczbę od 1 do {max}",
      rq_approve: "Zatwierdź i opublikuj", rq_edit: "Edytuj", rq_reject: "Odrzuć",
      rq_reason: "Powód", rq_reason_ph: "Dlaczego odrzucasz?", rq_reason_needed: "Podaj powód.",
      rq_confirm_reject: "Odrzuć", rq_save: "Zapisz nową wersję",
      rq_approved: "Zatwierdzono: {title}", rq_rejected: "Odrzucono: {title}", rq_edited: "Zapisano nową wersję: {title}. Zatwierdź ją, aby opublikować.",
      rq_suggest: "Zaproponuj artykuły na podstawie rozwiązanych rozmów",
      rq_suggested: "Propozycje: {n} (nowe: {new}) z rozmów: {conversations}.",
      rq_version: "wersja {n}",
      rq_feeds: "Feedy", rq_feed_kefu: "Feed kefu", rq_feed_shopify: "Shopify", rq_feed_google: "Google Merchant Center",
      rq_feed_polled: "pobierany co {interval}", rq_feed_webhook: "dostarczany na webhook",
      rq_feed_add: "Dodaj feed", rq_feed_edit: "Edytuj", rq_feed_poll: "Pobierz teraz", rq_feed_delete: "Usuń",
      rq_feed_delete_q: "Usunąć feed {name}? Produkty i artykuły, które utworzył, pozostaną.", rq_feed_deleted: "Usunięto feed {name}.",
      rq_feed_saved: "Zapisano feed {name}.", rq_feed_polled_now: "Pobrano {name}: w feedzie {products}, nowe {new}, z nową ceną {changes}, artykuły nieaktualne {stale}.",
      rq_feed_creating: "Nowy feed", rq_feed_editing: "Feed {name}",
      rq_feed_name: "Nazwa", rq_feed_name_hint: "Małe litery, cyfry, - i _, np. shopify. Jest częścią adresu webhooka i nie można jej zmienić.",
      rq_feed_format: "Format", rq_feed_url: "Adres do pobierania", rq_feed_url_hint: "Opcjonalnie: kefu pobiera ten adres w odstępie podanym niżej. Puste: feed przychodzi tylko na webhook.",
      rq_feed_interval: "Pobieraj co", rq_feed_language: "Język nazw", rq_feed_language_hint: "Dla feedów Shopify i Google, które zawierają jeden język. Puste: domyślny język sklepu.",
      rq_feed_currency: "Waluta cen", rq_feed_currency_hint: "Dla feedów Shopify, których ceny nie podają waluty, np. PLN.",
      rq_feed_secret: "Sekret podpisu", rq_feed_secret_hint: "Wspólny z nadawcą, który podpisuje każdą dostawę (HMAC-SHA256). Puste: zachowaj obecny.",
      rq_feed_secret_set: "Sekret jest ustawiony.", rq_feed_hooks: "Webhook z kluczem API administracyjnego: {keyed}  ·  podpisany, bez klucza (Shopify): {signed}",
      rq_feed_never: "jeszcze nic nie odebrano", rq_feed_ok: "ostatnio odebrano {time}", rq_feed_failed: "ostatnia dostawa nieudana {time}: {error}",
      nav_profiles: "Wiedza o produktach",
      pk_title: "Wiedza o produktach",
      pk_hint: "Co kefu wie o każdym produkcie, odczytane z karty produktu i listy składników: dla kogo jest odpowiedni, czego unikać, przestrogi i nie tylko. Przy każdym tagu widać, skąd pochodzi. Twoje zmiany mają pierwszeństwo przed tym, co wywnioskował kefu, i zostają, gdy produkt się zmieni.",
      pk_find: "Znajdź produkt", pk_find_ph: "nazwa lub SKU", pk_pick: "Produkt", pk_none: "Brak pasujących produktów.",
      pk_no_products: "Katalog jest pusty: najpierw prześlij produkty.",
      pk_partial: "Podano tylko kluczowe składniki, więc kefu nie wie, czego produkt nie zawiera (bez zapachu, bez wysuszającego alkoholu, …).",
      pk_derived: "Wywnioskowano {time}", pk_unknown: "nieznane",
      pk_edits: "Twoje zmiany", pk_edits_hint: "Wartości oddzielone przecinkami; dodaj - na początku, aby usunąć wartość wywnioskowaną przez kefu (np. oily, -dry).",
      pk_save: "Zapisz zmiany", pk_saved: "Zapisano; profil wywnioskowano ponownie.", pk_remove: "Usuń", pk_remove_label: "Usuń {value} z: {dimension}",
      pk_shop: "ustawione przez sklep",
      pk_lv_ok: "odpowiedni", pk_lv_caution: "ostrożnie", pk_lv_avoid: "unikać",
      ev_ingredient: "Składnik {ingredients}", ev_ingredient_rule: "Składnik {ingredients} ({rule})",
      ev_rule_plain: "Reguła {rule}", ev_rule: "Reguła {rule}, ponieważ {because}", ev_rule_ings: "Reguła {rule}, ponieważ {because}; na podstawie: {ingredients}",
      ev_attribute: "Atrybut produktu „{attribute}”", ev_text: "Słowa „{note}” w atrybucie produktu {attribute}",
      ev_catalog: "Ceny w katalogu: {note}", ev_shop: "Ustawione przez sklep ({attribute})", ev_note: "{text}: {note}",
      dim_category: "Kategoria", dim_brand: "Marka", dim_step: "Etap pielęgnacji", dim_ingredients: "Składniki", dim_actives: "Składniki aktywne",
      dim_strength: "Stężenie", dim_fragrance: "Zapach", dim_alcohol: "Alkohol", dim_silicones: "Silikony",
      dim_comedogenic: "Zapychanie porów", dim_irritants: "Substancje drażniące", dim_efficacy: "Działanie", dim_suits_skin: "Dla cery",
      dim_avoid_skin: "Nie dla cery", dim_suits_concern: "Pomaga na", dim_avoid_concern: "Nie przy", dim_cautions: "Przestrogi",
      dim_conflicts: "Nie łączyć z", dim_pregnancy: "Ciąża", dim_time_of_day: "Pora dnia", dim_season: "Pora roku",
      dim_finish: "Wykończenie", dim_texture: "Konsystencja", dim_coverage: "Krycie", dim_spf: "Ochrona przeciwsłoneczna", dim_price_band: "Przedział cenowy"
    }
  };

  // The page's texts in its language (labels.js: English the fallback,
  // Cantonese and Traditional Chinese reading zh-Hant, Tagalog Filipino,
  // {name} placeholders filled as plain text).
  var texts = window.kefuLabels.texts(TEXT);
  // Until someone signs in, the page reads the browser's first language
  // it speaks (as the server chose for <html lang> and the title).
  var lang = texts.first(browserLanguages());

  // browserLanguages are the browser's languages by preference (its
  // language is the first of its languages in every browser we know).
  function browserLanguages() {
    return [navigator.language].concat(navigator.languages ? Array.prototype.slice.call(navigator.languages) : []);
  }

  // agentPageLanguage is the language of the page for a signed-in agent
  // (GET /console/api/me): the first of their languages the page speaks;
  // for an agent who lists none, the shop's default language (which the
  // server sends as language); else the browser's. http.adminLanguage
  // chooses the same on the server.
  function agentPageLanguage(me) {
    var own = (me.agent && me.agent.languages) || [];
    var tags = own.length ? own.slice() : [me.language];
    return texts.first(tags.concat(browserLanguages()));
  }

  // t returns a text of the page's language; numbers among vars are
  // written as its readers write them (10.000 incidencias, 10,000 เหตุการณ์).
  function t(key, vars) {
    if (vars) {
      var v = {};
      Object.keys(vars).forEach(function (k) { v[k] = typeof vars[k] === "number" ? fmtNumber(vars[k]) : vars[k]; });
      vars = v;
    }
    return texts.t(lang, key, vars);
  }

  function fmtNumber(n) {
    try { return new Intl.NumberFormat(loc()).format(n); } catch (e) { return String(n); }
  }

  // loc is the locale numbers, dates and money are formatted in: the
  // page's language, with the Gregorian calendar for Thai (as the rest of
  // kefu shows dates) and Western digits for Arabic (labels.js locale).
  function loc() { return window.kefuLabels.locale(lang); }

  // applyTexts translates the static parts of the page: data-i18n is the
  // text, data-i18n-placeholder and -aria-label the attributes; the
  // demo's accounts on the sign-in stay <code>.
  function applyTexts() {
    document.documentElement.setAttribute("lang", lang);
    document.documentElement.setAttribute("dir", window.kefuLabels.dir(lang));
    document.title = t("title");
    var nodes = document.querySelectorAll("[data-i18n]");
    for (var i = 0; i < nodes.length; i++) nodes[i].textContent = t(nodes[i].getAttribute("data-i18n"));
    ["placeholder", "aria-label"].forEach(function (a) {
      var ns = document.querySelectorAll("[data-i18n-" + a + "]");
      for (var j = 0; j < ns.length; j++) ns[j].setAttribute(a, t(ns[j].getAttribute("data-i18n-" + a)));
    });
    var demo = $("login-demo-hint");
    if (demo) {
      var codes = {};
      var cs = demo.querySelectorAll("code[data-name]");
      for (var k = 0; k < cs.length; k++) codes[cs[k].getAttribute("data-name")] = cs[k].textContent;
      clear(demo);
      t("login_demo").split(/(\{[a-z0-9_]+\})/).forEach(function (part) {
        var name = /^\{([a-z0-9_]+)\}$/.exec(part);
        if (name && codes[name[1]] !== undefined) demo.appendChild(el("code", { "data-name": name[1], text: codes[name[1]] }));
        else if (part) demo.appendChild(document.createTextNode(part));
      });
    }
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
    if (isNaN(d)) return "";
    try { return d.toLocaleString(loc(), { dateStyle: "medium", timeStyle: "short" }); } catch (e) { return d.toLocaleString(loc()); }
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
    return fetch(path, opts).then(null, function () {
      var err = new Error(t("err_network"));
      err.status = 0;
      err.code = "";
      throw err;
    }).then(function (res) {
      var etag = res.headers.get("ETag") || "";
      if (res.status === 204) return { data: {}, etag: etag, status: 204 };
      return res.json().catch(function () { return {}; }).then(function (data) {
        if (!res.ok) {
          var e = data.error || {};
          var err = new Error(errText(e, res.status));
          err.status = res.status;
          err.code = e.code || "";
          err.field = e.field || "";
          err.items = e.items || [];
          err.retryAfter = parseInt(res.headers.get("Retry-After") || "", 10) || 0;
          if (res.status === 401 && state.me) sessionOver();
          throw err;
        }
        return { data: data, etag: etag, status: res.status };
      });
    });
  }

  // errText is an API error for people. The server's sentences are
  // English: a page in another language says what went wrong by the
  // rule the value failed when the server names one (shop settings,
  // language tags), else by the error's code, unless the error names a
  // field (its sentence then says what is wrong with the value, which the
  // code cannot).
  function errText(e, status) {
    // A value that failed a rule the server names (e.rule, with its
    // values in e.params) is said in the page's words.
    if (lang !== "en" && e.rule && TEXT.en["fe_" + e.rule]) return t("fe_" + e.rule, e.params || {});
    if (lang !== "en" && !e.field && e.code && TEXT.en["err_" + e.code]) return t("err_" + e.code);
    return e.message || ("HTTP " + status);
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
      // The header names the shop as it is now, renames included.
      if (r.data.name) $("me-tenant").textContent = r.data.name;
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
      var n = new Intl.DisplayNames([loc()], { type: "language" }).of(tag);
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
    var cartURL = el("input", { id: "set-cart-url", type: "url", value: s.cart_url || "", autocomplete: "off", placeholder: "https://shop.example/cart/add?sku={sku}" });
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
    var llmAnswers = el("input", { id: "set-llm-answers", type: "checkbox" });
    llmAnswers.checked = !!s.llm_answers;

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

    form.appendChild(el("p", { "class": "muted", id: "settings-shop", text: t("settings_shop", { name: shop.data.name, id: shop.data.shop }) }));
    form.appendChild(el("fieldset", null, el("legend", { text: t("set_language_legend") }),
      field("languages", t("set_languages"), languages, t("set_languages_hint")),
      field("default_language", t("set_default_language"), defLang, t("set_default_language_hint"))));
    form.appendChild(el("fieldset", null, el("legend", { text: t("set_currency") + " · " + t("set_timezone") }),
      field("currency", t("set_currency"), currency, t("set_currency_hint")),
      field("timezone", t("set_timezone"), tz, t("set_timezone_hint")), zones,
      field("cart_url", t("set_cart_url"), cartURL, t("set_cart_url_hint"))));
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
    form.appendChild(el("fieldset", { "data-field": "llm_answers" }, el("legend", { text: t("set_llm") }),
      el("div", { "class": "check" }, llmAnswers, el("label", { "for": llmAnswers.id, text: t("set_llm_answers") })),
      el("p", { "class": "hint", text: t("set_llm_hint") })));
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
      next.cart_url = cartURL.value.trim();
      next.no_anger_handoff = !anger.checked;
      next.no_sensitive_handoff = !sensitive.checked;
      next.widget_enabled = widget.checked;
      next.llm_answers = llmAnswers.checked;
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

  // ---- review queue ----

  // The review queue (GET /v1/admin/review): articles with open flags,
  // withdrawn ones first. Approve publishes and closes the flags; reject
  // needs a reason; edit saves a new version and keeps the article queued.
  addSection({ id: "review", label: "nav_review", show: showReview });

  function flagSource(src) {
    if (src.indexOf("feed:") === 0) return t("rq_src_feed", { name: src.slice(5) });
    var key = "rq_src_" + src;
    return TEXT.en[key] ? t(key) : src;
  }

  function showReview(panel) {
    var kind = "";
    var status = message();
    var tabs = el("div", { "class": "tabs", role: "tablist", id: "rq-tabs" });
    var suggest = el("button", { type: "button", id: "rq-suggest", text: t("rq_suggest") });
    panel.appendChild(el("div", { "class": "section-head" }, el("h2", { text: t("rq_title") }), el("span", { "class": "spacer" }), suggest));
    panel.appendChild(el("p", { "class": "hint", text: t("rq_hint") }));
    var feeds = el("div", { id: "rq-feeds", "class": "rq-feeds" });
    var list = el("div", { id: "rq-list" });
    panel.appendChild(feeds);
    panel.appendChild(tabs);
    panel.appendChild(status);
    panel.appendChild(list);
    var queue = { items: [], counts: {} };

    // load reads the queue and the feeds and renders them; refresh is
    // load showing its error. Actions say they worked once the list
    // shows the result.
    var load = function () {
      return Promise.all([api("GET", "/v1/admin/review"), api("GET", "/v1/admin/feeds")]).then(function (r) {
        queue = r[0].data;
        renderFeeds(r[1].data.items || []);
        render();
      });
    };
    var refresh = function () { return load().catch(function (err) { sayError(status, err); }); };

    // renderFeeds shows the shop's feed sources, how their last delivery
    // went and their actions (docs/feeds.md).
    var feedWork = el("div", { id: "rq-feed-work" });
    var renderFeeds = function (items) {
      clear(feeds);
      var add = on(el("button", { type: "button", id: "rq-feed-add", text: t("rq_feed_add") }), "click", function () { openFeed(null); });
      feeds.appendChild(el("div", { "class": "section-head" }, el("h3", { text: t("rq_feeds") }), el("span", { "class": "spacer" }), add));
      var ul = el("ul", { "class": "rq-feed-list" });
      items.forEach(function (f) {
        var how = f.url ? t("rq_feed_polled", { interval: durationText(f.interval) })
          : t("rq_feed_webhook");
        var last = !f.last_run_at ? t("rq_feed_never")
          : f.last_error ? t("rq_feed_failed", { time: fmtTime(f.last_run_at), error: f.last_error })
          : t("rq_feed_ok", { time: fmtTime(f.last_run_at) });
        ul.appendChild(el("li", { "class": "rq-feed", "data-name": f.name, "data-failed": f.last_error ? "true" : "false" },
          el("strong", { text: f.name }), " · ", el("span", { text: TEXT.en["rq_feed_" + f.format] ? t("rq_feed_" + f.format) : f.format }),
          " · ", el("span", { "class": "muted", text: how }), " · ",
          el("span", { "class": f.last_error ? "error rq-feed-last" : "muted rq-feed-last", text: last }), " ", feedActions(f)));
      });
      feeds.appendChild(ul);
      feeds.appendChild(feedWork);
    };

    var feedPath = function (name) { return "/v1/admin/feeds/" + encodeURIComponent(name); };

    var feedActions = function (f) {
      var box = el("span", { "class": "rq-feed-actions" });
      box.appendChild(on(el("button", { type: "button", "class": "act-feed-edit", text: t("rq_feed_edit") }), "click", function () { openFeed(f); }));
      if (f.url) {
        var poll = el("button", { type: "button", "class": "act-feed-poll", text: t("rq_feed_poll") });
        on(poll, "click", function () {
          say(status, "");
          poll.disabled = true;
          api("POST", feedPath(f.name) + "/poll").then(function (r) {
            var d = r.data;
            return load().then(function () {
              say(status, t("rq_feed_polled_now", { name: f.name, products: d.products || 0, "new": d.new_products || 0, changes: d.price_changes || 0, stale: d.stale || 0 }), "ok");
            });
          }).catch(function (err) { sayError(status, err); return load().catch(function () {}); }).then(function () { poll.disabled = false; });
        });
        box.appendChild(poll);
      }
      var del = el("button", { type: "button", "class": "act-feed-delete", text: t("rq_feed_delete") });
      on(del, "click", function () {
        confirmInline(del, t("rq_feed_delete_q", { name: f.name }), t("rq_feed_delete"), function () {
          say(status, "");
          api("DELETE", feedPath(f.name)).then(load).then(function () { say(status, t("rq_feed_deleted", { name: f.name }), "ok"); })
            .catch(function (err) { sayError(status, err, refresh); });
        });
      });
      box.appendChild(del);
      return box;
    };

    // openFeed edits feed f, or (null) creates one.
    var openFeed = function (f) {
      clear(feedWork);
      var box = el("section", { "class": "editor", id: "feed-editor", "data-mode": f ? "edit" : "new" });
      var name = el("input", { id: "feed-name", maxlength: 64, required: true, pattern: "[a-z0-9_-]+", value: f ? f.name : "" });
      if (f) name.disabled = true;
      var format = el("select", { id: "feed-format" });
      ["kefu", "shopify", "google"].forEach(function (x) {
        format.appendChild(el("option", { value: x, text: t("rq_feed_" + x), selected: f && f.format === x }));
      });
      var url = el("input", { id: "feed-url", type: "url", maxlength: 2000, value: f && f.url ? f.url : "", placeholder: "https://" });
      var interval = el("select", { id: "feed-interval" });
      var cur = f && f.interval ? f.interval : "15m0s";
      ["5m0s", "15m0s", "1h0m0s", "6h0m0s", "24h0m0s"].forEach(function (o) {
        interval.appendChild(el("option", { value: o, text: durationText(o), selected: o === cur }));
      });
      var language = el("input", { id: "feed-language", "class": "short", maxlength: 35, value: f && f.language ? f.language : "", placeholder: "en" });
      var currency = el("input", { id: "feed-currency", "class": "short", maxlength: 3, value: f && f.currency ? f.currency : "", placeholder: "EUR" });
      var secret = el("input", { id: "feed-secret", type: "password", maxlength: 200, autocomplete: "new-password" });
      var err = el("p", { "class": "error", role: "alert", id: "feed-error" });
      var save = el("button", { type: "button", "class": "primary", id: "feed-save", text: t("save") });
      var cancel = on(el("button", { type: "button", text: t("cancel") }), "click", function () { clear(feedWork); });
      var base = location.origin;
      var hooks = f ? el("p", { "class": "hint", id: "feed-hooks", text: t("rq_feed_hooks", {
        keyed: "POST " + base + feedPath(f.name),
        signed: "POST " + base + "/v1/feeds/" + encodeURIComponent((state.me && state.me.tenant_id) || "") + "/" + encodeURIComponent(f.name) }) }) : null;
      on(save, "click", function () {
        err.textContent = "";
        var n = name.value.trim();
        if (!/^[a-z0-9_-]{1,64}$/.test(n)) { err.textContent = t("rq_feed_name_hint"); name.focus(); return; }
        var body = { format: format.value, language: language.value.trim(), currency: currency.value.trim().toUpperCase() };
        if (url.value.trim()) { body.url = url.value.trim(); body.interval = interval.value; }
        if (secret.value) body.secret = secret.value;
        say(status, "");
        api("PUT", feedPath(n), body).then(function () {
          clear(feedWork);
          return load().then(function () { say(status, t("rq_feed_saved", { name: n }), "ok"); });
        }).catch(function (e) { err.textContent = e.message; });
      });
      box.appendChild(el("h3", { text: f ? t("rq_feed_editing", { name: f.name }) : t("rq_feed_creating") }));
      box.appendChild(field("name", t("rq_feed_name"), name, t("rq_feed_name_hint")));
      box.appendChild(field("format", t("rq_feed_format"), format));
      box.appendChild(field("url", t("rq_feed_url"), url, t("rq_feed_url_hint")));
      box.appendChild(field("interval", t("rq_feed_interval"), interval));
      box.appendChild(field("language", t("rq_feed_language"), language, t("rq_feed_language_hint")));
      box.appendChild(field("currency", t("rq_feed_currency"), currency, t("rq_feed_currency_hint")));
      box.appendChild(field("secret", t("rq_feed_secret"), secret, (f && f.secret_set ? t("rq_feed_secret_set") + " " : "") + t("rq_feed_secret_hint")));
      if (hooks) box.appendChild(hooks);
      box.appendChild(err);
      box.appendChild(el("div", { "class": "cell-actions" }, save, cancel));
      feedWork.appendChild(box);
      (f ? format : name).focus();
    };

    var render = function () {
      clear(tabs);
      var c = queue.counts || {};
      var total = (c.stale || 0) + (c.flagged || 0) + (c.draft || 0);
      [["", "rq_all", total], ["stale", "rq_stale", c.stale || 0], ["flagged", "rq_flagged", c.flagged || 0], ["draft", "rq_drafts", c.draft || 0]].forEach(function (tab) {
        var b = el("button", { type: "button", role: "tab", "data-kind": tab[0] || "all", "aria-selected": kind === tab[0] ? "true" : "false", text: t(tab[1], { n: tab[2] }) });
        on(b, "click", function () { kind = tab[0]; render(); });
        tabs.appendChild(b);
      });
      clear(list);
      var items = (queue.items || []).filter(function (it) { return !kind || it.kind === kind; });
      if (!items.length) { list.appendChild(el("p", { "class": "muted", id: "rq-empty", text: t("rq_empty") })); return; }
      items.forEach(function (it) { list.appendChild(card(it)); });
    };

    // reasonText words one of a flag's structured reasons (the feed and
    // promotion changes kefu flags articles for) in the page's language;
    // null for a code this page does not know.
    var reasonText = function (r) {
      var p = r.params || {};
      switch (r.code) {
        case "price_changed":
          return t("rq_reason_price", { name: p.name, sku: p.sku, old: fmtAmount(p.old_amount, p.old_currency), "new": fmtAmount(p.new_amount, p.new_currency) });
        case "renamed": return t("rq_reason_renamed", { name: p.name, sku: p.sku, new_name: p.new_name });
        case "discontinued": return t("rq_reason_discontinued", { name: p.name, sku: p.sku });
        case "promotion_code_changed": return t("rq_reason_promo_code", { promotion: p.promotion, code: p.code, new_code: p.new_code });
        case "promotion_withdrawn": return t("rq_reason_promo_withdrawn", { promotion: p.promotion });
        case "promotion_ended": return t("rq_reason_promo_ended", { promotion: p.promotion, time: fmtTime(p.ended) });
      }
      return null;
    };

    // flagReason is what a flag's reason says, in the page's language
    // where the flag's kind and source tell what the server's English
    // sentence was made of: a feed's draft is a new product (the draft is
    // the product's page: its title and SKU tag); a suggestion's reason
    // is its support, which the support line already says; a feed's or a
    // promotion's changes come in parts (f.reasons). Other reasons (an
    // agent's words, flags stored before reasons had parts) are shown as
    // written.
    var flagReason = function (f, a) {
      if (f.source === "suggestions" && f.support) return "";
      var parts = (f.reasons || []).map(reasonText);
      if (parts.length && parts.indexOf(null) < 0) {
        var shown = parts.slice(0, 3).join("; ");
        return parts.length > 3 ? shown + "; " + t("rq_reason_more", { n: parts.length - 3 }) : shown;
      }
      if (f.kind === "draft" && /^feed:/.test(f.source || "") && a && a.title) {
        var sku = (a.tags || []).filter(function (x) { return x !== "product"; })[0] || "";
        return t("rq_reason_new_product", { name: a.title, sku: sku });
      }
      return f.reason || "";
    };

    var card = function (it) {
      var a = it.article;
      var flags = el("ul", { "class": "rq-flags" });
      (it.flags || []).forEach(function (f) {
        var source = flagSource(f.source);
        var reason = flagReason(f, a);
        // A feed signs its flags with its own name: say it once.
        var line = !f.by || f.by.toLowerCase() === source.toLowerCase() ? t("rq_flag_line_nobody", { source: source, time: fmtTime(f.created_at) })
          : t("rq_flag_line", { source: source, who: f.by, time: fmtTime(f.created_at) });
        flags.appendChild(el("li", { "class": "rq-flag", "data-kind": f.kind },
          el("span", { "class": "muted small", text: line }),
          reason ? el("div", { "class": "rq-reason", dir: "auto", text: reason }) : null,
          f.support ? el("div", { "class": "muted small rq-support", text: t("rq_support", { n: f.support }) }) : null));
      });
      var work = el("div", { "class": "rq-work" });
      var actions = el("div", { "class": "cell-actions" });
      var approve = el("button", { type: "button", "class": "primary act-approve", text: t("rq_approve") });
      var edit = el("button", { type: "button", "class": "act-edit", text: t("rq_edit") });
      var reject = el("button", { type: "button", "class": "act-reject", text: t("rq_reject") });
      actions.appendChild(approve);
      actions.appendChild(edit);
      actions.appendChild(reject);
      var path = "/v1/admin/review/" + encodeURIComponent(a.id);
      on(approve, "click", function () {
        say(status, "");
        api("POST", path + "/approve", {}).then(load).then(function () {
          say(status, t("rq_approved", { title: a.title }), "ok");
        }).catch(function (err) { sayError(status, err, refresh); });
      });
      on(reject, "click", function () {
        clear(work);
        var reason = el("input", { id: "rq-reason-" + a.id, "class": "rq-reason-input", maxlength: 2000, placeholder: t("rq_reason_ph") });
        var err = el("p", { "class": "field-error error", role: "alert" });
        var ok = el("button", { type: "button", "class": "danger act-confirm-reject", text: t("rq_confirm_reject") });
        var cancel = el("button", { type: "button", text: t("cancel") });
        on(cancel, "click", function () { clear(work); });
        on(ok, "click", function () {
          if (!reason.value.trim()) { err.textContent = t("rq_reason_needed"); reason.setAttribute("aria-invalid", "true"); reason.focus(); return; }
          say(status, "");
          api("POST", path + "/reject", { reason: reason.value.trim() }).then(function () {
            return load().then(function () { say(status, t("rq_rejected", { title: a.title }), "ok"); }, function (e) { sayError(status, e); });
          }, function (e) { err.textContent = e.message; });
        });
        work.appendChild(el("div", { "class": "field" }, el("label", { "for": reason.id, text: t("rq_reason") }), reason, err,
          el("div", { "class": "cell-actions" }, ok, cancel)));
        reason.focus();
      });
      on(edit, "click", function () {
        clear(work);
        var title = el("input", { id: "rq-title-" + a.id, "class": "rq-title-input", maxlength: 500 });
        title.value = a.title;
        var body = el("textarea", { id: "rq-body-" + a.id, "class": "rq-body-input", rows: 8 });
        body.value = a.body;
        var err = el("p", { "class": "field-error error", role: "alert" });
        var save = el("button", { type: "button", "class": "primary act-save", text: t("rq_save") });
        var cancel = el("button", { type: "button", text: t("cancel") });
        on(cancel, "click", function () { clear(work); });
        on(save, "click", function () {
          say(status, "");
          api("PUT", path, { title: title.value, body: body.value }).then(function () {
            return load().then(function () { say(status, t("rq_edited", { title: title.value }), "ok"); }, function (e) { sayError(status, e); });
          }, function (e) { err.textContent = e.message; });
        });
        work.appendChild(el("div", { "class": "editor" },
          el("div", { "class": "field" }, el("label", { "for": title.id, text: t("kn_title_field") }), title),
          el("div", { "class": "field" }, el("label", { "for": body.id, text: t("kn_body") }), body), err,
          el("div", { "class": "cell-actions" }, save, cancel)));
        title.focus();
      });
      return el("section", { "class": "review-item rq-item card", "data-kind": it.kind, "data-key": a.key, "data-language": a.language,
        "data-withdrawn": it.withdrawn ? "true" : "false", "data-testid": "rq-item" },
        el("div", { "class": "group-head" },
          el("span", { "class": "badge rq-kind", "data-kind": it.kind, text: t("rq_kind_" + it.kind) }),
          el("span", { "class": "badge lang", title: languageName(a.language), text: a.language }),
          statusBadge(a.status),
          el("span", { "class": "muted small", text: t("rq_version", { n: a.version }) + " · " + t("kn_updated", { time: fmtTime(a.updated_at) }) }),
          it.withdrawn ? el("span", { "class": "badge rq-withdrawn", text: t("rq_withdrawn") }) : null),
        el("h3", { "class": "article-title", dir: "auto", text: a.title }),
        el("div", { "class": "article-body", dir: "auto", text: a.body }),
        flags, actions, work);
    };

    on(suggest, "click", function () {
      suggest.disabled = true;
      say(status, "");
      api("POST", "/v1/admin/suggestions", {}).then(function (r) {
        var fresh = (r.data.suggestions || []).filter(function (s) { return s.new; }).length;
        return load().then(function () {
          say(status, t("rq_suggested", { n: (r.data.suggestions || []).length, "new": fresh, conversations: r.data.conversations }), "ok");
        });
      }).catch(function (err) { sayError(status, err); }).then(function () { suggest.disabled = false; });
    });

    refresh();
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

  // ---- shared by promotions, canned replies, agents and keys ----

  // confirmInline asks question beside button instead of window.confirm
  // (which blocks the page and which browsers may suppress): button is
  // hidden while the question, a red OK button and Cancel are shown;
  // onOK runs after OK.
  function confirmInline(button, question, okLabel, onOK) {
    var ok = el("button", { type: "button", "class": "danger confirm-ok", text: okLabel });
    var no = el("button", { type: "button", "class": "confirm-cancel", text: t("cancel") });
    var box = el("span", { "class": "confirm", role: "group", "aria-label": question }, el("span", { "class": "confirm-q", text: question }), ok, no);
    var close = function () { if (box.parentNode) box.parentNode.removeChild(box); button.hidden = false; };
    on(no, "click", function () { close(); button.focus(); });
    on(ok, "click", function () { close(); onOK(); });
    button.hidden = true;
    button.parentNode.insertBefore(box, button.nextSibling);
    no.focus();
  }

  // languageNames names a list of language tags: "English (en), Chinese (zh)".
  function languageNames(tags) {
    return (tags || []).map(languageName).join(", ");
  }

  function fmtDate(s) {
    var d = new Date(s);
    return isNaN(d) ? "" : d.toLocaleDateString(loc(), { year: "numeric", month: "short", day: "numeric" });
  }

  // durationText says a Go duration of whole minutes ("1h30m0s") in the
  // page's language: "90 min", "6 h", "6 ชม."; anything else as it is.
  function durationText(d) {
    var m = /^(?:(\d+)h)?(?:(\d+)m)?(?:0s)?$/.exec(String(d || ""));
    if (!m || !(m[1] || m[2])) return String(d || "");
    var mins = Number(m[1] || 0) * 60 + Number(m[2] || 0);
    return mins % 60 === 0 ? t("dur_hours", { n: mins / 60 }) : t("dur_minutes", { n: mins });
  }

  // currencyDigits is how many decimals an ISO 4217 currency has (JPY 0,
  // EUR 2, KWD 3), as the browser knows it; 2 for unknown codes.
  function currencyDigits(cur) {
    try {
      return new Intl.NumberFormat("en", { style: "currency", currency: cur }).resolvedOptions().maximumFractionDigits;
    } catch (e) { return 2; }
  }

  // fmtMoney shows an amount in minor units, e.g. 5000 EUR as "€50.00".
  // fmtAmount formats a decimal amount ("17.90") of currency cur in the
  // page's language; the amount as given when it is not a number.
  function fmtAmount(dec, cur) {
    var v = Number(dec);
    if (dec === undefined || dec === "" || isNaN(v)) return String(dec || "");
    try { return cur ? new Intl.NumberFormat(loc(), { style: "currency", currency: cur }).format(v) : new Intl.NumberFormat(loc()).format(v); } catch (e) { return dec + (cur ? " " + cur : ""); }
  }

  function fmtMoney(minor, cur) {
    var d = currencyDigits(cur);
    var v = minor / Math.pow(10, d);
    try { return new Intl.NumberFormat(loc(), { style: "currency", currency: cur }).format(v); } catch (e) { return v.toFixed(d) + " " + cur; }
  }

  // minorOf converts a decimal amount in major units ("12.5") to minor
  // units of cur, exactly (no floating point); NaN when it is not a plain
  // decimal with at most the currency's decimals.
  function minorOf(s, cur) {
    var d = currencyDigits(cur);
    var m = /^(\d{1,13})(?:[.,](\d*))?$/.exec(String(s).trim());
    if (!m || (m[2] || "").length > d) return NaN;
    var frac = (m[2] || "") + new Array(d + 1).join("0");
    return Number(m[1] + frac.slice(0, d));
  }

  // majorOf shows minor units as the decimal a person types ("12.50").
  function majorOf(minor, cur) {
    if (!minor) return "";
    var d = currencyDigits(cur);
    return d ? (minor / Math.pow(10, d)).toFixed(d) : String(minor);
  }

  // localInput and fromLocalInput convert between RFC 3339 and the value
  // of an <input type="datetime-local">, which is in the browser's zone.
  function localInput(s) {
    var d = s ? new Date(s) : null;
    if (!d || isNaN(d) || d.getFullYear() < 1971) return "";
    var p = function (n) { return (n < 10 ? "0" : "") + n; };
    return d.getFullYear() + "-" + p(d.getMonth() + 1) + "-" + p(d.getDate()) + "T" + p(d.getHours()) + ":" + p(d.getMinutes());
  }
  function fromLocalInput(v) {
    if (!v) return "";
    var d = new Date(v);
    return isNaN(d) ? null : d.toISOString().replace(/\.\d{3}Z$/, "Z");
  }

  function browserZone() {
    try { return Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) { return ""; }
  }

  // slug makes an id from a title: "Where is my parcel?" -> "where-is-my-parcel".
  function slug(s) {
    return String(s || "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60);
  }

  // byShopLanguage orders language tags: the shop's languages first, in
  // the shop's order, then the others alphabetically.
  function byShopLanguage(a, b) {
    var langs = shopLanguages();
    var ia = langs.indexOf(a), ib = langs.indexOf(b);
    if (ia < 0) ia = 1000;
    if (ib < 0) ib = 1000;
    return ia - ib || (a < b ? -1 : a > b ? 1 : 0);
  }

  // itemPath is the API path of one item of a kind named by id.
  function itemPath(kind, id) { return "/v1/" + kind + "/" + encodeURIComponent(id); }

  // ---- promotions ----

  addSection({ id: "promotions", label: "nav_promotions", show: showPromotions });

  // promoState says whether p runs at now: "active", "scheduled" (starts
  // later) or "ended".
  function promoState(p, now) {
    if (p.start && new Date(p.start) > now) return "scheduled";
    if (p.end && new Date(p.end) <= now) return "ended";
    return "active";
  }

  function showPromotions(panel) {
    var status = message();
    var newBtn = el("button", { type: "button", id: "promo-new", "class": "primary", text: t("pr_new") });
    panel.appendChild(el("div", { "class": "section-head" }, el("h2", { text: t("pr_title") }), el("span", { "class": "spacer" }), newBtn));
    panel.appendChild(el("p", { "class": "hint", text: t("pr_hint") }));
    panel.appendChild(status);
    var work = el("div", { id: "promo-work" });
    var list = el("div", { id: "promotions" });
    panel.appendChild(work);
    panel.appendChild(list);
    var promos = [];

    var refresh = function () {
      return Promise.all([loadAll("/v1/promotions"), state.shop ? Promise.resolve(state.shop) : loadShop()]).then(function (r) {
        promos = r[0];
        render();
      }).catch(function (err) { sayError(status, err); });
    };

    var render = function () {
      clear(list);
      if (!promos.length) { list.appendChild(el("p", { "class": "muted", id: "promo-empty", text: t("pr_empty") })); return; }
      var now = new Date();
      var rank = { active: 0, scheduled: 1, ended: 2 };
      promos.slice().sort(function (a, b) {
        return rank[promoState(a, now)] - rank[promoState(b, now)] || (a.id < b.id ? -1 : 1);
      }).forEach(function (p) { list.appendChild(promoCard(p, now)); });
    };

    var promoCard = function (p, now) {
      var st = promoState(p, now);
      var stText = st === "active" ? t("pr_active") : st === "scheduled" ? t("pr_scheduled", { time: fmtTime(p.start) }) : t("pr_ended", { time: fmtTime(p.end) });
      var period = p.start && p.end ? t("pr_from_until", { start: fmtTime(p.start), end: fmtTime(p.end) })
        : p.start ? t("pr_from", { start: fmtTime(p.start) })
        : p.end ? t("pr_until", { end: fmtTime(p.end) }) : t("pr_always");
      var langs = Object.keys(p.text || {}).sort(byShopLanguage);
      var texts = el("div", { "class": "article-row" });
      langs.forEach(function (l) {
        texts.appendChild(el("div", { "class": "article-cell promo-text", "data-language": l },
          el("div", { "class": "cell-head" }, el("span", { "class": "badge lang", lang: lang, text: languageName(l) })),
          el("div", { "class": "article-body", dir: "auto", text: p.text[l] })));
      });
      var missing = shopLanguages().filter(function (l) { return langs.indexOf(l) < 0; });
      var conds = el("ul", { "class": "promo-conds" });
      if (!(p.products || []).length && !(p.categories || []).length) conds.appendChild(el("li", { text: t("pr_everything") }));
      if ((p.categories || []).length) conds.appendChild(el("li", { text: t("pr_categories_line", { list: p.categories.join(", ") }) }));
      if ((p.products || []).length) conds.appendChild(el("li", { text: t("pr_products_line", { list: p.products.join(", ") }) }));
      if (p.min_total) conds.appendChild(el("li", { text: t("pr_min_line", { amount: fmtMoney(p.min_total, p.currency) }) }));
      conds.appendChild(el("li", { "class": "muted", text: period }));
      var edit = on(el("button", { type: "button", "class": "act-edit", text: t("kn_edit") }), "click", function () { openEditor(p); });
      var del = el("button", { type: "button", "class": "act-delete", text: t("delete") });
      on(del, "click", function () {
        confirmInline(del, t("pr_delete_q", { name: p.code || p.id }), t("delete"), function () { remove(p); });
      });
      return el("section", { "class": "promo card", "data-id": p.id, "data-state": st, "data-testid": "promotion" },
        el("div", { "class": "group-head" },
          p.code ? el("code", { "class": "group-key promo-code", title: t("pr_code"), text: p.code }) : null,
          el("span", { "class": "badge promo-state", "data-state": st, "data-active": st === "active" ? "true" : "false", text: stText }),
          el("span", { "class": "muted small", text: t("pr_id_line", { id: p.id }) }),
          el("span", { "class": "spacer" }), edit, del),
        conds,
        texts,
        el("p", { "class": "muted small promo-foot", text: t("kn_updated", { time: fmtTime(p.updated_at) }) +
          (missing.length ? " · " + t("pr_missing", { list: languageNames(missing) }) : "") }));
    };

    var remove = function (p) {
      say(status, "");
      api("DELETE", itemPath("promotions", p.id)).then(function () {
        say(status, t("pr_deleted", { name: p.code || p.id }), "ok");
        clear(work);
        return refresh();
      }).catch(function (err) { sayError(status, err, refresh); });
    };

    // openEditor edits promotion p, or (p null) makes a new one.
    var openEditor = function (p) {
      clear(work);
      say(status, "");
      if (!p) { fill(null, ""); return; }
      api("GET", itemPath("promotions", p.id)).then(function (r) { fill(r.data, r.etag); })
        .catch(function (err) { sayError(status, err, refresh); });
    };

    var fill = function (cur, etag) {
      var mode = cur ? "edit" : "new";
      var box = el("section", { "class": "editor", id: "promo-editor", "data-mode": mode });
      work.appendChild(box);
      var currencyDefault = (cur && cur.currency) || (state.shop && state.shop.data.settings.currency) || "";
      var id = el("input", { id: "pr-id", value: cur ? cur.id : "", readonly: !!cur, maxlength: 64, autocomplete: "off" });
      var code = el("input", { id: "pr-code", value: cur ? cur.code || "" : "", maxlength: 64, "class": "short", autocomplete: "off" });
      var idTouched = !!cur;
      on(id, "input", function () { idTouched = true; });
      on(code, "input", function () { if (!idTouched) id.value = slug(code.value); });
      // One text per language: the shop's languages, then any the
      // promotion has; more can be added.
      var textRows = el("div", { "class": "text-rows", id: "pr-texts" });
      var textOf = {};
      var addText = function (l, v) {
        if (textOf[l]) { textOf[l].focus(); return; }
        var ta = el("textarea", { id: "pr-text-" + l, "data-language": l, rows: 3, dir: "auto", lang: l });
        ta.value = v || "";
        textOf[l] = ta;
        textRows.appendChild(field("text." + l, languageName(l), ta));
      };
      var langs = shopLanguages();
      Object.keys((cur && cur.text) || {}).forEach(function (l) { if (langs.indexOf(l) < 0) langs.push(l); });
      langs.sort(byShopLanguage).forEach(function (l) { addText(l, cur && cur.text ? cur.text[l] : ""); });
      var otherLang = el("input", { id: "pr-other-language", "class": "short", maxlength: 35, placeholder: t("kn_other_language"), "aria-label": t("kn_other_language") });
      var addLang = on(el("button", { type: "button", id: "pr-add-language", text: t("pr_add_language") }), "click", function () {
        var l = otherLang.value.trim();
        if (l) { addText(l, ""); otherLang.value = ""; textOf[l].focus(); }
      });
      var zone = browserZone();
      var start = el("input", { id: "pr-start", type: "datetime-local", value: cur ? localInput(cur.start) : "" });
      var end = el("input", { id: "pr-end", type: "datetime-local", value: cur ? localInput(cur.end) : "" });
      var categories = el("input", { id: "pr-categories", value: ((cur && cur.categories) || []).join(", ") });
      var products = el("input", { id: "pr-products", value: ((cur && cur.products) || []).join(", ") });
      var minTotal = el("input", { id: "pr-min-total", "class": "short", inputmode: "decimal", value: cur ? majorOf(cur.min_total, currencyDefault) : "", autocomplete: "off" });
      var currency = el("input", { id: "pr-currency", "class": "short", maxlength: 3, value: currencyDefault, autocomplete: "off" });
      var msg = message();
      var save = el("button", { type: "submit", id: "pr-save", "class": "primary", text: t("save") });
      var cancel = on(el("button", { type: "button", id: "pr-cancel", text: t("cancel") }), "click", function () { clear(work); });
      var form = el("form", { "class": "admin-form editor-form", id: "promo-form", novalidate: true },
        el("h3", { text: t(cur ? "pr_editing" : "pr_creating") }),
        el("div", { "class": "field-row" },
          field("code", t("pr_code"), code, t("pr_code_hint")),
          field("id", t("pr_id"), id, cur ? null : t("pr_id_hint"))),
        el("fieldset", { "data-field": "text" }, el("legend", { text: t("pr_texts") }),
          el("p", { "class": "hint", text: t("pr_texts_hint") }), textRows,
          el("div", { "class": "inline-add" }, otherLang, addLang),
          el("p", { "class": "field-error error", "data-field-error": "text", role: "alert" })),
        el("fieldset", null, el("legend", { text: t("pr_when") }),
          el("div", { "class": "field-row" },
            field("start", t("pr_start"), start, t("pr_start_hint")),
            field("end", t("pr_end"), end, t("pr_end_hint"))),
          zone ? el("p", { "class": "hint", text: t("pr_zone", { zone: zone }) }) : null),
        el("fieldset", null, el("legend", { text: t("pr_what") }),
          field("categories", t("pr_categories"), categories, t("pr_categories_hint")),
          field("products", t("pr_products"), products, t("pr_products_hint")),
          el("div", { "class": "field-row" },
            field("min_total", t("pr_min_total"), minTotal, t("pr_min_total_hint")),
            field("currency", t("set_currency"), currency))),
        el("div", { "class": "form-actions" }, save, cancel, msg));
      box.appendChild(form);
      on(form, "submit", function (ev) {
        ev.preventDefault();
        clearFieldErrors(form);
        say(msg, "");
        var bad = function (key, text) { showFieldError(form, { field: key, message: text }); };
        var item = { id: id.value.trim(), code: code.value.trim(), text: {},
          categories: splitList(categories.value), products: splitList(products.value) };
        Object.keys(textOf).forEach(function (l) { if (textOf[l].value.trim()) item.text[l] = textOf[l].value; });
        var cur3 = currency.value.trim().toUpperCase();
        if (cur3) item.currency = cur3;
        if (minTotal.value.trim()) {
          item.min_total = minorOf(minTotal.value, cur3);
          if (isNaN(item.min_total)) { bad("min_total", t("pr_bad_amount", { n: currencyDigits(cur3) })); return; }
        }
        var s = fromLocalInput(start.value), e = fromLocalInput(end.value);
        if (s === null) { bad("start", t("pr_bad_time")); return; }
        if (e === null) { bad("end", t("pr_bad_time")); return; }
        if (s) item.start = s;
        if (e) item.end = e;
        if (!item.id) { bad("id", t("required")); return; }
        if (!Object.keys(item.text).length) { bad("text", t("pr_need_text")); return; }
        if (!cur && promos.some(function (o) { return o.id === item.id; })) { bad("id", t("pr_id_taken")); return; }
        save.disabled = true;
        say(msg, t("saving"));
        api("PUT", itemPath("promotions", item.id), item, { "If-Match": etag }).then(function () {
          clear(work);
          say(status, t("saved_name", { name: item.code || item.id }), "ok");
          return refresh();
        }).catch(function (err) {
          // A text's error ("text.en") goes under that language's text.
          if (err.status !== 412 && /^text\./.test(err.field || "") && form.querySelector('[data-field-error="' + cssEscape(err.field) + '"]')) {
            var slot = form.querySelector('[data-field-error="' + cssEscape(err.field) + '"]');
            slot.textContent = err.message;
            textOf[err.field.slice(5)].setAttribute("aria-invalid", "true");
            say(msg, "");
          } else if (err.status === 412 || !showFieldError(form, err)) {
            sayError(msg, err, function () { openEditor(cur); });
          } else {
            say(msg, "");
          }
        }).then(function () { save.disabled = false; });
      });
      (cur ? (textOf[langs[0]] || code) : code).focus();
      box.scrollIntoView({ block: "nearest" });
    };

    on(newBtn, "click", function () { openEditor(null); });
    refresh();
  }

  // ---- compensation rules ----

  addSection({ id: "rules", label: "nav_rules", show: showRules });

  var GRANT_KINDS = ["coupon", "refund_line", "refund_order", "none"];

  // shopCurrency is the shop's currency code, "" when it has none.
  function shopCurrency() {
    return (state.shop && state.shop.data.settings && state.shop.data.settings.currency) || "";
  }

  // grantWords says what a grant gives in words: "S$5.00 coupon, no
  // minimum, valid 30 days".
  function grantWords(g) {
    g = g || {};
    if (g.kind !== "coupon") return t("gk_" + g.kind + "_words");
    var cur = g.currency || shopCurrency();
    var parts = [t("ru_coupon_of", { amount: fmtMoney(g.amount || 0, cur) })];
    parts.push(g.min_order_value ? t("ru_min", { amount: fmtMoney(g.min_order_value, cur) }) : t("ru_no_min"));
    parts.push(g.valid_days ? t("ru_valid_days", { n: g.valid_days }) : t("ru_no_expiry"));
    return parts.join(", ");
  }

  // costWords shows a cost per currency: "S$10.00 + €3.00", or "—".
  function costWords(cost) {
    var out = Object.keys(cost || {}).sort().map(function (c) { return fmtMoney(cost[c], c); });
    return out.length ? out.join(" + ") : "—";
  }

  // dateInput is the value of an <input type="date"> for d, in the
  // browser's zone.
  function dateInput(d) {
    var p = function (n) { return (n < 10 ? "0" : "") + n; };
    return d.getFullYear() + "-" + p(d.getMonth() + 1) + "-" + p(d.getDate());
  }

  // showRuleError puts an API error about a rule ("when",
  // "grant.amount", "rules[0].when") next to its field in form: a
  // condition's error with a caret under the position it names. False
  // when the form has no such field.
  function showRuleError(form, err) {
    var f = String(err.field || "").replace(/^rules\[\d+\]\./, "");
    if (f === "grant.currency") f = "grant.amount";
    var slot = f && form.querySelector('[data-field-error="' + cssEscape(f) + '"]');
    if (!slot) return showFieldError(form, err);
    clear(slot);
    slot.appendChild(document.createTextNode(err.message));
    var ctl = form.querySelector('[data-field="' + cssEscape(f) + '"] input, [data-field="' + cssEscape(f) + '"] select, [data-field="' + cssEscape(f) + '"] textarea');
    var pos = /^line (\d+), column (\d+):/.exec(err.message);
    if (f === "when" && ctl && pos) {
      var line = ctl.value.split("\n")[Number(pos[1]) - 1];
      if (line !== undefined) {
        var col = Math.max(1, Number(pos[2]));
        slot.appendChild(el("span", { "class": "when-caret", "data-testid": "when-caret",
          text: line + "\n" + new Array(col).join(" ") + "^" }));
      }
    }
    if (ctl) { ctl.setAttribute("aria-invalid", "true"); ctl.focus(); }
    return true;
  }

  function showRules(panel) {
    var status = message();
    var newBtn = el("button", { type: "button", id: "rule-new", "class": "primary", text: t("ru_new") });
    panel.appendChild(el("div", { "class": "section-head" }, el("h2", { text: t("ru_title") }), el("span", { "class": "spacer" }), newBtn));
    panel.appendChild(el("p", { "class": "hint", text: t("ru_hint") }));
    panel.appendChild(status);
    var work = el("div", { id: "rule-work" });
    var list = el("div", { id: "rules" });
    panel.appendChild(work);
    panel.appendChild(list);
    var rules = [];

    // The dry run: over the last 30 days unless other dates are chosen.
    var now = new Date();
    var since = el("input", { id: "dry-since", type: "date", value: dateInput(new Date(now.getTime() - 30 * 864e5)) });
    var until = el("input", { id: "dry-until", type: "date", value: dateInput(now) });
    var dryBtn = el("button", { type: "button", id: "dry-run", text: t("dr_run_current") });
    var dryMsg = message();
    var dryOut = el("div", { id: "dry-result", "aria-live": "polite" });
    panel.appendChild(el("section", { "class": "card dry-run", id: "dry-box" },
      el("h3", { text: t("dr_title") }),
      el("p", { "class": "hint", text: t("dr_hint") }),
      el("div", { "class": "inline-add" },
        el("label", { "for": "dry-since", text: t("dr_since") }), since,
        el("label", { "for": "dry-until", text: t("dr_until") }), until,
        dryBtn),
      dryMsg, dryOut));

    var refresh = function () {
      return Promise.all([loadAll("/v1/rules"), state.shop ? Promise.resolve(state.shop) : loadShop()]).then(function (r) {
        rules = r[0].sort(function (a, b) { return (a.order || 0) - (b.order || 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0); });
        render();
      }).catch(function (err) { sayError(status, err); });
    };

    var render = function () {
      clear(list);
      if (!rules.length) { list.appendChild(el("p", { "class": "muted", id: "rules-empty", text: t("ru_empty") })); return; }
      var table = el("table", { "class": "admin-table", id: "rules-table" });
      table.appendChild(el("thead", null, el("tr", null,
        el("th", { "class": "num", text: t("ru_order") }), el("th", { text: t("ru_name") }), el("th", { text: t("ru_when") }),
        el("th", { text: t("ru_grants") }), el("th"))));
      var body = el("tbody");
      rules.forEach(function (r) {
        var edit = on(el("button", { type: "button", "class": "act-edit", text: t("kn_edit") }), "click", function () { openEditor(r); });
        var del = el("button", { type: "button", "class": "act-delete", text: t("delete") });
        on(del, "click", function () {
          confirmInline(del, t("ru_delete_q", { name: r.name || r.id }), t("delete"), function () { remove(r); });
        });
        body.appendChild(el("tr", { "data-id": r.id, "class": r.enabled ? null : "off", "data-testid": "rule" },
          el("td", { "class": "num", text: String(r.order || 0) }),
          el("td", { "class": "rule-name" }, el("div", { "class": "agent-name", dir: "auto", text: r.name || r.id }),
            el("div", { "class": "muted small", text: r.id }),
            el("div", { "class": "rule-state" },
              el("span", { "class": "badge " + (r.enabled ? "working" : "revoked"), text: t(r.enabled ? "ru_enabled" : "ru_paused") }),
              el("span", { "class": "muted small", title: fmtTime(r.updated_at), text: " " + t("ru_version") + " " + r.version }))),
          el("td", { "class": "rule-when-cell" }, el("code", { "class": "rule-when", text: r.when })),
          el("td", { "class": "rule-grants" }, el("div", { "class": "rule-grant", text: grantWords(r.grant) }),
            el("div", { "class": "muted small rule-limit", text: t("ru_limit") + ": " + (r.max_per_customer_30d ? t("ru_limit_n", { n: r.max_per_customer_30d }) : t("ru_no_limit")) })),
          el("td", { "class": "row-actions" }, edit, del)));
      });
      table.appendChild(body);
      list.appendChild(el("div", { "class": "table-wrap" }, table));
    };

    var remove = function (r) {
      say(status, "");
      api("DELETE", itemPath("rules", r.id)).then(function () {
        say(status, t("ru_deleted", { name: r.name || r.id }), "ok");
        clear(work);
        return refresh();
      }).catch(function (err) { sayError(status, err, refresh); });
    };

    // dryRun replays the shop's rules, with draft (a rule from the
    // editor) in place of its stored version when given. form, when
    // given, gets a draft's errors next to its fields.
    var dryRun = function (draft, form) {
      clear(dryOut);
      var s = since.value ? new Date(since.value + "T00:00:00") : null;
      var u = until.value ? new Date(until.value + "T00:00:00") : null;
      if (!s || isNaN(s)) { say(dryMsg, t("dr_bad_dates"), "error"); return; }
      var req = { since: s.toISOString() };
      if (u && !isNaN(u)) req.until = new Date(u.getTime() + 864e5).toISOString(); // the whole last day
      if (draft) req.rules = [draft];
      say(dryMsg, t("dr_running"));
      api("POST", "/v1/rules/dry-run", req).then(function (r) {
        say(dryMsg, "");
        renderDry(r.data, draft);
      }).catch(function (err) {
        if (form && showRuleError(form, err)) say(dryMsg, t("dr_fix_draft"), "error");
        else sayError(dryMsg, err);
      });
      dryBox().scrollIntoView({ block: "nearest" });
    };
    var dryBox = function () { return $("dry-box"); };

    var renderDry = function (d, draft) {
      clear(dryOut);
      var byID = {};
      rules.forEach(function (r) { byID[r.id] = r; });
      if (draft) byID[draft.id] = draft;
      dryOut.appendChild(el("p", { "class": "dry-summary", "data-testid": "dry-summary",
        text: (draft ? t("dr_with_draft", { name: draft.name || draft.id }) + " " : "") +
          t("dr_summary", { n: d.incidents, granted: d.granted, cost: costWords(d.cost) }) }));
      if (d.limited) dryOut.appendChild(el("p", { "class": "notice", text: t("dr_limited") }));
      if (!d.rules.length) { dryOut.appendChild(el("p", { "class": "muted", text: t("dr_no_rules") })); return; }
      var table = el("table", { "class": "admin-table", id: "dry-table" });
      table.appendChild(el("thead", null, el("tr", null,
        el("th", { text: t("ru_name") }), el("th", { text: t("ru_grants") }), el("th", { "class": "num", text: t("dr_matched") }),
        el("th", { "class": "num", text: t("dr_granted") }), el("th", { "class": "num", text: t("dr_errors") }), el("th", { "class": "num", text: t("dr_cost") }))));
      var body = el("tbody");
      d.rules.forEach(function (tally) {
        var r = byID[tally.rule_id] || { id: tally.rule_id };
        var isDraft = draft && draft.id === tally.rule_id;
        body.appendChild(el("tr", { "data-id": tally.rule_id, "data-testid": "dry-rule", "class": r.enabled === false ? "off" : null },
          el("td", null, el("span", { dir: "auto", text: r.name || r.id }),
            isDraft ? el("span", { "class": "badge you", text: t("dr_draft") }) : el("span", { "class": "muted small", text: " v" + tally.version }),
            r.enabled === false ? el("span", { "class": "muted small", text: " · " + t("ru_paused") }) : null),
          el("td", { text: r.grant ? grantWords(r.grant) : "—" }),
          el("td", { "class": "num", text: String(tally.matched) }),
          el("td", { "class": "num dry-granted", text: String(tally.granted) }),
          el("td", { "class": "num", "data-errors": String(tally.errors), text: String(tally.errors) }),
          el("td", { "class": "num dry-cost", text: costWords(tally.cost) })));
      });
      table.appendChild(body);
      dryOut.appendChild(el("div", { "class": "table-wrap" }, table));
      if ((d.errors || []).length) {
        var errs = el("ul", { "class": "dry-errors", id: "dry-errors" });
        d.errors.slice(0, 20).forEach(function (e) {
          errs.appendChild(el("li", { text: t("dr_error_line", { incident: e.incident_id, rule: e.rule_id || "—", message: e.message }) }));
        });
        dryOut.appendChild(el("h4", { text: t("dr_errors_title", { n: d.errors.length }) }));
        dryOut.appendChild(errs);
      }
    };

    on(dryBtn, "click", function () { dryRun(null, null); });

    // openEditor edits rule r, or (r null) makes a new one.
    var openEditor = function (r) {
      clear(work);
      say(status, "");
      if (!r) { fill(null, ""); return; }
      api("GET", itemPath("rules", r.id)).then(function (res) { fill(res.data, res.etag); })
        .catch(function (err) { sayError(status, err, refresh); });
    };

    var fill = function (cur, etag) {
      var g = (cur && cur.grant) || { kind: "coupon", valid_days: 30 };
      var cur3 = g.currency || shopCurrency();
      var box = el("section", { "class": "editor", id: "rule-editor", "data-mode": cur ? "edit" : "new" });
      work.appendChild(box);
      var name = el("input", { id: "ru-name", value: cur ? cur.name || "" : "", maxlength: 200, dir: "auto", autocomplete: "off" });
      var id = el("input", { id: "ru-id", value: cur ? cur.id : "", readonly: !!cur, maxlength: 64, autocomplete: "off" });
      var idTouched = !!cur;
      on(id, "input", function () { idTouched = true; });
      on(name, "input", function () { if (!idTouched) id.value = slug(name.value); });
      var when = el("textarea", { id: "ru-when", rows: 3, spellcheck: "false", "class": "code" });
      when.value = cur ? cur.when : "";
      var kind = el("select", { id: "ru-kind" });
      GRANT_KINDS.forEach(function (k) { kind.appendChild(el("option", { value: k, text: t("gk_" + k) })); });
      kind.value = g.kind || "coupon";
      var amount = el("input", { id: "ru-amount", "class": "short", inputmode: "decimal", value: majorOf(g.amount, cur3), autocomplete: "off" });
      var minOrder = el("input", { id: "ru-min", "class": "short", inputmode: "decimal", value: majorOf(g.min_order_value, cur3), autocomplete: "off" });
      var days = el("input", { id: "ru-days", "class": "short", type: "number", min: 0, max: 3650, step: 1, value: g.valid_days ? String(g.valid_days) : "" });
      var order = el("input", { id: "ru-order", "class": "short", type: "number", step: 1, value: String(cur ? cur.order || 0 : (rules.length ? (rules[rules.length - 1].order || 0) + 10 : 10)) });
      var limit = el("input", { id: "ru-limit", "class": "short", type: "number", min: 0, step: 1, value: cur && cur.max_per_customer_30d ? String(cur.max_per_customer_30d) : "" });
      var enabled = el("input", { id: "ru-enabled", type: "checkbox" });
      enabled.checked = cur ? !!cur.enabled : true;
      var couponBox = el("div", { "class": "field-row", id: "ru-coupon" },
        field("grant.amount", t("ru_amount", { currency: cur3 || "?" }), amount, cur3 ? t("ru_amount_hint") : t("ru_no_currency")),
        field("grant.min_order_value", t("ru_min_order"), minOrder, t("ru_min_order_hint")),
        field("grant.valid_days", t("ru_days"), days, t("ru_days_hint")));
      var showCoupon = function () { couponBox.hidden = kind.value !== "coupon"; };
      on(kind, "change", showCoupon);
      showCoupon();
      var msg = message();
      var save = el("button", { type: "submit", id: "ru-save", "class": "primary", text: t("save") });
      var dry = el("button", { type: "button", id: "ru-dry-run", text: t("dr_run_draft") });
      var cancel = on(el("button", { type: "button", id: "ru-cancel", text: t("cancel") }), "click", function () { clear(work); });
      var form = el("form", { "class": "admin-form editor-form", id: "rule-form", novalidate: true, autocomplete: "off" },
        el("h3", { text: cur ? t("ru_editing", { name: cur.name || cur.id, version: cur.version }) : t("ru_creating") }),
        el("div", { "class": "field-row" },
          field("name", t("ru_name"), name, t("ru_name_hint")),
          field("id", t("pr_id"), id, cur ? null : t("ru_id_hint"))),
        field("when", t("ru_when"), when, t("ru_when_hint")),
        el("fieldset", null, el("legend", { text: t("ru_grants") }),
          field("grant.kind", t("ru_kind"), kind),
          couponBox),
        el("div", { "class": "field-row" },
          field("order", t("ru_order"), order, t("ru_order_hint")),
          field("max_per_customer_30d", t("ru_limit"), limit, t("ru_limit_hint"))),
        el("div", { "class": "check", "data-field": "enabled" }, enabled, el("label", { "for": "ru-enabled", text: t("ru_enabled_label") })),
        el("div", { "class": "form-actions" }, save, dry, cancel, msg));
      box.appendChild(form);

      // item reads the form into a rule; null (with the errors shown)
      // when a field cannot be read.
      var item = function () {
        clearFieldErrors(form);
        say(msg, "");
        var bad = function (key, text) { showRuleError(form, { field: key, message: text }); return null; };
        var r = { id: id.value.trim(), name: name.value.trim(), when: when.value, order: Number(order.value || 0),
          max_per_customer_30d: Number(limit.value || 0), enabled: enabled.checked, grant: { kind: kind.value } };
        if (!r.id) return bad("id", t("required"));
        if (!when.value.trim()) return bad("when", t("required"));
        if (!isFinite(r.order) || Math.floor(r.order) !== r.order) return bad("order", t("settings_bad_number"));
        if (!isFinite(r.max_per_customer_30d) || r.max_per_customer_30d < 0) return bad("max_per_customer_30d", t("settings_bad_number"));
        if (kind.value === "coupon") {
          r.grant.amount = minorOf(amount.value, cur3);
          if (!amount.value.trim() || isNaN(r.grant.amount)) return bad("grant.amount", t("pr_bad_amount", { n: currencyDigits(cur3) }));
          if (minOrder.value.trim()) {
            r.grant.min_order_value = minorOf(minOrder.value, cur3);
            if (isNaN(r.grant.min_order_value)) return bad("grant.min_order_value", t("pr_bad_amount", { n: currencyDigits(cur3) }));
          }
          if (days.value.trim()) {
            r.grant.valid_days = Number(days.value);
            if (!isFinite(r.grant.valid_days)) return bad("grant.valid_days", t("settings_bad_number"));
          }
          if (cur3) r.grant.currency = cur3;
        }
        return r;
      };

      on(dry, "click", function () {
        var r = item();
        if (r) dryRun(r, form);
      });
      on(form, "submit", function (ev) {
        ev.preventDefault();
        var r = item();
        if (!r) return;
        if (!cur && rules.some(function (o) { return o.id === r.id; })) { showRuleError(form, { field: "id", message: t("ru_id_taken") }); return; }
        save.disabled = true;
        say(msg, t("saving"));
        api("PUT", itemPath("rules", r.id), r, { "If-Match": etag }).then(function (res) {
          clear(work);
          say(status, t("ru_saved", { name: r.name || r.id, version: res.data.version }), "ok");
          return refresh();
        }).catch(function (err) {
          // The form keeps what was typed; the error goes next to its field.
          if (err.status === 412 || !showRuleError(form, err)) sayError(msg, err, function () { openEditor(cur); });
          else say(msg, "");
        }).then(function () { save.disabled = false; });
      });
      (cur ? when : name).focus();
      box.scrollIntoView({ block: "nearest" });
    };

    on(newBtn, "click", function () { openEditor(null); });
    refresh();
  }

  // ---- the compensation ledger ----

  addSection({ id: "compensations", label: "nav_compensations", show: showLedger });

  function showLedger(panel) {
    var status = message();
    panel.appendChild(el("h2", { text: t("lg_title") }));
    panel.appendChild(el("p", { "class": "hint", text: t("lg_hint") }));
    var customer = el("input", { id: "lg-customer", maxlength: 200, autocomplete: "off", placeholder: t("lg_customer_ph") });
    var orderNo = el("input", { id: "lg-order", maxlength: 200, autocomplete: "off", "class": "short" });
    var since = el("input", { id: "lg-since", type: "date", value: dateInput(new Date(Date.now() - 30 * 864e5)) });
    var show = el("button", { type: "submit", id: "lg-show", text: t("lg_show") });
    var filter = el("form", { "class": "inline-add ledger-filter", id: "lg-filter" },
      el("label", { "for": "lg-customer", text: t("lg_customer") }), customer,
      el("label", { "for": "lg-order", text: t("lg_order") }), orderNo,
      el("label", { "for": "lg-since", text: t("dr_since") }), since, show);
    panel.appendChild(filter);
    panel.appendChild(status);
    var list = el("div", { id: "ledger" });
    panel.appendChild(list);

    var refresh = function () {
      var q = ["limit=1000"];
      if (customer.value.trim()) q.push("customer_external_id=" + encodeURIComponent(customer.value.trim()));
      if (orderNo.value.trim()) q.push("order_number=" + encodeURIComponent(orderNo.value.trim()));
      var s = since.value ? new Date(since.value + "T00:00:00") : null;
      if (s && !isNaN(s)) q.push("since=" + encodeURIComponent(s.toISOString().replace(/\.\d{3}Z$/, "Z")));
      return Promise.all([api("GET", "/v1/compensations?" + q.join("&")), state.shop ? Promise.resolve(state.shop) : loadShop()]).then(function (r) {
        render(r[0].data);
      }).catch(function (err) { sayError(status, err); });
    };

    var what = function (c) {
      var amount = fmtMoney(c.amount, c.currency);
      if (c.kind === "coupon") return t("lg_coupon", { amount: amount });
      return t("gk_" + c.kind + "_of", { amount: amount });
    };

    var render = function (d) {
      clear(list);
      var items = (d.items || []).slice().reverse(); // newest first
      if (!items.length) { list.appendChild(el("p", { "class": "muted", id: "ledger-empty", text: t("lg_empty") })); return; }
      var table = el("table", { "class": "admin-table", id: "ledger-table" });
      table.appendChild(el("thead", null, el("tr", null,
        el("th", { text: t("lg_date") }), el("th", { text: t("lg_order") }), el("th", { text: t("lg_customer") }),
        el("th", { text: t("lg_what") }), el("th", { text: t("lg_by") }), el("th", { text: t("key_state") }))));
      var body = el("tbody");
      items.forEach(function (c) {
        var cu = (d.customers || {})[c.customer_id];
        var by = c.rule_id ? el("span", null, t("lg_rule", { rule: c.rule_id, version: c.rule_version }))
          : el("span", null, t("lg_agent", { name: (d.agents || {})[c.granted_by] || c.granted_by || "?" }),
            c.reason ? el("div", { "class": "muted small", dir: "auto", text: c.reason }) : null);
        var st = el("td", { "class": "row-actions" });
        if (c.status === "revoked") {
          st.appendChild(el("span", { "class": "badge revoked", text: t("lg_revoked") }));
          st.appendChild(el("div", { "class": "muted small", dir: "auto",
            text: t("lg_revoked_by", { name: (d.agents || {})[c.revoked_by] || c.revoked_by, time: fmtDate(c.revoked_at) }) + (c.revoke_reason ? ": " + c.revoke_reason : "") }));
        } else {
          st.appendChild(el("span", { "class": "badge working", text: t("lg_granted") }));
          var rv = el("button", { type: "button", "class": "act-revoke", text: t("key_revoke") });
          on(rv, "click", function () { askReason(rv, c); });
          st.appendChild(rv);
        }
        body.appendChild(el("tr", { "data-id": c.id, "data-status": c.status, "class": c.status === "revoked" ? "off" : null, "data-testid": "ledger-row" },
          el("td", { "class": "nowrap", title: fmtTime(c.at), text: fmtDate(c.at) }),
          el("td", { "class": "nowrap", text: c.order_number || "—" }),
          el("td", { dir: "auto", text: cu ? (cu.name ? cu.name + " (" + cu.external_id + ")" : cu.external_id) : "—" }),
          el("td", { "class": "ledger-what" }, el("div", { text: what(c) }), c.code ? el("code", { "class": "small", text: c.code }) : null),
          el("td", null, by),
          st));
      });
      table.appendChild(body);
      list.appendChild(el("div", { "class": "table-wrap" }, table));
    };

    // askReason asks for the reason of a revocation beside its button.
    var askReason = function (button, c) {
      var reason = el("input", { "class": "revoke-reason", maxlength: 1000, placeholder: t("lg_reason_ph"), "aria-label": t("lg_reason") });
      var ok = el("button", { type: "submit", "class": "danger confirm-ok", text: t("key_revoke") });
      var no = el("button", { type: "button", "class": "confirm-cancel", text: t("cancel") });
      var err = el("span", { "class": "error small", role: "alert" });
      var box = el("form", { "class": "confirm", "aria-label": t("lg_reason") }, el("span", { "class": "confirm-q", text: t("lg_revoke_q") }), reason, ok, no, err);
      var close = function () { if (box.parentNode) box.parentNode.removeChild(box); button.hidden = false; };
      on(no, "click", close);
      on(box, "submit", function (ev) {
        ev.preventDefault();
        if (!reason.value.trim()) { err.textContent = t("lg_reason_needed"); reason.setAttribute("aria-invalid", "true"); reason.focus(); return; }
        ok.disabled = true;
        api("POST", "/v1/compensations/" + encodeURIComponent(c.id) + "/revoke", { reason: reason.value.trim() }).then(function () {
          say(status, t("lg_revoked_done"), "ok");
          return refresh();
        }).catch(function (e) { err.textContent = e.message; ok.disabled = false; });
      });
      button.hidden = true;
      button.parentNode.insertBefore(box, button.nextSibling);
      reason.focus();
    };

    on(filter, "submit", function (ev) { ev.preventDefault(); say(status, ""); refresh(); });
    refresh();
  }

  // ---- product knowledge ----

  addSection({ id: "profiles", label: "nav_profiles", show: showProfiles });

  // evidenceText says in the page's language where a tag came from.
  function evidenceText(e) {
    var ings = (e.ingredients || []).join(", ");
    var v = { ingredients: ings, rule: e.rule || "", because: (e.because || []).join(", "), attribute: e.attribute || "", note: e.note || "" };
    var s;
    switch (e.kind) {
      case "ingredient": s = t(e.rule ? "ev_ingredient_rule" : "ev_ingredient", v); break;
      case "rule": s = t(!v.because ? "ev_rule_plain" : ings ? "ev_rule_ings" : "ev_rule", v); break;
      case "attribute": s = t("ev_attribute", v); break;
      case "text": return t("ev_text", v);
      case "catalog": return t("ev_catalog", v);
      case "shop": return t("ev_shop", v);
      default: s = e.text || e.kind;
    }
    return e.note ? t("ev_note", { text: s, note: e.note }) : s;
  }

  function dimensionLabel(d) {
    return TEXT.en["dim_" + d] ? t("dim_" + d) : String(d).replace(/_/g, " ");
  }

  function showProfiles(panel) {
    var status = message();
    panel.appendChild(el("h2", { text: t("pk_title") }));
    panel.appendChild(el("p", { "class": "hint", text: t("pk_hint") }));
    var find = el("input", { id: "pk-find", type: "search", placeholder: t("pk_find_ph"), autocomplete: "off" });
    var pick = el("select", { id: "pk-product", "data-testid": "pk-product" });
    panel.appendChild(el("div", { "class": "pk-pickers" }, field("pk-find", t("pk_find"), find), field("pk-product", t("pk_pick"), pick)));
    panel.appendChild(status);
    var view = el("div", { id: "pk-view", "data-testid": "pk-view" });
    panel.appendChild(view);
    var products = [];

    var fill = function () {
      var q = find.value.trim().toLowerCase();
      var keep = pick.value;
      clear(pick);
      var shown = products.filter(function (p) {
        return !q || String(p.name || "").toLowerCase().indexOf(q) >= 0 || String(p.sku).toLowerCase().indexOf(q) >= 0;
      });
      shown.forEach(function (p) { pick.appendChild(el("option", { value: p.sku, text: (p.name || p.sku) + " · " + p.sku })); });
      if (!shown.length) { say(status, t(products.length ? "pk_none" : "pk_no_products")); clear(view); return; }
      say(status, "");
      var still = shown.some(function (p) { return p.sku === keep; });
      pick.value = still ? keep : shown[0].sku;
      if (!still) load(pick.value);
    };

    var load = function (sku) {
      clear(view);
      say(status, t("loading"));
      api("GET", "/v1/products/" + encodeURIComponent(sku) + "/profile").then(function (r) {
        say(status, "");
        render(r.data);
      }).catch(function (err) { sayError(status, err); });
    };

    var render = function (p) {
      clear(view);
      var form = el("form", { id: "pk-form", "class": "admin-form pk-form", novalidate: true });
      form.appendChild(el("h3", { "class": "pk-name" }, el("span", { dir: "auto", text: p.name || p.sku }), " ",
        el("span", { "class": "muted small", text: p.sku })));
      form.appendChild(el("p", { "class": "muted small", text: t("pk_derived", { time: fmtTime(p.derived_at) }) }));
      if (p.partial) form.appendChild(el("p", { "class": "notice", "data-testid": "pk-partial", text: t("pk_partial") }));
      var inputs = {};
      var save = el("button", { type: "submit", id: "pk-save", "class": "primary", text: t("pk_save") });
      var msg = message();
      var list = el("dl", { "class": "pk-dims" });
      (p.dimensions || []).forEach(function (d) {
        var dim = d.dimension;
        var tags = el("ul", { "class": "pk-tags" });
        d.tags.forEach(function (tag) {
          var head = el("span", { "class": "pk-value", dir: "auto", text: tag.value });
          var li = el("li", { "class": "pk-tag" + (tag.shop ? " shop" : ""), "data-dimension": dim, "data-value": tag.value }, head);
          if (tag.level) li.appendChild(el("span", { "class": "pk-level lv-" + tag.level, text: t("pk_lv_" + tag.level) }));
          if (tag.shop) li.appendChild(el("span", { "class": "pk-shop", text: t("pk_shop") }));
          var rm = el("button", { type: "button", "class": "pk-remove icon", title: t("pk_remove_label", { value: tag.value, dimension: dimensionLabel(dim) }),
            "aria-label": t("pk_remove_label", { value: tag.value, dimension: dimensionLabel(dim) }), text: "×" });
          on(rm, "click", function () {
            var vals = splitList(inputs[dim].value).filter(function (x) { return x !== tag.value && x !== "-" + tag.value; });
            // A tag the shop added goes by dropping the edit; a derived
            // one by a "-value" edit.
            if (!tag.shop || tag.evidence.length > 1) vals.push("-" + tag.value);
            inputs[dim].value = vals.join(", ");
            submit();
          });
          li.appendChild(rm);
          var why = el("ul", { "class": "pk-why" });
          tag.evidence.forEach(function (e) { why.appendChild(el("li", { "data-kind": e.kind, dir: "auto", text: evidenceText(e) })); });
          li.appendChild(why);
          tags.appendChild(li);
        });
        if (!d.tags.length) tags.appendChild(el("li", { "class": "muted small pk-empty", text: t("pk_unknown") }));
        var input = el("input", { id: "pk-edit-" + dim, "class": "pk-edit", value: (p.edits[dim] || []).join(", "), dir: "auto",
          "aria-label": t("pk_edits") + ": " + dimensionLabel(dim), placeholder: t("pk_edits") });
        inputs[dim] = input;
        list.appendChild(el("div", { "class": "pk-dim", "data-dimension": dim },
          el("dt", { text: dimensionLabel(dim) }),
          el("dd", null, tags, input, el("p", { "class": "field-error error", "data-dim-error": dim, role: "alert" }))));
      });
      form.appendChild(el("p", { "class": "hint", text: t("pk_edits_hint") }));
      form.appendChild(list);
      form.appendChild(el("div", { "class": "form-actions" }, save, msg));
      view.appendChild(form);

      var submit = function () {
        clearFieldErrors(form);
        var edits = {};
        Object.keys(inputs).forEach(function (dim) {
          var now = splitList(inputs[dim].value);
          var was = p.edits[dim] || [];
          if (now.join(",") !== was.join(",")) edits[dim] = now;
        });
        save.disabled = true;
        say(msg, t("saving"));
        api("PUT", "/v1/products/" + encodeURIComponent(p.sku) + "/profile", { edits: edits }).then(function (r) {
          render(r.data);
          var m = view.querySelector("#pk-form .form-actions .admin-msg");
          if (m) say(m, t("pk_saved"), "ok");
        }).catch(function (err) {
          var dim = String(err.field || "").replace(/^edits\./, "");
          var slot = form.querySelector('[data-dim-error="' + cssEscape(dim) + '"]');
          if (slot && inputs[dim]) {
            slot.textContent = err.message;
            inputs[dim].setAttribute("aria-invalid", "true");
            inputs[dim].focus();
            say(msg, "");
          } else {
            sayError(msg, err);
          }
          save.disabled = false;
        });
      };
      on(form, "submit", function (ev) { ev.preventDefault(); submit(); });
    };

    on(find, "input", fill);
    on(pick, "change", function () { load(pick.value); });
    say(status, t("loading"));
    api("GET", "/v1/products?limit=1000").then(function (r) {
      products = (r.data.items || []).slice().sort(function (a, b) {
        return String(a.name || a.sku).localeCompare(String(b.name || b.sku), loc());
      });
      fill();
    }).catch(function (err) { sayError(status, err); });
  }

  // ---- canned replies ----

  addSection({ id: "canned", label: "nav_canned", show: showCanned });

  function showCanned(panel) {
    var status = message();
    var newBtn = el("button", { type: "button", id: "canned-new", "class": "primary", text: t("cr_new") });
    var filter = el("select", { id: "canned-language", "aria-label": t("cr_filter") });
    panel.appendChild(el("div", { "class": "section-head" }, el("h2", { text: t("cr_title") }), el("span", { "class": "spacer" }),
      el("label", { "for": "canned-language", "class": "muted small", text: t("cr_filter") }), filter, newBtn));
    panel.appendChild(el("p", { "class": "hint", text: t("cr_hint") }));
    panel.appendChild(status);
    var work = el("div", { id: "canned-work" });
    var list = el("div", { id: "canned" });
    panel.appendChild(work);
    panel.appendChild(list);
    var replies = [];

    var fillFilter = function () {
      var keep = filter.value;
      clear(filter);
      filter.appendChild(el("option", { value: "", text: t("cr_all_languages") }));
      shopLanguages().forEach(function (l) { filter.appendChild(el("option", { value: l, text: languageName(l) })); });
      filter.value = keep;
    };

    var refresh = function () {
      var shop = state.shop ? Promise.resolve(state.shop) : loadShop();
      return shop.then(function () {
        if (!filter.options.length) fillFilter();
        return loadAll("/v1/canned-replies" + (filter.value ? "?language=" + encodeURIComponent(filter.value) : ""));
      }).then(function (items) {
        replies = items;
        render();
      }).catch(function (err) { sayError(status, err); });
    };
    on(filter, "change", function () { clear(work); refresh(); });

    var render = function () {
      clear(list);
      if (!replies.length) { list.appendChild(el("p", { "class": "muted", id: "canned-empty", text: t("cr_empty") })); return; }
      // One group per title, its languages side by side.
      var titles = [], byTitle = {};
      replies.forEach(function (c) {
        var k = c.title || "";
        if (!byTitle[k]) { byTitle[k] = []; titles.push(k); }
        byTitle[k].push(c);
      });
      titles.sort(function (a, b) { return a.localeCompare(b, loc()); });
      titles.forEach(function (title) {
        var items = byTitle[title].sort(function (a, b) { return byShopLanguage(a.language, b.language); });
        var row = el("div", { "class": "article-row" });
        items.forEach(function (c) { row.appendChild(cell(c)); });
        var have = items.map(function (c) { return c.language; });
        var bar = el("div", { "class": "missing-translations" });
        var missing = filter.value ? [] : shopLanguages().filter(function (l) { return have.indexOf(l) < 0; });
        if (missing.length) bar.appendChild(el("span", { "class": "muted small", text: t("kn_missing_list") }));
        missing.forEach(function (l) {
          bar.appendChild(on(el("button", { type: "button", "class": "translate", "data-language": l, text: t("kn_translate", { language: languageName(l) }) }),
            "click", function () { openEditor(null, items[0], l); }));
        });
        list.appendChild(el("section", { "class": "article-group canned-group", "data-title": title },
          el("div", { "class": "group-head" }, el("h3", { "class": "canned-title", dir: "auto", text: title || t("cr_untitled") })),
          row, missing.length ? bar : null));
      });
    };

    var cell = function (c) {
      var edit = on(el("button", { type: "button", "class": "act-edit", text: t("kn_edit") }), "click", function () { openEditor(c); });
      var del = el("button", { type: "button", "class": "act-delete", text: t("delete") });
      on(del, "click", function () {
        confirmInline(del, t("cr_delete_q"), t("delete"), function () { remove(c); });
      });
      return el("div", { "class": "article-cell canned-cell", "data-id": c.id, "data-language": c.language, "data-testid": "canned-reply" },
        el("div", { "class": "cell-head" },
          el("span", { "class": "badge lang", text: c.language ? languageName(c.language) : t("cr_any_language") })),
        el("div", { "class": "article-body canned-text", dir: "auto", lang: c.language || null, text: c.text }),
        el("p", { "class": "muted small", text: t("kn_updated", { time: fmtTime(c.updated_at) }) }),
        el("div", { "class": "cell-actions" }, edit, del));
    };

    var remove = function (c) {
      say(status, "");
      api("DELETE", itemPath("canned-replies", c.id)).then(function () {
        say(status, t("cr_deleted", { title: c.title || c.id }), "ok");
        clear(work);
        return refresh();
      }).catch(function (err) { sayError(status, err, refresh); });
    };

    // openEditor edits reply c; or, c null, makes a new one: the
    // translation of source into language to, or a reply from scratch.
    var openEditor = function (c, source, to) {
      clear(work);
      say(status, "");
      if (!c) { fill(null, "", source, to); return; }
      api("GET", itemPath("canned-replies", c.id)).then(function (r) { fill(r.data, r.etag); })
        .catch(function (err) { sayError(status, err, refresh); });
    };

    var fill = function (cur, etag, source, to) {
      var box = el("section", { "class": "editor", id: "canned-editor", "data-mode": cur ? "edit" : source ? "translate" : "new" });
      work.appendChild(box);
      var title = el("input", { id: "cr-title", value: cur ? cur.title : source ? source.title : "", maxlength: 200, dir: "auto" });
      var language = el("select", { id: "cr-language" });
      var langs = shopLanguages();
      var chosen = cur ? cur.language : to || filter.value || langs[0] || "";
      if (chosen && langs.indexOf(chosen) < 0) langs.push(chosen);
      langs.forEach(function (l) { language.appendChild(el("option", { value: l, text: languageName(l) })); });
      language.appendChild(el("option", { value: "", text: t("cr_any_language") }));
      language.value = chosen;
      var text = el("textarea", { id: "cr-text", rows: 6, dir: "auto" });
      text.value = cur ? cur.text : "";
      var id = el("input", { id: "cr-id", value: cur ? cur.id : "", readonly: !!cur, maxlength: 64, autocomplete: "off" });
      var idTouched = !!cur;
      var suggest = function () {
        if (idTouched) return;
        var base = slug(title.value) || "reply";
        id.value = base + (language.value ? "-" + language.value : "");
      };
      on(id, "input", function () { idTouched = true; });
      on(title, "input", suggest);
      on(language, "change", suggest);
      suggest();
      var msg = message();
      var save = el("button", { type: "submit", id: "cr-save", "class": "primary", text: t("save") });
      var cancel = on(el("button", { type: "button", id: "cr-cancel", text: t("cancel") }), "click", function () { clear(work); });
      var form = el("form", { "class": "admin-form editor-form", id: "canned-form", novalidate: true },
        el("h3", { text: t(cur ? "cr_editing" : "cr_creating") }),
        field("title", t("cr_title_field"), title, t("cr_title_hint")),
        el("div", { "class": "field-row" },
          field("language", t("kn_language"), language),
          field("id", t("pr_id"), id, cur ? null : t("cr_id_hint"))),
        field("text", t("kn_body"), text, t("cr_text_hint")),
        el("div", { "class": "form-actions" }, save, cancel, msg));
      if (source) {
        box.appendChild(el("div", { "class": "editor-grid" },
          el("div", { "class": "article-cell reference" },
            el("h3", { text: t("kn_source", { language: source.language ? languageName(source.language) : t("cr_any_language") }) }),
            el("div", { "class": "article-body", dir: "auto", text: source.text })),
          form));
      } else {
        box.appendChild(form);
      }
      on(form, "submit", function (ev) {
        ev.preventDefault();
        clearFieldErrors(form);
        say(msg, "");
        var item = { id: id.value.trim(), title: title.value.trim(), language: language.value, text: text.value };
        if (!item.title) { showFieldError(form, { field: "title", message: t("required") }); return; }
        if (!item.text.trim()) { showFieldError(form, { field: "text", message: t("required") }); return; }
        if (!item.id) { showFieldError(form, { field: "id", message: t("required") }); return; }
        save.disabled = true;
        say(msg, t("saving"));
        var send = function () { return api("PUT", itemPath("canned-replies", item.id), item, { "If-Match": etag }); };
        // A new reply must not replace another one by the same id.
        var check = cur ? Promise.resolve() : api("GET", itemPath("canned-replies", item.id)).then(function () {
          var e = new Error(t("cr_id_taken"));
          e.field = "id";
          throw e;
        }, function (err) { if (err.status !== 404) throw err; });
        check.then(send).then(function () {
          clear(work);
          say(status, t("saved_name", { name: item.title }), "ok");
          return refresh();
        }).catch(function (err) {
          if (err.status === 412 || !showFieldError(form, err)) sayError(msg, err, function () { openEditor(cur); });
          else say(msg, "");
        }).then(function () { save.disabled = false; });
      });
      (source ? text : title).focus();
      box.scrollIntoView({ block: "nearest" });
    };

    on(newBtn, "click", function () { openEditor(null); });
    refresh();
  }

  // ---- agents ----

  addSection({ id: "agents", label: "nav_agents", show: showAgents });

  var ROLES = ["agent", "admin", "owner"];

  // roleLabel is a role's name as a label: "Admin" (upper-casing the
  // first letter does nothing to Chinese).
  function roleLabel(role) {
    var s = t("role_" + role);
    return s.charAt(0).toUpperCase() + s.slice(1);
  }

  function showAgents(panel) {
    var me = state.me.agent;
    var iAmOwner = me.role === "owner";
    var status = message();
    var newBtn = el("button", { type: "button", id: "agent-new", "class": "primary", text: t("ag_new") });
    panel.appendChild(el("div", { "class": "section-head" }, el("h2", { text: t("ag_title") }), el("span", { "class": "spacer" }), newBtn));
    panel.appendChild(el("p", { "class": "hint", text: t("ag_hint") }));
    panel.appendChild(status);
    var work = el("div", { id: "agent-work" });
    var list = el("div");
    panel.appendChild(work);
    panel.appendChild(list);
    var agents = [];

    var refresh = function () {
      return api("GET", "/v1/agents").then(function (r) {
        agents = r.data.items || [];
        render();
      }).catch(function (err) { sayError(status, err); });
    };

    // mayChange mirrors the server: only owners change owners.
    var mayChange = function (a) { return iAmOwner || a.role !== "owner"; };

    var render = function () {
      clear(list);
      var table = el("table", { "class": "admin-table", id: "agents-table" });
      table.appendChild(el("thead", null, el("tr", null,
        el("th", { text: t("ag_name") }), el("th", { text: t("ag_role") }), el("th", { text: t("ag_languages") }),
        el("th", { text: t("ag_skills") }), el("th", { text: t("ag_presence") }), el("th", { "class": "num", text: t("ag_max_chats") }), el("th", null))));
      var body = el("tbody");
      // Enabled agents first, then by name.
      agents.slice().sort(function (a, b) {
        return (a.disabled ? 1 : 0) - (b.disabled ? 1 : 0) || (a.name || a.email).localeCompare(b.name || b.email, loc());
      }).forEach(function (a) { body.appendChild(row(a)); });
      table.appendChild(body);
      list.appendChild(el("div", { "class": "table-wrap" }, table));
    };

    var row = function (a) {
      var self = a.email === me.email;
      var actions = el("td", { "class": "row-actions" });
      if (mayChange(a)) {
        actions.appendChild(on(el("button", { type: "button", "class": "act-edit", text: t("kn_edit") }), "click", function () { openEditor(a); }));
        if (!self && !a.disabled) {
          var dis = el("button", { type: "button", "class": "act-disable", text: t("ag_disable") });
          on(dis, "click", function () {
            confirmInline(dis, t("ag_disable_q", { name: a.name || a.email }), t("ag_disable"), function () { setDisabled(a, true); });
          });
          actions.appendChild(dis);
        }
        if (!self && a.disabled) actions.appendChild(on(el("button", { type: "button", "class": "act-enable", text: t("ag_enable") }), "click", function () { setDisabled(a, false); }));
      } else {
        actions.appendChild(el("span", { "class": "muted small", text: t("ag_owner_only") }));
      }
      var presence = a.disabled ? "disabled" : a.presence || "offline";
      return el("tr", { "data-email": a.email, "data-disabled": a.disabled ? "true" : "false", "class": a.disabled ? "off" : null },
        el("td", null,
          el("div", { "class": "agent-name", dir: "auto" }, a.name || a.email, self ? el("span", { "class": "badge you", text: t("ag_you") }) : null),
          el("div", { "class": "muted small", text: a.email })),
        el("td", null, el("span", { "class": "badge role", "data-role": a.role, title: t("role_" + a.role + "_hint"), text: roleLabel(a.role) })),
        el("td", { "class": "agent-languages", text: languageNames(a.languages) || "—" }),
        el("td", { text: (a.skills || []).join(", ") || "—" }),
        el("td", null, el("span", { "class": "presence", "data-presence": presence, text: presence === "disabled" ? t("ag_disabled") : t("presence_" + presence) })),
        el("td", { "class": "num", text: String(a.max_chats || "") }),
        actions);
    };

    var setDisabled = function (a, disabled) {
      say(status, "");
      api("PUT", "/v1/agents/" + encodeURIComponent(a.email), { disabled: disabled }).then(function () {
        say(status, t(disabled ? "ag_disabled_done" : "ag_enabled_done", { name: a.name || a.email }), "ok");
        return refresh();
      }).catch(function (err) { sayError(status, err, refresh); });
    };

    // openEditor edits agent a, or (a null) adds one.
    var openEditor = function (a) {
      clear(work);
      say(status, "");
      var self = a && a.email === me.email;
      var box = el("section", { "class": "editor", id: "agent-editor", "data-mode": a ? "edit" : "new" });
      work.appendChild(box);
      var email = el("input", { id: "ag-email", type: "email", value: a ? a.email : "", readonly: !!a, maxlength: 254, autocomplete: "off" });
      var name = el("input", { id: "ag-name", value: a ? a.name : "", maxlength: 200, dir: "auto", autocomplete: "off" });
      var role = el("select", { id: "ag-role", disabled: self });
      ROLES.forEach(function (r) {
        role.appendChild(el("option", { value: r, disabled: r === "owner" && !iAmOwner, text: roleLabel(r) + " — " + t("role_" + r + "_hint") }));
      });
      role.value = a ? a.role : "agent";
      var languages = el("input", { id: "ag-languages", value: ((a && a.languages) || []).join(", "), autocomplete: "off" });
      var langNames = el("p", { "class": "lang-preview", id: "ag-language-names", "aria-live": "polite" });
      var showNames = function () { langNames.textContent = languageNames(splitList(languages.value)); };
      on(languages, "input", showNames);
      showNames();
      var skills = el("input", { id: "ag-skills", value: ((a && a.skills) || []).join(", "), autocomplete: "off" });
      var maxChats = el("input", { id: "ag-max-chats", type: "number", min: 1, max: 100, step: 1, "class": "short", value: String(a ? a.max_chats : 5) });
      var password = el("input", { id: "ag-password", type: "password", maxlength: 72, autocomplete: "new-password" });
      var disabled = el("input", { id: "ag-disabled", type: "checkbox", disabled: self });
      // The languages by name, right under what was typed.
      var languagesField = field("languages", t("ag_languages"), languages, t("ag_languages_hint"));
      languagesField.insertBefore(langNames, languages.nextSibling);
      disabled.checked = !!(a && a.disabled);
      var msg = message();
      var save = el("button", { type: "submit", id: "ag-save", "class": "primary", text: t("save") });
      var cancel = on(el("button", { type: "button", id: "ag-cancel", text: t("cancel") }), "click", function () { clear(work); });
      var form = el("form", { "class": "admin-form editor-form", id: "agent-form", novalidate: true, autocomplete: "off" },
        el("h3", { text: a ? t("ag_editing", { name: a.name || a.email }) : t("ag_creating") }),
        el("div", { "class": "field-row" },
          field("email", t("login_email"), email, a ? t("ag_email_fixed") : t("ag_email_hint")),
          field("name", t("ag_name"), name, t("ag_name_hint"))),
        el("div", { "class": "field-row" },
          field("role", t("ag_role"), role, self ? t("ag_own_role") : null),
          field("max_chats", t("ag_max_chats"), maxChats, t("ag_max_chats_hint"))),
        el("div", { "class": "field-row" },
          languagesField,
          field("skills", t("ag_skills"), skills, t("ag_skills_hint"))),
        field("password", a ? t("ag_new_password") : t("login_password"), password, a ? t("ag_password_keep") : t("ag_password_hint")),
        a ? el("div", { "class": "check", "data-field": "disabled" }, disabled, el("label", { "for": "ag-disabled", text: t("ag_disabled_label") })) : null,
        el("div", { "class": "form-actions" }, save, cancel, msg));
      box.appendChild(form);
      on(form, "submit", function (ev) {
        ev.preventDefault();
        clearFieldErrors(form);
        say(msg, "");
        var n = Number(maxChats.value);
        if (!maxChats.value.trim() || !isFinite(n)) { showFieldError(form, { field: "max_chats", message: t("settings_bad_number") }); return; }
        var body = { name: name.value.trim(), languages: splitList(languages.value), skills: splitList(skills.value), max_chats: n };
        if (!a || role.value !== a.role) body.role = role.value;
        if (password.value) body.password = password.value;
        if (a && disabled.checked !== !!a.disabled) body.disabled = disabled.checked;
        if (!a) {
          body.email = email.value.trim();
          if (!body.email) { showFieldError(form, { field: "email", message: t("required") }); return; }
          if (!password.value) { showFieldError(form, { field: "password", message: t("required") }); return; }
        }
        save.disabled = true;
        say(msg, t("saving"));
        var req = a ? api("PUT", "/v1/agents/" + encodeURIComponent(a.email), body) : api("POST", "/v1/agents", body);
        req.then(function (r) {
          password.value = "";
          clear(work);
          var saved = r.data.agent || {};
          say(status, t(a ? "saved" : "ag_created", { name: saved.name || saved.email }), "ok");
          return refresh();
        }).catch(function (err) {
          // A duplicate email is a conflict without a field; it is about
          // the email all the same.
          if (!a && err.status === 409 && !err.field) err.field = "email";
          if (!showFieldError(form, err)) sayError(msg, err);
          else say(msg, "");
        }).then(function () { save.disabled = false; });
      });
      (a ? name : email).focus();
      box.scrollIntoView({ block: "nearest" });
    };

    on(newBtn, "click", function () { openEditor(null); });
    refresh();
  }

  // ---- API keys ----

  // intentName is an intent's readable label in the page's language, as
  // the console names it (labels.js): "track_order" is "Track an order".
  function intentName(s) {
    return s ? window.kefuLabels.label(lang, "intent", s) : "—";
  }

  // modelCard shows which intent model serves the shop, the shop's
  // retrained versions with their shadow metrics and the rule's verdict,
  // and starts a retrain.
  function modelCard() {
    var card = el("section", { "class": "card", id: "models" });
    var status = message();
    // Percentages as the dashboard writes them: the number by Intl, the
    // sign by the language ("80.3 %", "80,3 %", "80.3%").
    var pct = function (x) {
      if (typeof x !== "number") return "—";
      var n;
      try { n = new Intl.NumberFormat(loc(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x * 100); } catch (e) { n = (x * 100).toFixed(1); }
      return t("pct", { n: n });
    };
    var button = el("button", { type: "button", id: "md-retrain", text: t("md_retrain") });
    var serving = el("p", { id: "md-serving" });
    var table = el("div", { id: "md-versions" });
    card.appendChild(el("h3", { text: t("md_title") }));
    card.appendChild(serving);
    card.appendChild(el("p", { "class": "hint", text: t("md_hint") }));
    card.appendChild(button);
    card.appendChild(status);
    card.appendChild(table);
    var timer = 0;
    var load = function () {
      return api("GET", "/v1/models").then(function (r) {
        var d = r.data;
        var own = (d.versions || []).filter(function (v) { return v.serving; })[0];
        var glob = (d.global || []).filter(function (v) { return v.serving; })[0];
        serving.textContent = t("md_serving", { version: own ? own.version + " (" + t("md_own") + ")" :
          glob ? glob.version + " (" + t("md_global") + ")" : t("md_shipped") });
        clear(table);
        if (!(d.versions || []).length) table.appendChild(el("p", { "class": "muted", text: t("md_none") }));
        else {
          var tb = el("table", { "class": "admin-table" });
          tb.appendChild(el("thead", null, el("tr", null, el("th", { text: t("md_version") }), el("th", { text: t("md_created") }),
            el("th", { text: t("md_dev") }), el("th", { text: t("md_corrected") }), el("th", { text: t("md_verdict") }))));
          var body = el("tbody");
          d.versions.forEach(function (v) {
            var m = v.metrics || {}, sh = m.shadow || {}, c = sh.candidate || {}, sv = sh.serving || {};
            var verdict = v.serving ? t("md_serves") : v.retired_at ? t("md_retired") : v.promoted_at ? t("md_was") : t("md_kept_out");
            body.appendChild(el("tr", { "data-testid": "model-row", "data-version": v.version, "data-serving": v.serving ? "true" : "false" },
              el("td", null, el("code", { text: v.version })),
              el("td", { "class": "nowrap", text: fmtTime(v.created_at) }),
              el("td", null, el("div", { text: pct(c.dev_accuracy) + (sv.dev_accuracy !== undefined ? " (" + pct(sv.dev_accuracy) + ")" : "") }),
                sh.dev_fixed !== undefined ? el("div", { "class": "muted small", text: t("md_paired", { fixed: sh.dev_fixed, broken: sh.dev_broken }) }) : null),
              el("td", { text: c.corrected_n ? Math.round(c.corrected_accuracy * c.corrected_n) + " / " + c.corrected_n : "—" }),
              el("td", null, el("span", { "class": "badge" + (v.serving ? " working" : ""), text: verdict }),
                m.rule ? el("div", { "class": "muted small", text: m.rule }) : null)));
          });
          tb.appendChild(body);
          table.appendChild(tb);
        }
        button.disabled = !!d.retraining;
        say(status, d.retraining ? t("md_retraining") : d.last_error ? t("md_failed", { message: d.last_error }) : "",
          d.last_error && !d.retraining ? "error" : "");
        clearTimeout(timer);
        if (d.retraining) timer = setTimeout(load, 3000);
      }).catch(function (err) { sayError(status, err); });
    };
    on(button, "click", function () {
      button.disabled = true;
      api("POST", "/v1/models/retrain").then(load).catch(function (err) { button.disabled = false; sayError(status, err); });
    });
    load();
    return card;
  }

  // showFeedback lists feedback, newest first, and lets the admin accept
  // or reject corrections (docs/learning.md).
  function showFeedback(panel) {
    var status = message();
    panel.appendChild(el("h2", { text: t("fb_title") }));
    panel.appendChild(el("p", { "class": "hint", text: t("fb_hint") }));
    var kinds = ["relabel", "answer_fixed", "answer_flagged", "article_wrong", "article_outdated", "thumbs_up", "thumbs_down"];
    var kind = el("select", { id: "fb-kind" }, el("option", { value: "", text: t("fb_any") }));
    kinds.forEach(function (k) { kind.appendChild(el("option", { value: k, text: t("fb_k_" + k) })); });
    var st = el("select", { id: "fb-status" }, el("option", { value: "", text: t("fb_any") }));
    ["proposed", "accepted", "rejected"].forEach(function (k) { st.appendChild(el("option", { value: k, text: t("fb_s_" + k) })); });
    var filter = el("form", { "class": "inline-add", id: "fb-filter" },
      el("label", { "for": "fb-kind", text: t("fb_filter_kind") }), kind,
      el("label", { "for": "fb-status", text: t("fb_filter_status") }), st,
      el("button", { type: "submit", text: t("fb_show") }));
    panel.appendChild(modelCard());
    panel.appendChild(filter);
    panel.appendChild(status);
    var list = el("div", { id: "feedback" });
    panel.appendChild(list);
    var names = {};
    var table = null, body = null, next = 0;

    var load = function (before) {
      var q = ["limit=50"];
      if (kind.value) q.push("kind=" + encodeURIComponent(kind.value));
      if (st.value) q.push("status=" + encodeURIComponent(st.value));
      if (before) q.push("before=" + before);
      return api("GET", "/v1/feedback?" + q.join("&")).then(function (r) {
        if (!before) start();
        (r.data.feedback || []).forEach(function (f) { body.appendChild(row(f)); });
        if (!body.firstChild) { clear(list); list.appendChild(el("p", { "class": "muted", id: "feedback-empty", text: t("fb_empty") })); }
        next = r.data.next || 0;
        more.hidden = !next;
      }).catch(function (err) { sayError(status, err); });
    };
    var more = el("button", { type: "button", id: "fb-more", text: t("fb_more") });
    more.hidden = true;
    on(more, "click", function () { load(next); });

    var start = function () {
      clear(list);
      table = el("table", { "class": "admin-table", id: "feedback-table" });
      table.appendChild(el("thead", null, el("tr", null, el("th", { text: t("fb_when") }), el("th", { text: t("fb_kind") }),
        el("th", { text: t("fb_who") }), el("th", { text: t("fb_what") }), el("th", { text: t("fb_status") }))));
      body = el("tbody");
      table.appendChild(body);
      list.appendChild(table);
      list.appendChild(more);
    };

    var what = function (f) {
      var d = el("div", { "class": "feedback-what" });
      if (f.kind === "relabel") {
        d.appendChild(el("div", { dir: "auto", text: t("fb_meant", { text: f.text || "", intent: intentName(f.intent), previous: intentName(f.previous_intent) }) }));
      } else if (f.previous_intent) {
        d.appendChild(el("div", { "class": "muted small", text: t("fb_reply", { intent: intentName(f.previous_intent) }) }));
      }
      if (f.answer) d.appendChild(el("div", { dir: "auto", text: t("fb_answer", { answer: f.answer }) }));
      if (f.article_id) d.appendChild(el("div", { text: t("fb_article", { id: f.article_id }) }));
      if (f.reason) d.appendChild(el("div", { "class": "muted small", dir: "auto", text: t("fb_reason", { reason: f.reason }) }));
      return d;
    };

    var row = function (f) {
      var who = f.agent_id ? (names[f.agent_id] || f.agent_id) : t("fb_customer");
      var cell = el("td", { "class": "row-actions" });
      var tr = el("tr", { "data-id": String(f.id), "data-kind": f.kind, "data-status": f.status || "", "data-testid": "feedback-row" },
        el("td", { "class": "nowrap", title: fmtTime(f.created_at), text: fmtTime(f.created_at) }),
        el("td", { text: t("fb_k_" + f.kind) }),
        el("td", { dir: "auto", text: who }),
        el("td", null, what(f)),
        cell);
      var fill = function (f) {
        clear(cell);
        tr.setAttribute("data-status", f.status || "");
        if (!f.status) return;
        cell.appendChild(el("span", { "class": "badge " + (f.status === "accepted" ? "working" : f.status === "rejected" ? "revoked" : ""), text: t("fb_s_" + f.status) }));
        if (f.reviewed_by) cell.appendChild(el("div", { "class": "muted small", text: t("fb_reviewed", { name: names[f.reviewed_by] || f.reviewed_by, time: fmtTime(f.reviewed_at) }) }));
        ["accept", "reject"].forEach(function (verb) {
          if ((verb === "accept" && f.status === "accepted") || (verb === "reject" && f.status === "rejected")) return;
          var b = el("button", { type: "button", "class": "fb-" + verb, "data-testid": "feedback-" + verb, text: t("fb_" + verb) });
          on(b, "click", function () {
            b.disabled = true;
            api("POST", "/v1/feedback/" + f.id + "/" + verb).then(function (r) { fill(r.data.feedback); })
              .catch(function (err) { b.disabled = false; sayError(status, err); });
          });
          cell.appendChild(b);
        });
      };
      fill(f);
      return tr;
    };

    on(filter, "submit", function (ev) { ev.preventDefault(); load(0); });
    api("GET", "/v1/agents").then(function (r) {
      (r.data.items || []).forEach(function (a) { names[a.id] = a.name || a.email || a.id; });
    }).catch(function () {}).then(function () { load(0); });
  }

  addSection({ id: "keys", label: "nav_keys", show: showKeys });
  addSection({ id: "feedback", label: "nav_feedback", show: showFeedback });

  function showKeys(panel) {
    var status = message();
    panel.appendChild(el("h2", { text: t("key_title") }));
    panel.appendChild(el("p", { "class": "hint", text: t("key_hint") }));
    panel.appendChild(status);
    var fresh = el("div", { id: "new-key-slot" });
    panel.appendChild(fresh);

    var name = el("input", { id: "key-name", maxlength: 100, autocomplete: "off", placeholder: t("key_name_example") });
    var scopes = el("div", { "class": "scope-choice", role: "radiogroup", "aria-label": t("key_scope") });
    ["chat", "admin"].forEach(function (s) {
      var radio = el("input", { type: "radio", name: "key-scope", id: "key-scope-" + s, value: s, checked: s === "chat" });
      scopes.appendChild(el("label", { "class": "scope-option", "for": "key-scope-" + s, "data-scope": s },
        radio, el("span", null, el("strong", { text: t("scope_" + s) }), el("span", { "class": "hint", text: t("scope_" + s + "_hint") }))));
    });
    var create = el("button", { type: "submit", id: "key-create", "class": "primary", text: t("key_create") });
    var msg = message();
    var form = el("form", { "class": "admin-form", id: "key-form", novalidate: true },
      el("fieldset", null, el("legend", { text: t("key_new") }),
        field("name", t("key_name"), name, t("key_name_hint")),
        el("div", { "class": "field", "data-field": "scope" }, el("span", { "class": "label", text: t("key_scope") }), scopes,
          el("p", { "class": "field-error error", "data-field-error": "scope", role: "alert" })),
        el("div", { "class": "form-actions" }, create, msg)));
    panel.appendChild(form);
    var list = el("div");
    panel.appendChild(el("h3", { text: t("key_list") }));
    panel.appendChild(list);

    var refresh = function () {
      return api("GET", "/v1/keys").then(function (r) { render(r.data.items || []); })
        .catch(function (err) { sayError(status, err); });
    };

    var render = function (keys) {
      clear(list);
      if (!keys.length) { list.appendChild(el("p", { "class": "muted", id: "keys-empty", text: t("key_empty") })); return; }
      var table = el("table", { "class": "admin-table", id: "keys-table" });
      table.appendChild(el("thead", null, el("tr", null,
        el("th", { text: t("key_name") }), el("th", { text: t("key_scope") }), el("th", { text: t("key_starts") }),
        el("th", { text: t("key_created") }), el("th", { text: t("key_state") }))));
      var body = el("tbody");
      // Working keys first, each group newest first (the API's order).
      keys.filter(function (k) { return !k.revoked_at; }).concat(keys.filter(function (k) { return k.revoked_at; })).forEach(function (k) {
        var cellState = el("td", { "class": "row-actions" });
        if (k.revoked_at) {
          cellState.appendChild(el("span", { "class": "badge revoked", text: t("key_revoked_on", { time: fmtDate(k.revoked_at) }), title: fmtTime(k.revoked_at) }));
        } else {
          cellState.appendChild(el("span", { "class": "badge working", text: t("key_working") }));
          var revoke = el("button", { type: "button", "class": "act-revoke", text: t("key_revoke") });
          on(revoke, "click", function () {
            confirmInline(revoke, t("key_revoke_q", { name: k.name || k.prefix || k.id }), t("key_revoke"), function () { revokeKey(k); });
          });
          cellState.appendChild(revoke);
        }
        body.appendChild(el("tr", { "data-id": k.id, "data-revoked": k.revoked_at ? "true" : "false", "class": k.revoked_at ? "off" : null },
          el("td", { dir: "auto", text: k.name || "—" }),
          el("td", null, el("span", { "class": "badge scope", "data-scope": k.scope, title: t("scope_" + k.scope + "_hint"), text: t("scope_" + k.scope) })),
          el("td", null, k.prefix ? el("code", { text: k.prefix + "…" }) : el("span", { "class": "muted", text: "—" })),
          el("td", { "class": "nowrap", title: fmtTime(k.created_at), text: fmtDate(k.created_at) }),
          cellState));
      });
      table.appendChild(body);
      list.appendChild(el("div", { "class": "table-wrap" }, table));
    };

    var revokeKey = function (k) {
      say(status, "");
      api("DELETE", "/v1/keys/" + encodeURIComponent(k.id)).then(function () {
        say(status, t("key_revoked", { name: k.name || k.prefix }), "ok");
        return refresh();
      }).catch(function (err) { sayError(status, err, refresh); });
    };

    // showNew shows a new plain key, this once: it is kept in no variable
    // beyond this box, which goes when the box is closed or the page left.
    var showNew = function (r) {
      clear(fresh);
      var pre = el("pre", { "class": "snippet", id: "new-key-value", "data-testid": "new-key-value", text: r.api_key });
      var done = on(el("button", { type: "button", id: "new-key-done", text: t("key_done") }), "click", function () { clear(fresh); });
      fresh.appendChild(el("section", { "class": "new-key", id: "new-key", role: "status" },
        el("h3", { text: t("key_new_title", { name: r.key.name, scope: t("scope_" + r.key.scope) }) }),
        el("p", { "class": "new-key-warn", text: t("key_once") }),
        el("div", { "class": "snippet-box" }, pre, copyButton(pre, "new-key-copy")),
        el("p", { "class": "hint", text: t(r.key.scope === "admin" ? "key_use_admin" : "key_use_chat") }),
        done));
      fresh.scrollIntoView({ block: "nearest" });
    };

    on(form, "submit", function (ev) {
      ev.preventDefault();
      clearFieldErrors(form);
      say(msg, "");
      if (!name.value.trim()) { showFieldError(form, { field: "name", message: t("required") }); return; }
      var scope = form.querySelector('input[name="key-scope"]:checked');
      create.disabled = true;
      say(msg, t("saving"));
      api("POST", "/v1/keys", { name: name.value.trim(), scope: scope ? scope.value : "chat" }).then(function (r) {
        name.value = "";
        say(msg, "");
        showNew(r.data);
        return refresh();
      }).catch(function (err) {
        if (!showFieldError(form, err)) sayError(msg, err);
        else say(msg, "");
      }).then(function () { create.disabled = false; });
    });
    refresh();
  }

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
    lang = agentPageLanguage(me);
    applyTexts();
    if (!canAdminister(me.agent)) {
      $("refused-who").textContent = t("refused_who", { name: me.agent.name || me.agent.email, role: t("role_" + me.agent.role), shop: me.tenant_name });
      showOnly("refused");
      return;
    }
    // A page that sent the browser here to sign in (the dashboard) gets
    // it back; only paths under /dashboard, so next= cannot send anyone
    // elsewhere.
    var next = new URLSearchParams(location.search).get("next") || "";
    if (/^\/dashboard(\?|$)/.test(next)) {
      location.replace(next);
      return;
    }
    $("me-name").textContent = (me.agent.name || me.agent.email) + " · " + t("role_" + me.agent.role);
    $("me-tenant").textContent = me.tenant_name;
    $("me-tenant").title = me.tenant_id || "";
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
      $("login-submit").disabled = false;
      start(r.data);
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

  // loginWait says, in the page's language, how long the server asks to
  // wait after too many failed logins (429 with Retry-After) and keeps
  // the button off until then, counting down.
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
      var wait = left < 90 ? t("wait_seconds", { n: left }) : t("wait_minutes", { n: Math.ceil(left / 60) });
      $("login-error").textContent = t("login_wait", { wait: wait });
    }
    $("login-error").hidden = false;
    $("login-submit").disabled = true;
    tick();
    loginTimer = setInterval(tick, 1000);
  }

  function logout() {
    api("POST", "/console/logout").catch(function () {}).then(function () { showLogin(); });
  }
  on($("logout"), "click", logout);
  on($("refused-logout"), "click", logout);

  applyTexts();
  api("GET", "/console/api/me").then(function (r) { start(r.data); }).catch(function () { showLogin(); });
})();
