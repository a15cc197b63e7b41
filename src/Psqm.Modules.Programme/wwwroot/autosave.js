// Saves a reflection as a draft a few seconds after typing stops. Progressive enhancement only: the form's own
// button saves it too, and the server refuses a save over a newer one, which this script then stops trying.
const form = document.querySelector("form[data-autosave]");
if (form) {
  const status = form.querySelector("[data-autosave-status]");
  const version = form.querySelector("input[name=Version]");
  let timer = 0;
  let saving = false;
  let again = false;
  let stopped = false;

  const save = async () => {
    if (stopped) {
      return;
    }
    if (saving) {
      again = true;
      return;
    }
    saving = true;
    again = false;
    try {
      const response = await fetch(form.dataset.autosave, { method: "POST", body: new FormData(form), credentials: "same-origin", headers: { Accept: "application/json" } });
      if (!(response.headers.get("Content-Type") || "").includes("application/json")) {
        // A sign-in page or an expired form came back instead: saving again would not help.
        stopped = true;
        status.textContent = form.dataset.autosaveSignedOut;
        return;
      }
      const result = await response.json();
      if (response.ok) {
        version.value = result.version;
      } else if (response.status === 409) {
        stopped = true;
      }
      status.textContent = result.message;
    } catch {
      status.textContent = form.dataset.autosaveOffline;
    } finally {
      saving = false;
      if (again) {
        schedule();
      }
    }
  };

  const schedule = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(save, 2000);
  };

  form.addEventListener("input", schedule);
  form.addEventListener("change", schedule);
  form.addEventListener("submit", () => window.clearTimeout(timer));
}
