// Progressive enhancement only: every page works without this script.
import { initAll } from "./govuk-frontend.min.js";

document.body.classList.add("govuk-frontend-supported");
initAll();

// Titles offered under the header's search box as someone types (accessible-autocomplete, loaded just before this
// script). Choosing one opens its page; Enter without choosing searches as the plain box does.
function suggestUnder(form) {
  const create = typeof window.accessibleAutocomplete === "function" ? window.accessibleAutocomplete : window.accessibleAutocomplete?.default;
  const input = form.querySelector("input[name=q]");
  if (!create || !input) {
    return;
  }

  const words = form.dataset;
  const holder = document.createElement("div");
  holder.className = "psqm-header__suggest";
  input.replaceWith(holder);
  let offered = [];
  let asked = 0;
  create({
    element: holder,
    id: input.id,
    name: input.name,
    defaultValue: input.value,
    minLength: 2,
    autoselect: false,
    confirmOnBlur: false,
    showNoOptionsFound: false,
    displayMenu: "overlay",
    inputClasses: "psqm-header__search-input",
    source(query, populate) {
      // Only the latest answer counts: a slow one for an earlier beginning is dropped.
      const mine = ++asked;
      fetch(`${words.suggest}?q=${encodeURIComponent(query)}`, { headers: { Accept: "application/json" } })
        .then((response) => (response.ok ? response.json() : { suggestions: [] }))
        .catch(() => ({ suggestions: [] }))
        .then((answer) => {
          if (mine === asked) {
            offered = answer.suggestions;
            populate(offered.map((s) => s.title));
          }
        });
    },
    onConfirm(title) {
      const chosen = offered.find((s) => s.title === title);
      if (chosen) {
        window.location.assign(chosen.url);
      }
    },
    tAssistiveHint: () => words.hint,
    tNoResults: () => words.none,
    tStatusNoResults: () => words.none,
    tStatusQueryTooShort: (minimum) => words.tooShort.replace("{0}", minimum),
    tStatusSelectedOption: (option, length, index) => words.selected.replace("{0}", option).replace("{1}", index + 1).replace("{2}", length),
    tStatusResults: (length, selected) => `${(length === 1 ? words.one : words.many).replace("{0}", length)} ${selected}`,
  });
  const box = holder.querySelector("input");
  if (box) {
    box.maxLength = 1000;
  }

  // The menu keeps Enter to itself while it is open; with no suggestion chosen, Enter searches, as without script.
  form.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && event.target === box && !form.querySelector(".autocomplete__option--focused")) {
      event.preventDefault();
      form.requestSubmit();
    }
  }, true);
}

const search = document.querySelector("form[data-suggest]");
if (search) {
  suggestUnder(search);
}
