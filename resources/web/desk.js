/* The desk page: the Qt desk's search, panel and figures, for a phone, tablet or laptop that joined.
 *
 * The host does the matching (GET /api/v1/members) and every rule (POST /api/v1/register); this
 * page only says in words, and in the Qt desk's colours, what the host answered. Keyboard-only on
 * a laptop: type, Up/Down, Enter; Esc clears; Ctrl+Z undoes this device's last registration;
 * Ctrl+G adds a guest. With a thumb: tap a name, then Register.
 */
"use strict";

(() => {
  if (!BD.requireRole("desk")) return;
  const { t, clock } = BD;
  const $ = (id) => document.getElementById(id);
  const search = $("search"), results = $("results"), hint = $("hint"), panel = $("panel");
  const issue = $("issue"), issueNote = $("issue-note"), registerButton = $("register");
  const SEARCH_LIMIT = 50;

  let hits = [];
  let highlighted = -1;
  let searchSeq = 0;
  let pending = null;          // the search in flight, awaited by an Enter typed before it answers
  let busy = false;            // a write in flight: a second Enter must not start another
  let state = { figures: null, ballots: [], boxes: [] };
  let panelState = { kind: "info", text: "", who: "", previous: "" };

  $("who").textContent = BD.session.device;

  // -- the panel -----------------------------------------------------------------------------------
  function drawPanel() {
    const { kind, text, previous } = panelState;
    panel.replaceChildren();
    const lines = (text || t("Ready. Type a name or membership number.")).split("\n");
    if (previous) {
      panel.className = "panel previous-outcome";
      const head = document.createElement("div");
      head.className = "previous";
      head.textContent = previous;
      panel.append(head);
      lines.forEach((line) => { const d = document.createElement("div"); d.className = "detail"; d.textContent = line; panel.append(d); });
      return;
    }
    panel.className = `panel ${kind}`;
    panel.dataset.kind = kind;
    // The verdict, up to the first ": ", large on its own line, the rest smaller (as the Qt panel).
    const first = lines[0];
    const colon = first.indexOf(": ");
    const verdict = document.createElement("div");
    verdict.className = "verdict";
    verdict.textContent = colon >= 0 ? first.slice(0, colon) : first;
    panel.append(verdict);
    const details = colon >= 0 ? [first.slice(colon + 2), ...lines.slice(1)] : lines.slice(1);
    details.forEach((line) => { const d = document.createElement("div"); d.className = "detail"; d.textContent = line; panel.append(d); });
  }

  function show(kind, text, who = "") {
    panelState = { kind, text, who, previous: "" };
    drawPanel();
  }

  // -- figures, ballots and boxes --------------------------------------------------------------------
  function drawFigures() {
    const f = state.figures;
    if (!f) return;
    // One sentence to translate (as the Qt desk's), shown in parts at its four-space gaps so that a
    // label and its figure wrap together on a phone.
    const line = t("Registered: {0}    May vote and present: {1}    Guests: {2}    Departed: {3}",
      BD.number(f.registered), BD.number(f.may_vote_present), BD.number(f.guests), BD.number(f.departed));
    $("figures").replaceChildren(...line.split(/ {4}/).map((part) => {
      const span = document.createElement("span");
      span.textContent = part;
      return span;
    }));
    const q = $("quorum");
    const present = f.may_vote_present, needed = f.quorum;
    if (!needed || needed <= 0) {
      q.textContent = t("No quorum set: {0} present may vote", BD.number(present));
      q.className = "quorum ok";
    } else if (f.quorate) {
      q.textContent = t("Quorum met: {0} present, {1} needed", BD.number(present), BD.number(needed));
      q.className = "quorum ok";
    } else {
      q.textContent = t("Quorum NOT met: {0} present, {1} needed ({2} more)",
        BD.number(present), BD.number(needed), BD.number(needed - present));
      q.className = "quorum problem";
    }
  }

  const openBallots = () => state.ballots.filter((b) => b.status === "open");

  /** The choice of where this desk's papers go: an open ballot and a box, remembered on this device. */
  function drawIssue() {
    const open = openBallots();
    const stored = localStorage.getItem("bd.issue");
    const choices = [["", t("Do not issue papers at this desk")]];
    for (const b of open) for (const box of state.boxes) choices.push([JSON.stringify([b.id, box]), `${b.title} — ${box}`]);
    const has = (v) => v !== null && choices.some(([c]) => c === v);
    const current = issue.options.length > 1 ? issue.value : null;
    const keep = has(current) ? current : has(stored) ? stored : (choices[1] ? choices[1][0] : "");
    BD.setChoices(issue, choices);
    issue.value = keep;
    $("issue-row").classList.toggle("hidden", !open.length);
    issueNote.textContent = open.length ? "" : t("No ballot is open: registration only.");
  }
  issue.addEventListener("change", () => { localStorage.setItem("bd.issue", issue.value); search.focus(); });

  function issueTarget() {
    if (!issue.value) return {};
    const [ballot, box] = JSON.parse(issue.value);
    return openBallots().some((b) => b.id === ballot) ? { ballot, box } : {};
  }

  async function loadState() {
    try {
      const result = await BD.call("GET", "/api/v1/state");
      if (!result.ok) return;
      const s = result.data;
      BD.showMeeting(s.meeting);
      BD.keepRecord(s.record);
      state = {
        figures: s.figures || s.attendance || null,
        ballots: (s.ballots || []).map((b) => ({ id: b.id ?? b.number, title: b.title, status: b.status })),
        boxes: (s.boxes || []).map((b) => (typeof b === "string" ? b : b.name)),
      };
      drawFigures();
      drawIssue();
    } catch (_e) { /* the banner says the host is gone */ }
  }

  // -- searching -----------------------------------------------------------------------------------
  function drawResults() {
    results.replaceChildren(...hits.map((hit, row) => {
      const li = document.createElement("li");
      li.id = `hit-${row}`;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", row === highlighted ? "true" : "false");
      li.dataset.number = hit.number;
      const name = document.createElement("span"); name.className = "name"; name.textContent = hit.name;
      const num = document.createElement("span"); num.className = "number"; num.textContent = hit.number;
      const vote = document.createElement("span");
      vote.className = `vote ${hit.may_vote ? "yes" : "no"}`;
      vote.textContent = `${t("May vote")}: ${hit.may_vote ? t("Yes") : t("No")}`;
      if (!hit.may_vote && hit.reason) vote.textContent += ` — ${hit.reason}`;
      const reg = document.createElement("span"); reg.className = "registered";
      reg.textContent = hit.registered ? `${t("Registered")} ${clock(hit.registered_at)}`.trim() : "";
      li.append(name, num, vote, reg);
      li.addEventListener("click", () => { select(row); search.focus(); });
      li.addEventListener("dblclick", () => registerRow(row));
      return li;
    }));
    search.setAttribute("aria-expanded", hits.length ? "true" : "false");
    if (highlighted >= 0) search.setAttribute("aria-activedescendant", `hit-${highlighted}`);
    else search.removeAttribute("aria-activedescendant");
    registerButton.disabled = highlighted < 0 || !BD.live.online;
  }

  function select(row) {
    highlighted = hits.length ? Math.min(Math.max(row, 0), hits.length - 1) : -1;
    drawResults();
    const li = $(`hit-${highlighted}`);
    if (li) li.scrollIntoView({ block: "nearest" });
  }

  function drawHint(text) {
    if (hits.length) {
      hint.textContent = t("{0} found{1}. Up/Down to choose, Enter to register.", hits.length, "");
    } else if (text.trim()) {
      hint.textContent = t("No member matches '{0}'. Enter looks up a full membership number.", text.trim());
    } else {
      hint.textContent = t("Type a name or membership number.");
    }
  }

  function runSearch() {
    const text = search.value;
    const seq = ++searchSeq;
    if (!text.trim()) {
      hits = []; highlighted = -1; drawResults(); drawHint(text);
      pending = null;
      return Promise.resolve();
    }
    pending = (async () => {
      let found = null;
      try {
        const result = await BD.call("GET", `/api/v1/members?q=${encodeURIComponent(text)}&limit=${SEARCH_LIMIT}`);
        if (result.ok) found = result.data.members || [];
      } catch (_e) { found = null; }
      if (seq !== searchSeq || found === null) return;
      hits = found;
      highlighted = hits.length ? 0 : -1;
      drawResults();
      drawHint(text);
    })();
    return pending;
  }

  search.addEventListener("input", () => {
    // The steward has started on the next person: the panel's outcome becomes the previous person's.
    if (search.value.trim() && panelState.who && !panelState.previous) {
      panelState.previous = t("Previous: {0}", panelState.who);
      drawPanel();
    }
    runSearch();
  });

  // -- registering ---------------------------------------------------------------------------------
  function refuseOffline() {
    show("error", t("NOT REGISTERED: the host cannot be reached. Nothing was sent; register them again once the page says it is connected."));
  }

  async function registerHighlighted() {
    if (pending) await pending;
    if (highlighted >= 0) return registerRow(highlighted);
    const typed = search.value.trim();
    if (typed) return registerNumber(typed);
    return undefined;
  }

  function registerRow(row) {
    const hit = hits[row];
    return hit ? registerNumber(hit.number) : undefined;
  }

  function paperLines(result, target, already) {
    const lines = [];
    const p = result.paper;
    const title = (id) => (state.ballots.find((b) => b.id === id) || {}).title || String(id ?? "");
    if (p) {
      lines.push(t("Ballot paper: {0} — box {1}", title(p.ballot), p.box) + (p.serial ? ` (${p.serial})` : ""));
    } else if (target.ballot !== undefined && result.may_vote) {
      const why = result.paper_refused || result.paper_error || result.paper_reason || "";
      if (why) lines.push((already ? t("Ballot paper for {0}: {1}", title(target.ballot), why)
        : t("NO ballot paper for {0}: {1}", title(target.ballot), why)));
    }
    return lines;
  }

  async function registerNumber(number) {
    if (busy) return;
    if (!BD.live.online) { refuseOffline(); return; }
    busy = true;
    const target = issueTarget();
    // A slow answer is said, not left as a silent screen: the steward must not press Enter again and wonder.
    const slow = setTimeout(() => show("info", t("Waiting for the host…")), 800);
    let result;
    try {
      result = await BD.call("POST", "/api/v1/register", { number, ...target });
    } catch (error) {
      clearTimeout(slow);
      busy = false;
      if (error.sent) show("error", t("NOT CONFIRMED: the host stopped answering. Once the page says it is connected, search for them again: the list shows whether they are registered."));
      else refuseOffline();
      search.focus();
      return;
    }
    clearTimeout(slow);
    busy = false;
    const r = result.data;
    const who = `${r.name || ""} (${r.number || number})`.trim();
    if (!result.ok) {
      show("error", t("REFUSED: {0}", BD.refusal(result)));
    } else if (r.status === "unknown") {
      show("error", t("NOT ON THE ROLL: {0}. Check the number, or send them to the chair's desk.", r.reason || number), r.number || number);
    } else if (r.status === "refused") {
      show("error", t("REFUSED: {0}", r.reason || BD.refusal(result)), who);
    } else if (r.status === "already" || r.status === "returned") {
      const vote = r.may_vote ? t("may vote") : t("may not vote because {0}", r.reason);
      let text;
      if (r.status === "returned") {
        text = t("BACK IN THE HALL: {0} — registered at {1}, had left at {2}; {3}", who, clock(r.at), clock(r.departed_at), vote);
      } else if (r.by && r.by !== BD.session.device && !r.by.startsWith(`${BD.session.device} (`)) {
        // Registered by another desk ("Main desk (desk)"), or by a steward on the host: the one to ask.
        text = t("ALREADY REGISTERED at {0} by {1}: {2} — {3}", clock(r.at), r.by, who, vote);
      } else {
        text = t("ALREADY REGISTERED at {0}: {1} — {2}", clock(r.at), who, vote);
      }
      show("already", [text, ...paperLines(r, target, true)].join("\n"), who);
      search.value = "";
    } else {
      const text = r.may_vote ? t("REGISTERED — MAY VOTE: {0} — {1}", who, r.reason)
        : t("REGISTERED — MAY ATTEND BUT NOT VOTE: {0} because {1}", who, r.reason);
      show(r.may_vote ? "vote" : "no_vote", [text, ...paperLines(r, target, false)].join("\n"), who);
      search.value = "";
    }
    await runSearch();
    search.focus();
  }

  async function undoLast() {
    if (!BD.live.online) { refuseOffline(); return; }
    let result;
    try {
      result = await BD.call("POST", "/api/v1/undo", {});
    } catch (_e) {
      show("error", t("NOT CONFIRMED: the host stopped answering. Once the page says it is connected, search for them again: the list shows whether they are registered."));
      return;
    }
    const r = result.data;
    const undone = r.undone || null;
    if (!result.ok) {
      // "Nothing to undo" is news, not an alarm; any other refusal is said as one.
      const why = BD.refusal(result);
      if (result.status === 409 && /^Nothing to undo|^Dim i'w ddadwneud/.test(why)) show("info", why);
      else show("error", t("NOT UNDONE: {0}", why));
    } else if (!undone) {
      show("info", t("Nothing to undo: this device has made no registration to take back."));
    } else {
      const number = undone.number ? ` (${undone.number})` : "";
      const lines = [t("UNDONE: registration of {0}{1} taken back.", undone.name, number)];
      // The desk had issued a paper with the registration: its record is gone, so the paper must not be used.
      for (const p of r.papers || undone.papers || []) {
        const [ballot, box] = Array.isArray(p) ? p : [p.ballot, p.box];
        lines.push(t("The ballot paper for {0} ({1}) is cancelled too: keep it back.", ballot, box));
      }
      show("info", lines.join("\n"), `${undone.name}${number}`);
      await runSearch();
    }
    search.focus();
  }

  // -- guests --------------------------------------------------------------------------------------
  const guestForm = $("guest-form");
  function openGuest() {
    guestForm.classList.remove("hidden");
    $("guest-name").value = ""; $("guest-note").value = "";
    $("guest-name").focus();
  }
  function closeGuest() { guestForm.classList.add("hidden"); search.focus(); }
  guestForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const name = $("guest-name").value.replace(/\s+/g, " ").trim();
    if (!name) { $("guest-name").focus(); return; }
    if (!BD.live.online) { refuseOffline(); return; }
    let result;
    try {
      result = await BD.call("POST", "/api/v1/guest", { name, note: $("guest-note").value.trim() });
    } catch (_e) {
      show("error", t("NOT CONFIRMED: the host stopped answering. Once the page says it is connected, search for them again: the list shows whether they are registered."));
      return;
    }
    if (result.ok) {
      const shown = result.data.name || name;
      show("no_vote", t("GUEST REGISTERED — MAY ATTEND, NEVER VOTES: {0}", shown), shown);
      closeGuest();
    } else {
      show("error", t("REFUSED: {0}", BD.refusal(result)));
    }
  });
  guestForm.addEventListener("keydown", (e) => { if (e.key === "Escape") closeGuest(); });
  $("guest-cancel").addEventListener("click", closeGuest);
  $("guest").addEventListener("click", openGuest);
  $("undo").addEventListener("click", undoLast);
  registerButton.addEventListener("click", () => { registerHighlighted(); });
  $("leave").addEventListener("click", () => BD.toJoin(""));

  // -- the keyboard ---------------------------------------------------------------------------------
  const MOVES = { ArrowUp: -1, ArrowDown: 1, PageUp: -10, PageDown: 10 };
  search.addEventListener("keydown", (e) => {
    const plain = !e.ctrlKey && !e.altKey && !e.metaKey;
    if (plain && MOVES[e.key] !== undefined) {
      e.preventDefault();
      if (hits.length) select((highlighted < 0 ? 0 : highlighted) + MOVES[e.key]);
    } else if (e.ctrlKey && (e.key === "Home" || e.key === "End")) {
      e.preventDefault();
      select(e.key === "Home" ? 0 : hits.length - 1);
    } else if (e.key === "Enter") {
      e.preventDefault();
      registerHighlighted();
    } else if (e.key === "Escape" && search.value) {
      e.preventDefault();
      search.value = "";
      runSearch();
    } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "z" && !search.value) {
      // With typing in the field Ctrl+Z undoes the typing, as in any field (and as at the Qt desk).
      e.preventDefault();
      undoLast();
    }
  });
  document.addEventListener("keydown", (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "g") { e.preventDefault(); openGuest(); }
  });

  // -- live ------------------------------------------------------------------------------------------
  const redrawConnection = BD.showConnection($("connection"), $("offline"));
  BD.live.on("change", (online) => {
    registerButton.disabled = highlighted < 0 || !online;
    if (online) { loadState(); runSearch(); }
  });
  // Any change at the host (another desk, the chair opening a ballot) redraws the figures and the list.
  BD.live.on("event", BD.coalesce(() => { loadState(); if (search.value.trim()) runSearch(); }));
  BD.languageToggle($("language"), () => { redrawConnection(); drawPanel(); drawFigures(); drawIssue(); drawResults(); drawHint(search.value); });

  BD.translatePage();
  drawPanel();
  drawHint("");
  BD.live.start();
  search.focus();
})();
