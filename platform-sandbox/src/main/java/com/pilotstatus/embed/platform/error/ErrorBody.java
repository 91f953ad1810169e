package com.pilotstatus.embed.platform.error;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The documented error shape: {@code {"error":{"code","message","field"?}}}. */
public record ErrorBody(Detail error) {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Detail(String code, String message, String field) {
  }

  public static ErrorBody of(ApiError e) {
    return new ErrorBody(new Detail(e.code(), e.getMessage(), e.field()));
  }

  public static ErrorBody of(String code, String message) {
    return new ErrorBody(new Detail(code, message, null));
  }
}
