// Injected by Fedimove into x.com pages at document creation, in the page's own world.
// It watches the responses of x.com's web API that the page itself requests (fetch and
// XMLHttpRequest) and hands the ones Fedimove reads to the app over QWebChannel. It makes no
// request of its own. Its one change: when continuing an interrupted read, the page's first
// request of that list asks for the page after the last one read (the cursor x.com gave then),
// so the pages already read are not loaded again.
(function () {
  "use strict";
  const GRAPHQL = /\/i\/api\/graphql\/[A-Za-z0-9_-]+\/([A-Za-z]+)(?:\?|$)/;
  const WANTED = new Set(__OPERATIONS__);
  const RESUME = __RESUME__;  // {operation, match: {variable: value}, cursor} or null
  const pending = [];
  let bridge = null;

  function send(message) {
    const text = JSON.stringify(message);
    if (bridge) bridge.deliver(text); else pending.push(text);
  }

  function connect() {
    if (typeof QWebChannel === "undefined" || !window.qt || !window.qt.webChannelTransport) {
      setTimeout(connect, 50);
      return;
    }
    new QWebChannel(window.qt.webChannelTransport, function (channel) {
      bridge = channel.objects.fedimoveBridge;
      while (pending.length) bridge.deliver(pending.shift());
    });
  }

  function observe(url, status, header, body) {
    const match = GRAPHQL.exec(String(url));
    if (!match) return;
    const message = {
      url: String(url), status: status,
      reset: header("x-rate-limit-reset"), remaining: header("x-rate-limit-remaining"),
    };
    if (!WANTED.has(match[1])) { send(message); return; }
    body().then(function (text) { message.body = text; send(message); },
                function () { send(message); });
  }

  function resumed(url) {
    if (!RESUME) return url;
    try {
      const parsed = new URL(String(url), location.href);
      const match = GRAPHQL.exec(parsed.pathname);
      if (!match || match[1] !== RESUME.operation) return url;
      const variables = JSON.parse(parsed.searchParams.get("variables") || "{}");
      if (variables.cursor) return url;
      for (const key in RESUME.match) {
        if (String(variables[key]) !== RESUME.match[key]) return url;
      }
      variables.cursor = RESUME.cursor;
      parsed.searchParams.set("variables", JSON.stringify(variables));
      RESUME.operation = null;  // once: a retry of this request starts from the top again
      return parsed.toString();
    } catch (ignored) {
      return url;
    }
  }

  const originalFetch = window.fetch;
  window.fetch = function (input, init) {
    const args = Array.prototype.slice.call(arguments);
    if (typeof input === "string" || input instanceof URL) args[0] = resumed(input);
    return originalFetch.apply(this, args).then(function (response) {
      try {
        observe(response.url, response.status, function (n) { return response.headers.get(n); },
                function () { return response.clone().text(); });
      } catch (ignored) { /* never break the page */ }
      return response;
    });
  };

  const urls = new WeakMap();
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url) {
    const args = Array.prototype.slice.call(arguments);
    args[1] = resumed(url);
    urls.set(this, String(args[1]));
    return open.apply(this, args);
  };
  const sendRequest = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function () {
    const xhr = this;
    xhr.addEventListener("load", function () {
      try {
        observe(xhr.responseURL || urls.get(xhr), xhr.status,
                function (n) { return xhr.getResponseHeader(n); },
                function () {
                  const r = xhr.responseType === "json" ? JSON.stringify(xhr.response)
                                                        : xhr.responseText;
                  return Promise.resolve(r);
                });
      } catch (ignored) { /* never break the page */ }
    });
    return sendRequest.apply(this, arguments);
  };

  connect();
})();
