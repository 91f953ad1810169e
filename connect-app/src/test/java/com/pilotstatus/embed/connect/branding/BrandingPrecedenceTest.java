package com.pilotstatus.embed.connect.branding;

import static org.assertj.core.api.Assertions.assertThat;

import com.pilotstatus.embed.connect.testing.ConnectStack;
import com.pilotstatus.embed.connect.testing.ConnectStack.Link;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Branding precedence on the real page: query parameters &gt; the link's {@code brandingOverride} &gt; the tenant's
 * branding &gt; the default, field by field; invalid values are ignored (the layer below shows) or escaped.
 * Each test uses its own tenant so tenant branding does not leak between tests.
 */
class BrandingPrecedenceTest {

  private static ConnectStack stack;

  @BeforeAll
  static void start() {
    stack = ConnectStack.start(c -> c);
  }

  @AfterAll
  static void stop() {
    stack.close();
  }

  @Test
  void with_no_branding_anywhere_the_default_shows() {
    String key = stack.createTenant();
    Link link = stack.createLink(key, "");

    String page = stack.get(link.page()).body();

    assertThat(page).contains("--ps-primary:#128c7e").contains("Connect your WhatsApp").doesNotContain("class=\"logo\"");
  }

  @Test
  void tenant_branding_overrides_the_default() {
    String key = stack.createTenant();
    stack.putTenantBranding(key, "{\"primaryColor\":\"#112233\",\"title\":\"Tenant title\"}");
    Link link = stack.createLink(key, "");

    String page = stack.get(link.page()).body();

    assertThat(page).contains("--ps-primary:#112233").contains("Tenant title");
  }

  @Test
  void the_link_override_overrides_the_tenant_field_by_field() {
    String key = stack.createTenant();
    stack.putTenantBranding(key, "{\"primaryColor\":\"#112233\",\"title\":\"Tenant title\"}");
    Link link = stack.createLink(key, "\"brandingOverride\":{\"primaryColor\":\"#445566\"}");

    String page = stack.get(link.page()).body();

    assertThat(page).contains("--ps-primary:#445566").contains("Tenant title");
  }

  @Test
  void query_parameters_override_the_link_override() {
    String key = stack.createTenant();
    Link link = stack.createLink(key, "\"brandingOverride\":{\"primaryColor\":\"#445566\",\"title\":\"Link title\"}");

    String page = stack.get(link.page() + "?primaryColor=%23FF6600&title=Query+title").body();

    assertThat(page).contains("--ps-primary:#ff6600").contains("Query title").doesNotContain("Link title");
  }

  @Test
  void an_invalid_query_colour_is_ignored_and_the_layer_below_shows() {
    String key = stack.createTenant();
    Link link = stack.createLink(key, "\"brandingOverride\":{\"primaryColor\":\"#445566\"}");

    String page = stack.get(link.page()
        + "?primaryColor=red;background:url(x)&backgroundColor=%23ggg&textColor=%2312345").body();

    assertThat(page).contains("--ps-primary:#445566").contains("--ps-bg:#ffffff").contains("--ps-text:#111b21")
        .doesNotContain("url(x)").doesNotContain("#ggg");
  }

  @Test
  void javascript_and_data_logo_urls_are_ignored_and_https_ones_shown() {
    Link link = stack.createLink(stack.createTenant(), "");

    String js = stack.get(link.page() + "?logoUrl=javascript%3Aalert(1)").body();
    String data = stack.get(link.page() + "?logoUrl=data%3Aimage%2Fsvg%2Bxml%2C%3Csvg%3E").body();
    String https = stack.get(link.page() + "?logoUrl=https%3A%2F%2Fcdn.acme.com%2Flogo.png").body();

    assertThat(js).doesNotContain("javascript:").doesNotContain("class=\"logo\"");
    assertThat(data).doesNotContain("data:image").doesNotContain("class=\"logo\"");
    assertThat(https).contains("class=\"logo\" src=\"https://cdn.acme.com/logo.png\"");
  }

  @Test
  void html_in_titles_is_escaped_not_rendered() {
    Link link = stack.createLink(stack.createTenant(), "");

    String page = stack.get(link.page() + "?title=%3Cscript%3Ealert(1)%3C%2Fscript%3E&subtitle=%3Cb%3Ebold%3C%2Fb%3E"
        + "&companyName=%22%3E%3Cimg+src%3Dx%3E").body();

    assertThat(page).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<b>bold").contains("&lt;b&gt;bold").doesNotContain("<img src=x>");
    // The company name is shown, as text (a quote needs no escaping in element content).
    assertThat(page).contains("<footer class=\"company\">\"&gt;&lt;img src=x&gt;</footer>");
  }
}
