package com.pilotstatus.embed.demo.page;

/**
 * What every demo page template needs.
 *
 * @param title          the page title
 * @param active         which nav entry is current: {@code inbox}, {@code connect}, {@code snippet}
 * @param embedScriptUrl where {@code embed.js} is loaded from (the embed-cdn of this deployment)
 */
public record DemoPage(String title, String active, String embedScriptUrl) {
}
