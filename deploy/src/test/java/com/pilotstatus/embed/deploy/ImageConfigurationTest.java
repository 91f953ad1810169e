package com.pilotstatus.embed.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The Jib configuration of {@code -Pimages}, as Maven resolves it: no registry and no Docker daemon exist here, so CI
 * never builds an image; instead this test runs {@code mvn -Pimages help:effective-pom} once (offline when the help
 * plugin is already in the local repository, about 5 s) and checks, for every server and for the stack image, the
 * base image, the non-root user, the ports, the main class (which must exist), the container-aware JVM flags and the
 * image name — and that no library module builds an image.
 */
class ImageConfigurationTest {

  /** module → main class, ports: what each image must run and expose. */
  private static final Map<String, Image> IMAGES = new LinkedHashMap<>();

  record Image(String name, String mainClass, String sourceModule, List<String> ports) {
  }

  static {
    IMAGES.put("platform-sandbox", new Image("platform-sandbox", "com.pilotstatus.embed.platform.PlatformSandbox",
        "platform-sandbox", List.of("8080")));
    IMAGES.put("chat-app", new Image("chat-app", "com.pilotstatus.embed.chat.ChatApp", "chat-app",
        List.of("8081")));
    IMAGES.put("connect-app", new Image("connect-app", "com.pilotstatus.embed.connect.ConnectApp", "connect-app",
        List.of("8082")));
    IMAGES.put("embed-cdn", new Image("embed-cdn", "com.pilotstatus.embed.cdn.EmbedCdn", "embed-cdn",
        List.of("8083")));
    IMAGES.put("demo", new Image("demo", "com.pilotstatus.embed.demo.DemoApp", "demo", List.of("8090")));
    IMAGES.put("deploy", new Image("sandbox", "com.pilotstatus.embed.demo.launcher.Launcher", "demo",
        List.of("8080-8083", "8090")));
  }

  private static final Map<String, Element> JIB = new LinkedHashMap<>();

  @BeforeAll
  static void readEffectivePom() throws Exception {
    Path output = Path.of("target/effective-pom-images.xml").toAbsolutePath();
    Files.createDirectories(output.getParent());
    if (effectivePom(output, true) != 0) {
      // A fresh machine has no maven-help-plugin yet: the one online run fetches it.
      assertThat(effectivePom(output, false)).as("mvn help:effective-pom -Pimages").isZero();
    }
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(false);
    Document doc = factory.newDocumentBuilder().parse(output.toFile());
    NodeList projects = doc.getDocumentElement().getElementsByTagName("project");
    for (int i = 0; i < projects.getLength(); i++) {
      Element project = (Element) projects.item(i);
      String artifactId = text(child(project, "artifactId"));
      for (Element plugin : children(child(child(project, "build"), "plugins"), "plugin")) {
        if ("jib-maven-plugin".equals(text(child(plugin, "artifactId")))) {
          JIB.put(artifactId, child(plugin, "configuration"));
        }
      }
    }
  }

  @Test
  void every_server_and_the_stack_build_an_image() {
    for (String module : IMAGES.keySet()) {
      assertThat(JIB).as(module).containsKey(module);
      assertThat(text(at(JIB.get(module), "skip"))).as(module).isEqualTo("false");
    }
  }

  @Test
  void library_modules_build_no_image() {
    JIB.forEach((module, jib) -> {
      if (!IMAGES.containsKey(module)) {
        assertThat(text(at(jib, "skip"))).as(module).isEqualTo("true");
      }
    });
  }

  @Test
  void base_image_is_a_java_17_jre() {
    for (String module : IMAGES.keySet()) {
      assertThat(text(at(JIB.get(module), "from", "image"))).as(module)
          .matches("eclipse-temurin:17(\\.[0-9.]+)?(_[0-9]+)?-jre(-[a-z]+)?(@sha256:[0-9a-f]{64})?"
              + "|gcr\\.io/distroless/java17(-debian[0-9]+)?(:[a-z0-9-]+)?(@sha256:[0-9a-f]{64})?");
    }
  }

  @Test
  void container_runs_as_a_non_root_user() {
    for (String module : IMAGES.keySet()) {
      String user = text(at(JIB.get(module), "container", "user"));
      assertThat(user).as(module).isNotBlank().doesNotStartWith("0").doesNotStartWith("root");
      assertThat(user).as(module + " numeric uid:gid (needs no passwd entry)").matches("[1-9][0-9]*:[1-9][0-9]*");
    }
  }

  @Test
  void container_exposes_the_servers_ports() {
    for (Map.Entry<String, Image> image : IMAGES.entrySet()) {
      List<String> ports = children(at(JIB.get(image.getKey()), "container", "ports"), "port").stream()
          .map(ImageConfigurationTest::text).toList();
      assertThat(ports).as(image.getKey()).containsExactlyElementsOf(image.getValue().ports());
    }
  }

  @Test
  void entrypoint_is_the_servers_main_class() {
    for (Map.Entry<String, Image> image : IMAGES.entrySet()) {
      String mainClass = text(at(JIB.get(image.getKey()), "container", "mainClass"));
      assertThat(mainClass).as(image.getKey()).isEqualTo(image.getValue().mainClass());
      assertThat(ServerSources.hasClass(image.getValue().sourceModule(), mainClass)).as(mainClass).isTrue();
    }
  }

  @Test
  void jvm_sizes_its_heap_from_the_container_limit_and_exits_on_oom() {
    for (String module : IMAGES.keySet()) {
      List<String> flags = children(at(JIB.get(module), "container", "jvmFlags"), "jvmFlag").stream()
          .map(ImageConfigurationTest::text).toList();
      assertThat(flags).as(module).anyMatch(f -> f.startsWith("-XX:MaxRAMPercentage="))
          .contains("-XX:+ExitOnOutOfMemoryError").noneMatch(f -> f.startsWith("-Xmx"));
    }
  }

  @Test
  void image_name_is_registry_slash_server_and_the_probes_are_labelled() {
    for (Map.Entry<String, Image> image : IMAGES.entrySet()) {
      Element jib = JIB.get(image.getKey());
      assertThat(text(at(jib, "to", "image"))).as(image.getKey())
          .matches("pilot-status/" + image.getValue().name() + ":[0-9][^:]*");
      assertThat(text(at(jib, "container", "labels", "com.pilotstatus.probe.liveness"))).isEqualTo("/healthz");
      assertThat(text(at(jib, "container", "labels", "com.pilotstatus.probe.readiness"))).isEqualTo("/readyz");
    }
  }

  // ---- Maven and the XML ---------------------------------------------------------------------------------------

  private static int effectivePom(Path output, boolean offline) throws IOException, InterruptedException {
    String home = System.getProperty("maven.home");
    String mvn = home == null || home.isBlank() ? "mvn" : home + File.separator + "bin" + File.separator + "mvn";
    List<String> command = new ArrayList<>(List.of(mvn, "-B", "-q", "-Pimages", "help:effective-pom",
        "-Doutput=" + output));
    if (offline) {
      command.add("-o");
    }
    String repo = System.getProperty("maven.repo.local");
    if (repo != null && !repo.isBlank()) {
      command.add("-Dmaven.repo.local=" + repo);
    }
    Path log = output.resolveSibling("effective-pom-images.log");
    Process process = new ProcessBuilder(command).directory(ServerSources.ROOT.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("mvn help:effective-pom took over 3 minutes; see " + log);
    }
    if (process.exitValue() != 0) {
      System.err.println(Files.readString(log, StandardCharsets.UTF_8));
    }
    return process.exitValue();
  }

  private static Element at(Element root, String... path) {
    Element node = root;
    for (String name : path) {
      node = child(node, name);
    }
    return node;
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    if (parent == null) {
      return out;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  private static String text(Element element) {
    return element == null ? null : element.getTextContent().trim();
  }
}
