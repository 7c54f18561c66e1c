// Booth companion page: read-only, fed by server-sent events from the host. Every value is set with
// textContent (never innerHTML): pushes and titles are people's text, not markup.
"use strict";
(function () {
  const code = new URLSearchParams(location.search).get("t") || "";
  const $ = (id) => document.getElementById(id);
  let view = null;
  let skew = 0; // host clock minus this device's clock
  let offlineSince = null;

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function hhmm(ms) {
    const d = new Date(ms);
    return String(d.getHours()).padStart(2, "0") + ":" + String(d.getMinutes()).padStart(2, "0");
  }
  function span(ms) {
    const s = Math.max(0, Math.round(ms / 1000));
    const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), r = s % 60;
    const mm = String(m).padStart(h ? 2 : 1, "0") + ":" + String(r).padStart(2, "0");
    return h ? h + ":" + mm : mm;
  }

  function render() {
    if (!view) return;
    const L = view.labels;
    const now = Date.now() + skew;
    document.documentElement.lang = L.lang;
    document.title = L.title;
    $("title").textContent = L.title;
    $("now-label").textContent = L.now;
    $("next-label").textContent = L.next;
    $("pushes-label").textContent = L.pushes;
    const items = view.programme;
    const current = items.find((i) => i.start <= now && now < i.end);
    const next = items.find((i) => i.start > now);
    $("now-title").textContent = current ? current.title : L.nothingNow;
    $("now-speaker").textContent = current ? current.speaker : "";
    $("now-left").textContent = current ? span(current.end - now) + " " + L.timeLeft : "";
    $("next-title").textContent = next ? next.title : "";
    $("next-time").textContent = next ? hhmm(next.start - skew) + (next.speaker ? " · " + next.speaker : "") : "";
    const late = $("late");
    late.hidden = !view.lateSeconds;
    late.textContent = L.runningLate + " " + Math.round(view.lateSeconds / 60) + "′";

    const booths = $("booths");
    booths.replaceChildren();
    for (const b of view.booths) {
      const card = el("div", "booth");
      card.dataset.booth = b.id;
      card.append(el("span", "label", b.name));
      card.append(el("strong", "mic", b.onMic || L.nobodyOnMic));
      if (b.shiftEnds) {
        const left = b.shiftEnds - now;
        if (left <= 0) card.classList.add("over");
        else if (left <= 60000) card.classList.add("warn");
        card.append(el("span", "count", left > 0 ? span(left) : L.handOverNow));
        card.append(el("span", "label", left > 0 ? L.handOverIn : ""));
      }
      booths.append(card);
    }
    const list = $("pushes");
    list.replaceChildren();
    if (!view.pushes.length) list.append(el("li", "none", L.noPushes));
    for (const p of view.pushes) {
      const li = el("li", "push " + p.kind);
      li.append(el("span", "text", p.text));
      if (p.detail) li.append(el("span", "detail", p.detail));
      const booth = view.booths.find((b) => b.id === p.booth);
      li.append(el("span", "meta", (booth ? booth.name + " · " : "") + L.pushedBy + " " + p.by + " · " + hhmm(p.at - skew)));
      list.append(li);
    }
    const status = $("status");
    status.hidden = offlineSince === null;
    status.textContent = offlineSince === null ? "" : L.offlineSince + " " + hhmm(offlineSince);
  }

  const source = new EventSource("/events?t=" + encodeURIComponent(code));
  source.onmessage = (e) => {
    const message = JSON.parse(e.data);
    view = message.view;
    skew = message.hostNow - Date.now();
    offlineSince = null;
    document.body.dataset.pushes = String(view.pushes.length);
    render();
  };
  source.onerror = () => {
    if (offlineSince === null) offlineSince = Date.now();
    render();
  };
  setInterval(render, 1000);
})();
