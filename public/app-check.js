// Says, once and quietly, when this browser cannot run the portal's app. The pages are
// complete HTML without it (prerendered); what is lost is the accessibility toolbar, the
// elder-mode switch's instant change and in-app navigation, and the notice
// (src/components/app_notice.rs, rendered hidden into every page in its language) says so
// and offers elder mode's plain ?care=1 link.
//
// A classic script in plain ES5, not a module: the engines it is for (e.g. WeChat's old
// Chrome 78 XWeb) may not parse boot.js at all (top-level await needs Chrome 89). It shows
// the notice when
//   - WebAssembly, or a feature Rust 1.95 emits, is missing: WebAssembly.validate of one tiny
//     module per feature (below). It then sets data-app="off", and boot.js does not even
//     download the wasm;
//   - boot.js reports that loading or starting failed (event portal-app-failed, or
//     data-app="failed");
//   - the app has not started (data-app="ready", set by public/boot.js) within LIMIT_MS.
// A page without the app's loader (a mailbox page the server renders for a plain form post)
// and the 404 page (data-app="static") expect no app and get no notice. Shown at most once
// a browser session: the same sentence on every page would be noise.
(function () {
  var LIMIT_MS = 15000;
  var SEEN_KEY = 'portal.app-notice';
  var root = document.documentElement;

  // One minimal module per feature: a function () -> () (or () -> (i32, i32)) whose body
  // uses the feature once. Section bytes: type (1), function (3), [memory (5)], code (10).
  var head = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  var voidType = [0x01, 0x04, 0x01, 0x60, 0x00, 0x00, 0x03, 0x02, 0x01, 0x00];
  var modules = {
    // i32.const 0; i32.extend8_s; drop
    'sign-extension': voidType.concat([0x0a, 0x08, 0x01, 0x06, 0x00, 0x41, 0x00, 0xc0, 0x1a, 0x0b]),
    // f32.const 0; i32.trunc_sat_f32_s; drop
    'nontrapping-fptoint': voidType.concat([0x0a, 0x0c, 0x01, 0x0a, 0x00, 0x43, 0x00, 0x00, 0x00, 0x00, 0xfc, 0x00, 0x1a, 0x0b]),
    // type () -> (i32, i32); i32.const 0; i32.const 0
    'multivalue': [0x01, 0x06, 0x01, 0x60, 0x00, 0x02, 0x7f, 0x7f, 0x03, 0x02, 0x01, 0x00,
      0x0a, 0x08, 0x01, 0x06, 0x00, 0x41, 0x00, 0x41, 0x00, 0x0b],
    // ref.null func; drop
    'reference-types': voidType.concat([0x0a, 0x07, 0x01, 0x05, 0x00, 0xd0, 0x70, 0x1a, 0x0b]),
    // a memory of one page; i32.const 0 (x3); memory.copy
    'bulk-memory': voidType.concat([0x05, 0x03, 0x01, 0x00, 0x01,
      0x0a, 0x0e, 0x01, 0x0c, 0x00, 0x41, 0x00, 0x41, 0x00, 0x41, 0x00, 0xfc, 0x0a, 0x00, 0x00, 0x0b])
  };

  /** The first missing feature's name, or null when the browser has them all. */
  function missing() {
    if (typeof WebAssembly !== 'object' || typeof WebAssembly.validate !== 'function') return 'WebAssembly';
    for (var name in modules) {
      try {
        if (!WebAssembly.validate(new Uint8Array(head.concat(modules[name])))) return name;
      } catch (e) {
        return name;
      }
    }
    return null;
  }

  function started() {
    var state = root.getAttribute('data-app');
    return state === 'ready' || state === 'static';
  }

  var shown = false;
  function show() {
    if (shown || started() || !document.getElementById('portal-boot')) return;
    var notice = document.getElementById('app-notice');
    if (!notice) return;
    shown = true;
    try {
      if (sessionStorage.getItem(SEEN_KEY)) return;
      sessionStorage.setItem(SEEN_KEY, '1');
    } catch (e) {
      // Storage blocked: show it on every page rather than never.
    }
    notice.hidden = false;
  }

  function whenParsed(run) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
    else run();
  }

  var lacking = missing();
  if (lacking) {
    root.setAttribute('data-app', 'off');
    root.setAttribute('data-app-missing', lacking);
    whenParsed(show);
    return;
  }
  addEventListener('portal-app-failed', function () { whenParsed(show); });
  whenParsed(function () {
    if (root.getAttribute('data-app') === 'failed') show();
  });
  setTimeout(function () { whenParsed(show); }, LIMIT_MS);
})();
