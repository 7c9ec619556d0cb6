// Applies the reader's display preferences to <html> before the page paints, so there is no
// flash of the standard look and nothing that hydration compares is touched. Loaded as a
// blocking script in <head>; it must stay tiny.
//   ?care=1 / ?care=0 in the address turns elder-care mode (关怀版) on or off and remembers it;
//   otherwise the remembered choice applies.
// It remembers a press on the accessibility toolbar's button made before the app runs.
// It also remembers the language the reader picks in the language switch (简 | 繁 | EN) in
// the cookie `portal-lang`, which the server reads to send a returning visitor at `/` to
// that language (crates/server). A cookie, not storage: the server has to see it.
(function () {
  var root = document.documentElement;
  // Says scripts run: elder mode's switch is offered only then (care_toggle.css).
  root.setAttribute('data-js', '1');
  var match = /[?&]care=([01])(?:&|$)/.exec(location.search);
  var value = match ? match[1] : null;
  try {
    if (value) localStorage.setItem('portal.care', value);
    else value = localStorage.getItem('portal.care');
  } catch (e) {
    // Storage can be blocked (private browsing, some in-app browsers): the address still works.
  }
  if (value === '1') root.setAttribute('data-care', '1');
  // Inside WeChat's in-app browser, which cannot download files and may refuse other sites:
  // shows the hints beside attachments and external links (src/components/wechat_hint.rs).
  if (/MicroMessenger/i.test(navigator.userAgent)) root.setAttribute('data-wechat', '1');
  // The accessibility toolbar's choices: the same names as care::NAMES in src/care/mod.rs,
  // which writes them (a unit test there reads this line and fails when the lists differ).
  // A named list, not every portal.* key: an old or foreign key never becomes an attribute.
  var names = ['text', 'zoom', 'scheme', 'spacing', 'pointer', 'guide', 'textonly', 'magnifier', 'reader'];
  try {
    names.forEach(function (name) {
      var v = localStorage.getItem('portal.' + name);
      if (v && /^[a-z0-9]{1,10}$/.test(v)) root.setAttribute('data-' + name, v);
    });
  } catch (e) {}
})();
document.addEventListener('click', function (event) {
  var link = event.target.closest && event.target.closest('a[data-lang-choice]');
  if (link) {
    document.cookie = 'portal-lang=' + link.getAttribute('data-lang-choice') +
      '; path=/; max-age=31536000; SameSite=Lax';
  }
  // The toolbar's button is offered before the app runs (a11y_toolbar.css says why): a press
  // then is remembered, and boot.js opens the toolbar once the app runs.
  var root = document.documentElement;
  if (root.getAttribute('data-app') !== 'ready' && event.target.closest && event.target.closest('.toolbar-toggle')) {
    root.setAttribute('data-toolbar-pending', '1');
  }
}, true);
