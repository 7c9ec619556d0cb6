// Starts the app. Trunk writes its loader as an inline module script, which the portal's
// Content-Security-Policy (script-src 'self', no 'unsafe-inline') blocks; Trunk.toml's
// `pattern_script` puts this file in its place instead, naming the build's hashed JS and
// wasm files in data attributes. It does what Trunk's loader does, and two more things:
//   - when public/app-check.js found that this browser lacks a WebAssembly feature the build
//     needs (data-app="off"), it does not download the wasm at all;
//   - when loading or starting fails, the page stays the prerendered HTML: it marks
//     data-app="failed" and fires `portal-app-failed`, and app-check.js tells the reader
//     which features are off. Never an uncaught error, never a blank page.
const root = document.documentElement;
const boot = document.getElementById("portal-boot");

// The page language's messages for the islands (src/i18n.rs), named by the page.
async function texts() {
  const response = await fetch(root.dataset.texts);
  if (!response.ok) throw new Error(`${root.dataset.texts}: ${response.status}`);
  return response.json();
}

async function start() {
  const glue = await import(boot.dataset.js);
  try {
    await glue.default({ module_or_path: boot.dataset.wasm });
  } catch (streaming) {
    // Some Android WebViews fail streaming compilation even when the file is served as
    // application/wasm (shared/reference/domain.md §7): compile from the bytes instead.
    // If the first attempt got as far as starting the app, init returns at once.
    const response = await fetch(boot.dataset.wasm);
    if (!response.ok) throw streaming;
    await glue.default({ module_or_path: await response.arrayBuffer() });
  }
  return glue;
}

// Each island of the page (a `<leptos-island data-component="Name_hash">` that the
// prerenderer wrote, src/browser.rs) is hydrated by the function of that name the module
// exports, one island a task, so a tap between two of them is answered at once. A lazy
// island's own module is loaded first (`loadIsland`, added to wasm-split's loader by
// scripts/merge-island-chunks.mjs): Leptos's loader panics when it cannot fetch it, so an
// island whose module does not arrive is left as the server's HTML (which works on its own:
// links, the letter form's post), the others still start, and the page says so.
async function hydrateIslands(glue) {
  const split = await import(new URL("./__wasm_split.js", new URL(boot.dataset.js, document.baseURI))).catch(() => null);
  let missing = null;
  for (const island of document.querySelectorAll("leptos-island")) {
    const hydrate = glue[island.dataset.component];
    if (typeof hydrate !== "function") throw new Error(`no island ${island.dataset.component}`);
    await new Promise((resolve) => setTimeout(resolve, 0));
    // `LetterFormEnhance_1234` is the island `letter_form_enhance`.
    const name = island.dataset.component.replace(/_\d+$/, "").replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
    try {
      await split?.loadIsland?.(name);
    } catch (error) {
      missing = error;
      continue;
    }
    await hydrate(island);
  }
  if (missing) throw missing;
}

// The toolbar's button is offered from the first paint (a11y_toolbar.css); pressed before
// the app ran, prefs.js marked it on <html>, and it is pressed again now that it works.
function openToolbarIfPressed() {
  if (!root.hasAttribute("data-toolbar-pending")) return;
  root.removeAttribute("data-toolbar-pending");
  document.querySelector(".toolbar-toggle")?.click();
}

// After the first paint: the prerendered page is what a reader sees first, and no request
// of the app's may compete with it or delay it (on a slow link the wasm is most of the
// bytes). "First paint" is the browser's first-contentful-paint entry, which comes once
// the frame is on screen (a requestAnimationFrame alone fires before that). A hidden tab
// paints nothing, and some engines lack paint timing: the app then starts after a second.
function afterFirstPaint() {
  return new Promise((resolve) => {
    setTimeout(resolve, 1000);
    const painted = () => requestAnimationFrame(() => setTimeout(resolve, 0));
    try {
      if (performance.getEntriesByName("first-contentful-paint").length) return painted();
      new PerformanceObserver((list, observer) => {
        if (list.getEntriesByName("first-contentful-paint").length) {
          observer.disconnect();
          painted();
        }
      }).observe({ type: "paint", buffered: true });
    } catch {
      painted();
    }
  });
}

if (root.getAttribute("data-app") !== "off") {
  try {
    await afterFirstPaint();
    const [glue, table] = await Promise.all([start(), texts()]);
    glue.set_texts(table);
    performance.mark("portal:hydrate");
    await hydrateIslands(glue);
    performance.mark("portal:ready");
    // Says the page's islands work (tests wait for it). A panic meanwhile set "failed".
    if (root.getAttribute("data-app") !== "failed") root.setAttribute("data-app", "ready");
    openToolbarIfPressed();
  } catch (error) {
    if (!root.hasAttribute("data-app")) root.setAttribute("data-app", "failed");
    dispatchEvent(new CustomEvent("portal-app-failed"));
    console.warn("The portal's app could not start; the page works as plain HTML.", error);
  }
}
