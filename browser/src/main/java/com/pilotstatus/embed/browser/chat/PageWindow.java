package com.pilotstatus.embed.browser.chat;

import com.pilotstatus.embed.browser.dom.Dom;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * Keeps a scrolling list of server-rendered pages (the conversation list's "more" pages, the thread's older and newer
 * runs) bounded in the DOM however far the agent scrolls. Requirements (issue 18, "5,000 conversations and 10,000
 * messages stay smooth"):
 * <ol>
 *   <li>At most {@code maxPages} pages are in the DOM. A page far from the viewport is evicted: its nodes are replaced
 *       by one empty {@code li.evicted} spacer of the same height, so nothing on screen moves.</li>
 *   <li>A spacer that comes near the viewport is fetched again (the page's own URL, or for a thread page the run just
 *       before/after its neighbour) and swapped back in; what the agent looks at stays where it was.</li>
 *   <li>Edge controls ({@code .older-row}, {@code .newer-row}, {@code .more-row}) and rows added live belong to no
 *       page and are never evicted; a restored page drops rows already shown elsewhere (moved live).</li>
 *   <li>The state lives on the container element: a re-rendered list or thread starts afresh.</li>
 * </ol>
 */
final class PageWindow {

  /** Fetches {@code url} and hands the fragment back, or {@code null} when it failed. */
  interface Fetcher {
    void fetch(String url, Fetched then);
  }

  interface Fetched {
    void done(String html);
  }

  /** Asked when an edge control ({@code .older-row} …) came near the viewport: load what it offers. */
  interface EdgeListener {
    void onEdge(JSObject button);
  }

  @JSFunctor
  interface ScrollListener extends JSObject {
    void onScroll();
  }

  private PageWindow() {
  }

  /**
   * Watches {@code container} (the list or the log): on scroll (once per frame) evicts pages beyond {@code maxPages},
   * brings back a spacer near the viewport with {@code fetcher}, and offers an edge control near the viewport to
   * {@code edges}. {@code base}: the URL a thread page's run is fetched from ({@code ?before=}/{@code ?after=} added).
   */
  static void watch(JSObject container, int maxPages, String base, Fetcher fetcher, EdgeListener edges) {
    if (container == null) {
      return;
    }
    Dom.setAttr(container, "data-page-base", base);
    Dom.setAttr(container, "data-page-max", String.valueOf(maxPages));
    new Watch(container, maxPages, fetcher, edges).listen();
  }

  /** A page was just put in by the agent's own action: the bound holds at once, not at the next scroll. */
  static void settle(JSObject container) {
    if (container != null) {
      bound(container, Dom.parseInt(Dom.attr(container, "data-page-max")));
    }
  }

  /** What runs for one container on scroll; after a page came back it looks again (the next may be in view too). */
  private static final class Watch {
    private final JSObject container;
    private final int maxPages;
    private final Fetcher fetcher;
    private final EdgeListener edges;
    private boolean loading;

    Watch(JSObject container, int maxPages, Fetcher fetcher, EdgeListener edges) {
      this.container = container;
      this.maxPages = maxPages;
      this.fetcher = fetcher;
      this.edges = edges;
    }

    void listen() {
      onScroll(container, this::check);
    }

    private void check() {
      bound(container, maxPages);
      if (loading) {
        return;
      }
      JSObject spacer = spacerNearView(container);
      if (spacer != null) {
        loading = true;
        fetcher.fetch(Dom.attr(spacer, "data-url"), html -> {
          loading = false;
          if (html != null) {
            restore(container, spacer, html);
            dropRepeatedDays(container);
            check();
          }
        });
        return;
      }
      JSObject edge = edgeNearView(container);
      if (edge != null) {
        edges.onEdge(edge);
      }
    }
  }

  /** Marks the page elements now in {@code container} (a first render) as one page, fetched again from {@code url}. */
  @JSBody(params = {"container", "url"}, script = "if (!container) return; var ps_n = container.ps_seq = 1;"
      + " container.ps_urls = { 1: url }; var ps_c = container.children;"
      + " for (var ps_i = 0; ps_i < ps_c.length; ps_i++) if (!ps_c[ps_i].matches('.older-row,.newer-row,.more-row,"
      + ".hits-heading,.hit-row,.log-empty,.list-empty')) ps_c[ps_i].setAttribute('data-page', ps_n);")
  static native void markFirst(JSObject container, String url);

  /**
   * {@code html} parsed into elements tagged as a new page of {@code container} ({@code url}: how to fetch it again,
   * or null for a thread run, found from its neighbours), ready to insert. Edge controls are left untagged.
   */
  @JSBody(params = {"container", "html", "url"}, script = "var ps_t = document.createElement('template');"
      + " ps_t.innerHTML = html; if (!container) return ps_t.content;"
      + " var ps_n = container.ps_seq = (container.ps_seq || 0) + 1; container.ps_urls = container.ps_urls || {};"
      + " container.ps_urls[ps_n] = url; var ps_c = ps_t.content.children;"
      + " for (var ps_i = 0; ps_i < ps_c.length; ps_i++) if (!ps_c[ps_i].matches('.older-row,.newer-row,.more-row,"
      + ".hits-heading,.hit-row')) ps_c[ps_i].setAttribute('data-page', ps_n);"
      + " return ps_t.content;")
  static native JSObject page(JSObject container, String html, String url);

  @JSBody(params = {"container", "callback"}, script = "var ps_q = false; container.addEventListener('scroll',"
      + " function () { if (ps_q) return; ps_q = true; requestAnimationFrame(function () { ps_q = false;"
      + " if (container.isConnected) callback(); }); }, { passive: true });")
  private static native void onScroll(JSObject container, ScrollListener callback);

  /**
   * Evicts the pages farthest from the viewport until at most {@code max} remain. A thread page's URL is its
   * neighbour's run at eviction time: {@code ?before=} the first message below it, or {@code ?after=} the last above.
   */
  @JSBody(params = {"container", "max"}, script = "var ps_r = container.getBoundingClientRect();"
      + " var ps_pages = {}, ps_order = [], ps_els = container.querySelectorAll('[data-page]');"
      + " for (var ps_i = 0; ps_i < ps_els.length; ps_i++) { var ps_p = ps_els[ps_i].getAttribute('data-page');"
      + " if (!ps_pages[ps_p]) { ps_pages[ps_p] = []; ps_order.push(ps_p); } ps_pages[ps_p].push(ps_els[ps_i]); }"
      + " if (ps_order.length <= max) return;"
      + " function ps_dist(ps_k) { var ps_l = ps_pages[ps_k]; var ps_top = ps_l[0].getBoundingClientRect().top,"
      + " ps_bot = ps_l[ps_l.length - 1].getBoundingClientRect().bottom;"
      + " return ps_bot < ps_r.top ? ps_r.top - ps_bot : ps_top > ps_r.bottom ? ps_top - ps_r.bottom : 0; }"
      + " ps_order.sort(function (a, b) { return ps_dist(b) - ps_dist(a); });"
      + " var ps_base = container.getAttribute('data-page-base') || '';"
      + " for (var ps_j = 0; ps_j < ps_order.length - max; ps_j++) { var ps_k = ps_order[ps_j], ps_l = ps_pages[ps_k];"
      + " if (ps_dist(ps_k) === 0) break; var ps_first = ps_l[0], ps_last = ps_l[ps_l.length - 1], ps_focus = false;"
      + " for (var ps_f = 0; ps_f < ps_l.length; ps_f++) ps_focus = ps_focus || ps_l[ps_f].contains(document.activeElement);"
      + " if (ps_focus) continue;"
      + " var ps_url = container.ps_urls && container.ps_urls[ps_k];"
      + " var ps_above = ps_last.getBoundingClientRect().bottom < ps_r.top;"
      + " if (!ps_url) { var ps_s = ps_above ? ps_last.nextElementSibling : ps_first.previousElementSibling;"
      + " while (ps_s && !ps_s.matches('.bubble[data-id]')) ps_s = ps_above ? ps_s.nextElementSibling : ps_s.previousElementSibling;"
      + " if (!ps_s) continue; ps_url = ps_base + (ps_above ? '?before=' : '?after=') + encodeURIComponent(ps_s.getAttribute('data-id')); }"
      + " var ps_h = ps_last.getBoundingClientRect().bottom - ps_first.getBoundingClientRect().top;"
      + " var ps_sp = document.createElement('li'); ps_sp.className = 'evicted'; ps_sp.setAttribute('aria-hidden', 'true');"
      + " ps_sp.setAttribute('data-url', ps_url); ps_sp.style.height = ps_h + 'px';"
      + " var ps_keep = container.scrollTop; container.insertBefore(ps_sp, ps_first);"
      + " for (var ps_m = 0; ps_m < ps_l.length; ps_m++) container.removeChild(ps_l[ps_m]);"
      + " container.scrollTop = ps_keep; }")
  private static native void bound(JSObject container, int max);

  /** The evicted page's spacer closest to the viewport, within a screen of it, or null. */
  private static JSObject spacerNearView(JSObject container) {
    return nearView(container, "li.evicted", 2);
  }

  /** The button of an edge control ({@code .older-row} …) within half a screen of the viewport, or null. */
  private static JSObject edgeNearView(JSObject container) {
    return nearView(container, ".older-row button,.newer-row button,.more-row button", 1);
  }

  /** The shown element of {@code selector} closest to the viewport, within {@code halves} half-screens, or null. */
  @JSBody(params = {"container", "selector", "halves"}, script = "var ps_r = container.getBoundingClientRect(),"
      + " ps_m = ps_r.height * halves / 2, ps_s = container.querySelectorAll(selector), ps_best = null, ps_bd = 1e9;"
      + " for (var ps_i = 0; ps_i < ps_s.length; ps_i++) { var ps_b = ps_s[ps_i].getBoundingClientRect();"
      + " var ps_d = ps_b.bottom < ps_r.top ? ps_r.top - ps_b.bottom : ps_b.top > ps_r.bottom ? ps_b.top - ps_r.bottom : 0;"
      + " if (ps_b.height && ps_d <= ps_m && ps_d < ps_bd) { ps_bd = ps_d; ps_best = ps_s[ps_i]; } } return ps_best;")
  private static native JSObject nearView(JSObject container, String selector, int halves);

  /**
   * Swaps {@code spacer} for the page {@code html} (edge controls and rows already shown elsewhere dropped), keeping
   * the first element in view where it was.
   */
  @JSBody(params = {"container", "spacer", "html"}, script = "if (!spacer.parentNode) return;"
      + " var ps_r = container.getBoundingClientRect(), ps_anchor = null, ps_c = container.children;"
      + " for (var ps_i = 0; ps_i < ps_c.length; ps_i++) { if (ps_c[ps_i] !== spacer"
      + " && ps_c[ps_i].getBoundingClientRect().bottom > ps_r.top) { ps_anchor = ps_c[ps_i]; break; } }"
      + " var ps_top = ps_anchor ? ps_anchor.getBoundingClientRect().top : 0;"
      + " var ps_t = document.createElement('template'); ps_t.innerHTML = html; var ps_frag = ps_t.content;"
      + " var ps_n = container.ps_seq = (container.ps_seq || 0) + 1; container.ps_urls = container.ps_urls || {};"
      + " container.ps_urls[ps_n] = spacer.getAttribute('data-url');"
      + " var ps_f = Array.prototype.slice.call(ps_frag.children);"
      + " for (var ps_j = 0; ps_j < ps_f.length; ps_j++) { var ps_el = ps_f[ps_j];"
      + " if (ps_el.matches('.older-row,.newer-row,.more-row,.hits-heading,.hit-row,.log-empty,.list-empty')"
      + " || (ps_el.id && document.getElementById(ps_el.id))) { ps_frag.removeChild(ps_el); continue; }"
      + " ps_el.setAttribute('data-page', ps_n); }"
      + " container.replaceChild(ps_frag, spacer);"
      + " if (ps_anchor) container.scrollTop += ps_anchor.getBoundingClientRect().top - ps_top;")
  private static native void restore(JSObject container, JSObject spacer, String html);

  /** Drops each day separator of {@code log} that repeats the day of the one before it (runs that met). */
  @JSBody(params = "log", script = "if (!log) return; var ps_d = log.querySelectorAll('.day'), ps_prev = null;"
      + " for (var ps_k = 0; ps_k < ps_d.length; ps_k++) { var ps_day = ps_d[ps_k].getAttribute('data-day');"
      + " if (ps_day === ps_prev) ps_d[ps_k].parentNode.removeChild(ps_d[ps_k]); else ps_prev = ps_day; }")
  static native void dropRepeatedDays(JSObject log);
}
