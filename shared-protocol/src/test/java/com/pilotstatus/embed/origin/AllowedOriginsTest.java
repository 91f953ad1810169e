package com.pilotstatus.embed.origin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllowedOriginsTest {

  @Test
  void check_validList_isNormalisedAndDeduplicated() {
    AllowedOrigins.Result result = AllowedOrigins.check(
        Arrays.asList("https://app.yoursaas.com", "HTTPS://APP.YOURSAAS.COM:443", "http://localhost:3000"),
        OriginPolicy.STRICT);

    assertThat(result.isValid()).isTrue();
    assertThat(result.allowed().serialized()).containsExactly("https://app.yoursaas.com", "http://localhost:3000");
  }

  @Test
  void check_badEntry_errorNamesIndexAndEntry() {
    AllowedOrigins.Result result = AllowedOrigins.check(
        Arrays.asList("https://app.yoursaas.com", "https://app.yoursaas.com/inbox"), OriginPolicy.STRICT);

    assertThat(result.isValid()).isFalse();
    assertThat(result.error()).isEqualTo(
        "allowedOrigins[1] \"https://app.yoursaas.com/inbox\" must not contain a path; an origin is scheme://host[:port]");
  }

  @Test
  void check_empty_isRefused() {
    assertThat(AllowedOrigins.check(Collections.emptyList(), OriginPolicy.STRICT).error())
        .isEqualTo("allowedOrigins must list 1 to 20 origins");
    assertThat(AllowedOrigins.check(null, OriginPolicy.STRICT).isValid()).isFalse();
  }

  @Test
  void check_twentyOneEntries_isRefused() {
    List<String> origins = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      origins.add("https://app" + i + ".example.com");
    }

    assertThat(AllowedOrigins.check(origins, OriginPolicy.STRICT).isValid()).isFalse();
    assertThat(AllowedOrigins.check(origins.subList(0, 20), OriginPolicy.STRICT).isValid()).isTrue();
  }

  @Test
  void check_nullEntry_isRefusedByIndex() {
    AllowedOrigins.Result result = AllowedOrigins.check(Arrays.asList("https://a.com", null), OriginPolicy.STRICT);

    assertThat(result.error()).startsWith("allowedOrigins[1] \"null\" is empty");
  }

  @Test
  void allows_comparesExactlyAfterNormalisation() {
    AllowedOrigins allowed = AllowedOrigins.check(List.of("https://good.com"), OriginPolicy.STRICT).allowed();

    assertThat(allowed.allows(OriginPolicy.STRICT.parse("HTTPS://GOOD.COM:443").origin())).isTrue();
    assertThat(allowed.allows(OriginPolicy.STRICT.parse("https://good.com.evil.com").origin())).isFalse();
    assertThat(allowed.allows(null)).isFalse();
  }
}
