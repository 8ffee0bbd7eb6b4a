// The Confide chat page. Plain script, no dependencies.
// Security: every server or user text reaches the DOM as a text node (append/textContent),
// never as HTML; the API key lives only in `state.key` (memory), never in storage or a URL.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const VERDICTS = new Set(["allow", "transform", "escalate", "block"]);
  const state = { key: "", personas: [], conversationId: null, busy: false };

  /** A new element; string children become text nodes, never markup. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (name === "class") node.className = value;
      else node.setAttribute(name, String(value));
    }
    for (const child of children) {
      if (child !== null && child !== undefined) node.append(child);
    }
    return node;
  }

  class ApiError extends Error {
    constructor(status, code, message) {
      super(message);
      this.status = status;
      this.code = code;
    }
  }

  /** Call the API with the key; resolve to the JSON body or throw an ApiError. */
  async function api(method, path, body) {
    const headers = { Authorization: `Bearer ${state.key}`, Accept: "application/json" };
    const init = {
      method, headers, cache: "no-store", credentials: "omit", referrerPolicy: "no-referrer",
      redirect: "error",
    };
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(path, init);
    } catch {
      throw new ApiError(0, "network_error", "The server could not be reached.");
    }
    let data = null;
    try {
      data = await response.json();
    } catch {
      data = null;
    }
    if (!response.ok) {
      const err = data && typeof data === "object" ? data.error : null;
      const message = err && typeof err.message === "string" ? err.message
        : `The server answered HTTP ${response.status}.`;
      throw new ApiError(response.status, err && err.code ? String(err.code) : "http_error",
        message);
    }
    return data;
  }

  function showError(message) {
    const box = $("error");
    box.textContent = message;
    box.hidden = false;
  }

  function clearError() {
    const box = $("error");
    box.textContent = "";
    box.hidden = true;
  }

  function setStatus(message) {
    $("status").textContent = message;
  }

  function report(error) {
    showError(error instanceof ApiError ? error.message : "Something went wrong in the page.");
    setStatus("");
    if (!(error instanceof ApiError)) console.warn(error);
  }

  // --- personas and consent --------------------------------------------------------------

  function selectedPersona() {
    return state.personas.find((p) => p.name === $("persona").value) || null;
  }

  function renderPersona() {
    const persona = selectedPersona();
    const info = $("persona-info");
    const boxes = $("consent-boxes");
    info.replaceChildren();
    boxes.replaceChildren();
    $("consent-none").hidden = false;
    $("start").disabled = !persona;
    if (!persona) {
      $("consent-none").textContent = "Pick a persona to see the consent it requires.";
      return;
    }
    const residency = persona.residency || {};
    info.append(
      persona.description ? el("span", { class: "block" }, persona.description) : null,
      el("span", { class: "block" }, `Version ${persona.version}, backend ${persona.backend}, `
        + `residency ${residency.storage || "?"} / ${residency.inference || "?"}.`),
      el("span", { class: "block" }, `Guardrails: ${(persona.guardrails || []).join(", ") || "none"}.`),
    );
    const kinds = persona.consent_required || [];
    $("consent-none").textContent = kinds.length ? "" : "This persona requires no consent.";
    $("consent-none").hidden = kinds.length > 0;
    kinds.forEach((kind, i) => {
      const id = `consent-${i}`;
      const box = el("input", { type: "checkbox", id });
      box.dataset.kind = kind;
      boxes.append(el("div", { class: "check" }, box,
        el("label", { for: id }, String(kind).replace(/_/g, " "))));
    });
  }

  async function loadPersonas(event) {
    event.preventDefault();
    clearError();
    const key = $("api-key").value.trim().replace(/^Bearer\s+/i, "");
    if (!key) {
      showError("Paste an API key first.");
      return;
    }
    if (/[^\x21-\x7e]/.test(key)) {
      showError("That API key contains characters no key has.");
      return;
    }
    state.key = key;
    setStatus("Loading personas…");
    try {
      const data = await api("GET", "/v1/personas");
      state.personas = Array.isArray(data.personas) ? data.personas : [];
    } catch (error) {
      state.personas = [];
      report(error);
    }
    const select = $("persona");
    select.replaceChildren();
    if (!state.personas.length) {
      select.append(el("option", { value: "" }, "No personas: upload one with POST /v1/personas"));
      select.disabled = true;
    } else {
      for (const p of state.personas) {
        select.append(el("option", { value: p.name }, `${p.name} (v${p.version})`));
      }
      select.disabled = false;
      setStatus(`Loaded ${state.personas.length} persona(s).`);
    }
    renderPersona();
  }

  // --- transcript and objectives ---------------------------------------------------------

  function scrollToEnd() {
    const list = $("transcript");
    list.scrollTop = list.scrollHeight;
  }

  function addNote(text) {
    $("transcript").append(el("li", { class: "note" }, text));
    scrollToEnd();
  }

  function addUser(text) {
    const item = el("li", { class: "msg msg-user" },
      el("span", { class: "who" }, "You"), el("p", { class: "text" }, text));
    $("transcript").append(item);
    scrollToEnd();
    return item;
  }

  function renderVerdicts(verdicts) {
    const list = el("ul", { class: "verdicts", "aria-label": "Verdicts" });
    for (const v of verdicts || []) {
      const kind = VERDICTS.has(v.verdict) ? v.verdict : "unknown";
      const item = el("li", { class: `verdict verdict-${kind}`, "data-stage": v.stage,
        "data-verdict": kind },
        el("span", { class: "stage" }, String(v.stage)), " ",
        el("strong", { class: "word" }, String(v.verdict)));
      for (const reason of v.reasons || []) item.append(" ", el("code", { class: "reason" }, String(reason)));
      if (typeof v.latency_ms === "number") item.append(el("span", { class: "latency" }, ` ${v.latency_ms} ms`));
      list.append(item);
    }
    return list;
  }

  /** The assistant's reply with its verdicts, escalation badge and completed objectives. */
  function addReply(turn) {
    const item = el("li", { class: "msg msg-assistant" }, el("span", { class: "who" }, "Assistant"));
    if (turn.escalated) {
      item.append(el("span", { class: "badge badge-escalated" }, "Escalated to a person"));
      if (turn.escalation_id) item.append(el("span", { class: "mono small" }, ` ${turn.escalation_id}`));
    }
    item.append(el("p", { class: "text" }, String(turn.reply ?? "")));
    if (turn.completed && turn.completed.length) {
      item.append(el("p", { class: "completed" }, `Completed: ${turn.completed.join(", ")}`));
    }
    const verdicts = turn.verdicts || [];
    item.append(renderVerdicts(verdicts));
    if (verdicts.length) {
      item.append(el("details", { class: "detail" }, el("summary", {}, "Scores and detectors"),
        el("pre", {}, JSON.stringify(verdicts, null, 2))));
    }
    $("transcript").append(item);
    scrollToEnd();
  }

  /** Text that may wrap after each underscore (`<wbr>` nodes; textContent is unchanged). */
  function breakable(text) {
    const fragment = document.createDocumentFragment();
    String(text).split(/(?<=_)/).forEach((part, i) => {
      if (i) fragment.append(document.createElement("wbr"));
      fragment.append(part);
    });
    return fragment;
  }

  function renderObjectives(objectives) {
    const body = $("objectives");
    body.replaceChildren();
    const list = Array.isArray(objectives) ? objectives : [];
    for (const o of list) {
      const vars = Object.entries(o.variables || {});
      const cell = el("td", { class: "vars" });
      if (!vars.length) cell.append("–");
      for (const [name, value] of vars) {
        cell.append(el("span", { class: "block" }, breakable(name),
          ` = ${typeof value === "string" ? value : JSON.stringify(value)}`));
      }
      const stateName = String(o.state);
      body.append(el("tr", { "data-objective": o.name, "data-state": stateName },
        el("th", { scope: "row" }, breakable(o.name)),
        el("td", {}, el("span", { class: `state state-${stateName.replace(/[^a-z_]/g, "")}` }, stateName)),
        cell));
    }
    $("objectives-table").hidden = !list.length;
    $("objectives-empty").hidden = list.length > 0;
  }

  function setConversation(id) {
    state.conversationId = id;
    $("conversation-id").textContent = id || "";
    const open = Boolean(id);
    $("message").disabled = !open;
    $("send").disabled = !open;
    $("end").disabled = !open;
  }

  // --- actions ---------------------------------------------------------------------------

  async function start(event) {
    event.preventDefault();
    clearError();
    const persona = selectedPersona();
    const subject = $("subject-id").value.trim();
    if (!state.key || !persona) {
      showError("Load the personas with your API key and pick one first.");
      return;
    }
    if (!subject) {
      showError("Enter a subject id.");
      return;
    }
    const consent = {};
    for (const box of $("consent-boxes").querySelectorAll("input[type=checkbox]")) {
      consent[box.dataset.kind] = box.checked;
    }
    $("start").disabled = true;
    setStatus("Starting…");
    try {
      const data = await api("POST", "/v1/conversations",
        { persona: persona.name, subject_id: subject, consent });
      setConversation(data.id);
      $("transcript").replaceChildren();
      const r = data.residency || {};
      addNote(`Started ${data.persona} v${data.persona_version} (residency ${r.storage || "?"}`
        + ` / ${r.inference || "?"}).`);
      addReply({ reply: data.greeting, verdicts: data.verdicts, escalated: false });
      renderObjectives(data.objectives);
      setStatus("Conversation started.");
      $("message").focus();
    } catch (error) {
      report(error);
    } finally {
      $("start").disabled = !selectedPersona();
    }
  }

  async function send(event) {
    event.preventDefault();
    const box = $("message");
    const text = box.value;
    if (!state.conversationId || state.busy || !text.trim()) return;
    clearError();
    state.busy = true;
    $("send").disabled = true;
    box.value = "";
    const mine = addUser(text);
    setStatus("Waiting for the reply…");
    try {
      const turn = await api("POST", `/v1/conversations/${encodeURIComponent(state.conversationId)}/messages`,
        { text });
      addReply(turn);
      renderObjectives(turn.objectives);
      setStatus(turn.escalated ? "Escalated to a person." : "Reply received.");
    } catch (error) {
      mine.classList.add("failed");
      mine.append(el("span", { class: "small" }, "Not delivered."));
      if (!box.value) box.value = text;
      report(error);
    } finally {
      state.busy = false;
      $("send").disabled = !state.conversationId;
      box.focus();
    }
  }

  async function end() {
    if (!state.conversationId) return;
    clearError();
    setStatus("Ending…");
    try {
      const data = await api("POST", `/v1/conversations/${encodeURIComponent(state.conversationId)}/end`);
      renderObjectives(data.objectives);
      addNote(`Conversation ${data.status || "ended"}.`);
      setConversation(null);
      setStatus("Conversation ended.");
    } catch (error) {
      report(error);
    }
  }

  function onMessageKey(event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      $("message-form").requestSubmit();
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("key-form").addEventListener("submit", loadPersonas);
    $("start-form").addEventListener("submit", start);
    $("persona").addEventListener("change", renderPersona);
    $("message-form").addEventListener("submit", send);
    $("message").addEventListener("keydown", onMessageKey);
    $("end").addEventListener("click", end);
  });
})();
