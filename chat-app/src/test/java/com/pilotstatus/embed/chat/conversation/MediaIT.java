package com.pilotstatus.embed.chat.conversation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.pilotstatus.embed.testing.Axe.describe;
import static com.pilotstatus.embed.testing.Axe.serious;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.pilotstatus.embed.chat.testing.ChatStack;
import com.pilotstatus.embed.chat.testing.InboxBrowserTest;
import com.pilotstatus.embed.testing.Chromium;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Media in real Chromium (issue 18), the inbox mounted by the real SDK on a host of another origin. Journey 1: every
 * received kind shows in the thread (photo loaded and opening full size, document card, voice and audio players,
 * video with its poster, sticker, location link), a new photo arrives live in this iframe and in a second open one,
 * and an SVG with script a contact sent, opened as a page, runs nothing. Journey 2: a photo sent by the keyboard-
 * operable picker with a caption (its thumbnail in the tray, the object URL revoked once sent; a document shows its
 * icon instead), one by paste and one by drop, a large one whose upload, throttled through CDP on the chat iframe's
 * own target, shows its progress rising, an oversized file refused with the message before any upload, files the
 * server refuses (a PNG that is an HTML page: 415; a number whose plan has no media: 402) shown with why and Discard
 * only, a failed upload kept through a re-render of its thread (another conversation opened and this one again) with
 * Retry that then sends it exactly once. Screenshots of the media states in light and dark under
 * {@code target/artifacts/}.
 */
class MediaIT extends InboxBrowserTest {

  /** A 320×240 photo-like PNG (a drawn shelf), so the screenshots show what an agent would send. */
  private static final byte[] PNG = shelfPhoto();
  private static final String PNG_BASE64 = Base64.getEncoder().encodeToString(PNG);

  @BeforeEach
  void openHost() {
    page.navigate(host.sdkPage());
  }

  private FrameLocator mount(Page on) {
    on.evaluate("chat => PilotStatus.init({ chatBaseUrl: chat })", stack.chatOrigin());
    on.evaluate("t => { window.chat = PilotStatus.chat.mount('#inbox', { token: t, locale: 'en', theme: 'light',"
        + " onReady: log('ready'), onConversationOpened: log('opened') }); }",
        stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(host.origin()), 900));
    on.waitForFunction("() => named('ready').length === 1");
    FrameLocator chat = on.frameLocator("#inbox iframe");
    assertThat(chat.locator(".conv-row").first()).isVisible();
    return chat;
  }

  private static void open(FrameLocator chat, Contact contact) {
    chat.locator(".conv-row").filter(new Locator.FilterOptions().setHasText(contact.name)).locator("button").click();
    assertThat(chat.locator(".thread h2")).hasText(contact.name);
  }

  @Test
  void every_received_kind_shows_and_a_new_photo_arrives_live_in_two_iframes() {
    Contact lia = Contact.writing("Lia Fontes", "Hi! Sending you the details");
    for (String kind : List.of("image", "document", "voice", "audio", "video", "sticker")) {
      stack.inboundWith(ChatStack.DEMO_NUMBER, lia.from, lia.name, Map.of("media", Map.of("kind", kind),
          "text", kind.equals("image") ? "The label on the box" : ""));
    }
    stack.inboundWith(ChatStack.DEMO_NUMBER, lia.from, lia.name, Map.of("location",
        Map.of("latitude", -23.5613, "longitude", -46.6565, "name", "MASP", "address", "Av. Paulista, 1578")));
    FrameLocator chat = mount(page);
    assertThat(chat.locator(".conv-row").filter(new Locator.FilterOptions().setHasText(lia.name)))
        .containsText("📍 Location");
    open(chat, lia);

    Locator photo = chat.locator(".media-image img").first();
    assertThat(photo).isVisible();
    page.waitForCondition(() -> ((Number) photo.evaluate("img => img.complete ? img.naturalWidth : 0")).intValue() > 0);
    assertThat(chat.locator("a.media-image").first()).hasAttribute("target", "_blank");
    assertThat(chat.locator("a.media-image").first()).hasAttribute("aria-label", "Open the photo full size");
    // Full size in the page: a modal viewer, closed by Escape, focus back on the photo.
    chat.locator("a.media-image").first().focus();
    page.keyboard().press("Enter");
    Locator viewer = chat.locator("#photo-viewer");
    assertThat(viewer).isVisible();
    assertThat(viewer).hasAccessibleName("Photo, full size");
    assertThat(viewer.locator(".photo-close")).isFocused();
    page.waitForCondition(() -> ((Number) viewer.locator("img").evaluate("i => i.complete ? i.naturalWidth : 0"))
        .intValue() > 0);
    screenshots(chat, "media-viewer");
    page.keyboard().press("Escape");
    assertThat(viewer).isHidden();
    assertThat(chat.locator("a.media-image").first()).isFocused();
    assertThat(chat.locator(".bubble.media-image .text").first()).hasText("The label on the box");
    assertThat(chat.locator(".media-document .card-title")).hasText("invoice-4821.pdf");
    assertThat(chat.locator(".media-document .card-detail")).hasText(Pattern.compile("^\\d+ B · PDF$"));
    assertThat(chat.locator(".media-voice audio, .media-audio audio")).hasCount(2);
    assertThat(chat.locator("video.media-video")).hasAttribute("poster", Pattern.compile("^/media/med_"));
    assertThat(chat.locator(".media-sticker img")).isVisible();
    assertThat(chat.locator("a.media-location")).hasAttribute("href",
        "https://www.openstreetmap.org/?mlat=-23.561300&mlon=-46.656500#map=17/-23.561300/-46.656500");
    assertThat(chat.locator("a.media-location .card-detail")).hasText("Av. Paulista, 1578");
    chat.locator("a.media-document").focus(); // every file action is reachable by keyboard
    assertThat(chat.locator("a.media-document")).isFocused();
    awaitShownImages(chat);
    screenshot("media-received-light.png");
    assertNoSeriousViolations("light");
    page.evaluate("() => chat.update({ theme: 'dark' })");
    assertThat(chat.locator("html")).hasAttribute("data-theme", "dark");
    screenshot("media-received-dark.png");
    chat.locator("#log").evaluate("log => log.scrollTop = log.scrollHeight");
    awaitShownImages(chat);
    screenshot("media-received-players-dark.png");
    assertNoSeriousViolations("dark");
    page.evaluate("() => chat.update({ theme: 'light' })");
    screenshot("media-received-players-light.png");

    Page second = context.newPage();
    second.navigate(host.sdkPage());
    FrameLocator other = mount(second);
    open(other, lia);
    stack.inboundWith(ChatStack.DEMO_NUMBER, lia.from, lia.name, Map.of("media", Map.of("kind", "image",
        "fileName", "receipt.png"), "text", "And the receipt"));
    for (FrameLocator inbox : List.of(chat, other)) {
      Locator live = inbox.locator("#log .bubble.in").last();
      assertThat(live).containsText("And the receipt");
      assertThat(live.locator(".media-image img")).isVisible();
    }

    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"window.pwned=1\"><script>window.pwned=2;"
        + "alert(document.domain)</script></svg>";
    stack.inboundWith(ChatStack.DEMO_NUMBER, lia.from, lia.name, Map.of("media", Map.of("kind", "image",
        "mimeType", "image/svg+xml", "fileName", "cat.svg",
        "dataBase64", Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)))));
    Locator svgLink = chat.locator("#log .bubble.in").last().locator(".media-image");
    assertThat(svgLink).isVisible();
    String svgUrl = stack.chatOrigin() + svgLink.getAttribute("href");
    List<String> dialogs = new ArrayList<>();
    Page attacker = context.newPage();
    attacker.onDialog(d -> {
      dialogs.add(d.message());
      d.dismiss();
    });
    attacker.navigate(svgUrl); // the worst case: the file opened as a top-level page of the chat origin
    assertThat(attacker.evaluate("() => window.pwned === undefined")).isEqualTo(true);
    assertThat(dialogs).isEmpty();
  }

  @Test
  void photos_sent_by_picker_paste_and_drop_with_progress_refusals_shown_and_a_failed_upload_kept_and_retried_once() {
    Contact sara = Contact.writing("Sara Nunes", "Bom dia!");
    Contact rui = Contact.writing("Rui Prado", "Can you send me a photo of the shelf?");
    AtomicInteger uploads = new AtomicInteger();
    AtomicInteger failNext = new AtomicInteger();
    context.route(Pattern.compile(".*/fragments/conversations/[^/]+/media$"), route -> {
      uploads.incrementAndGet();
      if (failNext.getAndSet(0) > 0) {
        route.abort("connectionfailed");
      } else {
        route.resume();
      }
    });
    FrameLocator chat = mount(page);
    open(chat, rui);

    // The picker, by keyboard: Enter on the attach button opens it; the file waits in the tray until Send.
    chat.locator("[data-action=attach]").focus();
    assertThat(chat.locator("[data-action=attach]")).hasAttribute("title", Pattern.compile("up to 5 MB"));
    chat.locator("#attach-input").setInputFiles(new FilePayload("shelf.png", "image/png", PNG));
    assertThat(chat.locator("#attachment .attachment-name")).hasText("shelf.png");
    assertThat(chat.locator("#attachment .attachment-size")).hasText(Math.round(PNG.length / 1024.0) + " KB");
    Locator thumb = chat.locator("#attachment .attachment-thumb");
    assertThat(thumb).isVisible(); // the shell's CSP lets the blob: URL of the chosen photo load
    page.waitForCondition(() -> ((Number) thumb.evaluate("img => img.complete ? img.naturalWidth : 0")).intValue() == 320);
    String thumbUrl = thumb.getAttribute("src");
    assertThat(thumbUrl).startsWith("blob:" + stack.chatOrigin());
    assertThat(chat.locator("#attachment .card-icon")).isHidden();
    screenshots(chat, "media-tray");
    chat.locator("#draft").fill("Here it is");
    page.keyboard().press("Enter");
    Locator sent = chat.locator("#log .bubble.out.media-image").last();
    assertThat(sent).hasAttribute("id", Pattern.compile("^m-msg_"));
    assertThat(sent.locator(".text")).hasText("Here it is");
    assertThat(chat.locator("#attachment")).isHidden();
    assertThat(chat.locator("#draft").evaluate("(el, url) => new Promise(done => { const i = new Image();"
        + " i.onload = () => done('alive'); i.onerror = () => done('revoked'); i.src = url; })", thumbUrl))
        .isEqualTo("revoked");
    // A document in the tray: its icon, name and size, no thumbnail.
    chat.locator("#attach-input").setInputFiles(new FilePayload("notes.pdf", "application/pdf",
        "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
    assertThat(chat.locator("#attachment .attachment-name")).hasText("notes.pdf");
    assertThat(chat.locator("#attachment .card-icon")).isVisible();
    assertThat(thumb).isHidden();
    chat.locator("[data-action=remove-attachment]").click();
    assertThat(chat.locator("#attachment")).isHidden();

    // Paste into the reply box and drop on the thread.
    dispatchFile(chat.locator("#draft"), "paste", "pasted.png");
    assertThat(chat.locator("#attachment .attachment-name")).hasText("pasted.png");
    chat.locator("[data-action=send]").click();
    assertThat(chat.locator("#log .bubble.out.media-image")).hasCount(2);
    dispatchFile(chat.locator("#log"), "drop", "dropped.png");
    assertThat(chat.locator("#attachment .attachment-name")).hasText("dropped.png");
    chat.locator("[data-action=send]").click();
    assertThat(chat.locator("#log .bubble.out.media-image")).hasCount(3);

    // Progress: the chat iframe's own uploads throttled (it is an out-of-process frame: its own CDP target).
    CDPSession iframe = context.newCDPSession(page.frames().stream()
        .filter(f -> f.url().startsWith(stack.chatOrigin())).findFirst().orElseThrow());
    iframe.send("Network.enable");
    iframe.send("Network.emulateNetworkConditions", throughput(200 * 1024));
    byte[] large = java.util.Arrays.copyOf(PNG, 600 * 1024); // still a PNG: the padding follows its end
    chat.locator("#attach-input").setInputFiles(new FilePayload("large.png", "image/png", large));
    chat.locator("[data-action=send]").click();
    Locator progress = chat.locator("#log .bubble.upload .upload-progress");
    assertThat(progress).hasAccessibleName("Uploading");
    page.waitForCondition(() -> ((Number) progress.evaluate("p => p.value")).intValue() >= 10);
    int early = ((Number) progress.evaluate("p => p.value")).intValue();
    page.waitForCondition(() -> ((Number) progress.evaluate("p => p.value")).intValue() > early);
    assertThat(((Number) progress.evaluate("p => p.value")).intValue()).isLessThan(100);
    screenshots(chat, "media-progress");
    iframe.send("Network.emulateNetworkConditions", throughput(-1));
    assertThat(chat.locator("#log .bubble.out.media-image")).hasCount(4);
    assertThat(chat.locator("#log .bubble.upload")).hasCount(0);

    // Refused by the server past the runtime's check: why, and Discard only.
    chat.locator("#attach-input").setInputFiles(new FilePayload("fake.png", "image/png",
        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
    chat.locator("[data-action=send]").click();
    Locator refused = chat.locator("#log .bubble.upload.refused");
    assertThat(refused.locator(".upload-refusal")).hasText(Pattern.compile("^Not sent: this file type can't be sent"));
    assertThat(refused.locator("[data-action=retry-upload]")).isHidden();
    refused.scrollIntoViewIfNeeded();
    screenshots(chat, "media-refused-type");
    refused.locator("[data-action=discard-upload]").click();
    assertThat(chat.locator("#log .bubble.upload")).hasCount(0);
    stack.setMediaSubscription(ChatStack.DEMO_NUMBER, false);
    try {
      chat.locator("#attach-input").setInputFiles(new FilePayload("plan.png", "image/png", PNG));
      chat.locator("[data-action=send]").click();
      assertThat(refused.locator(".upload-refusal")).hasText(
          "Not sent: this number's plan doesn't include photos and documents. Ask your administrator to upgrade it.");
      assertThat(refused.locator("[data-action=retry-upload]")).isHidden();
      refused.scrollIntoViewIfNeeded();
      screenshots(chat, "media-no-subscription");
      page.evaluate("() => chat.update({ theme: 'dark' })");
      assertThat(chat.locator("html")).hasAttribute("data-theme", "dark");
      assertNoSeriousViolations("refused dark");
      page.evaluate("() => chat.update({ theme: 'light' })");
      refused.locator("[data-action=discard-upload]").click();
    } finally {
      stack.setMediaSubscription(ChatStack.DEMO_NUMBER, true);
    }

    // Oversize: refused with the limits, before any upload.
    int before = uploads.get();
    chat.locator("#attach-input").setInputFiles(new FilePayload("huge.png", "image/png", new byte[5 * 1024 * 1024 + 1]));
    assertThat(chat.locator("#media-notice")).hasText(
        "“huge.png” is too large: photos up to 5 MB, documents up to 16 MB.");
    assertThat(chat.locator("#attachment")).isHidden();
    chat.locator("#attach-input").setInputFiles(new FilePayload("page.html", "text/html", "<p>x</p>".getBytes()));
    assertThat(chat.locator("#media-notice")).containsText("“page.html” can't be sent");
    screenshots(chat, "media-refused");
    assertThat(uploads.get()).isEqualTo(before);

    // A failed upload stays with Retry; Retry sends it once.
    failNext.set(1);
    chat.locator("#attach-input").setInputFiles(new FilePayload("retry.png", "image/png", PNG));
    chat.locator("[data-action=send]").click();
    Locator failed = chat.locator("#log .bubble.upload.failed");
    assertThat(failed).isVisible();
    assertThat(failed.locator(".upload-name")).hasText("retry.png");
    assertThat(failed.locator("[data-action=retry-upload]")).isVisible();
    open(chat, sara); // the thread re-renders: the failed upload is the runtime's, so it comes back
    open(chat, rui);
    assertThat(failed.locator(".upload-name")).hasText("retry.png");
    screenshots(chat, "media-failed");
    failed.locator("[data-action=retry-upload]").click();
    assertThat(chat.locator("#log .bubble.out.media-image")).hasCount(5);
    assertThat(chat.locator("#log .bubble.upload")).hasCount(0);
    screenshots(chat, "media-sent");
    JsonNode messages = stack.platformMessages(stack.mint(List.of(ChatStack.DEMO_NUMBER), List.of(host.origin()),
        300), rui.conversationId).get("data");
    List<String> names = new ArrayList<>();
    messages.forEach(m -> names.add(m.at("/media/fileName").asText()));
    assertThat(names).containsExactly("", "shelf.png", "pasted.png", "dropped.png", "large.png", "retry.png");
  }

  /** {@code Network.emulateNetworkConditions} with {@code bytesPerSecond} up and down ({@code -1}: no throttling). */
  private static com.google.gson.JsonObject throughput(int bytesPerSecond) {
    com.google.gson.JsonObject conditions = new com.google.gson.JsonObject();
    conditions.addProperty("offline", false);
    conditions.addProperty("latency", 0);
    conditions.addProperty("downloadThroughput", bytesPerSecond);
    conditions.addProperty("uploadThroughput", bytesPerSecond);
    return conditions;
  }

  /** Dispatches a {@code paste} or {@code drop} carrying one PNG file named {@code name} on {@code target}. */
  private static void dispatchFile(Locator target, String type, String name) {
    target.evaluate("(el, a) => { const bytes = Uint8Array.from(atob(a.png), c => c.charCodeAt(0));"
        + " const dt = new DataTransfer(); dt.items.add(new File([bytes], a.name, { type: 'image/png' }));"
        + " const e = a.type === 'paste' ? new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true })"
        + " : new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }); el.dispatchEvent(e); }",
        Map.of("png", PNG_BASE64, "name", name, "type", type));
  }

  /** Waits until every image inside the visible part of the log has loaded (they load lazily). */
  private void awaitShownImages(FrameLocator chat) {
    page.waitForCondition(() -> (Boolean) chat.locator("#log").evaluate("log => { const r = log.getBoundingClientRect();"
        + " return [...log.querySelectorAll('img')].every(i => { const b = i.getBoundingClientRect();"
        + " return b.bottom < r.top || b.top > r.bottom || (i.complete && i.naturalWidth > 0); }); }"));
  }

  private void assertNoSeriousViolations(String theme) {
    List<Rule> violations = new AxeBuilder(page).analyze().getViolations();
    System.out.println("[axe] media " + theme + ": " + describe(violations));
    assertThat(serious(violations)).as(describe(violations)).isEmpty();
  }

  private static byte[] shelfPhoto() {
    BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0xf4, 0xe9, 0xd8));
    g.fillRect(0, 0, 320, 240);
    g.setColor(new Color(0x8d, 0x5b, 0x3a));
    for (int y = 70; y < 240; y += 80) {
      g.fillRect(20, y, 280, 10);
    }
    Color[] boxes = {new Color(0xe7, 0x6f, 0x51), new Color(0x2a, 0x9d, 0x8f), new Color(0xe9, 0xc4, 0x6a)};
    for (int i = 0; i < 9; i++) {
      g.setColor(boxes[i % 3]);
      g.fillRect(30 + (i % 3) * 90, 22 + (i / 3) * 80, 70, 48);
    }
    g.dispose();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void screenshot(String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.artifact(name)));
  }

  /** {@code name-light.png} and {@code name-dark.png} of the state shown, each once the iframe has the theme; light after. */
  private void screenshots(FrameLocator chat, String name) {
    for (String theme : List.of("light", "dark")) {
      page.evaluate("t => chat.update({ theme: t })", theme);
      assertThat(chat.locator("html")).hasAttribute("data-theme", theme);
      screenshot(name + "-" + theme + ".png");
    }
    page.evaluate("() => chat.update({ theme: 'light' })");
    assertThat(chat.locator("html")).hasAttribute("data-theme", "light");
  }

  /** A new contact who wrote once: their own conversation, at the top of the list. */
  private record Contact(String name, String from, String conversationId) {
    static Contact writing(String name, String text) {
      String from = "+55119" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
      JsonNode first = stack.inbound(ChatStack.DEMO_NUMBER, from, name, text);
      return new Contact(name, from, first.get("conversationId").asText());
    }
  }
}
