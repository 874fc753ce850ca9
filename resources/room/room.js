// The phone page: join with the code, answer the leader's question, see what is revealed.
// Every text from the server is set with textContent (never as HTML). Nothing is sent
// while typing; an answer leaves the phone only when Send is pressed.
"use strict";
(function () {
  const WORDS = {
    da: {
      title: "Rummet deltager",
      intro: "Dine svar er anonyme: der gemmes intet navn, ingen adresse og intet om din telefon. Rummet ser svarene først, når mødelederen viser dem, og kun når mindst tre har svaret.",
      code: "Koden fra skærmen", join: "Deltag", send: "Send", shown: "Det viser skærmen",
      wait: "Vent på mødelederen – spørgsmålet kommer her.",
      other: "English", otherLang: "en",
      text: "Dit svar", number: "Dit gæt (et tal)", sent: "Tak – dit svar er sendt.",
      closed: "Der er lukket for svar.", wrongCode: "Koden passer ikke. Prøv igen.",
      full: "Der er ikke plads til flere telefoner.", tooMany: "Du har givet de svar, der er plads til.",
      invalid: "Svaret kunne ikke bruges. Tjek det og prøv igen.",
      lost: "Forbindelsen er væk – prøver igen …", back: "Forbundet igen.",
      joined: "Du er med. Vent på mødelederens spørgsmål.",
      given: "Du har sendt {n} af {max}.", left: "{n} tegn tilbage",
    },
    en: {
      title: "The room takes part",
      intro: "Your answers are anonymous: no name, no address and nothing about your phone is kept. The room sees the answers only when the chair reveals them, and only once at least three have answered.",
      code: "The code on the screen", join: "Join", send: "Send", shown: "On the screen",
      wait: "Wait for the chair – the question appears here.",
      other: "Dansk", otherLang: "da",
      text: "Your answer", number: "Your guess (a number)", sent: "Thank you – your answer was sent.",
      closed: "Answers are closed.", wrongCode: "That code does not match. Try again.",
      full: "There is no room for more phones.", tooMany: "You have given as many answers as there is room for.",
      invalid: "The answer could not be used. Check it and try again.",
      lost: "The connection is lost – trying again …", back: "Connected again.",
      joined: "You are in. Wait for the chair's question.",
      given: "You have sent {n} of {max}.", left: "{n} characters left",
    },
  };
  const base = location.pathname.endsWith("/") ? location.pathname : location.pathname + "/";
  const key = "dialogtool-room:" + base;
  const $ = (id) => document.getElementById(id);
  let lang = sessionStorage.getItem(key + ":lang") === "en" ? "en" : "da";
  let token = sessionStorage.getItem(key);
  let view = null;
  let shownKey = "";
  let source = null;
  let retry = null;

  function t(name, values) {
    let text = WORDS[lang][name];
    for (const [k, v] of Object.entries(values || {})) text = text.replace("{" + k + "}", String(v));
    return text;
  }

  function say(text, problem) {
    const status = $("status");
    status.textContent = text;
    status.className = problem ? "problem" : "";
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
    for (const node of document.querySelectorAll("[data-t]")) node.textContent = t(node.dataset.t);
    const button = $("language");
    button.textContent = t("other");
    button.lang = t("otherLang");
    document.title = t("title");
  }

  async function post(path, body) {
    const headers = { "Content-Type": "application/json" };
    if (token) headers["X-Phone"] = token;
    const response = await fetch(base + path, {
      method: "POST", headers, body: JSON.stringify(body), credentials: "omit", cache: "no-store",
    });
    let data = {};
    try { data = await response.json(); } catch (_) { data = {}; }
    return { ok: response.ok, status: response.status, data };
  }

  async function join(code) {
    say("");
    let result;
    try { result = await post("join", { code }); } catch (_) { say(t("lost"), true); return; }
    if (!result.ok) {
      say(result.data.error === "full" ? t("full") : t("wrongCode"), true);
      showJoin();
      return;
    }
    token = result.data.token;
    sessionStorage.setItem(key, token);
    say(t("joined"));
    connect();
  }

  function showJoin() {
    $("join").hidden = false;
    $("activity").hidden = true;
    $("shown").hidden = true;
    $("wait").hidden = true;
  }

  function connect() {
    $("join").hidden = true;
    if (source) source.close();
    source = new EventSource(base + "events?t=" + encodeURIComponent(token) + "&lang=" + lang);
    source.onmessage = (event) => {
      if (retry) { say(t("back")); retry = null; }
      render(JSON.parse(event.data));
    };
    source.onerror = () => {
      say(t("lost"), true);
      if (source.readyState === EventSource.CLOSED) {
        // The browser gave up (the server restarted or forgot this phone): ask again soon.
        clearTimeout(retry);
        retry = setTimeout(recover, 3000);
      } else {
        retry = retry || true;
      }
    };
  }

  async function recover() {
    try {
      const response = await fetch(base + "state?t=" + encodeURIComponent(token), { cache: "no-store" });
      if (response.status === 403) {
        sessionStorage.removeItem(key);
        token = null;
        showJoin();
        return;
      }
    } catch (_) { /* still away: try once more below */ }
    connect();
  }

  function render(next) {
    view = next;
    const activity = next.activity;
    $("wait").hidden = Boolean(activity);
    $("activity").hidden = !activity;
    if (!activity) { $("shown").hidden = true; shownKey = ""; return; }
    const formKey = [activity.id, activity.open, activity.given, lang].join("|");
    if (formKey !== shownKey) { shownKey = formKey; renderForm(activity); }
    const lines = $("lines");
    lines.replaceChildren();
    if (activity.shown) {
      for (const line of activity.shown.lines) {
        const item = document.createElement("li");
        item.textContent = line;
        lines.append(item);
      }
    }
    $("shown").hidden = !activity.shown;
  }

  function renderForm(activity) {
    $("activity").dataset.activity = activity.id;
    $("question").textContent = activity.question;
    const full = activity.given >= activity.limit;
    const open = activity.open && !full;
    const choices = $("choices");
    choices.replaceChildren();
    choices.className = activity.choices.length > 3 ? "choices many" : "choices";
    const isText = ["notice", "checkin", "checkout", "cards"].includes(activity.kind);
    const isNumber = activity.kind === "guess_value";
    for (const choice of activity.choices) {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = choice.label;
      button.disabled = !open;
      button.addEventListener("click", () => send({ choice: choice.value }));
      choices.append(button);
    }
    $("answer").hidden = !(isText || isNumber) || !open;
    $("text").hidden = !isText;
    $("number").hidden = !isNumber;
    $("text").maxLength = activity.maxLength;
    $("answer-label").htmlFor = isText ? "text" : "number";
    $("answer-label").textContent = isText ? t("text") : t("number");
    $("counter").hidden = !isText;
    updateCounter();
    $("given").textContent = !activity.open ? t("closed")
      : activity.given ? (full ? t("tooMany") : t("given", { n: activity.given, max: activity.limit })) : "";
  }

  function updateCounter() {
    if (!view || !view.activity) return;
    $("counter").textContent = t("left", { n: view.activity.maxLength - $("text").value.length });
  }

  async function send(value) {
    const activity = view && view.activity;
    if (!activity) return;
    const body = Object.assign({ activity: activity.id }, value);
    let result;
    try { result = await post("answer", body); } catch (_) { say(t("lost"), true); return; }
    if (result.ok) {
      $("text").value = "";
      $("number").value = "";
      say(t("sent"));
      return;
    }
    if (result.status === 403) { sessionStorage.removeItem(key); token = null; showJoin(); return; }
    const error = result.data.error;
    say(error === "too_many" ? t("tooMany") : error === "closed" || error === "no_activity" ? t("closed") : t("invalid"), true);
  }

  $("answer").addEventListener("submit", (event) => {
    event.preventDefault();
    const activity = view && view.activity;
    if (!activity) return;
    if (activity.kind === "guess_value") {
      const raw = $("number").value.trim().replace(/\s/g, "");
      // Danish "1.234,5" and English "1,234.5": the last separator is the decimal one.
      const comma = raw.lastIndexOf(","), dot = raw.lastIndexOf(".");
      const normal = comma > dot ? raw.replace(/\./g, "").replace(",", ".") : raw.replace(/,/g, "");
      const number = Number(normal);
      if (!raw || !Number.isFinite(number)) { say(t("invalid"), true); return; }
      send({ number });
    } else {
      const text = $("text").value.trim();
      if (!text) { say(t("invalid"), true); return; }
      send({ text });
    }
  });
  $("text").addEventListener("input", updateCounter);
  $("join").addEventListener("submit", (event) => {
    event.preventDefault();
    join($("code").value.trim().toUpperCase());
  });
  $("language").addEventListener("click", () => {
    lang = lang === "da" ? "en" : "da";
    sessionStorage.setItem(key + ":lang", lang);
    applyLanguage();
    shownKey = "";
    if (token) connect();
  });

  applyLanguage();
  const code = decodeURIComponent(location.hash.slice(1));
  if (code) history.replaceState(null, "", base);
  if (token) connect();
  else if (code) join(code);
  else showJoin();
})();
