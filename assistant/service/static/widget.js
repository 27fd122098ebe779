/*
 * Clinic assistant: embeddable chat widget.
 *
 * A clinic adds one tag to any page, on any origin:
 *
 *   <script src="https://ASSISTANT-HOST/widget.js" defer></script>
 *
 * The script draws a launcher button (bottom right) and, when opened, a panel
 * holding an <iframe> of ASSISTANT-HOST/chat-ui. The chat itself runs inside
 * that iframe, same-origin with the API, so the host page needs no CORS and
 * never sees the conversation. Everything here lives in a shadow root so the
 * host page's CSS cannot restyle or hide it, and nothing is built with
 * innerHTML.
 *
 * The only global is window.ClinicAssistant = { open, close }.
 *
 * The open panel is a modal dialog: Tab and Shift+Tab cycle through its close
 * button and the chat (two focus guards wrap around), Escape closes it, and
 * focus goes back to the launcher.
 *
 * The iframe talks back with postMessage:
 *   iframe -> widget  {type: "clinic-assistant:close"}       (Escape pressed inside the chat)
 *   widget -> iframe  {type: "clinic-assistant:focus"}       (put the caret in the input)
 *   widget -> iframe  {type: "clinic-assistant:focus-last"}  (Shift+Tab wrapped: its last control)
 */
(function () {
  "use strict";

  // document.currentScript is only set while this file's top level runs, so it
  // must be read here, before any callback or await.
  var scriptSrc = findScriptSrc(document.currentScript);
  // Tag pasted twice: the first copy owns the page (and the global API).
  if (!scriptSrc || window.ClinicAssistant) return;

  // Resolve against the script's own URL so an assistant mounted under a path
  // prefix (https://host/assistant/widget.js) still finds /assistant/chat-ui.
  var CHAT_URL = new URL("chat-ui", scriptSrc).href;
  var ORIGIN = new URL(scriptSrc).origin;
  var MSG_CLOSE = "clinic-assistant:close";
  var MSG_FOCUS = "clinic-assistant:focus";
  var MSG_FOCUS_LAST = "clinic-assistant:focus-last";
  var LABEL_OPEN = "Open the clinic assistant";
  var LABEL_CLOSE = "Close the clinic assistant";
  var SVG_NS = "http://www.w3.org/2000/svg";

  var STYLES = [
    ":host { all: initial; }",
    ".launcher, .panel { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;",
    "  box-sizing: border-box; z-index: 2147483000; }",
    "[hidden] { display: none !important; }",
    ".launcher { position: fixed; right: 24px; bottom: calc(24px + env(safe-area-inset-bottom, 0px));",
    "  width: 60px; height: 60px; margin: 0; padding: 0; border: 0; border-radius: 50%;",
    "  display: flex; align-items: center; justify-content: center; cursor: pointer;",
    "  background: #0b6663; color: #fff; box-shadow: 0 6px 20px rgba(16, 42, 41, 0.28); }",
    ".launcher:hover { background: #095553; }",
    ".launcher:focus { outline: none; }",
    // Two tones, whatever the clinic's page behind: a white ring against the button and a dark
    // one outside it, each at least 3:1 against the other (WCAG 1.4.11).
    ".launcher:focus-visible { outline: 3px solid #102a29; outline-offset: 3px;",
    "  box-shadow: 0 0 0 3px #fff, 0 6px 20px rgba(16, 42, 41, 0.28); }",
    ".launcher svg { width: 28px; height: 28px; fill: none; stroke: currentColor; stroke-width: 2;",
    "  stroke-linecap: round; stroke-linejoin: round; pointer-events: none; }",
    ".launcher .icon-close { display: none; }",
    ".launcher[aria-expanded='true'] .icon-open { display: none; }",
    ".launcher[aria-expanded='true'] .icon-close { display: block; }",
    ".panel { position: fixed; right: 24px; bottom: calc(100px + env(safe-area-inset-bottom, 0px));",
    "  width: 390px; height: min(640px, calc(100vh - 132px)); display: flex; flex-direction: column;",
    "  background: #fff; border-radius: 16px; overflow: hidden;",
    "  box-shadow: 0 12px 40px rgba(16, 42, 41, 0.30); border: 1px solid #d5e2e1; }",
    ".bar { flex: none; display: flex; align-items: center; justify-content: space-between;",
    "  gap: 8px; padding: 10px 10px 10px 16px; background: #0b6663; color: #fff; }",
    ".guard { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }",
    ".title { font-size: 16px; font-weight: 600; line-height: 1.3; margin: 0; }",
    ".close { flex: none; width: 40px; height: 40px; margin: 0; padding: 0; border: 0; border-radius: 8px;",
    "  display: flex; align-items: center; justify-content: center; cursor: pointer;",
    "  background: transparent; color: #fff; }",
    ".close:hover { background: rgba(255, 255, 255, 0.16); }",
    ".close:focus { outline: none; }",
    ".close:focus-visible { outline: 3px solid #fff; outline-offset: -3px; }", // 6.8:1 on the bar
    ".close svg { width: 22px; height: 22px; fill: none; stroke: currentColor; stroke-width: 2.2;",
    "  stroke-linecap: round; pointer-events: none; }",
    "iframe { flex: 1 1 auto; display: block; width: 100%; height: 100%; border: 0; margin: 0; background: #f5f8f8; }",
    "@media (prefers-reduced-motion: no-preference) {",
    "  .panel { animation: rise 160ms ease-out; }",
    "  @keyframes rise { from { opacity: 0; transform: translateY(12px); } to { opacity: 1; transform: none; } }",
    "}",
    // Phones, and short windows (a laptop at 200% zoom is 640x360 CSS px): the panel takes the
    // whole screen, so the conversation keeps room for a reply; its own close button is the way out.
    "@media (max-width: 599.98px), (max-height: 559.98px) {",
    "  .panel { inset: 0; right: 0; bottom: 0; width: 100%; height: 100%; border: 0; border-radius: 0; }",
    "  .bar { padding-top: calc(10px + env(safe-area-inset-top, 0px)); }",
    "  .launcher { right: 16px; bottom: calc(16px + env(safe-area-inset-bottom, 0px)); }",
    "  .launcher[aria-expanded='true'] { display: none; }",
    "}",
    "@media (max-height: 559.98px) {",
    "  .bar { padding-top: 2px; padding-bottom: 2px; }",
    "}",
    "@media print { .launcher, .panel { display: none !important; } }",
  ].join("\n");

  var state = { isOpen: false, frameLoaded: false };
  var ui = null; // built once, on first run

  if (document.readyState === "loading") {
    // Only happens when the tag is used without `defer` in <head>: no <body> yet.
    document.addEventListener("DOMContentLoaded", mount, { once: true });
  } else {
    mount();
  }

  /** Return this script's URL, or null when it cannot be determined. */
  function findScriptSrc(current) {
    if (current && current.src) return current.src;
    // currentScript is null for module scripts and some tag managers; fall back
    // to the last <script> whose path ends in /widget.js.
    var scripts = document.querySelectorAll("script[src]");
    for (var i = scripts.length - 1; i >= 0; i--) {
      if (/\/widget\.js(?:[?#]|$)/.test(scripts[i].src)) return scripts[i].src;
    }
    return null;
  }

  /** Create the host element, shadow root, launcher and (hidden) panel. */
  function mount() {
    // Pasting the tag twice must not give two launchers.
    if (document.querySelector("[data-assistant-widget]")) return;

    // A custom tag name, so host rules such as `div { ... }` never match it,
    // and inline !important resets against anything broader.
    var host = document.createElement("clinic-assistant");
    host.setAttribute("data-assistant-widget", "");
    host.style.setProperty("all", "initial", "important");
    host.style.setProperty("display", "block", "important");
    var root = host.attachShadow({ mode: "open" });
    applyStyles(root);

    var launcher = document.createElement("button");
    launcher.type = "button";
    launcher.className = "launcher";
    launcher.setAttribute("aria-label", LABEL_OPEN);
    launcher.setAttribute("aria-expanded", "false");
    launcher.setAttribute("aria-controls", "clinic-assistant-panel");
    launcher.appendChild(icon("icon-open", [
      // a speech bubble
      "M21 12a8 8 0 0 1-11.6 7.1L4 20.5l1.4-4.9A8 8 0 1 1 21 12z",
      "M8.5 12h.01M12 12h.01M15.5 12h.01",
    ]));
    launcher.appendChild(icon("icon-close", ["M6 9l6 6 6-6"]));

    var panel = document.createElement("div");
    panel.className = "panel";
    panel.id = "clinic-assistant-panel";
    panel.setAttribute("role", "dialog");
    panel.setAttribute("aria-modal", "true");
    panel.setAttribute("aria-labelledby", "clinic-assistant-title");
    panel.hidden = true;

    var bar = document.createElement("div");
    bar.className = "bar";
    var title = document.createElement("p");
    title.className = "title";
    title.id = "clinic-assistant-title";
    title.textContent = "Clinic assistant";
    var closeButton = document.createElement("button");
    closeButton.type = "button";
    closeButton.className = "close";
    closeButton.setAttribute("aria-label", LABEL_CLOSE);
    closeButton.appendChild(icon("", ["M6 6l12 12M18 6L6 18"]));
    bar.appendChild(title);
    bar.appendChild(closeButton);
    // Focus guards: Tab past the chat's last control, or Shift+Tab before the close button, lands
    // on one of these and is sent round to the other end, so focus never reaches the page behind.
    var startGuard = focusGuard();
    var endGuard = focusGuard();
    panel.appendChild(startGuard);
    panel.appendChild(bar);
    panel.appendChild(endGuard); // the iframe goes in before it, on first open

    root.appendChild(panel);
    root.appendChild(launcher);
    document.body.appendChild(host);

    ui = { host: host, root: root, launcher: launcher, panel: panel, frame: null, endGuard: endGuard, close: closeButton };

    startGuard.addEventListener("focus", function () {
      if (ui.frame && state.frameLoaded) focusFrame(MSG_FOCUS_LAST);
      else closeButton.focus();
    });
    endGuard.addEventListener("focus", function () {
      closeButton.focus();
    });

    // <button> already turns Enter and Space into click.
    launcher.addEventListener("click", function () {
      if (state.isOpen) close({ returnFocus: true });
      else open();
    });
    closeButton.addEventListener("click", function () {
      close({ returnFocus: true });
    });
    // Keydown from the launcher and the close button; keys pressed inside the
    // iframe never reach this document, so the chat posts MSG_CLOSE instead.
    root.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && state.isOpen) {
        event.preventDefault();
        close({ returnFocus: true });
      }
    });
    window.addEventListener("message", function (event) {
      if (!ui.frame || event.source !== ui.frame.contentWindow || event.origin !== ORIGIN) return;
      var data = event.data;
      if (data && typeof data === "object" && data.type === MSG_CLOSE) close({ returnFocus: true });
    });
  }

  /** Build the iframe on first open, so pages that never open it load nothing extra. */
  function ensureFrame() {
    if (ui.frame) return;
    var frame = document.createElement("iframe");
    frame.title = "Clinic assistant";
    frame.src = CHAT_URL;
    frame.setAttribute("referrerpolicy", "no-referrer");
    frame.setAttribute("allow", "clipboard-write");
    frame.addEventListener("load", function () {
      state.frameLoaded = true;
      if (state.isOpen) focusFrame();
    });
    ui.panel.insertBefore(frame, ui.endGuard);
    ui.frame = frame;
  }

  function focusFrame(message) {
    ui.frame.focus();
    if (state.frameLoaded && ui.frame.contentWindow) {
      // Target origin pinned: if the frame was ever navigated elsewhere, it gets nothing.
      ui.frame.contentWindow.postMessage({ type: message || MSG_FOCUS }, ORIGIN);
    }
  }

  function focusGuard() {
    var guard = document.createElement("span");
    guard.className = "guard";
    // Focusable, so not aria-hidden; it hands focus on at once and is never read.
    guard.tabIndex = 0;
    return guard;
  }

  function setExpanded(expanded) {
    ui.launcher.setAttribute("aria-expanded", expanded ? "true" : "false");
    // The label says what pressing it does now.
    ui.launcher.setAttribute("aria-label", expanded ? LABEL_CLOSE : LABEL_OPEN);
  }

  function open() {
    if (!ui) return;
    ensureFrame();
    ui.panel.hidden = false;
    setExpanded(true);
    state.isOpen = true;
    focusFrame();
  }

  function close(options) {
    if (!ui || !state.isOpen) return;
    // For API callers, only move focus if it was inside the widget; the shadow
    // host is document.activeElement whenever focus is in the panel or iframe.
    var returnFocus = (options && options.returnFocus) || document.activeElement === ui.host;
    ui.panel.hidden = true;
    setExpanded(false);
    state.isOpen = false;
    if (returnFocus) ui.launcher.focus();
  }

  /** Constructable stylesheets are not blocked by a host page's CSP style-src; <style> is the fallback. */
  function applyStyles(root) {
    try {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLES);
      root.adoptedStyleSheets = [sheet];
    } catch (e) {
      var style = document.createElement("style");
      style.textContent = STYLES;
      root.appendChild(style);
    }
  }

  function icon(className, paths) {
    var svg = document.createElementNS(SVG_NS, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    if (className) svg.setAttribute("class", className);
    paths.forEach(function (d) {
      var path = document.createElementNS(SVG_NS, "path");
      path.setAttribute("d", d);
      svg.appendChild(path);
    });
    return svg;
  }

  window.ClinicAssistant = Object.freeze({
    open: function () { open(); },
    close: function () { close(); },
  });
})();
