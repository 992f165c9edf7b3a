/* The teller page: one teller's figures for one box, entered blind.
 *
 * The page never shows another entry's figures; the host compares the two entries and tells the
 * second teller only whether they match. Every figure is typed, 0 included: an empty field is a
 * figure nobody counted, not a zero.
 */
"use strict";

(() => {
  if (!BD.requireRole("teller")) return;
  const { t } = BD;
  const $ = (id) => document.getElementById(id);
  const ballotSelect = $("ballot"), boxSelect = $("box"), form = $("count"), note = $("note"), outcome = $("outcome");
  let ballots = [];
  let boxes = [];
  let busy = false;

  $("who").textContent = BD.session.device;

  // Counts are entered once a ballot is closed, until every box is counted (the host's own word
  // "countable" when it gives one: which ballots those are is the host's to say).
  const countable = () => ballots.filter((b) => (b.countable !== undefined ? b.countable
    : b.status === "closed" || b.status === "counting"));

  function say(el, tone, text) { el.className = `message ${tone}`; el.textContent = text; }

  function drawChoices() {
    const list = countable();
    const keepBallot = ballotSelect.value || localStorage.getItem("bd.count.ballot") || "";
    BD.setChoices(ballotSelect, list.map((b) => [String(b.id), b.title]));
    if (list.some((b) => String(b.id) === keepBallot)) ballotSelect.value = keepBallot;
    const keepBox = boxSelect.value || localStorage.getItem("bd.count.box") || "";
    BD.setChoices(boxSelect, [["", t("Choose a box.")], ...boxes.map((b) => [b, b])]);
    if (boxes.includes(keepBox)) boxSelect.value = keepBox;
    drawForm();
  }

  function currentBallot() { return countable().find((b) => String(b.id) === ballotSelect.value) || null; }

  /** The option lines for the chosen ballot; typing survives a redraw while ballot and box stay the same. */
  function drawForm() {
    const ballot = currentBallot();
    if (!ballot) {
      say(note, "", t("No ballot to count yet: a ballot is counted once it is closed."));
      form.classList.add("hidden");
      return;
    }
    if (!boxSelect.value) {
      say(note, "", t("Choose a box."));
      form.classList.add("hidden");
      return;
    }
    // Where the box stands, in the Qt count page's words: the host says its state and who entered it
    // (names only, never figures); a box this teller cannot enter now shows no form.
    const box = (ballot.boxes || []).find((b) => b.name === boxSelect.value);
    const name = boxSelect.value;
    let words = "";
    let open = true;
    if (box && box.state === "definitive") {
      words = t("The count of {0} is definitive; only the chair can order a recount.", name); open = false;
    } else if (box && box.state === "differs") {
      words = t("The two entries for {0} differ; the chair must resolve them first.", name); open = false;
    } else if (box && box.state === "blocked") {
      words = t("The count of {0} is blocked: more papers were found than issued; the chair must order a recount of {0}.",
        name);
      open = false;
    } else if (box && box.state === "second entry" && (box.tellers || []).includes(BD.session.device)) {
      words = t("You ({0}) entered the first count of {1}; a different teller must enter the second.",
        BD.session.device, name);
      open = false;
    } else if (box && box.state === "second entry") {
      words = t("Second entry for {0}, entered blind: count the papers yourself; the first entry is not shown.", name);
    } else if (box) {
      words = t("First entry for {0}.", name);
    }
    say(note, "", words);
    if (!open) { form.classList.add("hidden"); return; }
    const options = $("options");
    const shape = JSON.stringify([ballot.id, ballot.options]);
    if (options.dataset.shape !== shape) {
      options.dataset.shape = shape;
      options.replaceChildren(...ballot.options.map((option, i) => {
        const line = document.createElement("div");
        line.className = "line";
        const label = document.createElement("label");
        label.htmlFor = `option-${i}`;
        label.textContent = option;
        const input = document.createElement("input");
        input.id = `option-${i}`;
        input.inputMode = "numeric";
        input.autocomplete = "off";
        input.dataset.option = option;
        line.append(label, input);
        return line;
      }));
    }
    form.classList.remove("hidden");
  }

  function clearFigures() {
    form.querySelectorAll("input").forEach((input) => { input.value = ""; });
  }

  ballotSelect.addEventListener("change", () => {
    localStorage.setItem("bd.count.ballot", ballotSelect.value); clearFigures(); outcome.textContent = ""; drawForm();
  });
  boxSelect.addEventListener("change", () => {
    localStorage.setItem("bd.count.box", boxSelect.value); clearFigures(); outcome.textContent = ""; drawForm();
  });

  async function loadState() {
    try {
      const result = await BD.call("GET", "/api/v1/state");
      if (!result.ok) return;
      BD.showMeeting(result.data.meeting);
      BD.keepRecord(result.data.record);
      ballots = (result.data.ballots || []).map((b) => ({
        id: b.id ?? b.number, title: b.title, status: b.status, options: b.options || [], countable: b.countable,
        boxes: b.boxes || [],
      }));
      boxes = (result.data.boxes || []).map((b) => (typeof b === "string" ? b : b.name));
      drawChoices();
    } catch (_e) { /* the banner says the host is gone */ }
  }

  /** Every figure typed and whole; the first problem named with its line, the field focused. */
  function figures() {
    const inputs = [...form.querySelectorAll("input")];
    const missing = inputs.filter((i) => i.value.trim() === "");
    if (missing.length) {
      const names = missing.map((i) => form.querySelector(`label[for="${i.id}"]`).textContent);
      missing[0].focus();
      throw new Error(t("Enter a figure for every line (0 if none): {0}.", names.join(", ")));
    }
    const bad = inputs.filter((i) => !/^\d{1,9}$/.test(i.value.trim()));
    if (bad.length) {
      bad[0].focus();
      throw new Error(t("Figures are whole numbers, 0 or more: {0}.",
        bad.map((i) => form.querySelector(`label[for="${i.id}"]`).textContent).join(", ")));
    }
    const votes = {};
    form.querySelectorAll("input[data-option]").forEach((i) => { votes[i.dataset.option] = Number(i.value); });
    return {
      ballot: currentBallot().id, box: boxSelect.value, papers: Number($("papers").value), votes,
      abstain: Number($("abstain").value), rejected: Number($("rejected").value),
    };
  }

  /** What the host said about the box: its own words when given, the blind sentence for a mismatch. */
  function outcomeWords(data, box) {
    const state = data.state || data.status;
    if (state === "differs") return ["warning", t("The two entries differ; the chair resolves them on the host.")];
    const tone = state === "blocked" ? "warning" : "ok";
    if (data.message) return [tone, data.message];
    if (state === "blocked") {
      return [tone, t("The count of {0} is blocked: more papers were found than issued; the chair must order a recount of {0}.",
        box)];
    }
    if (state === "definitive") return ["ok", t("The entries match: the count of {0} is definitive.", box)];
    return ["ok", t("Entry saved. {0} now waits for a second teller's entry.", box)];
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (busy) return;
    let body;
    try { body = figures(); } catch (error) { say(outcome, "problem", t("NOT SAVED: {0}", error.message)); return; }
    if (!BD.live.online) {
      say(outcome, "problem", t("NOT SAVED: the host cannot be reached. Nothing was sent; save again once the page says it is connected."));
      return;
    }
    busy = true;
    let result;
    try {
      result = await BD.call("POST", "/api/v1/count", body);
    } catch (error) {
      busy = false;
      say(outcome, "problem", error.sent
        ? t("NOT CONFIRMED: the host stopped answering. Save again once the page says it is connected; the same entry is never counted twice.")
        : t("NOT SAVED: the host cannot be reached. Nothing was sent; save again once the page says it is connected."));
      return;
    }
    busy = false;
    if (result.ok) {
      const [tone, words] = outcomeWords(result.data, body.box);
      say(outcome, tone, words);
      clearFigures();
    } else {
      say(outcome, "problem", t("NOT SAVED: {0}", BD.refusal(result)));
    }
  });

  // Enter in a figure moves to the next one; in the last, it saves (as the Qt count form).
  form.addEventListener("keydown", (e) => {
    if (e.key !== "Enter" || !(e.target instanceof HTMLInputElement)) return;
    const inputs = [...form.querySelectorAll("input")];
    const at = inputs.indexOf(e.target);
    if (at >= 0 && at < inputs.length - 1) { e.preventDefault(); inputs[at + 1].focus(); }
  });
  $("leave").addEventListener("click", () => BD.toJoin(""));

  const redrawConnection = BD.showConnection($("connection"), $("offline"));
  BD.live.on("change", (online) => { $("save").disabled = !online; if (online) loadState(); });
  BD.live.on("event", BD.coalesce(loadState));
  BD.languageToggle($("language"), () => { redrawConnection(); drawChoices(); });
  BD.translatePage();
  BD.live.start();
})();
