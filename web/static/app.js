// Click a transcript line, a step or a finding: the player seeks to its time and plays.
document.addEventListener("click", (event) => {
  const target = event.target.closest("[data-start]");
  const player = document.getElementById("player");
  if (!target || !player) return;
  player.currentTime = parseFloat(target.dataset.start);
  player.play().catch(() => {});
});
