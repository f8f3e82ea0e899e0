/*!
 * Baton chat embed — puts a chat bubble on any page, talking to a Baton server's public chat API.
 *
 *   <script src="https://<your-baton>/embed.js" data-flow="<flowId>" data-title="Acme support"
 *           data-color="#0f172a" data-position="right" defer></script>
 *
 * Hand-written, dependency-free ES2019. Everything said by the user, the bot or an agent is put on
 * the page with textContent (never innerHTML), and all styles live in a shadow root so the host page
 * and the chat cannot restyle each other. The conversation id and token are kept in localStorage,
 * so a reload (or another page of the same site) continues the same conversation.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script || !script.getAttribute("data-flow")) {
    console.warn("Baton embed: add data-flow=\"<flowId>\" to the <script> tag.");
    return;
  }
  var flowId = script.getAttribute("data-flow");
  var baton = new URL(script.src, location.href).origin;
  var title = script.getAttribute("data-title") || "Chat with us";
  var color = validColor(script.getAttribute("data-color")) || "#0f172a";
  var side = script.getAttribute("data-position") === "left" ? "left" : "right";
  var storageKey = "baton-chat:" + baton + ":" + flowId;

  var chat = { id: null, token: null, lastEventId: 0, status: null, statusAt: -1, messages: [], seen: {}, references: [], events: null, busy: false };

  // ───────────── DOM ─────────────
  var host = document.createElement("div");
  host.setAttribute("data-baton-embed", flowId);
  var root = host.attachShadow({ mode: "open" });
  root.appendChild(el("style", null, css()));
  var bubble = el("button", { class: "bubble", type: "button", "aria-label": "Open chat: " + title, "aria-expanded": "false" }, "💬");
  var panel = el("section", { class: "panel", role: "dialog", "aria-label": title, hidden: "" });
  var header = el("header", { class: "header" });
  var heading = el("div", { class: "heading" });
  heading.appendChild(el("strong", null, title));
  var statusLine = el("div", { class: "status", role: "status", "data-testid": "baton-status" }, "");
  heading.appendChild(statusLine);
  var closeButton = el("button", { class: "close", type: "button", "aria-label": "Close chat" }, "×");
  header.appendChild(heading);
  header.appendChild(closeButton);
  var log = el("div", { class: "log", role: "log", "aria-live": "polite", "aria-label": "Conversation" });
  var replies = el("div", { class: "replies", "aria-label": "Quick replies" });
  var notice = el("div", { class: "notice", hidden: "" });
  var form = el("form", { class: "composer" });
  var input = el("input", { type: "text", "aria-label": "Your message", placeholder: "Type a message…", maxlength: "4000", autocomplete: "off" });
  var send = el("button", { type: "submit", class: "send" }, "Send");
  form.appendChild(input);
  form.appendChild(send);
  var person = el("button", { type: "button", class: "person" }, "Talk to a person");
  var restart = el("button", { type: "button", class: "restart", hidden: "" }, "Start a new chat");
  [header, log, notice, replies, form, person, restart].forEach(function (child) { panel.appendChild(child); });
  root.appendChild(panel);
  root.appendChild(bubble);

  bubble.addEventListener("click", function () { setOpen(panel.hidden); });
  closeButton.addEventListener("click", function () { setOpen(false); bubble.focus(); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) return;
    input.value = "";
    say({ text: text });
  });
  person.addEventListener("click", function () { say({ action: "talk_to_person" }); });
  restart.addEventListener("click", function () { forget(); chat.messages = []; chat.seen = {}; chat.references = []; render(); connect(); });

  function mount() {
    document.body.appendChild(host);
    var saved = load();
    if (saved && saved.open) setOpen(true);
  }
  if (document.body) mount(); else document.addEventListener("DOMContentLoaded", mount);

  function setOpen(open) {
    panel.hidden = !open;
    bubble.setAttribute("aria-expanded", String(open));
    store({ open: open });
    if (open) {
      if (!chat.id) connect();
      input.focus();
    }
  }

  // ───────────── conversation ─────────────
  /** Resumes the stored conversation, or starts a new one. */
  function connect() {
    var saved = load();
    if (saved && saved.conversationId && saved.token) {
      chat.id = saved.conversationId;
      chat.token = saved.token;
      api("GET", "/api/chat/conversations/" + encodeURIComponent(chat.id)).then(function (body) {
        chat.messages = []; chat.seen = {};
        merge(body);
        listen();
      }, function () {
        // expired, unknown, or from another Baton: begin again
        forget();
        start();
      });
    } else {
      start();
    }
  }

  function start() {
    setBusy(true);
    api("POST", "/api/chat/" + encodeURIComponent(flowId) + "/conversations", {}).then(function (body) {
      chat.id = body.conversationId;
      chat.token = body.token;
      store({ conversationId: chat.id, token: chat.token });
      merge(body);
      listen();
    }, showError).then(function () { setBusy(false); });
  }

  function say(body) {
    if (!chat.id || chat.busy) return;
    setBusy(true);
    api("POST", "/api/chat/conversations/" + encodeURIComponent(chat.id) + "/messages", body).then(merge, showError).then(function () {
      setBusy(false);
      input.focus();
    });
  }

  /** Server-Sent Events: agent messages, queue position, connection to an agent, references. */
  function listen() {
    if (chat.events || typeof EventSource === "undefined") return;
    var url = baton + "/api/chat/conversations/" + encodeURIComponent(chat.id) + "/events?token=" + encodeURIComponent(chat.token) + "&lastEventId=" + chat.lastEventId;
    var source = new EventSource(url);
    chat.events = source;
    source.onmessage = function (event) {
      var data;
      try { data = JSON.parse(event.data); } catch { return; }
      if (typeof data.id === "number" && data.id > chat.lastEventId) chat.lastEventId = data.id;
      if (data.type === "message") merge({ messages: [data.message] });
      else if (data.type === "status") merge({ status: data.status, statusAt: data.id });
      else if (data.type === "reference") merge({ references: [data.reference] });
    };
    source.onerror = function () {
      // the browser reconnects by itself (with Last-Event-ID) unless the stream was refused
      if (source.readyState !== EventSource.CLOSED) return;
      chat.events = null;
      if (chat.status && chat.status.state === "ended") return;
      setTimeout(listen, 3000);
    };
  }

  /** Folds an answer (start, send, replay or one event) into the conversation and redraws. */
  function merge(body) {
    (body.messages || []).forEach(function (message) {
      if (chat.seen[message.seq]) return;
      chat.seen[message.seq] = true;
      chat.messages.push(message);
    });
    chat.messages.sort(function (a, b) { return a.seq - b.seq; });
    // A slow POST answer can arrive after a newer streamed status (an agent already ended the
    // conversation): a status only wins if it is at least as recent as the one shown.
    var statusAt = typeof body.statusAt === "number" ? body.statusAt : typeof body.lastEventId === "number" ? body.lastEventId : -1;
    if (body.status && statusAt >= chat.statusAt) { chat.status = body.status; chat.statusAt = statusAt; }
    (body.references || []).forEach(function (reference) {
      if (!chat.references.some(function (known) { return known.reference === reference.reference; })) chat.references.push(reference);
    });
    if (typeof body.lastEventId === "number" && body.lastEventId > chat.lastEventId) chat.lastEventId = body.lastEventId;
    if (chat.status && chat.status.state === "ended" && chat.events) { chat.events.close(); chat.events = null; }
    render();
  }

  // ───────────── rendering (text only) ─────────────
  function render() {
    log.textContent = "";
    chat.messages.forEach(function (message) {
      var row = el("div", { class: "message from-" + message.from, "data-from": message.from });
      if (message.from === "agent" && message.agentName) row.appendChild(el("span", { class: "who" }, message.agentName));
      row.appendChild(el("span", { class: "text" }, message.text));
      log.appendChild(row);
    });
    chat.references.forEach(function (reference) {
      var text = reference.kind === "ticket"
        ? "Ticket created. Your reference: " + reference.reference
        : "Callback booked" + (reference.slotLabel ? " for " + reference.slotLabel : "") + ". Your reference: " + reference.reference;
      log.appendChild(el("div", { class: "reference", "data-reference": reference.kind }, text));
    });
    log.scrollTop = log.scrollHeight;

    replies.textContent = "";
    var last = chat.messages[chat.messages.length - 1];
    if (last && last.from === "bot" && last.quickReplies && last.quickReplies.length) {
      last.quickReplies.forEach(function (reply) {
        var button = el("button", { type: "button", class: "reply" }, reply.label);
        button.addEventListener("click", function () { say({ action: { quickReply: reply.value || reply.label } }); });
        replies.appendChild(button);
      });
    }

    var status = chat.status || { state: "bot" };
    statusLine.textContent = describe(status);
    var ended = status.state === "ended";
    form.hidden = ended;
    // always there while the bot talks; already asked for while waiting or connected
    person.hidden = ended;
    person.disabled = chat.busy || status.state === "with_agent" || status.state === "queued";
    restart.hidden = !ended;
  }

  function describe(status) {
    if (status.state === "queued") {
      var parts = ["Waiting for a person"];
      if (status.position) parts.push("you are number " + status.position + " in line");
      if (typeof status.estimatedWaitSec === "number") parts.push("about " + minutes(status.estimatedWaitSec));
      return parts.join(" · ");
    }
    if (status.state === "with_agent") return "Connected to " + (status.agentName || "a person");
    if (status.state === "ended") return "Conversation ended";
    return "Assistant";
  }

  function minutes(seconds) {
    if (seconds < 60) return "less than a minute";
    var count = Math.round(seconds / 60);
    return count + " minute" + (count === 1 ? "" : "s");
  }

  function setBusy(busy) {
    chat.busy = busy;
    send.disabled = busy;
    var state = chat.status ? chat.status.state : "bot";
    person.disabled = busy || state === "with_agent" || state === "queued";
  }

  function showError(error) {
    notice.hidden = false;
    notice.textContent = error && error.message ? error.message : "Something went wrong. Please try again.";
    setTimeout(function () { notice.hidden = true; }, 6000);
  }

  // ───────────── helpers ─────────────
  function api(method, path, body) {
    var headers = {};
    if (body !== undefined) headers["content-type"] = "application/json";
    if (chat.token) headers.authorization = "Bearer " + chat.token;
    return fetch(baton + path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body), mode: "cors", credentials: "omit" })
      .catch(function () { throw new Error("Can't reach the chat right now. Check your connection."); })
      .then(function (response) {
        return response.text().then(function (text) {
          var json = null;
          try { json = text ? JSON.parse(text) : null; } catch { json = null; }
          if (!response.ok) throw new Error(json && json.error && json.error.message ? json.error.message : "The chat answered " + response.status + ".");
          return json || {};
        });
      });
  }

  function load() {
    try { return JSON.parse(localStorage.getItem(storageKey) || "null"); } catch { return null; }
  }

  function store(patch) {
    try { localStorage.setItem(storageKey, JSON.stringify(Object.assign({}, load(), patch))); } catch { /* private mode: this page only */ }
  }

  function forget() {
    if (chat.events) chat.events.close();
    chat.events = null;
    chat.id = null;
    chat.token = null;
    chat.lastEventId = 0;
    chat.status = null;
    chat.statusAt = -1;
    store({ conversationId: null, token: null });
  }

  /** An element with attributes and, optionally, text (always as text). */
  function el(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function validColor(value) {
    if (!value) return null;
    return window.CSS && CSS.supports && CSS.supports("color", value) ? value : null;
  }

  function css() {
    var edge = side + ": 20px;";
    return [
      ":host { all: initial; }",
      "* { box-sizing: border-box; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }",
      "[hidden] { display: none !important; }",
      ".bubble { position: fixed; bottom: 20px; " + edge + " z-index: 2147483000; width: 56px; height: 56px; border-radius: 50%; border: 0;",
      "  background: " + color + "; color: #fff; font-size: 24px; cursor: pointer; box-shadow: 0 6px 20px rgba(15,23,42,.3); }",
      ".panel { position: fixed; bottom: 88px; " + edge + " z-index: 2147483000; width: min(370px, calc(100vw - 24px)); height: min(560px, calc(100vh - 110px));",
      "  display: flex; flex-direction: column; background: #fff; color: #0f172a; border-radius: 12px; overflow: hidden;",
      "  box-shadow: 0 12px 40px rgba(15,23,42,.25); border: 1px solid #e2e8f0; font-size: 14px; }",
      ".header { display: flex; align-items: center; gap: 8px; padding: 12px 14px; background: " + color + "; color: #fff; }",
      ".heading { flex: 1; min-width: 0; } .status { font-size: 12px; opacity: .85; margin-top: 2px; }",
      ".close { background: transparent; border: 0; color: inherit; font-size: 22px; cursor: pointer; line-height: 1; }",
      ".log { flex: 1; overflow-y: auto; padding: 12px; display: flex; flex-direction: column; gap: 8px; background: #f8fafc; }",
      ".message { max-width: 85%; padding: 8px 11px; border-radius: 12px; white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.4; }",
      ".from-bot, .from-agent { align-self: flex-start; background: #fff; border: 1px solid #e2e8f0; }",
      ".from-agent { border-color: #fcd34d; background: #fffbeb; }",
      ".from-user { align-self: flex-end; background: " + color + "; color: #fff; }",
      ".from-system, .reference { align-self: center; font-size: 12px; color: #475569; text-align: center; }",
      ".reference { background: #e0f2fe; color: #075985; padding: 6px 10px; border-radius: 8px; }",
      ".who { display: block; font-size: 11px; font-weight: 600; color: #92400e; margin-bottom: 2px; }",
      ".notice { padding: 6px 12px; font-size: 12px; color: #9f1239; background: #fff1f2; }",
      ".replies { display: flex; flex-wrap: wrap; gap: 6px; padding: 0 12px; background: #f8fafc; }",
      ".replies:not(:empty) { padding-bottom: 8px; }",
      ".reply { border: 1px solid " + color + "; color: " + color + "; background: #fff; border-radius: 999px; padding: 5px 11px; cursor: pointer; font-size: 13px; }",
      ".composer { display: flex; gap: 6px; padding: 10px; border-top: 1px solid #e2e8f0; }",
      ".composer input { flex: 1; min-width: 0; border: 1px solid #cbd5e1; border-radius: 8px; padding: 8px 10px; font-size: 14px; }",
      ".send { border: 0; border-radius: 8px; padding: 0 14px; background: " + color + "; color: #fff; cursor: pointer; }",
      ".person, .restart { margin: 0 10px 10px; padding: 7px; border: 1px solid #cbd5e1; border-radius: 8px; background: #fff; color: #0f172a; cursor: pointer; font-size: 13px; }",
      "button:disabled { opacity: .6; cursor: default; }",
      "button:focus-visible, input:focus-visible { outline: 2px solid #0ea5e9; outline-offset: 2px; }",
    ].join("\n");
  }
})();
