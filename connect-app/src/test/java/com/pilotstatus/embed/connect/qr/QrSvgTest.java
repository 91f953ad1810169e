package com.pilotstatus.embed.connect.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pilotstatus.embed.connect.testing.QrDecoder;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class QrSvgTest {

  private static final String PAYLOAD = "2@abcDEF123,noiseKey=,identityKey=,advSecret=";

  @Test
  void render_decodesBackToThePayload() {
    assertThat(QrDecoder.decode(QrSvg.render(PAYLOAD))).isEqualTo(PAYLOAD);
  }

  @Test
  void render_hasAWhiteQuietZoneAndBlackModules() {
    String svg = QrSvg.render(PAYLOAD);

    assertThat(svg).contains("fill=\"#fff\"").contains("fill=\"#000\"").contains("shape-rendering=\"crispEdges\"")
        .doesNotContain(PAYLOAD);
    assertThat(svg).contains("d=\"M" + QrSvg.QUIET_ZONE + " " + QrSvg.QUIET_ZONE + "h");
  }

  @Test
  void svg_samePayload_isRenderedOnce() {
    QrSvg qr = new QrSvg(100, Duration.ofMinutes(1));

    String first = qr.svg(PAYLOAD);
    String second = qr.svg(PAYLOAD);
    qr.svg(PAYLOAD + "x");

    assertThat(second).isSameAs(first);
    assertThat(qr.cachedCount()).isEqualTo(2);
  }

  @Test
  void render_emptyPayload_throws() {
    assertThatThrownBy(() -> QrSvg.render("")).isInstanceOf(IllegalArgumentException.class);
  }
}
