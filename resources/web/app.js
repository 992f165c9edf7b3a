/* BallotDesk in a browser: what every page shares (words, the API, the live connection).
 *
 * The host is the only place that decides: these pages never keep a copy of the meeting and
 * never queue a change to send later. When the host cannot be reached the page says so at once
 * and refuses to register or issue; each write carries an Idempotency-Key and a retry after a
 * lost reply sends the same key, so the host answers with the first outcome instead of acting twice.
 */
"use strict";

const BD = (() => {
  // -- words ------------------------------------------------------------------------------------
  // Welsh as in resources/translations/ballotdesk_cy.ts wherever the desk says the same sentence;
  // the few sentences only the browser says are marked "web" and want a Welsh speaker's check.
  const CY = {
    // from ballotdesk_cy.ts
    "REGISTERED — MAY VOTE: {0} — {1}": "WEDI COFRESTRU — YN GYMWYS I BLEIDLEISIO: {0} — {1}",
    "REGISTERED — MAY ATTEND BUT NOT VOTE: {0} because {1}":
      "WEDI COFRESTRU — CAEL BOD YN BRESENNOL OND NID PLEIDLEISIO: {0} oherwydd {1}",
    "ALREADY REGISTERED at {0}: {1} — {2}": "WEDI COFRESTRU EISOES am {0}: {1} — {2}",
    "ALREADY REGISTERED at {0} by {1}: {2} — {3}": "WEDI COFRESTRU EISOES am {0} gan {1}: {2} — {3}",
    "BACK IN THE HALL: {0} — registered at {1}, had left at {2}; {3}":
      "YN ÔL YN Y NEUADD: {0} — wedi cofrestru am {1}, wedi gadael am {2}; {3}",
    "may vote": "yn gymwys i bleidleisio",
    "may not vote because {0}": "ddim yn gymwys i bleidleisio oherwydd {0}",
    "NO ballot paper for {0}: {1}": "DIM papur pleidleisio i {0}: {1}",
    "Ballot paper for {0}: {1}": "Papur pleidleisio ar gyfer {0}: {1}",
    "Ballot paper: {0} — box {1}": "Papur pleidleisio: {0} — blwch {1}",
    "NOT UNDONE: {0}": "HEB EI DDADWNEUD: {0}",
    "Nothing to undo: nobody is registered.": "Dim i'w ddadwneud: does neb wedi cofrestru.",
    "UNDONE: registration of {0}{1} taken back.": "WEDI'I DDADWNEUD: mae cofrestriad {0}{1} wedi'i dynnu'n ôl.",
    "GUEST REGISTERED — MAY ATTEND, NEVER VOTES: {0}": "GWESTAI WEDI COFRESTRU — CAEL BOD YN BRESENNOL, BYTH YN PLEIDLEISIO: {0}",
    "Registered: {0}    May vote and present: {1}    Guests: {2}    Departed: {3}":
      "Wedi cofrestru: {0}    Yn bresennol ac yn gymwys i bleidleisio: {1}    Gwesteion: {2}    Wedi gadael: {3}",
    "No quorum set: {0} present may vote": "Dim cworwm wedi'i osod: {0} yn bresennol yn gymwys i bleidleisio",
    "Quorum met: {0} present, {1} needed": "Cworwm wedi'i gyrraedd: {0} yn bresennol, {1} eu hangen",
    "Quorum NOT met: {0} present, {1} needed ({2} more)": "Cworwm HEB ei gyrraedd: {0} yn bresennol, {1} eu hangen ({2} arall)",
    "Previous: {0}": "Blaenorol: {0}",
    "Ready. Type a name or membership number.": "Yn barod. Teipiwch enw neu rif aelodaeth.",
    "Type a name or membership number.": "Teipiwch enw neu rif aelodaeth.",
    "Type a name or membership number, then press Enter": "Teipiwch enw neu rif aelodaeth, yna pwyswch Enter",
    "{0} found{1}. Up/Down to choose, Enter to register.": "{0} wedi'u canfod{1}. Saethau i fyny/i lawr i ddewis, Enter i gofrestru.",
    "Registration status": "Statws cofrestru",
    "Attendance figures": "Ffigurau presenoldeb",
    "Search members": "Chwilio am aelodau",
    "Search results": "Canlyniadau chwilio",
    "Add guest": "Ychwanegu gwestai",
    "Undo last registration": "Dadwneud y cofrestriad diwethaf",
    "A guest may attend the meeting but never votes.": "Caiff gwestai fod yn bresennol yn y cyfarfod ond nid yw byth yn pleidleisio.",
    "Note (optional)": "Nodyn (dewisol)",
    "Name": "Enw",
    "Number": "Rhif",
    "May vote": "Cymwys i bleidleisio",
    "Registered": "Wedi cofrestru",
    "Yes": "Ydy",
    "No": "Nac ydy",
    "Box": "Blwch",
    "Ballot": "Pleidlais",
    "Teller": "Rhifwr",
    "Count": "Cyfrif",
    "Cancel": "Canslo",
    "Register": "Cofrestru",
    "Language": "Iaith",
    "Membership number": "Rhif aelodaeth",
    "Save entry": "Cadw'r cofnod",
    "Papers found": "Papurau a ganfuwyd",
    "Abstentions and blank papers": "Ymataliadau a phapurau gwag",
    "Rejected papers": "Papurau a wrthodwyd",
    "Choose a box.": "Dewiswch flwch.",
    "No ballot to count yet: a ballot is counted once it is closed.":
      "Does dim pleidlais i'w chyfrif eto: caiff pleidlais ei chyfrif ar ôl iddi gau.",
    "First entry for {0}.": "Cofnod cyntaf ar gyfer {0}.",
    "Second entry for {0}, entered blind: count the papers yourself; the first entry is not shown.":
      "Ail gofnod ar gyfer {0}, heb weld y cyntaf: cyfrifwch y papurau eich hun; nid yw'r cofnod cyntaf yn cael ei ddangos.",
    "The count of {0} is definitive; only the chair can order a recount.":
      "Mae cyfrif {0} yn derfynol; dim ond y cadeirydd all orchymyn ailgyfrif.",
    "The count of {0} is blocked: more papers were found than issued; the chair must order a recount of {0}.":
      "Mae cyfrif {0} wedi'i atal: cafwyd mwy o bapurau nag a roddwyd; rhaid i'r cadeirydd orchymyn ailgyfrif {0}.",
    "The two entries for {0} differ; the chair must resolve them first.":
      "Mae'r ddau gofnod ar gyfer {0} yn wahanol; rhaid i'r cadeirydd eu datrys yn gyntaf.",
    "You ({0}) entered the first count of {1}; a different teller must enter the second.":
      "Chi ({0}) a gofnododd gyfrif cyntaf {1}; rhaid i rifwr arall gofnodi'r ail.",
    "Entry saved. {0} now waits for a second teller's entry.":
      "Cofnod wedi'i gadw. Mae {0} nawr yn aros am gofnod ail rifwr.",
    "The entries match: the count of {0} is definitive.": "Mae'r cofnodion yn cyfateb: mae cyfrif {0} yn derfynol.",
    // web: said only by the browser pages
    "Join the meeting": "Ymuno â'r cyfarfod",
    "Join code": "Cod ymuno",
    "The 6 digits shown on the host laptop.": "Y 6 digid a ddangosir ar liniadur y gwesteiwr.",
    "This device's name": "Enw'r ddyfais hon",
    "For example “Overflow desk” or “Ann Davies”. It goes in the audit log with every change.":
      "Er enghraifft “Desg y gorlif” neu “Ann Davies”. Mae'n mynd i'r log archwilio gyda phob newid.",
    "Role": "Rôl",
    "Desk: register members and issue papers": "Desg: cofrestru aelodau a dosbarthu papurau",
    "Teller: enter a box's count": "Rhifwr: cofnodi cyfrif blwch",
    "Join": "Ymuno",
    "Certificate fingerprint (SHA-256)": "Ôl bys y dystysgrif (SHA-256)",
    "Compare it with the one on the host laptop before you type the code.":
      "Cymharwch ef â'r un ar liniadur y gwesteiwr cyn teipio'r cod.",
    "Plain HTTP: this connection is not encrypted.": "HTTP plaen: nid yw'r cysylltiad hwn wedi'i amgryptio.",
    "Type the 6-digit join code.": "Teipiwch y cod ymuno 6 digid.",
    "Give this device a name.": "Rhowch enw i'r ddyfais hon.",
    "Choose a role.": "Dewiswch rôl.",
    "That join code is wrong. Check the host laptop.": "Mae'r cod ymuno yn anghywir. Gwiriwch liniadur y gwesteiwr.",
    "Too many wrong codes from this device: wait a minute, then try again.":
      "Gormod o godau anghywir o'r ddyfais hon: arhoswch funud, yna rhowch gynnig arall arni.",
    "Connected to the host.": "Wedi cysylltu â'r gwesteiwr.",
    "Connecting to the host…": "Yn cysylltu â'r gwesteiwr…",
    "CANNOT REACH THE HOST: nothing can be registered, issued or counted from this device until it reconnects. Trying again by itself…":
      "METHU CYRRAEDD Y GWESTEIWR: ni ellir cofrestru, dosbarthu na chyfrif dim o'r ddyfais hon nes iddi ailgysylltu. Yn ceisio eto ohono'i hun…",
    "NOT REGISTERED: the host cannot be reached. Nothing was sent; register them again once the page says it is connected.":
      "HEB GOFRESTRU: ni ellir cyrraedd y gwesteiwr. Ni anfonwyd dim; cofrestrwch nhw eto pan fydd y dudalen yn dweud ei bod wedi cysylltu.",
    "NOT CONFIRMED: the host stopped answering. Once the page says it is connected, search for them again: the list shows whether they are registered.":
      "HEB EI GADARNHAU: peidiodd y gwesteiwr ag ateb. Pan fydd y dudalen yn dweud ei bod wedi cysylltu, chwiliwch amdanynt eto: mae'r rhestr yn dangos a ydynt wedi cofrestru.",
    "NOT ON THE ROLL: {0}. Check the number, or send them to the chair's desk.":
      "DDIM AR Y RHESTR AELODAU: {0}. Gwiriwch y rhif, neu anfonwch nhw at ddesg y cadeirydd.",
    "REFUSED: {0}": "WEDI'I WRTHOD: {0}",
    "No member matches '{0}'. Enter looks up a full membership number.":
      "Does dim aelod yn cyfateb i '{0}'. Mae Enter yn chwilio am rif aelodaeth llawn.",
    "Issue papers into": "Dosbarthu papurau i",
    "No ballot is open: registration only.": "Does dim pleidlais ar agor: cofrestru yn unig.",
    "Do not issue papers at this desk": "Peidio â dosbarthu papurau wrth y ddesg hon",
    "Register highlighted": "Cofrestru'r un a amlygwyd",
    "Nothing to undo: this device has made no registration to take back.":
      "Dim i'w ddadwneud: nid yw'r ddyfais hon wedi gwneud cofrestriad i'w dynnu'n ôl.",
    "The ballot paper for {0} ({1}) is cancelled too: keep it back.":
      "Mae'r papur pleidleisio ar gyfer {0} ({1}) wedi'i ganslo hefyd: cadwch ef yn ôl.",
    "Guest's name": "Enw'r gwestai",
    "Add": "Ychwanegu",
    "Leave": "Gadael",
    "Waiting for the host…": "Yn aros am y gwesteiwr…",
    "This device was disconnected by the chair, or hosting stopped. Join again with the code.":
      "Datgysylltwyd y ddyfais hon gan y cadeirydd, neu daeth y gwesteio i ben. Ymunwch eto gyda'r cod.",
    "This device's role may not do that.": "Ni chaiff rôl y ddyfais hon wneud hynny.",
    "Enter a figure for every line (0 if none): {0}.": "Rhowch ffigur ar gyfer pob llinell (0 os dim): {0}.",
    "Figures are whole numbers, 0 or more: {0}.": "Rhifau cyfan, 0 neu fwy, yw'r ffigurau: {0}.",
    "NOT SAVED: {0}": "HEB EI GADW: {0}",
    "NOT SAVED: the host cannot be reached. Nothing was sent; save again once the page says it is connected.":
      "HEB EI GADW: ni ellir cyrraedd y gwesteiwr. Ni anfonwyd dim; cadwch eto pan fydd y dudalen yn dweud ei bod wedi cysylltu.",
    "NOT CONFIRMED: the host stopped answering. Save again once the page says it is connected; the same entry is never counted twice.":
      "HEB EI GADARNHAU: peidiodd y gwesteiwr ag ateb. Cadwch eto pan fydd y dudalen yn dweud ei bod wedi cysylltu; ni chaiff yr un cofnod ei gyfrif ddwywaith.",
    "Votes for each option": "Pleidleisiau ar gyfer pob dewis",
    "Your entry is blind: you never see another teller's figures, and they never see yours.":
      "Mae eich cofnod yn ddall: ni welwch chi ffigurau rhifwr arall byth, ac ni welant hwy eich rhai chi.",
    "The two entries differ; the chair resolves them on the host.":
      "Mae'r ddau gofnod yn wahanol; bydd y cadeirydd yn eu datrys ar y gwesteiwr.",
  };

  const lang = () => (localStorage.getItem("bd.lang") === "cy" ? "cy" : "en");

  /** The sentence in the device's language, with {0}, {1}… filled in. */
  function t(text, ...args) {
    const template = lang() === "cy" && CY[text] !== undefined ? CY[text] : text;
    return template.replace(/\{(\d+)\}/g, (_m, i) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : ""));
  }

  /** Translate every element marked data-t (its text), data-t-placeholder and data-t-label. */
  function translatePage(root = document) {
    document.documentElement.lang = lang();
    root.querySelectorAll("[data-t]").forEach((el) => {
      if (!el.dataset.source) el.dataset.source = el.textContent.trim();
      el.textContent = t(el.dataset.source);
    });
    root.querySelectorAll("[data-t-placeholder]").forEach((el) => { el.placeholder = t(el.dataset.tPlaceholder); });
    root.querySelectorAll("[data-t-label]").forEach((el) => { el.setAttribute("aria-label", t(el.dataset.tLabel)); });
  }

  /** A button that switches the device between English and Cymraeg (remembered on this device). */
  function languageToggle(button, onChange) {
    const label = () => { button.textContent = lang() === "cy" ? "English" : "Cymraeg"; };
    label();
    button.addEventListener("click", () => {
      localStorage.setItem("bd.lang", lang() === "cy" ? "en" : "cy");
      label();
      translatePage();
      if (onChange) onChange();
    });
  }

  const number = (n) => (typeof n === "number" ? n.toLocaleString("en-GB") : String(n ?? ""));

  /** An ISO time as the hall reads it (19:42), as the Qt desk's clock() does. */
  function clock(stamp) {
    if (!stamp) return "";
    const m = /T(\d{2}):(\d{2})/.exec(stamp);
    return m ? `${m[1]}:${m[2]}` : String(stamp);
  }

  // -- the session ---------------------------------------------------------------------------------
  const session = {
    get token() { return localStorage.getItem("bd.token"); },
    get device() { return localStorage.getItem("bd.device") || ""; },
    get role() { return localStorage.getItem("bd.role") || ""; },
    save(token, device, role) {
      localStorage.setItem("bd.token", token);
      localStorage.setItem("bd.device", device);
      localStorage.setItem("bd.role", role);
    },
    forget() { localStorage.removeItem("bd.token"); },
  };

  /** Back to the join page, saying why (a revoked token, a stopped host, the wrong page for the role). */
  function toJoin(reason) {
    session.forget();
    if (reason) sessionStorage.setItem("bd.why", reason);
    location.replace("/");
  }

  // -- the API -------------------------------------------------------------------------------------
  class Unreachable extends Error {
    /** ``sent``: a request may have reached the host (its outcome is unknown), not merely failed to connect. */
    constructor(sent) { super("unreachable"); this.sent = sent; }
  }

  /** A random key for one write: crypto.randomUUID needs HTTPS, getRandomValues works on plain HTTP too. */
  function newKey() {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  const RETRY_DELAYS = [0, 400, 1200];
  const TIMEOUT_MS = 4000;
  /* A host that has gone is known at once (the connection is refused); a network that has gone silent
     is given three tries of four seconds, so the steward hears within a quarter of a minute at worst. */

  async function once(method, path, body, key) {
    const headers = { "Accept": "application/json", "Accept-Language": lang() };
    if (session.token) headers["Authorization"] = `Bearer ${session.token}`;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (key) headers["Idempotency-Key"] = key;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
    try {
      const response = await fetch(path, {
        method, headers, body: body === undefined ? undefined : JSON.stringify(body),
        signal: abort.signal, cache: "no-store",
      });
      let data = null;
      try { data = await response.json(); } catch (_e) { data = null; }
      return { status: response.status, ok: response.ok, data: data || {} };
    } finally {
      clearTimeout(timer);
    }
  }

  /** A call to the host. A write retries with the same Idempotency-Key; none is ever kept to send later.
   *
   * Throws Unreachable when the host did not answer; a 401 goes back to the join page.
   */
  async function call(method, path, body) {
    const write = method !== "GET";
    const key = write ? newKey() : null;
    let sent = false;
    for (const delay of write ? RETRY_DELAYS : [0]) {
      if (delay) await new Promise((r) => setTimeout(r, delay));
      try {
        sent = true;
        const result = await once(method, path, body, key);
        if (result.status === 502 || result.status === 503 || result.status === 504) continue;
        if (result.status === 401 && path !== "/api/v1/join") {
          toJoin(t("This device was disconnected by the chair, or hosting stopped. Join again with the code."));
        }
        return result;
      } catch (_error) {
        // fetch rejects on a refused connection and on our timeout alike; the same key goes again
      }
    }
    live.lost();
    throw new Unreachable(sent);
  }

  /** The words of a refusal the host sent (its "error" or "detail"), or the HTTP status. */
  function refusal(result) {
    const d = result.data || {};
    if (result.status === 403 && !d.error && !d.detail) return t("This device's role may not do that.");
    return String(d.error || d.message || d.detail || `HTTP ${result.status}`);
  }

  // -- the live connection ---------------------------------------------------------------------------
  /** Server-sent events read with fetch (EventSource cannot send the Authorization header).
   *
   * The stream being open is what "connected" means: a write is refused while it is down, and the
   * page reconnects by itself, a second apart at first, then every few seconds.
   */
  const live = (() => {
    const listeners = { change: [], event: [] };
    let online = null;
    let attempt = 0;
    let abort = null;
    let watchdog = null;
    const QUIET_MS = 25000;  // the host says something at least every 15 seconds

    function set(state) {
      if (online === state) return;
      online = state;
      listeners.change.forEach((f) => f(state));
    }
    function arm() {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => { if (abort) abort.abort(); }, QUIET_MS);
    }
    function dispatch(block) {
      let name = "message";
      const data = [];
      for (const line of block.split("\n")) {
        if (line.startsWith(":")) continue;
        const colon = line.indexOf(":");
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
        if (field === "event") name = value;
        else if (field === "data") data.push(value);
      }
      if (!data.length && name === "message") return;
      let payload = data.join("\n");
      try { payload = JSON.parse(payload); } catch (_e) { /* plain text */ }
      if (name === "revoked") {
        toJoin(t("This device was disconnected by the chair, or hosting stopped. Join again with the code."));
        return;
      }
      listeners.event.forEach((f) => f(name, payload));
    }
    async function connect() {
      abort = new AbortController();
      try {
        const response = await fetch("/api/v1/events", {
          headers: { "Accept": "text/event-stream", "Authorization": `Bearer ${session.token}` },
          signal: abort.signal, cache: "no-store",
        });
        if (response.status === 401) {
          toJoin(t("This device was disconnected by the chair, or hosting stopped. Join again with the code."));
          return;
        }
        if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
        attempt = 0;
        set(true);
        arm();
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = "";
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          arm();
          buffer += value.replace(/\r\n?/g, "\n");
          let cut;
          while ((cut = buffer.indexOf("\n\n")) >= 0) {
            dispatch(buffer.slice(0, cut));
            buffer = buffer.slice(cut + 2);
          }
        }
      } catch (_error) {
        // refused, reset or timed out: said below
      }
      clearTimeout(watchdog);
      set(false);
      attempt += 1;
      setTimeout(connect, Math.min(1000 * attempt, 5000));
    }
    return {
      start() { connect(); },
      on(kind, f) { listeners[kind].push(f); },
      get online() { return online === true; },
      lost() { set(false); if (abort) abort.abort(); },
    };
  })();

  /** Give a <select> these [value, text] choices, touching it only when they differ.
   *
   * Every change at the host redraws the page; rebuilding an unchanged list would close a list a
   * phone user has open, and lose what they were about to pick.
   */
  function setChoices(select, choices) {
    const now = [...select.options].map((o) => [o.value, o.text]);
    if (JSON.stringify(now) !== JSON.stringify(choices)) {
      select.replaceChildren(...choices.map(([value, text]) => new Option(text, value)));
    }
  }

  /** The meeting's title beside the device's name, so a steward sees at a glance which meeting this is. */
  function showMeeting(meeting) {
    const title = meeting && meeting.title ? String(meeting.title) : "";
    const who = document.getElementById("who");
    if (who) who.textContent = title ? `${session.device} — ${title}` : session.device;
    document.title = title ? `${title} — BallotDesk` : "BallotDesk";
  }

  /** ``f`` once for a burst of calls (one change arrives as "changed", "figures" and "ballots" together). */
  function coalesce(f, ms = 80) {
    let timer = null;
    return () => {
      clearTimeout(timer);
      timer = setTimeout(f, ms);
    };
  }

  /** Show the connection in words: a line in the bar, and a banner when it is lost. */
  function showConnection(line, banner) {
    const draw = (state) => {
      line.textContent = state ? t("Connected to the host.") : t("Connecting to the host…");
      line.className = `connection ${state ? "online" : "offline"}`;
      banner.textContent = t("CANNOT REACH THE HOST: nothing can be registered, issued or counted from this device until it reconnects. Trying again by itself…");
      banner.classList.toggle("hidden", state !== false);
    };
    line.textContent = t("Connecting to the host…");
    line.className = "connection";
    live.on("change", draw);
    return () => draw(live.online ? true : false);
  }

  /** Keep the record's head the host reports: this device is then one of the anchors outside the meeting file.
   *
   * The newest 50 heads stay in this browser; `ballotdesk verify FILE --head DIGEST` checks the file still holds
   * the record up to any of them.
   */
  function keepRecord(record) {
    if (!record || !record.head) return;
    let kept = [];
    try { kept = JSON.parse(localStorage.getItem("bd.record.heads") || "[]"); } catch (_e) { kept = []; }
    if (kept.length && kept[kept.length - 1].head === record.head) return;
    kept.push({ events: record.events, head: record.head, key: record.key, at: new Date().toISOString() });
    localStorage.setItem("bd.record.heads", JSON.stringify(kept.slice(-50)));
  }

  /** The page for a role: a device that joined as a teller never sees the desk page, and the reverse. */
  function requireRole(role) {
    if (!session.token) { toJoin(""); return false; }
    if (session.role !== role) { location.replace(session.role === "teller" ? "/teller.html" : "/desk.html"); return false; }
    return true;
  }

  return {
    t, translatePage, languageToggle, lang, number, clock, session, toJoin, call, refusal, live,
    showConnection, requireRole, Unreachable, newKey, coalesce, setChoices, showMeeting, keepRecord,
  };
})();
