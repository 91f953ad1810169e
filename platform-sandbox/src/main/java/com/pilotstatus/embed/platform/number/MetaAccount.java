package com.pilotstatus.embed.platform.number;

/** The WABA a Meta number is connected through. The access token is never kept in a readable form. */
public record MetaAccount(String wabaId, String phoneNumberId) {
}
