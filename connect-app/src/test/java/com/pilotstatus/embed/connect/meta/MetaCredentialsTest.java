package com.pilotstatus.embed.connect.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetaCredentialsTest {

  @Test
  void violations_validCredentials_isEmpty() {
    assertThat(new MetaCredentials("123456789012345", "109876543210987", "EAAGm0PX4ZCpsBAKZCxyz123").violations())
        .isEmpty();
  }

  @Test
  void violations_badIdsAndToken_nameEachField() {
    assertThat(new MetaCredentials("12ab", "", "sk_live_nope").violations())
        .containsOnlyKeys("wabaId", "phoneNumberId", "accessToken");
  }

  @Test
  void toString_hidesTheAccessToken() {
    assertThat(new MetaCredentials("12345", "67890", "EAAsecretsecretsecret1").toString())
        .doesNotContain("EAAsecret").contains("***");
  }
}
