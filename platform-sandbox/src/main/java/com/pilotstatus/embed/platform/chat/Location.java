package com.pilotstatus.embed.platform.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.pilotstatus.embed.platform.error.ApiError;
import com.pilotstatus.embed.platform.http.JsonBody;

/** A shared location (WhatsApp's {@code location} message): coordinates, and the place's name and address when given. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Location(double latitude, double longitude, String name, String address) {

  /** From {@code {latitude, longitude, name?, address?}}; 400 naming the field ({@code location.latitude}) at fault. */
  public static Location from(JsonBody body, String prefix) {
    double latitude = coordinate(body, "latitude", prefix, 90);
    double longitude = coordinate(body, "longitude", prefix, 180);
    String name = body.optionalString("name");
    String address = body.optionalString("address");
    if (name != null && name.length() > 200) {
      throw ApiError.invalid(prefix + ".name", "name must be at most 200 characters");
    }
    if (address != null && address.length() > 300) {
      throw ApiError.invalid(prefix + ".address", "address must be at most 300 characters");
    }
    return new Location(latitude, longitude, name, address);
  }

  private static double coordinate(JsonBody body, String field, String prefix, double limit) {
    var node = body.optionalNode(field);
    if (node == null || !node.isNumber() || Math.abs(node.asDouble()) > limit) {
      throw ApiError.invalid(prefix + "." + field, field + " must be a number from -" + (int) limit + " to "
          + (int) limit);
    }
    return node.asDouble();
  }
}
