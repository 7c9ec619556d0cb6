// Starts the app. Trunk writes its loader as an inline module script, which the portal's
// Content-Security-Policy (script-src 'self', no 'unsafe-inline') blocks; Trunk.toml's
// `pattern_script` puts this file in its place instead, naming the build's hashed JS and
// wasm files in data attributes. It does what Trunk's loader does.
const boot = document.getElementById("portal-boot");
const { default: init } = await import(boot.dataset.js);
const wasm = await init({ module_or_path: boot.dataset.wasm });
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
