package com.pilotstatus.embed.platform.number;

/** Who carries a number: the unofficial QR-paired WhatsApp provider, or Meta's Cloud API. */
public enum NumberProvider { WHATSAPP, META }
