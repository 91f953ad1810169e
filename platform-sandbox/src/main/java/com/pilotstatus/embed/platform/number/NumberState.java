package com.pilotstatus.embed.platform.number;

/** The connection state the dashboard, the API and the webhooks show (seed 003/004). */
public enum NumberState { CLOSE, CONNECTING, OPEN }
