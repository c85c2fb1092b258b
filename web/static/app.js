// callqa review UI: seek on click, keyboard shortcuts, job progress polling. No framework.
"use strict";

const player = () => document.getElementById("player");

// Click a transcript line, a timeline bar, a step or a finding: the player seeks there and plays.
document.addEventListener("click", (event) => {
  const target = event.target.closest("[data-start]");
  const audio = player();
  if (!target || !audio || event.target.closest("form")) return;
  audio.currentTime = parseFloat(target.dataset.start);
  audio.play().catch(() => {});
});

// Highlight the transcript line being played.
document.addEventListener("DOMContentLoaded", () => {
  const audio = player();
  if (!audio) return;
  const lines = [...document.querySelectorAll(".seg[data-start]")];
  audio.addEventListener("timeupdate", () => {
    let current = null;
    for (const line of lines) if (parseFloat(line.dataset.start) <= audio.currentTime) current = line;
    lines.forEach((line) => line.classList.toggle("playing", line === current));
  });
});

// Keyboard shortcuts (listed in the help box, opened with "?").
const items = () => [...document.querySelectorAll("tr.item")];
function selectItem(step) {
  const rows = items();
  if (!rows.length) return;
  const now = rows.findIndex((row) => row.classList.contains("selected"));
  const next = Math.max(0, Math.min(rows.length - 1, now + step));
  rows.forEach((row, n) => row.classList.toggle("selected", n === next));
  rows[next].scrollIntoView({ block: "nearest" });
}
function selectedItem() {
  return document.querySelector("tr.item.selected") || items()[0];
}
function decide(decision) {
  const row = selectedItem();
  if (!row) return;
  const form = row.querySelector("form.decision");
  form.querySelector(`input[value="${decision}"]`).checked = true;
  if (decision === "confirm") form.requestSubmit();
  else form.querySelector("textarea, input[name=comment]").focus();
}
const shortcuts = {
  "n": () => document.getElementById("next-call")?.click(),
  "p": () => document.getElementById("previous-call")?.click(),
  " ": () => { const a = player(); if (a) a.paused ? a.play().catch(() => {}) : a.pause(); },
  "j": () => selectItem(1),
  "k": () => selectItem(-1),
  "c": () => decide("confirm"),
  "x": () => decide("reject"),
  "o": () => decide("override"),
  "?": () => document.getElementById("shortcut-help")?.toggleAttribute("hidden"),
};
document.addEventListener("keydown", (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.target.closest("input, textarea, select, button, audio")) return;
  const action = shortcuts[event.key];
  if (!action) return;
  event.preventDefault();
  action();
});

// A batch job page polls its JSON and moves the progress bar until the job is done.
document.addEventListener("DOMContentLoaded", () => {
  const box = document.querySelector("[data-progress-url]");
  if (!box) return;
  const bar = box.querySelector("progress");
  const label = box.querySelector(".progress-label");
  const poll = async () => {
    const response = await fetch(box.dataset.progressUrl, { headers: { Accept: "application/json" } });
    const job = await response.json();
    bar.max = job.total || 1;
    bar.value = job.done + job.failed;
    label.textContent = `${job.done + job.failed} / ${job.total}`;
    if (job.finished) window.location.reload();
    else setTimeout(poll, 1000);
  };
  poll();
});
