// Live preview of Markdown fields while typing. Without script, the Preview button renders the same preview.
const delay = 400;

for (const area of document.querySelectorAll("textarea.psqm-markdown")) {
  const panel = document.getElementById(area.dataset.preview);
  const token = area.form?.querySelector("input[name=__RequestVerificationToken]")?.value;
  const url = area.dataset.previewUrl;
  if (!panel || !token || !url) continue;

  let timer;
  const heading = panel.dataset.heading ?? "Preview";
  area.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const body = new FormData();
      body.append("markdown", area.value);
      body.append("__RequestVerificationToken", token);
      const response = await fetch(url, { method: "POST", body, credentials: "same-origin" }).catch(() => null);
      if (!response?.ok) {
        // Said, not silent: an expired session or a lost connection must not look like an empty preview.
        const notice = document.createElement("p");
        notice.className = "govuk-body govuk-!-font-weight-bold";
        notice.textContent = panel.dataset.unavailable ?? "";
        panel.replaceChildren(notice);
        return;
      }
      // The server renders Markdown with raw HTML disabled and unsafe links removed.
      panel.innerHTML = `<h3 class="govuk-heading-s"></h3><div class="psqm-prose">${await response.text()}</div>`;
      panel.querySelector("h3").textContent = heading;
    }, delay);
  });
}
