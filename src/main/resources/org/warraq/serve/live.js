/*
 * Warraq preview: live reload and the build-problems overlay.
 * Added to HTML pages by `warraq serve` as they are served; never part of a built site.
 *
 * The script tag carries the version of the site the page came from. The server's status
 * (GET /__warraq/status, and the event stream /__warraq/events) says which version is current and
 * whether the last build failed: a page from an older version reloads; while the build is broken,
 * the problems are shown over the page, which stays the last good one.
 */
(function () {
  'use strict';
  // An article can hold elements whose id or name shadows a document property or an unset window name
  // (DOM clobbering: <img name="createElement">, <div id="addEventListener">). So nothing here reads the
  // page's document or window by name: the real methods and getters come from the interfaces' prototypes,
  // which content cannot reach, and the once-only mark is a symbol, which no id or name can be.
  var doc = document; // [LegacyUnforgeable]: no element can take its place
  var listen = EventTarget.prototype.addEventListener;
  var MARK = typeof Symbol === 'function' ? Symbol.for('warraq.live') : ' warraq.live';
  if (window[MARK]) {
    return;
  }
  window[MARK] = true;

  /** A property of the document as its prototypes define it (named elements live on the document itself). */
  function real(name) {
    for (var p = Object.getPrototypeOf(doc); p; p = Object.getPrototypeOf(p)) {
      var d = Object.getOwnPropertyDescriptor(p, name);
      if (d) {
        return d.get ? d.get.call(doc) : d.value;
      }
    }
    return undefined;
  }

  function element(tag) {
    return real('createElement').call(doc, tag);
  }

  var script = real('currentScript');
  var pageVersion = script ? script.getAttribute('data-warraq-version') : null;
  var host = null;
  var list = null;
  var summary = null;
  var dismissed = null;

  var STYLE =
    ':host{all:initial}' +
    '.backdrop{position:fixed;inset:0;z-index:2147483647;overflow:auto;box-sizing:border-box;' +
    'padding-block:6vh;padding-inline:1rem;background:rgba(17,17,17,.6);' +
    'font-family:system-ui,"Segoe UI",Tahoma,"Noto Sans Arabic","Noto Naskh Arabic",sans-serif;' +
    'font-size:16px;line-height:1.7}' +
    '.panel{box-sizing:border-box;max-inline-size:60rem;margin-inline:auto;padding:1.25rem 1.5rem;' +
    'background:#fff;color:#1b1b1b;border-block-start:6px solid #c62828;border-radius:6px;' +
    'box-shadow:0 10px 40px rgba(0,0,0,.35)}' +
    'h2{margin:0 0 .25rem;font-size:1.4rem;color:#b71c1c}' +
    'p{margin:.25rem 0}' +
    'ol{margin:1rem 0;padding:0;list-style:none}' +
    'li{margin-block:.5rem}' +
    'code{display:block;direction:ltr;unicode-bidi:isolate;text-align:start;white-space:pre-wrap;' +
    'overflow-wrap:anywhere;padding:.5rem .75rem;border-inline-start:3px solid #c62828;border-radius:4px;' +
    'background:#fdf1f1;color:#1b1b1b;font:14px/1.6 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}' +
    '.summary{color:#555;font-size:.9rem}' +
    'button{font:inherit;margin-block-start:.5rem;padding:.3rem 1.2rem;cursor:pointer;border-radius:4px;' +
    'border:1px solid #999;background:#f4f4f4;color:#1b1b1b}' +
    '@media (prefers-color-scheme:dark){.panel{background:#1f1f1f;color:#eee}' +
    'code{background:#2b1d1d;color:#f3dede}.summary{color:#aaa}button{background:#333;color:#eee}}';

  var MARKUP =
    '<style>' + STYLE + '</style>' +
    '<div class="backdrop" dir="rtl" lang="ar" role="alertdialog" aria-modal="true" aria-labelledby="t" aria-describedby="d">' +
    '<div class="panel">' +
    '<h2 id="t">تعذّر بناء الموقع</h2>' +
    '<p id="d">ما زالت المعاينة تعرض آخر بناء سليم. صحّح ما يلي واحفظ الملف، وستتحدّث الصفحة وحدها.</p>' +
    '<ol></ol>' +
    '<p class="summary" dir="ltr"></p>' +
    '<button type="button">إخفاء</button>' +
    '</div></div>';

  function build() {
    host = element('warraq-overlay');
    var root = host.attachShadow ? host.attachShadow({ mode: 'open' }) : host;
    root.innerHTML = MARKUP; // fixed markup: no build data goes through innerHTML
    list = root.querySelector('ol');
    summary = root.querySelector('.summary');
    root.querySelector('button').addEventListener('click', hide);
    listen.call(doc, 'keydown', function (e) {
      if (e.key === 'Escape') {
        hide();
      }
    });
  }

  function show(status) {
    var key = status.version + '\n' + status.problems.join('\n');
    if (dismissed === key) {
      return;
    }
    if (!host) {
      build();
    }
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    status.problems.forEach(function (line) {
      var item = element('li');
      item.setAttribute('dir', 'ltr');
      var code = element('code');
      code.setAttribute('dir', 'ltr');
      code.textContent = String(line); // problem text is user data: text only, never markup
      item.appendChild(code);
      list.appendChild(item);
    });
    summary.textContent = String(status.summary || '');
    host.setAttribute('data-key', key);
    if (!host.isConnected) {
      (real('body') || real('documentElement')).appendChild(host);
    }
  }

  function hide() {
    if (host && host.isConnected) {
      dismissed = host.getAttribute('data-key');
      host.remove();
    }
  }

  function apply(status) {
    if (!status || typeof status.version !== 'string' || !Array.isArray(status.problems)) {
      return;
    }
    if (status.ok) {
      dismissed = null;
      if (pageVersion && status.version !== pageVersion) {
        location.reload();
        return;
      }
      if (host && host.isConnected) {
        host.remove();
      }
    } else {
      show(status);
    }
  }

  function handle(event) {
    try {
      apply(JSON.parse(event.data));
    } catch (e) {
      // not a status: ignore
    }
  }

  function check() {
    if (!window.fetch) {
      return;
    }
    fetch('/__warraq/status', { cache: 'no-store' })
      .then(function (response) { return response.json(); })
      .then(apply)
      .catch(function () { /* the server is gone; the event stream retries */ });
  }

  // A browser opens at most six HTTP/1.1 connections to one server, and every event stream keeps one:
  // so only visible pages listen. A page that becomes visible again reconnects, gets the current status
  // first thing, and reloads if the site changed meanwhile.
  var source = null;

  function connect() {
    if (source || !window.EventSource) {
      return;
    }
    source = new EventSource('/__warraq/events');
    ['status', 'reload', 'problems'].forEach(function (name) {
      source.addEventListener(name, handle);
    });
  }

  function disconnect() {
    if (source) {
      source.close();
      source = null;
    }
  }

  function start() {
    check();
    if (!real('hidden')) {
      connect();
    }
    listen.call(doc, 'visibilitychange', function () {
      if (real('hidden')) {
        disconnect();
      } else {
        connect();
      }
    });
    listen.call(window, 'pageshow', function (e) {
      if (e.persisted) {
        check();
      }
    });
  }

  if (real('readyState') === 'loading') {
    listen.call(doc, 'DOMContentLoaded', start);
  } else {
    start();
  }
})();
