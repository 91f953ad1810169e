package com.pilotstatus.embed.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * deploy/k8s and deploy/nginx, read as a reviewer would: every manifest parses, and the references between them hold —
 * selectors match pod labels, Services and probes point at declared container ports, probes are the servers'
 * {@code /readyz} and {@code /healthz}, env comes from ConfigMaps and Secrets that exist, every env name is one the
 * server really reads (its source, see {@link ServerSources}), the ingress hosts are the origins stamped into embed.js,
 * and chat's {@code /live} stream is proxied unbuffered with long timeouts. Not covered: a real cluster (there is none
 * here); {@code kubectl apply --dry-run=server} is the next check a user runs.
 */
class ManifestsTest {

  private static final Path K8S = ServerSources.ROOT.resolve("deploy/k8s");
  private static final Path NGINX = ServerSources.ROOT.resolve("deploy/nginx/pilot-status.conf");
  /** The servers deployed, each by its module name: the Deployment, its container and its image carry that name. */
  private static final List<String> SERVERS = List.of("chat-app", "connect-app", "embed-cdn");

  private static final List<Map<String, Object>> DOCS = new ArrayList<>();

  @BeforeAll
  static void load() throws IOException {
    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    try (Stream<Path> files = Files.list(K8S)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        for (Object doc : yaml.loadAll(ServerSources.read(file))) {
          if (doc != null) {
            Map<String, Object> map = map(doc);
            map.put("__file", file.getFileName().toString());
            DOCS.add(map);
          }
        }
      }
    }
  }

  @Test
  void kustomization_lists_every_manifest_file_and_only_those() throws IOException {
    Map<String, Object> kustomization = only("Kustomization", null);
    Set<String> files = new TreeSet<>();
    try (Stream<Path> list = Files.list(K8S)) {
      list.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml"))
          .filter(f -> !f.equals("kustomization.yaml")).forEach(files::add);
    }

    assertThat(new TreeSet<>(strings(kustomization.get("resources")))).isEqualTo(files);
  }

  @Test
  void every_server_has_a_deployment_service_pdb_and_hpa() {
    for (String server : SERVERS) {
      assertThat(only("Deployment", server)).as(server).isNotNull();
      assertThat(only("Service", server)).as(server).isNotNull();
      assertThat(only("PodDisruptionBudget", server)).as(server).isNotNull();
      assertThat(only("HorizontalPodAutoscaler", server)).as(server).isNotNull();
    }
  }

  @Test
  void selectors_of_deployments_services_and_pdbs_match_the_pod_labels() {
    for (String server : SERVERS) {
      Map<String, Object> deployment = only("Deployment", server);
      Map<String, Object> podLabels = map(at(deployment, "spec", "template", "metadata", "labels"));

      assertThat(podLabels).as(server + " deployment selector")
          .containsAllEntriesOf(map(at(deployment, "spec", "selector", "matchLabels")));
      assertThat(podLabels).as(server + " service selector")
          .containsAllEntriesOf(map(at(only("Service", server), "spec", "selector")));
      assertThat(podLabels).as(server + " pdb selector")
          .containsAllEntriesOf(map(at(only("PodDisruptionBudget", server), "spec", "selector", "matchLabels")));
      assertThat(matchingDeployments(map(at(only("Service", server), "spec", "selector"))))
          .as(server + " service selects exactly its deployment").containsExactly(server);
    }
  }

  @Test
  void service_ports_and_probes_point_at_declared_container_ports() {
    for (String server : SERVERS) {
      Map<String, Object> container = container(server);
      Map<String, Object> ports = containerPorts(container);
      for (Object port : list(at(only("Service", server), "spec", "ports"))) {
        Object target = map(port).get("targetPort");
        assertThat(ports).as(server + " service targetPort " + target).containsKey(String.valueOf(target));
      }
      for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
        Object port = at(container, probe, "httpGet", "port");
        assertThat(ports).as(server + " " + probe + " port " + port).containsKey(String.valueOf(port));
      }
    }
  }

  @Test
  void container_port_is_the_port_the_server_is_configured_with() {
    Map<String, String> portSetting = Map.of("chat-app", "PS_CHAT_PORT", "connect-app", "PS_CONNECT_PORT",
        "embed-cdn", "PS_CDN_PORT");
    for (String server : SERVERS) {
      Object declared = map(list(container(server).get("ports")).get(0)).get("containerPort");

      assertThat(env(server)).as(server).containsEntry(portSetting.get(server), String.valueOf(declared));
    }
  }

  /**
   * Production sets the kit's settings rather than inheriting the sandbox's defaults: JSON logs, /metrics on the
   * declared management port (off the port the ingress reaches), and a drain that fits in the pod's termination
   * grace period after the preStop pause, so the kubelet never kills a drain half-way.
   */
  @Test
  void kit_settings_are_explicit_and_the_drain_fits_the_termination_grace_period() {
    for (String server : SERVERS) {
      Map<String, String> env = env(server);
      Map<String, Object> pod = map(at(only("Deployment", server), "spec", "template", "spec"));
      int preStop = ((Number) at(container(server), "lifecycle", "preStop", "sleep", "seconds")).intValue();
      int terminationGrace = ((Number) pod.get("terminationGracePeriodSeconds")).intValue();

      assertThat(env).as(server).containsEntry("PS_LOG_FORMAT", "json").containsKey("PS_LOG_REQUESTS")
          .containsKey("PS_SHUTDOWN_GRACE_SECONDS").containsKey("PS_MANAGEMENT_PORT");
      assertThat(containerPorts(container(server))).as(server + " declares its management port")
          .containsKey(env.get("PS_MANAGEMENT_PORT"));
      assertThat(preStop + Integer.parseInt(env.get("PS_SHUTDOWN_GRACE_SECONDS")) + 5).as(server
          + ": preStop + drain + 5 s to stop, within terminationGracePeriodSeconds").isLessThanOrEqualTo(terminationGrace);
    }
  }

  @Test
  void readiness_is_readyz_and_liveness_is_healthz() {
    for (String server : SERVERS) {
      Map<String, Object> container = container(server);

      assertThat(at(container, "readinessProbe", "httpGet", "path")).as(server).isEqualTo("/readyz");
      assertThat(at(container, "livenessProbe", "httpGet", "path")).as(server).isEqualTo("/healthz");
      assertThat(at(container, "startupProbe", "httpGet", "path")).as(server).isEqualTo("/healthz");
    }
  }

  @Test
  void every_container_has_cpu_and_memory_requests_and_limits_and_runs_as_non_root() {
    for (String server : SERVERS) {
      Map<String, Object> resources = map(container(server).get("resources"));

      assertThat(map(resources.get("requests"))).as(server).containsKeys("cpu", "memory");
      assertThat(map(resources.get("limits"))).as(server).containsKeys("cpu", "memory");
      assertThat(at(only("Deployment", server), "spec", "template", "spec", "securityContext", "runAsNonRoot"))
          .as(server).isEqualTo(true);
      assertThat(at(container(server), "securityContext", "readOnlyRootFilesystem")).as(server).isEqualTo(true);
    }
  }

  @Test
  void image_is_the_one_jib_builds_for_the_server() {
    for (String server : SERVERS) {
      assertThat(container(server).get("image")).as(server).isEqualTo("pilot-status/" + server);
      assertThat(container(server).get("name")).as(server).isEqualTo(server);
    }
  }

  @Test
  void hpa_scales_its_deployment_on_cpu_within_bounds_the_pdb_allows() {
    for (String server : SERVERS) {
      Map<String, Object> hpa = only("HorizontalPodAutoscaler", server);
      Map<String, Object> metric = map(list(at(hpa, "spec", "metrics")).get(0));

      assertThat(at(hpa, "spec", "scaleTargetRef", "kind")).isEqualTo("Deployment");
      assertThat(at(hpa, "spec", "scaleTargetRef", "name")).isEqualTo(server);
      assertThat(at(metric, "resource", "name")).as(server).isEqualTo("cpu");
      int min = (Integer) at(hpa, "spec", "minReplicas");
      assertThat(min).as(server + ": one pod may be evicted and one stays").isGreaterThan(
          (Integer) at(only("PodDisruptionBudget", server), "spec", "minAvailable"));
      assertThat((Integer) at(hpa, "spec", "maxReplicas")).isGreaterThanOrEqualTo(min);
    }
  }

  @Test
  void env_comes_from_configmaps_and_secrets_that_exist() {
    for (String server : SERVERS) {
      for (Object source : list(container(server).get("envFrom"))) {
        Map<String, Object> from = map(source);
        if (from.containsKey("configMapRef")) {
          assertThat(only("ConfigMap", (String) map(from.get("configMapRef")).get("name"))).as(server).isNotNull();
        } else {
          assertThat(only("Secret", (String) map(from.get("secretRef")).get("name"))).as(server).isNotNull();
        }
      }
    }
  }

  /** The kit engineer moves the servers to one Env reader: the scan reads string literals, so both styles count. */
  @Test
  void every_env_name_in_the_manifests_is_read_by_its_server() {
    for (String server : SERVERS) {
      Set<String> read = ServerSources.settingsReadBy(server);

      assertThat(read).as(server + " reads its port (is the scan finding anything?)").isNotEmpty();
      assertThat(read).as(server + ": settings in the manifests that the server never reads")
          .containsAll(env(server).keySet());
    }
  }

  @Test
  void ingress_backends_are_services_and_ports_that_exist() {
    List<Map<String, Object>> ingresses = all("Ingress");
    assertThat(ingresses).isNotEmpty();
    for (Map<String, Object> ingress : ingresses) {
      for (Object rule : list(at(ingress, "spec", "rules"))) {
        for (Object path : list(at(map(rule), "http", "paths"))) {
          Map<String, Object> service = map(at(map(path), "backend", "service"));
          Map<String, Object> target = only("Service", (String) service.get("name"));
          Object port = map(service.get("port")).getOrDefault("name", map(service.get("port")).get("number"));
          assertThat(list(at(target, "spec", "ports")).stream().map(p -> map(p))
              .anyMatch(p -> port.equals(p.get("name")) || port.equals(p.get("port"))))
              .as(ingress.get("__file") + " " + service).isTrue();
        }
      }
    }
  }

  @Test
  void origins_stamped_into_embed_js_are_the_ingress_hosts() {
    Map<String, String> cdn = env("embed-cdn");

    assertThat(cdn.get("PS_CHAT_ORIGIN")).isEqualTo("https://" + hostOf("chat-app"));
    assertThat(cdn.get("PS_CONNECT_ORIGIN")).isEqualTo("https://" + hostOf("connect-app"));
  }

  @Test
  void chat_live_stream_is_proxied_unbuffered_with_long_timeouts() {
    Map<String, Object> live = all("Ingress").stream()
        .filter(i -> list(at(i, "spec", "rules")).stream().flatMap(r -> list(at(map(r), "http", "paths")).stream())
            .anyMatch(p -> "/live".equals(map(p).get("path"))))
        .findFirst().orElseThrow(() -> new AssertionError("no Ingress routes chat-app's /live"));
    Map<String, Object> annotations = map(at(live, "metadata", "annotations"));

    assertThat(annotations).containsEntry("nginx.ingress.kubernetes.io/proxy-buffering", "off");
    assertThat(Integer.parseInt((String) annotations.get("nginx.ingress.kubernetes.io/proxy-read-timeout")))
        .isGreaterThanOrEqualTo(900);
    assertThat(list(at(live, "spec", "rules")).size()).isEqualTo(1);
    assertThat(location("= /live")).contains("proxy_buffering off;").containsPattern("proxy_read_timeout \\d{3,}s;");
  }

  @Test
  void nginx_caches_embed_js_and_passes_to_the_servers_ports() {
    assertThat(location("~ ^/(v[^/]+/)?embed(-core)?\\.js$")).contains("proxy_cache embed_js;");
    String conf = ServerSources.read(NGINX);
    for (String server : SERVERS) {
      Object port = map(list(container(server).get("ports")).get(0)).get("containerPort");
      assertThat(conf).as(server).contains("server 127.0.0.1:" + port + ";");
    }
  }

  @Test
  void a_draining_instances_503_moves_a_get_to_another_instance_but_never_a_post() {
    String conf = ServerSources.read(NGINX);
    Matcher directive = Pattern.compile("proxy_next_upstream ([^;]*);").matcher(conf);
    int found = 0;
    while (directive.find()) {
      assertThat(directive.group(1)).contains("http_503").doesNotContain("non_idempotent");
      found++;
    }
    assertThat(found).as("chat and connect server blocks").isEqualTo(2);
    for (Map<String, Object> ingress : all("Ingress")) {
      String name = (String) at(ingress, "metadata", "name");
      if (name.startsWith("chat-app") || name.startsWith("connect-app")) {
        assertThat((String) at(ingress, "metadata", "annotations", "nginx.ingress.kubernetes.io/proxy-next-upstream"))
            .as(name).contains("http_503").doesNotContain("non_idempotent");
      }
    }
  }

  // ---- reading the manifests -------------------------------------------------------------------------------------

  private static List<Map<String, Object>> all(String kind) {
    return DOCS.stream().filter(d -> kind.equals(d.get("kind"))).toList();
  }

  /** The one object of {@code kind} named {@code name} (any name when null); fails when missing or repeated. */
  private static Map<String, Object> only(String kind, String name) {
    List<Map<String, Object>> found = all(kind).stream()
        .filter(d -> name == null || name.equals(at(d, "metadata", "name"))).toList();
    assertThat(found).as(kind + " " + name).hasSize(1);
    return found.get(0);
  }

  private static Map<String, Object> container(String server) {
    List<Object> containers = list(at(only("Deployment", server), "spec", "template", "spec", "containers"));
    assertThat(containers).as(server).hasSize(1);
    return map(containers.get(0));
  }

  /** Container ports by name and by number (a Service or probe may name either). */
  private static Map<String, Object> containerPorts(Map<String, Object> container) {
    Map<String, Object> ports = new LinkedHashMap<>();
    for (Object port : list(container.get("ports"))) {
      ports.put(String.valueOf(map(port).get("name")), port);
      ports.put(String.valueOf(map(port).get("containerPort")), port);
    }
    return ports;
  }

  /** Every env name → value the server's container gets: explicit env, ConfigMaps' data, Secrets' (string)data. */
  private static Map<String, String> env(String server) {
    Map<String, String> env = new LinkedHashMap<>();
    Map<String, Object> container = container(server);
    for (Object source : list(container.get("envFrom"))) {
      Map<String, Object> from = map(source);
      if (from.containsKey("configMapRef")) {
        map(only("ConfigMap", (String) map(from.get("configMapRef")).get("name")).get("data"))
            .forEach((k, v) -> env.put(k, String.valueOf(v)));
      } else {
        Map<String, Object> secret = only("Secret", (String) map(from.get("secretRef")).get("name"));
        map(secret.getOrDefault("stringData", secret.get("data"))).forEach((k, v) -> env.put(k, String.valueOf(v)));
      }
    }
    for (Object entry : list(container.get("env"))) {
      env.put((String) map(entry).get("name"), String.valueOf(map(entry).get("value")));
    }
    return env;
  }

  private static List<String> matchingDeployments(Map<String, Object> selector) {
    return all("Deployment").stream()
        .filter(d -> map(at(d, "spec", "template", "metadata", "labels")).entrySet()
            .containsAll(selector.entrySet()))
        .map(d -> (String) at(d, "metadata", "name")).toList();
  }

  private static String hostOf(String service) {
    return all("Ingress").stream().flatMap(i -> list(at(i, "spec", "rules")).stream().map(r -> map(r)))
        .filter(r -> list(at(r, "http", "paths")).stream()
            .anyMatch(p -> service.equals(at(map(p), "backend", "service", "name"))))
        .map(r -> (String) r.get("host")).distinct().reduce((a, b) -> {
          throw new AssertionError(service + " has two hosts: " + a + ", " + b);
        }).orElseThrow();
  }

  /** The body of the nginx {@code location <spec> { … }} block. */
  private static String location(String spec) {
    Matcher m = Pattern.compile("location " + Pattern.quote(spec) + " \\{([^}]*)}").matcher(ServerSources.read(NGINX));
    assertThat(m.find()).as("nginx location " + spec).isTrue();
    return m.group(1);
  }

  private static Object at(Map<String, Object> root, String... path) {
    Object node = root;
    for (String key : path) {
      node = node instanceof Map<?, ?> m ? m.get(key) : null;
    }
    return node;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object node) {
    return node == null ? new LinkedHashMap<>() : (Map<String, Object>) node;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object node) {
    return node == null ? List.of() : (List<Object>) node;
  }

  private static List<String> strings(Object node) {
    return list(node).stream().map(Objects::toString).toList();
  }
}
