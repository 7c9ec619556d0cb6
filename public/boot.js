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

async function start() {
  const { default: init } = await import(boot.dataset.js);
  try {
    return await init({ module_or_path: boot.dataset.wasm });
  } catch (streaming) {
    // Some Android WebViews fail streaming compilation even when the file is served as
    // application/wasm (shared/reference/domain.md §7): compile from the bytes instead.
    // If the first attempt got as far as starting the app, init returns at once.
    const response = await fetch(boot.dataset.wasm);
    if (!response.ok) throw streaming;
    return await init({ module_or_path: await response.arrayBuffer() });
  }
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
    const wasm = await start();
    dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
  } catch (error) {
    if (!root.hasAttribute("data-app")) root.setAttribute("data-app", "failed");
    dispatchEvent(new CustomEvent("portal-app-failed"));
    console.warn("The portal's app could not start; the page works as plain HTML.", error);
  }
}
