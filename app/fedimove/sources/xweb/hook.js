// Injected by Fedimove into x.com pages at document creation, in the page's own world.
// It watches the responses of x.com's web API that the page itself requests (fetch and
// XMLHttpRequest) and hands the ones Fedimove reads to the app over QWebChannel. It changes
// nothing the page sends or receives and makes no request of its own.
(function () {
  "use strict";
  const GRAPHQL = /\/i\/api\/graphql\/[A-Za-z0-9_-]+\/([A-Za-z]+)(?:\?|$)/;
  const WANTED = new Set(__OPERATIONS__);
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

  const originalFetch = window.fetch;
  window.fetch = function () {
    return originalFetch.apply(this, arguments).then(function (response) {
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
    urls.set(this, String(url));
    return open.apply(this, arguments);
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
