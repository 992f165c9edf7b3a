/* The join page: the code, this device's name and its role; the certificate fingerprint to compare. */
"use strict";

(() => {
  const { t } = BD;
  const form = document.getElementById("join");
  const problem = document.getElementById("problem");
  const code = document.getElementById("code");
  const device = document.getElementById("device");
  let why = sessionStorage.getItem("bd.why") || "";
  sessionStorage.removeItem("bd.why");

  const say = (text) => { problem.textContent = text; };
  BD.languageToggle(document.getElementById("language"), () => say(why));
  BD.translatePage();
  device.value = BD.session.device;
  const role = BD.session.role;
  if (role) document.getElementById(role === "teller" ? "role-teller" : "role-desk").checked = true;
  say(why);
  document.getElementById("plain").classList.toggle("hidden", location.protocol === "https:");

  // The fingerprint the host printed, so the steward can compare it with the laptop's screen.
  fetch("/api/v1/info", { cache: "no-store" })
    .then((r) => (r.ok ? r.json() : null))
    .then((info) => {
      if (info && info.fingerprint) {
        document.getElementById("fingerprint").textContent = info.fingerprint;
        document.getElementById("fp-box").classList.remove("hidden");
      }
    })
    .catch(() => {});

  code.addEventListener("input", () => { code.value = code.value.replace(/\D/g, "").slice(0, 6); });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    why = "";
    const name = device.value.replace(/\s+/g, " ").trim();
    const chosen = form.querySelector("input[name=role]:checked");
    if (!/^\d{6}$/.test(code.value)) { say(t("Type the 6-digit join code.")); code.focus(); return; }
    if (!name) { say(t("Give this device a name.")); device.focus(); return; }
    if (!chosen) { say(t("Choose a role.")); return; }
    say("");
    let result;
    try {
      result = await BD.call("POST", "/api/v1/join", { code: code.value, device: name, role: chosen.value });
    } catch (_e) {
      say(t("CANNOT REACH THE HOST: nothing can be registered, issued or counted from this device until it reconnects. Trying again by itself…"));
      return;
    }
    if (result.ok && result.data.token) {
      BD.session.save(result.data.token, name, chosen.value);
      location.assign(chosen.value === "teller" ? "/teller.html" : "/desk.html");
    } else if (result.status === 403) {
      say(t("That join code is wrong. Check the host laptop."));
      code.select();
    } else if (result.status === 429) {
      say(t("Too many wrong codes from this device: wait a minute, then try again."));
    } else {
      say(BD.refusal(result));
    }
  });
})();
